// The "why" panel's words in English (src/lib/lab/why.ts composes them). Loaded with the first "Next".
import type { DeletionRule, WhyText } from '../../../lib/session/index.ts';

const ACTORS: Record<string, string> = {
	'replication-controller': 'The ReplicationController manager (kube-controller-manager)',
	'replicaset-controller': 'The ReplicaSet controller (kube-controller-manager)',
	'job-controller': 'The Job controller (kube-controller-manager)',
	'cronjob-controller': 'The CronJob controller (kube-controller-manager)',
	'daemonset-controller': 'The DaemonSet controller (kube-controller-manager)',
	'statefulset-controller': 'The StatefulSet controller (kube-controller-manager)',
	'deployment-controller': 'The Deployment controller (kube-controller-manager)',
	'default-scheduler': 'The scheduler (kube-scheduler)',
	'endpoint-controller': 'The endpoints controller (kube-controller-manager)',
	'node-controller': 'The node lifecycle controller (kube-controller-manager)',
	'taint-eviction-controller': 'The taint eviction controller (kube-controller-manager)',
	'garbage-collector': 'The garbage collector (kube-controller-manager)',
	'pod-garbage-collector': 'The Pod garbage collector (kube-controller-manager)',
	clock: 'A timer',
};

const list = (names: readonly string[]): string => (names.length === 0 ? 'none' : names.join(', '));

function rule(pod: string, r: DeletionRule, kept: string | undefined): string {
	const other = kept ?? 'the Pods it keeps';
	switch (r) {
		case 'unassigned':
			return `${pod}: not on a node yet, and ${other} is. Unscheduled Pods go first.`;
		case 'phase':
			return `${pod}: its phase comes earlier than ${other}’s (Pending, then Unknown, then Running go first).`;
		case 'notReady':
			return `${pod}: not Ready, and ${other} is. Pods that serve no traffic go first.`;
		case 'deletionCost':
			return `${pod}: a lower controller.kubernetes.io/pod-deletion-cost than ${other}.`;
		case 'doubledUp':
			return `${pod}: it shares its node with more of this controller’s Pods than ${other} does.`;
		case 'readyShorter':
			return `${pod}: Ready for less time than ${other}.`;
		case 'restarts':
			return `${pod}: its containers restarted more often than ${other}’s.`;
		case 'newer':
			return `${pod}: created more recently than ${other}.`;
		case 'tie':
			return `${pod}: no rule tells it apart from ${other}, so the order falls to the Pods’ UIDs.`;
		case 'all':
			return `${pod}: every Pod it has goes.`;
	}
}

const PLACED = { ready: 'listed under addresses: it is Ready, so traffic goes to it', notReady: 'listed under notReadyAddresses: it matches but is not Ready, so no traffic goes to it' };
const OUT = { noIp: 'left out: it has no IP yet (its sandbox is not up)', terminating: 'left out: it is terminating', finished: 'left out: it has finished (Succeeded or Failed)', noPort: 'left out: none of its containers has a port named like the Service\'s target port' };

