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

/** getRange: number | number "-" number [ "/" number ]; sets the field's bits (and starBit, as `*` without a step > 1). */
function getRange(expr: string, r: Bounds, bits: Uint8Array): boolean {
	const rangeAndStep = expr.split('/');
	const lowAndHigh = rangeAndStep[0]!.split('-');
	let start: number;
	let end: number;
	let star = false;
	if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
		start = r.min;
		end = r.max;
		star = true;
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
		if (step > 1) star = false;
	} else if (rangeAndStep.length > 2) throw new CronError(`too many slashes: ${expr}`);
	if (start < r.min) throw new CronError(`beginning of range (${start}) below minimum (${r.min}): ${expr}`);
	if (end > r.max) throw new CronError(`end of range (${end}) above maximum (${r.max}): ${expr}`);
	if (start > end) throw new CronError(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
	if (step === 0) throw new CronError(`step of range should be a positive number: ${expr}`);
	for (let i = start; i <= end; i += step) bits[i] = 1;
	return star;
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
			for (const expr of field.split(',').filter(Boolean)) getRange(expr, FIELDS[i]!, new Uint8Array(64));
		});
		return undefined;
	} catch (err) {
		if (err instanceof CronError) return err.message;
		throw err;
	}
}

/**
 * A parsed schedule, robfig/cron v3's SpecSchedule (or ConstantDelaySchedule for `@every`): `next(ms)` is
 * `Next`, the first activation strictly after the instant, in the schedule's zone (UTC, a `TZ=`/`CRON_TZ=`
 * prefix, or the CronJob's timeZone). Used by the CronJob controller.
 */
export interface CronSchedule {
	next(ms: number): number;
}

/** What each descriptor stands for (parser.go parseDescriptor). */
const DESCRIPTOR_SPECS: Record<string, string> = {
	'@yearly': '0 0 1 1 *',
	'@annually': '0 0 1 1 *',
	'@monthly': '0 0 1 * *',
	'@weekly': '0 0 * * 0',
	'@daily': '0 0 * * *',
	'@midnight': '0 0 * * *',
	'@hourly': '0 * * * *',
};

const DURATION_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, μs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** The offset of the zone from UTC at this instant, in ms (Go's time.In; here Intl's zone data). */
function zoneOffset(format: Intl.DateTimeFormat, ms: number): number {
	const parts: Record<string, number> = {};
	for (const p of format.formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
	const wall = Date.UTC(parts['year']!, parts['month']! - 1, parts['day']!, parts['hour']! % 24, parts['minute']!, parts['second']!);
	return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * cron.ParseStandard, then the schedule's Next; `zone` is the CronJob's spec.timeZone. Returns the parse
 * error's message for a schedule that does not parse.
 */
export function parseCronSchedule(spec: string, zone = ''): CronSchedule | string {
	const error = cronScheduleError(spec);
	if (error !== undefined) return error;
	if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
		const space = spec.indexOf(' ');
		zone = spec.slice(spec.indexOf('=') + 1, space);
		spec = spec.slice(space).trim();
	}
	if (spec.startsWith('@every ')) {
		let ms = 0;
		for (const [, n, unit] of spec.slice('@every '.length).matchAll(/([0-9.]+)([^0-9.]+)/g)) ms += Number(n) * DURATION_MS[unit!]!;
		// Every: at least a second, truncated to whole seconds; Next rounds down to the second and adds it.
		const delay = Math.max(1000, Math.floor(ms / 1000) * 1000);
		return { next: (t) => Math.floor(t / 1000) * 1000 + delay };
	}
	const fields = (DESCRIPTOR_SPECS[spec] ?? spec).split(/\s+/).filter(Boolean);
	const bits = FIELDS.map(() => new Uint8Array(64));
	const stars = fields.map((field, i) => field.split(',').filter(Boolean).map((expr) => getRange(expr, FIELDS[i]!, bits[i]!)).some(Boolean));
	const [minute, hour, dom, month, dow] = bits as [Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array];
	const domStar = stars[2]!;
	const dowStar = stars[4]!;
	// dayMatches: with a `*` in either day field both must match, else either.
	const dayMatches = (d: Date): boolean => {
		const domMatch = dom[d.getUTCDate()] === 1;
		const dowMatch = dow[d.getUTCDay()] === 1;
		return domStar || dowStar ? domMatch && dowMatch : domMatch || dowMatch;
	};
	const format = zone && zone !== 'UTC' ? new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }) : undefined;
	/** SpecSchedule.Next on wall-clock time (a Date read in UTC); undefined past five years. */
	const nextWall = (wall: number): number | undefined => {
		// Start at the next whole second (the standard parser's seconds field is 0).
		const t = new Date(Math.floor(wall / 1000) * 1000 + 1000);
		const yearLimit = t.getUTCFullYear() + 5;
		let added = false;
		wrap: for (;;) {
			if (t.getUTCFullYear() > yearLimit) return undefined;
			while (month[t.getUTCMonth() + 1] !== 1) {
				if (!added) {
					added = true;
					t.setUTCDate(1);
					t.setUTCHours(0, 0, 0, 0);
				}
				t.setUTCMonth(t.getUTCMonth() + 1);
				if (t.getUTCMonth() === 0) continue wrap;
			}
			while (!dayMatches(t)) {
				if (!added) {
					added = true;
					t.setUTCHours(0, 0, 0, 0);
				}
				t.setUTCDate(t.getUTCDate() + 1);
				if (t.getUTCDate() === 1) continue wrap;
			}
			while (hour[t.getUTCHours()] !== 1) {
				if (!added) {
					added = true;
					t.setUTCMinutes(0, 0, 0);
				}
				t.setUTCHours(t.getUTCHours() + 1);
				if (t.getUTCHours() === 0) continue wrap;
			}
			while (minute[t.getUTCMinutes()] !== 1) {
				if (!added) {
					added = true;
					t.setUTCSeconds(0, 0);
				}
				t.setUTCMinutes(t.getUTCMinutes() + 1);
				if (t.getUTCMinutes() === 0) continue wrap;
			}
			while (t.getUTCSeconds() !== 0) {
				if (!added) {
					added = true;
					t.setUTCMilliseconds(0);
				}
				t.setUTCSeconds(t.getUTCSeconds() + 1);
				if (t.getUTCSeconds() === 0) continue wrap;
			}
			return t.getTime();
		}
	};
	return {
		next(ms) {
			if (!format) return nextWall(ms) ?? Number.POSITIVE_INFINITY;
			const wall = nextWall(ms + zoneOffset(format, ms));
			if (wall === undefined) return Number.POSITIVE_INFINITY;
			// Back to an instant: the wall time less the zone's offset then (one correction across a change).
			const guess = wall - zoneOffset(format, wall);
			return wall - zoneOffset(format, guess);
		},
	};
}
