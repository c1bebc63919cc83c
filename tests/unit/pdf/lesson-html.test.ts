// The print book's lesson transform: one lesson's rendered HTML in, its chapter of the book out.
import { describe, expect, test } from 'vitest';
import { printLesson, type PrintLessonOptions } from '../../../src/lib/print/lesson-html.ts';
import { linesFor } from '../../../src/lib/print/worksheets.ts';
import { PAGE_OF_CODE_LINES } from '../../../src/lib/print/long-code.ts';

const options: PrintLessonOptions = {
	slug: 'probes',
	pagePath: '/lessons/probes/',
	lessonsByPath: new Map([
		['/lessons/probes/', 'probes'],
		['/lessons/pods/', 'pods'],
	]),
	siteOrigin: 'https://example.org',
	spaceLabel: 'Your answer',
	solutionNote: 'A solution is in the answer key',
	pageFormat: ' (page {n})',
};

const heading = (id: string, text: string) =>
	`<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${text}</h2><a class="sl-anchor-link" href="#${id}"><span class="sr-only">Section titled “${text}”</span></a></div>`;

describe('ids', () => {
	test('every id gets the lesson prefix, and links, markers and ARIA references follow', () => {
		const html =
			heading('goals', 'Goals') +
			'<p><a href="#goals">up</a> <a href="#nowhere">stays</a></p>' +
			'<svg aria-labelledby="t"><title id="t">Probe timeline</title><defs><marker id="arrow"/></defs>' +
			'<path marker-end="url(#arrow)" style="fill: url(\'#arrow\')"/><use href="#arrow"/></svg>';
		const { html: out } = printLesson(html, options);
		expect(out).toContain('<h2 id="probes--goals">');
		expect(out).toContain('<a href="#probes--goals">up</a>');
		expect(out).toContain('<a href="#nowhere">stays</a>');
		expect(out).toContain('aria-labelledby="probes--t"');
		expect(out).toContain('<marker id="probes--arrow"');
		expect(out).toContain('marker-end="url(#probes--arrow)"');
		expect(out).toContain("fill: url('#probes--arrow')");
		expect(out).toContain('<use href="#probes--arrow"');
		expect(out).not.toMatch(/id="(goals|t|arrow)"/);
	});

	test('heading anchor links and their screen-reader text are dropped', () => {
		const { html } = printLesson(heading('goals', 'Goals'), options);
		expect(html).not.toContain('sl-anchor-link');
		expect(html).not.toContain('Section titled');
	});

	test('sections are the h2 headings in order, with their inner HTML', () => {
		const { sections } = printLesson(
			heading('goals', 'Goals') + '<h3 id="sub">Sub</h3>' + heading('probe-fields', 'The <code>probe</code> fields'),
			options,
		);
		expect(sections).toEqual([
			{ id: 'probes--goals', titleHtml: 'Goals' },
			{ id: 'probes--probe-fields', titleHtml: 'The <code>probe</code> fields' },
		]);
	});
});

describe('links', () => {
	test('a link to a lesson in the book jumps inside the book and remembers its web address', () => {
		const { html } = printLesson('<a href="/lessons/pods/#pod-lifecycle">Pods</a> <a href="../pods/">again</a>', options);
		expect(html).toContain('<a href="#pods--pod-lifecycle" data-kc-web-href="https://example.org/lessons/pods/#pod-lifecycle">');
		expect(html).toContain('<a href="#pods" data-kc-web-href="https://example.org/lessons/pods/">again</a>');
	});

	test('with a page format, a link to another lesson is followed by a page reference to its target', () => {
		const { html } = printLesson('<a href="/lessons/pods/#pod-lifecycle">Pods</a>', { ...options, pageFormat: ' (page {n})' });
		expect(html).toContain('>Pods</a><span class="kc-page-ref" data-kc-page-ref="pods--pod-lifecycle" data-kc-page-format=" (page {n})"></span>');
	});

	test('a link to another page of the site becomes its full address; other sites are kept', () => {
		const { html } = printLesson(
			'<a href="/">home</a> <a href="https://kubernetes.io/docs/">docs</a> <a href="mailto:a@b.c">mail</a>',
			options,
		);
		expect(html).toContain('<a href="https://example.org/">home</a>');
		expect(html).toContain('<a href="https://kubernetes.io/docs/">docs</a><span class="kc-url"> (https://kubernetes.io/docs/)</span>');
		expect(html).toMatch(/<a href="mailto:a@b.c">mail<\/a>$/);
	});

	test('a link that shows its own address is not followed by it again', () => {
		const { html } = printLesson('<p><a href="https://kubernetes.io/">kubernetes.io</a></p>', options);
		expect(html).not.toContain('kc-url');
	});
});

