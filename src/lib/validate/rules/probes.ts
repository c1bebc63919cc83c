// Probes and lifecycle hooks. Mirrors validateLivenessProbe / validateReadinessProbe / validateStartupProbe,
// validateProbe, validateLifecycle, validateHandler and the *Action validators (validateSleepAction too)
// in pkg/apis/core/validation/validation.go.
import type { Path } from '../field-path.ts';
import { forbidden, invalid, notSupported, required, type Issue } from '../issue.ts';
import { isHTTPHeaderName, isValidPortName, isValidPortNum } from './name-formats.ts';
import { isObj, list, num, obj, str } from './util.ts';

/** Mirrors ValidatePortNumOrName: a number in 1-65535 or an IANA service name. */
export function validatePortNumOrName(port: unknown, at: Path, issues: Issue[], code = 'invalid-port'): void {
	// An absent IntOrString is the integer 0, as in Go.
	if (port === undefined || port === null) port = 0;
	if (typeof port === 'number') {
		for (const msg of isValidPortNum(port)) issues.push(invalid(at, port, msg, code));
	} else {
		for (const msg of isValidPortName(str(port))) issues.push(invalid(at, str(port), msg, code));
	}
}

// validateHandler checks the handlers in this order and forbids every one after the first. A probe
// has no sleep and a lifecycle handler no grpc (the decoder refuses those fields first).
const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc', 'sleep'] as const;

/**
 * Mirrors validateSleepAction as of 1.34, where PodLifecycleSleepActionAllowZero went GA: 0 to the
 * Pod's terminationGracePeriodSeconds (older releases said "must be greater than 0 and less than …").
 */
function validateSleep(action: Record<string, unknown>, gracePeriod: number | undefined, at: Path, issues: Issue[]): void {
	const seconds = num(action.seconds) ?? 0;
	if (gracePeriod !== undefined && (seconds < 0 || seconds > gracePeriod)) {
		issues.push(invalid(at, seconds, `must be non-negative and less than terminationGracePeriodSeconds (${gracePeriod})`, 'lifecycle-sleep'));
	}
}

function validateHandler(probe: Record<string, unknown>, at: Path, issues: Issue[], gracePeriod?: number): void {
	let count = 0;
	for (const h of HANDLERS) {
		if (!isObj(probe[h])) continue;
		if (count > 0) {
			issues.push(forbidden([...at, h], 'may not specify more than 1 handler type', 'probe-handler-multiple', { target: 'key' }));
			continue;
		}
		count++;
		const action = obj(probe[h]);
		const p: Path = [...at, h];
		if (h === 'exec' && !(Array.isArray(action.command) && action.command.length > 0)) {
			issues.push(required([...p, 'command']));
		}
		if (h === 'httpGet') {
			if (!str(action.path)) issues.push(required([...p, 'path']));
			validatePortNumOrName(action.port, [...p, 'port'], issues);
			const scheme = str(action.scheme);
			if (scheme !== 'HTTP' && scheme !== 'HTTPS') issues.push(notSupported([...p, 'scheme'], scheme, ['HTTP', 'HTTPS']));
			for (const header of list(action.httpHeaders)) {
				for (const msg of isHTTPHeaderName(str(header.name))) issues.push(invalid([...p, 'httpHeaders'], str(header.name), msg, 'invalid-header'));
			}
		}
		if (h === 'tcpSocket') validatePortNumOrName(action.port, [...p, 'port'], issues);
		if (h === 'sleep') validateSleep(action, gracePeriod, p, issues);
		if (h === 'grpc') {
			const port = num(action.port) ?? 0;
			for (const msg of isValidPortNum(port)) issues.push(invalid([...p, 'port'], port, msg, 'invalid-port'));
		}
	}
	if (count === 0) issues.push(required(at, 'must specify a handler type', 'probe-handler-missing', { target: 'key' }));
}

const NON_NEGATIVE = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'];

/** Mirrors validateProbe (after SetDefaults_Probe has filled the thresholds). */
function validateProbe(probe: Record<string, unknown>, at: Path, issues: Issue[]): void {
	validateHandler(probe, at, issues);
	for (const f of NON_NEGATIVE) {
		const v = num(probe[f]);
		if (v !== undefined && v < 0) issues.push(invalid([...at, f], v, 'must be greater than or equal to 0', 'negative-value'));
	}
	const grace = num(probe.terminationGracePeriodSeconds);
	if (grace !== undefined && grace <= 0) issues.push(invalid([...at, 'terminationGracePeriodSeconds'], grace, 'must be greater than 0', 'probe-grace-period'));
}

export type ProbeKind = 'livenessProbe' | 'readinessProbe' | 'startupProbe';

/** Mirrors validateLivenessProbe, validateReadinessProbe and validateStartupProbe. */
export function validateContainerProbe(kind: ProbeKind, probe: unknown, at: Path, issues: Issue[]): void {
	if (!isObj(probe)) return;
	validateProbe(probe, at, issues);
	if (kind === 'readinessProbe') {
		if (probe.terminationGracePeriodSeconds != null) {
			issues.push(invalid([...at, 'terminationGracePeriodSeconds'], probe.terminationGracePeriodSeconds, 'must not be set for readinessProbes', 'readiness-grace-period'));
		}
		return;
	}
	// Liveness and startup probes act on the first success, so they may not require more than one.
	const success = num(probe.successThreshold);
	if (success !== undefined && success !== 1) {
		issues.push(invalid([...at, 'successThreshold'], success, 'must be 1', 'probe-success-threshold', { params: { probe: kind } }));
	}
}

/** Mirrors validateLifecycle: postStart and preStop are handlers; a sleep must end within the grace period. */
export function validateLifecycle(lifecycle: unknown, gracePeriod: number | undefined, at: Path, issues: Issue[]): void {
	if (!isObj(lifecycle)) return;
	for (const hook of ['postStart', 'preStop']) {
		const handler = lifecycle[hook];
		if (isObj(handler)) validateHandler(handler, [...at, hook], issues, gracePeriod);
	}
}
