/**
 * The page's side of the import worker: one request at a time, each with its own id. A new
 * request (a file chosen while another is being checked) ends the old one: the worker is
 * stopped and replaced, so its late answer can never be taken for the new file's, and its
 * work stops. A worker that dies (out of memory) rejects the request with WorkerFailure.
 */
import type { WorkerReply, WorkerRequest } from './protocol';

type Body = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;
type Final = Exclude<WorkerReply, { type: 'progress' }>;

/** The worker stopped without answering. */
export class WorkerFailure extends Error {}
/** The request was replaced by a newer one (or the page left). */
export class Superseded extends Error {}

export class ImportWorkerClient {
	#create: () => Worker;
	#worker: Worker | null = null;
	#next = 0;
	#current: { id: number; reject: (e: Error) => void } | null = null;

	constructor(create: () => Worker) {
		this.#create = create;
	}

	/**
	 * Starts the worker ahead of the first request, so a chosen file is read by a worker whose
	 * code is already fetched and compiled (starting it is most of the time to the mapping).
	 */
	warm(): void {
		if (this.#worker) return;
		const worker = (this.#worker = this.#create());
		// one that fails to start before it is asked is dropped: the request starts another
		worker.addEventListener(
			'error',
			() => {
				if (this.#worker !== worker || this.#current) return;
				worker.terminate();
				this.#worker = null;
			},
			{ once: true }
		);
	}

	/** Sends one request; resolves with its final reply, calling onProgress meanwhile. */
	request(body: Body, onProgress?: (fraction: number) => void): Promise<Final> {
		this.cancel();
		const worker = (this.#worker ??= this.#create());
		const id = ++this.#next;
		return new Promise<Final>((resolve, reject) => {
			const done = () => {
				worker.removeEventListener('message', onMessage);
				worker.removeEventListener('error', onError);
				if (this.#current?.id === id) this.#current = null;
			};
			const onMessage = (e: MessageEvent<WorkerReply>) => {
				if (e.data.id !== id) return;
				if (e.data.type === 'progress') return onProgress?.(e.data.fraction);
				done();
				resolve(e.data);
			};
			const onError = (e: ErrorEvent) => {
				done();
				this.#worker?.terminate();
				this.#worker = null;
				reject(new WorkerFailure(e.message || 'worker stopped'));
			};
			this.#current = {
				id,
				reject: (err) => {
					done();
					reject(err);
				}
			};
			worker.addEventListener('message', onMessage);
			worker.addEventListener('error', onError);
			worker.postMessage({ ...body, id } as WorkerRequest);
		});
	}

	/** Ends the request in flight, if any (its promise rejects with Superseded). */
	cancel(): void {
		if (!this.#current) return;
		const { reject } = this.#current;
		this.#current = null;
		this.#worker?.terminate();
		this.#worker = null;
		reject(new Superseded('superseded'));
	}

	dispose(): void {
		this.cancel();
		this.#worker?.terminate();
		this.#worker = null;
	}
}