describe('worksheets', () => {
	const quiz =
		'<ol><li><p>First?</p><details><summary>Answer</summary><p><strong>B.</strong> Because.</p></details></li>' +
		'<li><p>Second?</p><details>\n<summary>答案</summary>\n<p>C.</p></details></li></ol>';

	test('each answer is replaced by ruled space and collected with its question number', () => {
		const { html, answers } = printLesson(quiz, options);
		expect(html).not.toContain('<details');
		expect(html).not.toContain('Because.');
		expect(html.match(/class="kc-worksheet-space"/g)).toHaveLength(2);
		expect(html).toContain('<span class="kc-worksheet-label">Your answer</span>');
		expect(html.match(/<li class="kc-worksheet">/g)).toHaveLength(2);
		expect(answers.map((a) => a.number)).toEqual([1, 2]);
		expect(answers[0]?.html).toBe('<p><strong>B.</strong> Because.</p>');
		expect(answers[1]?.html).toBe('<p>C.</p>');
	});

	test('numbering follows the list start; answers outside a list are counted on', () => {
		const { answers } = printLesson(
			'<ol start="4"><li>Q<details><summary>Answer</summary>x</details></li></ol>' +
				'<p>Free question</p><details><summary>Answer</summary>y</details>',
			options,
		);
		expect(answers.map((a) => a.number)).toEqual([4, 5]);
	});

	test('an exercise solution moves to the key, numbered among the exercises, and a linked note with a page reference takes its place', () => {
		const { html, answers } = printLesson(
			'<ol><li>Q<details><summary>Answer</summary>x</details></li></ol>' +
				'<details><summary>A solution</summary><pre>kind: Pod</pre></details>' +
				'<details><summary>参考答案</summary><p>y</p></details>' +
				'<details><summary>Our predictions</summary><p>Three Pods.</p></details>',
			options,
		);
		expect(answers.map((a) => [a.kind, a.number])).toEqual([
			['quiz', 1],
			['exercise', 1],
			['exercise', 2],
			['exercise', 3],
		]);
		expect(answers[1]?.html).toBe('<pre>kind: Pod</pre>');
		expect(html).not.toContain('kind: Pod');
		expect(html).not.toContain('Three Pods.');
		expect(html).toContain(
			'<p class="kc-solution-note" id="kc-answers--probes--exercise-1--from" data-kc-work-lines="4"><a href="#kc-answers--probes--exercise-1">A solution is in the answer key</a>' +
				'<span class="kc-page-ref" data-kc-page-ref="kc-answers--probes--exercise-1" data-kc-page-format=" (page {n})"></span></p>',
		);
		expect(html.match(/class="kc-worksheet-space"/g)).toHaveLength(1);
	});

	test('a solution note says how much room the student edition leaves: a line per line of code, two per paragraph', () => {
		const code = Array.from({ length: 9 }, (_, i) => `<div class="ec-line"><div class="code">line ${i}</div></div>`).join('');
		const { html } = printLesson(
			`<details><summary>A solution</summary><p>First.</p><pre><code>${code}</code></pre></details>` +
				'<details><summary>A solution</summary><p>Short.</p></details>' +
				`<details><summary>A solution</summary><pre><code>${code.repeat(3)}</code></pre></details>`,
			options,
		);
		expect([...html.matchAll(/data-kc-work-lines="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([11, 4, 14]);
	});

	test('a quiz starts with blanks for name, class and date when asked for', () => {
		const html = '<kc-quiz><div class="kc-quiz-body"><ol><li>Q</li></ol></div></kc-quiz>';
		expect(printLesson(html, options).html).not.toContain('kc-worksheet-name');
		expect(printLesson(html, { ...options, nameLine: ['Name', 'Class'] }).html).toContain(
			'<div class="kc-quiz-body"><p class="kc-worksheet-name"><span>Name</span><span>Class</span></p><ol>',
		);
	});

	test('other details print opened and are not treated as answers', () => {
		const { html, answers } = printLesson('<details><summary>Hint</summary><p>Look at the labels.</p></details>', options);
		expect(answers).toEqual([]);
		expect(html).toContain('Look at the labels.');
		expect(html).toMatch(/<details open(="")? data-print="expand">/);
	});

	test('the space grows with the model answer, within 2 to 6 lines', () => {
		expect(linesFor('B.')).toBe(2);
		expect(linesFor('x'.repeat(250))).toBe(4);
		expect(linesFor('x'.repeat(5000))).toBe(6);
	});
});

describe('Chinese spacing', () => {
	test('line breaks next to Chinese and spaces around full-width punctuation go; code and Latin text keep theirs', () => {
		const { html } = printLesson(
			'<p><strong>D。</strong> 重启容器是 kubelet 的工作；\n替换丢失的 Pod\n是控制器的工作（见上文） 。</p>' +
				'<pre><code>a。 b\n中</code></pre><p>two\nlines, kept</p><p>标签\n<code>app: web</code> 和</p>',
			options,
		);
		expect(html).toContain('<p><strong>D。</strong>重启容器是 kubelet 的工作；替换丢失的 Pod是控制器的工作（见上文）。</p>');
		expect(html).toContain('<pre><code>a。 b\n中</code></pre>');
		expect(html).toContain('<p>two\nlines, kept</p>');
		expect(html).toContain('<p>标签<code>app: web</code> 和</p>');
	});
});

describe('tabs', () => {
	test('every panel prints under its tab label, and the tab list goes', () => {
		const html =
			'<starlight-tabs><div class="tablist-wrapper not-content"><ul role="tablist">' +
			'<li role="presentation"><a role="tab" href="#tab-panel-0" id="tab-0" aria-selected="true">create</a></li>' +
			'<li role="presentation"><a role="tab" href="#tab-panel-1" id="tab-1">apply</a></li></ul></div>' +
			'<div id="tab-panel-0" aria-labelledby="tab-0" role="tabpanel">one</div>' +
			'<div id="tab-panel-1" aria-labelledby="tab-1" role="tabpanel" hidden>two</div></starlight-tabs>';
		const { html: out } = printLesson(html, options);
		expect(out).not.toContain('tablist');
		expect(out).not.toContain('hidden');
		// No <starlight-tabs> left for Starlight's script to upgrade without its tab list.
		expect(out).not.toContain('starlight-tabs');
		expect(out).toContain(
			'<p class="kc-tab-label"><strong>create</strong></p><div id="probes--tab-panel-0">one</div>' +
				'<p class="kc-tab-label"><strong>apply</strong></p><div id="probes--tab-panel-1">two</div>',
		);
	});
});

describe('long code', () => {
	const block = (lines: number) =>
		`<div class="expressive-code"><figure class="frame"><pre><code>${'<div class="ec-line"><div class="code">x</div></div>'.repeat(lines)}</code></pre></figure></div>`;

	test('a code block longer than a page may break across pages; a shorter one stays whole', () => {
		const { html } = printLesson(block(PAGE_OF_CODE_LINES + 1) + block(PAGE_OF_CODE_LINES), options);
		expect(html.match(/class="expressive-code[^"]*"/g)).toEqual(['class="expressive-code kc-print-long"', 'class="expressive-code"']);
	});
});
