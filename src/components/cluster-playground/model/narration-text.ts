// The sentences of the plain-language event stream, one function per controller decision, in both
// languages. The Chinese is written as Chinese (not word for word), with the official zh docs terms:
// 调度器, kubelet, 存活探针/就绪探针/启动探针, 属主, 孤立, 端点, 污点.
import type { Lang } from './strings.ts';

type ProbeKind = 'liveness' | 'readiness' | 'startup';

export interface NarrationText {
	create: (kind: string, name: string, seen: number, desired: number, selector: string, pod: string) => string;
	delete: (kind: string, name: string, seen: number, desired: number, selector: string, pod: string) => string;
	failedCreate: (kind: string, name: string, reason: string) => string;
	scheduled: (pod: string, node: string) => string;
	failedScheduling: (pod: string, reason: string) => string;
	pulling: (host: string, image: string, pod: string) => string;
	started: (host: string, container: string, pod: string) => string;
	pullFailed: (host: string, pod: string) => string;
	unhealthy: (probe: ProbeKind, pod: string, detail: string) => string;
	killingForProbe: (probe: ProbeKind, container: string, pod: string) => string;
	stopping: (container: string, pod: string) => string;
	backOff: (container: string, pod: string) => string;
	nodeNotReady: (node: string) => string;
	nodeReady: (node: string) => string;
	podNodeNotReady: (pod: string) => string;
	evicted: (pod: string) => string;
	scaledReplicaSet: (deployment: string, rs: string, from: string, to: string) => string;
	released: (kind: string, name: string, pod: string, selector: string) => string;
	ownerGone: (kind: string, name: string, pod: string) => string;
	adopted: (kind: string, name: string, pod: string, selector: string) => string;
	endpointAdded: (service: string, pod: string, ip: string, selector: string) => string;
	endpointRemoved: (service: string, pod: string) => string;
	endpointNotReady: (service: string, pod: string) => string;
	endpointReady: (service: string, pod: string) => string;
}

const PROBE_ZH: Record<ProbeKind, string> = { liveness: '存活探针', readiness: '就绪探针', startup: '启动探针' };

const en: NarrationText = {
	create: (kind, name, seen, desired, selector, pod) =>
		`The ${kind} ${name} sees ${seen} of ${desired} Pods matching ${selector} and creates ${pod}.`,
	delete: (kind, name, seen, desired, selector, pod) =>
		`The ${kind} ${name} sees ${seen} Pods matching ${selector} but wants ${desired}, so it deletes ${pod}.`,
	failedCreate: (kind, name, reason) => `The ${kind} ${name} tries to create a Pod, but the API server refuses it: ${reason}`,
	scheduled: (pod, node) => `The scheduler assigns ${pod} to ${node}.`,
	failedScheduling: (pod, reason) => `The scheduler finds no node for ${pod}, so it stays Pending: ${reason}`,
	pulling: (host, image, pod) => `The kubelet on ${host} pulls the image ${image} for ${pod}.`,
	started: (host, container, pod) => `The kubelet on ${host} starts container ${container} of ${pod}.`,
	pullFailed: (host, pod) => `The kubelet on ${host} cannot pull the image for ${pod}.`,
	unhealthy: (probe, pod, detail) => `The kubelet's ${probe} probe of ${pod} fails (${detail}).`,
	killingForProbe: (probe, container, pod) =>
		`The ${probe} probe failed too many times in a row: the kubelet kills container ${container} of ${pod} and will start a new one in the same Pod.`,
	stopping: (container, pod) => `The kubelet stops container ${container} of ${pod}.`,
	backOff: (container, pod) => `Container ${container} of ${pod} keeps failing: the kubelet waits longer before each restart (CrashLoopBackOff).`,
	nodeNotReady: (node) => `The node lifecycle controller marks ${node} NotReady: its kubelet stopped reporting.`,
	nodeReady: (node) => `${node} reports Ready.`,
	podNodeNotReady: (pod) => `${pod} is on a node that is not ready, so the Pod is no longer Ready.`,
	evicted: (pod) => `The taint eviction controller deletes ${pod}: its node has been unreachable for longer than the Pod tolerates.`,
	scaledReplicaSet: (deployment, rs, from, to) => `The Deployment ${deployment} scales ReplicaSet ${rs} from ${from} to ${to}.`,
	released: (kind, name, pod, selector) =>
		`The ${kind} ${name} releases ${pod}: its labels no longer match ${selector}. ${pod} keeps running as an orphan.`,
	ownerGone: (kind, name, pod) => `The garbage collector removes ${pod}'s reference to the deleted ${kind} ${name}. ${pod} keeps running as an orphan.`,
	adopted: (kind, name, pod, selector) => `The ${kind} ${name} adopts ${pod}: it matches ${selector} and had no controller.`,
	endpointAdded: (service, pod, ip, selector) =>
		`The endpoints controller adds ${pod} (${ip}) to Service ${service}: it matches ${selector} and is Ready.`,
	endpointRemoved: (service, pod) => `The endpoints controller removes ${pod} from Service ${service}.`,
	endpointNotReady: (service, pod) => `${pod} is not Ready: Service ${service} stops sending it traffic (listed as not ready).`,
	endpointReady: (service, pod) => `${pod} is Ready again: Service ${service} sends it traffic.`,
};

