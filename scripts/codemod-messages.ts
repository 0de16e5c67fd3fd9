/**
 * Moves the site to Paraglide's per-message functions, and can be run again at any time.
 *
 *   npx tsx scripts/codemod-messages.ts          rewrite, then list what it could not
 *   npx tsx scripts/codemod-messages.ts --check  change nothing; exit 1 if anything is left
 *   npx tsx scripts/codemod-messages.ts --catalogue-only   step 1 alone
 *
 * 1. Catalogue: if the old TypeScript catalogue (src/lib/i18n/messages.ts, which spreads
 *    messages-history.ts and messages-import.ts) is present again (a branch that still edits
 *    it was merged), every key missing from messages/{id,en}.json is added there. A key whose
 *    text differs between the two is only listed: the JSON is the source of truth, so a person
 *    decides. Delete the TypeScript catalogue afterwards.
 * 2. Call sites in src/ (.ts, .svelte): `t('a.b', p)`, `locale.t('a.b', p)` and
 *    `translate(lang, 'a.b', p)` become `m.a_b(p)` (with `{ locale: lang }` when a language was
 *    given, or when `t` is a local helper around `translate(lang, …)`). A key built from data
 *    (`t(\`kind.${k}\`)`) becomes a pick from a small explicit map, `pickKind(k)(p)`, generated
 *    in src/lib/i18n/families/ (one module per family); a choice between keys
 *    (`c ? 'a' : 'b'`) becomes one between functions. `const t = locale.t` and imports left unused are removed.
 *
 * Anything else (a key held in a variable) is listed with file and line, to convert by hand.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const MESSAGES_DIR = join(root, 'messages');
const FAMILIES_DIR = join(root, 'src/lib/i18n/families');
/** Where the list of families is kept (in its doc comment), with what every family uses. */
const FAMILIES = join(FAMILIES_DIR, 'shared.ts');
const OLD_CATALOGUE = join(root, 'src/lib/i18n/messages.ts');
const LANGS = ['id', 'en'] as const;
type Catalogue = Record<string, string>;

/** A catalogue key as a Paraglide message id (a JavaScript identifier): 'home.title' → 'home_title'. */
export const messageId = (key: string) => key.replace(/[^A-Za-z0-9_]/g, '_');

const readJson = (lang: string): Catalogue => {
	const file = join(MESSAGES_DIR, `${lang}.json`);
	return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
};
const writeJson = (lang: string, messages: Catalogue) =>
	writeFileSync(join(MESSAGES_DIR, `${lang}.json`), JSON.stringify(messages, null, '\t') + '\n');

const report: string[] = [];

// ---- 1. the catalogue -------------------------------------------------------------------
async function importCatalogue() {
	if (!existsSync(OLD_CATALOGUE)) return;
	const mod = (await import(pathToFileURL(OLD_CATALOGUE).href)) as {
		MESSAGES: Record<'id' | 'en', Catalogue>;
	};
	for (const lang of LANGS) {
		const json = readJson(lang);
		if (!json.$schema) json.$schema = 'https://inlang.com/schema/inlang-message-format';
		let added = 0;
		for (const [key, text] of Object.entries(mod.MESSAGES[lang])) {
			const id = messageId(key);
			if (!(id in json)) {
				json[id] = text;
				added++;
			} else if (json[id] !== text) {
				report.push(`messages/${lang}.json ${id}: kept "${json[id]}", catalogue says "${text}"`);
			}
		}
		if (added && !check) writeJson(lang, json);
		if (added) console.log(`messages/${lang}.json: ${added} keys added from the TS catalogue`);
	}
}

