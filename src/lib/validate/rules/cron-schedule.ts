// The schedule of a CronJob as kube-apiserver reads it: robfig/cron v3's ParseStandard (parser.go:
// five fields or a descriptor, an optional TZ=/CRON_TZ= prefix), with its error strings, and Go's
// strconv.Atoi and time.ParseDuration errors inside them.

interface Bounds {
	min: number;
	max: number;
	names?: Record<string, number>;
}

// robfig/cron's minutes, hours, dom, months and dow bounds.
const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DAYS = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const FIELDS: Bounds[] = [{ min: 0, max: 59 }, { min: 0, max: 23 }, { min: 1, max: 31 }, { min: 1, max: 12, names: MONTHS }, { min: 0, max: 6, names: DAYS }];
const DESCRIPTORS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);

class CronError extends Error {}

/** Go's strconv.Atoi, with its error. */
function atoi(s: string): number {
	if (!/^[+-]?[0-9]+$/.test(s)) throw new CronError(`strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`);
	const n = Number(s);
	if (!Number.isSafeInteger(n)) throw new CronError(`strconv.Atoi: parsing ${JSON.stringify(s)}: value out of range`);
	return n;
}

/** mustParseInt: a non-negative integer. */
function mustParseInt(expr: string): number {
	let n: number;
	try {
		n = atoi(expr);
	} catch (err) {
		throw new CronError(`failed to parse int from ${expr}: ${(err as Error).message}`);
	}
	if (n < 0) throw new CronError(`negative number (${n}) not allowed: ${expr}`);
	return n;
}

const parseIntOrName = (expr: string, names?: Record<string, number>) => names?.[expr.toLowerCase()] ?? mustParseInt(expr);

/** getRange: number | number "-" number [ "/" number ]. */
function checkRange(expr: string, r: Bounds): void {
	const rangeAndStep = expr.split('/');
	const lowAndHigh = rangeAndStep[0]!.split('-');
	let start: number;
	let end: number;
	if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
		start = r.min;
		end = r.max;
	} else {
		start = parseIntOrName(lowAndHigh[0]!, r.names);
		if (lowAndHigh.length === 1) end = start;
		else if (lowAndHigh.length === 2) end = parseIntOrName(lowAndHigh[1]!, r.names);
		else throw new CronError(`too many hyphens: ${expr}`);
	}
	let step = 1;
	if (rangeAndStep.length === 2) {
		step = mustParseInt(rangeAndStep[1]!);
		if (lowAndHigh.length === 1) end = r.max; // "N/step" means "N-max/step"
	} else if (rangeAndStep.length > 2) throw new CronError(`too many slashes: ${expr}`);
	if (start < r.min) throw new CronError(`beginning of range (${start}) below minimum (${r.min}): ${expr}`);
	if (end > r.max) throw new CronError(`end of range (${end}) above maximum (${r.max}): ${expr}`);
	if (start > end) throw new CronError(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
	if (step === 0) throw new CronError(`step of range should be a positive number: ${expr}`);
}

const DURATION_UNITS = new Set(['ns', 'us', 'µs', 'μs', 'ms', 's', 'm', 'h']);

/** Go's time.ParseDuration, as far as its errors go. */
function checkDuration(s: string): void {
	const quoted = JSON.stringify(s);
	let rest = s.replace(/^[-+]/, '');
	if (rest === '0') return;
	if (rest === '') throw new CronError(`time: invalid duration ${quoted}`);
	while (rest !== '') {
		const number = /^([0-9]*)(\.[0-9]*)?/.exec(rest)!;
		if (number[0] === '' || number[0] === '.') throw new CronError(`time: invalid duration ${quoted}`);
		rest = rest.slice(number[0].length);
		const unit = /^[^0-9.]*/.exec(rest)![0];
		if (unit === '') throw new CronError(`time: missing unit in duration ${quoted}`);
		if (!DURATION_UNITS.has(unit)) throw new CronError(`time: unknown unit ${JSON.stringify(unit)} in duration ${quoted}`);
		rest = rest.slice(unit.length);
	}
}

/** Whether the IANA time zone exists (Go's time.LoadLocation; here the runtime's zone data). */
export function knownTimeZone(zone: string): boolean {
	if (zone === 'UTC' || zone === '') return true;
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/** cron.ParseStandard's error for a schedule, or undefined when it parses. */
export function cronScheduleError(spec: string): string | undefined {
	try {
		if (spec.length === 0) throw new CronError('empty spec string');
		if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
			const space = spec.indexOf(' ');
			const zone = spec.slice(spec.indexOf('=') + 1, space === -1 ? spec.length : space);
			if (!knownTimeZone(zone)) throw new CronError(`provided bad location ${zone}: unknown time zone ${zone}`);
			spec = space === -1 ? '' : spec.slice(space).trim();
		}
		if (spec.startsWith('@')) {
			if (DESCRIPTORS.has(spec)) return undefined;
			if (spec.startsWith('@every ')) {
				try {
					checkDuration(spec.slice('@every '.length));
				} catch (err) {
					throw new CronError(`failed to parse duration ${spec}: ${(err as Error).message}`);
				}
				return undefined;
			}
			throw new CronError(`unrecognized descriptor: ${spec}`);
		}
		const fields = spec.split(/\s+/).filter(Boolean);
		if (fields.length !== 5) throw new CronError(`expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`);
		fields.forEach((field, i) => {
			for (const expr of field.split(',').filter(Boolean)) checkRange(expr, FIELDS[i]!);
		});
		return undefined;
	} catch (err) {
		if (err instanceof CronError) return err.message;
		throw err;
	}
}
