/**
 * The text filters learners pipe kubectl into, with the options they use: grep (-v -i -E -F -c -n -w -o,
 * -e), head and tail (-n N, -N, tail -n +N), wc (-l -w -c), sort (-r -n -u -k N), uniq (-c), cut (-d -f,
 * -c), awk's `{print $N}` (fields, $0, NF, literals), echo, cat, tr, true and false. Each reads its input
 * as lines and answers as GNU coreutils and grep do, error messages included.
 */

export interface FilterResult {
	stdout: string;
	stderr: string;
	exitCode: number;
}

type Filter = (args: string[], input: string) => FilterResult;

const ok = (stdout: string, exitCode = 0): FilterResult => ({ stdout, stderr: '', exitCode });
const fail = (stderr: string, exitCode: number): FilterResult => ({ stdout: '', stderr: `${stderr}\n`, exitCode });

/** The input's lines, without the final newline's empty line. */
function lines(input: string): string[] {
	if (input === '') return [];
	const out = input.split('\n');
	if (out.at(-1) === '') out.pop();
	return out;
}

const joinLines = (out: string[]): string => (out.length === 0 ? '' : `${out.join('\n')}\n`);

/** Splits `-abc` into `-a -b -c` for the filters whose options take no value. */
function expandShortFlags(args: string[], withValue: string): string[] {
	const out: string[] = [];
	for (const arg of args) {
		if (/^-[a-zA-Z]{2,}$/.test(arg) && ![...arg.slice(1)].some((c) => withValue.includes(c))) out.push(...[...arg.slice(1)].map((c) => `-${c}`));
		else out.push(arg);
	}
	return out;
}

const grep: Filter = (rawArgs, input) => {
	const args = expandShortFlags(rawArgs, 'e');
	let invert = false;
	let ignoreCase = false;
	let count = false;
	let numbers = false;
	let words = false;
	let onlyMatching = false;
	let fixed = false;
	const patterns: string[] = [];
	const rest: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		if (a === '-v' || a === '--invert-match') invert = true;
		else if (a === '-i' || a === '--ignore-case') ignoreCase = true;
		else if (a === '-c' || a === '--count') count = true;
		else if (a === '-n' || a === '--line-number') numbers = true;
		else if (a === '-w' || a === '--word-regexp') words = true;
		else if (a === '-o' || a === '--only-matching') onlyMatching = true;
		else if (a === '-E' || a === '--extended-regexp') fixed = false;
		else if (a === '-F' || a === '--fixed-strings') fixed = true;
		else if (a === '-e') patterns.push(args[++i] ?? '');
		else if (a.startsWith('-') && a !== '-') return fail(`grep: invalid option -- '${a.replace(/^-+/, '')}'\nUsage: grep [OPTION]... PATTERNS [FILE]...`, 2);
		else rest.push(a);
	}
	if (patterns.length === 0) {
		const pattern = rest.shift();
		if (pattern === undefined) return fail('Usage: grep [OPTION]... PATTERNS [FILE]...\nTry \'grep --help\' for more information.', 2);
		patterns.push(pattern);
	}
	if (rest.length > 0) return fail(`grep: ${rest[0]}: No such file or directory`, 2);
	let regex: RegExp;
	try {
		// Basic and extended regular expressions read alike for the patterns learners type; \| in a basic one is alternation.
		const sources = patterns.map((p) => (fixed ? p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : p.replace(/\\\|/g, '|')));
		const body = sources.map((s) => (words ? `(?<![\\w])(?:${s})(?![\\w])` : `(?:${s})`)).join('|');
		regex = new RegExp(body, ignoreCase ? 'gi' : 'g');
	} catch {
		return fail('grep: Unmatched ( or \\(', 2);
	}
	const out: string[] = [];
	let matched = 0;
	lines(input).forEach((line, index) => {
		regex.lastIndex = 0;
		const hits = [...line.matchAll(regex)].filter((m) => m[0] !== '' || !onlyMatching);
		const selected = hits.length > 0 !== invert;
		if (!selected) return;
		matched++;
		const prefix = numbers ? `${index + 1}:` : '';
		if (onlyMatching && !invert) for (const hit of hits) out.push(`${prefix}${hit[0]}`);
		else out.push(`${prefix}${line}`);
	});
	if (count) return ok(`${matched}\n`, matched > 0 ? 0 : 1);
	return ok(joinLines(out), matched > 0 ? 0 : 1);
};

