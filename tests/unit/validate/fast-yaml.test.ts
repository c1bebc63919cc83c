// The CST reader (fast-yaml.ts) either gives up or gives exactly what the yaml library's Composer and
// toJS give, without an error or warning from the Composer: checked on every fixture, on the course's
// lesson manifests and on thousands of mutations of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Composer, Parser } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../../src/lib/validate/fast-yaml.ts';
import { YAML_1_1 as SCHEMA, YAML_OPTIONS as OPTIONS } from '../../../src/lib/validate/parse.ts';
import { FIXTURES } from './helpers.ts';

function bothReaders(text: string): { fast: unknown[] | undefined; composed: { value: unknown; problems: number }[] } {
	const tokens = [...new Parser().parse(text)];
	const fast = readDocuments(text, tokens, SCHEMA, 64);
	const composed = [...new Composer(OPTIONS).compose(tokens)].map((doc) => {
		const problems = doc.errors.length + doc.warnings.length;
		if (problems > 0) return { value: undefined, problems };
		try {
			return { value: doc.toJS({ maxAliasCount: -1 }), problems };
		} catch {
			return { value: undefined, problems: 1 }; // parse.ts reports what toJS throws
		}
	});
	return { fast, composed };
}

function agree(text: string): boolean {
	const { fast, composed } = bothReaders(text);
	if (fast === undefined) return false;
	expect(composed.map((d) => d.problems), text).toEqual(composed.map(() => 0));
	expect(fast, text).toEqual(composed.map((d) => d.value));
	return true;
}

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []));
const FIXTURE_TEXTS = files(FIXTURES).map((f) => readFileSync(f, 'utf8'));
const SHAPES = [
	'a: 1\nb: yes\nc: "yes"\nd: 0777\ne: 0x1F\nf: 1.5e3\ng: .inf\nh: ~\ni:\nj: 2024-01-01\nk: \'it\'\'s\'\nl: "tab\\there"\n',
	'list:\n- a\n-\n- - x\n  - y\n- k: v\n  k2: [1, "two", {three: 3}]\nflow: {a: b, c: [d, e]}\nempty: []\nnone: {}\n',
	'script: |\n  echo one\n  echo two\nfolded: >-\n  a\n  b\nkeep: |+\n  x\n\n# comment\nplain: multi\n  line\n',
	'---\n# only a comment\n---\na: 1 # trailing\n...\n---\nb: [x, y] # c\n',
	'"quoted key": 1\n\'single\': 2\nconstructor: 3\ntoString: 4\n',
];
const BASES = [...FIXTURE_TEXTS, ...SHAPES];
const NOISE = [':', '-', ' ', '  ', '\n', '"', "'", '[', ']', '{', '}', ',', '&a ', '*a', '#', ' #', '---\n', '...\n', '|', '>', '!!str ', '%YAML 1.1\n', '@', '`', '? ', '<<: ', '0', 'yes', 'null', '~', '\\', 'a: b: c', '- - '];

describe('fast-yaml: the CST reader agrees with the Composer', () => {
	it('reads every fixture and shape the Composer reads without problems', () => {
		let read = 0;
		for (const text of BASES) {
			const clean = bothReaders(text).composed.every((d) => d.problems === 0) && !text.includes('\t');
			if (agree(text)) read++;
			else if (clean && !/&|\*|!!|<<|\? /.test(text)) expect.fail(`declined a clean manifest:\n${text}`);
		}
		expect(read).toBeGreaterThanOrEqual(SHAPES.length);
	});
	it('never accepts what the Composer would report or read differently, on mutated text', () => {
		let accepted = 0;
		const mutated = fc
			.tuple(fc.constantFrom(...BASES), fc.nat(), fc.nat({ max: 8 }), fc.array(fc.constantFrom(...NOISE), { maxLength: 4 }))
			.map(([text, at, len, noise]) => {
				const i = at % (text.length + 1);
				return text.slice(0, i) + noise.join('') + text.slice(i + len);
			});
		fc.assert(
			fc.property(mutated, (text) => {
				if (agree(text)) accepted++;
			}),
			{ numRuns: Number(process.env.FAST_YAML_RUNS ?? 2000) },
		);
		// Most mutations still read (or the comparison above would prove little).
		expect(accepted).toBeGreaterThan(400);
	}, 60_000);
	it('gives up on what it does not read itself', () => {
		for (const text of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', '%YAML 1.1\n---\na: 1\n', '? a\n: 1\n', 'a:\n\tb: 1\n', 'a: 1\na: 2\n', '<<: {a: 1}\n', 'a: [1,\n  2]\n', 'a: "x"#c\n', 'yes: 1\n']) {
			expect(bothReaders(text).fast, text).toBeUndefined();
		}
	});
});
