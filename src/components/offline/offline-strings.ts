/** The whole-course offline choice's UI strings, by page language. */
export const OFFLINE_STRINGS = {
	en: {
		heading: 'Use the course offline',
		intro:
			'After your first visit, every lesson in both languages reads without a network. The manifest editor, search, the print books and the PDFs are kept once you use them, or all at once here.',
		offer: (size: string) => `Make the whole course available offline (${size})`,
		update: (size: string) => `Update the offline copy (${size} to download)`,
		remove: 'Remove the offline copy',
		progress: 'Download progress',
		started: (size: string) => `Downloading the whole course (${size})…`,
		step: (stored: string, total: string) => `${stored} of ${total} downloaded`,
		done: (size: string) => `The whole course is available offline (${size}): the editor, search, the print books and the PDFs work without a network.`,
		outdated: 'The course has changed since it was downloaded: update the offline copy to get the new version.',
		removed: 'The offline copy is removed. Every lesson still reads offline.',
		failed: {
			offline: 'The download stopped: this device is offline or the site cannot be reached. Connect and try again; what was downloaded is kept.',
			quota: 'The download stopped: the browser has no room to store the course. Free some space (or leave private browsing) and try again.',
			server: 'The download stopped: the site has changed since this page was opened. Reload the page and try again.',
		},
	},
	'zh-CN': {
		heading: '离线使用课程',
		intro: '首次访问后，中英文的所有课程页面都无需联网即可阅读。清单编辑器、搜索、打印版手册和 PDF 在你第一次使用时保存，也可以在这里一次性下载。',
		offer: (size: string) => `下载整个课程供离线使用（${size}）`,
		update: (size: string) => `更新离线副本（需下载 ${size}）`,
		remove: '删除离线副本',
		progress: '下载进度',
		started: (size: string) => `正在下载整个课程（${size}）……`,
		step: (stored: string, total: string) => `已下载 ${stored}，共 ${total}`,
		done: (size: string) => `整个课程已可离线使用（${size}）：编辑器、搜索、打印版手册和 PDF 无需联网即可使用。`,
		outdated: '下载之后课程已有更新：请更新离线副本以获取新版本。',
		removed: '离线副本已删除。所有课程页面仍可离线阅读。',
		failed: {
			offline: '下载已中断：设备未联网或无法访问本站。请联网后重试，已下载的部分会保留。',
			quota: '下载已中断：浏览器没有足够的空间保存课程。请清理存储空间（或退出无痕模式）后重试。',
			server: '下载已中断：打开本页后网站已经更新。请刷新页面后重试。',
		},
	},
} as const;

export type OfflineStrings = (typeof OFFLINE_STRINGS)[keyof typeof OFFLINE_STRINGS];

export function offlineStrings(lang: string): OfflineStrings {
	return lang.toLowerCase().startsWith('zh') ? OFFLINE_STRINGS['zh-CN'] : OFFLINE_STRINGS.en;
}
