/**
 * The what-if simulator started from an instansi's indicator levels, or (without levels) a
 * blank start ranked against its kind: the profiles' "Simulasikan" link.
 */
export const simulateHref = (id: string, kind: string, hasLevels: boolean) =>
	hasLevels ? `/simulasi?metode=spbe&instansi=${id}` : `/simulasi?metode=spbe&kelompok=${kind}`;
