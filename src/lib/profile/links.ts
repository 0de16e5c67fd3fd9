/** The profile path of an instansi id: a Kemendagri code is a region, anything else a central body. */
export function profileHref(id: string): string {
	return /^\d{2}(\.\d{2})?$/.test(id) ? `/wilayah/${id}` : `/instansi/${id}`;
}

/** The id of an instansi's row in a ranking or climbers table: a link to `#i-35.73` lands on it. */
export const rowAnchor = (id: string) => `i-${id}`;

/**
 * The address parameter naming the instansi a ranking or climbers page highlights (its row,
 * its bar, its place in the distribution): `?sorot=35.73`.
 */
export const FOCUS_PARAM = 'sorot';

const focused = (id: string) => `?${FOCUS_PARAM}=${encodeURIComponent(id)}#${rowAnchor(id)}`;

/**
 * The index ranking of `kind` in `year`, scrolled to the instansi's row, which the page
 * highlights with or without JavaScript (`tr:target`, app.css) and, with it, in the charts.
 */
export const rankingHref = (kind: string, year: number, id: string) =>
	`/peringkat/indeks/${kind}/${year}${focused(id)}`;

/** The climbers and fallers of `kind` from `dari` to `ke`, the instansi highlighted (as rankingHref). */
export const changeHref = (kind: string, dari: number, ke: number, id: string) =>
	`/kenaikan/${kind}/${dari}-${ke}${focused(id)}`;

/**
 * The instansi `?sorot=` names, if it is one of `ids` (the page's rows); a value naming none
 * of them is `invalid`, for the page to say it was ignored. No parameter: neither.
 */
export function readFocus(
	params: URLSearchParams,
	ids: ReadonlySet<string>
): { focus: string | null; invalid: string | null } {
	const value = params.get(FOCUS_PARAM);
	if (value === null) return { focus: null, invalid: null };
	return ids.has(value) ? { focus: value, invalid: null } : { focus: null, invalid: value };
}
