/**
 * Compiles messages/{id,en}.json into src/lib/paraglide (what `vite` does through the plugin),
 * for the checks that run without Vite (svelte-check).
 */
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from './paraglide-options.js';

await compile(paraglideOptions);
// The inlang SDK keeps a file-sync timer alive for about 30 s after compiling: done is done.
process.exit(0);
