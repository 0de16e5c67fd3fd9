/**
 * The lint rule that keeps the engine behind the data layer (eslint.config.js): fixture files
 * (tests/lint-fixtures, which `npm run check` does not lint) are linted as if they were a
 * page, a route component and a component in a feature folder.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
// The repository's own config. A fixture is linted at a path where no file exists, which
// TypeScript's project service cannot open: Svelte files are parsed without type information
// (the rules tested here read only import sources).
const eslint = new ESLint({
	cwd: root,
	overrideConfig: [
		{ files: ['**/*.svelte'], languageOptions: { parserOptions: { projectService: false } } }
	]
});

/** The rules broken by `fixture` when it sits at `asIf` (a path in the repository). */
async function broken(fixture: string, asIf: string) {
	const text = readFileSync(resolve(root, 'tests/lint-fixtures', fixture), 'utf8');
	const [result] = await eslint.lintText(text, { filePath: resolve(root, asIf) });
	return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, line: m.line, fatal: m.fatal }));
}

describe('pages and components never import the engine', () => {
	it('refuses a page importing $lib/db, statically and with import()', async () => {
		const found = await broken('PageImportsEngine.svelte', 'src/routes/lint-fixture/+page.svelte');
		expect(found).toEqual([
			{ rule: 'no-restricted-imports', line: 3, fatal: undefined },
			{ rule: 'no-restricted-syntax', line: 7, fatal: undefined }
		]);
	});

	it('refuses the same in a component of a feature folder', async () => {
		const found = await broken('PageImportsEngine.svelte', 'src/lib/ranking/LintFixture.svelte');
		expect(found.map((f) => f.rule)).toEqual(['no-restricted-imports', 'no-restricted-syntax']);
	});

	it('refuses a route module reaching the engine by a relative path', async () => {
		const found = await broken('load-imports-engine.js', 'src/routes/lint-fixture/+page.js');
		expect(found.map((f) => f.rule)).toEqual(['no-restricted-imports']);
	});

	it('lets a page read through the data layer', async () => {
		expect(await broken('PageReadsFacade.svelte', 'src/routes/lint-fixture/+page.svelte')).toEqual(
			[]
		);
	});

	it('lets the data layer itself import the engine', async () => {
		expect(await broken('load-imports-engine.js', 'src/lib/data/lint-fixture.js')).toEqual([]);
	});
});
