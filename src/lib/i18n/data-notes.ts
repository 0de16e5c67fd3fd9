/**
 * Notes that the reference tables (data/reference/sources.csv, award_categories.csv,
 * data/awards/dlga.csv) hold in English, in the reader's language. A row the maps do not know
 * shows its note as written.
 */
import { m } from '$lib/paraglide/messages.js';

type Text = () => string;

const SOURCE_NOTE: Record<string, Text> = {
	lap2024: m.sourceNote_lap2024,
	lap2023: m.sourceNote_lap2023,
	permen59: m.sourceNote_permen59,
	permen5: m.sourceNote_permen5,
	permen8: m.sourceNote_permen8
};
const AWARD_BASIS: Record<string, Text> = {
	indeks: m.awardBasis_indeks,
	peningkatan: m.awardBasis_peningkatan,
	layanan: m.awardBasis_layanan,
	'tata-kelola': m.awardBasis_tata_kelola,
	kebijakan: m.awardBasis_kebijakan,
	manajemen: m.awardBasis_manajemen
};
const DLGA_NOTE: Record<string, Text> = { '2022': m.dlgaNote_2022 };

/** A source's note (sources.csv), by its id. */
export const sourceNote = (id: string, note: string | null): string | null =>
	note ? (SOURCE_NOTE[id]?.() ?? note) : note;

/** The language of a source's note as shown: a note the map does not know is in English. */
export const sourceNoteLang = (id: string): 'en' | undefined =>
	SOURCE_NOTE[id] ? undefined : 'en';

/** An award category's basis (award_categories.csv), by its slug. */
export const awardBasis = (slug: string, basis: string): string => AWARD_BASIS[slug]?.() ?? basis;

/** A DLGA result's note (dlga.csv), by its edition. */
export const dlgaNote = (edition: number | string, note: string | null): string | null =>
	note ? (DLGA_NOTE[String(edition)]?.() ?? note) : note;