// ---- 2. call sites ----------------------------------------------------------------------
/** The end of a balanced expression starting at `i` (just after an opening bracket). */
function scanArgs(src: string, open: number): { args: string[]; end: number } | null {
	const args: string[] = [];
	let depth = 0;
	let start = open + 1;
	for (let i = open + 1; i < src.length; i++) {
		const c = src[i];
		if (c === "'" || c === '"') {
			i = skipString(src, i, c);
		} else if (c === '`') {
			i = skipTemplate(src, i);
		} else if (c === '(' || c === '[' || c === '{') depth++;
		else if (c === ')' || c === ']' || c === '}') {
			if (depth === 0) {
				if (c !== ')') return null;
				const last = src.slice(start, i);
				if (last.trim() || args.length) args.push(last);
				return { args, end: i + 1 };
			}
			depth--;
		} else if (c === ',' && depth === 0) {
			args.push(src.slice(start, i));
			start = i + 1;
		}
	}
	return null;
}
function skipString(src: string, i: number, q: string): number {
	for (let j = i + 1; j < src.length; j++) {
		if (src[j] === '\\') j++;
		else if (src[j] === q) return j;
	}
	return src.length;
}
function skipTemplate(src: string, i: number): number {
	for (let j = i + 1; j < src.length; j++) {
		if (src[j] === '\\') j++;
		else if (src[j] === '`') return j;
		else if (src[j] === '$' && src[j + 1] === '{') {
			let depth = 0;
			for (j += 2; j < src.length; j++) {
				const c = src[j];
				if (c === "'" || c === '"') j = skipString(src, j, c);
				else if (c === '`') j = skipTemplate(src, j);
				else if (c === '{') depth++;
				else if (c === '}') {
					if (depth === 0) break;
					depth--;
				}
			}
		}
	}
	return src.length;
}

/** Split `a ? b : c` at its top level, or null. */
function splitTernary(s: string): [string, string, string] | null {
	let depth = 0;
	let q = -1;
	let nested = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		if (c === "'" || c === '"') i = skipString(s, i, c);
		else if (c === '`') i = skipTemplate(s, i);
		else if (c === '(' || c === '[' || c === '{') depth++;
		else if (c === ')' || c === ']' || c === '}') depth--;
		else if (depth === 0 && c === '?' && s[i + 1] !== '?' && s[i + 1] !== '.' && s[i - 1] !== '?') {
			if (q < 0) q = i;
			else nested++;
		} else if (depth === 0 && c === ':' && q >= 0) {
			if (nested > 0) nested--;
			else return [s.slice(0, q), s.slice(q + 1, i), s.slice(i + 1)];
		}
	}
	return null;
}

interface Family {
	prefix: string;
	suffix: string;
}
/** The words of a family's keys: 'imp.role.' + 'Any' → imp, role, Any. */
const familyWords = (f: Family) =>
	(f.prefix + ' ' + f.suffix).split(/[^A-Za-z0-9]+/).filter(Boolean);
/** A family's pick function: pickImpRoleAny. */
const familyName = (f: Family) =>
	'pick' +
	familyWords(f)
		.map((w) => w[0]!.toUpperCase() + w.slice(1))
		.join('');
/** A family's module under src/lib/i18n/families: imp-role-any. */
const familyFile = (f: Family) =>
	familyWords(f)
		.map((w) => w.toLowerCase())
		.join('-');

class Converter {
	families = new Map<string, Family>();
	/** the name the messages are imported as: `m`, or `msg` in a file with its own `m` */
	m = 'm';
	constructor(readonly ids: Set<string>) {}

