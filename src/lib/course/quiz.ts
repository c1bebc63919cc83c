// Quizzes are written in the lessons as plain Markdown, so they read and print well without JavaScript:
//
//   1. Question?
//      - A. first option
//      - B. second option
//      <details><summary>Answer</summary> **B.** Why B is right. </details>
//
// These helpers read that shape (from option and answer texts) and grade a learner's choices. The quiz
// island in the page and the content test in tests/unit use the same functions.

export const OPTION = /^\s*([A-H])[.．。]\s+(\S[\s\S]*)$/;
const ANSWER = /^\s*([A-H])\s*[.．。]/;

/** `A. text` → { letter: 'A', text: 'text' }; anything else → undefined. */
export function parseOption(text: string): { letter: string; text: string } | undefined {
	const match = OPTION.exec(text);
	return match ? { letter: match[1]!, text: match[2]!.trim() } : undefined;
}

/** The letter an answer explanation starts with (`**B.** because…` read as text: `B. because…`). */
export function parseAnswer(text: string): string | undefined {
	return ANSWER.exec(text)?.[1];
}

export interface QuizQuestion {
	letters: string[];
	answer: string;
}

export interface QuizResult {
	correct: number;
	total: number;
	/** Per question: true (right), false (wrong) or undefined (not answered). */
	marks: (boolean | undefined)[];
	passed: boolean;
}

/** Grades chosen letters (undefined where nothing was chosen). A quiz is passed when every answer is right. */
export function gradeQuiz(questions: readonly QuizQuestion[], chosen: readonly (string | undefined)[]): QuizResult {
	const marks = questions.map((q, i) => (chosen[i] === undefined ? undefined : chosen[i] === q.answer));
	const correct = marks.filter((m) => m === true).length;
	return { correct, total: questions.length, marks, passed: correct === questions.length && questions.length > 0 };
}
