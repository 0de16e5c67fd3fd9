/**
 * One query may build on another: `({{ranking}})` in a .sql file stands for the whole text of
 * ranking.sql, so a query that only filters a ranking does not repeat it. Pure, so the
 * prerenderer, the browser and the tests compose the same text.
 */
const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** The query text without its comment lines, for inlining as a subquery. */
function body(sql: string): string {
	return sql
		.split('\n')
		.filter((line) => !/^\s*--/.test(line))
		.join('\n')
		.trim()
		.replace(/;\s*$/, '');
}

export function compose(files: Record<string, string>): Record<string, string> {
	const out: Record<string, string> = {};
	const resolve = (name: string, seen: string[]): string => {
		if (seen.includes(name)) throw new Error(`SQL ${[...seen, name].join(' → ')} includes itself`);
		const text = files[name];
		if (text === undefined)
			throw new Error(`SQL ${seen.at(-1)} includes {{${name}}}, which does not exist`);
		return text
			.split('\n')
			.map((line) =>
				/^\s*--/.test(line)
					? line // placeholders in comments are documentation, not includes
					: line.replace(PLACEHOLDER, (_, inner: string) => body(resolve(inner, [...seen, name])))
			)
			.join('\n');
	};
	for (const name of Object.keys(files)) out[name] = resolve(name, []);
	return out;
}

/** compose() over an import.meta.glob of .sql files, each named by its file name. */
export function composeFiles(globbed: Record<string, string>): Record<string, string> {
	return compose(
		Object.fromEntries(
			Object.entries(globbed).map(([path, text]) => [path.replace(/^.*\/(.*)\.sql$/, '$1'), text])
		)
	);
}
