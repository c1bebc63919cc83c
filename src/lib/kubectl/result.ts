/** What one kubectl invocation produced. */
export interface KubectlResult {
	stdout: string;
	stderr: string;
	exitCode: number;
}

/** An error kubectl prints to stderr before exiting with `exitCode`. */
export class KubectlError extends Error {
	readonly exitCode: number;

	constructor(message: string, exitCode = 1) {
		super(message);
		this.exitCode = exitCode;
	}
}

/** Collects a command's output in order. */
export class Output {
	stdout = '';
	stderr = '';
	exitCode = 0;

	out(text: string): void {
		this.stdout += text.endsWith('\n') || text === '' ? text : `${text}\n`;
	}

	/** Exactly `text`, without the newline `out` adds (`-o jsonpath` prints none). */
	write(text: string): void {
		this.stdout += text;
	}

	err(text: string): void {
		this.stderr += text.endsWith('\n') || text === '' ? text : `${text}\n`;
	}

	fail(text: string, exitCode = 1): void {
		this.err(text);
		this.exitCode = exitCode;
	}
}
