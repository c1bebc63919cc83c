// The cluster playground in real Chromium, on the lessons that use it: relabel, scale, node failure,
// probe failure, the terminal, keyboard-only use, both languages and an axe check with it running.
import axe from 'axe-core';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoErrors, fetchedScripts, openPage, siteUrl, startPlayground, useBrowser, type TrackedPage } from './support.ts';

const browser = useBrowser();

/** Opens a lesson, starts its playground as a reader does and waits until the simulator runs. */
async function openPlayground(path: string): Promise<{ tracked: TrackedPage; page: Page; pg: Locator }> {
	const tracked = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
	const { page } = tracked;
	await page.goto(siteUrl(path));
	const pg = page.locator('kc-cluster-playground').first();
	await startPlayground(pg);
	return { tracked, page, pg };
}

/** Polls `read` until `accept` holds (the simulated clock runs in real time). */
async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeout = 20_000): Promise<T> {
	const end = Date.now() + timeout;
	let value = await read();
	while (!accept(value)) {
		if (Date.now() > end) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
		await new Promise((r) => setTimeout(r, 100));
		value = await read();
	}
	return value;
}

const podButtons = (pg: Locator) => pg.locator('.kc-pg-cluster button.kc-pg-pod');
const podNames = (pg: Locator) => pg.locator('.kc-pg-cluster .kc-pg-pod-name').allTextContents();
const controllerText = (pg: Locator) => pg.locator('.kc-pg-cluster .kc-pg-ctrl').first().innerText();
const pod = (pg: Locator, name: string) => pg.locator('.kc-pg-cluster button.kc-pg-pod', { has: pg.page().locator('.kc-pg-pod-name', { hasText: new RegExp(`^${name}$`) }) });

/** The terminal's input: xterm.js's textarea, labelled as the command box was, once xterm.js has loaded. */
async function terminalInput(pg: Locator): Promise<Locator> {
	await pg.locator('.kc-pg-terminal[data-terminal="xterm"]').waitFor({ timeout: 20_000 });
	return pg.getByRole('textbox', { name: /^Command$|^命令$/ });
}

/** Types into the terminal as a reader does, key by key. */
async function typeInTerminal(pg: Locator, text: string): Promise<void> {
	await (await terminalInput(pg)).focus();
	await pg.page().keyboard.type(text);
}

async function runCommand(pg: Locator, command: string): Promise<void> {
	await typeInTerminal(pg, command);
	await pg.page().keyboard.press('Enter');
}

/** Pastes `text` into the terminal, as the browser delivers a paste from the clipboard. */
async function pasteInTerminal(pg: Locator, text: string): Promise<void> {
	const input = await terminalInput(pg);
	await input.focus();
	await input.evaluate((el, pasted) => {
		const clipboardData = new DataTransfer();
		clipboardData.setData('text/plain', pasted);
		el.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
	}, text);
}

/** The terminal's screen, as its screen-reader rows read it (xterm.js's accessibility tree), without empty rows. */
const screenRows = async (pg: Locator): Promise<string[]> =>
	(await pg.locator('.xterm-accessibility-tree').innerText())
		.split('\n')
		.map((row) => row.replace(/\s+$/, ''))
		.filter((row) => row !== '');
