// “为什么”面板的中文（由 src/lib/lab/why.ts 组合）。第一次按“下一步”时加载。术语与 texts-zh-cn.ts 一致。
import type { DeletionRule, WhyText } from '../../../lib/session/index.ts';

const ACTORS: Record<string, string> = {
	'replication-controller': 'ReplicationController 管理器（kube-controller-manager）',
	'replicaset-controller': 'ReplicaSet 控制器（kube-controller-manager）',
	'job-controller': 'Job 控制器（kube-controller-manager）',
	'cronjob-controller': 'CronJob 控制器（kube-controller-manager）',
	'daemonset-controller': 'DaemonSet 控制器（kube-controller-manager）',
	'statefulset-controller': 'StatefulSet 控制器（kube-controller-manager）',
	'deployment-controller': 'Deployment 控制器（kube-controller-manager）',
	'default-scheduler': '调度器（kube-scheduler）',
	'endpoint-controller': '端点控制器（kube-controller-manager）',
	'node-controller': '节点生命周期控制器（kube-controller-manager）',
	'taint-eviction-controller': '污点驱逐控制器（kube-controller-manager）',
	'garbage-collector': '垃圾收集器（kube-controller-manager）',
	'pod-garbage-collector': 'Pod 垃圾收集器（kube-controller-manager）',
	clock: '一个定时任务',
};

const PROBES = { liveness: '存活探针', readiness: '就绪探针', startup: '启动探针' } as const;

const list = (names: readonly string[]): string => (names.length === 0 ? '无' : names.join('、'));

function rule(pod: string, r: DeletionRule, kept: string | undefined): string {
	const other = kept ?? '保留的 Pod';
	switch (r) {
		case 'unassigned':
			return `${pod}：还没有分配到节点，而 ${other} 已经分配。未调度的 Pod 最先删除。`;
		case 'phase':
			return `${pod}：它的阶段比 ${other} 靠前（依次是 Pending、Unknown、Running，靠前的先删）。`;
		case 'notReady':
			return `${pod}：未就绪，而 ${other} 已就绪。不承接流量的 Pod 先删。`;
		case 'deletionCost':
			return `${pod}：它的 controller.kubernetes.io/pod-deletion-cost 比 ${other} 低。`;
		case 'doubledUp':
			return `${pod}：与它同在一个节点上的、属于该控制器的 Pod 比 ${other} 的多。`;
		case 'readyShorter':
			return `${pod}：处于就绪状态的时间比 ${other} 短。`;
		case 'restarts':
			return `${pod}：它的容器重启次数比 ${other} 多。`;
		case 'newer':
			return `${pod}：比 ${other} 创建得晚。`;
		case 'tie':
			return `${pod}：没有哪条规则能把它和 ${other} 区分开，于是按 Pod 的 UID 排序。`;
		case 'all':
			return `${pod}：所有 Pod 都要删除。`;
	}
}

const PLACED = { ready: '列在 addresses 中：它已就绪，流量会转发给它', notReady: '列在 notReadyAddresses 中：它匹配但未就绪，流量不会转发给它' };
const OUT = { noIp: '未列入：它还没有 IP（沙箱尚未建好）', terminating: '未列入：它正在终止', finished: '未列入：它已经结束（Succeeded 或 Failed）', noPort: '未列入：它的容器都没有与 Service 的 targetPort 同名的端口' };

