/**
 * The `source` table: the reports and regulations (data/reference/sources.csv), the history's
 * sources when it is installed, and one row per article a reported value or an award cites.
 */
import type { CsvTable } from '../csv';
import type { Source, Status } from '../model';
import type { Context } from './context';

const STATUSES: readonly Source['status'][] = [
	'official',
	'secondary',
	'compiled',
	'reported',
	'reference'
];

export class Sources {
	readonly rows: Source[] = [];
	private readonly byText = new Map<string, string>();

	constructor(private readonly ctx: Context) {}

	/** Rows of a sources file; `status` from its own column, or official for reports (lap…). */
	addTable(t: CsvTable) {
		for (const r of t.rows) {
			const v = r.values;
			const id = v.id ?? '';
			const status = (v.status || (id.startsWith('lap') ? 'official' : 'reference')) as Status;
			if (!STATUSES.includes(status))
				this.ctx.problem(t, r, 'status', 'source', `unknown status "${status}"`);
			if (this.rows.some((s) => s.id === id))
				this.ctx.problem(t, r, 'id', 'source', `source "${id}" is listed twice`);
			this.rows.push({
				id,
				publisher: v.publisher ?? '',
				title: v.title ?? '',
				date: v.date || null,
				address: v.address || null,
				note: v.note || null,
				status
			});
		}
		this.ctx.addSources(this.rows.map((s) => s.id));
	}

	/** The source id of an article cited by its address (or its text), added on first use. */
	reported(text: string): string {
		let id = this.byText.get(text);
		if (!id) {
			id = `rep${String(this.byText.size + 1).padStart(3, '0')}`;
			this.byText.set(text, id);
			const isUrl = /^https?:\/\//.test(text) && URL.canParse(text);
			const host = isUrl ? new URL(text).hostname.replace(/^www\./, '') : null;
			this.rows.push({
				id,
				publisher: host ?? text.split(',')[0]?.trim() ?? text,
				title: text,
				date: null,
				address: isUrl ? text : null,
				note: 'reported',
				status: 'reported'
			});
			this.ctx.addSources([id]);
		}
		return id;
	}
}
