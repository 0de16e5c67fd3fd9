/** `export.status.…` messages chosen by data. Generated: see ./shared.ts. */
import { m } from '$lib/paraglide/messages.js';
import { id, missing, type Message } from './shared';

const map = {
	reported: m.export_status_reported,
	secondary: m.export_status_secondary,
	compiled: m.export_status_compiled,
	imported: m.export_status_imported
} as unknown as Record<string, Message>;
export const pickExportStatus = (k: string | number): Message =>
	map[id(k)] ?? missing(`export.status.${k}`);
