// Small readers the rules share. Rules run after the decode stage, so types are already right;
// these only spare each rule the `unknown` narrowing.

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const obj = (v: unknown): Obj => (isObj(v) ? v : {});
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');
export const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
export const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj) : []);
export function stringMap(v: unknown): Record<string, string> | undefined {
	if (!isObj(v)) return undefined;
	const out: Record<string, string> = {};
	for (const k in v) out[k] = String(v[k]);
	return out;
}
