// Quizzes are written as `<details><summary>Answer</summary>…</details>` after each question, exercises as
// `<details><summary>A solution</summary>…</details>` after the exercise. On paper a quiz question becomes a
// worksheet item with ruled space to write in, an exercise gets a line pointing at its solution, and both
// answers move to the answer key at the end of the book. Other `<details>` (hints, asides) print opened.
import { element, elementChildren, elements, hasClass, isElement, replaceWith, text, textOf } from './html-tree.ts';
import type { ElementNode, Node } from './html-tree.ts';
import { answerId, pageRef } from './book-layout.ts';

/** Summary texts that mark a quiz answer, compared without case and surrounding space. */
export const ANSWER_SUMMARIES: ReadonlySet<string> = new Set(['answer', 'answers', '答案']);

/** Summary texts that mark an exercise's solution (or the model answer to a "predict" exercise). */
export const SOLUTION_SUMMARIES: ReadonlySet<string> = new Set([
	'a solution',
	'solution',
	'our predictions',
	'参考答案',
	'解答',
	'我们的预测',
]);

export type AnswerKind = 'quiz' | 'exercise';

export interface ExtractedAnswer {
	kind: AnswerKind;
	/** A quiz question's number as the reader sees it (the item's position in its numbered list); an exercise's number in its lesson. */
	number: number;
	/** The answer's content, without its `<summary>`. */
	nodes: Node[];
}

export interface WorksheetOptions {
	/** The label printed above the writing space: "Your answer", "你的答案". */
	spaceLabel: string;
	/** What stands where an exercise's solution was: "A solution is in the answer key". */
	solutionNote: string;
	/** " (page {n})", "（第 {n} 页）": how a page reference reads once `npm run pdf` knows the number. */
	pageFormat?: string | undefined;
	/** Labels of the blanks a worksheet (a quiz) starts with: "Name", "Class", "Date". @default none */
	nameLine?: readonly string[] | undefined;
	/** The lesson's slug, for the answer key's ids. */
	slug: string;
}

/** Ruled lines to leave for an answer: about one per 80 characters of the model answer, 2 to 6. */
export function linesFor(answerText: string): number {
	const length = answerText.replace(/\s+/g, ' ').trim().length;
	return Math.min(6, Math.max(2, Math.ceil(length / 80)));
}

/**
 * Ruled lines the student edition leaves where an exercise's solution was: one per line of its code (an
 * Expressive Code block holds one `.ec-line` per line) and two per paragraph or list item, 4 to 14.
 */
export function workLinesFor(solution: readonly Node[]): number {
	let lines = 0;
	for (const el of solution.flatMap((node) => elements(node))) {
		if (hasClass(el, 'ec-line')) lines++;
		else if (el.name === 'p' || el.name === 'li') lines += 2;
	}
	return Math.min(14, Math.max(4, lines));
}

/** The question number of the list item holding `node`: its position in an `<ol>` (respecting `start`). */
function questionNumber(node: ElementNode): number | undefined {
	for (let at: Node | undefined = node.parent; at; at = at.parent) {
		if (isElement(at, 'li') && isElement(at.parent, 'ol')) {
			const start = Number.parseInt(at.parent.attributes.start ?? '1', 10) || 1;
			return start + elementChildren(at.parent).filter((li) => li.name === 'li').indexOf(at);
		}
	}
	return undefined;
}

function markQuestion(node: ElementNode): void {
	for (let at: Node | undefined = node.parent; at; at = at.parent) {
		if (isElement(at, 'li')) {
			if (!hasClass(at, 'kc-worksheet')) at.attributes.class = `${at.attributes.class ?? ''} kc-worksheet`.trim();
			return;
		}
	}
}

/**
 * Replaces every quiz answer `<details>` below `root` with a writing space and every exercise solution with a
 * note that links to it in the answer key (with its page), and returns both in order.
 * Non-answer `<details>` get `open` and `data-print="expand"`, so their content prints.
 */
export function extractAnswers(root: Node, options: WorksheetOptions): ExtractedAnswer[] {
	const answers: ExtractedAnswer[] = [];
	let running = 0;
	let exercises = 0;
	for (const details of elements(root).filter((el) => el.name === 'details')) {
		const summary = elementChildren(details)[0];
		const label = summary && summary.name === 'summary' ? textOf(summary).trim().toLowerCase() : '';
		const kind: AnswerKind | undefined = ANSWER_SUMMARIES.has(label) ? 'quiz' : SOLUTION_SUMMARIES.has(label) ? 'exercise' : undefined;
		if (!kind) {
			details.attributes.open = '';
			details.attributes['data-print'] = 'expand';
			continue;
		}
		const nodes = details.children.filter((child) => child !== summary);
		if (kind === 'exercise') {
			const number = ++exercises;
			answers.push({ kind, number, nodes });
			const target = answerId(options.slug, kind, number);
			replaceWith(
				details,
				// `npm run pdf -- --edition student` turns the note into that many lines of writing space.
				element('p', { class: 'kc-solution-note', id: `${target}--from`, 'data-kc-work-lines': String(workLinesFor(nodes)) }, [
					element('a', { href: `#${target}` }, [text(options.solutionNote)]),
					...(options.pageFormat ? [pageRef(target, options.pageFormat)] : []),
				]),
			);
			continue;
		}
		const number = questionNumber(details) ?? running + 1;
		running = number;
		answers.push({ kind, number, nodes });
		markQuestion(details);
		const lines = linesFor(nodes.map(textOf).join(' '));
		replaceWith(
			details,
			element('div', { class: 'kc-worksheet-space', style: `--kc-worksheet-lines: ${lines}` }, [
				element('span', { class: 'kc-worksheet-label' }, [text(options.spaceLabel)]),
			]),
		);
	}
	if (options.nameLine?.length) {
		for (const quiz of elements(root).filter((el) => el.name === 'kc-quiz')) {
			const body = elementChildren(quiz).find((el) => hasClass(el, 'kc-quiz-body')) ?? quiz;
			const line = element('p', { class: 'kc-worksheet-name' }, options.nameLine.map((label) => element('span', {}, [text(label)])));
			line.parent = body;
			body.children.unshift(line);
		}
	}
	return answers;
}
