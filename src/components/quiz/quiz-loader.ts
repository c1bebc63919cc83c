// What a lesson loads for its quiz as it opens: nothing but this. The quiz sits at the end of the lesson
// and reads as plain Markdown; its code (./quiz-element.ts) loads when the quiz comes within a screen's
// height of the viewport (scrolling, a link to it, Tab reaching it), so it is radio buttons by the time
// the reader gets there, and a reader who stops earlier downloads none of it.
const quizzes = document.querySelectorAll('kc-quiz');
if (quizzes.length > 0) {
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			void import('./quiz-element.ts').then(({ defineQuizElement }) => defineQuizElement());
		},
		{ rootMargin: '100% 0px' },
	);
	for (const quiz of quizzes) observer.observe(quiz);
}
