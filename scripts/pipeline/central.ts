import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import {
	isCentralKind,
	nameKey,
	slugify,
	type CentralAlias,
	type CentralInstansi
} from '../../src/lib/instansi';

/**
 * Loaders of the reviewed central instansi tables. Every bad row throws an Error naming the file
 * and its line (the header is line 1).
 */

const INSTANSI_COLUMNS = ['slug', 'name', 'kind', 'abbreviation'] as const;
const ALIAS_COLUMNS = ['alias', 'slug', 'reason'] as const;

/** Rows of a CSV file with exactly the given columns, each with its 1-based line number. */
function readTable<C extends string>(
	path: string,
	columns: readonly C[]
): { line: number; row: Record<C, string> }[] {
	const parsed = Papa.parse<Record<string, string | undefined>>(readFileSync(path, 'utf8'), {
		header: true,
		skipEmptyLines: true
	});
	const first = parsed.errors[0];
	if (first) {
		const line = first.row === undefined ? '' : `, line ${first.row + 2}`;
		throw new Error(`${path}${line}: ${first.message}`);
	}
	const fields = parsed.meta.fields ?? [];
	if (fields.length !== columns.length || columns.some((c, i) => fields[i] !== c)) {
		throw new Error(
			`${path}: columns are [${fields.join(', ')}], expected [${columns.join(', ')}]`
		);
	}
	return parsed.data.map((raw, i) => {
		const row = {} as Record<C, string>;
		for (const c of columns) row[c] = (raw[c] ?? '').trim();
		return { line: i + 2, row };
	});
}

export function loadCentralInstansi(
	path = 'data/reference/central_instansi.csv'
): CentralInstansi[] {
	const bodies: CentralInstansi[] = [];
	const slugLines = new Map<string, number>();
	const keyLines = new Map<string, number>();
	for (const { line, row } of readTable(path, INSTANSI_COLUMNS)) {
		const where = `${path}, line ${line}`;
		const { slug, name, kind, abbreviation } = row;
		if (name === '') throw new Error(`${where}: name is empty`);
		if (slug !== slugify(name)) {
			throw new Error(`${where}: slug "${slug}" is not slugify(name) "${slugify(name)}"`);
		}
		if (!isCentralKind(kind)) {
			throw new Error(`${where}: kind "${kind}" is not kementerian or lembaga`);
		}
		const sameSlug = slugLines.get(slug);
		if (sameSlug !== undefined)
			throw new Error(`${where}: slug ${slug} already on line ${sameSlug}`);
		slugLines.set(slug, line);
		const key = nameKey(name);
		const sameName = keyLines.get(key);
		if (sameName !== undefined) throw new Error(`${where}: name already on line ${sameName}`);
		keyLines.set(key, line);
		bodies.push({ slug, name, kind, abbreviation });
	}
	return bodies;
}

export function loadCentralAliases(path = 'data/reference/central_aliases.csv'): CentralAlias[] {
	const aliases: CentralAlias[] = [];
	const keyLines = new Map<string, number>();
	for (const { line, row } of readTable(path, ALIAS_COLUMNS)) {
		const where = `${path}, line ${line}`;
		const { alias, slug, reason } = row;
		if (alias === '' || nameKey(alias) === '') throw new Error(`${where}: alias is empty`);
		if (slug === '' || slug !== slugify(slug)) {
			throw new Error(`${where}: slug "${slug}" is not a slug`);
		}
		if (reason === '') throw new Error(`${where}: reason is empty`);
		const key = nameKey(alias);
		const same = keyLines.get(key);
		if (same !== undefined) throw new Error(`${where}: alias "${alias}" already on line ${same}`);
		keyLines.set(key, line);
		aliases.push({ alias, slug, reason });
	}
	return aliases;
}

const FORMER_COLUMNS = [
	'slug',
	'name',
	'kind',
	'abbreviation',
	'last_year',
	'successor',
	'reason'
] as const;

/**
 * Central bodies evaluated only in earlier years (data/reference/central_former.csv): the 34
 * Polda of 2018, bodies merged into BRIN, and others. Each has the last year it was evaluated
 * as itself, its successor if any (a current body) and the reason; none repeats a current one.
 */
export function loadCentralFormer(
	path: string,
	current: readonly CentralInstansi[]
): { body: CentralInstansi; lastYear: number; reason: string }[] {
	const slugs = new Set(current.map((c) => c.slug));
	const keys = new Set(current.map((c) => nameKey(c.name)));
	const out: { body: CentralInstansi; lastYear: number; reason: string }[] = [];
	for (const { line, row } of readTable(path, FORMER_COLUMNS)) {
		const where = `${path}, line ${line}`;
		const { slug, name, kind, abbreviation, last_year, successor, reason } = row;
		if (name === '') throw new Error(`${where}: name is empty`);
		if (slug !== slugify(name))
			throw new Error(`${where}: slug "${slug}" is not slugify(name) "${slugify(name)}"`);
		if (!isCentralKind(kind))
			throw new Error(`${where}: kind "${kind}" is not kementerian or lembaga`);
		if (slugs.has(slug) || keys.has(nameKey(name)))
			throw new Error(`${where}: ${slug} is already a central instansi`);
		if (!/^\d{4}$/.test(last_year))
			throw new Error(`${where}: last_year "${last_year}" is not a year`);
		if (successor !== '' && !current.some((c) => c.slug === successor))
			throw new Error(`${where}: successor "${successor}" is not a current central instansi`);
		if (reason === '') throw new Error(`${where}: reason is empty`);
		slugs.add(slug);
		keys.add(nameKey(name));
		out.push({ body: { slug, name, kind, abbreviation }, lastYear: Number(last_year), reason });
	}
	return out;
}
