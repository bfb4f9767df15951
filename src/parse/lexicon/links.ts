/**
 * Link prefixes that leave the wiki (interwiki and other-language links), read as `prefix:` at the start
 * of a link target. wikiparser-node's bundled configs list none, so they are kept here.
 */

/**
 * Prefixes of Wikipedia's language editions (and their aliases: `nb` for `no`, `lzh` for `zh-classical`,
 * `nan` for `zh-min-nan`). `[[en:Title]]` without a leading colon is an interlanguage link: the article
 * on the same subject in that edition. Compared lower-cased.
 */
export const LANGUAGE_PREFIXES = [
  'en', 'zh', 'ja', 'ko', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'nl', 'pl', 'sv', 'uk', 'vi', 'ar', 'fa', 'he',
  'id', 'ms', 'th', 'tr', 'cs', 'fi', 'no', 'nn', 'da', 'hu', 'ro', 'el', 'bg', 'sr', 'hr', 'sl', 'sk',
  'lt', 'lv', 'et', 'ca', 'eu', 'gl', 'hi', 'bn', 'ta', 'te', 'ur', 'mn', 'bo', 'ug', 'yue', 'wuu',
  'zh-yue', 'zh-min-nan', 'zh-classical', 'lzh', 'gan', 'hak', 'cdo', 'simple', 'la', 'eo', 'af', 'sq', 'hy',
  'az', 'be', 'ka', 'kk', 'ky', 'uz', 'tl', 'sw', 'is', 'ga', 'cy',
  // The other editions, alphabetically.
  'ab', 'ace', 'ady', 'ak', 'als', 'alt', 'am', 'ami', 'an', 'ang', 'anp', 'arc', 'ary', 'arz', 'as', 'ast',
  'atj', 'av', 'avk', 'awa', 'ay', 'azb', 'ba', 'ban', 'bar', 'bat-smg', 'bcl', 'be-tarask', 'be-x-old',
  'bh', 'bi', 'bjn', 'blk', 'bm', 'bpy', 'br', 'bs', 'bug', 'bxr', 'cbk-zam', 'ce', 'ceb', 'ch', 'chr', 'chy',
  'ckb', 'co', 'cr', 'crh', 'csb', 'cu', 'cv', 'dag', 'din', 'diq', 'dsb', 'dty', 'dv', 'dz', 'ee', 'eml',
  'ext', 'fat', 'ff', 'fiu-vro', 'fj', 'fo', 'frp', 'frr', 'fur', 'fy', 'gag', 'gcr', 'gd', 'glk', 'gn',
  'gom', 'gor', 'got', 'gpe', 'gu', 'guc', 'gur', 'guw', 'gv', 'ha', 'haw', 'hif', 'hsb', 'ht', 'hyw', 'ia',
  'ie', 'ig', 'ik', 'ilo', 'inh', 'io', 'iu', 'jam', 'jbo', 'jv', 'kaa', 'kab', 'kbd', 'kbp', 'kcg', 'kg',
  'ki', 'kl', 'km', 'kn', 'koi', 'krc', 'ks', 'ksh', 'ku', 'kv', 'kw', 'lad', 'lb', 'lbe', 'lez', 'lfn', 'lg',
  'li', 'lij', 'lld', 'lmo', 'ln', 'lo', 'lrc', 'ltg', 'mad', 'mai', 'map-bms', 'mdf', 'mg', 'mhr', 'mi',
  'min', 'mk', 'ml', 'mni', 'mnw', 'mr', 'mrj', 'mt', 'mwl', 'my', 'myv', 'mzn', 'na', 'nah', 'nan', 'nap',
  'nb', 'nds', 'nds-nl', 'ne', 'new', 'nia', 'nov', 'nqo', 'nrm', 'nso', 'nv', 'ny', 'oc', 'olo', 'om', 'or',
  'os', 'pa', 'pag', 'pam', 'pap', 'pcd', 'pcm', 'pdc', 'pfl', 'pi', 'pih', 'pms', 'pnb', 'pnt', 'ps', 'pwn',
  'qu', 'rm', 'rmy', 'rn', 'roa-rup', 'roa-tara', 'rue', 'rw', 'sa', 'sah', 'sat', 'sc', 'scn', 'sco', 'sd',
  'se', 'sg', 'sh', 'shi', 'shn', 'si', 'skr', 'sm', 'smn', 'sn', 'so', 'srn', 'ss', 'st', 'stq', 'su', 'szl',
  'szy', 'tay', 'tcy', 'tet', 'tg', 'ti', 'tk', 'tly', 'tn', 'to', 'tpi', 'trv', 'ts', 'tt', 'tum', 'tw',
  'ty', 'tyv', 'udm', 've', 'vec', 'vep', 'vls', 'vo', 'wa', 'war', 'wo', 'xal', 'xh', 'xmf', 'yi', 'yo',
  'za', 'zea', 'zgh', 'zu',
];

/** Prefixes of the Wikimedia projects (`[[wikt:word]]`, `[[commons:…]]`, `[[w:Title]]`): interwiki, never a language. */
export const PROJECT_PREFIXES = [
  'w', 'wikt', 'wiktionary', 'wikisource', 's', 'commons', 'c', 'd', 'wikidata', 'meta', 'm', 'mw', 'species',
  'wikiquote', 'q', 'wikibooks', 'b', 'wikinews', 'n', 'wikiversity', 'v', 'voy', 'wikivoyage',
];

/** Every prefix that makes a link leave the wiki. */
export const INTERWIKI_PREFIXES = [...LANGUAGE_PREFIXES, ...PROJECT_PREFIXES];
