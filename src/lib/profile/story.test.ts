import { describe, expect, it } from 'vitest';
import { profileStory, type StoryRow } from './story';

const row = (
	year: number,
	index: number,
	status: string,
	rank: number | null = null,
	total: number | null = null,
	methodology = year <= 2020 ? 'pp5-2018' : 'pp59-2020'
): StoryRow => ({
	year,
	index,
	status,
	methodology,
	peringkat_nasional: rank,
	dari_nasional: total,
	seri_nasional: false
});

/** Kota Malang as the real data give it. */
const MALANG = [
	row(2018, 2.44, 'official', 40, 90),
	row(2019, 2.85, 'compiled'),
	row(2020, 2.85, 'compiled'),
	row(2021, 2.73, 'secondary', 30, 90),
	row(2022, 2.6, 'secondary', 35, 86),
	row(2022, 2.6, 'reported'),
	row(2023, 3.82, 'official', 9, 93),
	row(2024, 4.24, 'official', 5, 93)
];

describe('profileStory', () => {
	it('tells first and latest, the largest rise, the best rank and the last move', () => {
		const s = profileStory(MALANG);
		expect(s?.first).toEqual({ year: 2018, h: 244, status: 'official' });
		expect(s?.latest).toEqual({ year: 2024, h: 424, status: 'official' });
		// 2.60 → 3.82 (+1.22) beats 3.82 → 4.24 (+0.42) and 2.44 → 2.85 (+0.41)
		expect(s?.rise).toMatchObject({
			from: { year: 2022, h: 260 },
			to: { year: 2023, h: 382 },
			deltaH: 122,
			crossesMethod: false
		});
		expect(s?.best).toEqual({ rank: 5, total: 93, tie: false, year: 2024 });
		expect(s?.move).toMatchObject({ prevYear: 2023, year: 2024, from: 9, to: 5 });
	});

	it('takes each difference exactly: 3.82 − 2.60 is 1.22, not 1.2199999999999998', () => {
		expect(
			profileStory([row(2022, 2.6, 'secondary'), row(2023, 3.82, 'official')])?.rise?.deltaH
		).toBe(122);
	});

	it('flags a rise across PermenPANRB 5/2018 → 59/2020, and never sets Pemdi against SPBE', () => {
		expect(
			profileStory([row(2020, 1.5, 'compiled'), row(2021, 2.5, 'secondary')])?.rise?.crossesMethod
		).toBe(true);
		expect(
			profileStory([
				row(2025, 2.0, 'reported'),
				row(2026, 3.0, 'imported', null, null, 'pemdi-2026')
			])?.rise
		).toBeNull();
	});

	it('a year with several values is told with the strongest one', () => {
		const s = profileStory([row(2022, 2.5, 'reported'), row(2022, 2.6, 'secondary')]);
		expect(s?.latest).toEqual({ year: 2022, h: 260, status: 'secondary' });
	});

	it('nothing to tell without values; no rise when it never rose', () => {
		expect(profileStory([])).toBeNull();
		expect(profileStory([row(2023, 3, 'official'), row(2024, 2.9, 'official')])?.rise).toBeNull();
	});
});
