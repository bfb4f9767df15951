/**
 * Punctuation that shapes sentences and quoted mentions. Plain data: extend the lists, not the engine.
 */

/** Marks that end a sentence wherever they stand (CJK full-width marks and, in CJK text, `!` and `?`). */
export const CJK_SENTENCE_TERMINALS = ['。', '！', '？', '!', '?', '．'];

/** Marks that end a sentence in space-separated languages, but only when followed by whitespace or the end. */
export const LATIN_SENTENCE_TERMINALS = ['.', '!', '?', '。', '！', '？'];

/** Languages written without spaces between sentences: their terminals end a sentence immediately. */
export const CJK_LANGUAGES = ['zh', 'ja', 'wuu', 'yue', 'zh-yue', 'zh-classical', 'lzh', 'gan', 'hak', 'cdo'];

/** Opening bracket or quote → its closing partner. No sentence ends inside such a pair. */
export const BRACKET_PAIRS: Record<string, string> = {
  '（': '）',
  '(': ')',
  '《': '》',
  '〈': '〉',
  '「': '」',
  '『': '』',
  '“': '”',
  '‘': '’',
  '【': '】',
  '［': '］',
  '[': ']',
};

/** Closing marks that stay with the sentence when they follow its terminal mark (`「…。」`). */
export const TRAILING_CLOSERS = ['」', '』', '”', '’', '）', ')', '》', '〉', '】', '］', ']', '"', "'"];

/** Brackets whose content is a quoted term (`「X」`), recorded as a `quoted` mention. */
export const QUOTED_TERM_BRACKETS: Record<string, string> = { '「': '」', '『': '』' };

/** Brackets whose content is a work's title (`《X》`), recorded as a `title-quoted` mention. */
export const TITLE_BRACKETS: Record<string, string> = { '《': '》', '〈': '〉' };

/** Closing quotes that end a sentence when a terminal mark sits right inside them (`他說「好。」然後…`). */
export const QUOTES_ENDING_SENTENCE = ['」', '』', '”', '’', '"'];
