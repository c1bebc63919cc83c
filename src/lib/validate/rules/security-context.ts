// Security contexts. Mirrors validatePodSpecSecurityContext, ValidateSecurityContext,
// validateSeccompProfileField / validateSeccompProfileType and ValidateAppArmorProfileField in
// pkg/apis/core/validation/validation.go (1.37). The internal PodSecurityContext also holds the v1
// PodSpec's hostPID and shareProcessNamespace, so upstream reports their conflict under
// `securityContext` even when the manifest has none.
import { formatPath, goJSON, type Path } from '../field-path.ts';
import { invalid, notSupported, required, type Issue } from '../issue.ts';
import { isObj, num, obj, str } from './util.ts';

/** validation.IsValidUserID / IsValidGroupID: InclusiveRangeError(0, 2147483647). */
function validID(value: unknown, at: Path, issues: Issue[]): void {
	const id = num(value);
	if (id !== undefined && (id < 0 || id > 2147483647)) issues.push(invalid(at, id, 'must be between 0 and 2147483647, inclusive', 'security-id-range'));
}

const PROFILE_TYPES = ['Localhost', 'RuntimeDefault', 'Unconfined'];

// Go's json.Marshal of the internal structs the messages print (no json tags: Go field names, in order).
const ptr = (v: unknown) => (v === undefined || v === null ? 'null' : goJSON(v));
const goProfile = (p: Record<string, unknown>) => `{"Type":${goJSON(str(p.type))},"LocalhostProfile":${ptr(p.localhostProfile)}}`;
function goSecurityContext(sc: Record<string, unknown>): string {
	const caps = isObj(sc.capabilities) ? `{"Add":${ptr(sc.capabilities.add)},"Drop":${ptr(sc.capabilities.drop)}}` : 'null';
	const se = isObj(sc.seLinuxOptions) ? `{"User":${goJSON(str(sc.seLinuxOptions.user))},"Role":${goJSON(str(sc.seLinuxOptions.role))},"Type":${goJSON(str(sc.seLinuxOptions.type))},"Level":${goJSON(str(sc.seLinuxOptions.level))}}` : 'null';
	const w = obj(sc.windowsOptions);
	const win = isObj(sc.windowsOptions) ? `{"GMSACredentialSpecName":${ptr(w.gmsaCredentialSpecName)},"GMSACredentialSpec":${ptr(w.gmsaCredentialSpec)},"RunAsUserName":${ptr(w.runAsUserName)},"HostProcess":${ptr(w.hostProcess)}}` : 'null';
	const fields: [string, string][] = [
		['Capabilities', caps], ['Privileged', ptr(sc.privileged)], ['SELinuxOptions', se], ['WindowsOptions', win], ['RunAsUser', ptr(sc.runAsUser)],
		['RunAsGroup', ptr(sc.runAsGroup)], ['RunAsNonRoot', ptr(sc.runAsNonRoot)], ['ReadOnlyRootFilesystem', ptr(sc.readOnlyRootFilesystem)],
		['AllowPrivilegeEscalation', ptr(sc.allowPrivilegeEscalation)], ['ProcMount', ptr(sc.procMount)],
		['SeccompProfile', isObj(sc.seccompProfile) ? goProfile(sc.seccompProfile) : 'null'], ['AppArmorProfile', isObj(sc.appArmorProfile) ? goProfile(sc.appArmorProfile) : 'null'],
	];
	return `{${fields.map(([k, v]) => `"${k}":${v}`).join(',')}}`;
}

/** Mirrors validateSeccompProfileField. */
function validateSeccompProfile(profile: unknown, at: Path, issues: Issue[]): void {
	if (!isObj(profile)) return;
	const type = str(profile.type);
	if (!type) issues.push(required([...at, 'type'], 'type is required when seccompProfile is set', 'security-profile'));
	else if (!PROFILE_TYPES.includes(type)) issues.push(notSupported([...at, 'type'], type, PROFILE_TYPES));
	if (type === 'Localhost') {
		if (profile.localhostProfile == null) issues.push(required([...at, 'localhostProfile'], 'must be set when seccomp type is Localhost', 'security-profile'));
		else validateLocalDescendingPath(str(profile.localhostProfile), [...at, 'localhostProfile'], issues);
	} else if (profile.localhostProfile != null) {
		issues.push(invalid([...at, 'localhostProfile'], profile, 'can only be set when seccomp type is Localhost', 'security-profile', { shown: goProfile(profile) }));
	}
}

