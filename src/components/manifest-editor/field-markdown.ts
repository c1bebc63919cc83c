// A field's documentation as the editor's hovers and suggestion details show it: kubectl explain's
// header (name, type, required), the upstream description, and the allowed values. The descriptions are
// Kubernetes' own, in English; the words around them are in the page's language.
import type { FieldDoc } from './worker-protocol.ts';

export interface FieldDocLabels {
	/** Marks a field the API server requires. */
	required: string;
	/** The line that lists a field's allowed values. */
	values: (list: string) => string;
}

const code = (text: string) => `\`${text.replaceAll('`', "'")}\``;

export function fieldMarkdown(doc: FieldDoc, labels: FieldDocLabels): string {
	const header = `**${doc.name}** ${code(`<${doc.type}>`)}${doc.required ? ` *${labels.required}*` : ''}`;
	const parts = [header];
	if (doc.description) parts.push(doc.description);
	if (doc.enum?.length) parts.push(labels.values(doc.enum.map(code).join(', ')));
	return parts.join('\n\n');
}
