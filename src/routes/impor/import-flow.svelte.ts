/**
 * The import page's state: the chosen file, its proposed mapping, the check's summary, and
 * what happened, as one message per failure class (file, network, worker, storage, engine, a
 * year taken meanwhile). The components beside the route read it; the worker
 * (ImportWorkerClient), the stored datasets (datasets) and the search index do the work.
 */
import { m as msg } from '$lib/paraglide/messages.js';
import { page } from '$app/state';
import { locale } from '$lib/i18n';
import { loadIndex } from '$lib/search/load';
import { datasets, EngineFailure, YearTaken, rankedBy } from '$lib/import/datasets.svelte';
import { StorageFailure } from '$lib/import/storage';
import { ImportWorkerClient, Superseded } from '$lib/import/worker-client';
import type { ImportedData } from '$lib/import/types';
import {
	SCORE_MEASURES,
	missingRequired,
	scoreRole,
	type Field,
	type ImportSummary,
	type Mapping,
	type Problem,
	type ScoreMeasure
} from '$lib/import';

/** A column's kind in the mapping: a field, aspek or indikator (then a number), or ignored. */
export type Kind = Field | ScoreMeasure | 'abaikan';

export interface Notice {
	text: string;
	kind: 'done' | 'failed';
	/** a library's or the browser's own words, shown folded under "technical details" */
	detail?: string;
}

const mb = (bytes: number) =>
	`${(bytes / 1024 / 1024).toLocaleString(locale.lang === 'en' ? 'en' : 'id', { maximumFractionDigits: 1 })} MB`;

export class ImportFlow {
	file = $state<File | null>(null);
	name = $state('');
	headers = $state.raw<string[]>([]);
	/** one role per column; replaced whole on a change (a 10,000-column file makes no proxy per column) */
	mapping = $state.raw<Mapping>([]);
	sample = $state.raw<string[][]>([]);
	/** problems that stop the file before its rows are read */
	stopped = $state.raw<Problem[]>([]);
	progress = $state<number | null>(null);
	summary = $state.raw<ImportSummary | null>(null);
	notice = $state<Notice | null>(null);
	busy = $state(false);

