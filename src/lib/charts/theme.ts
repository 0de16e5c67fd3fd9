/** The one chart theme: system fonts, quiet axes, tabular figures, AA-contrast ink. */
export const INK = '#1f2933';
export const MUTED = '#52606d';
export const GRID = '#e4e7eb';
export const ACCENT = '#225ea8';
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

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
