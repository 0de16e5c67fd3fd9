/** How many rows of a long table render at once after a change (progressive.svelte.ts). */
export const FIRST_ROWS = 40;
