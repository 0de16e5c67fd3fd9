/** How many rows of a long table render at once after a change (progressive.svelte.ts). */
export const FIRST_ROWS = 40;
/**
 * How many rows the prerendered page holds and hydrates: the first screen and more. A ranking
 * table starts 550–620 px down, below the heading, the choices and the filters, so a 360 × 740
 * phone shows 2–3 of its rows (60–85 px high there), 1280 × 800 shows 3–4, and a 1080 px high
 * screen about 13. Every row hydrated costs a phone's first view its parsing, layout and
 * hydration; the rest are added in batches once the page runs.
 */
export const HYDRATE_ROWS = 15;
/** Rows added per painted frame after that: ~30–40 ms of work each on a 4× slowed CPU. */
export const BATCH_ROWS = 120;
