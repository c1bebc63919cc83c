// Runs the validator off the main thread, so a large or pathological manifest never freezes the page.
import { validateManifest } from '../../lib/validate/index.ts';
import { formatYaml } from './format-yaml.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';

const reply = (message: WorkerResponse) => postMessage(message);

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
	const request = event.data;
	try {
		if (request.op === 'validate') reply({ id: request.id, op: 'validate', result: validateManifest(request.text) });
		else reply({ id: request.id, op: 'format', text: formatYaml(request.text) });
	} catch (error) {
		// validateManifest promises never to throw; this is the safety net if it ever does.
		reply({ id: request.id, op: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
});
