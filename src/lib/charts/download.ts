/** Client-side downloads of what a reader sees: SVG as drawn, PNG rendered from it, CSV. */
import { toCsv, type CsvValue } from '$lib/csv';

function save(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadBlob(blob: Blob, filename: string): void {
	save(blob, filename);
}

export function downloadText(text: string, filename: string, type: string): void {
	save(new Blob([text], { type }), filename);
}

/**
 * The rows as CSV, with a header of other names if given (the CSV writer loads with these
 * helpers, on a reader's first download).
 */
export function downloadCsv<T extends Record<string, CsvValue>>(
	rows: readonly T[],
	columns: readonly (keyof T & string)[],
	filename: string,
	header?: Readonly<Record<keyof T & string, string>>
): void {
	downloadText(toCsv(rows, columns, header), filename, 'text/csv');
}

export function downloadSvg(svg: string, filename: string): void {
	const withNs = svg.includes('xmlns=')
		? svg
		: svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
	downloadText(withNs, filename, 'image/svg+xml');
}

/** Draws the SVG on a white canvas at twice its size and saves it as PNG. */
export async function downloadPng(svg: string, filename: string, scale = 2): Promise<void> {
	const blob = await svgToPng(svg, scale);
	save(blob, filename);
}

export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
	const box = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg);
	const width = Number(box?.[1] ?? 640);
	const height = Number(box?.[2] ?? 320);
	const sized = /^<svg[^>]*\swidth="/.test(svg)
		? svg
		: svg.replace('<svg', `<svg width="${width}" height="${height}"`);
	const img = new Image();
	img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sized)}`;
	await img.decode();
	const canvas = document.createElement('canvas');
	canvas.width = width * scale;
	canvas.height = height * scale;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('no 2d canvas');
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
	return new Promise((ok, fail) =>
		canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG failed'))), 'image/png')
	);
}
