/**
 * kubectl describe's PrefixWriter: lines at indentation levels, all aligned by one tabwriter at the
 * end (k8s.io/kubectl/pkg/describe/describe.go `tabbedString`, LEVEL_0…LEVEL_3).
 */
import type { KubeEvent, KubeObject } from '../../cluster/api/types.ts';
import { since } from '../duration.ts';
import { DESCRIBE, tabwrite } from '../tabwriter.ts';

export class DescribeWriter {
	#lines: string[] = [];

	write(level: number, text: string): void {
		this.#lines.push('  '.repeat(level) + text);
	}

	/** `Labels:  a=b` then one continuation line per further entry (printLabelsMultiline). */
	map(level: number, title: string, map: Record<string, string> | undefined, sep = '='): void {
		const entries = Object.entries(map ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
		if (entries.length === 0) return this.write(level, `${title}:\t<none>`);
		entries.forEach(([k, v], i) => this.write(level, `${i === 0 ? `${title}:` : ''}\t${k}${sep}${v}`));
	}

	list(level: number, title: string, items: string[]): void {
		if (items.length === 0) return this.write(level, `${title}:\t<none>`);
		items.forEach((item, i) => this.write(level, `${i === 0 ? `${title}:` : ''}\t${item}`));
	}

	/** DescribeEvents: the Events table, oldest first, `(xN over …)` for repeats. */
	events(events: KubeEvent[], now: number): void {
		if (events.length === 0) return this.write(0, 'Events:\t<none>');
		this.write(0, 'Events:');
		this.write(1, 'Type\tReason\tAge\tFrom\tMessage');
		this.write(1, '----\t------\t----\t----\t-------');
		for (const e of events) {
			const age = e.count > 1 ? `${since(e.lastTimestamp, now)} (x${e.count} over ${since(e.firstTimestamp, now)})` : since(e.firstTimestamp, now);
			this.write(1, `${e.type}\t${e.reason}\t${age}\t${e.source.component}\t${e.message.trim()}`);
		}
	}

	toString(): string {
		return tabwrite(this.#lines.join('\n'), DESCRIBE);
	}
}

export function annotationsFor(obj: KubeObject): Record<string, string> | undefined {
	// describe skips the last-applied annotation (skipAnnotations).
	const a = { ...obj.metadata.annotations };
	delete a['kubectl.kubernetes.io/last-applied-configuration'];
	return a;
}
