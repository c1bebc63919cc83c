// The shell the terminal, `npm run kube` and the storyboards share (src/lib/session/shell): its syntax,
// its filters and how it runs lists, pipes and substitutions, on its own and against the simulated cluster.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/lib/kubectl/tokenize.ts';
import { FILTERS } from '../../../src/lib/session/shell/filters.ts';
import { loadFilters, MAX_OUTPUT, runStatement, type ShellHost } from '../../../src/lib/session/shell/run.ts';
import { parseScript, ShellSyntaxError } from '../../../src/lib/session/shell/syntax.ts';
import { createRuntime, parseSession } from '../../../src/lib/session/index.ts';
import { needsShell } from '../../../src/lib/session/parse.ts';
import { literalWord } from '../../../src/lib/session/shell/syntax.ts';
import { RC_SCENARIO } from '../lab/fixtures.ts';

/** A host with one program, `say`, that prints its arguments, and `fail`, that exits 3 with a message. */
const host: ShellHost = {
	program(name, args, stdin) {
		if (name === 'say') return { stdout: `${args.join(' ')}\n`, stderr: '', exitCode: 0 };
		if (name === 'fail') return { stdout: '', stderr: 'fail: failed\n', exitCode: 3 };
		if (name === 'stdin') return { stdout: stdin ?? '<none>', stderr: '', exitCode: 0 };
		return undefined;
	},
};

const run = (text: string) => {
	const [statement] = parseScript(text, 1, { recover: true }).statements;
	return runStatement(statement!, host);
};

const filter = (name: string, args: string[], input: string) => FILTERS[name]!(args, input);

await loadFilters();

describe('syntax', () => {
	it('reads one statement per line, with continuations, comments and here-documents', () => {
		const script = parseScript("# note\nkubectl get \\\n  pods # trailing\nkubectl apply -f - <<'EOF'\nkind: Pod\nEOF\nsleep 5");
		expect(script.statements.map((s) => [s.line, s.text])).toEqual([
			[1, '# note'],
			[2, 'kubectl get \\\n  pods # trailing'],
			[4, "kubectl apply -f - <<'EOF'\nkind: Pod\nEOF"],
			[7, 'sleep 5'],
		]);
		expect(script.statements[2]!.lists[0]!.first.commands[0]!.heredoc).toEqual({ delimiter: 'EOF', body: 'kind: Pod\n', unterminated: false });
	});

	it('strips leading tabs with <<-', () => {
		const [statement] = parseScript('stdin <<-END\n\t\tline\n\tEND').statements;
		expect(runStatement(statement!, host).output).toBe('line\n');
	});

	it("words with quotes: '…' is literal, \"…\" keeps spaces, a backslash escapes", () => {
		expect(run(`say 'a  $(x)' "b  c" d\\ e`).output).toBe('a  $(x) b  c d e\n');
		expect(run('say ""').output).toBe('\n');
	});

	it("reports problems in bash's words", () => {
		expect(() => parseScript("echo 'open")).toThrow(new ShellSyntaxError("unexpected EOF while looking for matching `''", 1));
		expect(() => parseScript('| grep x')).toThrow("syntax error near unexpected token `|'");
		expect(() => parseScript('kubectl get pods |')).toThrow('syntax error: unexpected end of file');
		expect(() => parseScript('kubectl get pods && ; ls')).toThrow("syntax error near unexpected token `;'");
		expect(() => parseScript('echo $(kubectl get pods')).toThrow("unexpected EOF while looking for matching `)'");
		expect(() => parseScript('kubectl get pod x -o yaml > pod.yaml')).toThrow(/redirections to files are not available/);
		expect(() => parseScript('sleep 100 &')).toThrow(/background jobs are not available/);
	});

	it('with recover, a bad line reports itself and the next lines still parse', () => {
		const statements = parseScript("say one\necho 'oops\nsay two", 1, { recover: true }).statements;
		expect(statements.map((s) => [s.line, s.text, s.error])).toEqual([
			[1, 'say one', undefined],
			[2, "echo 'oops", "unexpected EOF while looking for matching `''"],
			[3, 'say two', undefined],
		]);
		expect(runStatement(statements[1]!, host)).toEqual({ output: "bash: unexpected EOF while looking for matching `''\n", exitCode: 2 });
	});

	it('an unterminated here-document warns as bash does and still runs with what it read', () => {
		expect(run('stdin <<EOF\nkind: Pod').output).toBe("bash: warning: here-document delimited by end-of-file (wanted `EOF')\nkind: Pod\n");
	});
});

