import { expect, test } from 'vitest';
import { createNodeEngine } from './engine-node';

test('DECIMAL results are the nearest double of the exact decimal, not 3.8200000000000003', async () => {
	const e = await createNodeEngine();
	const [row] = await e.query<{ a: number; b: number; c: null; d: number; n: number }>(
		'SELECT 3.82::DECIMAL(3,2) a, 3.82::DECIMAL(3,2) - 2.60::DECIMAL(3,2) b, NULL::DECIMAL(3,2) c, 3.80::DECIMAL(3,2) d, 42::BIGINT n'
	);
	expect(row).toEqual({ a: 3.82, b: 1.22, c: null, d: 3.8, n: 42 });
	e.close();
});
