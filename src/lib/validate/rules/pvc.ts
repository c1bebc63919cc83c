// PersistentVolumeClaim. Mirrors ValidatePersistentVolumeClaim / ValidatePersistentVolumeClaimSpec
// in pkg/apis/core/validation/validation.go (1.37): access modes, the storage request, the class
// name and the volume mode (SetDefaults_PersistentVolumeClaimSpec has made it Filesystem).
import { formatPath, type Path } from '../field-path.ts';
import { forbidden, invalid, notSupported, required, type Issue } from '../issue.ts';
import { formatQuantity, parseQuantity } from '../quantity.ts';
import { validateLabelSelector } from './metadata.ts';
import { isDNS1123Subdomain } from './name-formats.ts';
import { isObj, obj, str } from './util.ts';

// sets.List(supportedAccessModes): sorted.
const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];
const VOLUME_MODES = ['Block', 'Filesystem'];

/** Mirrors ValidatePersistentVolumeClaimSpec. */
export function validatePersistentVolumeClaimSpec(spec: unknown, at: Path, issues: Issue[]): void {
	const s = obj(spec);
	const modes = Array.isArray(s.accessModes) ? s.accessModes.map(String) : [];
	if (modes.length === 0) issues.push(required([...at, 'accessModes'], 'at least 1 access mode is required', 'pvc-access-modes', { target: 'key' }));
	if (isObj(s.selector)) validateLabelSelector(s.selector, [...at, 'selector'], issues);
	let oncePod = false;
	let other = false;
	for (const mode of modes) {
		if (!ACCESS_MODES.includes(mode)) issues.push(notSupported([...at, 'accessModes'], mode, ACCESS_MODES, 'pvc-access-modes', { target: 'key' }));
		else if (mode === 'ReadWriteOncePod') oncePod = true;
		else other = true;
	}
	if (oncePod && other) issues.push(forbidden([...at, 'accessModes'], 'may not use ReadWriteOncePod with other access modes', 'pvc-access-modes', { target: 'key' }));
	// Upstream names the request `resources[storage]`, without `requests`.
	const requests = obj(obj(s.resources).requests);
	const storagePath: Path = [...at, 'resources', 'requests', 'storage'];
	const field = formatPath([...at, 'resources', { key: 'storage' }]);
	if (requests.storage == null) {
		issues.push(required([...at, 'resources'], '', 'pvc-storage', { field, target: 'key' }));
	} else {
		const q = parseQuantity(requests.storage as string | number);
		if (!('error' in q) && q.value <= 0) issues.push(invalid(storagePath, requests.storage, 'must be greater than zero', 'pvc-storage', { field, shown: `"${formatQuantity(q)}"` }));
	}
	const className = s.storageClassName == null ? '' : str(s.storageClassName);
	if (className) for (const msg of isDNS1123Subdomain(className)) issues.push(invalid([...at, 'storageClassName'], className, msg, 'invalid-name', { params: { rule: 'subdomain' } }));
	if (s.volumeMode != null && !VOLUME_MODES.includes(str(s.volumeMode))) issues.push(notSupported([...at, 'volumeMode'], str(s.volumeMode), VOLUME_MODES));
}
