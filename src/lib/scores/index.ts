export * from './predicate';
export * from './score';