/** Mirrors ValidateAppArmorProfileField. */
function validateAppArmorProfile(profile: unknown, at: Path, issues: Issue[]): void {
	if (!isObj(profile)) return;
	const type = str(profile.type);
	const local = profile.localhostProfile == null ? undefined : str(profile.localhostProfile);
	if (type === 'Localhost') {
		if (local === undefined || (local.trim() === '' && local === local.trim())) {
			issues.push(required([...at, 'localhostProfile'], 'must be set when AppArmor type is Localhost', 'security-profile'));
		} else if (local !== local.trim()) {
			issues.push(invalid([...at, 'localhostProfile'], local, 'must not be padded with whitespace', 'security-profile'));
		}
	} else if (type === 'RuntimeDefault' || type === 'Unconfined') {
		if (local !== undefined) issues.push(invalid([...at, 'localhostProfile'], local, 'can only be set when AppArmor type is Localhost', 'security-profile'));
	} else if (!type) {
		issues.push(required([...at, 'type'], 'type is required when appArmorProfile is set', 'security-profile'));
	} else {
		issues.push(notSupported([...at, 'type'], type, PROFILE_TYPES));
	}
}

/** Mirrors validateLocalDescendingPath: relative, and no `..` element. */
export function validateLocalDescendingPath(target: string, at: Path, issues: Issue[], code = 'volume-path', field?: string): void {
	if (target.startsWith('/')) issues.push(invalid(at, target, 'must be a relative path', code, { field }));
	validatePathNoBacksteps(target, at, issues, code, field);
}

/** Mirrors validatePathNoBacksteps: one error however many `..` there are. */
export function validatePathNoBacksteps(target: string, at: Path, issues: Issue[], code = 'volume-path', field?: string): void {
	if (target.split('/').includes('..')) issues.push(invalid(at, target, "must not contain '..'", code, { field }));
}

/** Mirrors validatePodSpecSecurityContext. */
export function validatePodSecurityContext(spec: Record<string, unknown>, at: Path, issues: Issue[]): void {
	const sc = obj(spec.securityContext);
	const p: Path = [...at, 'securityContext'];
	validID(sc.fsGroup, [...p, 'fsGroup'], issues);
	validID(sc.runAsUser, [...p, 'runAsUser'], issues);
	validID(sc.runAsGroup, [...p, 'runAsGroup'], issues);
	if (Array.isArray(sc.supplementalGroups)) sc.supplementalGroups.forEach((g: unknown, i) => validID(g, [...p, 'supplementalGroups', i], issues));
	if (spec.shareProcessNamespace === true && spec.hostPID === true) {
		// The v1 field is spec.shareProcessNamespace; upstream names the internal one.
		issues.push(invalid([...at, 'shareProcessNamespace'], true, 'ShareProcessNamespace and HostPID cannot both be enabled', 'share-process-host-pid', { field: formatPath([...p, 'shareProcessNamespace']) }));
	}
	if (sc.fsGroupChangePolicy != null) {
		const policy = str(sc.fsGroupChangePolicy);
		if (policy !== 'Always' && policy !== 'OnRootMismatch') issues.push(notSupported([...p, 'fsGroupChangePolicy'], policy, ['Always', 'OnRootMismatch']));
	}
	validateSeccompProfile(sc.seccompProfile, [...p, 'seccompProfile'], issues);
	validateAppArmorProfile(sc.appArmorProfile, [...p, 'appArmorProfile'], issues);
}

/** Mirrors ValidateSecurityContext for one container. */
export function validateSecurityContext(securityContext: unknown, at: Path, issues: Issue[]): void {
	if (!isObj(securityContext)) return;
	const sc = securityContext;
	validID(sc.runAsUser, [...at, 'runAsUser'], issues);
	validID(sc.runAsGroup, [...at, 'runAsGroup'], issues);
	if (sc.procMount != null) {
		const mount = str(sc.procMount);
		if (mount !== 'Default' && mount !== 'Unmasked') issues.push(notSupported([...at, 'procMount'], mount, ['Default', 'Unmasked']));
	}
	validateSeccompProfile(sc.seccompProfile, [...at, 'seccompProfile'], issues);
	if (sc.allowPrivilegeEscalation === false) {
		if (sc.privileged === true) {
			issues.push(invalid(at, sc, 'cannot set `allowPrivilegeEscalation` to false and `privileged` to true', 'privilege-escalation', { shown: goSecurityContext(sc), target: 'key' }));
		}
		const added: unknown = obj(sc.capabilities).add;
		for (const cap of Array.isArray(added) ? added : []) {
			if (cap === 'CAP_SYS_ADMIN') {
				issues.push(invalid(at, sc, 'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN', 'privilege-escalation', { shown: goSecurityContext(sc), target: 'key' }));
			}
		}
	}
	validateAppArmorProfile(sc.appArmorProfile, [...at, 'appArmorProfile'], issues);
}
