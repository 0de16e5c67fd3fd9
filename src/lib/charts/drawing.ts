/**
 * What a chart's place shows when the browser may have to draw it: a chart is never shown as a
 * view's unless it was drawn for that view. Each drawing made in the browser keeps the key of
 * what it was drawn for (rows, language, highlights…); until the drawing for the current key
 * exists, the figure is `drawing` (ChartFigure says so and holds its exports) and shows an
 * earlier drawing made here, faded, or the build's drawing where its rows are the same, or
 * nothing.
 */

/** A drawing made in the browser and what it was drawn for. */
export interface Drawn {
	key: string;
	svg: string;
}

export function shownDrawing(view: {
	/** the latest drawing made here, for this view or an earlier one */
	live: Drawn | null;
	/** what the current view draws */
	key: string;
	/** whether the current view is drawn here (otherwise the build's drawing is its own) */
	redraw: boolean;
	/** the build's drawing */
	build: string | undefined;
	/** whether the build's drawing may stand in, faded, while this view's is drawn */
	buildStandsIn: boolean;
}): { svg: string; drawing: boolean } {
	const { live, key, redraw, build, buildStandsIn } = view;
	if (!redraw) return { svg: build ?? '', drawing: false };
	if (live?.key === key) return { svg: live.svg, drawing: false };
	return { svg: live?.svg ?? (buildStandsIn ? (build ?? '') : ''), drawing: true };
}
