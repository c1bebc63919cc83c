// Runs the validator off the main thread, so a large or pathological manifest never freezes the page.
// It also answers the editor's hovers and completions from the validator's schema and field docs; those
// docs are a separate chunk, loaded once the first check is answered, so that check never waits for them.
// Not later, with the first hover or completion: the editor asks for completions on the first keystroke
// (quick suggestions), and loading the docs then (~75 ms of this thread at 4× CPU slowdown) held up that
// keystroke's check.
import { validateManifest } from '../../lib/validate/index.ts';
import { formatYaml } from './format-yaml.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';

const reply = (message: WorkerResponse) => postMessage(message);
let assistModule: Promise<typeof import('../../lib/validate/editor-assist.ts')> | undefined;
const assist = () => (assistModule ??= import('../../lib/validate/editor-assist.ts'));

async function answer(request: WorkerRequest): Promise<WorkerResponse> {
	switch (request.op) {
		case 'validate': {
			const response: WorkerResponse = { id: request.id, op: 'validate', result: validateManifest(request.text) };
			setTimeout(assist, 0); // After this answer is posted.
			return response;
		}
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
