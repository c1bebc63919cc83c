// The playground's UI strings. Chinese follows the official Chinese Kubernetes docs: kind names (Pod,
// Service, ReplicationController…), kubelet and kubectl stay in English; 节点 for node, 标签 for label,
// 选择算符 for selector, 端点 for endpoints, 属主 for owner, 孤立 for orphan, 副本 for replicas.

export type Lang = 'en' | 'zh-CN';

export function langOf(tag: string | undefined): Lang {
	return tag?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export interface PlaygroundStrings {
	region: (title: string) => string;
	scenario: string;
	loading: string;
	loadFailed: string;
	staticNote: string;
	nodes: string;
	node: string;
	unscheduled: string;
	ready: string;
	notReady: string;
	unknown: string;
	cordoned: string;
	noPods: string;
	controllers: string;
	services: string;
	selector: string;
	desired: string;
	current: string;
	readyCount: string;
	endpoints: string;
	noEndpoints: string;
	notReadyEndpoint: string;
	restarts: (n: number) => string;
	ownedBy: (kind: string, name: string) => string;
	orphan: string;
	bare: string;
	terminating: string;
	labels: string;
	// Clock
	clock: string;
	play: string;
	pause: string;
	step: string;
	speed: string;
	reset: string;
	time: (elapsed: string) => string;
	// Inspector
	inspector: string;
	selectHint: string;
	podTitle: (name: string) => string;
	nodeTitle: (name: string) => string;
	controllerTitle: (kind: string, name: string) => string;
	removeLabel: (key: string) => string;
	addLabel: string;
	addLabelHint: string;
	apply: string;
	deletePod: string;
	makeUnhealthy: string;
	makeHealthy: string;
	crash: string;
	failNode: string;
	recoverNode: string;
	replicas: string;
	setReplicas: string;
	templateImage: string;
	setImage: string;
	selectorAndTemplate: string;
	setSelector: string;
	selectorHint: string;
	close: string;
	// Terminal
	terminal: string;
	command: string;
	run: string;
	terminalHint: string;
	completions: (list: string) => string;
	// Events
	events: string;
	explanations: string;
	noEvents: string;
	derived: string;
	// Steps
	steps: string;
	stepN: (n: number, total: number) => string;
	stepCaption: (n: number, total: number, title: string) => string;
	showMe: string;
	checkPassed: string;
	checkPending: string;
	stepDone: string;
	allDone: string;
	progressSaved: string;
	// Print
	storyboard: (title: string) => string;
	start: string;
	// Announcements
	announceRan: (command: string) => string;
	announceStep: (n: number) => string;
	moreChanges: (n: number) => string;
	applyLabel: (title: string) => string;
}

const en: PlaygroundStrings = {
	region: (title) => `Cluster playground: ${title}`,
	scenario: 'Scenario',
	loading: 'Starting the simulated cluster…',
	loadFailed: 'The playground could not start. The starting state above is still accurate.',
	staticNote: 'The starting state, computed when this page was built. The playground starts when you reach it.',
	nodes: 'Nodes',
	node: 'Node',
	unscheduled: 'Not scheduled yet',
	ready: 'Ready',
	notReady: 'NotReady',
	unknown: 'Unknown (not reporting)',
	cordoned: 'SchedulingDisabled',
	noPods: 'no Pods',
	controllers: 'Controllers',
	services: 'Services',
	selector: 'selector',
	desired: 'desired',
	current: 'current',
	readyCount: 'ready',
	endpoints: 'endpoints',
	noEndpoints: 'no endpoints',
	notReadyEndpoint: 'not ready',
	restarts: (n) => (n === 1 ? '1 restart' : `${n} restarts`),
	ownedBy: (kind, name) => `owned by ${kind} ${name}`,
	orphan: 'orphan: no controller',
	bare: 'bare Pod: no controller',
	terminating: 'Terminating',
	labels: 'labels',
	clock: 'Simulated clock',
	play: 'Play',
	pause: 'Pause',
	step: 'Step 1 s',
	speed: 'Speed',
	reset: 'Reset',
	time: (elapsed) => `Simulated time +${elapsed}`,
	inspector: 'Selected object',
	selectHint: 'Select a node, Pod or controller to change it. Every change runs the kubectl command shown in the terminal.',
	podTitle: (name) => `Pod ${name}`,
	nodeTitle: (name) => `Node ${name}`,
	controllerTitle: (kind, name) => `${kind} ${name}`,
	removeLabel: (key) => `Remove label ${key}`,
	addLabel: 'Add or change a label (key=value)',
	addLabelHint: 'For example env=prod',
	apply: 'Apply',
	deletePod: 'Delete Pod',
	makeUnhealthy: 'Make the app unhealthy',
	makeHealthy: 'Make the app healthy',
	crash: 'Crash the app',
	failNode: 'Fail node (stops reporting)',
	recoverNode: 'Recover node',
	replicas: 'Replicas',
	setReplicas: 'Scale',
	templateImage: 'Template image',
	setImage: 'Change template',
	selectorAndTemplate: 'Selector and template labels (key=value,…)',
	setSelector: 'Change selector',
	selectorHint: 'The API server rejects a selector that does not match the template labels.',
	close: 'Close',
	terminal: 'Terminal',
	command: 'Command',
	run: 'Run',
	terminalHint: 'kubectl, sleep and sim commands. Up and Down recall history; Tab completes names.',
	completions: (list) => `Completions: ${list}`,
	events: 'Events',
	explanations: 'What the control plane did',
	noEvents: 'No events yet.',
	derived: 'seen in the objects (no Event is recorded for this)',
	steps: 'Try it',
	stepN: (n, total) => `Step ${n} of ${total}`,
	stepCaption: (n, total, title) => `Step ${n} of ${total}: ${title}`,
	showMe: 'Show me',
	checkPassed: 'done',
	checkPending: 'not yet',
	stepDone: 'Step done.',
	allDone: 'All steps done.',
	progressSaved: 'Saved to your progress in this browser.',
	storyboard: (title) => `Storyboard: ${title}`,
	start: 'Start',
	announceRan: (command) => `Ran ${command}`,
	announceStep: (n) => `Step ${n} done.`,
	moreChanges: (n) => `And ${n} more changes.`,
	applyLabel: (title) => `cluster playground “${title}”`,
};

const zh: PlaygroundStrings = {
	region: (title) => `集群演练场：${title}`,
	scenario: '场景',
	loading: '正在启动模拟集群…',
	loadFailed: '演练场未能启动。上面的初始状态仍然准确。',
	staticNote: '这是构建本页时计算出的初始状态。滚动到这里时演练场会自动启动。',
	nodes: '节点',
	node: '节点',
	unscheduled: '尚未调度',
	ready: 'Ready',
	notReady: 'NotReady',
	unknown: 'Unknown（不再上报状态）',
	cordoned: 'SchedulingDisabled',
	noPods: '没有 Pod',
	controllers: '控制器',
	services: 'Service',
	selector: '选择算符',
	desired: '期望',
	current: '当前',
	readyCount: '就绪',
	endpoints: '端点',
	noEndpoints: '没有端点',
	notReadyEndpoint: '未就绪',
	restarts: (n) => `重启 ${n} 次`,
	ownedBy: (kind, name) => `属主：${kind} ${name}`,
	orphan: '孤立：没有控制器',
	bare: '独立 Pod：没有控制器',
	terminating: 'Terminating',
	labels: '标签',
	clock: '模拟时钟',
	play: '运行',
	pause: '暂停',
	step: '前进 1 秒',
	speed: '速度',
	reset: '重置',
	time: (elapsed) => `模拟时间 +${elapsed}`,
	inspector: '选中的对象',
	selectHint: '选择一个节点、Pod 或控制器来修改它。每次修改都会运行终端里显示的 kubectl 命令。',
	podTitle: (name) => `Pod ${name}`,
	nodeTitle: (name) => `节点 ${name}`,
	controllerTitle: (kind, name) => `${kind} ${name}`,
	removeLabel: (key) => `删除标签 ${key}`,
	addLabel: '添加或修改标签（key=value）',
	addLabelHint: '例如 env=prod',
	apply: '应用',
	deletePod: '删除 Pod',
	makeUnhealthy: '让应用变得不健康',
	makeHealthy: '让应用恢复健康',
	crash: '让应用崩溃',
	failNode: '让节点失效（停止上报）',
	recoverNode: '恢复节点',
	replicas: '副本数',
	setReplicas: '扩缩',
	templateImage: '模板中的镜像',
	setImage: '修改模板',
	selectorAndTemplate: '选择算符与模板标签（key=value,…）',
	setSelector: '修改选择算符',
	selectorHint: '选择算符与模板标签不匹配时，API 服务器会拒绝这次修改。',
	close: '关闭',
	terminal: '终端',
	command: '命令',
	run: '运行',
	terminalHint: '可以运行 kubectl、sleep 和 sim 命令。上下方向键调出历史命令，Tab 键补全名称。',
	completions: (list) => `可选补全：${list}`,
	events: '事件',
	explanations: '控制平面做了什么',
	noEvents: '还没有事件。',
	derived: '从对象的变化中看出（不会为此记录 Event）',
	steps: '动手试试',
	stepN: (n, total) => `第 ${n} 步，共 ${total} 步`,
	stepCaption: (n, total, title) => `第 ${n} 步（共 ${total} 步）：${title}`,
	showMe: '演示给我看',
	checkPassed: '已完成',
	checkPending: '未完成',
	stepDone: '这一步完成了。',
	allDone: '所有步骤都完成了。',
	progressSaved: '已记录到此浏览器中的学习进度。',
	storyboard: (title) => `分镜：${title}`,
	start: '开始',
	announceRan: (command) => `已运行 ${command}`,
	announceStep: (n) => `第 ${n} 步完成。`,
	moreChanges: (n) => `另有 ${n} 项变化。`,
	applyLabel: (title) => `集群演练场“${title}”`,
};

export const STRINGS: Record<Lang, PlaygroundStrings> = { en, 'zh-CN': zh };

/** `1m 05s`-style elapsed time since the scenario's start, for the clock readout. */
export function elapsed(ms: number): string {
	const s = Math.max(0, Math.round(ms / 1000));
	if (s < 60) return `${s}s`;
	const m = Math.floor(s / 60);
	if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
	return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
