import type { Params } from '../issue.ts';

/** A friendly message: says what is wrong and how to fix it. */
export type Template = (p: Params) => string;
export type Catalog = Record<string, Template>;

export const s = (v: unknown): string => (v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v));
