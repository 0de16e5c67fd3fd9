import { describe, expect, it } from 'vitest';
import { pairKey, prerenderedPairs } from './pairs';

describe('prerenderedPairs', () => {
	const years = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
	const all = years.flatMap((dari) =>
		years.filter((ke) => ke > dari).map((ke) => ({ kelompok: 'kota', dari, ke }))
	);

	it('keeps consecutive years, first → latest table year and first → last', () => {
		const keys = prerenderedPairs(all, [2018, 2021, 2022, 2023, 2024]).map(pairKey);
		expect(keys).toEqual([
			'kota/2018-2019',
			'kota/2018-2024',
			'kota/2018-2025',
			'kota/2019-2020',
			'kota/2020-2021',
			'kota/2021-2022',
			'kota/2022-2023',
			'kota/2023-2024',
			'kota/2024-2025'
		]);
		expect(all).toHaveLength(28);
	});

	it('steps over years without values in a group', () => {
		const pairs = [
			{ kelompok: 'lembaga', dari: 2018, ke: 2023 },
			{ kelompok: 'lembaga', dari: 2023, ke: 2024 },
			{ kelompok: 'lembaga', dari: 2018, ke: 2024 }
		];
		expect(prerenderedPairs(pairs, [2018, 2023, 2024]).map(pairKey)).toEqual([
			'lembaga/2018-2023',
			'lembaga/2018-2024',
			'lembaga/2023-2024'
		]);
	});
});
