// The only script every page with a playground loads up front: a custom element that waits until the
// reader reaches the playground (or focuses or clicks inside it) and only then imports the simulator
// and the interactive view (./island/playground.ts), as STYLE.md's "Loading and printing" asks.

class ClusterPlaygroundElement extends HTMLElement {
	#started = false;
	#observer?: IntersectionObserver;

	connectedCallback(): void {
		// In the print book (src/routes/print) a playground is its static storyboard: nothing to run.
		if (this.closest('[data-kc-book]')) return;
		const start = () => this.#start();
		this.addEventListener('focusin', start, { once: true });
		this.addEventListener('pointerdown', start, { once: true });
		if (typeof IntersectionObserver === 'undefined') return start();
		this.#observer = new IntersectionObserver((entries) => {
			if (entries.some((e) => e.isIntersecting)) start();
		}, { rootMargin: '200px 0px' });
		this.#observer.observe(this);
	}

	disconnectedCallback(): void {
		this.#observer?.disconnect();
	}

	#start(): void {
		if (this.#started) return;
		this.#started = true;
		this.#observer?.disconnect();
		this.dataset['state'] = 'loading';
		const loading = this.querySelector<HTMLElement>('[data-loading]');
		if (loading) loading.hidden = false;
		import('./island/playground.ts')
			.then(({ mountPlayground }) => mountPlayground(this))
			.catch((error: unknown) => {
				this.dataset['state'] = 'failed';
				if (loading) loading.textContent = this.dataset['failedText'] ?? String(error);
				console.error(error);
			});
	}
}

if (!customElements.get('kc-cluster-playground')) customElements.define('kc-cluster-playground', ClusterPlaygroundElement);
