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
