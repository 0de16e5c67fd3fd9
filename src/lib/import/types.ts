/** What an imported dataset is, as stored (IndexedDB) and loaded (DuckDB). */

export interface DatasetMeta {
	id: string;
	name: string;
	fileName: string;
	importedAt: string;
	rows: number;
	years: number[];
	/** years that had official data at import: those rows live in imported_result */
	separateYears: number[];
	/** years with leadership indices (imported_leadership); absent in datasets stored before */
	leadershipYears?: number[];
	/** aspect and indicator values kept (imported_score) */
	scoreValues?: number;
}

/** What is stored and loaded for one dataset: its rows, and its aspect/indicator values. */
export interface ImportedData {
	rows: Uint8Array;
	scores?: Uint8Array;
}

/** Bytes a dataset's data takes. */
export const dataBytes = (d: ImportedData) => d.rows.byteLength + (d.scores?.byteLength ?? 0);
