export * from './columns';
export * from './validate';
export type { WorkerRequest, WorkerReply, ImportSummary } from './protocol';
