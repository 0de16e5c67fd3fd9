export * from './format';
export {
	locale,
	withLang,
	inLang,
	unlocalized,
	isLang,
	LANGS,
	type Lang,
	type MessageKey
} from './lang';
