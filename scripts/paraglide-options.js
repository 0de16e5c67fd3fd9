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
	emitGitIgnore: false,
	emitPrettierIgnore: false
};
