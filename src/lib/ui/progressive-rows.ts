/** How many rows of a long table render at once after a change (progressive.svelte.ts). */
export const FIRST_ROWS = 40;
/**
 * How many rows the prerendered page holds and hydrates: a 360 × 740 phone's first screen
 * and a few more (rows are 40–70 px high there).
 */
export const HYDRATE_ROWS = 30;
/** Rows added per painted frame after that: ~30–40 ms of work each on a 4× slowed CPU. */
export const BATCH_ROWS = 120;
