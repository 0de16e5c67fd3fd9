/**
 * The simulator's state: the chosen methodology, start and levels, and everything that
 * follows from them (figures, rank, cheapest paths), recomputed synchronously on each change
 * (the start's figures and the peers only when the start changes). A level change writes one
 * element of `values`, so only that row of the levels repaints.
 * Components read it and call its methods; the address is written by the page from
 * `scenario`.
 */
import type { SimMethod, MethodKey, SimResult } from './recompute';
import { indicatorsOf, recompute } from './recompute';
import { rankAmongPeers, type Peer, type RankAmongPeers } from './rank';
import { cheapestPath, passTarget, pathToNextPredicate, type Path } from './cheapest';
import type { PredicatePath } from './cheapest';
import { decodeScenario, type Scenario } from './address';
import { parseImportKey } from './imported';
import type { SimInstansi, SimPageData, SimYear } from './page-data';

/** The value of a blank start: every indicator at level 1. */
export const BLANK_H = 100;

export const GROUPS = ['provinsi', 'kabupaten', 'kota', 'kementerian', 'lembaga'] as const;

/** Where an imported start came from (`missing`: indicator numbers the row lacks). */
export interface ImportedFrom {
	key: string;
	name: string;
	year: number;
	/** the dataset's name and the index it holds (null: the start came from an address) */
	dataset: string | null;
	indexH: number | null;
	missing: number[];
}

export interface CustomStart {
	method: MethodKey;
	valuesH: number[];
	from: ImportedFrom | null;
}

export interface Outcome {
	start: SimResult;
	now: SimResult;
	rank: RankAmongPeers | null;
	/** the published start rank (same rules) for "from … to …" */
	startRank: RankAmongPeers | null;
	toPredicate: PredicatePath | null;
	toPass: { peer: Peer; path: Path | null } | null;
}

export class Simulator {
	readonly data: SimPageData;
	method = $state<MethodKey>('spbe');
	instansiId = $state<string | null>(null);
	group = $state<string>('kota');
	year = $state<number | null>(null);
	values = $state<number[]>([]);
	ignored = $state<string[]>([]);

	#byId: Map<string, SimInstansi>;

	constructor(data: SimPageData) {
		this.data = data;
		this.#byId = new Map(data.instansi.map((i) => [i.id, i]));
		this.year = this.#latestYear();
		this.values = [...this.start];
	}

