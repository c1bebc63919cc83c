// Quizzes are written as `<details><summary>Answer</summary>…</details>` after each question. On paper
// the question becomes a worksheet item with ruled space to write in, and the answer moves to the answer
// key at the end of the book. Other `<details>` (hints, asides) print opened.
import { element, elementChildren, elements, hasClass, isElement, replaceWith, text, textOf } from './html-tree.ts';
import type { ElementNode, Node } from './html-tree.ts';

/** Summary texts that mark a quiz answer, compared without case and surrounding space. */
export const ANSWER_SUMMARIES: ReadonlySet<string> = new Set(['answer', 'answers', 'solution', '答案', '参考答案', '解答']);

export interface ExtractedAnswer {
	/** The question's number as the reader sees it (the item's position in its numbered list). */
	number: number;
	/** The answer's content, without its `<summary>`. */
	nodes: Node[];
}

export interface WorksheetOptions {
	/** The label printed above the writing space: "Your answer", "你的答案". */
	spaceLabel: string;
}

/** Ruled lines to leave for an answer: about one per 80 characters of the model answer, 2 to 6. */
export function linesFor(answerText: string): number {
	const length = answerText.replace(/\s+/g, ' ').trim().length;
	return Math.min(6, Math.max(2, Math.ceil(length / 80)));
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
 * Replaces every answer `<details>` below `root` with a writing space and returns the answers in order.
 * Non-answer `<details>` get `open` and `data-print="expand"`, so their content prints.
 */
export function extractAnswers(root: Node, options: WorksheetOptions): ExtractedAnswer[] {
	const answers: ExtractedAnswer[] = [];
	let running = 0;
	for (const details of elements(root).filter((el) => el.name === 'details')) {
		const summary = elementChildren(details)[0];
		const label = summary && summary.name === 'summary' ? textOf(summary).trim().toLowerCase() : '';
		if (!ANSWER_SUMMARIES.has(label)) {
			details.attributes.open = '';
			details.attributes['data-print'] = 'expand';
			continue;
		}
		const nodes = details.children.filter((child) => child !== summary);
		const number = questionNumber(details) ?? running + 1;
		running = number;
		answers.push({ number, nodes });
		markQuestion(details);
		const lines = linesFor(nodes.map(textOf).join(' '));
		replaceWith(
			details,
			element('div', { class: 'kc-worksheet-space', style: `--kc-worksheet-lines: ${lines}` }, [
				element('span', { class: 'kc-worksheet-label' }, [text(options.spaceLabel)]),
			]),
		);
	}
	return answers;
}
