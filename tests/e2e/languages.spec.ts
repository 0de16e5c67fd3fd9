import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { hydrated } from './ready';

// Both languages are prerendered at their own addresses: Bahasa Indonesia at /…, English at
// /en/…. The HTML checks read build/ as a reader without JavaScript (or a crawler) gets it.

const BUILD = join(import.meta.dirname, '../../build');
const id = JSON.parse(readFileSync(join(import.meta.dirname, '../../messages/id.json'), 'utf8'));
const en = JSON.parse(readFileSync(join(import.meta.dirname, '../../messages/en.json'), 'utf8'));
delete id.$schema;
delete en.$schema;

/** One page of every kind. */
const KINDS = [
	'/',
	'/peringkat',
	'/peringkat/indeks/kota/2024',
	'/kepemimpinan',
	'/wilayah/35.73',
	'/instansi/arsip-nasional-republik-indonesia',
	'/bandingkan',
	'/peta',
	'/kenaikan',
	'/kenaikan/kota/2023-2024',
	'/nasional',
	'/indikator/2022',
	'/impor',
	'/sql',
	'/sumber',
	'/daftar-pendek',
	'/cari',
	'/luring'
];

const enPath = (p: string) => (p === '/' ? '/en' : `/en${p}`);
/** The prerendered file of a path. */
const fileOf = (p: string) => join(BUILD, p === '/' ? 'index.html' : `${p}.html`);
const html = (p: string) => readFileSync(fileOf(p), 'utf8');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };
const decode = (s: string) =>
	s
		.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
		.replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
		.replace(/&(\w+);/g, (w, n) => ENTITIES[n] ?? w);

/** What a reader reads: text and the attributes shown or spoken, not scripts or data. */
function readable(page: string): string {
	// code (SQL shown on /sql) and text marked as another language (lang="…") are not leaks
	const body = page
		.replace(/<(pre|code)\b[\s\S]*?<\/\1>/g, ' ')
		.replace(/<span [^>]*\blang="\w+"[^>]*>[^<]*<\/span>/g, ' ')
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ');
	const attrs = [...body.matchAll(/\s(?:title|aria-label|alt|placeholder|content)="([^"]*)"/g)].map(
		(a) => a[1]
	);
	const text = body.replace(/<[^>]+>/g, ' ');
	return decode([text, ...attrs].join(' ')).replace(/\s+/g, ' ');
}

/**
 * The pieces of one language's messages that would give it away in the other: the literal
 * text between placeholders, long enough to be a phrase, found in no message of the other.
 */
function telltales(from: Record<string, string>, other: Record<string, string>): string[] {
	const theirs = Object.values(other).join('\n');
	const out = new Set<string>();
	for (const [key, text] of Object.entries(from)) {
		if (text === other[key]) continue;
		for (const piece of text.split(/\{\w+\}/)) {
			const p = piece.trim().replace(/\s+/g, ' ');
			if (p.length >= 18 && p.split(' ').length >= 3 && !theirs.includes(p)) out.add(p);
		}
	}
	return [...out];
}
const ID_ONLY = telltales(id, en);
const EN_ONLY = telltales(en, id);

