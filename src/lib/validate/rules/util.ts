// Small readers the rules share. Rules run after the decode stage, so types are already right;
// these only spare each rule the `unknown` narrowing.

import { isObj } from '../../shared/read.ts';

export { isObj, list, num, obj, str, type Obj } from '../../shared/read.ts';
export function stringMap(v: unknown): Record<string, string> | undefined {
	if (!isObj(v)) return undefined;
	const out: Record<string, string> = {};
	for (const k in v) out[k] = String(v[k]);
	return out;
}
