import { profileSet } from '$lib/server/profiles';
import { geoStatus } from '../../../scripts/pipeline/geo';

/** The values the map colours by (regions only); the shapes come from /peta/geo.json. */
export async function load() {
	const set = await profileSet();
	const status = geoStatus();
	return {
		geo: { available: status.provinsi && status.kabkota },
		values: set.directory
			.filter((d) => d.kode !== null)
			.map((d) => ({
				id: d.id,
				name: d.name,
				kind: d.kind,
				year: d.year,
				index: d.index,
				kebijakan: d.kebijakan,
				tata_kelola: d.tata_kelola,
				manajemen: d.manajemen,
				layanan: d.layanan
			}))
	};
}
