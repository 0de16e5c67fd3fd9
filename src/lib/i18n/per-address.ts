/**
 * The reader's language as Paraglide resolves it from the address (/… or /en/…), resolved
 * again only when the address changes: Paraglide parses the address on every call, and a page
 * renders hundreds of strings (about 2 % of a category change's work, and of a phone's
 * hydration, in CPU profiles).
 */
export function perAddress<L>(resolve: () => L, address: () => string): () => L {
	let at: string | null = null;
	let lang: L;
	return () => {
		const now = address();
		if (now !== at) {
			lang = resolve();
			at = now;
		}
		return lang;
	};
}
