import type { Row } from './types';

interface ArrowLike {
	toArray(): { toJSON(): Row }[];
}

/** Plain objects from an Arrow result (BigInt and DECIMAL already cast to double by the engine). */
export function arrowRows<T extends Row>(table: ArrowLike): T[] {
	return table.toArray().map((r) => ({ ...r.toJSON() }) as T);
}
