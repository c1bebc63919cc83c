// Monaco's stylesheets, added to the page by the Monaco chunk itself when it loads (see vite-plugin.mjs):
// one <style> element that grows as Monaco's modules evaluate.
let sheet: HTMLStyleElement | undefined;

export function addStyle(css: string): void {
	sheet ??= document.head.appendChild(Object.assign(document.createElement('style'), { id: 'kube-classroom-monaco' }));
	sheet.append(css);
}
