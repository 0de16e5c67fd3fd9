import type { ClientInit } from '@sveltejs/kit';
import { onEngineStart } from '$lib/db/start-hooks';
import { keepPageData } from '$lib/data/page-data';

export const init: ClientInit = () => {
	// a page's data, once preloaded or opened, opens it again without asking the browser's cache
	keepPageData(window);
	// datasets imported in this browser go back into every engine that starts (loaded only then)
	onEngineStart(async (engine) =>
		(await import('$lib/import/datasets.svelte')).restoreImported(engine)
	);
};
