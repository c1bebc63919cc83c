// resource.Quantity parsing, enough to validate and compare requests and limits.
// Mirrors k8s.io/apimachinery/pkg/api/resource: ParseQuantity, its errors and String() canonical form.

export const QUANTITY_FORMAT_ERROR =
	"quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
const SUFFIX_ERROR = "unable to parse quantity's suffix";
const NUMERIC_ERROR = 'unable to parse numeric part of quantity';

const splitRE = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;

const binary: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const decimal: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

export type QuantityFormat = 'BinarySI' | 'DecimalSI' | 'DecimalExponent';

export interface Quantity {
	/** The amount as a float; precise enough to compare requests with limits. */
	value: number;
	format: QuantityFormat;
}

/** Parses a quantity as ParseQuantity does, or returns the upstream error text. */
export function parseQuantity(input: string | number): Quantity | { error: string } {
	if (typeof input === 'number') return Number.isFinite(input) ? { value: input, format: 'DecimalSI' } : { error: QUANTITY_FORMAT_ERROR };
	const text = input.trim();
	const m = splitRE.exec(text);
	if (!m) return { error: QUANTITY_FORMAT_ERROR };
	const [, num = '', suffix = ''] = m;
	if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(num)) return { error: NUMERIC_ERROR };
	const n = Number(num);
	if (suffix in binary) return { value: n * 2 ** binary[suffix]!, format: 'BinarySI' };
	if (suffix in decimal) return { value: n * 10 ** decimal[suffix]!, format: 'DecimalSI' };
	const exp = /^[eE]([-+]?\d+)$/.exec(suffix);
	if (exp) return { value: n * 10 ** Number(exp[1]), format: 'DecimalExponent' };
	return { error: SUFFIX_ERROR };
}

function trimFloat(n: number): string {
	return String(Number(n.toPrecision(15)));
}

/** Quantity.String(): the canonical form the API server prints (`0.5` → `500m`, `1024Mi` → `1Gi`). */
export function formatQuantity(q: Quantity): string {
	const { value } = q;
	if (value === 0) return '0';
	if (q.format === 'BinarySI' && Math.abs(value) >= 1024) {
		for (const [suffix, shift] of Object.entries(binary).reverse()) {
			const scaled = value / 2 ** shift;
			if (Number.isInteger(scaled)) return `${scaled}${suffix}`;
		}
	}
	// Decimal forms: the largest power of 1000 that keeps the number whole (milli is the finest kept).
	const suffixes: [string, number][] = q.format === 'DecimalExponent'
		? [['e18', 18], ['e15', 15], ['e12', 12], ['e9', 9], ['e6', 6], ['e3', 3], ['', 0], ['e-3', -3], ['e-6', -6], ['e-9', -9]]
		: [['E', 18], ['P', 15], ['T', 12], ['G', 9], ['M', 6], ['k', 3], ['', 0], ['m', -3], ['u', -6], ['n', -9]];
	for (const [suffix, exp] of suffixes) {
		const scaled = Number((value / 10 ** exp).toPrecision(15));
		if (Number.isInteger(scaled)) return `${scaled}${suffix}`;
	}
	return trimFloat(value);
}
