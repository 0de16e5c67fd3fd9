import { describe, expect, it } from 'vitest';
import { levelsOf, weakest } from './distribution';

const rows = [
	{ kind: 'kota', no: 1, level: 1, jumlah: 1 },
	{ kind: 'kota', no: 1, level: 3, jumlah: 2 },
	{ kind: 'kabupaten', no: 1, level: 2, jumlah: 1 },
	{ kind: 'kota', no: 2, level: 2, jumlah: 3 },
	{ kind: 'lembaga', no: 2, level: 5, jumlah: 1 }
];

describe('levelsOf', () => {
	it('sums the kinds of a group: counts, exact mean half up, lower median, level ≥ 3', () => {
		const [one, two] = levelsOf(rows, 'daerah');
		expect(one).toEqual({
			no: 1,
			counts: [1, 1, 2, 0, 0],
			n: 4,
			meanH: 225,
			median: 2,
			atLeast3: 2
		});
		expect(two).toMatchObject({ no: 2, counts: [0, 3, 0, 0, 0], meanH: 200, median: 2 });
		expect(levelsOf(rows, 'semua')[1]).toMatchObject({ n: 4, meanH: 275, atLeast3: 1 });
	});

	it('finds the weakest indicator (lowest mean, then number)', () => {
		expect(weakest(levelsOf(rows, 'daerah'))?.no).toBe(2);
		expect(weakest(levelsOf(rows, 'kota'))?.no).toBe(2);
	});

	it('rounds the mean half up exactly: 2.125 → 2.13 (doubles would not decide it)', () => {
		const r = [
			{ kind: 'kota', no: 1, level: 2, jumlah: 7 },
			{ kind: 'kota', no: 1, level: 3, jumlah: 1 }
		];
		expect(levelsOf(r, 'kota')[0]?.meanH).toBe(213);
	});
});
