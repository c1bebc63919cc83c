/**
 * The kubelet's image manager: which images a node holds, one pull at a time, and the image pull
 * back-off. Mirrors pkg/kubelet/images/image_manager.go `EnsureImageExists` (the pull policy, the
 * Pulling / Pulled / Failed / BackOff events and their messages) and puller.go's serial puller
 * (`serializeImagePulls`, true by default).
 */
import { parseImage } from '../containers/apps.ts';
import { Backoff, goDuration } from './backoff.ts';
import { fieldPath, type ContainerRecord } from './container-record.ts';
import type { Pod } from '../api/types.ts';

export type PodEventSink = (pod: Pod, type: 'Normal' | 'Warning', reason: string, message: string, fieldPath?: string) => void;

export class ImageManager {
	#event: PodEventSink;
	#images = new Set<string>();
	#pullBusyUntil = 0;
	/** Image → when its pull in flight ends. */
	#pulling = new Map<string, number>();
	#backoff = new Backoff();

	constructor(event: PodEventSink) {
		this.#event = event;
	}

	/**
	 * EnsureImageExists: `present` when the container can start now; `pulling` leaves the record in
	 * `pull` until `rec.until`; `never` leaves it in `pullBackoff` (ErrImageNeverPull) for good.
	 */
	ensureImageExists(pod: Pod, rec: ContainerRecord, now: number): 'present' | 'pulling' | 'never' {
		const ref = parseImage(rec.spec.image);
		const policy = rec.spec.imagePullPolicy ?? (ref.tag === 'latest' ? 'Always' : 'IfNotPresent');
		const present = this.#images.has(ref.fullName);
		const field = fieldPath(rec);
		if (policy !== 'Always' && present) {
			this.#event(pod, 'Normal', 'Pulled', `Container image "${rec.spec.image}" already present on machine`, field);
			return 'present';
		}
		if (policy === 'Never') {
			rec.phase = 'pullBackoff';
			rec.waitingReason = 'ErrImageNeverPull';
			rec.waitingMessage = `Container image "${rec.spec.image}" is not present with pull policy of Never`;
			rec.until = Number.POSITIVE_INFINITY;
			this.#event(pod, 'Warning', 'ErrImageNeverPull', rec.waitingMessage, field);
			return 'never';
		}
		this.#event(pod, 'Normal', 'Pulling', `Pulling image "${rec.spec.image}"`, field);
		rec.phase = 'pull';
		rec.pullStartedAt = now;
		// serializeImagePulls: one pull at a time per node. A pull queued behind a pull of the same
		// image finds the layers already there and takes a fraction of a second (the simulator lets
		// those quick pulls overlap).
		const inFlight = this.#pulling.get(ref.fullName);
		if (inFlight !== undefined && inFlight > now) {
			rec.pullMs = 100;
			rec.until = inFlight + rec.pullMs;
		} else {
			rec.pullMs = (rec.app?.pullSeconds ?? 1) * 1000;
			rec.until = Math.max(now, this.#pullBusyUntil) + rec.pullMs;
			this.#pullBusyUntil = rec.until;
			this.#pulling.set(ref.fullName, rec.until);
		}
		// A restart's status keeps what it showed (the exited container, or CrashLoopBackOff) while it
		// pulls; a first start shows the default waiting reason (ContainerCreating, or PodInitializing).
		if (!rec.restarting) rec.waitingReason = undefined;
		return 'pulling';
	}

	/** The pull finished: the image is on the node. */
	pulled(pod: Pod, rec: ContainerRecord, now: number): void {
		const ref = parseImage(rec.spec.image);
		const total = now - rec.pullStartedAt!;
		const own = rec.pullMs ?? total;
		this.#images.add(ref.fullName);
		this.#event(pod, 'Normal', 'Pulled', `Successfully pulled image "${rec.spec.image}" in ${seconds(own)} (${seconds(total)} including waiting). Image size: ${rec.app?.sizeBytes ?? 0} bytes.`, fieldPath(rec));
	}

	/**
	 * The registry has no such repository or tag (apps.ts findApp): containerd's resolver fails with
	 * `<ref>: not found` (remotes/docker/resolver.go Resolve, errdefs.ErrNotFound), which the kubelet
	 * reports as ErrImagePull, then the image back-off (same 10 s → 5 min).
	 */
	pullFailed(pod: Pod, rec: ContainerRecord, now: number): void {
		const ref = parseImage(rec.spec.image);
		const reason = `rpc error: code = NotFound desc = failed to pull and unpack image "${ref.fullName}": failed to resolve reference "${ref.fullName}": ${ref.fullName}: not found`;
		const field = fieldPath(rec);
		this.#event(pod, 'Warning', 'Failed', `Failed to pull image "${rec.spec.image}": ${reason}`, field);
		this.#event(pod, 'Warning', 'Failed', 'Error: ErrImagePull', field);
		const key = `${pod.metadata.uid}/${rec.name}/image`;
		this.#backoff.next(key, now, now);
		rec.phase = 'pullBackoff';
		rec.waitingReason = 'ErrImagePull';
		rec.waitingMessage = reason;
		rec.until = now + this.#backoff.get(key);
	}

	/** The next sync after ErrImagePull shows ImagePullBackOff. */
	enterBackOff(pod: Pod, rec: ContainerRecord): void {
		const field = fieldPath(rec);
		rec.waitingMessage = `Back-off pulling image "${rec.spec.image}": ErrImagePull: ${rec.waitingMessage}`;
		rec.waitingReason = 'ImagePullBackOff';
		this.#event(pod, 'Normal', 'BackOff', `Back-off pulling image "${rec.spec.image}"`, field);
		this.#event(pod, 'Warning', 'Failed', 'Error: ImagePullBackOff', field);
	}
}

/** Go's time.Duration String for pull times: `2s`, `2.5s`, `1m5s`. */
function seconds(ms: number): string {
	if (ms >= 60_000) return goDuration(ms);
	return `${Number((ms / 1000).toFixed(3))}s`;
}
