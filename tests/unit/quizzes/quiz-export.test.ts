// `npm run quizzes`: every lesson's quiz as Moodle GIFT and as a QTI 2.1 package, in both languages.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { strFromU8, unzipSync } from 'fflate';
import { readQuiz } from '../../../src/lib/quizzes/read-quiz.ts';
import { giftEscape, giftQuestion, toGift, type LessonQuiz } from '../../../src/lib/quizzes/gift.ts';
import { qtiItem } from '../../../src/lib/quizzes/qti.ts';
import { exportQuizzes, lessonQuizzes, runQuizzes } from '../../../src/cli/quizzes.ts';

const SAMPLE = `Some text.

<Quiz>

1. Which command shows a Pod's events?
   It prints more than \`get\`.

   - A. \`kubectl get pod web\`
   - B. \`kubectl describe pod web\`, then read
     the *Events* section.
   - C. \`kubectl logs web\`

   <details>
   <summary>Answer</summary>

   **B.** \`describe\` ends with the events; logs are the container's output.

   </details>

2. Which are controllers?

   - A. Deployment
   - B. Pod
   - C. ReplicaSet

   <details>
   <summary>Answer</summary>

   **A and C.** A Pod is what they manage.

   </details>

</Quiz>
`;

const lesson = (items = readQuiz(SAMPLE)): LessonQuiz => ({ slug: 'pods', title: 'Pods', number: 7, items });

describe('reading a quiz from a lesson', () => {
	test('gives each question its stem, options, right letters and explanation as plain text', () => {
		expect(readQuiz(SAMPLE)).toEqual([
			{
				number: 1,
				stem: "Which command shows a Pod's events? It prints more than get.",
				options: [
					{ letter: 'A', text: 'kubectl get pod web' },
					{ letter: 'B', text: 'kubectl describe pod web, then read the Events section.' },
					{ letter: 'C', text: 'kubectl logs web' },
				],
				answers: ['B'],
				feedback: "describe ends with the events; logs are the container's output.",
			},
			{
				number: 2,
				stem: 'Which are controllers?',
				options: [
					{ letter: 'A', text: 'Deployment' },
					{ letter: 'B', text: 'Pod' },
					{ letter: 'C', text: 'ReplicaSet' },
				],
				answers: ['A', 'C'],
				feedback: 'A Pod is what they manage.',
			},
		]);
		expect(readQuiz('no quiz here')).toEqual([]);
	});
});

