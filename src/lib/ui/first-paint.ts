/** The id of the marker the first paint waits for (FirstPaintEnd.svelte); one per page. */
export const FIRST_PAINT_ID = 'first-paint';
