// <kc-quiz>: turns the Markdown quiz inside it into radio buttons with checking. The Markdown stays the
// source of truth: options are the `A. …` list items, the answer is the letter the <details> starts with.
import { gradeQuiz, parseAnswer, parseOption, type QuizQuestion } from '../../lib/course/quiz.ts';
import { progressStore } from '../progress/progress-store.ts';
import { quizStrings, type QuizStrings } from './quiz-strings.ts';

interface MountedQuestion extends QuizQuestion {
	inputs: HTMLInputElement[];
	details: HTMLDetailsElement;
	mark: HTMLParagraphElement;
}

let uid = 0;

function mountQuestion(item: HTMLLIElement, quizId: string, index: number, t: QuizStrings): MountedQuestion | undefined {
	const list = item.querySelector<HTMLUListElement>(':scope > ul');
	const details = item.querySelector<HTMLDetailsElement>(':scope > details');
	if (!list || !details) return undefined;
	const options = [...list.children].map((li) => ({ li: li as HTMLLIElement, option: parseOption(li.textContent ?? '') }));
	const body = [...details.childNodes].filter((n) => n.nodeName !== 'SUMMARY').map((n) => n.textContent ?? '').join('');
	const answer = parseAnswer(body);
	if (!answer || options.some((o) => !o.option)) return undefined;

	const question = item.querySelector(':scope > p');
	const questionId = `kc-quiz-${++uid}`;
	if (question) question.id = questionId;
	list.classList.add('kc-quiz-options');
	list.setAttribute('role', 'radiogroup');
	if (question) list.setAttribute('aria-labelledby', questionId);
	const inputs = options.map(({ li, option }) => {
		const input = document.createElement('input');
		input.type = 'radio';
		input.name = `${quizId}-${index}`;
		input.value = option!.letter;
		const text = document.createElement('span');
		text.append(...li.childNodes);
		const label = document.createElement('label');
		label.append(input, text);
		li.replaceChildren(label);
		// The list becomes a radio group: its items are no longer list items to assistive technology.
		li.setAttribute('role', 'none');
		return input;
	});
	const summary = details.querySelector('summary');
	if (summary) summary.textContent = t.explanation;
	details.hidden = true;
	const mark = document.createElement('p');
	mark.className = 'kc-quiz-mark';
	mark.hidden = true;
	details.before(mark);
	return { letters: options.map((o) => o.option!.letter), answer, inputs, details, mark };
}

class QuizElement extends HTMLElement {
	connectedCallback() {
		// In the print book (src/routes/print) a quiz is a worksheet.
		if (this.dataset.ready || this.closest('[data-kc-book]')) return;
		this.dataset.ready = 'true';
		const t = quizStrings(document.documentElement.lang);
		const quizId = this.dataset.quiz ?? 'quiz';
		const items = this.querySelectorAll<HTMLLIElement>('.kc-quiz-body > ol > li');
		const questions = [...items].map((item, i) => mountQuestion(item, quizId, i, t));
		// A quiz the helpers cannot read stays plain Markdown rather than half-interactive.
		if (questions.length === 0 || questions.some((q) => !q)) return;
		const mounted = questions as MountedQuestion[];

		const status = document.createElement('p');
		status.setAttribute('role', 'status');
		const check = document.createElement('button');
		check.type = 'button';
		check.textContent = t.check;
		const retry = document.createElement('button');
		retry.type = 'button';
		retry.dataset.kind = 'secondary';
		retry.textContent = t.retry;
		retry.hidden = true;
		const actions = document.createElement('div');
		actions.className = 'kc-quiz-actions';
		actions.append(check, retry, status);
		this.append(actions);

		check.addEventListener('click', () => {
			const chosen = mounted.map((q) => q.inputs.find((i) => i.checked)?.value);
			const result = gradeQuiz(mounted, chosen);
			mounted.forEach((q, i) => {
				const mark = result.marks[i];
				q.mark.hidden = false;
				q.mark.dataset.mark = mark === true ? 'right' : mark === false ? 'wrong' : 'none';
				// Words and a symbol, never colour alone.
				q.mark.textContent = mark === true ? `✓ ${t.right}` : mark === false ? `✗ ${t.wrong}` : `– ${t.unanswered}`;
				if (mark !== undefined) {
					q.details.hidden = false;
					q.details.open = true;
				}
			});
			status.textContent = `${t.score(result.correct, result.total)}${result.passed ? ` ${t.passed}` : ''}`;
			if (result.passed) progressStore.markPassed(`quiz:${quizId}`);
			retry.hidden = false;
		});
		retry.addEventListener('click', () => {
			for (const q of mounted) {
				q.inputs.forEach((i) => (i.checked = false));
				q.mark.hidden = true;
				q.details.hidden = true;
				q.details.open = false;
			}
			status.textContent = '';
			retry.hidden = true;
			mounted[0]?.inputs[0]?.focus();
		});
	}
}

export function defineQuizElement(): void {
	if (!customElements.get('kc-quiz')) customElements.define('kc-quiz', QuizElement);
}
