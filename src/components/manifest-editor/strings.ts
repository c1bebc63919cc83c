// The editor's UI strings. Chinese follows the official Chinese Kubernetes docs: kind names (Pod,
// Service…) and kube-apiserver stay in English; "清单" for manifest, "字段" for field.
import type { Lang } from '../../lib/validate/index.ts';

export type { Lang };

export interface EditorStrings {
	editHint: string;
	editorLabel: (title: string) => string;
	loading: string;
	loadFailed: string;
	reset: string;
	copy: string;
	copied: string;
	copyFailed: string;
	download: string;
	format: string;
	formatFailed: string;
	apply: string;
	applying: string;
	/** Before the story of what the cluster did with an applied manifest. */
	inTheCluster: string;
	/** Opens the playground over the page to watch what follows. */
	showLab: string;
	tabMovesFocus: string;
	tabHint: (shortcut: string) => string;
	plainText: string;
	actions: string;
	checking: string;
	valid: (kind: string, version: string) => string;
	validMany: (count: number, version: string) => string;
	counts: (errors: number, warnings: number, advice: number) => string;
	noObjects: string;
	expectedKind: (expected: string, found: string) => string;
	tooLarge: (kb: number, limitKb: number) => string;
	timedOut: string;
	workerFailed: string;
	savedRestored: string;
	storageFull: string;
	storageUnavailable: string;
	problems: string;
	severity: Record<'error' | 'warning' | 'info', string>;
	line: (line: number, column: number) => string;
	apiSays: string;
	/** Text of the link from a problem to the lesson section that explains it (descriptive: SEO and screen readers list links out of context). */
	learnMore: string;
	task: string;
	checkPassed: string;
	checkFailed: string;
	exerciseDone: string;
	resetProgress: string;
	/** Hover and completion documentation of a field: its mark when the API server requires it, and the heading of its allowed values. */
	fieldDocs: { required: string; values: (list: string) => string };
}