export const why: WhyText = {
	actor: (actor) => ACTORS[actor] ?? (actor.startsWith('kubelet/') ? `The kubelet on ${actor.slice('kubelet/'.length)}` : actor),
	replicas: {
		saw: (kind, name, selector, desired, active) => `${kind} ${name} wants ${desired} Pods matching ${selector} and counts ${active.length} active: ${list(active)}.`,
		released: (pod, selector) => `It released ${pod}: its labels no longer match ${selector}. The Pod keeps running, with no controller.`,
		adopted: (pod, selector) => `It adopted ${pod}: it matches ${selector} and had no controller.`,
		created: (pods, desired, had) => `${desired - had} too few, so it created ${list(pods)} from its template.`,
		deleting: (count, desired, had) => `${had - desired} too many, so it deleted ${count}, picked in getPodsToDelete order:`,
		rule,
		failed: (message) => `The API server refused the new Pod: ${message}`,
		statusOnly: 'Nothing to create or delete: it wrote its status (how many Pods it has, and how many are ready).',
	},
	schedule: {
		filtered: (pod, nodes) => `It looked for a node for ${pod}: ${nodes} nodes through the filter plugins, then the ones left through the score plugins.`,
		rejected: (node, plugin, reason) => `${node}: rejected by ${plugin}: ${reason}.`,
		scored: (node, parts, total) => `${node}: passed; score ${parts} = ${total}.`,
		chosen: (pod, node, ties) => (ties > 1 ? `It bound ${pod} to ${node}, picked at random among the ${ties} nodes with the top score.` : `It bound ${pod} to ${node}, the node with the top score.`),
		none: (pod) => `No node fits: ${pod} stays Pending, and the scheduler tries again when a node or a Pod changes.`,
	},
	endpoints: {
		intro: (service, selector) => `It rewrote the Endpoints of Service ${service} from the Pods matching ${selector}:`,
		pod: (pod, placed, why) => `${pod}: ${placed === 'out' ? OUT[why ?? 'noIp'] : PLACED[placed]}.`,
		none: (selector) => `No Pod matches ${selector}: the Service has no endpoints.`,
	},
	kubelet: {
		status: (node, pod, status) => `The kubelet on ${node} wrote ${pod}’s status${status ? `; kubectl now shows it as ${status}` : ''}.`,
		sandbox: 'Its sandbox (the pause container and the Pod’s network) is being created: no IP yet.',
		deleted: (pod) => `Every container of ${pod} has stopped, so the kubelet removed the Pod from the API server.`,
		container: (c) => {
			const name = c.role === 'sidecar' ? `Sidecar container ${c.name}` : c.role === 'init' ? `Init container ${c.name}` : `Container ${c.name}`;
			switch (c.stage) {
				case 'waiting':
					return `${name}: waiting for the sandbox.`;
				case 'waitingForInit':
					return c.role
						? `${name}: waits for the init containers before it (they run one at a time, in order; a sidecar only has to start).`
						: `${name}: waits until every init container has completed and every sidecar has started.`;
				case 'pulling':
					return `${name}: pulling ${c.image} (about ${c.pullSeconds} s; the kubelet pulls one image at a time).`;
				case 'creating':
					return `${name}: ${c.cached ? `${c.image} is already on the node` : `${c.image} pulled`}; the runtime creates and starts it.`;
				case 'running':
					return `${name}: running${c.ready ? ', ready' : ', not ready'}${c.restartCount > 0 ? `, restarted ${c.restartCount} time(s)` : ''}${c.role === 'sidecar' ? '; it keeps running beside the app containers and counts for the Pod’s readiness' : ''}.`;
				case 'stopping':
					return `${name}: sent SIGTERM; it has up to ${c.graceSeconds} s (the grace period) before SIGKILL.`;
				case 'exited':
					return `${name}: exited with code ${c.exitCode}.`;
				case 'backoff':
					return `${name}: exited with code ${c.exitCode}; restarting in ${c.retrySeconds} s (the back-off doubles from 10 s up to 5 minutes).`;
				case 'pullBackoff':
					return `${name}: ${c.image} could not be pulled${c.retrySeconds !== undefined ? `; the next try in ${c.retrySeconds} s` : ''}.`;
				case 'done':
					if (c.role === 'init' && (c.exitCode ?? 0) === 0) return `${name}: completed (exit code 0), so the next container in line may start.`;
					if (c.role === 'sidecar') return `${name}: stopped after the app containers, as sidecars are, last first.`;
					return `${name}: finished with code ${c.exitCode ?? 0}; its restartPolicy does not restart it.`;
			}
		},
		probe: (container, p) =>
			`${p.type[0]!.toUpperCase()}${p.type.slice(1)} probe of ${container}, every ${p.periodSeconds} s: ${p.result === 'success' ? 'passing' : p.result === 'failure' ? 'failing' : 'no result yet'} (${p.successes} success(es) of ${p.successThreshold} needed, ${p.failures} failure(s) of ${p.failureThreshold} allowed in a row).`,
	},
	job: {
		saw: (job, completions, parallelism, succeeded, failed, active) =>
			`Job ${job} needs ${completions === undefined || completions === 1 ? 'one Pod to succeed' : `${completions} Pods to succeed`}, ${parallelism} at a time; it counts ${succeeded} succeeded, ${failed} failed and ${active.length} running: ${list(active)}.`,
		created: (pods) => `It created ${list(pods)} to keep the work going.`,
		backoff: (until) => `A Pod failed, so it waits before replacing it: the pod failure back-off (10 s, doubling with each failure) ends at ${until}.`,
		deleted: (pods) => `It deleted ${list(pods)}: a Job that has finished keeps no Pod running.`,
		finished: (type, reason, message) => `It set the condition ${type} (${reason}): ${message}.`,
	},
	cronJob: {
		saw: (cronJob, schedule, policy, active) => `CronJob ${cronJob} runs on the schedule “${schedule}” (concurrency policy ${policy}); its active Jobs: ${list(active)}.`,
		created: (job, scheduled) => `It created Job ${job} for the time scheduled at ${scheduled} (the name carries that time in minutes since 1970).`,
		skipped: (why, scheduled) =>
			why === 'suspended'
				? 'It is suspended: it starts no Job until spec.suspend is false again.'
				: why === 'forbid'
					? `It started no Job for ${scheduled}: the previous one is still running and the policy is Forbid.`
					: `It started no Job for ${scheduled}: that time is further back than startingDeadlineSeconds.`,
		deleted: (jobs) => `It deleted ${list(jobs)}: finished Jobs past the history limit (or, with Replace, the Job still running).`,
		next: (at) => `It wakes again at ${at}, the next scheduled time.`,
	},
	daemonSet: {
		saw: (daemonSet, eligible, nodes) => `DaemonSet ${daemonSet} wants one Pod on each eligible node: ${eligible} of ${nodes} nodes.`,
		node: (node, reason) => `${node}: not eligible, ${reason === 'selector' ? 'its labels do not match the nodeSelector or node affinity' : 'it has a taint the Pod does not tolerate'}.`,
		created: (pods) => `It created ${list(pods)}, each pinned to its node by a node affinity on metadata.name.`,
		deleted: (pods) => `It deleted ${list(pods)}: on a node that should not run it, a failed one, or an old revision in a rolling update.`,
	},
	statefulSet: {
		saw: (statefulSet, replicas, policy) =>
			`StatefulSet ${statefulSet} wants ${replicas} replicas with stable names ${statefulSet}-0…${statefulSet}-${Math.max(0, replicas - 1)} (${policy === 'Parallel' ? 'Parallel: all at once' : 'OrderedReady: one at a time, in order'}).`,
		created: (pods) => `It created ${list(pods)}.`,
		deleted: (pods) => `It deleted ${list(pods)}, the highest ordinal first.`,
		updating: (pod) => `It deleted ${pod} to recreate it from the new template (a rolling update goes from the highest ordinal down).`,
		waiting: (pod, why) =>
			why === 'terminating'
				? `It waits for ${pod} to finish terminating.`
				: why === 'available'
					? `It waits for ${pod} to be ready for minReadySeconds.`
					: `It waits for ${pod} to be Running and Ready before it goes on.`,
	},
	other: (actor, key) => `${actor} changed ${key ?? 'the cluster'}.`,
	quiet: (minutes) => `Nothing changed in the cluster for ${minutes} minutes of simulated time: it is quiet. Change something, then press Next again.`,
	event: (reason, message) => `${reason}: ${message}`,
};
