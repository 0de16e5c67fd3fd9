import { describe, expect, it } from 'vitest';
import { changeHref, profileHref, rankingHref, readFocus } from './links';

describe('profile links', () => {
	it('carry the instansi to a ranking and a climbers page: parameter and row anchor', () => {
		expect(rankingHref('kota', 2024, '35.73')).toBe(
			'/peringkat/indeks/kota/2024?sorot=35.73#i-35.73'
		);
		expect(changeHref('kota', 2023, 2024, '35.73')).toBe(
			'/kenaikan/kota/2023-2024?sorot=35.73#i-35.73'
		);
		expect(rankingHref('kementerian', 2024, 'kemenpan-rb')).toContain('?sorot=kemenpan-rb#');
		expect(profileHref('35.73')).toBe('/wilayah/35.73');
		expect(profileHref('kemenpan-rb')).toBe('/instansi/kemenpan-rb');
	});

	it('reads ?sorot= against the rows of the page', () => {
		const ids = new Set(['35.73', '35.07']);
		const read = (q: string) => readFocus(new URLSearchParams(q), ids);
		expect(read('')).toEqual({ focus: null, invalid: null });
		expect(read('sorot=35.73')).toEqual({ focus: '35.73', invalid: null });
		expect(read('sorot=99.99')).toEqual({ focus: null, invalid: '99.99' });
		expect(read('sorot=')).toEqual({ focus: null, invalid: '' });
	});
});
