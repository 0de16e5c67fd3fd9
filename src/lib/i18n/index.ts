export * from './format';
export { locale, withLang, isLang, LANGS, type Lang, type MessageKey } from './lang';
