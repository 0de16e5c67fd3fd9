/**
 * The date and status lines of the publishable frame (./frame.ts). Apart from the frame itself
 * because pages show them too, and the frame's drawing code (with its font metrics) should
 * load only when a reader exports a chart.
 */
import { m } from '$lib/paraglide/messages.js';
import { pickExportStatus } from '$lib/i18n/families/export-status';
import { formatDate, type Lang } from '$lib/i18n';

/** The decree date of each year's official results: what "data as of" means on the site. */
const DECREED: Record<number, string> = { 2023: '2024-01-11', 2024: '2024-12-31' };

/** The date the data is as of ("31 Desember 2024"), or the year where no decree date is known. */
export function dataDate(latestYear: number, lang: Lang): string {
	const date = DECREED[latestYear];
	return date ? formatDate(date, lang) : String(latestYear);
}

/** "Data per 31 Desember 2024" for data whose latest official year is `latestYear`. */
export function dataAsOf(latestYear: number, lang: Lang): string {
	return m.export_dataAsOf({ date: dataDate(latestYear, lang) }, { locale: lang });
}

/** The notes an exported chart carries for the statuses of its values (official: none). */
export function statusNotes(
	statuses: readonly (string | null | undefined)[],
	lang: Lang
): string[] {
	const kinds = ['reported', 'secondary', 'compiled', 'imported'] as const;
	return kinds
		.filter((k) => statuses.includes(k) || (k === 'reported' && statuses.includes('mixed')))
		.map((k) => pickExportStatus(k)({}, { locale: lang }));
}
