/**
 * Messages between the import page and its worker. Every request carries an id and every
 * reply the id of its request, so the page applies an answer only to the file it asked about
 * (a file chosen while another is being checked never takes the other's rows or name).
 */
import type { Mapping } from './columns';
import type { ImportedData } from './types';
import type { ImportContext, ImportResult, Problem } from './validate';

export type ImportSummary = Omit<ImportResult, 'batch'>;

export type WorkerRequest =
	| { id: number; type: 'sniff'; file: File }
	| { id: number; type: 'run'; file: File; mapping: Mapping; ctx: ImportContext };

export type WorkerReply = { id: number } & (
	| {
			type: 'sniffed';
			headers: string[];
			mapping: Mapping;
			sample: string[][];
			problems: Problem[];
	  }
	| { type: 'progress'; fraction: number }
	| { type: 'done'; summary: ImportSummary; data: ImportedData }
	| { type: 'error'; message: string }
);
