import type { ClientInit } from '@sveltejs/kit';
import { onEngineStart } from '$lib/db/start-hooks';

export const init: ClientInit = () => {
	// datasets imported in this browser go back into every engine that starts (loaded only then)
	onEngineStart(async (engine) =>
		(await import('$lib/import/datasets.svelte')).restoreImported(engine)
	);
};
