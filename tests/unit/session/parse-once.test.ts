// A line is prepared (to load what it needs) and then run: its text is split and its here-document
// read as YAML once, not twice (shared/memo.ts).
import { expect, it, vi } from 'vitest';

const reads = vi.hoisted(() => ({ count: 0 }));
// The validator reads YAML with the yaml library's Parser (validate/parse.ts); parseAllDocuments
// (Parser and Composer) is counted too, in case a reader uses it.
vi.mock('yaml', async (original) => {
	const yaml = await original<typeof import('yaml')>();
	class CountingParser extends yaml.Parser {
		*parse(source: string, incomplete?: boolean) {
			reads.count++;
			yield* super.parse(source, incomplete);
		}
	}
	return {
		...yaml,
		Parser: CountingParser,
		parseAllDocuments: (...args: Parameters<typeof yaml.parseAllDocuments>) => {
			reads.count++;
			return yaml.parseAllDocuments(...args);
		},
	};
});

it('prepare then run reads the here-document once, and gives run its own copy', async () => {
	// Fresh modules: the setup file loaded the YAML codec before this file's mock existed.
	vi.resetModules();
	const { createRuntime } = await import('../../../src/lib/session/index.ts');
	const rt = createRuntime();
	const line = 'kubectl apply -f - <<EOF\napiVersion: v1\nkind: Pod\nmetadata:\n  name: once\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\nEOF';
	await rt.prepare(line);
	const before = reads.count;
	expect(before).toBe(1);
	const [entry] = rt.run(line);
	expect(entry!.output).toBe('pod/once created\n');
	expect(reads.count).toBe(before);
	// The stored object is the run's own: changing it changes nothing the next reading gives.
	const [again] = rt.run(line);
	expect(again!.output).toBe('pod/once unchanged\n');
});
