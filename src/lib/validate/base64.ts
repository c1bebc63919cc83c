// Go's base64.StdEncoding.Decode, as encoding/json runs it on a `[]byte` field (a Secret's data, a
// ConfigMap's binaryData, a CA bundle): the same bytes accepted, the same offset in its error
// (CorruptInputError: "illegal base64 data at input byte N"). Line breaks are skipped, padding is
// required, and bits after the last full byte are not checked (StdEncoding is not Strict).
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;
const PAD = 0x3d;
const isNewline = (c: number) => c === 0x0a || c === 0x0d;

const encoder = new TextEncoder();

/** The decoded length, or the byte offset Go reports for the first corrupt input. */
export function decodeBase64Length(text: string): { length: number } | { errorAt: number } {
	const src = encoder.encode(text);
	let si = 0;
	let n = 0;
	while (si < src.length) {
		// decodeQuantum: up to four symbols, skipping line breaks.
		let j = 0;
		let dlen = 4;
		for (; j < 4; j++) {
			if (si === src.length) {
				if (j === 0) return { length: n };
				// StdEncoding pads, so a quantum may not end early.
				return { errorAt: si - j };
			}
			const c = src[si++]!;
			if (VALUE[c]! >= 0) continue;
			if (isNewline(c)) {
				j--;
				continue;
			}
			if (c !== PAD) return { errorAt: si - 1 };
			// Padding: allowed only after two or three symbols.
			if (j < 2) return { errorAt: si - 1 };
			if (j === 2) {
				while (si < src.length && isNewline(src[si]!)) si++;
				if (si === src.length) return { errorAt: src.length };
				if (src[si] !== PAD) return { errorAt: si - 1 };
				si++;
			}
			while (si < src.length && isNewline(src[si]!)) si++;
			if (si < src.length) return { errorAt: si };
			dlen = j;
			break;
		}
		n += dlen - 1;
	}
	return { length: n };
}
