// English wording of every rule. Each message says what is wrong and how to fix it; the API server's
// own text travels separately in `apiMessage`.
import { s, type Catalog } from './types.ts';

const nameRule: Record<string, string> = {
	label: 'at most 63 characters of lowercase letters (a-z), digits and "-", starting and ending with a letter or digit',
	subdomain: 'at most 253 characters of lowercase letters (a-z), digits, "-" and ".", starting and ending with a letter or digit',
	dns1035: 'at most 63 characters of lowercase letters (a-z), digits and "-", starting with a letter and ending with a letter or digit',
};

const typeName: Record<string, string> = {
	string: 'text (a string)',
	integer: 'a whole number',
	number: 'a number',
	boolean: 'true or false',
	object: 'a group of fields (indented `key: value` lines)',
	array: 'a list (lines starting with "- ")',
	map: 'a set of `key: value` pairs',
	'int-or-string': 'a port number or a port name',
	quantity: 'a quantity such as 250m or 128Mi',
};

const actualName: Record<string, string> = { string: 'text', number: 'a number', bool: 'true/false', array: 'a list', object: 'a group of fields' };

function typeHint(expected: string, actual: string): string {
	if (expected === 'array' && actual === 'string') return ' Write it as a list, e.g. ["sleep", "3600"].';
	if (expected === 'string' && actual === 'bool') return ' YAML reads yes, no, on, off, y, n, true and false as booleans: put the value in quotes.';
	if (expected === 'string' && actual === 'number') return ' Put the value in quotes so YAML keeps it as text.';
	if ((expected === 'integer' || expected === 'int-or-string') && actual === 'string') return ' Remove the quotes around the number.';
	if (expected === 'array' && actual === 'object') return ' Start each entry with "- ".';
	return '';
}

