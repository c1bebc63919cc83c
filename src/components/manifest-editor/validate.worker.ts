// Runs the validator off the main thread, so a large or pathological manifest never freezes the page.
// It also answers the editor's hovers and completions from the validator's schema and field docs; those
// docs load with the first such request (a separate chunk), so checking never waits for them.
import { validateManifest } from '../../lib/validate/index.ts';
import { formatYaml } from './format-yaml.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';

const reply = (message: WorkerResponse) => postMessage(message);
let assistModule: Promise<typeof import('../../lib/validate/editor-assist.ts')> | undefined;
const assist = () => (assistModule ??= import('../../lib/validate/editor-assist.ts'));

async function answer(request: WorkerRequest): Promise<WorkerResponse> {
	switch (request.op) {
		case 'validate':
			return { id: request.id, op: 'validate', result: validateManifest(request.text) };
		case 'format':
			return { id: request.id, op: 'format', text: formatYaml(request.text) };
		case 'hover': {
			const doc = (await assist()).hoverAt(request.text, request.offset);
			return doc ? { id: request.id, op: 'hover', doc } : { id: request.id, op: 'hover' };
		}
		case 'complete':
			return { id: request.id, op: 'complete', completions: (await assist()).completionsAt(request.text, request.offset) };
	}
}

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
	const request = event.data;
	answer(request).then(reply, (error: unknown) => {
		// validateManifest promises never to throw; this is the safety net if it ever does.
		reply({ id: request.id, op: 'failed', message: error instanceof Error ? error.message : String(error) });
	});
});
