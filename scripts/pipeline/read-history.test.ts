import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { HISTORY_FILES, readHistory } from './read';

/** Whether the history counts as installed: the folder, not the variable, decides. */
describe('readHistory', () => {
	const dirs: string[] = [];
	const folder = () => {
		const d = mkdtempSync(join(tmpdir(), 'tolok-history-'));
		dirs.push(d);
		return d;
	};
	afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

	test('a folder that does not exist is no history', () => {
		expect(readHistory(join(tmpdir(), 'tolok-no-such-history'))).toBeNull();
	});

	test('an empty folder is no history: the site builds without it', () => {
		expect(readHistory(folder())).toBeNull();
	});

	test('a folder with one file names each missing file as a problem', () => {
		const d = folder();
		writeFileSync(join(d, HISTORY_FILES.spbe2018), 'x\n');
		const h = readHistory(d);
		expect(h).not.toBeNull();
		expect(h?.indicators.problems.map((p) => p.message)).toEqual([
			`missing: the history folder ${d} has no ${HISTORY_FILES.indicators}`
		]);
		expect(h?.compiled.problems[0]?.message).toContain(HISTORY_FILES.compiled);
	});
});
