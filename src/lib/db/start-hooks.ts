/**
 * What else runs when the browser's engine starts, registered by features (the stored
 * imported datasets go back in: src/hooks.client.ts). The engine module knows no feature;
 * features know the engine. Tiny on purpose: registering a hook loads nothing else.
 */
import type { Engine } from './types';

export type StartHook = (engine: Engine) => Promise<void>;

const hooks: StartHook[] = [];

/** Runs `hook` with every engine started from now on, in registration order. */
export function onEngineStart(hook: StartHook): void {
	hooks.push(hook);
}

/** Runs every hook; one that fails is reported and never stops the engine or the others. */
export async function runStartHooks(engine: Engine): Promise<void> {
	for (const hook of hooks) {
		try {
			await hook(engine);
		} catch (err) {
			console.warn('Tolok: engine start-up hook failed', err);
		}
	}
}
