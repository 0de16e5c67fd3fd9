import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

test('every page’s Open Graph image exists in the build and is a 1200 × 630 PNG', () => {
	const pages = htmlFiles('build').filter((f) => !f.endsWith('404.html'));
	expect(pages.length).toBeGreaterThan(10);
	const missing: string[] = [];
	let checked = 0;
	for (const file of pages) {
		const html = readFileSync(file, 'utf8');
		const m = /<meta property="og:image" content="([^"]+)"/.exec(html);
		if (!m?.[1]) {
			missing.push(`${file}: no og:image`);
			continue;
		}
		const path = join('build', new URL(m[1]).pathname);
		if (!existsSync(path)) {
			missing.push(`${file}: ${path} missing`);
			continue;
		}
		const png = readFileSync(path);
		expect(png.subarray(1, 4).toString('latin1'), path).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
		checked++;
	}
	expect(missing).toEqual([]);
	expect(checked).toBe(pages.length);
});

test('a shared climbers link carries its own title and preview', async ({ page }) => {
	await page.goto('/kenaikan/kota/2023-2024');
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
		'content',
		/Kota, 2023 → 2024/
	);
	const image = await page.locator('meta[property="og:image"]').getAttribute('content');
	expect(image).toMatch(/\/og\/kenaikan\/kota\/2023-2024\.png$/);
	const res = await page.request.get(new URL(image ?? '').pathname);
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toBe('image/png');
});