/** What axe finds wrong in the playgrounds on `page`: each rule, with the elements it flags. */
async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ content: axe.source });
	return page.evaluate(async () => (await (window as unknown as { axe: typeof axe }).axe.run('kc-cluster-playground', { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
}

/** The line at the prompt: the screen's last row. */
const promptLine = async (pg: Locator): Promise<string> => (await screenRows(pg)).at(-1) ?? '';

describe('the ReplicationController lesson', () => {
	test('starts from the static state rendered at build time, then goes live with the same Pods', async () => {
		const tracked = await openPage(browser());
		await tracked.page.goto(siteUrl('lessons/replication-controllers/'));
		const pg = tracked.page.locator('kc-cluster-playground').first();
		const staticNames = await podNames(pg);
		expect(staticNames).toHaveLength(3);
		// The storyboard is drawn in the print book only; printing the lesson says where to find it.
		expect(await pg.locator('.kc-pg-storyboard').count()).toBe(0);
		expect(await pg.locator('.kc-pg-book-note a').getAttribute('href')).toMatch(/\/print\/#replication-controllers$/);
		await startPlayground(pg);
		expect((await podNames(pg)).sort()).toEqual([...staticNames].sort());
		expectNoErrors(tracked);
		await tracked.page.context().close();
	});

	test('the print book draws its storyboard, a figure per step', async () => {
		const tracked = await openPage(browser());
		await tracked.page.goto(siteUrl('print/'));
		const pg = tracked.page.locator('[data-kc-lesson="replication-controllers"] kc-cluster-playground').first();
		expect(await pg.locator('.kc-pg-storyboard figure').count()).toBe(5);
		expect(await pg.locator('.kc-pg-book-note').count()).toBe(0);
		await tracked.page.context().close();
	});

	test('relabelling a Pod: the RC releases it as an orphan and creates a replacement', async () => {
		const { tracked, page, pg } = await openPlayground('lessons/replication-controllers/');
		const [victim] = await podNames(pg);
		await pod(pg, victim!).click();
		const label = pg.getByRole('textbox', { name: /Add or change a label/ });
		await label.fill('app=debug');
		await label.press('Enter');
		await until(() => podNames(pg), (names) => names.length === 4);
		await expect(pod(pg, victim!).innerText()).resolves.toContain('orphan: no controller');
		await expect(pod(pg, victim!).innerText()).resolves.toContain('app=debug');
		await until(() => controllerText(pg), (text) => /current 3 · ready 3/.test(text) && !text.includes(victim!));
		const output = await pg.locator('[data-output]').innerText();
		expect(output).toContain(`$ kubectl label pod ${victim} app=debug --overwrite\npod/${victim} labeled`);
		await until(() => pg.locator('[data-events]').innerText(), (text) => text.includes(`releases ${victim}: its labels no longer match app=web`));
		await expect(pg.locator('[data-events]').innerText()).resolves.toMatch(/sees 2 of 3 Pods matching app=web and creates web-[a-z0-9]{5}/);
		// Step 4's first check ("a Pod the controller made is now an orphan") now passes.
		await expect(pg.locator('[data-step="3"] .kc-pg-checks li').first().getAttribute('data-passed')).resolves.toBe('true');
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('at 1× the replacement visibly passes Pending, ContainerCreating and Running, and a deleted Pod shows Terminating', async () => {
		const { tracked, page, pg } = await openPlayground('lessons/replication-controllers/');
		// Every status each Pod shows, read from the page as it changes (a MutationObserver), not timed.
		await pg.evaluate((root) => {
			const seen: Record<string, string[]> = {};
			(window as unknown as { kcSeen: typeof seen }).kcSeen = seen;
			const record = (): void => {
				for (const button of root.querySelectorAll('.kc-pg-cluster button.kc-pg-pod')) {
					const name = button.querySelector('.kc-pg-pod-name')?.textContent ?? '';
					const status = button.querySelector('.kc-pg-status')?.textContent ?? '';
					const list = (seen[name] ??= []);
					if (list.at(-1) !== status) list.push(status);
				}
			};
			record();
			new MutationObserver(record).observe(root, { subtree: true, childList: true, characterData: true });
		});
		const before = await podNames(pg);
		const victim = before[0]!;
		await runCommand(pg, `kubectl delete pod ${victim} --wait=false`);
		const seen = () => page.evaluate(() => (window as unknown as { kcSeen: Record<string, string[]> }).kcSeen);
		const replacement = (s: Record<string, string[]>) => Object.keys(s).find((name) => !before.includes(name));
		const final = await until(seen, (s) => {
			const name = replacement(s);
			return name !== undefined && s[name]!.at(-1) === 'Running';
		});
		expect(final[replacement(final)!]).toEqual(['Pending', 'ContainerCreating', 'Running']);
		expect(final[victim]).toContain('Terminating');
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('step mode: “Next” runs to the next thing a component does, and the why panel says what it saw, from the keyboard', async () => {
		const { tracked, page, pg } = await openPlayground('lessons/replication-controllers/');
		const [victim] = await podNames(pg);
		// Paused, a command's write waits: the controllers react only when the learner moves time.
		await pg.getByRole('button', { name: 'Pause' }).focus();
		await page.keyboard.press('Enter');
		await runCommand(pg, `kubectl label pod ${victim} app=debug --overwrite`);
		await page.waitForTimeout(500);
		expect(await podNames(pg)).toHaveLength(3);
		const next = pg.getByRole('button', { name: 'Next' });
		await next.focus();
		await page.keyboard.press('Enter');
		// The first step is the controller's own decision.
		await expect(pg.getByRole('button', { name: 'Play' }).count()).resolves.toBe(1);
		const why = pg.getByRole('region', { name: /^Why/ });
		await until(() => why.innerText(), (text) => text.includes('The ReplicationController manager'));
		const first = await why.innerText();
		expect(first).toMatch(/wants 3 Pods matching app=web and counts 2 active/);
		expect(first).toContain(`It released ${victim}: its labels no longer match app=web`);
		expect(first).toMatch(/1 too few, so it created web-[a-z0-9]{5} from its template/);
		expect(first).toMatch(/SuccessfulCreate: Created pod: web-[a-z0-9]{5}/);
		const created = /created (web-[a-z0-9]{5})/.exec(first)![1]!;
		// Press on (Space this time) until the scheduler has bound the new Pod: every node with its scores.
		let text = first;
		for (let i = 0; i < 5 && !text.includes('The scheduler'); i++) {
			const before = text;
			await page.keyboard.press('Space');
			text = await until(() => why.innerText(), (t) => t !== before);
		}
		expect(text).toContain(`It looked for a node for ${created}: 3 nodes`);
		expect(text).toMatch(/node-1: passed; score NodeResourcesFit \d+ \+ PodTopologySpread \d+ × 2 = \d+\./);
		expect(text).toMatch(new RegExp(`It bound ${created} to node-\\d`));
		// Then the kubelet: its status writes, each a step, until the Pod runs.
		for (let i = 0; i < 8 && !/kubectl now shows it as Running/.test(text); i++) {
			const before = text;
			await page.keyboard.press('Enter');
			text = await until(() => why.innerText(), (t) => t !== before);
		}
		expect(text).toMatch(new RegExp(`The kubelet on node-\\d wrote ${created}’s status; kubectl now shows it as Running`));
		expect(text).toContain('Started: Started container web');
		expect(await pod(pg, created).locator('.kc-pg-status').innerText()).toBe('Running');
		await page.addScriptTag({ content: axe.source });
		const violations = await page.evaluate(async () => {
			const result = await (window as unknown as { axe: typeof axe }).axe.run('kc-cluster-playground', { resultTypes: ['violations'] });
			return result.violations.map((v) => v.id);
		});
		expect(violations).toEqual([]);
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('full screen: at 1280×800 the cluster, the terminal and the story share one screen while the terminal has focus; Escape returns', async () => {
		const tracked = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
		const { page } = tracked;
		await page.goto(siteUrl('lessons/replication-controllers/'));
		const pg = page.locator('kc-cluster-playground').first();
		await startPlayground(pg);
		const wide = pg.getByRole('button', { name: 'Full screen' });
		await wide.focus();
		await page.keyboard.press('Enter');
		const input = await terminalInput(pg);
		await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		const inView = async (selector: string) => {
			const box = (await pg.locator(selector).first().boundingBox())!;
			return box.y >= 0 && box.y + Math.min(box.height, 40) <= 800 && box.x >= 0 && box.x + box.width <= 1280;
		};
		for (const part of ['.kc-pg-toolbar', '.kc-pg-cluster .kc-pg-node', '.kc-pg-xterm', '.kc-pg-event-list li']) expect(await inView(part), part).toBe(true);
		// A command typed there shows its effect on the same screen.
		await runCommand(pg, 'kubectl scale rc web --replicas=4');
		await until(() => podNames(pg), (names) => names.length === 4);
		expect(await inView('.kc-pg-cluster .kc-pg-pod')).toBe(true);
		await expect(axeViolations(page)).resolves.toEqual([]);
		await page.keyboard.press('Escape');
		await expect(pg.getAttribute('data-wide')).resolves.toBeNull();
		await expect(pg.getByRole('button', { name: 'Full screen' }).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('full screen on a 390×844 phone: one pane at a time, a tap apart, nothing wider than the screen, targets at least 24 px', async () => {
		const tracked = await openPage(browser(), { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const { page } = tracked;
		await page.goto(siteUrl('zh-cn/lessons/replication-controllers/'));
		const pg = page.locator('kc-cluster-playground').first();
		await startPlayground(pg);
		await pg.getByRole('button', { name: '全屏' }).tap();
		const cluster = pg.locator('.kc-pg-cluster');
		const terminal = pg.locator('.kc-pg-xterm');
		await expect(cluster.isVisible()).resolves.toBe(true);
		await expect(terminal.isVisible()).resolves.toBe(false);
		await pg.getByRole('button', { name: '终端和事件' }).tap();
		await expect(terminal.isVisible()).resolves.toBe(true);
		await expect(cluster.isVisible()).resolves.toBe(false);
		await expect(pg.getByRole('button', { name: '终端和事件' }).getAttribute('aria-pressed')).resolves.toBe('true');
		// Nothing in the lab is wider than the screen, and its controls are big enough to tap.
		const report = await pg.evaluate((root) => {
			// Content inside a box that scrolls sideways (the terminal's 80 columns) is not wider than the screen; the box must not be.
			const scrolledIn = (el: HTMLElement): boolean => {
				for (let box = el.parentElement; box && box !== root; box = box.parentElement) {
					if (getComputedStyle(box).overflowX !== 'visible') return box.getBoundingClientRect().right <= window.innerWidth + 0.5;
				}
				return false;
			};
			const wide = [...root.querySelectorAll<HTMLElement>('*')]
				.filter((el) => el.offsetParent !== null && el.getBoundingClientRect().right > window.innerWidth + 0.5 && !scrolledIn(el))
				.map((el) => el.className || el.tagName);
			const small = [...root.querySelectorAll<HTMLElement>('button, select, input')]
				.filter((el) => el.offsetParent !== null)
				.filter((el) => {
					const r = el.getBoundingClientRect();
					return r.width < 24 || r.height < 24;
				})
				.map((el) => el.textContent || el.className);
			return { wide, small };
		});
		expect(report).toEqual({ wide: [], small: [] });
		// The terminal keeps kubectl's 80 columns and scrolls sideways; tapping it gives it the focus (the soft keyboard).
		await expect(terminal.evaluate((el) => el.scrollWidth > el.clientWidth && getComputedStyle(el).overflowX === 'auto')).resolves.toBe(true);
		await terminal.tap();
		await expect(pg.getByRole('textbox', { name: '命令' }).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('kubectl get -w streams a row per change until Ctrl+C; watch redraws; a new command ends either', async () => {
		const { tracked, page, pg } = await openPlayground('lessons/replication-controllers/');
		const output = () => pg.locator('[data-output]').innerText();
		await runCommand(pg, 'kubectl get pods -w');
		await until(output, (text) => /\$ kubectl get pods -w\nNAME +READY +STATUS +RESTARTS +AGE\n(web-\S+ +1\/1 +Running .*\n){3}$/.test(text));
		await pg.getByRole('combobox', { name: 'Speed' }).selectOption('5');
		const control = await terminalInput(pg);
		// Scaling from the inspector runs beside the stream, as in a second terminal: the new Pod's rows appear as it starts.
		await pg.locator('.kc-pg-cluster .kc-pg-ctrl').first().click();
		const replicas = pg.getByRole('spinbutton', { name: 'Replicas' });
		await replicas.fill('4');
		await pg.getByRole('button', { name: 'Scale' }).click();
		const streamed = await until(output, (text) => /\n(web-\S+) +1\/1 +Running +0 +\S+\n(.*\n)*$/.test(text.split('$ kubectl scale')[1] ?? '') && /ContainerCreating/.test(text.split('$ kubectl scale')[1] ?? ''), 30_000);
		// Rows only, no second header.
		expect(streamed.match(/NAME +READY/g)).toHaveLength(1);
		await control.focus();
		await page.keyboard.press('Control+c');
		await until(output, (text) => text.endsWith('^C\n'));
		const stopped = await output();
		await replicas.fill('2');
		await pg.getByRole('button', { name: 'Scale' }).click();
		await page.waitForTimeout(1500);
		expect((await output()).startsWith(stopped)).toBe(true);
		expect((await output()).slice(stopped.length)).not.toMatch(/^web-\S+ +\d\/1 /m);
		// watch: the latest output only, under its header; the next command stops it.
		await runCommand(pg, 'watch kubectl get rc web');
		await until(output, (text) => /\$ watch kubectl get rc web\nEvery 2\.0s: kubectl get rc web\n\nNAME +DESIRED +CURRENT +READY +AGE\nweb +2 +/.test(text));
		await runCommand(pg, 'kubectl get rc');
		await until(output, (text) => /\^C\n\$ kubectl get rc\nNAME/.test(text));
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('scaling through the controller panel creates and then deletes Pods', async () => {
		const { tracked, page, pg } = await openPlayground('lessons/replication-controllers/');
		await pg.getByRole('combobox', { name: 'Speed' }).selectOption('10');
		await pg.locator('.kc-pg-cluster .kc-pg-ctrl').first().click();
		const replicas = pg.getByRole('spinbutton', { name: 'Replicas' });
		await replicas.fill('5');
		await pg.getByRole('button', { name: 'Scale' }).click();
		await until(() => controllerText(pg), (text) => /desired 5 · current 5 · ready 5/.test(text));
		expect(await podButtons(pg).count()).toBe(5);
		await expect(pg.locator('[data-step="1"]').getAttribute('data-passed')).resolves.toBe('true');
		await replicas.fill('2');
		await replicas.press('Enter');
		await until(() => podNames(pg), (names) => names.length === 2, 30_000);
		await expect(pg.locator('[data-output]').innerText()).resolves.toContain('$ kubectl scale rc web --replicas=2\nreplicationcontroller/web scaled');
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('a failed node turns Unknown and, after the toleration, its Pods are replaced on other nodes', async () => {
		const { tracked, page, pg } = await openPlayground('lessons/replication-controllers/');
		const node1 = pg.locator('.kc-pg-node[data-key="node-1"]');
		const before = await node1.locator('.kc-pg-pod-name').allTextContents();
		await node1.getByRole('button', { name: /^node-1/ }).click();
		await pg.getByRole('button', { name: 'Fail node (stops reporting)' }).click();
		await pg.getByRole('combobox', { name: 'Speed' }).selectOption('30');
		await until(() => node1.getAttribute('data-ready'), (ready) => ready === 'Unknown');
		await expect(node1.locator('.kc-pg-node-state').innerText()).resolves.toBe('Unknown (not reporting)');
		// 300 s of NoExecute toleration pass in about 10 s at 30×.
		// The evicted Pods stay Terminating on the unreachable node (its kubelet cannot confirm); the RC
		// no longer counts them and runs three Pods elsewhere.
		const running = pg.locator('.kc-pg-node:not([data-key="node-1"]) .kc-pg-pod[data-phase="running"]');
		await until(() => running.count(), (n) => n === 3, 40_000);
		for (const name of before) await expect(pod(pg, name).getAttribute('data-phase')).resolves.toBe('terminating');
		await expect(controllerText(pg)).resolves.toMatch(/desired 3 · current 3 · ready 3/);
		await expect(pg.locator('[data-events]').innerText()).resolves.toContain('marks node-1 NotReady');
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('the terminal prints kubectl output, recalls history and completes names', async () => {
		const { tracked, page, pg } = await openPlayground('lessons/replication-controllers/');
		const output = pg.locator('[data-output]');
		// kubectl explain fetches its field documentation the first time it runs.
		await runCommand(pg, 'kubectl explain pod.spec.nodeName');
		await until(() => output.innerText(), (text) => /\$ kubectl explain pod\.spec\.nodeName\nKIND: {7}Pod\nVERSION: {4}v1\n\nFIELD: nodeName <string>\n\nDESCRIPTION:\n {4}NodeName /.test(text));
		// So does `kubectl get`, its code.
		await runCommand(pg, 'kubectl get rc web');
		await until(() => output.innerText(), (text) => /\$ kubectl get rc web\nNAME\s+DESIRED\s+CURRENT\s+READY\s+AGE\nweb\s+3\s+3\s+3\s+\d+s/.test(text));
		await runCommand(pg, 'kubectl get pod nope');
		await until(() => output.innerText(), (text) => text.includes('Error from server (NotFound): pods "nope" not found'));
		const input = await terminalInput(pg);
		await until(() => promptLine(pg), (line) => line === '$');
		await page.keyboard.press('ArrowUp');
		await until(() => promptLine(pg), (line) => line === '$ kubectl get pod nope');
		await page.keyboard.press('ArrowUp');
		await until(() => promptLine(pg), (line) => line === '$ kubectl get rc web');
		await page.keyboard.press('ArrowDown');
		await until(() => promptLine(pg), (line) => line === '$ kubectl get pod nope');
		// Ctrl+U empties the line, as in bash.
		await page.keyboard.press('Control+u');
		await page.keyboard.type('kubectl scale rc w');
		// The first Tab waits for completion's code.
		await page.keyboard.press('Tab');
		await until(() => promptLine(pg), (line) => line === '$ kubectl scale rc web');
		await page.keyboard.press('Control+u');
		await page.keyboard.type('kubectl delete pod web-');
		await page.keyboard.press('Tab');
		// Several choices are listed under the line, as bash lists them, and the line is drawn again.
		const rows = await until(() => screenRows(pg), (r) => r.at(-1) === '$ kubectl delete pod web-' && /^web-[a-z0-9]{5} {2}web-[a-z0-9]{5} {2}web-[a-z0-9]{5}$/.test(r.at(-2) ?? ''));
		expect(rows.at(-2)).toMatch(/^web-/);
		await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		// A second Tab that cannot complete further lets focus move on.
		await page.keyboard.press('Tab');
		await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(false);
		await input.focus();
		await page.keyboard.press('Control+u');
		await runCommand(pg, 'clear');
		await expect(output.innerText()).resolves.toBe('');
		await until(() => screenRows(pg), (r) => r.join('\n') === '$');
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('works from the keyboard alone; tabbing into it starts it', async () => {
		const tracked = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
		const { page } = tracked;
		await page.goto(siteUrl('lessons/replication-controllers/'));
		const pg = page.locator('kc-cluster-playground').first();
		// From the top of the page, walk to the first Pod; focus entering the playground starts it.
		const first = podButtons(pg).first();
		const name = (await first.locator('.kc-pg-pod-name').innerText()).trim();
		for (let i = 0; i < 300 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await pg.and(page.locator('[data-state="live"]')).waitFor();
		// Going live keeps the focused Pod's button (the live view updates the static markup).
		await expect(first.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		await page.keyboard.press('Enter');
		await expect(first.getAttribute('aria-pressed')).resolves.toBe('true');
		const label = pg.getByRole('textbox', { name: /Add or change a label/ });
		for (let i = 0; i < 10 && !(await label.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await page.keyboard.type('tier=front');
		await page.keyboard.press('Enter');
		await until(() => pod(pg, name).innerText(), (text) => text.includes('tier=front'));
		await page.keyboard.press('Escape');
		await expect(first.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		await expect(first.getAttribute('aria-pressed')).resolves.toBe('false');
		// The clock controls are buttons too.
		const play = pg.getByRole('button', { name: 'Pause' });
		await play.focus();
		await page.keyboard.press('Enter');
		await expect(pg.getByRole('button', { name: 'Play' }).count()).resolves.toBe(1);
		expectNoErrors(tracked);
		await page.context().close();
	});
});

describe('code loaded on demand', () => {
	test('reaching the playground fetches neither the YAML library nor the panels; each comes when first used', async () => {
		const tracked = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
		const { page } = tracked;
		const fetched = fetchedScripts(page);
		const loaded = (name: string) => fetched.some((file) => file.startsWith(`${name}.`));
		await page.goto(siteUrl('lessons/replication-controllers/'));
		const pg = page.locator('kc-cluster-playground').first();
		await startPlayground(pg);
		expect(['texts-en', 'texts-zh-cn', 'yaml-codec', 'inspector', 'completion', 'explain'].filter(loaded)).toEqual(['texts-en']);

		await runCommand(pg, 'kubectl get rc web -o yaml');
		await until(() => pg.locator('[data-output]').innerText(), (text) => /\$ kubectl get rc web -o yaml\napiVersion: v1\nkind: ReplicationController\n/.test(text));
		expect(loaded('yaml-codec')).toBe(true);
		await podButtons(pg).first().click();
		await pg.getByRole('textbox', { name: /Add or change a label/ }).waitFor();
		expect(loaded('inspector')).toBe(true);
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('scrolling a playground into view and past it fetches none of its code; a press starts it', async () => {
		const tracked = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
		const { page } = tracked;
		const fetched = fetchedScripts(page);
		const island = () => fetched.filter((file) => /^(playground|texts-en|texts-zh-cn)\./.test(file));
		await page.goto(siteUrl('lessons/replication-controllers/'));
		const pg = page.locator('kc-cluster-playground').first();
		// A reader scrolling with the wheel, the pointer over the text as the playground passes under it.
		await page.mouse.move(640, 450);
		const bottom = await pg.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
		let seen = false;
		while ((await page.evaluate(() => window.scrollY)) < bottom) {
			await page.mouse.wheel(0, 300);
			await page.waitForTimeout(50);
			seen ||= await pg.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight && el.getBoundingClientRect().bottom > 0);
		}
		expect(seen, 'the playground was on screen').toBe(true);
		await page.waitForLoadState('networkidle');
		expect(island()).toEqual([]);
		expect(fetched.filter((file) => file.startsWith('xterm-screen.'))).toEqual([]);
		await expect(pg.getAttribute('data-state')).resolves.toBe('static');
		// Its buttons, the command box and the speed are there before it runs.
		await expect(pg.getByRole('button', { name: 'Next' }).isVisible()).resolves.toBe(true);
		await expect(pg.getByRole('textbox', { name: 'Command' }).isVisible()).resolves.toBe(true);
		await pg.getByRole('button', { name: 'Next' }).click();
		await pg.and(page.locator('[data-state="live"]')).waitFor();
		expect(island().map((file) => file.split('.')[0])).toEqual(['playground', 'texts-en']);
		// The terminal library comes with the first use of the terminal, not with the lab.
		expect(fetched.filter((file) => file.startsWith('xterm-screen.'))).toEqual([]);
		await pg.getByRole('textbox', { name: 'Command' }).focus();
		await pg.locator('.kc-pg-terminal[data-terminal="xterm"]').waitFor();
		expect(fetched.filter((file) => file.startsWith('xterm-screen.'))).toHaveLength(1);
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('what the reader does while the playground starts is done once it is live', async () => {
		const tracked = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
		const { page } = tracked;
		// The island's code arrives only when the test lets it, so every action below happens before.
		let release = () => {};
		const arrived = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/_astro\/playground\.[^/]+\.js$/, async (route) => {
			await arrived;
			await route.continue();
		});
		await page.goto(siteUrl('lessons/replication-controllers/'));
		const pg = page.locator('kc-cluster-playground').first();
		const [victim] = await podNames(pg);
		await pod(pg, victim!).click();
		const input = pg.getByRole('textbox', { name: 'Command' });
		await input.fill('kubectl get rc web');
		await input.press('Enter');
		await pg.getByRole('combobox', { name: 'Speed' }).selectOption('5');
		await expect(pg.getAttribute('data-state')).resolves.toBe('loading');
		await expect(pg.getAttribute('aria-busy')).resolves.toBe('true');
		await expect(pg.locator('[data-loading]').innerText()).resolves.toBe('Starting the simulated cluster…');
		release();
		await pg.and(page.locator('[data-state="live"]')).waitFor();
		// The Pod pressed is selected, the command sent runs once, the box is ready for the next.
		await expect(pod(pg, victim!).getAttribute('aria-pressed')).resolves.toBe('true');
		await pg.getByRole('textbox', { name: /Add or change a label/ }).waitFor();
		const output = await until(() => pg.locator('[data-output]').innerText(), (text) => /\$ kubectl get rc web\nNAME\s+DESIRED/.test(text));
		expect(output.split('$ kubectl get rc web\n')).toHaveLength(2);
		await expect(input.inputValue()).resolves.toBe('');
		await expect(pg.getByRole('combobox', { name: 'Speed' }).inputValue()).resolves.toBe('5');
		await expect(pg.getAttribute('aria-busy')).resolves.toBe(null);
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('an editor applies to the playground before it has started: applying starts it', async () => {
		const tracked = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
		const { page } = tracked;
		await page.goto(siteUrl('lessons/pods/'));
		const pg = page.locator('kc-cluster-playground').first();
		const editor = page.locator('kc-manifest-editor').first();
		await editor.getByRole('button', { name: 'Apply to the cluster' }).click();
		await pg.and(page.locator('[data-state="live"]')).waitFor();
		// The scenario already runs web-and-checker with one container: the API server refuses to add one.
		const refused = 'The Pod "web-and-checker" is invalid: spec.containers: Forbidden: pod updates may not add or remove containers';
		await until(() => editor.locator('[data-notice]').innerText(), (text) => text === refused);
		await expect(pg.locator('[data-output]').innerText()).resolves.toContain(refused);
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('an editor’s Apply tells, next to the editor, what the control plane did, and opens the lab over the page to watch', async () => {
		const tracked = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
		const { page } = tracked;
		await page.goto(siteUrl('lessons/troubleshooting/'));
		const editor = page.locator('kc-manifest-editor').first();
		const solution = await editor.evaluate((el) => {
			// The lesson's own solution, shown after the exercise.
			let node = el.nextElementSibling;
			while (node && !node.querySelector('pre')) node = node.nextElementSibling;
			node!.closest('details')?.setAttribute('open', '');
			(node as HTMLDetailsElement).open = true;
			return node!.querySelector('pre')!.innerText;
		});
		expect(solution).toContain('kind: Deployment');
		const toggle = editor.getByRole('button', { name: 'Plain text editor' });
		await toggle.press('Enter');
		await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
		await editor.locator('.kc-me-box').first().click();
		await page.keyboard.press('ControlOrMeta+A');
		await page.keyboard.insertText(solution);
		await editor.getByRole('button', { name: 'Apply to the cluster' }).click();
		const notice = editor.locator('[data-notice]');
		const text = await until(() => notice.innerText(), (t) => t.includes('In the cluster:'), 30_000);
		expect(text).toMatch(/^deployment\.apps\/catalog configured\nIn the cluster:\n/);
		expect(text).toMatch(/Deployment catalog scales ReplicaSet catalog-[a-z0-9]+ from 0 to 1/);
		await editor.getByRole('button', { name: 'Watch it in the lab' }).click();
		const pg = page.locator('kc-cluster-playground').first();
		await expect(pg.getAttribute('data-wide')).resolves.toBe('');
		const box = (await pg.locator('.kc-pg-cluster').boundingBox())!;
		expect(box.y).toBeLessThan(800);
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('the scenario\'s read-only lines print what the build ran; their code loads when the reader runs one', async () => {
		const tracked = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
		const { page } = tracked;
		const fetched = fetchedScripts(page);
		await page.goto(siteUrl('lessons/start-here/'));
		const pg = page.locator('kc-cluster-playground').first();
		await startPlayground(pg);
		const output = () => pg.locator('[data-output]').innerText();
		await expect(output()).resolves.toMatch(/\$ kubectl get nodes\nNAME +STATUS +ROLES +AGE +VERSION\nnode-1 +Ready /);
		expect(fetched.filter((file) => file.startsWith('get.'))).toEqual([]);
		await runCommand(pg, 'kubectl get nodes');
		await until(output, (text) => text.split('$ kubectl get nodes\nNAME').length === 3);
		expect(fetched.filter((file) => file.startsWith('get.'))).toHaveLength(1);
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('a command whose code cannot download says so in the reader\'s language', async () => {
		const tracked = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
		const { page } = tracked;
		await page.route(/\/_astro\/describe\.[^/]+\.js$/, (route) => route.abort());
		await page.goto(siteUrl('zh-cn/lessons/labels-and-selectors/'));
		const pg = page.locator('kc-cluster-playground').first();
		await startPlayground(pg);
		await runCommand(pg, 'kubectl describe pod web-1');
		const failed = '$ kubectl describe pod web-1\n无法加载此命令。请检查网络连接，然后重新运行。';
		await until(() => pg.locator('[data-output]').innerText(), (text) => text.includes(failed));
		await until(() => pg.locator('[data-announce]').innerText(), (text) => text.includes('无法加载此命令'));
		// The terminal goes on: other commands run, and Up brings the failed one back to try again.
		await runCommand(pg, 'kubectl get pod web-1');
		await until(() => pg.locator('[data-output]').innerText(), (text) => /\$ kubectl get pod web-1\nNAME +READY +STATUS/.test(text));
		await until(() => promptLine(pg), (line) => line === '$');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await until(() => promptLine(pg), (line) => line === '$ kubectl describe pod web-1');
		await page.context().close();
	});
});

describe('the terminal (xterm.js)', () => {
	test('a pasted here-document applies, a pipe filters, an open quote asks for more and Ctrl+C cancels the line', async () => {
		const { tracked, page, pg } = await openPlayground('lessons/replication-controllers/');
		const output = () => pg.locator('[data-output]').innerText();
		const manifest = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: solo', '  labels:', '    app: solo', 'spec:', '  containers:', '  - name: app', '    image: nginx'];
		await pasteInTerminal(pg, ['cat <<EOF | kubectl apply -f -', ...manifest, 'EOF', 'kubectl get pods | grep -c web', ''].join('\n'));
		await until(output, (text) => text.endsWith(['$ cat <<EOF | kubectl apply -f -', ...manifest, 'EOF', 'pod/solo created', '$ kubectl get pods | grep -c web', '3', ''].join('\n')));
		// On screen the body came after bash's continuation prompt, and the next line ran after the first.
		const screen = ['$ cat <<EOF | kubectl apply -f -', ...manifest.map((l) => `> ${l}`), '> EOF', 'pod/solo created', '$ kubectl get pods | grep -c web', '3', '$'];
		// (The screen-reader rows are drawn a moment after the output: read until they show it.)
		const shown = (r: string[]) => r.slice(r.lastIndexOf(screen[0]!));
		const rows = await until(() => screenRows(pg), (r) => JSON.stringify(shown(r)) === JSON.stringify(screen)).catch(async () => screenRows(pg));
		expect(shown(rows)).toEqual(screen);
		await until(() => podNames(pg), (names) => names.includes('solo'));
		// An open quote: Enter asks for more; Ctrl+C gives up the line, as bash does, and nothing ran.
		await runCommand(pg, "kubectl label pod solo 'tier=front");
		await until(() => promptLine(pg), (line) => line === '>');
		// Touch screens have no Ctrl key: the Ctrl+C button shows while the input waits for more.
		const stop = pg.getByRole('button', { name: 'Stop the command (Ctrl+C)' });
		await expect(stop.isVisible()).resolves.toBe(true);
		await page.keyboard.press('Control+c');
		await until(() => screenRows(pg), (r) => r.at(-3) === "$ kubectl label pod solo 'tier=front" && r.at(-2) === '> ^C' && r.at(-1) === '$');
		await expect(output()).resolves.toMatch(/\$ kubectl label pod solo 'tier=front\n\^C\n$/);
		await expect(stop.isVisible()).resolves.toBe(false);
		await runCommand(pg, 'echo "never');
		await stop.click();
		await until(() => screenRows(pg), (r) => r.at(-2) === '> ^C' && r.at(-1) === '$');
		await expect(output()).resolves.toMatch(/\$ echo "never\n\^C\n$/);
		// A here-document typed line by line, its delimiter last.
		await runCommand(pg, 'kubectl apply -f - <<END');
		for (const line of ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: typed', 'spec:', '  containers:', '  - name: app', '    image: nginx']) await runCommand(pg, line);
		await until(() => promptLine(pg), (line) => line === '>');
		await runCommand(pg, 'END');
		await until(output, (text) => text.endsWith('END\npod/typed created\n'));
		await until(() => podNames(pg), (names) => names.includes('typed'));
		expect((await podNames(pg)).find((n) => n.includes('tier'))).toBeUndefined();
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('a 1 MB paste and a binary one get a message, run nothing, and the terminal goes on', async () => {
		const { tracked, page, pg } = await openPlayground('zh-cn/lessons/replication-controllers/');
		const before = (await podNames(pg)).sort();
		await pasteInTerminal(pg, `kubectl delete pods --all # ${'x'.repeat(1_048_576)}`);
		await until(() => screenRows(pg), (r) => r.some((row) => row.startsWith('bash: 输入过长')));
		await pasteInTerminal(pg, 'kubectl delete pods --all\u0000\u0007\u001b[31m\n');
		await until(() => screenRows(pg), (r) => r.some((row) => row.startsWith('bash: 粘贴的文本含有二进制数据')));
		// Nothing ran: the prompt is empty and the cluster as it was.
		await until(() => promptLine(pg), (line) => line === '$');
		expect(await pg.locator('[data-output]').innerText()).not.toContain('delete');
		expect((await podNames(pg)).sort()).toEqual(before);
		await runCommand(pg, 'kubectl get rc web');
		await until(() => pg.locator('[data-output]').innerText(), (text) => /\$ kubectl get rc web\nNAME +DESIRED/.test(text));
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('keyboard only: Tab reaches the terminal, a command runs, Tab on an empty line moves on and Shift+Tab comes back', async () => {
		const { tracked, page, pg } = await openPlayground('lessons/replication-controllers/');
		const input = await terminalInput(pg);
		const focused = () => input.evaluate((el) => el === document.activeElement);
		await pg.getByRole('button', { name: 'Reset' }).focus();
		for (let i = 0; i < 60 && !(await focused()); i++) await page.keyboard.press('Tab');
		await expect(focused()).resolves.toBe(true);
		await page.keyboard.type('kubectl get rc web');
		await page.keyboard.press('Enter');
		await until(() => pg.locator('[data-output]').innerText(), (text) => /\$ kubectl get rc web\nNAME +DESIRED/.test(text));
		await until(() => promptLine(pg), (line) => line === '$');
		await page.keyboard.press('Tab');
		await expect(focused()).resolves.toBe(false);
		await expect(pg.evaluate((root) => root.contains(document.activeElement))).resolves.toBe(true);
		await page.keyboard.press('Shift+Tab');
		await expect(focused()).resolves.toBe(true);
		await expect(axeViolations(page)).resolves.toEqual([]);
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('if the terminal library cannot download, the command box runs commands and says why, in the page\'s language', async () => {
		const tracked = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
		const { page } = tracked;
		await page.route(/\/_astro\/xterm-screen\.[^/]+\.js$/, (route) => route.abort());
		await page.goto(siteUrl('zh-cn/lessons/replication-controllers/'));
		const pg = page.locator('kc-cluster-playground').first();
		const box = pg.locator('[data-command]');
		await box.click();
		await pg.and(page.locator('[data-state="live"]')).waitFor();
		await until(() => pg.locator('[data-term-note]').innerText(), (text) => text.startsWith('无法加载完整的终端'));
		await expect(box.isVisible()).resolves.toBe(true);
		await box.fill('kubectl scale rc web --replicas=4');
		await box.press('Enter');
		await until(() => podNames(pg), (names) => names.length === 4);
		await expect(pg.locator('[data-output]').innerText()).resolves.toContain('$ kubectl scale rc web --replicas=4\nreplicationcontroller/web scaled\n');
		await page.context().close();
	});
});

describe('the probes lesson', () => {
	test('a failing liveness probe restarts the container and the restart count rises', async () => {
		const { tracked, page, pg } = await openPlayground('lessons/probes/');
		await pg.getByRole('combobox', { name: 'Speed' }).selectOption('30');
		const text = await until(() => pod(pg, 'liveness-http').innerText(), (t) => /[1-9]\d* restarts?/.test(t), 30_000);
		expect(text).toMatch(/liveness-http/);
		await expect(pg.locator('[data-events]').innerText()).resolves.toContain('the kubelet kills container app of liveness-http');
		await until(() => pg.locator('[data-step="0"]').getAttribute('data-passed'), (v) => v === 'true');
		expectNoErrors(tracked);
		await page.context().close();
	});
});

describe('in Chinese', () => {
	test('the labels lesson relabels through “Show me” and records progress when every step passes', async () => {
		const { tracked, page, pg } = await openPlayground('zh-cn/lessons/labels-and-selectors/');
		await expect(pg.getByRole('button', { name: '暂停' }).count()).resolves.toBe(1);
		const service = pg.locator('.kc-pg-svc[data-key="web-prod"]');
		await expect(service.innerText()).resolves.toContain('端点');
		await pg.getByRole('button', { name: '演示给我看' }).first().click();
		await until(() => service.locator('.kc-pg-ep').allTextContents(), (eps) => eps.length === 2);
		await until(() => pg.locator('[data-events]').innerText(), (t) => /端点控制器把 web-2（10\.244\.\d+\.\d+）加入 Service web-prod/.test(t));
		await runCommand(pg, 'kubectl label pod web-1 env-');
		await until(() => pg.locator('[data-all-done]').isVisible(), (v) => v);
		// “Show me” did step 1 and the learner step 2: the record keeps the difference, per step and overall.
		await expect(pg.locator('[data-step="0"]').getAttribute('data-state')).resolves.toBe('shown');
		await expect(pg.locator('[data-step="1"]').getAttribute('data-state')).resolves.toBe('done');
		await expect(pg.locator('[data-step="0"] [data-step-state]').innerText()).resolves.toBe('已演示：自己做一遍才算数');
		const read = async () => JSON.parse((await page.evaluate(() => localStorage.getItem('kube-classroom:progress:v1'))) ?? '{}').exercises;
		const progress = await read();
		expect(progress['playground:labels-service-endpoints']).toMatchObject({ shown: true });
		expect(progress['playground:labels-service-endpoints/step-1']).toMatchObject({ shown: true });
		expect(progress['playground:labels-service-endpoints/step-2']).not.toHaveProperty('shown');
		await expect(pod(pg, 'web-1').innerText()).resolves.toContain('独立 Pod：没有控制器');
		// The steps survive a reload, and doing step 1 yourself (after Reset) turns “shown” into “done”.
		await page.reload();
		await startPlayground(pg);
		await expect(pg.locator('[data-step="0"]').getAttribute('data-state')).resolves.toBe('shown');
		await expect(pg.locator('[data-step="1"]').getAttribute('data-state')).resolves.toBe('done');
		const step1 = await page.evaluate(() => {
			const run = document.querySelector('kc-cluster-playground script[data-config]')!.textContent!;
			return (JSON.parse(run) as { steps: { run: string }[] }).steps[0]!.run;
		});
		for (const line of step1.split('\n').filter((l) => l.startsWith('kubectl'))) await runCommand(pg, line);
		await until(() => pg.locator('[data-step="0"]').getAttribute('data-state'), (state) => state === 'done');
		await until(read, (p) => !('shown' in p['playground:labels-service-endpoints']));
		expectNoErrors(tracked);
		await page.context().close();
	});
});

describe('accessibility', () => {
	test.each([
		['light', 'static'],
		['dark', 'static'],
		['light', 'running'],
		['dark', 'running'],
	] as const)('%s theme, playground %s (running: a Pod selected, a command run): axe finds no violations', async (theme, state) => {
		const tracked = await openPage(browser(), { colorScheme: theme });
		const { page } = tracked;
		await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		await page.goto(siteUrl('lessons/replication-controllers/'));
		const pg = page.locator('kc-cluster-playground').first();
		if (state === 'running') {
			await startPlayground(pg);
			await podButtons(pg).first().click();
			await runCommand(pg, 'kubectl get pods');
		}
		await page.addScriptTag({ content: axe.source });
		const violations = await page.evaluate(async () => {
			const result = await (window as unknown as { axe: typeof axe }).axe.run('kc-cluster-playground', { resultTypes: ['violations'] });
			return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
		});
		expect(violations).toEqual([]);
		expectNoErrors(tracked);
		await page.context().close();
	});

	test('the live region announces controller decisions', async () => {
		const { tracked, page, pg } = await openPlayground('lessons/replication-controllers/');
		await runCommand(pg, 'kubectl scale rc web --replicas=4');
		const said = await until(() => pg.locator('[data-announce]').innerText(), (t) => t.includes('creates'));
		expect(said).toMatch(/The ReplicationController web sees 3 of 4 Pods matching app=web and creates web-[a-z0-9]{5}\./);
		expectNoErrors(tracked);
		await page.context().close();
	});
});

describe('guided steps', () => {
	test('a read-only step is checked as soon as the learner runs it, even while nothing in the cluster changes', async () => {
		const { tracked, page, pg } = await openPlayground('lessons/services-and-networking/');
		const state = (i: number) => pg.locator(`[data-step="${i}"]`).getAttribute('data-state');
		await runCommand(pg, 'kubectl expose deployment web --port=80 --target-port=http');
		await until(() => state(0), (s) => s === 'done');
		// Paused, the cluster changes no more: only the command itself can tick the step.
		await pg.getByRole('button', { name: 'Pause' }).click();
		await expect(pg.getByRole('button', { name: 'Play' }).count()).resolves.toBe(1);
		await expect(state(1)).resolves.not.toBe('done');
		await runCommand(pg, 'kubectl get endpointslices -l kubernetes.io/service-name=web');
		await until(() => pg.locator('[data-output]').innerText(), (text) => /web-[a-z0-9]{5}\s+IPv4\s+80\s+10\.244\./.test(text));
		await until(() => state(1), (s) => s === 'done', 5_000);
		expectNoErrors(tracked);
		await page.context().close();
	});
});
