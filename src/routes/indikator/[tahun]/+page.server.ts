import { m } from '$lib/paraglide/messages.js';
import { error } from '@sveltejs/kit';
import { manifest, published } from '$lib/server/published';
import { KELOMPOK } from '$lib/kelompok';
import { queries } from '$lib/server/published';
import { renderTiers } from '$lib/charts/ssr';
import { indicatorHeight, indicatorLevelsOption } from '$lib/charts/indicators';
import { levelsOf } from '$lib/indicators/distribution';
import { locale, type Lang } from '$lib/i18n';
import type { EntryGenerator } from './$types';

/** The years with indicator levels (2021, 2022 with the history; none without). */
async function indicatorYears(): Promise<number[]> {
	const e = await published();
	const years: number[] = [];
	for (const y of manifest().tableYears)
		if ((await queries.indicatorDistribution(e, y)).length > 0) years.push(y);
	return years;
}

// 'auto': without the history there is no year to prerender, and the build must still pass
export const prerender = 'auto';

export const entries: EntryGenerator = async () =>
	(await indicatorYears()).map((y) => ({ tahun: String(y) }));

export async function load({ params }) {
	const year = Number(params.tahun);
	const years = await indicatorYears();
	if (!years.includes(year)) error(404, `no indicator levels for ${params.tahun}`);
	const e = await published();
	const rows = await queries.indicatorDistribution(e, year);
	const items = (await queries.methodologyItems(e)).filter(
		(i) => i.version === 'pp59-2020' && i.level !== 'domain'
	);
	// the chart of every instansi is drawn at build time; another group's in the browser
	const semua = levelsOf(rows, 'semua');
	const chart = {} as Record<Lang, string>;
	// the page's own language only: the other is prerendered at its own address
	for (const lang of [locale.lang])
		chart[lang] = renderTiers(
			(width) => ({
				option: indicatorLevelsOption(semua, lang, { width }),
				height: indicatorHeight(semua.length, width)
			}),
			m.indicators_title({ year }, { locale: lang })
		);
	return {
		year,
		years,
		fact: manifest().years.find((y) => y.year === year) ?? null,
		rows,
		groups: KELOMPOK.filter((k) => levelsOf(rows, k).length > 0),
		names: Object.fromEntries(items.map((i) => [`${i.level[0]}${i.no}`, i.name])),
		aspectOf: Object.fromEntries(
			items.filter((i) => i.level === 'indicator').map((i) => [i.no, i.parent_no ?? 0])
		),
		weights: Object.fromEntries(
			items.filter((i) => i.level === 'indicator').map((i) => [i.no, i.weight_percent])
		),
		chart
	};
}
