import { describe, expect, it } from 'vitest';
import { perAddress } from './per-address';

describe('perAddress', () => {
	it('resolves once per address, and again when the address changes', () => {
		let href = 'https://tolok.example/peringkat';
		let calls = 0;
		const lang = perAddress(
			() => {
				calls++;
				return href.includes('/en/') ? 'en' : 'id';
			},
			() => href
		);
		expect([lang(), lang(), lang()]).toEqual(['id', 'id', 'id']);
		expect(calls).toBe(1);
		href = 'https://tolok.example/en/peringkat';
		expect([lang(), lang()]).toEqual(['en', 'en']);
		expect(calls).toBe(2);
		href = 'https://tolok.example/peringkat?provinsi=35';
		expect(lang()).toBe('id');
		expect(calls).toBe(3);
	});
});
