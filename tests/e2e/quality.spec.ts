import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// One page of every kind built so far; features add theirs here.
const PAGES = [
	'/',
	'/sumber',
	'/nasional',
	'/kenaikan/kota/2023-2024',
	'/kenaikan/kota/2022-2023',
	'/peringkat',
	'/peringkat/indeks/kota/2024',
	'/peringkat/peningkatan/kabupaten/2024',
	'/wilayah/35.73',
	'/wilayah/35.22',
	'/instansi/kementerian-keuangan',
	'/bandingkan?kode=35.73,32.73',
	'/peta',
	'/kepemimpinan',
	'/kenaikan/kota/2030-2031',
	'/impor',
	'/sql'
];

for (const path of PAGES) {
	test(`no serious or critical accessibility violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		const { violations } = await new AxeBuilder({ page }).analyze();
		const serious = violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map(
				(v) =>
					`${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`
			);
		expect(serious).toEqual([]);
	});
}

test('the Content-Security-Policy is in every page and the site works under it', async ({
	page
}) => {
	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { reportViolation: (v: string) => void }).reportViolation(
				`${e.violatedDirective} ${e.blockedURI}`
			)
		);
	});
	await page.goto('/');
	const csp = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
	expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	await page.getByTestId('kelompok').selectOption('kota');
	await expect(page.getByTestId('db-status')).toHaveAttribute('data-status', 'ready', {
		timeout: 20_000
	});
	await expect(page.locator('[data-testid="ranking"] tbody tr')).toHaveCount(93);
	expect(violations).toEqual([]);
});
