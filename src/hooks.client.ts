import type { ClientInit } from '@sveltejs/kit';
import { onEngineStart } from '$lib/db/start-hooks';
import { keepPageData } from '$lib/data/page-data';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { perAddress } from '$lib/i18n/per-address';

export const init: ClientInit = () => {
	// the language comes from the address: resolved once per address, not for every string
	overwriteGetLocale(perAddress(getLocale, () => location.href));
	// a page's data, once preloaded or opened, opens it again without asking the browser's cache
	keepPageData(window);
	// datasets imported in this browser go back into every engine that starts (loaded only then)
	onEngineStart(async (engine) =>
		(await import('$lib/import/datasets.svelte')).restoreImported(engine)
	);
};
