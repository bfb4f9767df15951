/**
 * Words for article-level facts (src/extract/extractors/page.ts), as data.
 */

/**
 * Templates that mark a page as a disambiguation page, by wiki language: the main template of each
 * edition and its common redirects (the templates the Disambiguator extension's `__DISAMBIG__` comes
 * from). Names are canonical (`Template:` dropped, first letter upper-cased, `_` as space). Hatnotes that
 * only point to a disambiguation page (`Dablink`, `Other uses`, `Begriffsklärungshinweis`) are not here.
 * A page is matched against every language's names: editions keep each other's names as redirects.
 */
export const DISAMBIGUATION_TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  en: ['Disambiguation', 'Disambig', 'Disamb', 'Dab', 'DAB', 'Hndis', 'Geodis', 'Numberdis', 'Letter disambiguation', 'Place name disambiguation', 'Human name disambiguation', 'Species Latin name disambiguation', 'Mil-unit-dis', 'Schooldis'],
  zh: ['消歧义', '消歧義', 'Disambig', '消歧义页', '消歧義頁', 'Dab', 'Hndis', 'Geodis'],
  ja: ['曖昧さ回避', 'Aimai', 'Dab', 'Disambig'],
  ko: ['동음이의', '동음이의어', 'Disambig'],
  de: ['Begriffsklärung'],
  fr: ['Homonymie'],
  es: ['Desambiguación', 'Desambig'],
  it: ['Disambigua', 'Disambig'],
  pt: ['Desambiguação', 'Dab', 'Disambig'],
  ru: ['Неоднозначность', 'Многозначность', 'Disambig'],
  uk: ['Неоднозначність', 'Disambig'],
  pl: ['Ujednoznacznienie', 'Disambig'],
  nl: ['Dp', 'Doorverwijspagina'],
  sv: ['Förgrening', 'Disambig'],
  fi: ['Täsmennyssivu'],
  cs: ['Rozcestník'],
  ca: ['Desambiguació'],
  vi: ['Trang định hướng'],
  id: ['Disambig'],
  tr: ['Anlam ayrımı'],
};

/** Every disambiguation template name of every language. */
export const ALL_DISAMBIGUATION_TEMPLATES: ReadonlySet<string> = new Set(Object.values(DISAMBIGUATION_TEMPLATES).flat());

/** File name endings (lower-cased) of pictures; the first picture of an article is its main image. */
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(['jpg', 'jpeg', 'jpe', 'png', 'gif', 'svg', 'tif', 'tiff', 'webp', 'bmp', 'xcf']);
