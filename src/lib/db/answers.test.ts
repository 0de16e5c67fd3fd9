import { describe, expect, it } from 'vitest';
import { forgetAnswers, queries } from './queries';
import type { Engine, Param } from './types';

/** An engine that counts what it is asked and can be told to fail once. */
function counting(remembers: boolean) {
	const asked: Param[][] = [];
	let fail = false;
	const engine: Engine & { failNext(): void } = {
		remembers,
		failNext: () => void (fail = true),
		async query<T>(_sql: string, params: readonly Param[] = []) {
			asked.push([...params]);
			if (fail) {
				fail = false;
				throw new Error('worker gone');
			}
			return [{ n: asked.length }] as T[];
		}
	};
	return { engine, asked };
}

describe('remembered answers', () => {
	it('asks the engine once for the same query and parameters', async () => {
		const { engine, asked } = counting(true);
		const a = await queries.ranking(engine, 2024, 'kota', 'indeks');
		const b = await queries.ranking(engine, 2024, 'kota', 'indeks');
		expect(b).toBe(a);
		expect(asked).toHaveLength(1);
		await queries.ranking(engine, 2024, 'kabupaten', 'indeks');
		expect(asked).toHaveLength(2);
	});

	it('asks again after forgetAnswers (an import or a removal changed the data)', async () => {
		const { engine, asked } = counting(true);
		const a = await queries.ranking(engine, 2024, 'kota', 'indeks');
		forgetAnswers(engine);
		const b = await queries.ranking(engine, 2024, 'kota', 'indeks');
		expect(asked).toHaveLength(2);
		expect(b).not.toBe(a);
	});

	it('does not remember a failure', async () => {
		const { engine, asked } = counting(true);
		engine.failNext();
		await expect(queries.ranking(engine, 2024, 'kota', 'indeks')).rejects.toThrow('worker gone');
		await expect(queries.ranking(engine, 2024, 'kota', 'indeks')).resolves.toHaveLength(1);
		expect(asked).toHaveLength(2);
	});

	it('never remembers for engines that do not allow it (the build, the tests)', async () => {
		const { engine, asked } = counting(false);
		await queries.ranking(engine, 2024, 'kota', 'indeks');
		await queries.ranking(engine, 2024, 'kota', 'indeks');
		expect(asked).toHaveLength(2);
	});
});