	/** A key expression as an expression of message functions, or null. */
	keyExpr(raw: string): { code: string; literal: boolean; call?: boolean } | null {
		let s = raw.trim();
		for (;;) {
			const cast = /^([\s\S]*?)\s+as\s+[\w.'"`$<>{}\s|[\]]+$/.exec(s);
			if (cast && !/\?/.test(s.slice(cast[1]!.length))) s = cast[1]!.trim();
			else if (s.startsWith('(') && s.endsWith(')') && scanArgs(s, 0)?.end === s.length)
				s = s.slice(1, -1).trim();
			else break;
		}
		const lit = /^'([^'\\]*)'$|^"([^"\\]*)"$/.exec(s);
		if (lit) {
			const key = lit[1] ?? lit[2]!;
			return this.ids.has(messageId(key))
				? { code: `${this.m}.${messageId(key)}`, literal: true }
				: null;
		}
		const tpl = /^`([^`$]*)\$\{([^`]*)\}([^`$]*)`$/.exec(s);
		if (tpl) {
			const [, prefix, expr, suffix] = tpl as unknown as [string, string, string, string];
			if (!membersOf([...this.ids], { prefix, suffix }).length || expr.includes('`')) return null;
			const family = { prefix, suffix };
			this.families.set(familyName(family), family);
			return { code: `${familyName(family)}(${expr.trim()})`, literal: false, call: true };
		}
		const tern = splitTernary(s);
		if (tern) {
			const a = this.keyExpr(tern[1]);
			const b = this.keyExpr(tern[2]);
			if (!a || !b) return null;
			return { code: `${tern[0].trim()} ? ${a.code} : ${b.code}`, literal: false };
		}
		return null;
	}

	/** Rewrite one file's text; returns the new text and the lines left to do by hand. */
	file(path: string, src: string): { out: string; left: string[] } {
		const left: string[] = [];
		this.m = bindsM(src.replace(/import \{ m(?: as msg)? \} from[^\n]*\n/, '')) ? 'msg' : 'm';
		// a local `t` around translate(lang, …) keeps that language
		const helpers = [
			...src.matchAll(
				/^[ \t]*const t = \([^)]*\)(?:\s*:\s*\w+)?\s*=>\s*translate\(\s*(\w+|'\w+')\s*,[^;]*;\n?/gm
			)
		].map((h) => ({ start: h.index, end: h.index + h[0].length, lang: h[1]!, text: h[0] }));
		const call = /(?<![\w$.])(locale\.t|t|translate)\(/g;
		let out = '';
		let last = 0;
		for (let mm = call.exec(src); mm; mm = call.exec(src)) {
			const before = src.slice(Math.max(0, mm.index - 9), mm.index);
			if (/function\s+$/.test(before)) continue;
			const open = mm.index + mm[0].length - 1;
			const scanned = scanArgs(src, open);
			if (!scanned) continue;
			let { args } = scanned;
			let lang: string | undefined;
			const inHelper = helpers.some((h) => mm.index > h.start && mm.index < h.end);
			if (mm[1] === 'translate') {
				if (args.length < 2) continue;
				lang = args[0]!.trim();
				args = args.slice(1);
			} else if (mm[1] === 't') lang = helpers.filter((h) => h.start < mm.index).at(-1)?.lang;
			if (!args.length) continue;
			const key = this.keyExpr(args[0]!);
			const line = src.slice(0, mm.index).split('\n').length;
			if (!key) {
				// a regular expression's `t(` or a helper's own body is not a call site
				if (!inHelper && !/^[?:\\]/.test(args[0]!.trim()))
					left.push(`${path}:${line}: ${src.slice(mm.index, scanned.end).replace(/\s+/g, ' ')}`);
				continue;
			}
			const params = args[1]?.trim();
			const callArgs = lang
				? `${params || '{}'}, { locale: ${lang} }`
				: params && params !== '{}'
					? params
					: '';
			const fn = key.literal || key.call ? key.code : `(${key.code})`;
			out += src.slice(last, mm.index) + `${fn}(${callArgs})`;
			last = scanned.end;
			call.lastIndex = scanned.end;
		}
		out += src.slice(last);
		if (out === src) return { out, left };
		// the helpers that are no longer called
		if (!/(?<![\w$.])t\(/.test(out.replace(/const t = [^;]*;\n?/g, ''))) {
			out = out.replace(/^[ \t]*const t = locale\.t;\n/m, '');
			for (const h of helpers) out = out.replace(h.text, '');
		}
		out = this.imports(out, path.endsWith('.svelte'));
		return { out, left };
	}

	imports(src: string, svelte: boolean): string {
		const used = (name: string, text: string) => new RegExp(`(?<![\\w$.'"])${name}\\b`).test(text);
		const needM = new RegExp(`(?<![\\w$.])${this.m}\\.\\w+`).test(src);
		const picks = [...this.families.keys()].filter((n) => new RegExp(`\\b${n}\\(`).test(src));
		// drop names no longer used from `$lib/i18n` imports
		src = src.replace(
			/import \{([^}]*)\} from '\$lib\/i18n(?:\/messages)?';\n/g,
			(whole, names: string) => {
				const rest = src.replace(whole, '');
				const keep = names
					.split(',')
					.map((n) => n.trim())
					.filter(Boolean)
					.filter((n) =>
						used(
							n
								.replace(/^type\s+/, '')
								.split(/\s+as\s+/)
								.pop()!,
							rest
						)
					);
				const typeOnly = /^import type /.test(whole);
				if (!keep.length) return '';
				return `import ${typeOnly ? 'type ' : ''}{ ${keep.join(', ')} } from '$lib/i18n';\n`;
			}
		);
		src = src.replace(
			/import type \{([^}]*)\} from '\$lib\/i18n(?:\/messages)?';\n/g,
			(whole, names: string) => {
				const rest = src.replace(whole, '');
				const keep = names
					.split(',')
					.map((n) => n.trim())
					.filter((n) => n && used(n, rest));
				return keep.length ? `import type { ${keep.join(', ')} } from '$lib/i18n';\n` : '';
			}
		);
		const add: string[] = [];
		if (needM && !/import \{ m(?: as msg)? \} from '\$lib\/paraglide\/messages(\.js)?'/.test(src))
			add.push(`import { m${this.m === 'm' ? '' : ' as msg'} } from '$lib/paraglide/messages.js';`);
		// one import per family, from the family's own module, so a page's chunks hold only the
		// families (and their messages) it uses
		const pickImport = /import \{([^}]*)\} from '\$lib\/i18n\/families(?:\/[\w-]+)?';\n/g;
		const havePicks = [...src.matchAll(pickImport)].flatMap((i) =>
			i[1]!.split(',').map((s) => s.trim())
		);
		const allPicks = [...new Set([...havePicks, ...picks])].filter(Boolean).sort();
		src = src.replace(pickImport, '');
		for (const pick of allPicks) {
			const family = this.families.get(pick);
			if (family) add.push(`import { ${pick} } from '$lib/i18n/families/${familyFile(family)}';`);
		}
		if (!add.length) return src;
		if (svelte) {
			const script = [...src.matchAll(/<script((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*>\n/g)].find(
				(t) => !/\bmodule\b/.test(t[1]!)
			);
			if (script) {
				const at = script.index + script[0].length;
				return src.slice(0, at) + add.map((l) => `\t${l}\n`).join('') + src.slice(at);
			}
			return `<script lang="ts">\n${add.map((l) => `\t${l}\n`).join('')}</script>\n\n` + src;
		}
		// after the leading comment, before the first import
		const firstImport = /^import /m.exec(src);
		const at = firstImport ? firstImport.index : 0;
		return src.slice(0, at) + add.map((l) => `${l}\n`).join('') + src.slice(at);
	}
}

