export * from './messages';
export * from './format';
export * from './translate';
export { locale, withLang } from './lang.svelte';
