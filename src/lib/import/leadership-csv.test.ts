import { describe, expect, it } from 'vitest';
import { leadershipCsv } from './leadership-csv';
import type { LeadershipRankRow } from '$lib/import/tables';

const row = (over: Partial<LeadershipRankRow>): LeadershipRankRow => ({
	measure: 'idl',
	source_id: 'impor-1',
	dataset: 'DLGA 2025',
	year: 2025,
	peringkat: 1,
	seri: false,
	id: '35.73',
	name: 'Kota Malang',
	kind: 'kota',
	provinsi_nama: 'Jawa Timur',
	nilai: 81.2,
	name_as_printed: 'Kota Malang',
	...over
});

describe('leadership ranking CSV', () => {
	it('keeps the order, the rank as a number, two decimals and the dataset', () => {
		const csv = leadershipCsv([
			row({}),
			row({ peringkat: 2, seri: true, id: '32.73', name: 'Kota Bandung', nilai: 80 }),
			row({ peringkat: 2, seri: true, id: '36.71', name: 'Kota Tangerang', nilai: 80 })
		]).split('\r\n');
		expect(csv[0]).toBe(
			'peringkat,seri,kode,nama,provinsi,ukuran,tahun,nilai,nama_di_berkas,status,dataset'
		);
		expect(csv[1]).toBe(
			'1,false,35.73,Kota Malang,Jawa Timur,idl,2025,81.20,Kota Malang,impor lokal,DLGA 2025'
		);
		expect(csv[3]).toContain('2,true,36.71,Kota Tangerang');
		expect(csv[3]).toContain(',80.00,');
		expect(csv).toHaveLength(5); // header, three rows, final CRLF
	});

	it('neutralises formulas in names and dataset names from the file', () => {
		const csv = leadershipCsv([row({ name_as_printed: '=HYPERLINK("x")', dataset: '@evil' })]);
		expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
		expect(csv).toContain(`'@evil`);
	});

	it('names the columns in English for a reader who switched to it', () => {
		const [header, first] = leadershipCsv([row({})], 'en').split('\r\n');
		expect(header).toBe(
			'rank,tied,code,name,province,measure,year,value,name_in_file,status,dataset'
		);
		expect(first).toBe(
			'1,false,35.73,Kota Malang,Jawa Timur,idl,2025,81.20,Kota Malang,local import,DLGA 2025'
		);
	});
});