describe('running', () => {
	it('pipes each output into the next command', () => {
		expect(run('say web-1 db-1 web-2 | tr " " "\\n" | grep web | wc -l')).toEqual({ output: '2\n', exitCode: 0 });
	});

	it('&& runs on success, || on failure, ; always; the exit code is the last one run', () => {
		expect(run('say a && say b')).toEqual({ output: 'a\nb\n', exitCode: 0 });
		expect(run('fail && say b')).toEqual({ output: 'fail: failed\n', exitCode: 3 });
		expect(run('fail || say recovered')).toEqual({ output: 'fail: failed\nrecovered\n', exitCode: 0 });
		expect(run('fail; say after')).toEqual({ output: 'fail: failed\nafter\n', exitCode: 0 });
	});

	it('splits an unquoted substitution into words and keeps a quoted one whole; trailing newlines go', () => {
		expect(run('say [$(say a b)]').output).toBe('[a b]\n');
		expect(run('stdin <<EOF\nx\nEOF').output).toBe('x\n');
		expect(run('say $(say one two | tr " " "\\n" | head -1)').output).toBe('one\n');
		expect(run(`say "$(echo 'a   b')"`).output).toBe('a   b\n');
		expect(run(`say $(echo '  a   b  ')x`).output).toBe('a b x\n');
		// An empty unquoted substitution leaves no word behind.
		expect(run('say $(true) end').output).toBe('end\n');
	});

	it('says command not found (exit 127) for a program it does not know', () => {
		expect(run('kubectl get pods | less')).toEqual({ output: 'bash: kubectl: command not found\nbash: less: command not found\n', exitCode: 127 });
	});

	it('cuts a runaway output with a note instead of growing without end', () => {
		const big = 'x'.repeat(MAX_OUTPUT + 10);
		const out = runStatement(parseScript('stdin').statements[0]!, { program: () => ({ stdout: big, stderr: '', exitCode: 0 }) }).output;
		expect(out.length).toBeLessThan(MAX_OUTPUT + 100);
		expect(out).toMatch(/output cut at 1,000,000 characters\n$/);
	});

	it('parses a megabyte of pasted text without throwing', () => {
		const text = `${'kubectl get pods | grep -c web\n'.repeat(35_000)}`;
		expect(parseScript(text, 1, { recover: true }).statements).toHaveLength(35_000);
	});
});

describe('filters', () => {
	const PODS = 'NAME    READY   STATUS\nweb-1   1/1     Running\ndb-1    0/1     Pending\nweb-2   1/1     Running\n';

	it('grep: -v, -i, -E, -c, -n, -w, -o; exit 1 when nothing matches', () => {
		expect(filter('grep', ['web'], PODS).stdout).toBe('web-1   1/1     Running\nweb-2   1/1     Running\n');
		expect(filter('grep', ['-v', 'web'], PODS).stdout).toBe('NAME    READY   STATUS\ndb-1    0/1     Pending\n');
		expect(filter('grep', ['-i', 'PENDING'], PODS).stdout).toBe('db-1    0/1     Pending\n');
		expect(filter('grep', ['-E', 'db|NAME'], PODS).stdout).toBe('NAME    READY   STATUS\ndb-1    0/1     Pending\n');
		expect(filter('grep', ['-c', 'Running'], PODS)).toEqual({ stdout: '2\n', stderr: '', exitCode: 0 });
		expect(filter('grep', ['-vc', 'Running'], PODS).stdout).toBe('2\n');
		expect(filter('grep', ['-n', 'db'], PODS).stdout).toBe('3:db-1    0/1     Pending\n');
		expect(filter('grep', ['-o', 'web-[0-9]'], PODS).stdout).toBe('web-1\nweb-2\n');
		expect(filter('grep', ['-w', 'web'], 'web-1\nwebapp\n').stdout).toBe('web-1\n');
		expect(filter('grep', ['nothing'], PODS)).toEqual({ stdout: '', stderr: '', exitCode: 1 });
		expect(filter('grep', [], PODS).exitCode).toBe(2);
		expect(filter('grep', ['(', 'x'], PODS).exitCode).toBe(2);
	});

	it('head and tail: -n N, -N, tail -n +N', () => {
		expect(filter('head', ['-1'], PODS).stdout).toBe('NAME    READY   STATUS\n');
		expect(filter('head', ['-n', '2'], PODS).stdout).toBe('NAME    READY   STATUS\nweb-1   1/1     Running\n');
		expect(filter('tail', ['-n', '1'], PODS).stdout).toBe('web-2   1/1     Running\n');
		expect(filter('tail', ['-n', '+2'], PODS).stdout).toBe('web-1   1/1     Running\ndb-1    0/1     Pending\nweb-2   1/1     Running\n');
		expect(filter('head', ['-n', 'x'], PODS)).toEqual({ stdout: '', stderr: "head: invalid number of lines: 'x'\n", exitCode: 1 });
	});

	it('wc -l counts lines; wc alone prints lines, words and bytes', () => {
		expect(filter('wc', ['-l'], PODS).stdout).toBe('4\n');
		expect(filter('wc', [], 'a b\nc\n').stdout).toBe('      2       3       6\n');
	});

	it('sort (-r, -n, -k, -u), uniq (-c), cut (-d -f), awk {print $N}', () => {
		expect(filter('sort', [], 'b\na\nc\n').stdout).toBe('a\nb\nc\n');
		expect(filter('sort', ['-rn'], '2\n10\n1\n').stdout).toBe('10\n2\n1\n');
		expect(filter('sort', ['-k', '2'], 'x b\ny a\n').stdout).toBe('y a\nx b\n');
		expect(filter('uniq', ['-c'], 'a\na\nb\n').stdout).toBe('      2 a\n      1 b\n');
		expect(filter('cut', ['-d', '/', '-f', '2'], 'pod/web-1\npod/web-2\n').stdout).toBe('web-1\nweb-2\n');
		expect(filter('cut', ['-f1'], 'no-tab\n').stdout).toBe('no-tab\n');
		expect(filter('awk', ['{print $1}'], PODS).stdout).toBe('NAME\nweb-1\ndb-1\nweb-2\n');
		expect(filter('awk', ['{print $1, $3}'], 'a b c\n').stdout).toBe('a c\n');
		expect(filter('awk', ['NR>1 {print $NF}'], PODS).stdout).toBe('Running\nPending\nRunning\n');
		expect(filter('awk', ['-F:', '{print $2}'], 'a:b\n').stdout).toBe('b\n');
		expect(filter('awk', ['BEGIN { x = 1 }'], PODS).exitCode).toBe(2);
	});
});

