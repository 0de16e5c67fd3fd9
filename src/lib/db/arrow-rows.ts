import type { Row } from './types';

interface ArrowField {
	name: string;
	type: { typeId: number; scale?: number };
}
interface ArrowLike {
	schema: { fields: ArrowField[] };
	toArray(): { toJSON(): Row }[];
}

/** Arrow's Type.Decimal (compared by number: the Node build and the bundle may hold different Arrow copies). */
const DECIMAL = 7;

/**
 * Plain objects from an Arrow result. DECIMAL columns become the nearest double of the
 * exact decimal (unscaled integer ÷ 10^scale, so 3.82 is 3.82, not duckdb-wasm's
 * castDecimalToDouble 3.8200000000000003); BIGINT is cast to double by the engine.
 */
export function arrowRows<T extends Row>(table: ArrowLike): T[] {
	const decimals = table.schema.fields
		.filter((f) => f.type.typeId === DECIMAL)
		.map((f) => [f.name, 10 ** (f.type.scale ?? 0)] as const);
	return table.toArray().map((r) => {
		const row: Row = { ...r.toJSON() };
		for (const [name, divisor] of decimals) {
			const v = row[name];
			if (v !== null && v !== undefined) row[name] = Number(String(v)) / divisor;
		}
		return row as T;
	});
}
