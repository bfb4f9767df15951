/**
 * Wikipedia language codes recognised as folder names (`articles/zh/…` means the articles are from
 * zh.wikipedia). Data, not code: extend the list when a corpus uses another wiki. Codes that are also
 * common folder names (`new` for Newar, `war` for Waray) are in `AMBIGUOUS_LANGUAGE_CODES`: they count
 * only beside another wiki's folder (`articles/new/` next to `articles/en/`), so that an unrelated folder
 * never decides an article's language.
 */
export const WIKI_LANGUAGE_CODES: ReadonlySet<string> = new Set([
  'als', 'arz', 'bar', 'cv', 'gd', 'hsb', 'io', 'li', 'lmo', 'mrj', 'mzn', 'nap', 'or', 'os', 'pms', 'pnb',
  'sah', 'scn', 'vec', 'vo', 'bpy', 'ha', 'ig', 'min', 'zu', 'xh', 'so', 'ps', 'sd', 'dv', 'ku', 'ilo', 'pam',
  'af', 'am', 'an', 'ar', 'ast', 'az', 'azb', 'ba', 'be', 'bg', 'bn', 'bo', 'br', 'bs', 'ca', 'ce', 'ceb',
  'ckb', 'cs', 'cy', 'da', 'de', 'el', 'en', 'eo', 'es', 'et', 'eu', 'fa', 'fi', 'fo', 'fr', 'fy', 'ga',
  'gan', 'gl', 'gu', 'hak', 'he', 'hi', 'hr', 'ht', 'hu', 'hy', 'ia', 'id', 'is', 'it', 'ja', 'jv', 'ka',
  'kk', 'km', 'kn', 'ko', 'ku', 'ky', 'la', 'lb', 'lo', 'lt', 'lv', 'mg', 'mk', 'ml', 'mn', 'mr', 'ms',
  'my', 'nds', 'ne', 'nl', 'nn', 'no', 'oc', 'pa', 'pl', 'ps', 'pt', 'qu', 'ro', 'ru', 'sa', 'sco', 'sh',
  'si', 'simple', 'sk', 'sl', 'sq', 'sr', 'su', 'sv', 'sw', 'ta', 'te', 'tg', 'th', 'tl', 'tr', 'tt',
  'ug', 'uk', 'ur', 'uz', 'vi', 'wuu', 'yi', 'yo', 'yue', 'zh', 'zh-classical', 'zh-min-nan', 'zh-yue',
]);

/** Codes that are also common folder names: a folder counts as such a wiki only beside another wiki's folder. */
export const AMBIGUOUS_LANGUAGE_CODES: ReadonlySet<string> = new Set(['new', 'war']);