/** Whether the file declares a variable or parameter of its own called `m`. */
function bindsM(src: string): boolean {
	return /\b(?:const|let|var)\s+m\b|[(,]\s*m\s*[,):=]|(?<![\w$.])m\s*=>|\bas\s+m\b/.test(src);
}

/** The ids of a family, with the part that data supplies ('kind_' + 'kota'). */
function membersOf(ids: string[], f: Family): [string, string][] {
	const pre = messageId(f.prefix);
	const suf = messageId(f.suffix);
	return ids
		.filter((id) => id.startsWith(pre) && id.endsWith(suf) && id.length > pre.length + suf.length)
		.map((id) => [id, id.slice(pre.length, id.length - suf.length)]);
}

/** The generated modules of src/lib/i18n/families, by path: what they share, then one per family. */
function familiesFiles(conv: Converter, ids: string[]): Map<string, string> {
	const list = [...conv.families.entries()].sort(([a], [b]) => a.localeCompare(b));
	const files = new Map<string, string>();
	files.set(
		FAMILIES,
		`/**
 * Messages chosen by data (a kind, a predicate, a measure): one small explicit map per family,
 * each in its own module beside this one, so a page ships only the families it uses (one module
 * for all would put every family's messages in every page that picks one). Generated by
 * scripts/codemod-messages.ts, which adds a family when it meets a new key built from data;
 * edit the messages, not these files.
 * families: ${JSON.stringify(list.map(([, f]) => [f.prefix, f.suffix]))}
 */
import type { Lang } from '../lang';

/** A message function; inputs by placeholder name, the language when not the page's own. */
export type Message = (inputs?: Record<string, unknown>, options?: { locale?: Lang }) => string;

/** The data's value as the part of a message id ('Sangat Baik' → 'Sangat_Baik'). */
export const id = (k: string | number) => String(k).replace(/[^A-Za-z0-9_]/g, '_');

/** An unknown member shows its key rather than failing the page. */
export const missing =
	(key: string): Message =>
	() =>
		key;
`
	);
	for (const [name, f] of list) {
		const members = membersOf(ids, f).map(([id, part]) => `\t${part}: m.${id}`);
		files.set(
			join(FAMILIES_DIR, `${familyFile(f)}.ts`),
			`/** \`${f.prefix}…${f.suffix}\` messages chosen by data. Generated: see ./shared.ts. */
import { m } from '$lib/paraglide/messages.js';
import { id, missing, type Message } from './shared';

const map = {
${members.join(',\n')}
} as unknown as Record<string, Message>;
export const ${name} = (k: string | number): Message =>
	map[id(k)] ?? missing(\`${f.prefix}\${k}${f.suffix}\`);
`
		);
	}
	return files;
}

