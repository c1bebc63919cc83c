/**
 * Just enough of resource.Quantity for the scheduler: CPU in millicores, memory in bytes.
 */
const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** The value of a quantity string in base units (cores, bytes), or NaN when malformed. */
export function parseQuantity(text: string | number | undefined): number {
	if (typeof text === 'number') return text;
	if (text === undefined) return 0;
	const match = /^([+-]?[0-9.]+(?:[eE][+-]?[0-9]+)?)([a-zA-Z]*)$/.exec(text.trim());
	if (!match) return Number.NaN;
	const value = Number(match[1]);
	const suffix = match[2]!;
	const factor = BINARY[suffix] ?? DECIMAL[suffix];
	return factor === undefined ? Number.NaN : value * factor;
}

export function milliCpu(text: string | number | undefined): number {
	return Math.round(parseQuantity(text) * 1000);
}

export function bytes(text: string | number | undefined): number {
	return Math.round(parseQuantity(text));
}
