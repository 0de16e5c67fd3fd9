/**
 * Boundaries are never copied into the repository: the build reads them from GEO_DIR
 * (default ../shared/geo). Without them the map explains how to add them.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function geoDir(): string {
	return resolve(process.env.GEO_DIR ?? '../shared/geo');
}

export function geoStatus(): { provinsi: boolean; kabkota: boolean } {
	const dir = geoDir();
	return {
		provinsi: existsSync(join(dir, 'provinsi.topo.json')),
		kabkota: existsSync(join(dir, 'kabkota.topo.json'))
	};
}