	#data: ImportedData | null = null;
	#worker = new ImportWorkerClient(
		() =>
			new Worker(new URL('$lib/import/import.worker.ts', import.meta.url), {
				type: 'module'
			})
	);

	/** years another dataset took while the reader looked (told, then added apart if pressed again) */
	#toldApart = $state<number[]>([]);

	readonly missing = $derived(missingRequired(this.mapping));
	// years with a table (official or secondary): an import of one is kept apart
	readonly officialYears = $derived<number[]>(page.data.site?.tableYears ?? []);
	/** years already ranked: official, or by a stored imported dataset */
	readonly taken = $derived([...new Set([...this.officialYears, ...datasets.rankedYears()])]);
	/**
	 * Of the summary's years, those added apart from the ranking: those taken when the file was
	 * checked (the summary says so), and those the reader was told another dataset took since.
	 */
	readonly separate = $derived(
		this.summary
			? this.summary.years.filter(
					(y) => this.summary?.officialYears.includes(y) || this.#toldApart.includes(y)
				)
			: []
	);

	#reset() {
		this.#worker.cancel();
		this.headers = [];
		this.mapping = [];
		this.sample = [];
		this.stopped = [];
		this.summary = null;
		this.progress = null;
		this.#data = null;
		this.#toldApart = [];
		this.busy = false;
	}

	#fail(text: string, detail?: unknown) {
		this.notice = {
			text,
			kind: 'failed',
			...(detail === undefined
				? {}
				: { detail: detail instanceof Error ? detail.message : String(detail) })
		};
	}

	async choose(f: File | undefined): Promise<void> {
		this.#reset();
		this.notice = null;
		this.file = f ?? null;
		if (!f) return;
		this.name = f.name.replace(/\.(csv|txt|xlsx)$/i, '');
		this.busy = true;
		try {
			const m = await this.#worker.request({ type: 'sniff', file: f });
			if (m.type === 'sniffed') {
				this.headers = m.headers;
				this.mapping = m.mapping;
				this.sample = m.sample;
				this.stopped = m.problems.filter((p) => p.code !== 'missingColumn');
			} else if (m.type === 'error') this.#fail(msg.imp_fail_worker(), m.message);
			this.busy = false;
		} catch (err) {
			if (err instanceof Superseded) return;
			this.busy = false;
			this.#fail(msg.imp_fail_worker(), err);
		}
	}

	async validate(): Promise<void> {
		const f = this.file;
		if (!f) return;
		this.busy = true;
		this.summary = null;
		this.notice = null;
		this.progress = 0;
		let index;
		try {
			index = await loadIndex();
		} catch (err) {
			this.busy = false;
			this.progress = null;
			return this.#fail(msg.imp_fail_network(), err);
		}
		const takenBy = Object.fromEntries(
			[...rankedBy(datasets.list)].map(([y, d]) => [y, d.name])
		) as Record<number, string>;
		try {
			const m = await this.#worker.request(
				{
					type: 'run',
					file: f,
					mapping: this.mapping,
					ctx: {
						index,
						officialYears: this.taken,
						takenBy,
						methodologies: page.data.methodologies ?? []
					}
				},
				(fraction) => (this.progress = fraction)
			);
			if (m.type === 'done') {
				this.summary = m.summary;
				this.#data = m.data;
			} else if (m.type === 'error') this.#fail(msg.imp_fail_worker(), m.message);
		} catch (err) {
			if (err instanceof Superseded) return;
			this.#fail(msg.imp_fail_worker(), err);
		}
		this.progress = null;
		this.busy = false;
	}

	async load(): Promise<void> {
		const { summary, file } = this;
		const data = this.#data;
		if (!summary || !data || !file) return;
		this.busy = true;
		const meta = {
			id: `impor-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
			name: this.name.trim() || file.name,
			fileName: file.name,
			importedAt: new Date().toISOString(),
			rows: summary.valid,
			years: summary.years,
			separateYears: this.separate,
			leadershipYears: summary.leadershipYears,
			scoreValues: summary.scoreValues
		};
		try {
			await datasets.add(meta, data);
			this.notice = {
				text: msg.imp_loaded({ name: meta.name, count: locale.int(meta.rows) }),
				kind: 'done'
			};
			this.#reset();
			this.file = null;
		} catch (err) {
			this.#failLoad(err);
		} finally {
			this.busy = false;
		}
	}

	#failLoad(err: unknown) {
		if (err instanceof YearTaken) {
			this.#toldApart = [...this.#toldApart, ...err.years];
			return this.#fail(
				msg.imp_fail_yearTaken({ year: err.years.join(', '), dataset: err.dataset })
			);
		}
		if (err instanceof StorageFailure) {
			if (err.kind !== 'quota') return this.#fail(msg.imp_fail_storage(), err);
			const needed = mb(err.needed ?? 0);
			return err.available === null
				? this.#fail(msg.imp_fail_quotaUnknown({ needed }), err)
				: this.#fail(
						msg.imp_fail_quota({ needed, available: mb(Math.max(0, err.available)) }),
						err
					);
		}
		this.#fail(msg.imp_fail_engine(), err instanceof EngineFailure ? err : String(err));
	}

	cancel(): void {
		this.#reset();
		this.file = null;
	}

	async remove(id: string, label: string): Promise<void> {
		this.busy = true;
		try {
			await datasets.remove(id);
			this.notice = { text: msg.imp_removed({ name: label }), kind: 'done' };
		} catch (err) {
			this.#fail(msg.imp_fail_removeStorage(), err);
		} finally {
			this.busy = false;
		}
	}

	setKind(i: number, k: Kind): void {
		if (k === 'aspek' || k === 'indikator') {
			const n = scoreRole(this.mapping[i] ?? 'abaikan')?.number ?? 1;
			this.mapping = this.mapping.with(i, `${k}:${Math.min(n, SCORE_MEASURES[k])}`);
		} else this.mapping = this.mapping.with(i, k);
	}

	setNumber(i: number, value: string): void {
		const s = scoreRole(this.mapping[i] ?? 'abaikan');
		const n = Math.trunc(Number(value));
		if (s && n >= 1 && n <= SCORE_MEASURES[s.measure])
			this.mapping = this.mapping.with(i, `${s.measure}:${n}`);
	}

	/** Starts the worker before a file is chosen (see ImportWorkerClient.warm). */
	warm(): void {
		this.#worker.warm();
	}

	dispose(): void {
		this.#worker.dispose();
	}
}
