/**
 * Link prefixes that leave the wiki (interwiki and other-language links), read as `prefix:` at the start
 * of a link target. wikiparser-node's bundled configs list none, so they are kept here.
 */
export const INTERWIKI_PREFIXES = [
  'en', 'zh', 'ja', 'ko', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'nl', 'pl', 'sv', 'uk', 'vi', 'ar', 'fa', 'he',
  'id', 'ms', 'th', 'tr', 'cs', 'fi', 'no', 'nn', 'da', 'hu', 'ro', 'el', 'bg', 'sr', 'hr', 'sl', 'sk',
  'lt', 'lv', 'et', 'ca', 'eu', 'gl', 'hi', 'bn', 'ta', 'te', 'ur', 'mn', 'bo', 'ug', 'yue', 'wuu',
  'zh-yue', 'zh-min-nan', 'zh-classical', 'lzh', 'gan', 'hak', 'cdo', 'simple', 'la', 'eo', 'af', 'sq', 'hy',
  'az', 'be', 'ka', 'kk', 'ky', 'uz', 'tl', 'sw', 'is', 'ga', 'cy',
  'wikt', 'wiktionary', 'wikisource', 's', 'commons', 'c', 'd', 'wikidata', 'meta', 'm', 'mw', 'species',
  'wikiquote', 'q', 'wikibooks', 'b', 'wikinews', 'n', 'wikiversity', 'v', 'voy', 'wikivoyage',
];
