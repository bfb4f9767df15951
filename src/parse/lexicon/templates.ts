/**
 * Template names the parse stage treats specially. Names are compared after canonicalisation: the
 * `Template:` prefix dropped, `_` read as a space, the first letter upper-cased (so `cite web`,
 * `Cite_web` and `Template:Cite web` are all `Cite web`). Add names here, not in the code.
 */

/**
 * Templates that render inline text in prose. Their positional arguments are kept in the plain text,
 * joined by the separator given (e.g. `{{kor|한글|漢字}}` → `한글，漢字`). Templates not listed here are
 * dropped from the plain text.
 */
export interface InlineRule {
  separator: string;
  maxArgs?: number;
  skipFirst?: boolean;
  /** Show only the first of these positional arguments that is given (`{{Link-en|本地|Foreign|shown}}`). */
  firstOf?: number[];
  /** The positional argument naming the local page the shown text links to (a link mention). */
  linkTo?: number;
}

export const INLINE_TEMPLATES: Record<string, InlineRule> = {
  Kor: { separator: '，' },
  Korean: { separator: '，' },
  'Lang-ko': { separator: '，' },
  'Lang-en': { separator: '' },
  'Lang-ja': { separator: '' },
  'Lang-zh': { separator: '' },
  'Lang-fr': { separator: '' },
  'Lang-de': { separator: '' },
  Lang: { separator: '', skipFirst: true, maxArgs: 2 },
  Nowrap: { separator: '' },
  'Not a typo': { separator: '' },
  Le: { separator: '', maxArgs: 1 },
  Ill: { separator: '', maxArgs: 1 },
  'Interlanguage link': { separator: '', maxArgs: 1 },
  Ruby: { separator: '', maxArgs: 1 },
  Convert: { separator: ' ', maxArgs: 2 },
  Transl: { separator: '', skipFirst: true, maxArgs: 2 },
};

/**
 * Families of inline templates, one per language: `{{Lang-grc|…}}` shows its text, `{{Link-ja|本地|外文|顯示}}`
 * its third argument when given, else its first (the local title). Listed names above win.
 */
export const INLINE_TEMPLATE_FAMILIES: ReadonlyArray<{ pattern: RegExp; rule: InlineRule }> = [
  { pattern: /^Lang-[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, rule: { separator: '', maxArgs: 1 } },
  { pattern: /^Link-[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, rule: { separator: '', firstOf: [3, 1], linkTo: 1 } },
];

/** The inline rule of a template (canonical name), if it shows text in prose. */
export function inlineRule(name: string): InlineRule | undefined {
  return INLINE_TEMPLATES[name] ?? INLINE_TEMPLATE_FAMILIES.find((f) => f.pattern.test(name))?.rule;
}

/** Citation templates whose arguments become a reference's fields. */
export const CITATION_TEMPLATES = [
  'Cite web',
  'Cite news',
  'Cite journal',
  'Cite book',
  'Cite magazine',
  'Cite conference',
  'Cite report',
  'Cite press release',
  'Cite encyclopedia',
  'Cite thesis',
  'Cite AV media',
  'Cite video',
  'Cite tweet',
  'Citation',
  'Cite',
  'Web引用',
  '网页引用',
  '網頁引用',
  '新闻引用',
  '新聞引用',
  '期刊引用',
  '书籍引用',
  '書籍引用',
  '引用网页',
  '引用網頁',
  '引用新闻',
  '引用新聞',
  '引用期刊',
  '引用书籍',
  '引用書籍',
  'Cite2',
];

/** Templates carrying NoteTA variant rules (`{{noteTA|1=zh-hans:A;zh-hant:B;}}`). */
export const NOTE_TA_TEMPLATES = ['NoteTA', 'NoteTA-lite', '全文字词转换', '全文字詞轉換'];

/**
 * Templates giving a native Korean name. Each says where the hangul and hanja sit: a named argument, or a
 * positional one (`1`, `2`).
 */
export const KOREAN_NAME_TEMPLATES: Record<string, { hangul: string[]; hanja: string[] }> = {
  Kor: { hangul: ['hangul', 'h', '1'], hanja: ['hanja', 'hj', '2'] },
  Korean: { hangul: ['hangul', 'h', '1'], hanja: ['hanja', 'hj', '2'] },
  'Lang-ko': { hangul: ['1'], hanja: ['2'] },
  'Lang-ko-kp': { hangul: ['1'], hanja: ['2'] },
  'Lang-ko-kr': { hangul: ['1'], hanja: ['2'] },
  'Korean name': { hangul: ['hangul'], hanja: ['hanja'] },
};

/** Templates that always sit between paragraphs even when written on a prose line. */
export const BLOCK_TEMPLATES = ['Reflist', 'Notelist', 'References', 'NoteTA', 'Main', 'See also', 'Further'];

/** What the date of a date template is: a birth, a death, the start or end of something, or a plain date. */
export type DateTemplateKind = 'birth' | 'death' | 'start' | 'end' | 'plain';

/**
 * Date templates by name, with the kind of their own date and how their arguments read: `ymd` is
 * year|month|day (or one date string); `ymd+birth` adds a birth date in arguments 4–6
 * (`{{death date and age|1970|8|9|1901|4|3}}`); `year+birth` a birth year in argument 2
 * (`{{death year and age|1865|1809}}`); `bd` is zhwiki's `{{bd|1901年|4月3日|1970年|8月9日}}`, a birth
 * and a death each written in two arguments.
 */
export const DATE_TEMPLATES: ReadonlyMap<string, { kind: DateTemplateKind; layout: 'ymd' | 'ymd+birth' | 'year+birth' | 'bd' }> = new Map([
  ...['birth date', 'birth date and age', 'bda', 'birth-date', 'birth-date and age', 'birth year and age', 'birth date and age2', 'dob',
    '出生日期', '出生日期和年齡', '出生日期和年龄'].map((n) => [n, { kind: 'birth', layout: 'ymd' }] as const),
  ...['death date', 'death-date'].map((n) => [n, { kind: 'death', layout: 'ymd' }] as const),
  ...['death date and age', 'dda', 'death-date and age', '死亡日期和年齡', '死亡日期和年龄'].map((n) => [n, { kind: 'death', layout: 'ymd+birth' }] as const),
  ...['死亡日期'].map((n) => [n, { kind: 'death', layout: 'ymd' }] as const),
  ...['death year and age'].map((n) => [n, { kind: 'death', layout: 'year+birth' }] as const),
  ...['start date', 'start date and age', 'start-date', '开始日期', '開始日期'].map((n) => [n, { kind: 'start', layout: 'ymd' }] as const),
  ...['end date', 'end date and age', 'end-date', '结束日期', '結束日期'].map((n) => [n, { kind: 'end', layout: 'ymd' }] as const),
  ...['dts', 'date', 'film date', 'release date'].map((n) => [n, { kind: 'plain', layout: 'ymd' }] as const),
  ['bd', { kind: 'birth', layout: 'bd' }],
] as Array<[string, { kind: DateTemplateKind; layout: 'ymd' | 'ymd+birth' | 'year+birth' | 'bd' }]>);
