// Formatting with the same YAML library the validator parses with: comments are kept, indentation is
// normalised to two spaces with indented list items (the style of the Kubernetes docs). Text that does
// not parse is left alone: reformatting a broken document would move the learner's mistakes around.
import { parseAllDocuments } from 'yaml';

/** The formatted text, or undefined when some document has a syntax error. */
export function formatYaml(text: string): string | undefined {
	const docs = parseAllDocuments(text, { version: '1.1' });
	if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0)) return undefined;
	return docs
		.map((doc, i) => {
			const out = doc.toString({ indent: 2, indentSeq: true, lineWidth: 0 });
			return i > 0 && !out.startsWith('---') ? `---\n${out}` : out;
		})
		.join('');
}
