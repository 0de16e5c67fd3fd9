export * from './domains';
export * from './predicate';
export * from './score';
