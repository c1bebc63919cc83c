// Messages between the page and validate.worker.ts. Plain data, so they cross the worker boundary by
// structured clone.
import type { ValidationResult } from '../../lib/validate/index.ts';
import type { Completions, FieldDoc } from '../../lib/validate/editor-assist.ts';

export type { Completions, FieldDoc };

export type WorkerRequest =
	| { id: number; op: 'validate'; text: string }
	| { id: number; op: 'format'; text: string }
	/** Field docs at an offset (editor hover) and completions at an offset (editor suggestions). */
	| { id: number; op: 'hover' | 'complete'; text: string; offset: number };

export type WorkerResponse =
	| { id: number; op: 'validate'; result: ValidationResult }
	| { id: number; op: 'format'; text?: string }
	| { id: number; op: 'hover'; doc?: FieldDoc }
	| { id: number; op: 'complete'; completions: Completions }
	| { id: number; op: 'failed'; message: string };
