/** The one chart theme: system fonts, quiet axes, tabular figures, AA-contrast ink. */
export const INK = '#1f2933';
export const MUTED = '#52606d';
export const GRID = '#e4e7eb';
export const ACCENT = '#225ea8';
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

/**
 * The widths in px a chart is drawn at (ssr.ts renderTiers): a phone's (a 320 px screen holds
 * 288 px), a half or a tablet's, a desktop column's. Option builders lay out labels for the
 * width they are given; app.css shows the widest its box holds, so text is never drawn
 * smaller than laid out. A box between two tiers shows the narrower one enlarged (a 500 px
 * box the phone drawing at 1.7×): three drawings rather than four keep every prerendered
 * page and the build lighter, and a box of that width is rare (a desktop's half column).
 */
export const TIERS = [288, 560, 880] as const;
/** Whether a chart laid out `width` px wide takes its phone layout (only the 288 px tier does). */
export const isNarrow = (width: number) => width < 400;
/** The smallest text drawn in a chart, in px at the width it is laid out for. */
export const MIN_TEXT = 12;
/** A conservative width in px of `text` at `size` px (wider than the system fonts draw it). */
export const approxWidth = (text: string, size = MIN_TEXT, bold = false) =>
	text.length * size * (bold ? 0.68 : 0.62);

export const baseOption = {
	animation: false,
	textStyle: { fontFamily: FONT, color: INK, fontSize: 12 },
	grid: { left: 48, right: 24, top: 24, bottom: 36, containLabel: false }
};

/** The x-axis of a chart over years: one category per label, no ticks, a muted line. */
export const yearAxis = (labels: readonly (string | number)[]) => ({
	type: 'category' as const,
	data: labels.map(String),
	axisTick: { show: false },
	axisLine: { lineStyle: { color: MUTED } }
});

/** The outline of values from a dataset imported in this browser ("impor lokal"). */
export const IMPORTED_COLOUR = '#7a3e9d';
/** A profile's domain bars: the instansi itself, its peers' median, their top tenth. */
export const DOMAIN_COLOUR = { own: ACCENT, median: '#9aa5b1', top: INK } as const;
