/**
 * npm run data: data/ → static/data/*.arrow + manifest.json.
 * Stops (exit 1) with every problem listed when the data do not cross-check.
 */
import { readRawData, readRegistry } from './pipeline/read';
import { buildModel } from './pipeline/normalise';
import { DataError } from './pipeline/problems';
import { writePublished } from './pipeline/write';
import { geoStatus } from './pipeline/geo';

const started = performance.now();
try {
	const { model, problems } = buildModel(readRawData('data'), readRegistry('data'));
	if (problems.length > 0) throw new DataError(problems);
	const manifest = await writePublished(model, 'static/data', { geo: geoStatus() });
	const counts = Object.entries(manifest.tables)
		.map(([t, m]) => `${t} ${m.rows}`)
		.join(', ');
	console.log(`data: ${counts} → static/data in ${Math.round(performance.now() - started)} ms`);
} catch (e) {
	console.error(e instanceof DataError ? e.message : e);
	process.exit(1);
}
