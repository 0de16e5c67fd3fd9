/**
 * The browser's engine as pages see it: whether it is idle, starting (with the bytes of its
 * download), ready or unavailable, for the progress bar (src/lib/ui/EngineProgress.svelte) and
 * the status line (DbStatus.svelte); the reader's Retry; and the idle-time start on pages whose
 * reader is likely to need it. Only facades start the engine for a question.
 */
import { db, type DbStatus } from '$lib/db/index.svelte';
import type { DownloadProgress } from '$lib/db/progress';

export type EngineStatus = DbStatus;
export type { DownloadProgress };

export const engineStatus = {
	get status(): EngineStatus {
		return db.status;
	},
	get error(): string | null {
		return db.error;
	},
	/** bytes on the wire so far and in all (null while unknown) */
	get progress(): DownloadProgress | null {
		return db.progress;
	},
	/** a reader waits for it (an idle-time start alone shows nothing) */
	get waiting(): boolean {
		return db.waiting;
	},
	/** the engine was replaced after a statement kept it busy past Stop */
	get restarted(): boolean {
		return db.restarted;
	}
};

/** The reader's Retry after a failed start: downloads and starts again. */
export function retryEngine(): void {
	db.start().catch(() => {});
}

/** The Network Information API's part we read (Chromium; absent elsewhere). */
export interface ConnectionInfo {
	saveData?: boolean;
	effectiveType?: string;
}

/**
 * Whether the connection allows downloading the engine before anyone asks: not when the
 * reader asked to save data, nor on a 2g/3g-class link. Unknown (most browsers) allows it.
 */
export function connectionAllows(c: ConnectionInfo | undefined): boolean {
	if (!c) return true;
	if (c.saveData) return false;
	return !['slow-2g', '2g', '3g'].includes(c.effectiveType ?? '');
}

/** Pages that can show what only this browser holds (imported datasets) once it has some. */
const IMPORT_PAGES = [
	'/peringkat/',
	'/wilayah/',
	'/instansi/',
	'/peta',
	'/kenaikan',
	'/kepemimpinan',
	'/bandingkan',
	'/nasional'
];

/**
 * Whether a reader of `path` (without base and language prefix) is likely to need the
 * engine: always on the console and the import page; elsewhere only with imported datasets,
 * on the pages that show them.
 */
export function pageNeedsEngine(path: string, holdsImports: boolean): boolean {
	if (path === '/sql' || path === '/impor') return true;
	return holdsImports && IMPORT_PAGES.some((p) => path === p || path.startsWith(p));
}

/** What the idle-time start decided, for the end-to-end tests (`<html data-engine-idle>`). */
export type IdleDecision = 'started' | 'not-needed' | 'connection' | 'ready';

function say(decision: IdleDecision): void {
	document.documentElement.dataset.engineIdle = decision;
}

/**
 * Starts the engine in the background once the page is idle, where its reader is likely to
 * need it and the connection allows; browser only (never while prerendering). Returns a
 * function that cancels the wait (the reader left the page).
 *
 * Nothing is read before the page is idle: on a page that can show imported datasets, the
 * decision loads the comparison module and opens IndexedDB, work that a first view's
 * hydration and paint should not wait behind (~16 ms of a phone's hydration at 4× CPU).
 */
export function startWhenIdle(path: string): () => void {
	let cancelled = false;
	let handle: number | undefined;
	const whenIdle = (then: () => void) => {
		handle =
			typeof requestIdleCallback === 'function'
				? requestIdleCallback(then, { timeout: 10_000 })
				: window.setTimeout(then, 2000);
	};
	const decide = async () => {
		if (cancelled) return;
		if (db.status === 'ready' || db.status === 'loading') return say('ready');
		const connection = (navigator as Navigator & { connection?: ConnectionInfo }).connection;
		if (!connectionAllows(connection)) return say('connection');
		// the stored datasets are read only where they would matter
		const needed =
			pageNeedsEngine(path, false) ||
			(pageNeedsEngine(path, true) && (await (await import('./compare')).holdsImports()));
		if (cancelled) return;
		if (!needed) return say('not-needed');
		whenIdle(() => {
			if (cancelled) return;
			say('started');
			db.start({ background: true }).catch(() => {});
		});
	};
	whenIdle(() => void decide());
	return () => {
		cancelled = true;
		if (handle === undefined) return;
		if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
		else clearTimeout(handle);
	};
}
