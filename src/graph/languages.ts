/**
 * Language names that citation templates put in `language=` instead of a code, mapped to BCP 47.
 * Data, not code: extend freely (keys are compared lower-cased, after trimming).
 */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  '中文': 'zh',
  '汉语': 'zh',
  '漢語': 'zh',
  '简体中文': 'zh-Hans',
  '簡體中文': 'zh-Hans',
  '繁体中文': 'zh-Hant',
  '繁體中文': 'zh-Hant',
  'chinese': 'zh',
  '英文': 'en',
  '英语': 'en',
  '英語': 'en',
  'english': 'en',
  '韩文': 'ko',
  '韓文': 'ko',
  '韩语': 'ko',
  '韓語': 'ko',
  '朝鲜语': 'ko',
  '朝鮮語': 'ko',
  'korean': 'ko',
  '日文': 'ja',
  '日语': 'ja',
  '日語': 'ja',
  'japanese': 'ja',
};

/**
 * Wiki language codes that are not the BCP 47 tag of the wiki's language (Simple English is English,
 * the `als` wiki is Alemannic, not Tosk Albanian), mapped to the tag. The wiki code stays in page URLs.
 */
export const WIKI_CODE_TAGS: Readonly<Record<string, string>> = {
  simple: 'en',
  als: 'gsw',
  'bat-smg': 'sgs',
  'be-x-old': 'be-tarask',
  'fiu-vro': 'vro',
  'roa-rup': 'rup',
  'zh-classical': 'lzh',
  'zh-min-nan': 'nan',
  'zh-yue': 'yue',
  'nds-nl': 'nds-NL',
};

/** The BCP 47 tag of a wiki language code (`simple` → `en`); other codes and tags come back as they are. */
export function tagOfWiki(code: string): string {
  return WIKI_CODE_TAGS[code.toLowerCase()] ?? code;
}
