// Paraglide's compiler options, shared by vite.config.ts and scripts/messages.ts.
//
// Bahasa Indonesia at /…, English at /en/… ('url'), else Indonesian ('baseLocale').
// Paraglide's default URL patterns are exactly that and need no URLPattern polyfill in the
// browser; a site served from a sub-folder (BASE_PATH) states them with the folder in front.
const base = process.env.BASE_PATH ?? '';

/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['url', 'baseLocale'],
	urlPatterns: base
		? [
				{
					pattern: `:protocol://:domain(.*)::port?${base}/:path(.*)?`,
					localized: [
						['en', `:protocol://:domain(.*)::port?${base}/en/:path(.*)?`],
						['id', `:protocol://:domain(.*)::port?${base}/:path(.*)?`]
					]
				}
			]
		: undefined,
	trailingSlash: 'never',
	// The same output whoever compiles: scripts/messages.ts, Vite's build (production) and Vite's
	// dev server or Vitest (which would otherwise pick 'locale-modules' and their own isServer
	// test). Paraglide's plugin then finds nothing changed and writes nothing, so `npm test` can
	// type-check and run Vitest while `vite build` runs beside them (scripts/test.ts).
	outputStructure: 'message-modules',
	isServer: "import.meta.env?.SSR ?? typeof window === 'undefined'",
	emitGitIgnore: false,
	emitPrettierIgnore: false
};
