// Play, pause, "Next" (step mode) and speed for the simulated clock. While playing, simulated time moves
// `speed` seconds per real second, in quarter-second ticks.
import type { ClusterRuntime } from '../../../lib/session/index.ts';
import type { PlaygroundStrings } from '../model/strings.ts';

/** Real milliseconds between ticks. @default 250 */
const TICK_MS = 250;

export class Clock {
	readonly #runtime: ClusterRuntime;
	readonly #play: HTMLButtonElement;
	readonly #t: PlaygroundStrings;
	#timer: ReturnType<typeof setInterval> | undefined;
	#speed = 1;
	onReset: () => void = () => {};
	/** Step mode's "Next" (the clock is paused first). */
	onNext: () => void = () => {};

	constructor(toolbar: HTMLElement, runtime: ClusterRuntime, t: PlaygroundStrings, autoplay: boolean) {
		this.#runtime = runtime;
		this.#t = t;
		this.#play = toolbar.querySelector<HTMLButtonElement>('[data-action="play"]')!;
		this.#play.addEventListener('click', () => (this.playing ? this.pause() : this.play()));
		toolbar.querySelector('[data-action="step"]')!.addEventListener('click', () => {
			this.pause();
			this.onNext();
		});
		const speed = toolbar.querySelector<HTMLSelectElement>('[data-action="speed"]')!;
		// The reader may have picked a speed before the clock was live.
		const readSpeed = () => (this.#speed = Number(speed.value) || 1);
		readSpeed();
		speed.addEventListener('change', readSpeed);
		toolbar.querySelector('[data-action="reset"]')!.addEventListener('click', () => this.onReset());
		if (autoplay) this.play();
		else this.pause();
	}

	get playing(): boolean {
		return this.#timer !== undefined;
	}

	play(): void {
		this.#runtime.hold(false);
		if (!this.#timer) this.#timer = setInterval(() => this.#runtime.advance(TICK_MS * this.#speed), TICK_MS);
		this.#show();
	}

	/** Stops the clock; until Next or Play, the controllers do not react to commands (ClusterRuntime.hold). */
	pause(): void {
		this.#runtime.hold(true);
		clearInterval(this.#timer);
		this.#timer = undefined;
		this.#show();
	}

	#show(): void {
		// The button names the action it performs (no aria-pressed: its label already changes).
		this.#play.textContent = this.playing ? this.#t.pause : this.#t.play;
		this.#play.dataset['playing'] = String(this.playing);
	}
}
