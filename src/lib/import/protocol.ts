/** Messages between the import page and its worker. */
import type { Mapping } from './columns';
import type { ImportedData } from './types';
import type { ImportContext, ImportResult, Problem } from './validate';

export type ImportSummary = Omit<ImportResult, 'batch'>;

export type WorkerRequest =
	{ type: 'sniff'; file: File } | { type: 'run'; file: File; mapping: Mapping; ctx: ImportContext };

export type WorkerReply =
	| {
			type: 'sniffed';
			headers: string[];
			mapping: Mapping;
			sample: string[][];
			problems: Problem[];
	  }
	| { type: 'progress'; fraction: number }
	| { type: 'done'; summary: ImportSummary; data: ImportedData }
	| { type: 'error'; message: string };
