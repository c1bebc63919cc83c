// Messages between the page and validate.worker.ts. Plain data, so they cross the worker boundary by
// structured clone.
import type { ValidationResult } from '../../lib/validate/index.ts';

export type WorkerRequest = { id: number; op: 'validate'; text: string } | { id: number; op: 'format'; text: string };

export type WorkerResponse =
	| { id: number; op: 'validate'; result: ValidationResult }
	| { id: number; op: 'format'; text?: string }
	| { id: number; op: 'failed'; message: string };