export const why: WhyText = {
	actor: (actor) => ACTORS[actor] ?? (actor.startsWith('kubelet/') ? `${actor.slice('kubelet/'.length)} 上的 kubelet` : actor),
	replicas: {
		saw: (kind, name, selector, desired, active) => `${kind} ${name} 期望有 ${desired} 个匹配 ${selector} 的 Pod，实际数到 ${active.length} 个活跃的：${list(active)}。`,
		released: (pod, selector) => `它释放了 ${pod}：其标签不再匹配 ${selector}。该 Pod 继续运行，但不再有控制器。`,
		adopted: (pod, selector) => `它接管了 ${pod}：它匹配 ${selector}，且此前没有控制器。`,
		created: (pods, desired, had) => `少了 ${desired - had} 个，于是按模板创建了 ${list(pods)}。`,
		deleting: (count, desired, had) => `多了 ${had - desired} 个，于是按 getPodsToDelete 的顺序删除了 ${count} 个：`,
		rule,
		failed: (message) => `API 服务器拒绝了新 Pod：${message}`,
		statusOnly: '无需创建或删除：它只更新了自己的状态（有多少个 Pod、其中多少个就绪）。',
	},
	schedule: {
		filtered: (pod, nodes) => `它为 ${pod} 寻找节点：先让 ${nodes} 个节点经过过滤插件，再给剩下的节点打分。`,
		rejected: (node, plugin, reason) => `${node}：被 ${plugin} 排除：${reason}。`,
		scored: (node, parts, total) => `${node}：通过过滤；得分 ${parts} = ${total}。`,
		chosen: (pod, node, ties) => (ties > 1 ? `它把 ${pod} 绑定到 ${node}：${ties} 个节点并列最高分，从中随机选中了它。` : `它把 ${pod} 绑定到得分最高的节点 ${node}。`),
		none: (pod) => `没有合适的节点：${pod} 保持 Pending，等节点或 Pod 发生变化时调度器再试。`,
	},
	endpoints: {
		intro: (service, selector) => `它根据匹配 ${selector} 的 Pod 重写了 Service ${service} 的 Endpoints：`,
		pod: (pod, placed, why) => `${pod}：${placed === 'out' ? OUT[why ?? 'noIp'] : PLACED[placed]}。`,
		none: (selector) => `没有 Pod 匹配 ${selector}：这个 Service 没有端点。`,
	},
	kubelet: {
		status: (node, pod, status) => `${node} 上的 kubelet 写入了 ${pod} 的状态${status ? `；kubectl 现在显示它为 ${status}` : ''}。`,
		sandbox: '正在创建它的沙箱（pause 容器和 Pod 的网络）：还没有 IP。',
		deleted: (pod) => `${pod} 的所有容器都已停止，于是 kubelet 从 API 服务器中删除了这个 Pod。`,
		container: (c) => {
			const name = c.role === 'sidecar' ? `边车容器 ${c.name}` : c.role === 'init' ? `Init 容器 ${c.name}` : `容器 ${c.name}`;
			switch (c.stage) {
				case 'waiting':
					return `${name}：等待沙箱就绪。`;
				case 'waitingForInit':
					return c.role
						? `${name}：等待排在它前面的 Init 容器（它们按顺序逐个运行；边车容器只需启动即可）。`
						: `${name}：等待所有 Init 容器完成、所有边车容器启动。`;
				case 'pulling':
					return `${name}：正在拉取 ${c.image}（约 ${c.pullSeconds} 秒；kubelet 一次只拉取一个镜像）。`;
				case 'creating':
					return `${name}：${c.cached ? `${c.image} 已在节点上` : `${c.image} 已拉取完成`}；容器运行时正在创建并启动它。`;
				case 'running':
					return `${name}：运行中，${c.ready ? '已就绪' : '未就绪'}${c.restartCount > 0 ? `，已重启 ${c.restartCount} 次` : ''}${c.role === 'sidecar' ? '；它与应用容器一起运行，并计入 Pod 的就绪状态' : ''}。`;
				case 'stopping':
					return `${name}：已发送 SIGTERM；在发送 SIGKILL 之前，它最多有 ${c.graceSeconds} 秒（宽限期）。`;
				case 'exited':
					return `${name}：已退出，退出码 ${c.exitCode}。`;
				case 'backoff':
					return `${name}：已退出，退出码 ${c.exitCode}；${c.retrySeconds} 秒后重启（回退时间从 10 秒起翻倍，最长 5 分钟）。`;
				case 'pullBackoff':
					return `${name}：无法拉取 ${c.image}${c.retrySeconds !== undefined ? `；${c.retrySeconds} 秒后再试` : ''}。`;
				case 'done':
					if (c.role === 'init' && (c.exitCode ?? 0) === 0) return `${name}：已完成（退出码 0），下一个容器可以启动了。`;
					if (c.role === 'sidecar') return `${name}：在应用容器之后停止，边车容器按逆序最后停止。`;
					return `${name}：已结束，退出码 ${c.exitCode ?? 0}；它的 restartPolicy 不会让它重启。`;
			}
		},
		probe: (container, p) =>
			`${container} 的${PROBES[p.type]}，每 ${p.periodSeconds} 秒一次：${p.result === 'success' ? '通过' : p.result === 'failure' ? '失败' : '尚无结果'}（连续成功 ${p.successes} 次，需要 ${p.successThreshold} 次；连续失败 ${p.failures} 次，允许 ${p.failureThreshold} 次）。`,
	},
	job: {
		saw: (job, completions, parallelism, succeeded, failed, active) =>
			`Job ${job} 需要${completions === undefined ? '一个 Pod 成功' : ` ${completions} 个 Pod 成功`}，每次最多并行 ${parallelism} 个；它数到 ${succeeded} 个成功、${failed} 个失败、${active.length} 个正在运行：${list(active)}。`,
		created: (pods) => `它创建了 ${list(pods)}，让工作继续进行。`,
		backoff: (until) => `有 Pod 失败了，所以它先等待再替换：Pod 失败退避（10 秒，每次失败翻倍）到 ${until} 结束。`,
		deleted: (pods) => `它删除了 ${list(pods)}：已结束的 Job 不再保留运行中的 Pod。`,
		finished: (type, reason, message) => `它设置了条件 ${type}（${reason}）：${message}。`,
	},
	cronJob: {
		saw: (cronJob, schedule, policy, active) => `CronJob ${cronJob} 按调度“${schedule}”运行（并发策略 ${policy}）；它的活跃 Job：${list(active)}。`,
		created: (job, scheduled) => `它为计划时间 ${scheduled} 创建了 Job ${job}（名字里带着这个时间，以 1970 年起的分钟数表示）。`,
		skipped: (why, scheduled) =>
			why === 'suspended'
				? '它已暂停：在 spec.suspend 变回 false 之前不会启动任何 Job。'
				: why === 'forbid'
					? `它没有为 ${scheduled} 启动 Job：上一个仍在运行，而策略是 Forbid。`
					: `它没有为 ${scheduled} 启动 Job：那个时间早于 startingDeadlineSeconds 允许的范围。`,
		deleted: (jobs) => `它删除了 ${list(jobs)}：超出历史记录上限的已结束 Job（或在 Replace 策略下仍在运行的 Job）。`,
		next: (at) => `它将在下一个计划时间 ${at} 再次醒来。`,
	},
	daemonSet: {
		saw: (daemonSet, eligible, nodes) => `DaemonSet ${daemonSet} 要在每个符合条件的节点上运行一个 Pod：${nodes} 个节点中有 ${eligible} 个。`,
		node: (node, reason) => `${node}：不符合条件，${reason === 'selector' ? '它的标签不匹配 nodeSelector 或节点亲和性' : '它有 Pod 不容忍的污点'}。`,
		created: (pods) => `它创建了 ${list(pods)}，每个都通过 metadata.name 节点亲和性固定到自己的节点。`,
		deleted: (pods) => `它删除了 ${list(pods)}：位于不该运行的节点上、已失败，或是滚动更新中的旧版本。`,
	},
	statefulSet: {
		saw: (statefulSet, replicas, policy) =>
			`StatefulSet ${statefulSet} 需要 ${replicas} 个副本，名字固定为 ${statefulSet}-0…${statefulSet}-${Math.max(0, replicas - 1)}（${policy === 'Parallel' ? 'Parallel：同时创建' : 'OrderedReady：按顺序逐个创建'}）。`,
		created: (pods) => `它创建了 ${list(pods)}。`,
		deleted: (pods) => `它删除了 ${list(pods)}，序号最大的先删。`,
		updating: (pod) => `它删除了 ${pod}，以便用新模板重建（滚动更新从最大序号往下进行）。`,
		waiting: (pod, why) =>
			why === 'terminating' ? `它等待 ${pod} 终止完成。` : why === 'available' ? `它等待 ${pod} 就绪满 minReadySeconds。` : `它等待 ${pod} 进入 Running 并就绪后再继续。`,
	},
	other: (actor, key) => `${actor} 修改了 ${key ?? '集群'}。`,
	quiet: (minutes) => `模拟时间过去了 ${minutes} 分钟，集群没有任何变化：它已稳定。请先改动点什么，再按“下一步”。`,
	event: (reason, message) => `${reason}：${message}`,
};