	#latestYear(): number | null {
		return this.data.years[this.data.years.length - 1]?.year ?? null;
	}

	get spec(): SimMethod | undefined {
		return this.data.methods.find((m) => m.key === this.method);
	}

	get instansi(): SimInstansi | null {
		return this.instansiId ? (this.#byId.get(this.instansiId) ?? null) : null;
	}

	nameOf(id: string): string {
		return this.data.names[id]?.[0] ?? id;
	}

	kindOf(id: string): string | null {
		return this.data.names[id]?.[1] ?? null;
	}

	/**
	 * A start from values the reader holds: an imported Indeks Pemdi row (`from`: chosen from
	 * this browser's imports, or named by an address whose `awal` carries the values).
	 */
	custom = $state<CustomStart | null>(null);

	startFrom(custom: CustomStart) {
		this.method = custom.method;
		this.instansiId = null;
		this.custom = custom;
		this.values = [...this.start];
	}

	/** The start's values: the instansi's levels, a custom start, or every indicator at 1. */
	start = $derived.by((): number[] => {
		const inst = this.instansi;
		if (inst && this.method === 'spbe') return [...inst.levels].map((d) => Number(d) * 100);
		if (this.custom?.method === this.method) return [...this.custom.valuesH];
		return indicatorsOf(this.spec?.items ?? []).map(() => BLANK_H);
	});

	/** The peers' group and year: the instansi's own, else the chosen ones (SPBE only). */
	peerGroup = $derived.by((): { group: string; year: SimYear } | null => {
		if (this.method !== 'spbe') return null;
		const inst = this.instansi;
		const group = inst ? this.kindOf(inst.id) : this.group;
		const year = this.data.years.find((y) => y.year === (inst ? inst.year : this.year));
		return group && year ? { group, year } : null;
	});

	/** The peers' published values (kept while only the levels change). */
	peers = $derived.by((): Peer[] => {
		const pg = this.peerGroup;
		if (!pg) return [];
		return pg.year.values
			.filter(([id]) => this.kindOf(id) === pg.group && id !== this.instansiId)
			.map(([id, indexH]) => ({ id, name: this.nameOf(id), indexH }));
	});

	/** The start's figures and published rank: recomputed when the start changes, not per level. */
	#started = $derived.by(() => {
		const spec = this.spec;
		const start = this.start;
		if (!spec || start.length !== indicatorsOf(spec.items).length) return null;
		const result = recompute(spec.items, spec.bands, start);
		const startH = this.instansi ? result.indexH : null;
		const startRank =
			this.peerGroup !== null && startH !== null
				? rankAmongPeers(this.peers, null, startH, null)
				: null;
		return { result, startH, startRank };
	});

	/**
	 * Every figure of the scenario, recomputed from the values on each change: the index and
	 * its parts, the rank, and the two cheapest paths (the start's figures are kept).
	 */
	outcome = $derived.by((): Outcome | null => {
		const spec = this.spec;
		const started = this.#started;
		const values = this.values;
		if (!spec || !started || values.length !== indicatorsOf(spec.items).length) return null;
		const now = recompute(spec.items, spec.bands, values);
		const rank =
			this.peerGroup !== null
				? rankAmongPeers(this.peers, this.instansiId, now.indexH, started.startH)
				: null;
		const next = rank?.next ?? null;
		return {
			start: started.result,
			now,
			rank,
			startRank: started.startRank,
			toPredicate: pathToNextPredicate(spec.items, spec.bands, values, now.index),
			toPass: next
				? { peer: next, path: cheapestPath(spec.items, values, passTarget(next.indexH)) }
				: null
		};
	});

	get scenario(): Scenario {
		const start = [...this.start];
		const changed = this.values.some((v, i) => v !== start[i]);
		const blank = !this.instansi;
		return {
			method: this.method,
			instansi: this.instansiId,
			group: blank && this.method === 'spbe' ? this.group : null,
			year: blank && this.method === 'spbe' ? this.year : null,
			valuesH: changed ? [...this.values] : null,
			startH: this.custom?.method === this.method ? [...this.custom.valuesH] : null,
			imported: this.custom?.method === this.method ? (this.custom.from?.key ?? null) : null
		};
	}

	/** Takes the scenario of an address (what cannot be used is kept in `ignored`). */
	load(params: URLSearchParams) {
		const counts: Partial<Record<MethodKey, number>> = {};
		for (const m of this.data.methods) counts[m.key] = indicatorsOf(m.items).length;
		const { scenario, ignored } = decodeScenario(params, {
			indicators: counts,
			hasInstansi: (id) => this.#byId.has(id),
			groups: GROUPS,
			years: this.data.years.map((y) => y.year)
		});
		this.ignored = ignored;
		this.method = scenario.method;
		this.instansiId = scenario.instansi;
		const kind = scenario.instansi ? this.kindOf(scenario.instansi) : scenario.group;
		if (kind) this.group = kind;
		this.year = scenario.year ?? this.#latestYear();
		this.custom = null;
		if (scenario.startH) {
			const key = scenario.imported ? parseImportKey(scenario.imported) : null;
			this.custom = {
				method: scenario.method,
				valuesH: scenario.startH,
				from: key
					? {
							key: scenario.imported ?? '',
							name: this.nameOf(key.id),
							year: key.year,
							dataset: null,
							indexH: null,
							missing: []
						}
					: null
			};
		}
		this.values = scenario.valuesH ?? [...this.start];
	}

	chooseMethod(method: MethodKey) {
		this.method = method;
		this.custom = null;
		if (method !== 'spbe') this.instansiId = null;
		this.values = [...this.start];
	}

	/** Starts from an instansi's levels (null: blank). */
	chooseStart(id: string | null) {
		this.custom = null;
		this.instansiId = id && this.#byId.has(id) ? id : null;
		if (this.instansi) this.group = this.kindOf(this.instansi.id) ?? this.group;
		this.values = [...this.start];
	}

	setValue(index: number, valueH: number) {
		const v = Math.min(500, Math.max(100, valueH));
		if (this.values[index] === v) return;
		// in place: only this row's reads (and the figures) update, not all 47 rows
		this.values[index] = v;
	}

	/** One whole level up or down (from a value between levels, to the next whole level). */
	step(index: number, by: 1 | -1) {
		const v = this.values[index] ?? BLANK_H;
		const level = by > 0 ? Math.floor(v / 100) + 1 : Math.ceil(v / 100) - 1;
		this.setValue(index, level * 100);
	}

	applyPath(path: Path) {
		const inds = indicatorsOf(this.spec?.items ?? []);
		for (const s of path.plan) {
			const i = inds.findIndex((x) => x.no === s.no);
			if (i >= 0) this.values[i] = s.toH;
		}
	}

	reset() {
		this.values = [...this.start];
	}
}