describe('on the simulated cluster', () => {
	it('pipes kubectl into filters, and substitutes a Pod name into the next command', async () => {
		const runtime = createRuntime({ seed: 7 });
		await runtime.prepare(RC_SCENARIO);
		runtime.run(RC_SCENARIO);
		const text = 'kubectl get pods | grep -c Running\nkubectl delete $(kubectl get pods -l app=web -o name | head -1) && kubectl get pods -o name | wc -l';
		await runtime.prepare(text);
		const [count, deleted] = runtime.run(text);
		expect(count).toMatchObject({ kind: 'shell', output: '3\n', exitCode: 0 });
		expect(deleted!.command).toBe('kubectl delete $(kubectl get pods -l app=web -o name | head -1) && kubectl get pods -o name | wc -l');
		expect(deleted!.output).toMatch(/^pod "web-[a-z0-9]{5}" deleted from default namespace\n3\n$/);
	});

	it('a session reads pipes as shell steps and plain commands as before', () => {
		expect(parseSession('kubectl get pods\nkubectl get pods | head -1\nsleep 2\nfrobnicate').map((s) => s.kind)).toEqual(['kubectl', 'shell', 'sleep', 'error']);
	});
});

describe('the fast path for one plain command', () => {
	/** What the shell's parser makes of a line: its words and here-document, or its error. */
	const viaShell = (line: string) => {
		try {
			const [statement] = parseScript(line).statements;
			const command = statement!.lists[0]!.first.commands[0]!;
			return { words: command.words.map((w) => literalWord(w)), stdin: command.heredoc?.body };
		} catch (error) {
			return { error: (error as Error).message };
		}
	};
	const viaTokenize = (line: string) => {
		try {
			const { words, stdin } = tokenize(line);
			return { words, stdin };
		} catch (error) {
			return { error: (error as Error).message };
		}
	};

	it('sends pipes, lists, substitutions and trailing comments to the shell, and nothing else', () => {
		for (const line of ['kubectl get pods | head -1', 'a && b', 'a; b', 'kubectl delete $(x)', 'kubectl get pods # all', 'echo "$(date)"', 'x > y', 'sleep 5 &'])
			expect(needsShell(line), line).toBe(true);
		for (const line of ['kubectl get pods', "kubectl label pod web 'a=b|c'", 'kubectl apply -f - <<EOF', 'kubectl get pods -l "app in (web)"', 'kubectl annotate pod x a=#1'])
			expect(needsShell(line), line).toBe(false);
	});

	it('splits every line it takes exactly as the shell would (words, quotes, escapes, here-documents)', () => {
		const piece = fc.constantFrom('kubectl', 'get', 'pods', '-l', 'app=web', ' ', '  ', "'", '"', '\\', 'a b', '=', '-o', 'x', '$', '#', '<<EOF', '<<-EOF', "<<'EOF'");
		const line = fc.array(piece, { minLength: 1, maxLength: 10 }).map((parts) => `kubectl ${parts.join('')}`);
		const body = fc.constantFrom('', '\nkind: Pod\nEOF', '\n\tkind: Pod\n\tEOF');
		fc.assert(
			fc.property(line, body, (first, rest) => {
				// A body follows only a line that opens a here-document (parseSession keeps other lines apart).
				const text = first + (first.includes('<<') ? rest : '');
				const [step] = parseSession(text);
				fc.pre(step?.kind === 'kubectl');
				const command = step!.kind === 'kubectl' ? step!.command : '';
				const shell = viaShell(command);
				const fast = viaTokenize(command);
				// Both refuse, or both read the same words and the same standard input.
				if ('error' in shell || 'error' in fast) expect('error' in fast, command).toBe('error' in shell);
				else expect(fast, command).toEqual(shell);
			}),
			{ numRuns: 5_000 },
		);
	});
});
