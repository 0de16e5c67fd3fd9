import { describe, expect, it } from 'vitest';
import { published, queries } from './published';

describe("the build's engine", () => {
	it('answers a repeated query from memory, with the same rows', async () => {
		const engine = await published();
		const first = await queries.ranking(engine, 2024, 'kota', 'indeks');
		const again = await queries.ranking(engine, 2024, 'kota', 'indeks');
		expect(first.length).toBe(93);
		expect(again).toBe(first);
		// other parameters are another answer
		expect(await queries.ranking(engine, 2023, 'kota', 'indeks')).not.toBe(first);
	});

	it('keeps more answers than a browser would (every ranking of a build)', async () => {
		const engine = await published();
		const first = await queries.awardCategories(engine);
		for (let i = 0; i < 250; i++) await queries.ranking(engine, 1000 + i, 'kota', 'indeks');
		expect(await queries.awardCategories(engine)).toBe(first);
	});

	it('gives frozen rows, so a page cannot change what another page reads', async () => {
		const rows = await queries.sources(await published());
		expect(rows.length).toBeGreaterThan(0);
		expect(Object.isFrozen(rows)).toBe(true);
		expect(() => {
			(rows[0] as unknown as Record<string, unknown>).title = 'changed';
		}).toThrow(TypeError);
	});
});
