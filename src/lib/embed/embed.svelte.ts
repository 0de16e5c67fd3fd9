/**
 * Embed mode (`?embed=1`): a page shown inside another site's iframe, without the site's
 * header and footer, whose links open the full site in a new tab; with `&grafik=<chart id>`
 * only that chart, in its export frame (./../charts/frame.ts). The layout reads the address
 * and sets `embed`; a chart figure whose id is asked for hands its framed SVG back here.
 * The query string cannot be read while prerendering: embed mode starts once the page runs.
 */

/** The parameters that make an address an embed, dropped from every link out of one. */
export const EMBED_PARAMS = ['embed', 'grafik'] as const;

class EmbedState {
	/** the page is embedded (?embed=1) */
	on = $state(false);
	/** the one chart asked for (?grafik=), or null for the whole page */
	chart = $state<string | null>(null);
	/** the asked-for chart in its export frame, once its figure has drawn it */
	framed = $state<{ svg: string; title: string } | null>(null);
	/** ids of the chart figures on this page (to say when the asked-for one is not there) */
	ids = $state<string[]>([]);
}

export const embed = new EmbedState();

/** The full site's address of an embedded page or link: the same address without the embed parameters. */
export function fullSiteHref(href: string, origin: string): string {
	const url = new URL(href, origin);
	if (url.origin !== new URL(origin).origin) return href;
	for (const p of EMBED_PARAMS) url.searchParams.delete(p);
	return url.href;
}

/** The address that embeds one chart of a page: the page's own query kept, embed parameters set. */
export function chartEmbedSrc(pageHref: string, chartId: string): string {
	const url = new URL(pageHref);
	url.hash = '';
	url.searchParams.set('embed', '1');
	url.searchParams.set('grafik', chartId);
	return url.href;
}

const attr = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The `<iframe>` code for one chart, whose frame is `width` × `height` px: as wide as the
 * column it is put in (at most the frame's own width) and kept at the frame's proportions, so
 * no empty band or scroll bar shows; `height` alone (for a 640 px column) where aspect-ratio
 * is not supported.
 */
export function chartEmbedCode(
	src: string,
	title: string,
	width: number,
	height: number,
	column = 640
): string {
	const fallback = Math.ceil((height * column) / width);
	return (
		`<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${fallback}"` +
		` style="border:0;width:100%;max-width:${width}px;height:auto;aspect-ratio:${width}/${height}"` +
		` loading="lazy"></iframe>`
	);
}

/** Width and height of an SVG string's root element. */
export function svgSize(svg: string): { width: number; height: number } {
	const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
	const n = (name: string) => Number(new RegExp(`\\s${name}="(\\d+(?:\\.\\d+)?)"`).exec(root)?.[1]);
	return { width: n('width') || 1200, height: n('height') || 675 };
}

/** Links within the page (#main) stay in place; every other one leaves the iframe. */
function leaves(a: HTMLAnchorElement): boolean {
	const href = a.getAttribute('href');
	return href !== null && !href.startsWith('#') && !a.hasAttribute('download');
}

function openOutside(a: HTMLAnchorElement, origin: string) {
	if (!leaves(a)) return;
	const full = fullSiteHref(a.href, origin);
	if (full !== a.href) a.href = full;
	if (a.target !== '_blank') a.target = '_blank';
	if (!a.relList.contains('noopener')) a.relList.add('noopener');
}

/**
 * Makes every link under `root`, now and as the page redraws, open the full site in a new tab
 * (`target="_blank" rel="noopener"`, embed parameters dropped), so a click never loads the
 * whole site inside the host's iframe. SvelteKit's router leaves such links to the browser.
 * Returns the function that stops watching.
 */
export function openLinksOutside(root: HTMLElement): () => void {
	const origin = location.origin;
	const all = (node: ParentNode) => {
		for (const a of node.querySelectorAll('a')) openOutside(a, origin);
	};
	all(root);
	const watch = new MutationObserver((changes) => {
		for (const c of changes) {
			if (c.type === 'attributes' && c.target instanceof HTMLAnchorElement)
				openOutside(c.target, origin);
			for (const n of c.addedNodes) {
				if (n instanceof HTMLAnchorElement) openOutside(n, origin);
				if (n instanceof Element) all(n);
			}
		}
	});
	watch.observe(root, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: ['href', 'target']
	});
	return () => watch.disconnect();
}
