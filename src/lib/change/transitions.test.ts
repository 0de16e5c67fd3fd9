import { describe, expect, test } from 'vitest';
import { direction, parsePair, transitionMatrix } from './transitions';

describe('predicate transitions', () => {
	test('counts moves between predicates and ignores rows missing a side', () => {
		const m = transitionMatrix([
			{ predikat_dari: 'Cukup', predikat_ke: 'Baik' },
			{ predikat_dari: 'Cukup', predikat_ke: 'Baik' },
			{ predikat_dari: 'Baik', predikat_ke: 'Baik' },
			{ predikat_dari: null, predikat_ke: 'Memuaskan' }
		]);
		expect(m.Cukup.Baik).toBe(2);
		expect(m.Baik.Baik).toBe(1);
		expect(
			Object.values(m)
				.flatMap((r) => Object.values(r))
				.reduce((a, b) => a + b)
		).toBe(3);
	});
	test('direction by band order', () => {
		expect(direction('Cukup', 'Sangat Baik')).toBe('naik');
		expect(direction('Memuaskan', 'Baik')).toBe('turun');
		expect(direction('Baik', 'Baik')).toBe('tetap');
		expect(direction(null, 'Baik')).toBeNull();
	});
	test('year pairs', () => {
		expect(parsePair('2023-2024')).toEqual([2023, 2024]);
		expect(parsePair('2024-2023')).toBeNull();
		expect(parsePair('2024-2024')).toBeNull();
		expect(parsePair('abc')).toBeNull();
	});
});
