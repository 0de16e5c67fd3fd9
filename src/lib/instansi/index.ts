export * from './slug';
export * from './match';
