/**
 * npm run data: data/ (and, when present, the history and Pemdi folders) → static/data/*.arrow
 * + manifest.json. Stops (exit 1) with every problem listed when the data do not cross-check.
 */
import { resolve } from 'node:path';
import {
	historyDir,
	pemdiDir,
	readHistory,
	readPemdi,
	readPemdiResults,
	readRawData,
	readRegistry
} from './pipeline/read';
import { buildModel } from './pipeline/normalise';
import { DataError } from './pipeline/problems';
import { writePublished } from './pipeline/write';
import { geoStatus } from '../src/lib/server/geo-dir';

const started = performance.now();
try {
	const history = readHistory();
	const pemdi = readPemdi();
	const { model, problems } = buildModel(readRawData('data'), readRegistry('data'), {
		history,
		pemdi,
		pemdiResults: readPemdiResults('data')
	});
	if (problems.length > 0) throw new DataError(problems);
	const manifest = await writePublished(model, 'static/data', {
		geo: geoStatus(),
		history: { installed: history !== null, variable: 'HISTORY_DIR', dir: resolve(historyDir()) },
		pemdi: { installed: pemdi !== null, variable: 'PEMDI_DIR', dir: resolve(pemdiDir()) }
	});
	const counts = Object.entries(manifest.tables)
		.map(([t, m]) => `${t} ${m.rows}`)
		.join(', ');
	console.log(`data: ${counts} → static/data in ${Math.round(performance.now() - started)} ms`);
	if (!history)
		console.log(
			`data: no SPBE history at ${resolve(historyDir())} (set HISTORY_DIR); built without 2018–2022`
		);
	if (!pemdi) console.log(`data: no Pemdi methodology at ${resolve(pemdiDir())} (set PEMDI_DIR)`);
} catch (e) {
	console.error(e instanceof DataError ? e.message : e);
	process.exit(1);
}
