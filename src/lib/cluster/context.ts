/** What every controller is built with: the API server, the clock and the event recorder. */
import type { ApiServer } from './apiserver/api-server.ts';
import type { SimulatedClock } from './clock.ts';
import type { Decision } from './decisions.ts';
import type { EventRecorder } from './events.ts';

export interface ControllerContext {
	readonly api: ApiServer;
	readonly clock: SimulatedClock;
	readonly events: EventRecorder;
	/** Records why the controller acted (decisions.ts); present only in step mode, where someone reads it. */
	readonly decide?: (decision: Decision) => void;
}