/** `-n N`, `-nN`, `-N`, `--lines=N`: the count (and, for tail, whether it is `+N`). */
function countOption(name: string, args: string[]): { n: number; fromStart: boolean } | FilterResult {
	let n = 10;
	let fromStart = false;
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		let value: string | undefined;
		if (a === '-n' || a === '--lines') value = args[++i];
		else if (a.startsWith('--lines=')) value = a.slice(8);
		else if (/^-n.+/.test(a)) value = a.slice(2);
		else if (/^-\d+$/.test(a)) value = a.slice(1);
		else if (a.startsWith('-')) return fail(`${name}: invalid option -- '${a.replace(/^-+/, '')}'\nTry '${name} --help' for more information.`, 1);
		else return fail(`${name}: cannot open '${a}' for reading: No such file or directory`, 1);
		if (value === undefined) return fail(`${name}: option requires an argument -- 'n'`, 1);
		fromStart = value.startsWith('+');
		const parsed = Number(value.replace(/^[+-]/, ''));
		if (!Number.isInteger(parsed) || value.replace(/^[+-]/, '') === '') return fail(`${name}: invalid number of lines: '${value}'`, 1);
		n = parsed;
	}
	return { n, fromStart };
}

const head: Filter = (args, input) => {
	const option = countOption('head', args);
	if ('exitCode' in option) return option;
	return ok(joinLines(lines(input).slice(0, option.n)));
};

const tail: Filter = (args, input) => {
	const option = countOption('tail', args);
	if ('exitCode' in option) return option;
	const all = lines(input);
	return ok(joinLines(option.fromStart ? all.slice(Math.max(0, option.n - 1)) : option.n === 0 ? [] : all.slice(-option.n)));
};

const wc: Filter = (rawArgs, input) => {
	const args = expandShortFlags(rawArgs, '');
	const counts = { l: (input.match(/\n/g) ?? []).length, w: input.split(/\s+/).filter(Boolean).length, c: new TextEncoder().encode(input).length };
	const wanted: ('l' | 'w' | 'c')[] = [];
	for (const a of args) {
		if (a === '-l' || a === '--lines') wanted.push('l');
		else if (a === '-w' || a === '--words') wanted.push('w');
		else if (a === '-c' || a === '--bytes') wanted.push('c');
		else if (a.startsWith('-')) return fail(`wc: invalid option -- '${a.replace(/^-+/, '')}'`, 1);
		else return fail(`wc: ${a}: No such file or directory`, 1);
	}
	// GNU wc: one count prints bare; several are right-aligned to a shared width (7 for standard input).
	const order = (['l', 'w', 'c'] as const).filter((k) => (wanted.length === 0 ? true : wanted.includes(k)));
	if (order.length === 1) return ok(`${counts[order[0]!]}\n`);
	return ok(`${order.map((k) => String(counts[k]).padStart(7)).join(' ')}\n`);
};

