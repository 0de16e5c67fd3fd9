/** The profile path of an instansi id: a Kemendagri code is a region, anything else a central body. */
export function profileHref(id: string): string {
	return /^\d{2}(\.\d{2})?$/.test(id) ? `/wilayah/${id}` : `/instansi/${id}`;
}

/** The id of an instansi's row in a ranking or climbers table: a link to `#i-35.73` lands on it. */
export const rowAnchor = (id: string) => `i-${id}`;

/**
 * The index ranking of `kind` in `year`, scrolled to the instansi's row, which the page
 * highlights (`tr:target`, app.css): the same with or without JavaScript.
 */
export const rankingHref = (kind: string, year: number, id: string) =>
	`/peringkat/indeks/${kind}/${year}#${rowAnchor(id)}`;
