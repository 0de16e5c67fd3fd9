/**
 * Boundaries for the map, read at build time from GEO_DIR (default ../shared/geo) and turned into
 * SVG paths in the build output only (never copied into the repository). Server-only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoDir } from './geo-dir';
import { decodeArcs, rings, type Topology } from '$lib/map/topojson';
import { frame, pathData } from '$lib/map/path';

export interface MapShape {
	kode: string;
	nama: string;
	d: string;
}
export type MapGeo =
	| { available: false; dir: string }
	| { available: true; width: number; height: number; provinsi: MapShape[]; kabkota: MapShape[] };

function read(file: string): Topology | null {
	const path = join(geoDir(), file);
	return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Topology) : null;
}

export function mapGeo(width = 1000): MapGeo {
	const prov = read('provinsi.topo.json');
	const kab = read('kabkota.topo.json');
	if (!prov || !kab) return { available: false, dir: geoDir() };
	const layers = [prov, kab].map((topo) => {
		const arcs = decodeArcs(topo);
		const object = Object.values(topo.objects)[0];
		return (object?.geometries ?? []).map((g) => ({
			kode: String(g.properties?.kode ?? ''),
			nama: String(g.properties?.nama ?? ''),
			rings: rings(g, arcs)
		}));
	});
	const f = frame(
		layers.flat().flatMap((s) => s.rings),
		width
	);
	const [p = [], k = []] = layers.map((layer) =>
		layer.map((s) => ({ kode: s.kode, nama: s.nama, d: pathData(s.rings, f) }))
	);
	return { available: true, width: f.width, height: f.height, provinsi: p, kabkota: k };
}
