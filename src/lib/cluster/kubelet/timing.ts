/**
 * How long the kubelet and the container runtime take for the steps of starting a pod. Upstream sets
 * no such numbers: they are what a small cluster with containerd typically shows, inside SIG
 * Scalability's pod startup SLO (kubernetes/community sig-scalability/slos/pod_startup_latency.md:
 * p99 ≤ 5 s from creation to Running, image pulls excluded). Image pulls take their own time
 * (image-manager.ts), and so do probes, back-off and graceful termination.
 */

/**
 * From the binding to the kubelet's first status write: the pod reaches the kubelet's config watch,
 * passes its admission (canAdmitPod) and the pod worker starts; until then `kubectl get` shows Pending.
 */
export const POD_WORKER_START_MS = 500;

/**
 * RunPodSandbox: the pause container and the CNI plugin's network setup (the pod gets its IP). The
 * containers show ContainerCreating meanwhile, and PodReadyToStartContainers is False.
 */
export const SANDBOX_MS = 1500;

/** CreateContainer (then the `Created` event). */
export const CREATE_CONTAINER_MS = 300;

/** StartContainer (then the `Started` event and the Running state). */
export const START_CONTAINER_MS = 200;