const sort: Filter = (rawArgs, input) => {
	const args = expandShortFlags(rawArgs, 'kt');
	let reverse = false;
	let numeric = false;
	let unique = false;
	let key: number | undefined;
	let separator: string | undefined;
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		if (a === '-r') reverse = true;
		else if (a === '-n') numeric = true;
		else if (a === '-u') unique = true;
		else if (a === '-k' || /^-k\d/.test(a)) key = Number.parseInt(a === '-k' ? (args[++i] ?? '') : a.slice(2), 10);
		else if (a === '-t' || /^-t./.test(a)) separator = a === '-t' ? args[++i] : a.slice(2);
		else if (a.startsWith('-')) return fail(`sort: invalid option -- '${a.replace(/^-+/, '')}'`, 2);
		else return fail(`sort: cannot read: ${a}: No such file or directory`, 2);
	}
	const field = (line: string): string => {
		if (key === undefined || Number.isNaN(key)) return line;
		const fields = separator === undefined ? line.trim().split(/\s+/) : line.split(separator);
		return fields.slice(key - 1).join(separator ?? ' ');
	};
	const compare = (a: string, b: string): number => {
		if (numeric) {
			const d = (Number.parseFloat(field(a)) || 0) - (Number.parseFloat(field(b)) || 0);
			if (d !== 0) return d;
		} else {
			const fa = field(a);
			const fb = field(b);
			if (fa !== fb) return fa < fb ? -1 : 1;
		}
		return a < b ? -1 : a > b ? 1 : 0;
	};
	let out = lines(input).sort(compare);
	if (reverse) out.reverse();
	if (unique) out = out.filter((line, i) => i === 0 || compare(out[i - 1]!, line) !== 0);
	return ok(joinLines(out));
};

const uniq: Filter = (args, input) => {
	const counting = args.includes('-c');
	const other = args.find((a) => a !== '-c');
	if (other) return fail(other.startsWith('-') ? `uniq: invalid option -- '${other.replace(/^-+/, '')}'` : `uniq: ${other}: No such file or directory`, 1);
	const out: string[] = [];
	let previous: string | undefined;
	let n = 0;
	const flush = () => {
		if (previous !== undefined) out.push(counting ? `${String(n).padStart(7)} ${previous}` : previous);
	};
	for (const line of lines(input)) {
		if (line === previous) n++;
		else {
			flush();
			previous = line;
			n = 1;
		}
	}
	flush();
	return ok(joinLines(out));
};

/** `1,3`, `2-4`, `-2`, `3-`: the 1-based positions a list selects. */
function selects(list: string): ((i: number) => boolean) | undefined {
	const ranges: [number, number][] = [];
	for (const piece of list.split(',')) {
		const m = /^(\d*)(-?)(\d*)$/.exec(piece);
		if (!m || (m[1] === '' && m[3] === '')) return undefined;
		const from = m[1] === '' ? 1 : Number(m[1]);
		const to = m[2] === '' ? from : m[3] === '' ? Infinity : Number(m[3]);
		if (from < 1) return undefined;
		ranges.push([from, to]);
	}
	return (i) => ranges.some(([a, b]) => i >= a && i <= b);
}

const cut: Filter = (args, input) => {
	let delimiter = '\t';
	let fields: string | undefined;
	let chars: string | undefined;
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		if (a === '-d') delimiter = args[++i] ?? '';
		else if (a.startsWith('-d')) delimiter = a.slice(2);
		else if (a === '-f') fields = args[++i];
		else if (a.startsWith('-f')) fields = a.slice(2);
		else if (a === '-c') chars = args[++i];
		else if (a.startsWith('-c')) chars = a.slice(2);
		else if (a.startsWith('-')) return fail(`cut: invalid option -- '${a.replace(/^-+/, '')}'`, 1);
		else return fail(`cut: ${a}: No such file or directory`, 1);
	}
	if (delimiter.length !== 1) return fail('cut: the delimiter must be a single character', 1);
	const list = fields ?? chars;
	if (list === undefined) return fail('cut: you must specify a list of bytes, characters, or fields', 1);
	const pick = selects(list);
	if (!pick) return fail(`cut: invalid field value '${list}'`, 1);
	const out = lines(input).map((line) => {
		if (chars !== undefined) return [...line].filter((_, i) => pick(i + 1)).join('');
		if (!line.includes(delimiter)) return line;
		return line.split(delimiter).filter((_, i) => pick(i + 1)).join(delimiter);
	});
	return ok(joinLines(out));
};

