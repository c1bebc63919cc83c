// QTI 2.1 (IMS Question and Test Interoperability): one assessmentItem per quiz question (a
// choiceInteraction scored 1 when the response matches the correct one, as the match_correct template
// does, and the explanation as modal feedback shown after answering), and the IMS content package
// manifest that lists them, for learning platforms that import QTI packages.
import type { LessonQuiz } from './gift.ts';
import type { QuizItem } from './read-quiz.ts';

const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const QTI_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';

/** Text for XML content or a double-quoted attribute; characters XML 1.0 forbids are dropped. */
export function xmlEscape(text: string): string {
	return text
		// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 cannot hold
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
		.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** The item's identifier (an NCName: the lesson slug starts with a letter) and its file in the package. */
export const qtiItemId = (slug: string, number: number) => `${slug}-q${number}`;
export const qtiItemFile = (slug: string, number: number) => `items/${qtiItemId(slug, number)}.xml`;

export function qtiItem(lesson: LessonQuiz, item: QuizItem, lang: string): string {
	const multiple = item.answers.length > 1;
	const values = item.answers.map((a) => `<value>${xmlEscape(a)}</value>`).join('');
	const choices = item.options.map((o) => `\t\t\t<simpleChoice identifier="${xmlEscape(o.letter)}">${xmlEscape(o.text)}</simpleChoice>`).join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}"
	identifier="${qtiItemId(lesson.slug, item.number)}" title="${xmlEscape(`${lesson.title} ${item.number}`)}" adaptive="false" timeDependent="false" xml:lang="${xmlEscape(lang)}">
	<responseDeclaration identifier="RESPONSE" cardinality="${multiple ? 'multiple' : 'single'}" baseType="identifier">
		<correctResponse>${values}</correctResponse>
	</responseDeclaration>
	<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">
		<defaultValue><value>0</value></defaultValue>
	</outcomeDeclaration>
	<outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>
	<itemBody>
		<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="${multiple ? 0 : 1}">
			<prompt>${xmlEscape(item.stem)}</prompt>
${choices}
		</choiceInteraction>
	</itemBody>
	<responseProcessing>
		<responseCondition>
			<responseIf>
				<match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>
				<setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue>
			</responseIf>
		</responseCondition>
		<setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">EXPLANATION</baseValue></setOutcomeValue>
	</responseProcessing>${item.feedback ? `\n\t<modalFeedback outcomeIdentifier="FEEDBACK" identifier="EXPLANATION" showHide="show">${xmlEscape(item.feedback)}</modalFeedback>` : ''}
</assessmentItem>
`;
}

/** imsmanifest.xml of the package: one resource per item. */
export function qtiManifest(lessons: readonly LessonQuiz[], identifier: string): string {
	const resources = lessons.flatMap((lesson) =>
		lesson.items.map((item) => {
			const href = qtiItemFile(lesson.slug, item.number);
			return `\t\t<resource identifier="res-${qtiItemId(lesson.slug, item.number)}" type="imsqti_item_xmlv2p1" href="${href}">\n\t\t\t<file href="${href}"/>\n\t\t</resource>`;
		}),
	);
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="${xmlEscape(identifier)}">
	<metadata>
		<schema>QTIv2.1 Package</schema>
		<schemaversion>1.0.0</schemaversion>
	</metadata>
	<organizations/>
	<resources>
${resources.join('\n')}
	</resources>
</manifest>
`;
}
