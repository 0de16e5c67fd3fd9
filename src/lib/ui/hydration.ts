/**
 * Whether the first page is still being hydrated. The root layout marks html[data-hydrated]
 * once every component of the first page has mounted (`markHydrated`); the end-to-end tests and
 * `npm run bench` wait on that mark, and CSS reads it (html:not([data-hydrated])).
 *
 * `firstRender()` is true while prerendering and while the first page hydrates: the time when a
 * component must render what the prerendered HTML holds, or may read what the reader did to
 * that HTML before the script ran. A component mounted later (a client-side navigation) gets
 * false.
 */
import { browser } from '$app/environment';

export function firstRender(): boolean {
	return !browser || !document.documentElement.hasAttribute('data-hydrated');
}

export function markHydrated(): void {
	document.documentElement.dataset.hydrated = '';
}
