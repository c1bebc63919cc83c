// Readers of JSON-shaped values that never throw: a field that is missing or of the wrong type reads as
// empty. The validator's rules, the cluster's add-ons and anything else that reads a manifest before (or
// without) checking it share them.

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const obj = (v: unknown): Obj => (isObj(v) ? v : {});
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');
export const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
export const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj) : []);