function walk(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) {
			if (name === 'paraglide' || name === 'node_modules') continue;
			walk(p, out);
		} else if (/\.(ts|svelte)$/.test(name) && !/\.d\.ts$/.test(name)) out.push(p);
	}
	return out;
}

async function main() {
	await importCatalogue();
	const ids = new Set(Object.keys(readJson('id')).filter((k) => k !== '$schema'));
	if (process.argv.includes('--catalogue-only')) return;
	const keys = ids;
	const conv = new Converter(keys);
	const prior = existsSync(FAMILIES)
		? /families: (\[.*\])/.exec(readFileSync(FAMILIES, 'utf8'))
		: null;
	for (const [prefix, suffix] of prior ? (JSON.parse(prior[1]!) as [string, string][]) : [])
		conv.families.set(familyName({ prefix, suffix }), { prefix, suffix });

	const left: string[] = [];
	const changed: string[] = [];
	for (const file of walk(join(root, 'src'))) {
		const rel = relative(root, file);
		if (rel.startsWith('src/lib/i18n/')) continue;
		const src = readFileSync(file, 'utf8');
		// a call inside another's arguments is rewritten on the next pass
		let r = conv.file(rel, src);
		for (let prev = src; r.out !== prev;) {
			prev = r.out;
			r = conv.file(rel, prev);
		}
		left.push(...r.left);
		if (r.out !== src) {
			changed.push(rel);
			if (!check) writeFileSync(file, r.out);
		}
	}
	if (conv.families.size && !check) {
		mkdirSync(FAMILIES_DIR, { recursive: true });
		for (const [file, text] of familiesFiles(conv, [...ids])) {
			const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
			writeFileSync(file, text);
			if (before !== text) changed.push(relative(root, file));
		}
	}
	// the rewritten files in the project's own format
	if (changed.length && !check)
		execFileSync('npx', ['prettier', '--write', '--log-level', 'warn', ...changed], {
			cwd: root,
			stdio: 'inherit'
		});
	console.log(
		`${changed.length} files ${check ? 'would change' : 'rewritten'}; ${conv.families.size} families`
	);
	for (const l of [...report, ...left]) console.log('  ' + l);
	if (check && (changed.length || left.length)) process.exit(1);
}

await main();
