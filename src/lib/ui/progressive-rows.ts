/** How many rows of a long table render at once after a change (progressive.svelte.ts). */
export const FIRST_ROWS = 40;
/**
 * How many rows the prerendered page shows: the first screen and more. A ranking table starts
 * 550–620 px down, below the heading, the choices and the filters, so a 360 × 740 phone shows
 * 2–3 of its rows (60–85 px high there), 1280 × 800 shows 3–4, and a 1080 px high screen
 * about 13. The rest are added in batches once the page runs.
 */
export const SCREEN_ROWS = 15;
/**
 * Of those, how many are live (hydrated): each costs a phone's first view ~10 ms of hydration
 * at 4× CPU. The others are plain HTML (plain-rows.ts) that stands in until the first batch
 * replaces it, a frame after the page runs.
 */
export const HYDRATE_ROWS = 5;
/** Rows added per painted frame after that: ~30–40 ms of work each on a 4× slowed CPU. */
export const BATCH_ROWS = 120;
