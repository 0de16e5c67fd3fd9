/**
 * The `instansi` and `instansi_province` tables: the 38 provinces and 514 kabupaten/kota of the
 * registry (named as Kemendagri spells them, data/reference/region_names.csv) and every central
 * body, current and former; and, where a region changed province (the 2022 Papua split,
 * data/reference/province_splits.csv), its province in each period.
 */
import { slugify } from '../../../src/lib/instansi';
import type { Instansi, InstansiProvince } from '../model';
import type { Context } from './context';

export interface InstansiTables {
	byId: Map<string, Instansi>;
	instansi_province: InstansiProvince[];
	/** the instansi's province in a year (Kemendagri code), for regions */
	provinceIn(id: string, year: number): string | null;
}

export function buildInstansi(ctx: Context): InstansiTables {
	const { raw, reg } = ctx;
	const provinceName = new Map(
		reg.regions.filter((r) => r.kind === 'provinsi').map((r) => [r.kode, r.nama])
	);

	const splits = new Map<string, { parent: string; firstYear: number }>();
	for (const r of raw.provinceSplits.rows) {
		const t = raw.provinceSplits;
		const kode = r.values.kode ?? '';
		const parent = r.values.parent_kode ?? '';
		const firstYear = ctx.int(t, r, 'first_year');
		for (const [field, k] of [
			['kode', kode],
			['parent_kode', parent]
		] as const)
			if (!provinceName.has(k))
				ctx.problem(t, r, field, 'province-split', `"${k}" is not a province code`);
		if (firstYear !== null) splits.set(kode, { parent, firstYear });
	}

	const names = new Map<string, string>();
	for (const r of raw.regionNames.rows) {
		const t = raw.regionNames;
		const kode = r.values.kode ?? '';
		const region = reg.regions.find((x) => x.kode === kode);
		const name = r.values.name ?? '';
		if (!region) ctx.problem(t, r, 'kode', 'region-name', `"${kode}" is not a Kemendagri code`);
		else if (ctx.regionMatcher.match(name, { kind: region.kind }).ok !== true)
			ctx.problem(t, r, 'name', 'region-name', `"${name}" is not a spelling of ${region.nama}`);
		else names.set(kode, name);
		if (!r.values.reason) ctx.problem(t, r, 'reason', 'region-name', 'a reason is required');
	}

	const byId = new Map<string, Instansi>();
	const instansi_province: InstansiProvince[] = [];
	for (const r of reg.regions) {
		const official = names.get(r.kode) ?? r.nama;
		const split = splits.get(r.provinsiKode);
		byId.set(r.kode, {
			id: r.kode,
			kind: r.kind,
			kode: r.kode,
			slug: slugify(official),
			// provinces are listed bare in the registry ("Jawa Barat"); as an instansi they are
			// the provincial government, named as the report names it
			name: r.kind === 'provinsi' ? `Provinsi ${official}` : official,
			provinsi_kode: r.provinsiKode,
			provinsi_nama: provinceName.get(r.provinsiKode) ?? r.provinsiNama,
			subgroup: null,
			abbreviation: null,
			since_year: r.kind === 'provinsi' ? (splits.get(r.kode)?.firstYear ?? null) : null,
			until_year: null
		});
		if (split && r.kind !== 'provinsi') {
			instansi_province.push(
				{
					instansi_id: r.kode,
					provinsi_kode: split.parent,
					first_year: null,
					last_year: split.firstYear - 1
				},
				{
					instansi_id: r.kode,
					provinsi_kode: r.provinsiKode,
					first_year: split.firstYear,
					last_year: null
				}
			);
		}
	}
	for (const c of reg.central) {
		byId.set(c.slug, {
			id: c.slug,
			kind: c.kind,
			kode: null,
			slug: c.slug,
			name: c.name,
			provinsi_kode: null,
			provinsi_nama: null,
			subgroup: null,
			abbreviation: c.abbreviation || null,
			since_year: null,
			until_year: reg.centralFormer.get(c.slug)?.lastYear ?? null
		});
	}

	const provinceIn = (id: string, year: number): string | null => {
		const moved = instansi_province.find(
			(p) =>
				p.instansi_id === id &&
				(p.first_year === null || year >= p.first_year) &&
				(p.last_year === null || year <= p.last_year)
		);
		return moved?.provinsi_kode ?? byId.get(id)?.provinsi_kode ?? null;
	};
	return { byId, instansi_province, provinceIn };
}
