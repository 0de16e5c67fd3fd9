/** One reason the data cannot be published, pointing at the file, row and field. */
export interface Problem {
	file: string;
	/** 1-based line number in the file (header is line 1), or null for whole-file problems. */
	line: number | null;
	field: string | null;
	rule: string;
	message: string;
}

export function formatProblem(p: Problem): string {
	const where = [p.file, p.line === null ? null : `line ${p.line}`, p.field]
		.filter(Boolean)
		.join(', ');
	return `${where}: [${p.rule}] ${p.message}`;
}

/** Thrown when the data cannot be published; its message lists every problem. */
export class DataError extends Error {
	constructor(readonly problems: Problem[]) {
		super(
			`${problems.length} problem${problems.length === 1 ? '' : 's'} in data/:\n` +
				problems.map((p) => `  - ${formatProblem(p)}`).join('\n')
		);
		this.name = 'DataError';
	}
}