/** awk with the one program learners write: `{print …}` of fields, $0, NF and quoted strings (`-F` sets the separator). */
const awk: Filter = (args, input) => {
	let separator: string | undefined;
	const rest: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		if (a === '-F') separator = args[++i];
		else if (a.startsWith('-F')) separator = a.slice(2);
		else rest.push(a);
	}
	const program = rest[0];
	if (program === undefined) return fail('usage: awk [-F fs] \'program\' [file ...]', 2);
	if (rest.length > 1) return fail(`awk: cannot open "${rest[1]}" (No such file or directory)`, 2);
	const m = /^\s*(?:NR\s*([><=!]=?)\s*(\d+)\s*)?\{\s*print\s*(.*?)\s*;?\s*\}\s*$/.exec(program);
	if (!m) return fail(`awk: this terminal's awk runs only '{print …}' programs (fields, $0, NF and "text"): ${program}`, 2);
	const items = m[3] === '' ? ['$0'] : (m[3]!.match(/"[^"]*"|\$\(?NF(?:-\d+)?\)?|\$\d+|NF|NR|,/g) ?? []);
	const condition = m[1] ? { op: m[1], n: Number(m[2]) } : undefined;
	const out: string[] = [];
	lines(input).forEach((line, index) => {
		const nr = index + 1;
		if (condition) {
			const { op, n } = condition;
			const pass = op === '>' ? nr > n : op === '>=' ? nr >= n : op === '<' ? nr < n : op === '<=' ? nr <= n : op === '!=' ? nr !== n : nr === n;
			if (!pass) return;
		}
		const fields = separator === undefined ? line.trim().split(/\s+/).filter(Boolean) : line.split(separator);
		const nf = fields.length;
		let text = '';
		let needSpace = false;
		for (const item of items) {
			if (item === ',') {
				needSpace = true;
				continue;
			}
			let value: string;
			if (item.startsWith('"')) value = item.slice(1, -1);
			else if (item === 'NF') value = String(nf);
			else if (item === 'NR') value = String(nr);
			else if (item.includes('NF')) {
				const back = Number(/NF-(\d+)/.exec(item)?.[1] ?? 0);
				const i = nf - back;
				value = i === 0 ? line : (fields[i - 1] ?? '');
			} else {
				const i = Number(item.slice(1));
				value = i === 0 ? line : (fields[i - 1] ?? '');
			}
			text += (needSpace ? ' ' : '') + value;
			needSpace = false;
		}
		out.push(text);
	});
	return ok(joinLines(out));
};

const echo: Filter = (args) => {
	const noNewline = args[0] === '-n';
	const text = (noNewline ? args.slice(1) : args).join(' ');
	return ok(noNewline ? text : `${text}\n`);
};

const cat: Filter = (args, input) => (args.length === 0 || (args.length === 1 && args[0] === '-') ? ok(input) : fail(`cat: ${args.find((a) => a !== '-')}: No such file or directory`, 1));

const tr: Filter = (args, input) => {
	const [a, b] = args;
	if (a === undefined) return fail("tr: missing operand\nTry 'tr --help' for more information.", 1);
	const expand = (set: string) => set.replace(/(.)-(.)/g, (_, x: string, y: string) => Array.from({ length: y.charCodeAt(0) - x.charCodeAt(0) + 1 }, (_, k) => String.fromCharCode(x.charCodeAt(0) + k)).join('')).replace(/\\n/g, '\n');
	if (a === '-d') return ok([...input].filter((c) => !expand(b ?? '').includes(c)).join(''));
	if (b === undefined) return fail(`tr: missing operand after '${a}'\nTry 'tr --help' for more information.`, 1);
	const from = expand(a);
	const to = expand(b);
	return ok([...input].map((c) => (from.includes(c) ? (to[Math.min(from.indexOf(c), to.length - 1)] ?? c) : c)).join(''));
};

export const FILTERS: Readonly<Record<string, Filter>> = {
	grep,
	egrep: (args, input) => grep(['-E', ...args], input),
	head,
	tail,
	wc,
	sort,
	uniq,
	cut,
	awk,
	echo,
	cat,
	tr,
	true: () => ok(''),
	false: () => ok('', 1),
};