describe('GIFT', () => {
	test('escapes every character GIFT gives a meaning', () => {
		expect(giftEscape('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni');
	});

	test('a question with one right answer marks it with =, the others with ~, and the explanation as general feedback', () => {
		const [first] = readQuiz(SAMPLE);
		const text = giftQuestion(lesson(), { ...first!, stem: 'Port {80}: map=yes #1 ~ok?' }, 'Kube Classroom');
		expect(text.split('\n')).toEqual([
			'// Kube Classroom · 7. Pods · 1',
			'::Pods 1::Port \\{80\\}\\: map\\=yes \\#1 \\~ok? {',
			'\t~A. kubectl get pod web',
			'\t=B. kubectl describe pod web, then read the Events section.',
			'\t~C. kubectl logs web',
			"\t####describe ends with the events; logs are the container's output.",
			'}',
		]);
	});

	test('a question with several right answers shares the credit and takes it away for wrong ones', () => {
		const text = giftQuestion(lesson(), readQuiz(SAMPLE)[1]!, 'Kube Classroom');
		expect(text).toContain('\t~%50%A. Deployment');
		expect(text).toContain('\t~%-100%B. Pod');
		expect(text).toContain('\t~%50%C. ReplicaSet');
	});

	test.each(['en', 'zh-cn'] as const)('the %s export has every question of every lesson, in a category per lesson', (lang) => {
		const lessons = lessonQuizzes(lang);
		const total = lessons.reduce((n, l) => n + l.items.length, 0);
		expect(total).toBeGreaterThan(50);
		const gift = toGift(lessons, 'Kube Classroom');
		expect(gift.match(/^::/gm)).toHaveLength(total);
		expect(gift.match(/^\$CATEGORY: /gm)).toHaveLength(lessons.filter((l) => l.items.length > 0).length);
		for (const block of gift.split('\n\n').filter((b) => b.includes('::'))) {
			// One answer block per question, with at least one right answer, and no unescaped brace inside it.
			const body = block.slice(block.indexOf(' {\n') + 3, block.lastIndexOf('\n}'));
			expect(body.replace(/\\./g, ''), block).not.toMatch(/[{}]/);
			expect(body, block).toMatch(/^\t(=|~%\d)/m);
		}
	});
});

describe('QTI 2.1', () => {
	const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
	/** Throws unless the text is one well-formed XML document. */
	const wellFormed = (xml: string) => SyntaxValidator.validate(xml, { multipleRoots: false, xmlDeclaraion: { optional: false } });

	test('the well-formedness check refuses what XML refuses', () => {
		expect(() => wellFormed('<?xml version="1.0"?><a>x & y</a>')).toThrow();
		expect(() => wellFormed('<?xml version="1.0"?><a/><b/>')).toThrow();
		expect(() => wellFormed('<a/>')).toThrow();
	});

	test('an item is well-formed XML, with a choice per option and the right ones as the correct response', () => {
		const xml = qtiItem(lesson(), { ...readQuiz(SAMPLE)[1]!, stem: 'Tom & Jerry <3 "quotes"' }, 'en');
		expect(wellFormed(xml)).toBe(true);
		const item = parser.parse(xml).assessmentItem;
		expect(item.identifier).toBe('pods-q2');
		expect(item.responseDeclaration.cardinality).toBe('multiple');
		expect(item.responseDeclaration.correctResponse.value).toEqual(['A', 'C']);
		expect(xml).toContain('<prompt>Tom &amp; Jerry &lt;3 &quot;quotes&quot;</prompt>');
		expect(item.itemBody.choiceInteraction.prompt).toBe('Tom & Jerry <3 "quotes"');
		expect(item.itemBody.choiceInteraction.simpleChoice.map((c: { identifier: string }) => c.identifier)).toEqual(['A', 'B', 'C']);
		expect(item.modalFeedback['#text']).toBe('A Pod is what they manage.');
	});

	test.each(['en', 'zh-cn'] as const)('the %s package holds a manifest and a valid item per question', (lang) => {
		const [file] = exportQuizzes('qti', lang);
		const files = unzipSync(file!.data);
		const manifest = strFromU8(files['imsmanifest.xml']!);
		expect(wellFormed(manifest)).toBe(true);
		const hrefs = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]!);
		expect(hrefs.length).toBe(lessonQuizzes(lang).reduce((n, l) => n + l.items.length, 0));
		expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', ...hrefs].sort());
		for (const href of hrefs) {
			const xml = strFromU8(files[href]!);
			expect(wellFormed(xml), href).toBe(true);
			const item = parser.parse(xml).assessmentItem;
			const choices = [item.itemBody.choiceInteraction.simpleChoice].flat().map((c: { identifier: string }) => c.identifier);
			expect(choices.length, href).toBeGreaterThanOrEqual(2);
			for (const value of [item.responseDeclaration.correctResponse.value].flat()) expect(choices, href).toContain(value);
			expect(item['xml:lang']).toBe(lang === 'en' ? 'en' : 'zh-CN');
		}
	});
});

describe('npm run quizzes', () => {
	test('writes one file per language and format; a wrong format is refused with a message', () => {
		const dir = mkdtempSync(join(tmpdir(), 'quizzes-'));
		const out: string[] = [];
		const err: string[] = [];
		const io = { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) };
		expect(runQuizzes(['--format', 'gift', '--out', dir], io)).toBe(0);
		expect(runQuizzes(['--format', 'QTI', '--lang', 'zh-cn', '--out', dir], io)).toBe(0);
		expect(readdirSync(dir).sort()).toEqual(['kube-classroom-quizzes-en.gift.txt', 'kube-classroom-quizzes-zh-cn.gift.txt', 'kube-classroom-quizzes-zh-cn.qti.zip']);
		expect(readFileSync(join(dir, 'kube-classroom-quizzes-zh-cn.gift.txt'), 'utf8')).toContain('$CATEGORY: Kube 课堂/');
		expect(runQuizzes(['--format', 'docx'], io)).toBe(2);
		expect(err.join('')).toContain('--format must be gift or qti, not "docx"');
		expect(runQuizzes([], io)).toBe(2);
	});
});
