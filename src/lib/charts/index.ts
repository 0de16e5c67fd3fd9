export * from './options';
export * from './theme';
