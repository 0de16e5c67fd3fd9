/** The profile path of an instansi id: a Kemendagri code is a region, anything else a central body. */
export function profileHref(id: string): string {
	return /^\d{2}(\.\d{2})?$/.test(id) ? `/wilayah/${id}` : `/instansi/${id}`;
}