const zh: NarrationText = {
	create: (kind, name, seen, desired, selector, pod) =>
		`${kind} ${name} 发现匹配 ${selector} 的 Pod 只有 ${seen} 个（期望 ${desired} 个），于是创建了 ${pod}。`,
	delete: (kind, name, seen, desired, selector, pod) =>
		`${kind} ${name} 发现匹配 ${selector} 的 Pod 有 ${seen} 个，多于期望的 ${desired} 个，于是删除了 ${pod}。`,
	failedCreate: (kind, name, reason) => `${kind} ${name} 尝试创建 Pod，但被 API 服务器拒绝：${reason}`,
	scheduled: (pod, node) => `调度器将 ${pod} 分配到节点 ${node}。`,
	failedScheduling: (pod, reason) => `调度器找不到能运行 ${pod} 的节点，它保持 Pending：${reason}`,
	pulling: (host, image, pod) => `${host} 上的 kubelet 正在为 ${pod} 拉取镜像 ${image}。`,
	started: (host, container, pod) => `${host} 上的 kubelet 启动了 ${pod} 的容器 ${container}。`,
	pullFailed: (host, pod) => `${host} 上的 kubelet 无法拉取 ${pod} 的镜像。`,
	unhealthy: (probe, pod, detail) => `kubelet 对 ${pod} 的${PROBE_ZH[probe]}检查失败（${detail}）。`,
	killingForProbe: (probe, container, pod) =>
		`${PROBE_ZH[probe]}连续失败次数达到阈值：kubelet 杀死 ${pod} 的容器 ${container}，并将在同一个 Pod 中启动新容器。`,
	stopping: (container, pod) => `kubelet 停止了 ${pod} 的容器 ${container}。`,
	backOff: (container, pod) => `${pod} 的容器 ${container} 反复失败：kubelet 每次重启前等待的时间越来越长（CrashLoopBackOff）。`,
	nodeNotReady: (node) => `节点生命周期控制器将 ${node} 标记为 NotReady：它的 kubelet 不再上报状态。`,
	nodeReady: (node) => `节点 ${node} 报告 Ready。`,
	podNodeNotReady: (pod) => `${pod} 所在的节点未就绪，因此该 Pod 不再处于 Ready 状态。`,
	evicted: (pod) => `污点驱逐控制器删除了 ${pod}：它所在节点不可达的时间已超过该 Pod 的容忍时长。`,
	scaledReplicaSet: (deployment, rs, from, to) => `Deployment ${deployment} 将 ReplicaSet ${rs} 的副本数从 ${from} 调整为 ${to}。`,
	released: (kind, name, pod, selector) => `${kind} ${name} 释放了 ${pod}：它的标签不再匹配 ${selector}。${pod} 作为孤立 Pod 继续运行。`,
	ownerGone: (kind, name, pod) => `垃圾收集器移除了 ${pod} 指向已删除的 ${kind} ${name} 的属主引用。${pod} 作为孤立 Pod 继续运行。`,
	adopted: (kind, name, pod, selector) => `${kind} ${name} 接管了 ${pod}：它匹配 ${selector}，且此前没有控制器。`,
	endpointAdded: (service, pod, ip, selector) => `端点控制器把 ${pod}（${ip}）加入 Service ${service}：它匹配 ${selector} 且已就绪。`,
	endpointRemoved: (service, pod) => `端点控制器把 ${pod} 从 Service ${service} 中移除。`,
	endpointNotReady: (service, pod) => `${pod} 未就绪：Service ${service} 不再向它转发流量（列为未就绪地址）。`,
	endpointReady: (service, pod) => `${pod} 重新就绪：Service ${service} 恢复向它转发流量。`,
};

export const NARRATION: Record<Lang, NarrationText> = { en, 'zh-CN': zh };