const en: EditorStrings = {
	editHint: 'Click or focus the manifest to edit it; it is checked as you type.',
	editorLabel: (title) => `Manifest editor: ${title}`,
	loading: 'Loading the editor…',
	loadFailed: 'The editor could not load. The plain text editor still works.',
	reset: 'Reset',
	copy: 'Copy',
	copied: 'Copied to the clipboard.',
	copyFailed: 'The browser refused the clipboard; select the text and copy it instead.',
	download: 'Download',
	format: 'Format',
	formatFailed: 'Fix the YAML syntax errors first; formatting needs a document that parses.',
	apply: 'Apply to the cluster',
	applying: 'Applying…',
	inTheCluster: 'In the cluster:',
	showLab: 'Watch it in the lab',
	tabMovesFocus: 'Tab moves focus',
	tabHint: (shortcut) =>
		`In the editor Tab indents. Press ${shortcut} or switch on "Tab moves focus" to leave it with Tab.`,
	plainText: 'Plain text editor',
	actions: 'Manifest actions',
	checking: 'Checking…',
	valid: (kind, version) => `Valid ${kind}: kube-apiserver v${version} would accept it.`,
	validMany: (count, version) => `All ${count} objects are valid: kube-apiserver v${version} would accept them.`,
	counts: (errors, warnings, advice) =>
		[
			errors && `${errors} ${errors === 1 ? 'error' : 'errors'}: kube-apiserver would reject it`,
			warnings && `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
			advice && `${advice} ${advice === 1 ? 'tip' : 'tips'}`,
		]
			.filter(Boolean)
			.join(', ') + '.',
	noObjects: 'The manifest is empty: write at least one object.',
	expectedKind: (expected, found) => `This exercise expects a ${expected}; the manifest holds ${found || 'no kind'}.`,
	tooLarge: (kb, limitKb) =>
		`The text is ${kb} KB, more than the ${limitKb} KB checked while you type. It is kept, but not checked until it is shorter.`,
	timedOut: 'Checking took too long and was stopped. Edit the manifest to check again.',
	workerFailed: 'The checker stopped unexpectedly. Edit the manifest to check again.',
	savedRestored: 'Your earlier edits were restored from this browser. Reset brings back the lesson’s manifest.',
	storageFull: 'Browser storage is full: your edits stay here but will not survive a reload. Download them to keep them.',
	storageUnavailable: 'This browser does not allow saving: your edits will not survive a reload.',
	problems: 'Problems',
	severity: { error: 'Error', warning: 'Warning', info: 'Tip' },
	line: (line, column) => `line ${line}, column ${column}`,
	apiSays: 'kube-apiserver:',
	learnMore: 'Read about this rule in the lesson',
	task: 'Exercise',
	checkPassed: 'done',
	checkFailed: 'not yet',
	exerciseDone: 'Exercise complete: well done! Your progress is saved in this browser.',
	resetProgress: 'Reset progress',
	fieldDocs: { required: 'required', values: (list) => `Possible values: ${list}` },
};

const zhCN: EditorStrings = {
	editHint: '点击清单或让它获得焦点即可编辑，输入时会自动检查。',
	editorLabel: (title) => `清单编辑器：${title}`,
	loading: '正在加载编辑器…',
	loadFailed: '编辑器加载失败。纯文本编辑器仍然可用。',
	reset: '重置',
	copy: '复制',
	copied: '已复制到剪贴板。',
	copyFailed: '浏览器拒绝访问剪贴板，请选中文本后手动复制。',
	download: '下载',
	format: '格式化',
	formatFailed: '请先修正 YAML 语法错误：只有能解析的文档才能格式化。',
	apply: '应用到集群',
	applying: '正在应用…',
	inTheCluster: '集群中：',
	showLab: '在演练场中观看',
	tabMovesFocus: 'Tab 键移动焦点',
	tabHint: (shortcut) => `在编辑器中 Tab 键用于缩进。按 ${shortcut} 或打开“Tab 键移动焦点”开关，即可用 Tab 键离开编辑器。`,
	plainText: '纯文本编辑器',
	actions: '清单操作',
	checking: '正在检查…',
	valid: (kind, version) => `有效的 ${kind}：kube-apiserver v${version} 会接受它。`,
	validMany: (count, version) => `全部 ${count} 个对象均有效：kube-apiserver v${version} 会接受它们。`,
	counts: (errors, warnings, advice) =>
		[
			errors && `${errors} 个错误，kube-apiserver 会拒绝它`,
			warnings && `${warnings} 个警告`,
			advice && `${advice} 条建议`,
		]
			.filter(Boolean)
			.join('；') + '。',
	noObjects: '清单是空的：请至少写一个对象。',
	expectedKind: (expected, found) => `本练习需要一个 ${expected}，而清单中是${found ? ` ${found}` : '没有 kind 的对象'}。`,
	tooLarge: (kb, limitKb) => `文本有 ${kb} KB，超过了输入时检查的上限 ${limitKb} KB。文本会保留，但在缩短之前不会检查。`,
	timedOut: '检查耗时过长，已停止。修改清单后会重新检查。',
	workerFailed: '检查程序意外停止。修改清单后会重新检查。',
	savedRestored: '已从本浏览器恢复你之前的修改。点击“重置”可恢复课程中的清单。',
	storageFull: '浏览器存储空间已满：修改仍在编辑器中，但刷新页面后会丢失。请下载保存。',
	storageUnavailable: '此浏览器不允许保存数据：刷新页面后修改会丢失。',
	problems: '问题',
	severity: { error: '错误', warning: '警告', info: '建议' },
	line: (line, column) => `第 ${line} 行，第 ${column} 列`,
	apiSays: 'kube-apiserver：',
	learnMore: '在课程中阅读这条规则的讲解',
	task: '练习',
	checkPassed: '已完成',
	checkFailed: '未完成',
	exerciseDone: '练习完成，做得好！进度已保存在本浏览器中。',
	resetProgress: '重置进度',
	fieldDocs: { required: '必需', values: (list) => `可选值：${list}` },
};

export const STRINGS: Record<Lang, EditorStrings> = { en, 'zh-CN': zhCN };

/** The page language as the validator names it (`<html lang>`: `en` or `zh-CN`). */
export { langOf } from '../../lib/shared/lang.ts';