for (const path of KINDS) {
	test(`${path}: both languages prerendered, each in its own language`, () => {
		const idHtml = html(path);
		const enHtml = html(enPath(path));
		expect(idHtml).toMatch(/<html lang="id"/);
		expect(enHtml).toMatch(/<html lang="en"/);

		// a title of its own (a proper name, such as the DLGA's, may read the same in both)
		const title = (h: string) => decode(/<title>([^<]*)<\/title>/.exec(h)?.[1] ?? '');
		expect(title(enHtml)).not.toBe('');
		expect(ID_ONLY.filter((p) => title(enHtml).includes(p))).toEqual([]);

		// hreflang alternates: the same pair on both pages, each resolving to a built file
		for (const h of [idHtml, enHtml]) {
			const alt: Record<string, string> = Object.fromEntries(
				[...h.matchAll(/<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"/g)].map((a) => [
					a[1],
					new URL(a[2]!).pathname
				])
			);
			expect(alt).toEqual({ id: path, en: enPath(path), 'x-default': path });
			for (const p of Object.values(alt)) expect(existsSync(fileOf(p)), p).toBe(true);
		}

		// the switch is a plain link to the same view in the other language
		expect(idHtml).toContain(`href="${enPath(path)}" hreflang="en"`);
		expect(enHtml).toContain(`href="${path}" hreflang="id"`);

		const enText = readable(enHtml);
		const idText = readable(idHtml);
		expect(EN_ONLY.filter((p) => idText.includes(p))).toEqual([]);
		expect(ID_ONLY.filter((p) => enText.includes(p))).toEqual([]);
		// "instansi" has one English word, body (an indicator's Indonesian name keeps its own)
		expect(enText.match(/\b(?:\d[\d,.]*|every|all|of|per|no) instansi\b/gi) ?? []).toEqual([]);
		// one name per group, without the Indonesian in brackets
		expect(
			enText.match(/(?:Regenc\w+|Cit\w+|Agenc\w+) \((?:kabupaten|kota|lembaga)\)/g) ?? []
		).toEqual([]);
	});
}

test('English pages link within English, and Open Graph text is English', () => {
	const h = html('/en/peringkat/indeks/kota/2024');
	const anchors = [...h.matchAll(/<a [^>]*>/g)].map((a) => a[0]);
	const hrefOf = (tag: string) => /href="(\/[^"]*)"/.exec(tag)?.[1] ?? null;
	const pages = anchors.filter((tag) => {
		const l = hrefOf(tag);
		return l !== null && !/\.(csv|json|png|svg|xlsx)(\?|$)/.test(l) && !l.startsWith('/og/');
	});
	const indonesian = pages.filter((tag) => !hrefOf(tag)!.startsWith('/en'));
	// only the language switch (in the wide navigation and in the phone menu) leaves English
	expect(indonesian.length).toBeGreaterThan(0);
	for (const tag of indonesian) {
		expect(tag).toContain('hreflang="id"');
		expect(hrefOf(tag)).toBe('/peringkat/indeks/kota/2024');
	}
	const og = /<meta property="og:description" content="([^"]*)"/.exec(h)?.[1] ?? '';
	expect(og).not.toBe('');
	expect(ID_ONLY.filter((p) => decode(og).includes(p))).toEqual([]);
	expect(h).toContain('<meta property="og:locale" content="en_GB"');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('an English ranking and profile read in English with English numbers', async ({ page }) => {
		await page.goto('/en/peringkat/indeks/kota/2024');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('h1')).toContainText('Cities');
		await expect(page.locator('table tbody tr').first()).toContainText(/\d\.\d\d/);
		await page.goto('/en/wilayah/35.73');
		await expect(page.locator('h1')).toContainText('Kota Malang');
		await expect(page.getByRole('link', { name: 'Bahasa Indonesia' })).toHaveAttribute(
			'href',
			'/wilayah/35.73'
		);
	});
});

test('an old ?lang=en link opens the English address, query kept', async ({ page }) => {
	await page.goto('/peringkat/indeks/kota/2024?lang=en&provinsi=35');
	await expect(page).toHaveURL(/\/en\/peringkat\/indeks\/kota\/2024\?provinsi=35$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the language switch keeps the view and its query', async ({ page }) => {
	await page.goto('/peringkat/indeks/kota/2024?provinsi=35&urut=nama');
	await hydrated(page);
	const sw = page.getByRole('link', { name: 'English' });
	await expect(sw).toHaveAttribute('href', '/en/peringkat/indeks/kota/2024?provinsi=35&urut=nama');
	await sw.click();
	await expect(page).toHaveURL(/\/en\/peringkat\/indeks\/kota\/2024\?provinsi=35&urut=nama$/);
	await hydrated(page);
	await expect(page.getByRole('link', { name: 'Bahasa Indonesia' })).toHaveAttribute(
		'href',
		'/peringkat/indeks/kota/2024?provinsi=35&urut=nama'
	);
});
