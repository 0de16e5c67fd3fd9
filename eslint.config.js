import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const ENGINE_MESSAGE =
	'Pages and components do not import the engine ($lib/db): read through a facade in $lib/data (src/lib/data/README.md), or $lib/server in a server route.';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'static/data/',
			'test-results/',
			'playwright-report/',
			'src/lib/paraglide/',
			// files that break the rules on purpose, linted by the tests that name them
			'tests/lint-fixtures/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// links are built with $app/paths base and keep ?lang; URL objects here are local temporaries
			'svelte/no-navigation-without-resolve': 'off',
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		// Pages and components read through the client data layer (src/lib/data: answer state
		// and one facade per feature), never the engine itself; server routes read through
		// $lib/server. See src/lib/data/README.md.
		files: ['src/routes/**', 'src/lib/**/*.svelte'],
		ignores: ['src/lib/data/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(\\$lib/|(\\.\\.?/)+(lib/)?)db(/|$)',
							message: ENGINE_MESSAGE
						}
					]
				}
			],
			'no-restricted-syntax': [
				'error',
				{
					// import('$lib/db/…'), which no-restricted-imports does not see (no "/" in esquery's regex)
					selector:
						'ImportExpression[source.value=/^(\\$lib\\x2F|(\\.\\.?\\x2F)+(lib\\x2F)?)db(\\x2F|$)/]',
					message: ENGINE_MESSAGE
				}
			]
		}
	}
);
