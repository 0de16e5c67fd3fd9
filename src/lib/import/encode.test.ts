/**
 * The worker's Arrow encoding: exact values and nulls survive, and no code is compiled from
 * strings (the workers' Content-Security-Policy forbids it).
 */
import { describe, expect, it, vi } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { batchToData } from './encode';
import { emptyBatch } from './validate';

describe('batchToData', () => {
	it('keeps every value and null, and compiles nothing from strings', () => {
		const b = emptyBatch();
		b.instansi_id.push('35.73', '35.79');
		b.year.push(2027, 2027);
		b.index.push('4.41', null);
		for (const f of ['kebijakan', 'tata_kelola', 'manajemen', 'layanan'] as const)
			b[f].push(null, '3.00');
		b.predicate.push('Memuaskan', null);
		b.idl.push(null, '81.25');
		b.idcd.push(null, null);
		b.name.push('Kota Malang ＝ “Batu”', 'Kota Batu');
		b.source_row.push(2, 3);
		b.score_row.push(2);
		b.score_code.push(103);
		b.score_value.push(275);
		const compiled = vi.spyOn(globalThis, 'Function');
		const data = batchToData(b);
		expect(compiled).not.toHaveBeenCalled();
		compiled.mockRestore();
		const rows = tableFromIPC(data.rows)
			.toArray()
			.map((r) => r.toJSON());
		expect(rows).toEqual([
			{
				instansi_id: '35.73',
				year: 2027,
				index: '4.41',
				kebijakan: null,
				tata_kelola: null,
				manajemen: null,
				layanan: null,
				predicate: 'Memuaskan',
				idl: null,
				idcd: null,
				name: 'Kota Malang ＝ “Batu”',
				source_row: 2
			},
			{
				instansi_id: '35.79',
				year: 2027,
				index: null,
				kebijakan: '3.00',
				tata_kelola: '3.00',
				manajemen: '3.00',
				layanan: '3.00',
				predicate: null,
				idl: '81.25',
				idcd: null,
				name: 'Kota Batu',
				source_row: 3
			}
		]);
		const scores = tableFromIPC(data.scores!)
			.toArray()
			.map((r) => r.toJSON());
		expect(scores).toEqual([{ source_row: 2, code: 103, hundredths: 275 }]);
	});
});
