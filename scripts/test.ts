/**
 * `npm test`: every check and test, in the least time two cores allow.
 *
 *   1. in order: the data build, the compiled messages, `svelte-kit sync`;
 *   2. side by side, two lanes:
 *        checks  svelte-check, ESLint, Prettier (`npm run lint`), then Vitest
 *        build   `vite build`, then the first-view bundle budget
 *      The build leaves a core idle for long stretches (Rollup bundles on one thread), and the
 *      checks fill it. Both lanes read the messages and `.svelte-kit` that step 1 wrote and
 *      neither rewrites them: with TOLOK_MESSAGES_COMPILED set, vite.config.ts leaves
 *      Paraglide's plugin out (and were it in, it writes only files whose content changed, and
 *      scripts/paraglide-options.js gives it and scripts/messages.ts the same options);
 *   3. the end-to-end tests against the build.
 *
 * Each line a lane prints is prefixed with its name. A failing step stops its lane and the
 * other one, and the run exits 1 naming it. The time of every step is printed at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';

interface Step {
	name: string;
	command: string;
}

const FIRST: Step[] = [
	{ name: 'data', command: 'npm run data' },
	{ name: 'messages', command: 'npm run messages' },
	{ name: 'sync', command: 'npx svelte-kit sync' }
];
const LANES: Record<string, Step[]> = {
	checks: [
		{ name: 'lint', command: 'npm run lint' },
		{ name: 'unit', command: 'npm run test:unit' }
	],
	build: [
		{ name: 'build', command: 'npx vite build' },
		{ name: 'bundle', command: 'npm run check:bundle' }
	]
};
const LAST: Step[] = [{ name: 'e2e', command: 'npm run test:e2e' }];

const running = new Set<ChildProcess>();
const timings: [string, number][] = [];

class StepFailed extends Error {}

/** Runs one step, its output prefixed when a lane runs beside it. */
function run(step: Step, prefix: string): Promise<void> {
	const started = Date.now();
	return new Promise((resolve, reject) => {
		// its own process group, so a failure elsewhere can stop it with everything it started
		const child = spawn(step.command, {
			shell: true,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		running.add(child);
		for (const stream of [child.stdout, child.stderr]) {
			let rest = '';
			stream.setEncoding('utf8');
			stream.on('data', (chunk: string) => {
				const lines = (rest + chunk).split('\n');
				rest = lines.pop() ?? '';
				for (const line of lines) process.stdout.write(`${prefix}${line}\n`);
			});
			stream.on('end', () => rest && process.stdout.write(`${prefix}${rest}\n`));
		}
		child.on('close', (code, signal) => {
			running.delete(child);
			timings.push([step.name, Date.now() - started]);
			if (code === 0) resolve();
			else
				reject(
					new StepFailed(`${step.name} (${step.command}) failed: ${signal ?? `exit ${code}`}`)
				);
		});
	});
}

async function sequence(steps: Step[], prefix = ''): Promise<void> {
	for (const step of steps) await run(step, prefix);
}

function stopAll(): void {
	for (const child of running) {
		try {
			if (child.pid) process.kill(-child.pid, 'SIGTERM');
		} catch {
			// already gone
		}
	}
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.on(signal, () => {
		stopAll();
		process.exit(130);
	});

const width = Math.max(...Object.keys(LANES).map((n) => n.length));
const started = Date.now();
let failure: string | null = null;
try {
	await sequence(FIRST);
	// the build and Vitest leave out Paraglide's plugin: the messages step compiled them
	process.env.TOLOK_MESSAGES_COMPILED = '1';
	await Promise.all(
		Object.entries(LANES).map(([lane, steps]) =>
			sequence(steps, `[${lane.padEnd(width)}] `).catch((e: unknown) => {
				stopAll();
				throw e;
			})
		)
	);
	await sequence(LAST);
} catch (e) {
	failure = e instanceof StepFailed ? e.message : String(e);
}
const min = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;
console.log('\nnpm test, time per step:');
for (const [name, ms] of timings) console.log(`  ${name.padEnd(9)} ${min(ms)}`);
console.log(`  ${'whole'.padEnd(9)} ${min(Date.now() - started)}`);
if (failure) {
	console.error(`\nnpm test failed: ${failure}`);
	process.exit(1);
}