export const en: Catalog = {
	'yaml-syntax': (p) => `The YAML cannot be read here (${s(p.detail)}). Check the indentation and the punctuation (":", "-", quotes and brackets) on this line and the one before it.`,
	'duplicate-key': (p) => `"${s(p.key)}" appears twice in the same block (first on line ${s(p.firstLine)}). Keep one and delete the other.`,
	'tab-indent': () => 'This line is indented with a tab. YAML only allows spaces for indentation: replace the tab with spaces.',
	'too-large': (p) => `The text is too long to check (${s(p.size)} characters; this checker reads at most ${s(p.max)}). Split it into smaller files.`,
	'too-deep': (p) => `The text nests more than ${s(p.max)} levels deep, which no Kubernetes object needs. Check for unbalanced brackets.`,
	'alias-limit': () => 'Most of this document comes from expanding YAML aliases (*name), which kubectl refuses as a way to exhaust memory ("billion laughs"). Write the values out instead of nesting aliases.',
	'not-an-object': () => 'A Kubernetes manifest must be a mapping of fields (apiVersion, kind, metadata, spec), not a list or a single value.',
	'missing-api-version': () => 'The object has no apiVersion, so kubectl cannot tell which API it belongs to. Add e.g. `apiVersion: v1` (Pod, ReplicationController, Service) or `apiVersion: apps/v1` (ReplicaSet, Deployment).',
	'missing-kind': () => 'The object has no kind, so kubectl cannot tell what to create. Add e.g. `kind: Pod`.',
	'unknown-kind': (p) =>
		p.removedIn
			? `${s(p.kind)} is no longer served in ${s(p.apiVersion)}: that API version was removed in Kubernetes ${s(p.removedIn)}. Use \`apiVersion: ${s(p.suggestApiVersion)}\`.`
			: p.suggestKind
				? `The cluster has no kind "${s(p.kind)}" in ${s(p.apiVersion)}. Did you mean \`apiVersion: ${s(p.suggestApiVersion)}\` with \`kind: ${s(p.suggestKind)}\`? Kind names are case-sensitive.`
				: `The cluster has no kind "${s(p.kind)}" in ${s(p.apiVersion)}. Check the spelling (kinds are case-sensitive, e.g. Pod, Deployment) and the apiVersion.`,
	'kind-not-checked': (p) => `${s(p.kind)} (${s(p.apiVersion)}) is a real Kubernetes kind, but this course only checks Pod, ReplicationController, ReplicaSet, Deployment and Service in detail.`,
	'unknown-field': (p) => `"${s(p.name)}" is not a field here, so the API server rejects the object.${p.suggestion ? ` Did you mean "${s(p.suggestion)}"?` : ''} Check the spelling and the indentation: a field indented at the wrong level lands in the wrong object.`,
	'type-mismatch': (p) => `${s(p.field)} must be ${typeName[s(p.expected)] ?? s(p.expected)}, but here it is ${actualName[s(p.actual)] ?? s(p.actual)}.${typeHint(s(p.expected), s(p.actual))}`,
	'invalid-quantity': (p) => `"${s(p.value)}" is not a valid quantity. Write a number with an optional unit: CPU as 500m or 1, memory as 128Mi or 1Gi.`,
	required: (p) => `${s(p.field)} is required: add it.`,
	'missing-name': () => 'Every object needs a name: add `name:` under `metadata:`.',
	'invalid-name': (p) => `${s(p.value)} is not a valid name for ${s(p.field)}. It must be ${nameRule[s(p.rule)] ?? nameRule.subdomain}.`,
	'invalid-label-key': (p) => `The key ${s(p.value)} in ${s(p.field)} is not a valid label key. Use up to 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit, optionally after a DNS prefix and "/" (example.com/tier).`,
	'invalid-label-value': (p) => `The value ${s(p.value)} in ${s(p.field)} is not a valid label value. Use up to 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit (or leave it empty).`,
	'invalid-annotation-key': (p) => `The annotation key ${s(p.value)} is not valid. Keys follow the label key rules: an optional DNS prefix and "/", then up to 63 letters, digits, "-", "_" or ".".`,
	'annotations-too-long': () => 'All annotations together exceed 256 KiB. Keep large data in a ConfigMap instead.',
	'selector-values': (p) => `${s(p.field)}: the operators In and NotIn need a list of values, and Exists and DoesNotExist take none. Add or remove values to match the operator.`,
	'selector-operator': (p) => `${s(p.value)} is not a selector operator. Use In, NotIn, Exists or DoesNotExist.`,
	'probe-handler-missing': (p) => `The probe at ${s(p.field)} does not say how to check the container. Add exactly one of exec, httpGet, tcpSocket or grpc.`,
	'probe-handler-multiple': (p) => `A probe can use only one check, but ${s(p.field)} adds a second one. Keep one of exec, httpGet, tcpSocket or grpc.`,
	'probe-success-threshold': (p) => `successThreshold must be 1 for a ${p.probe === 'startupProbe' ? 'startup' : 'liveness'} probe: the kubelet acts on the first success. Remove the field or set it to 1.`,
	'negative-value': (p) => `${s(p.field)} is ${s(p.value)}, but it cannot be negative. Use 0 or more.`,
	'invalid-value': (p) => `${s(p.field)} has the value ${s(p.value)}: ${s(p.detail)}.`,
	'image-whitespace': () => 'The image name starts or ends with spaces. Remove them (quote the value if your editor adds them).',
	'active-deadline-range': (p) => `activeDeadlineSeconds is ${s(p.value)}; it must be a whole number of seconds from 1 to 2147483647.`,
	'ephemeral-in-template': () => 'Ephemeral containers are added to running Pods for debugging (kubectl debug); they cannot be part of a Pod template. Remove them.',
	'probe-grace-period': (p) => `A probe's terminationGracePeriodSeconds must be greater than 0 (it is ${s(p.value)}). Remove it to use the Pod's grace period.`,
	'readiness-grace-period': () => 'terminationGracePeriodSeconds has no meaning for a readiness probe, which never restarts the container. Remove it.',
	'invalid-port': (p) => `${s(p.value)} is not a valid port for ${s(p.field)}. Use a number from 1 to 65535${s(p.field).endsWith('containerPort') || s(p.field).endsWith('.port') ? '' : ', or the name of a container port'}.`,
	'invalid-header': (p) => `${s(p.value)} is not a valid HTTP header name. Use letters, digits and "-" only.`,
	'invalid-resource-name': (p) => `${s(p.value)} is not a resource a container can request. Use cpu, memory or ephemeral-storage (or a domain-prefixed extended resource).`,
	'negative-quantity': (p) => `${s(p.field)} is negative (${s(p.value)}). Requests and limits must be 0 or more.`,
	'non-integer-resource': (p) => `${s(p.field)} must be a whole number of units, not ${s(p.value)}.`,
	'limit-required': (p) => `${s(p.field)} must set a limit for this resource: it cannot be overcommitted, so its request and limit must be equal.`,
	'requests-exceed-limits': (p) => `The ${s(p.resource)} request (${s(p.request)}) is larger than its limit (${s(p.limit)}). A container may not ask for more than it is allowed to use: lower the request or raise the limit.`,
	'requests-equal-limits': (p) => `The ${s(p.resource)} request (${s(p.request)}) must equal its limit (${s(p.limit)}) because this resource cannot be overcommitted.`,
	'invalid-port-name': (p) => `${s(p.value)} is not a valid port name. Use at most 15 lowercase letters, digits and "-", with at least one letter and no "-" at either end.`,
	'duplicate-port-name': (p) => `The port name ${s(p.value)} is used twice. Each port needs its own name.`,
	'unsupported-protocol': (p) => `${s(p.value)} is not a protocol Kubernetes knows. Use TCP (the default), UDP or SCTP, in capitals.`,
	'invalid-env-name': (p) => `${s(p.value)} is not a valid environment variable name. Use printable characters without "=", e.g. LOG_LEVEL.`,
	'env-value-from': (p) => `${s(p.field)}: an environment variable takes either value or valueFrom, and valueFrom names exactly one source (fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef).`,
	'volume-not-found': (p) => `This container mounts the volume ${s(p.value)}, but the Pod has no volume of that name. Add it under spec.volumes, or fix the name so they match.`,
	'duplicate-mount-path': (p) => `Two volume mounts use the same path ${s(p.value)}. Give each mount its own mountPath.`,
	'duplicate-volume-name': (p) => `The volume name ${s(p.value)} is used twice. Each volume needs its own name.`,
	'volume-type': (p) => `${s(p.field)}: a volume needs exactly one source, such as emptyDir, configMap or persistentVolumeClaim.`,
	'unsupported-value': (p) => `${s(p.value)} is not allowed for ${s(p.field)}. Use one of: ${s(p.supported)} (values are case-sensitive).`,
	'no-containers': (p) => `${s(p.field)} is empty, but a Pod needs at least one container. Add one with a name and an image.`,
	'duplicate-container-name': (p) => `Two containers are named ${s(p.value)}. Container names must be unique within a Pod.`,
	'unsupported-restart-policy': (p) => `${s(p.value)} is not a restart policy. Use Always (the default), OnFailure or Never.`,
	'template-restart-policy': (p) => `A ${s(p.owner)} keeps its Pods running, so the template's restartPolicy must be Always (it is ${s(p.value)}). Remove the field or set it to Always.`,
	'template-active-deadline': () => 'activeDeadlineSeconds would stop the Pods of a controller that is meant to keep them running. Remove it from the template.',
	'selector-mismatch': (p) => `The ${s(p.owner)}'s selector does not match the labels of its Pod template (${s(p.value)}), so the Pods it creates would not be counted as its own. Give the template every label the selector asks for, with the same values.`,
	'selector-required': (p) => `The ${s(p.owner)} needs a selector to find its Pods.${p.owner === 'ReplicationController' ? ' Either add spec.selector or give the template labels (the selector defaults to them).' : ' Add spec.selector.matchLabels with the labels of the Pod template.'}`,
	'template-required': () => 'The controller needs a Pod template (spec.template) describing the Pods to create.',
	'selector-empty': () => 'An empty selector would match every Pod in the namespace. Add matchLabels (or matchExpressions) that match the template labels.',
	'selector-invalid': () => 'This selector cannot be read: each matchLabels entry needs a valid label key and value, and each matchExpressions entry a valid key, one of the operators In, NotIn, Exists or DoesNotExist, and values only with In and NotIn. The API server checks the Pod template only once the selector is readable.',
	'selector-immutable': () => 'The selector of a ReplicaSet or Deployment cannot change after creation. Create a new object instead.',
	'pod-update-forbidden': (p) => `Once a Pod exists, its spec can change in only a few ways: container images, a lower activeDeadlineSeconds, added tolerations and removed schedulingGates. This update also changes ${s(p.changed)}. Delete the Pod and create it again (kubectl delete, then kubectl apply), or let a Deployment replace its Pods for you.`,
	'pod-update-containers': (p) => `A Pod cannot gain or lose containers once it exists (${s(p.field)} had ${s(p.before)}, the update has ${s(p.after)}). Delete the Pod and create it again with the containers you want.`,
	'active-deadline-increase': (p) => `The activeDeadlineSeconds of an existing Pod can only be lowered: it is ${s(p.previous)}, and ${s(p.value)} is more. Keep it at ${s(p.previous)} or less.`,
	'active-deadline-removed': (p) => `activeDeadlineSeconds cannot be removed from an existing Pod (it is ${s(p.previous)}). Keep the field; you may lower its value.`,
	'toleration-modified': () => "An existing Pod's tolerations can only be added to, but this update removes or changes one (only its tolerationSeconds may change). Keep every current toleration (kubectl get pod -o yaml shows them) and add new ones.",
	'scheduling-gate-added': (p) => `Scheduling gates can only be removed from an existing Pod, not added: ${s(p.value)} is new. Remove it, or create the Pod again with the gate.`,
	'node-selector-mutation': () => 'While a Pod waits behind scheduling gates, its nodeSelector may only gain entries, but this update changes or removes one. Keep the existing entries as they are.',
	'finalizers-while-deleting': (p) => `The object is being deleted, so no finalizers can be added now (found ${s(p.value)}). Remove them from the update.`,
	'field-immutable': (p) => `${s(p.field)} cannot change once the object exists (the update sets it to ${s(p.value)}). Remove it from the manifest: the API server keeps the stored value.`,
	'invalid-percent': (p) => `${s(p.value)} is not valid for ${s(p.field)}. Use a whole number (2) or a percentage (25%).`,
	'strategy-rolling-update': () => 'rollingUpdate settings only apply to the RollingUpdate strategy. Remove them, or set the type to RollingUpdate.',
	'rolling-update-zero': () => 'maxUnavailable and maxSurge cannot both be 0: the rollout could never replace a Pod. Allow at least one of them.',
	'progress-deadline': () => 'progressDeadlineSeconds must be greater than minReadySeconds, or every rollout would be reported as stuck.',
	'service-ports-required': () => 'A Service needs at least one port under spec.ports (unless it is headless or an ExternalName).',
	'service-port-name-required': (p) => `${s(p.field)}: when a Service has more than one port, every port needs a name.`,
	'unsupported-service-type': (p) => `${s(p.value)} is not a Service type. Use ClusterIP (the default), NodePort, LoadBalancer or ExternalName.`,
	'node-port-cluster-ip': () => 'nodePort only works for NodePort and LoadBalancer Services. Remove it, or change the type.',
	'duplicate-service-port': () => 'Two ports of this Service use the same port number and protocol. Give each a different port.',
	'duplicate-host-port': (p) => `Two ports of this Pod take host port ${s(p.value)} (protocol/host IP/port): a node can bind it only once. Give each a different hostPort, or remove hostPort (Services reach Pods without it).`,
	'host-network-port': (p) => `With hostNetwork: true the container listens on the node itself, so hostPort must equal containerPort (it is ${s(p.value)}). Remove hostPort or set it to the containerPort.`,
	'container-restart-policy': () => 'Only init containers take a restartPolicy (Always makes one a sidecar). Remove it from this container; the Pod\'s spec.restartPolicy applies.',
	'init-restart-policy': (p) => `An init container's restartPolicy may only be Always, which makes it a sidecar that runs beside the app containers (it is ${s(p.value)}). Remove the field for an ordinary init container.`,
	'init-container-field': (p) => `${s(p.field)}: an init container runs to completion before the app starts, so it takes no probes or lifecycle hooks. Remove them, or add restartPolicy: Always to make it a sidecar.`,
	'no-objects': () => 'The file holds no Kubernetes object (it is empty or only comments), so kubectl apply has nothing to send. Write a manifest: apiVersion, kind, metadata and spec.',
	'object-too-large': (p) => `This object is ${s(p.size)} bytes as JSON; the API server refuses requests over ${s(p.max)} bytes (3 MiB). Split the data into smaller objects.`,
	'list-items': () => 'The items of a List must be a list of objects (lines starting with "- "), one per object.',
	'invalid-base64': (p) => `${s(p.field)} must be base64 (the API server decodes it into bytes), but byte ${s(p.offset)} cannot be decoded. Encode the value, e.g. \`echo -n 'value' | base64\`, or put the plain text under stringData instead.`,
	'invalid-config-key': (p) => `${s(p.value)} cannot be a key here: keys of a ConfigMap or Secret use letters, digits, "-", "_" and "." only (they become file names), at most 253 characters, and may not be "." or start with "..".`,
	'config-key-in-both': (p) => `The key ${s(p.value)} is in both data and binaryData. Each key may appear in only one of them.`,
	'config-too-large': (p) => `The data adds up to ${s(p.size)} bytes; a ConfigMap or Secret holds at most 1 MiB (1048576 bytes). Keep large files elsewhere (a volume, an image) or split the data.`,
	'secret-type-key': (p) => `A Secret of type ${s(p.type)} must contain ${s(p.key)}. Add it, or choose type Opaque if this Secret holds something else.`,
	'secret-docker-config': (p) => `${s(p.field)} must hold a docker config file: a JSON object. Create it with kubectl create secret docker-registry, or check the JSON.`,
	'job-restart-policy': () => 'A Job runs its Pods to completion, so the template must say what happens when a container fails: restartPolicy OnFailure (restart it in the same Pod) or Never (start a new Pod). The default, Always, is not allowed.',
	'job-selector-generated': () => 'A Job makes its own selector from its uid. Remove spec.selector (and let the API server generate it), or set manualSelector: true if you really want to choose the Pods yourself.',
	'job-indexed-only': (p) => `${s(p.field)} only applies to Indexed Jobs. Remove it, or set completionMode: Indexed.`,
	'job-indexed-name': () => 'An Indexed Job names its Pods <job name>-<index>, and with this name the last one would not be a valid DNS label (at most 63 lowercase letters, digits and "-"). Shorten the name.',
	'invalid-finalizer': (p) => `${s(p.value)} is not a finalizer Kubernetes knows. Use kubernetes, or a name qualified with a domain (example.com/cleanup).`,
	'latest-tag': (p) => `The image ${s(p.image)} has no version tag (or :latest), so different nodes may run different versions and a rollback cannot return to a known one. Pin a version, e.g. nginx:1.27.`,
	'no-resource-requests': (p) => `Container "${s(p.container)}" requests no CPU or memory, so the scheduler cannot plan for it and it is evicted first under pressure. Add resources.requests.`,
	'no-liveness-probe': (p) => `Container "${s(p.container)}" has no livenessProbe: if it hangs without exiting, the kubelet will not restart it.`,
	'no-readiness-probe': (p) => `Container "${s(p.container)}" has no readinessProbe: Services send it traffic as soon as it starts, ready or not.`,
};
