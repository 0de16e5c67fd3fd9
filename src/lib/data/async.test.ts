import { describe, expect, it } from 'vitest';
import { Answer } from './async.svelte';

/** A promise settled from the test, and the signal its request was given. */
function deferred<T>() {
	let resolve!: (v: T) => void;
	let reject!: (e: unknown) => void;
	const promise = new Promise<T>((ok, fail) => {
		resolve = ok;
		reject = fail;
	});
	let signal: AbortSignal | null = null;
	const ask = (s: AbortSignal) => {
		signal = s;
		return promise;
	};
	return { resolve, reject, ask, signal: () => signal };
}

describe('Answer', () => {
	it('starts with the initial value, not loading, no error', () => {
		const a = new Answer(['prerendered']);
		expect(a.value).toEqual(['prerendered']);
		expect(a.loading).toBe(false);
		expect(a.error).toBeNull();
	});

	it('is loading while a request is on its way, then holds its value', async () => {
		const a = new Answer<number>();
		const d = deferred<number>();
		const done = a.run(d.ask);
		expect(a.loading).toBe(true);
		d.resolve(42);
		expect(await done).toBe(true);
		expect(a.value).toBe(42);
		expect(a.loading).toBe(false);
	});

	it('the latest request wins: a slower earlier answer never overwrites a newer one', async () => {
		const a = new Answer<string>('first');
		const slow = deferred<string>();
		const fast = deferred<string>();
		const early = a.run(slow.ask);
		const late = a.run(fast.ask);
		expect(slow.signal()?.aborted).toBe(true);
		expect(fast.signal()?.aborted).toBe(false);
		fast.resolve('newer');
		expect(await late).toBe(true);
		slow.resolve('older');
		expect(await early).toBe(false);
		expect(a.value).toBe('newer');
		expect(a.loading).toBe(false);
	});

	it('a superseded request that fails leaves no error and no loading', async () => {
		const a = new Answer<string>();
		const slow = deferred<string>();
		const fast = deferred<string>();
		const early = a.run(slow.ask);
		const late = a.run(fast.ask);
		slow.reject(new Error('stale'));
		expect(await early).toBe(false);
		expect(a.error).toBeNull();
		expect(a.loading).toBe(true);
		fast.resolve('ok');
		await late;
		expect(a.value).toBe('ok');
		expect(a.loading).toBe(false);
	});

	it('an error keeps the value shown and is cleared by the next success', async () => {
		const a = new Answer<string>('shown');
		const boom = new Error('engine unavailable');
		expect(await a.run(() => Promise.reject(boom))).toBe(false);
		expect(a.error).toBe(boom);
		expect(a.value).toBe('shown');
		expect(a.loading).toBe(false);
		expect(await a.run(() => Promise.resolve('fresh'))).toBe(true);
		expect(a.error).toBeNull();
		expect(a.value).toBe('fresh');
	});

	it('retry runs the last request again', async () => {
		const a = new Answer<number>();
		expect(await a.retry()).toBe(false);
		let calls = 0;
		const ask = () => (++calls === 1 ? Promise.reject(new Error('once')) : Promise.resolve(calls));
		await a.run(ask);
		expect(a.error).toBeInstanceOf(Error);
		expect(await a.retry()).toBe(true);
		expect(calls).toBe(2);
		expect(a.value).toBe(2);
		expect(a.error).toBeNull();
	});

	it('cancel aborts the request and records what it answers to that', async () => {
		const a = new Answer<string>();
		const d = deferred<string>();
		const done = a.run(d.ask);
		a.cancel();
		expect(d.signal()?.aborted).toBe(true);
		d.reject(new Error('cancelled'));
		expect(await done).toBe(false);
		expect((a.error as Error).message).toBe('cancelled');
		expect(a.loading).toBe(false);
	});

	it('reset drops the request on its way and shows the given value', async () => {
		const a = new Answer<string>('prerendered');
		const d = deferred<string>();
		const done = a.run(d.ask);
		a.reset('prerendered');
		expect(a.loading).toBe(false);
		d.resolve('late');
		expect(await done).toBe(false);
		expect(a.value).toBe('prerendered');
	});

	it('says a failure as its message, and nothing once an answer arrives', async () => {
		const a = new Answer<number>(0);
		expect(a.errorMessage).toBeNull();
		await a.run(async () => {
			throw new Error('peringkat/indeks/kota/2024.json: 404');
		});
		expect(a.errorMessage).toBe('peringkat/indeks/kota/2024.json: 404');
		await a.run(async () => {
			throw 'offline';
		});
		expect(a.errorMessage).toBe('offline');
		await a.run(async () => 1);
		expect(a.errorMessage).toBeNull();
	});
});
