/**
 * Request ids: a file chosen while another is being checked ends the first request, and the
 * first file's late answer is never taken for the second's.
 */
import { describe, expect, it } from 'vitest';
import { ImportWorkerClient, Superseded, WorkerFailure } from './worker-client';
import type { WorkerReply, WorkerRequest } from './protocol';

/** A worker that answers each request after `delay(request)` ms, echoing the file's name. */
class FakeWorker extends EventTarget {
	terminated = false;
	constructor(readonly delay: (r: WorkerRequest) => number) {
		super();
	}
	postMessage(r: WorkerRequest) {
		setTimeout(() => {
			if (this.terminated) return;
			const reply: WorkerReply = {
				id: r.id,
				type: 'sniffed',
				headers: [r.file.name],
				mapping: [],
				sample: [],
				problems: []
			};
			this.dispatchEvent(new MessageEvent('message', { data: reply }));
		}, this.delay(r));
	}
	terminate() {
		this.terminated = true;
	}
}

const file = (name: string) => new File(['x'], name);

describe('ImportWorkerClient', () => {
	it('answers each request with its own reply; a newer request ends the older', async () => {
		const workers: FakeWorker[] = [];
		const client = new ImportWorkerClient(() => {
			const w = new FakeWorker((r) => (r.file.name === 'lambat.csv' ? 50 : 1));
			workers.push(w);
			return w as unknown as Worker;
		});
		const slow = client.request({ type: 'sniff', file: file('lambat.csv') });
		const fast = client.request({ type: 'sniff', file: file('cepat.csv') });
		await expect(slow).rejects.toBeInstanceOf(Superseded);
		expect(await fast).toMatchObject({ type: 'sniffed', headers: ['cepat.csv'] });
		// the slow file's worker was stopped, its answer never delivered
		expect(workers[0]?.terminated).toBe(true);
		await new Promise((ok) => setTimeout(ok, 80));
		expect(await client.request({ type: 'sniff', file: file('lagi.csv') })).toMatchObject({
			headers: ['lagi.csv']
		});
	});

	it('rejects when the worker dies', async () => {
		const client = new ImportWorkerClient(() => {
			const w = new FakeWorker(() => 1000);
			// Node has no ErrorEvent: an Event carrying the message, as a worker's error event does
			const died = Object.assign(new Event('error'), { message: 'out of memory' });
			setTimeout(() => w.dispatchEvent(died), 5);
			return w as unknown as Worker;
		});
		await expect(client.request({ type: 'sniff', file: file('a.csv') })).rejects.toBeInstanceOf(
			WorkerFailure
		);
	});

	it('a warmed worker answers the first request; one that failed to start is replaced', async () => {
		const workers: FakeWorker[] = [];
		const client = new ImportWorkerClient(() => {
			const w = new FakeWorker(() => 1);
			workers.push(w);
			return w as unknown as Worker;
		});
		client.warm();
		client.warm();
		expect(workers).toHaveLength(1);
		expect(await client.request({ type: 'sniff', file: file('a.csv') })).toMatchObject({
			headers: ['a.csv']
		});
		expect(workers).toHaveLength(1);

		const failing = new ImportWorkerClient(() => {
			const w = new FakeWorker(() => 1);
			workers.push(w);
			return w as unknown as Worker;
		});
		failing.warm();
		workers.at(-1)?.dispatchEvent(Object.assign(new Event('error'), { message: '404' }));
		expect(workers.at(-1)?.terminated).toBe(true);
		expect(await failing.request({ type: 'sniff', file: file('b.csv') })).toMatchObject({
			headers: ['b.csv']
		});
		expect(workers).toHaveLength(3);
	});
});
