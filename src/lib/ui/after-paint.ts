/**
 * Runs `f` once the browser has painted what is already on screen: the rows a reader asked
 * for show first, and secondary drawings (charts redrawn as SVG strings, 10–20 ms each)
 * follow in the next task instead of delaying that paint. Returns a cancel function, for
 * an effect's cleanup when a newer change supersedes this one.
 */
export function afterPaint(f: () => void): () => void {
	let cancelled = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => {
		timer = setTimeout(() => {
			if (!cancelled) f();
		}, 0);
	});
	return () => {
		cancelled = true;
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}
