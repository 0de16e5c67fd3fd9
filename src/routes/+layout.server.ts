import { manifest } from '$lib/server/published';

export function load() {
	const m = manifest();
	return {
		site: {
			builtAt: m.builtAt,
			engine: m.engine,
			latestYear: m.latestYear,
			officialYears: m.officialYears
		}
	};
}
