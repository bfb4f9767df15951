import { DATE_TEMPLATES, type DateTemplateKind } from '../../parse/lexicon/templates';
import type { LiteralValue } from '../fact';
import { makeDate, parseDate } from '../values/dates';
import type { InfoboxItem, InfoboxValue } from './valueTypes';

/**
 * Value parsers for infobox parameters: the raw wikitext of one template argument becomes its items
 * (links, dates, figures, coordinates, URLs, files, text), each with the period it holds for when the value
 * says so. DBpedia's value-parser contract: a parser returns a value or nothing and never throws; anything
 * this module cannot read is dropped, not guessed.
 *
 * The order of work: markup that carries no value is removed (comments, references, HTML tags, entities);
 * wrapper templates (`{{nowrap}}`, `{{small}}`, …) are unwrapped; the value is split into items (lines,
 * bullets, `<br>`, list templates, and separators for list-like parameters); each item loses a trailing
 * period (`(1854–1865)` style) and is read as a value template (dates, marriage, convert, coord, URL, lang)
 * or as plain text with links.
 */

/** Values longer than this are cut before parsing (a runaway argument is not a value). */
export const MAX_VALUE_LENGTH = 20000;
const MAX_DEPTH = 12;

// ---------------------------------------------------------------------------------------------------------
// Data: parameter kinds, month names, units, namespaces. General vocabulary, extended as data.
// ---------------------------------------------------------------------------------------------------------

/**
 * Parameter names (lower-cased, spaces as `_`, trailing digits dropped) whose values list several things,
 * so commas, `、` and `；` separate items there.
 */
export const LIST_PARAMETER_PATTERNS: readonly RegExp[] = [
  /s$/, /signator/, /participant/, /parties/, /members/, /spouse/, /children/, /languages/, /people/, /簽署/, /签署/,
  /參與/, /参与/, /成員/, /成员/, /配偶/, /子女/,
];

/** Names that end in `s` without being lists (`status`, `address`, `headquarters`, …). */
export const NOT_LIST_PARAMETER_PATTERNS: readonly RegExp[] = [
  /(?:ss|us|is)$/, /(?:^|_)(?:species|series|headquarters|coordinates|coords|dimensions|alias|means)$/,
];

/** Parameters that hold an image or other media file, so a bare `Name.jpg` is a file. */
export const IMAGE_PARAMETER_PATTERNS: readonly RegExp[] = [
  /image/, /logo/, /flag/, /seal/, /(?:^|_)map/, /emblem/, /coat_of_arms/, /insignia/, /signature/, /photo/,
  /picture/, /banner/, /圖像/, /图像/, /圖片/, /图片/, /標誌/, /标志/, /地圖/, /地图/, /簽名/, /签名/,
];

/** Parameters that hold a figure, so a bare four-digit number there is a count, not a year. */
export const NUMERIC_PARAMETER_PATTERNS: readonly RegExp[] = [
  /population/, /(?:^|_)pop(?:_|$)/, /area/, /elevation/, /height/, /length/, /width/, /depth/, /density/, /count/,
  /number/, /total/, /capacity/, /employees/, /staff/, /seats/, /^members$/, /membership/, /gdp/, /revenue/,
  /income/, /budget/, /_(?:km|mi|m|ft|ha|sq)/, /人口/, /面積/, /面积/, /海拔/, /人數/, /人数/, /數量/, /数量/,
];

/** Parameters that hold a web address, so a bare `example.org` is one. */
export const URL_PARAMETER_PATTERNS: readonly RegExp[] = [/website/, /(?:^|_)url/, /homepage/, /^web$/, /網站/, /网站/, /網址/, /网址/, /官網/, /官网/];

/** Month names by language, January first; matched case-insensitively. */
export const MONTH_NAMES: Readonly<Record<string, readonly string[]>> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  enShort: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  de: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
};
/** Other spellings: `Sept.`, Austrian `Jänner`, Spanish `setiembre`. */
const MONTH_VARIANTS: Readonly<Record<string, number>> = { sept: 9, jänner: 1, feber: 2, setiembre: 9 };

const MONTHS: ReadonlyMap<string, number> = new Map([
  ...Object.values(MONTH_NAMES).flatMap((names) => names.map((n, i) => [n, i + 1] as [string, number])),
  ...Object.entries(MONTH_VARIANTS),
]);

/** Languages whose Wikipedia writes `1.234.567` and `1,5`. */
export const DECIMAL_COMMA_LANGS: ReadonlySet<string> = new Set([
  'de', 'es', 'it', 'pt', 'nl', 'fr', 'ru', 'pl', 'sv', 'da', 'nb', 'no', 'nn', 'fi', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs',
  'ro', 'hu', 'tr', 'id', 'vi', 'ca', 'eu', 'gl', 'uk', 'be', 'bg', 'el', 'lt', 'lv', 'et', 'is', 'az',
]);

/** Languages written in Latin script, whose wikis upper-case the first letter of a link target. */
export const LATIN_SCRIPT_LANGS: ReadonlySet<string> = new Set([
  'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'nb', 'no', 'nn', 'fi', 'cs', 'sk', 'sl', 'hr', 'bs', 'ro',
  'hu', 'tr', 'id', 'ms', 'vi', 'ca', 'eu', 'gl', 'lt', 'lv', 'et', 'is', 'az', 'uz', 'sq', 'af', 'sw', 'tl', 'eo', 'la',
  'cy', 'ga', 'simple',
]);

/** Namespace prefixes of media files (lower-cased). */
const FILE_NAMESPACES: ReadonlySet<string> = new Set([
  'file', 'image', 'media', 'datei', 'bild', 'fichier', 'archivo', 'imagen', 'immagine', 'ficheiro', 'arquivo', 'imagem',
  'bestand', 'afbeelding', 'plik', 'soubor', 'fil', 'tiedosto', 'файл', 'изображение', '文件', '檔案', '档案', '图像',
  '圖像', '图片', '圖片', '媒體', '媒体', 'ファイル', '画像', '파일', '그림',
]);
/** Namespace prefixes of categories (lower-cased). */
const CATEGORY_NAMESPACES: ReadonlySet<string> = new Set([
  'category', 'kategorie', 'catégorie', 'categoría', 'categoria', 'categorie', 'kategori', 'kategoria', 'категория',
  '分类', '分類', 'カテゴリ', '분류',
]);
/** Other namespaces whose pages are no entity of the article's world. */
const OTHER_NAMESPACES: ReadonlySet<string> = new Set(['template', 'help', 'special', 'wikipedia', 'wp', 'user', 'talk', 'module', 'mediawiki', '模板', 'vorlage']);
/** An interwiki or interlanguage prefix (`en:`, `zh-yue:`, `wikt:`), as written: lower case. */
const INTERWIKI_PREFIX = /^(?:[a-z]{2,3}(?:-[a-z]{2,8})*|simple|commons|wikt|wiktionary|wikisource|wikiquote|wikibooks|wikinews|wikiversity|wikivoyage|wikidata|wikispecies|species|meta|mw|voy|[bcdnqsvw])$/;

/** Words that multiply the figure before them, with the power of ten. */
const SCALE_LIST: Array<[string, number]> = [
  ['mil millones', 9], ['mil milhões', 9], ['thousand', 3], ['million', 6], ['millions', 6], ['billion', 9], ['billions', 9],
  ['trillion', 12], ['bn', 9], ['millionen', 6], ['mio.', 6], ['mio', 6], ['milliarde', 9], ['milliarden', 9], ['mrd.', 9],
  ['mrd', 9], ['milliard', 9], ['milliards', 9], ['millón', 6], ['millones', 6], ['milione', 6], ['milioni', 6],
  ['miliardo', 9], ['miliardi', 9], ['milhão', 6], ['milhões', 6], ['bilhão', 9], ['bilhões', 9],
];
const SCALE_WORDS: ReadonlyArray<[string, number]> = [...SCALE_LIST].sort((a, b) => b[0].length - a[0].length);
const CJK_SCALES: ReadonlyArray<[string, number]> = [['千萬', 7], ['千万', 7], ['百萬', 6], ['百万', 6], ['萬', 4], ['万', 4], ['億', 8], ['亿', 8], ['兆', 12]];

/** Units written after a figure (as written; the quantity keeps them so). */
const UNITS: ReadonlySet<string> = new Set([
  'km²', 'km2', 'km^2', 'sq mi', 'sq. mi.', 'sqmi', 'mi²', 'mi2', 'm²', 'm2', 'm³', 'm3', 'ha', 'acres', 'acre', 'm', 'km',
  'mi', 'ft', 'in', 'cm', 'mm', 'kg', 't', 'g', 'lb', 'L', 'l', '°C', '°F', '%', 'kW', 'MW', 'GW', 'km/h', 'mph',
  '人', '名', '戶', '户', '平方公里', '平方千米', '平方米', '公里', '千米', '米', '公尺', '公頃', '公顷', '公斤', '噸', '吨',
  'USD', 'US$', 'EUR', 'GBP', 'CNY', 'JPY', 'RMB', 'HKD', 'TWD', 'NTD', 'CHF', 'KRW', 'INR', '$', '€', '£', '¥', '元',
  '美元', '人民幣', '人民币', '港元', '港幣', '港币', '新臺幣', '新台幣', '新台币', '歐元', '欧元', '日圓', '日元', '韓元', '韩元',
  'inhabitants', 'people', 'residents', 'persons', 'Einwohner', 'habitants', 'habitantes', 'abitanti',
]);
/** Currency signs and codes written before a figure. */
const CURRENCY_PREFIX = /^(US\$|NT\$|HK\$|A\$|C\$|R\$|CN¥|USD|EUR|GBP|CNY|RMB|HKD|TWD|\$|€|£|¥|₩|₹)\s*(?=[\d.])/;

/** Words that stand for an open end of a period (`1903–present`). */
const PRESENT = /^(?:present|now|today|current|incumbent|heute|aujourd'hui|présent|actualidad|la actualidad|presente|oggi|atualidade|o presente|今|現在|现在|至今|現今|现今|目前)?$/i;

// ---------------------------------------------------------------------------------------------------------
// Templates: which do what. Names are lower-cased with `_` as a space.
// ---------------------------------------------------------------------------------------------------------

// The date templates (`DATE_TEMPLATES`, `DateTemplateKind`) are the parse stage's lexicon: it shows their dates in the text.
const MARRIAGE_TEMPLATES = new Set(['marriage', 'married']);
const CONVERT_TEMPLATES = new Set(['convert', 'cvt']);
const COORD_TEMPLATES = new Set(['coord', 'coor', 'coor d', 'coor dm', 'coor dms', 'coord dms', '坐标', '坐標', '座標', '座标']);
const URL_TEMPLATES = new Set(['url', 'official website', 'official url', 'officialwebsite', 'official site', '官方网站', '官方網站']);
const LIST_TEMPLATES = new Set([
  'plainlist', 'plain list', 'endplainlist', 'end plainlist', 'ubl', 'ublist', 'unbulleted list', 'unbulletedlist',
  'hlist', 'flatlist', 'flat list', 'startflatlist', 'endflatlist', 'end flatlist', 'bulleted list', 'bulletedlist',
  'blist', 'bulleted', 'ordered list', 'collapsible list', 'cslist',
]);
/** Templates that only style their text: replaced by their (last positional) argument. */
const WRAPPER_TEMPLATES = new Set([
  'nowrap', 'nobr', 'nobreak', 'nobold', 'noitalic', 'small', 'smaller', 'big', 'larger', 'large', 'huge', 'resize',
  'midsize', 'center', 'centre', 'nowrap begin', 'transl', 'transliteration', 'abbr', 'noflag',
]);
/** Templates that stand for a piece of text. */
const TEXT_TEMPLATES: ReadonlyMap<string, string> = new Map(Object.entries({
  nbsp: ' ', spaces: ' ', ndash: '–', mdash: '—', snd: ' – ', 'spaced ndash': ' – ', '·': '\n', '•': '\n', dot: '\n',
  middot: '\n', bull: '\n', br: '\n', break: '\n', '!': '|',
}));
/** Flag templates that name a country after the icon: read as a link to it. */
const FLAG_TEMPLATES = new Set(['flag', 'flagcountry', 'flagu', 'flag country']);
/** zhwiki's links that name the local title third, after a language and the other edition's title. */
const TRANSLATED_LINK_TEMPLATES = new Set(['tsl']);
const RANGE_WORDS = new Set(['-', '–', '—', 'to', 'and', 'or', 'x', 'by', '+/-', '±', 'to(-)', 'and(-)', '~']);

// ---------------------------------------------------------------------------------------------------------
// Context
// ---------------------------------------------------------------------------------------------------------

interface Ctx {
  lang: string;
  list: boolean;
  image: boolean;
  numeric: boolean;
  url: boolean;
  latin: boolean;
  decimalComma: boolean;
  /** Templates that show one page's link (`{{KMT}}` → the party’s page), by lower-cased name (`mappings/template-links.tsv`). */
  links?: ReadonlyMap<string, string>;
}

/** What a value parser is told: the wiki's language, the parameter, and which templates stand for a link. */
export interface ValueOptions {
  lang: string;
  parameter: string;
  templateLinks?: ReadonlyMap<string, string>;
}

/** A parameter name as the patterns above see it: lower case, `_` for spaces, no trailing digits. */
export function normaliseParameterName(parameter: string): string {
  return parameter.trim().toLowerCase().replace(/[\s-]+/g, '_').replace(/[\d_]+$/, '');
}

/** True when the parameter's values are lists even when written with commas. */
export function isListParameter(parameter: string): boolean {
  const p = normaliseParameterName(parameter);
  return LIST_PARAMETER_PATTERNS.some((r) => r.test(p)) && !NOT_LIST_PARAMETER_PATTERNS.some((r) => r.test(p));
}

function makeCtx(options: ValueOptions): Ctx {
  const p = normaliseParameterName(options.parameter ?? '');
  const base = (options.lang ?? '').toLowerCase().split(/[-_]/)[0];
  return {
    lang: options.lang,
    list: isListParameter(p),
    image: IMAGE_PARAMETER_PATTERNS.some((r) => r.test(p)),
    numeric: NUMERIC_PARAMETER_PATTERNS.some((r) => r.test(p)),
    url: URL_PARAMETER_PATTERNS.some((r) => r.test(p)),
    latin: LATIN_SCRIPT_LANGS.has(base),
    decimalComma: DECIMAL_COMMA_LANGS.has(base),
    links: options.templateLinks,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------------------

/**
 * The items of one infobox parameter's value, from its raw wikitext (`TemplateArgument.value`). Never
 * throws: on any internal error the value gives no items.
 */
export function parseInfoboxValue(wikitext: string, options: ValueOptions): InfoboxItem[] {
  try {
    if (typeof wikitext !== 'string' || wikitext === '') return [];
    const ctx = makeCtx(options);
    return parseValueText(preprocess(wikitext.slice(0, MAX_VALUE_LENGTH)), ctx, 0);
  } catch {
    return [];
  }
}

/** Every link target a value writes, inside templates too (`{{marriage|[[Mary Todd Lincoln|Mary Todd]]|…}}`), normalised as items' targets are. */
export function linkTargets(wikitext: string, lang: string, templateLinks?: ReadonlyMap<string, string>): Set<string> {
  const ctx = makeCtx({ lang, parameter: '', templateLinks });
  const out = new Set<string>();
  for (const m of unwrapInline(preprocess(wikitext.slice(0, MAX_VALUE_LENGTH)), ctx, 0).matchAll(/\[\[([^[\]|]*)(?:\|[^[\]]*)?\]\]/g)) {
    const r = readLink({ type: 'link', raw: m[0], target: m[1], label: undefined, trail: '' }, ctx);
    if (r.kind === 'entity') out.add(r.target);
  }
  return out;
}

/** A piece of one line of a value as a reader sees it: a link (its target and text) or plain text. */
export type ValueSegment = { kind: 'link'; target: string; text: string } | { kind: 'text'; text: string };

/**
 * A parameter's value line by line (`<br>`, line breaks, `<hr>`, bullets), each as its links and text in
 * order: references, comments, tags, files, categories and templates (flag icons, logos) dropped, wrapper
 * templates unwrapped (and, given `templateLinks`, `{{PRC}}` read as its link). For readers that need what stands next to what (`[[A]][[B]]`, `[[Org]]title`).
 * Never throws: on any internal error the value has no lines.
 */
export function valueLines(wikitext: string, lang: string, templateLinks?: ReadonlyMap<string, string>): ValueSegment[][] {
  try {
    const ctx = makeCtx({ lang, parameter: '', templateLinks });
    const { nodes } = scan(unwrapInline(preprocess(wikitext.slice(0, MAX_VALUE_LENGTH)), ctx, 0), ctx.latin);
    const lines: ValueSegment[][] = [[]];
    const text = (t: string) => {
      t.split('\n').forEach((piece, i) => {
        if (i > 0) lines.push([]);
        if (piece) lines[lines.length - 1].push({ kind: 'text', text: piece.replace(/^\s*[*#:;]+/, '') });
      });
    };
    for (const n of nodes) {
      if (n.type === 'text') text(n.raw);
      else if (n.type === 'ext') text(n.label);
      else if (n.type === 'link') {
        const r = readLink(n, ctx);
        if (r.kind === 'entity') lines[lines.length - 1].push({ kind: 'link', target: r.target, text: r.text });
      }
    }
    return lines.filter((l) => l.some((seg) => seg.kind === 'link' || /[\p{L}\p{N}]/u.test(seg.text)));
  } catch {
    return [];
  }
}

/** The period a parenthesis states (`1995年－1998年`, `since 1903`, `m. 1842`), or nothing. Never throws. */
export function readPeriod(text: string): { start?: LiteralValue; end?: LiteralValue } | undefined {
  try {
    const period = parseSpan(text);
    return period && (period.start || period.end) ? period : undefined;
  } catch {
    return undefined;
  }
}

/** A date written in a parameter's value: a date template's own date, a date in words, or a range's start. Never throws. */
export function readDate(wikitext: string, lang: string): LiteralValue | undefined {
  const items = parseInfoboxValue(wikitext, { lang, parameter: '' });
  for (const item of items) {
    if (item.value.kind === 'literal' && ['date', 'gYearMonth', 'gYear'].includes(item.value.value.datatype)) return item.value.value;
    if (item.start) return item.start;
  }
  return undefined;
}

const COORD_FAMILIES: ReadonlyArray<{ d: string[]; m: string[]; s: string[]; dir: string[] }> = [
  {
    d: ['latd', 'lat_d', 'lat_deg', 'lat_degrees', 'latdeg'],
    m: ['latm', 'lat_m', 'lat_min', 'lat_minutes', 'latmin'],
    s: ['lats', 'lat_s', 'lat_sec', 'lat_seconds', 'latsec'],
    dir: ['latns', 'lat_ns', 'lat_dir', 'lat_direction', 'lat_hem', 'latdir'],
  },
  {
    d: ['longd', 'long_d', 'lon_d', 'lon_deg', 'long_deg', 'lon_degrees', 'long_degrees', 'londeg', 'longdeg'],
    m: ['longm', 'long_m', 'lon_m', 'lon_min', 'long_min', 'lon_minutes', 'long_minutes', 'lonmin', 'longmin'],
    s: ['longs', 'long_s', 'lon_s', 'lon_sec', 'long_sec', 'lon_seconds', 'long_seconds', 'lonsec', 'longsec'],
    dir: ['longew', 'long_ew', 'lon_ew', 'lon_dir', 'long_dir', 'lon_direction', 'long_direction', 'lon_hem', 'long_hem', 'londir', 'longdir'],
  },
];
const DECIMAL_LAT = ['latitude', 'lat', 'lat_dec', '纬度', '緯度'];
const DECIMAL_LON = ['longitude', 'long', 'lon', 'lng', 'long_dec', 'lon_dec', '经度', '經度'];
const COORD_PARAMETERS = ['coordinates', 'coords', 'coord', 'coordinate', 'location_coordinates', '坐标', '坐標', '座標', '座标'];

/**
 * A point from an infobox's separate coordinate parameters: `latd/latm/lats/latNS` with
 * `longd/longm/longs/longEW`, `lat_deg/lon_deg…`, `lat_d/long_d…`, decimal `latitude`/`longitude`, or a
 * `{{coord}}` in `coordinates`. Nothing when no complete, valid pair is given. Never throws.
 */
export function coordinatesFromParameters(args: Record<string, string>): { lat: number; lon: number } | undefined {
  try {
    const byKey = new Map<string, string>();
    for (const [k, v] of Object.entries(args ?? {})) {
      if (typeof v !== 'string') continue;
      const clean = cleanText(renderPlain(scan(preprocess(v.slice(0, 1000)), false).nodes, undefined));
      if (clean) byKey.set(k.trim().toLowerCase().replace(/[\s-]+/g, '_'), clean);
    }
    const get = (names: readonly string[]) => names.map((n) => byKey.get(n)).find((v) => v !== undefined);
    const fromFamily = (f: (typeof COORD_FAMILIES)[number], axis: 'lat' | 'lon') => {
      const d = get(f.d);
      if (d === undefined) return undefined;
      const parts = [d, get(f.m), get(f.s)].filter((x): x is string => x !== undefined);
      return dmsToDecimal(parts, get(f.dir), axis);
    };
    let lat = fromFamily(COORD_FAMILIES[0], 'lat');
    let lon = fromFamily(COORD_FAMILIES[1], 'lon');
    if (lat === undefined || lon === undefined) {
      const la = get(DECIMAL_LAT);
      const lo = get(DECIMAL_LON);
      lat = la === undefined ? undefined : parseDmsString(la, 'lat');
      lon = lo === undefined ? undefined : parseDmsString(lo, 'lon');
    }
    if (lat !== undefined && lon !== undefined) return { lat: round(lat), lon: round(lon) };
    for (const name of COORD_PARAMETERS) {
      const raw = Object.entries(args ?? {}).find(([k]) => k.trim().toLowerCase().replace(/[\s-]+/g, '_') === name)?.[1];
      if (raw === undefined) continue;
      const found = parseInfoboxValue(raw, { lang: 'en', parameter: name }).find((i) => i.value.kind === 'coordinates');
      if (found && found.value.kind === 'coordinates') return { lat: found.value.lat, lon: found.value.lon };
    }
    return undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Markup that carries no value
// ---------------------------------------------------------------------------------------------------------

const ENTITIES: ReadonlyMap<string, string> = new Map(Object.entries({
  nbsp: '\u00A0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', ndash: '–', mdash: '—', minus: '−', amp: '&',
  quot: '"', apos: "'", lt: '<', gt: '>', times: '×', deg: '°', prime: '′', Prime: '″', middot: '·', bull: '•',
  hellip: '…', sup2: '²', sup3: '³', frac12: '½', shy: '', zwj: '\u200D', zwnj: '\u200C', lrm: '', rlm: '', euro: '€',
  pound: '£', yen: '¥', cent: '¢', copy: '©', reg: '®', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“',
  rdquo: '”', plusmn: '±', asymp: '≈', micro: 'µ',
}));

function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,7});/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return m;
      return String.fromCodePoint(cp);
    }
    return ENTITIES.get(e) ?? m;
  });
}

/** Removes comments, references and HTML tags (line-level tags become line breaks); decodes entities. */
function preprocess(text: string): string {
  let s = text.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  s = s.replace(/<ref\b[^<>]*\/\s*>/gi, '');
  s = s.replace(/<ref\b[^<>]*>[\s\S]*?(?:<\/ref\s*>|$)/gi, '');
  s = s.replace(/<\/?(?:br|hr|p|li|ul|ol|div)\b[^<>]*>/gi, '\n');
  s = s.replace(/<\/?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>/g, '');
  return decodeEntities(s);
}

// ---------------------------------------------------------------------------------------------------------
// Scanner: text, templates, wikilinks and external links at one level (nested ones stay in their raw text)
// ---------------------------------------------------------------------------------------------------------

interface TextNode { type: 'text'; raw: string }
interface TemplateNode { type: 'template'; raw: string; name: string; positional: string[]; named: Record<string, string> }
interface LinkNode { type: 'link'; raw: string; target: string; label?: string; trail: string }
interface ExtNode { type: 'ext'; raw: string; url: string; label: string }
type Node = TextNode | TemplateNode | LinkNode | ExtNode;

/** Index just after the two-character closer matching the opener at `i` (nesting counted), or -1; looks `limit` ahead. */
function closeDouble(s: string, i: number, open: string, close: string, limit = Infinity): number {
  let depth = 0;
  const stop = Math.min(s.length, i + limit);
  for (let k = i; k < stop - 1; ) {
    if (s[k] === open && s[k + 1] === open) {
      depth++;
      k += 2;
    } else if (s[k] === close && s[k + 1] === close) {
      depth--;
      k += 2;
      if (depth === 0) return k;
    } else k++;
  }
  return -1;
}

/** Index just after the `}}` closing the `{{` at `i`, or -1. */
const closeBraces = (s: string, i: number): number => closeDouble(s, i, '{', '}');

/** Index just after the `]]` closing the `[[` at `i`, or -1 (links are short: looks 2,000 characters ahead). */
const closeLink = (s: string, i: number): number => closeDouble(s, i, '[', ']', 2000);

/** Splits at `|` outside nested templates and links. */
function splitPipes(s: string): string[] {
  const out: string[] = [];
  let braces = 0;
  let links = 0;
  let start = 0;
  for (let k = 0; k < s.length; ) {
    const two = s.slice(k, k + 2);
    if (two === '{{') (braces++, (k += 2));
    else if (two === '}}' && braces > 0) (braces--, (k += 2));
    else if (two === '[[') (links++, (k += 2));
    else if (two === ']]' && links > 0) (links--, (k += 2));
    else {
      if (s[k] === '|' && braces === 0 && links === 0) {
        out.push(s.slice(start, k));
        start = k + 1;
      }
      k++;
    }
  }
  out.push(s.slice(start));
  return out;
}

function normaliseTemplateName(name: string): string {
  return name
    .replace(/^\s*(?:template|模板|vorlage|modèle|plantilla|predefinição|sjabloon|szablon|шаблон)\s*:/i, '')
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function templateNode(raw: string): TemplateNode {
  const parts = splitPipes(raw.slice(2, -2));
  let head = parts[0].replace(/^\s*(?:template|模板|vorlage|modèle|plantilla|predefinição|sjabloon|szablon|шаблон)\s*:/i, '');
  const args = parts.slice(1);
  const positional: string[] = [];
  const named: Record<string, string> = Object.create(null) as Record<string, string>;
  // A parser function (`{{formatnum:1234}}`) has its first argument after the colon.
  const colon = head.indexOf(':');
  if (colon > 0) {
    positional.push(head.slice(colon + 1).trim());
    head = head.slice(0, colon);
  }
  let next = positional.length;
  for (const part of args) {
    const m = /^\s*([^=]*?)\s*=([\s\S]*)$/.exec(part);
    // `()=smaller` ({{marriage}}'s parentheses style) is a named argument too.
    if (m && (/^[\p{L}\p{N} _-]+$/u.test(m[1]) || m[1] === '()')) {
      const value = m[2].trim();
      if (/^\d+$/.test(m[1])) {
        const index = Number(m[1]) - 1;
        if (index >= 0 && index < 50) positional[index] = value;
      } else named[m[1].trim().toLowerCase()] = value;
    } else positional[next++] = part.trim();
  }
  for (let i = 0; i < positional.length; i++) if (positional[i] === undefined) positional[i] = '';
  return { type: 'template', raw, name: normaliseTemplateName(head), positional, named };
}

const LINK_TRAIL = /^[a-z\u00DF-\u00F6\u00F8-\u00FF]+/;

/**
 * The nodes of `s` at one level. An unclosed `{{` ends the text (broken markup is no value); an unclosed
 * `[[` or `[` is kept as text.
 */
function scan(s: string, latin: boolean): { nodes: Node[] } {
  const nodes: Node[] = [];
  let buf = '';
  const flush = () => {
    if (buf) nodes.push({ type: 'text', raw: buf });
    buf = '';
  };
  let i = 0;
  while (i < s.length) {
    if (s[i] === '{' && s[i + 1] === '{') {
      const end = closeBraces(s, i);
      if (end < 0) break;
      flush();
      nodes.push(templateNode(s.slice(i, end)));
      i = end;
    } else if (s[i] === '[' && s[i + 1] === '[') {
      const end = closeLink(s, i);
      if (end < 0) {
        buf += '[[';
        i += 2;
        continue;
      }
      flush();
      const parts = splitPipes(s.slice(i + 2, end - 2));
      const trail = latin ? (LINK_TRAIL.exec(s.slice(end, end + 50))?.[0] ?? '') : '';
      nodes.push({
        type: 'link',
        raw: s.slice(i, end + trail.length),
        target: parts[0],
        label: parts.length > 1 ? parts.slice(1).join('|') : undefined,
        trail,
      });
      i = end + trail.length;
    } else if (s[i] === '[' && /^\[(?:(?:https?|ftp):)?\/\//i.test(s.slice(i, i + 10))) {
      const close = s.indexOf(']', i);
      const inner = close < 0 ? '' : s.slice(i + 1, close);
      if (close < 0 || inner.includes('\n')) {
        buf += '[';
        i++;
        continue;
      }
      flush();
      const space = inner.search(/\s/);
      nodes.push({
        type: 'ext',
        raw: s.slice(i, close + 1),
        url: space < 0 ? inner : inner.slice(0, space),
        label: space < 0 ? '' : inner.slice(space + 1).trim(),
      });
      i = close + 1;
    } else {
      buf += s[i];
      i++;
    }
  }
  flush();
  return { nodes };
}

// ---------------------------------------------------------------------------------------------------------
// Links
// ---------------------------------------------------------------------------------------------------------

type LinkReading = { kind: 'file'; name: string } | { kind: 'entity'; target: string; text: string; written: string } | { kind: 'drop' };

function upperFirst(s: string): string {
  const [first, ...rest] = [...s];
  return first === undefined ? s : first.toUpperCase() + rest.join('');
}

function normaliseTitle(s: string): string {
  return s.replace(/[_\s]+/g, ' ').trim();
}

function readLink(node: LinkNode, ctx: Ctx | undefined): LinkReading {
  let t = normaliseTitle(node.target);
  if (t.startsWith(':')) t = t.slice(1).trim();
  const ns = /^([^:]+?)\s*:\s*([\s\S]*)$/.exec(t);
  if (ns) {
    const prefix = ns[1].toLowerCase();
    if (FILE_NAMESPACES.has(prefix)) {
      const name = ns[2].trim();
      return name ? { kind: 'file', name: upperFirst(name) } : { kind: 'drop' };
    }
    if (CATEGORY_NAMESPACES.has(prefix) || OTHER_NAMESPACES.has(prefix) || INTERWIKI_PREFIX.test(ns[1])) return { kind: 'drop' };
  }
  const written = t;
  t = t.replace(/#[\s\S]*$/, '').trim();
  if (!t) return { kind: 'drop' };
  const target = ctx?.latin ? upperFirst(t) : t;
  let text: string;
  if (node.label === undefined) text = written;
  else if (node.label.trim() === '') text = t.replace(/\s*\([^()]*\)$/, '').replace(/,.*$/, ''); // pipe trick
  else text = cleanText(renderPlain(scan(node.label, false).nodes, ctx));
  return { kind: 'entity', target, text: (text || written) + node.trail, written: t };
}

// ---------------------------------------------------------------------------------------------------------
// Plain text
// ---------------------------------------------------------------------------------------------------------

/** The text a reader sees: link texts, external link labels; files, categories and templates dropped. */
function renderPlain(nodes: readonly Node[], ctx: Ctx | undefined): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return n.raw;
      if (n.type === 'ext') return n.label || n.url;
      if (n.type === 'link') {
        const r = readLink(n, ctx);
        return r.kind === 'entity' ? r.text : '';
      }
      return '';
    })
    .join('');
}

function cleanText(s: string): string {
  return s
    .replace(/'{2,}/g, '')
    .replace(/\[\[|\]\]|[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,;:、，；\s]+|[,;:、，；\s]+$/g, '')
    .trim();
}

const hasWordChars = (s: string) => /[\p{L}\p{N}]/u.test(s);

function textValue(s: string, ctx: Ctx): InfoboxValue {
  return { kind: 'literal', value: { literal: s, datatype: 'langString', lang: ctx.lang } };
}

// ---------------------------------------------------------------------------------------------------------
// Values: lists and items
// ---------------------------------------------------------------------------------------------------------

/** Replaces wrapper templates by their text, separator templates by line breaks, flags by links. */
function unwrapInline(s: string, ctx: Ctx, depth: number): string {
  if (depth > MAX_DEPTH || !s.includes('{{')) return s;
  const { nodes } = scan(s, ctx.latin);
  return nodes
    .map((n) => {
      if (n.type !== 'template') return n.raw;
      if (WRAPPER_TEMPLATES.has(n.name)) {
        const content = n.name === 'abbr' ? n.positional[0] : n.positional[n.positional.length - 1];
        return unwrapInline(content ?? '', ctx, depth + 1);
      }
      const shown = TEXT_TEMPLATES.get(n.name);
      if (shown !== undefined && n.positional.length === 0) return shown;
      // `{{flag|France}}` in a Chinese article names the state by its English code or name, which is no page of
      // that wiki: only a name written in a script other than ASCII is read as a link there.
      if (FLAG_TEMPLATES.has(n.name) && n.positional[0] && (ctx.latin || /[^\x00-\x7F]/.test(n.positional[0]))) return `[[${n.positional[0]}]]`;
      // `{{KMT}}`, `{{PRC}}`: a template with no arguments that shows a party's or a state's link.
      const shownLink = n.positional.length === 0 ? ctx.links?.get(n.name) : undefined;
      if (shownLink) return `[[${shownLink}]]`;
      // zhwiki's links to a page another edition has (`{{link-en|某飯店|Some Hotel}}`, `{{tsl|en|Some identity|某恆等式}}`)
      // show and link the local title.
      const local = /^link-[a-z]{2,3}(?:-[a-z]+)?$/.test(n.name) ? n.positional[0] : TRANSLATED_LINK_TEMPLATES.has(n.name) ? n.positional[2] : undefined;
      if (local && local.trim() && !/[[\]{}|]/.test(local)) return `[[${local.trim()}]]`;
      return n.raw;
    })
    .join('');
}

function parseValueText(s: string, ctx: Ctx, depth: number): InfoboxItem[] {
  if (depth > MAX_DEPTH) return [];
  const unwrapped = unwrapInline(s, ctx, depth);
  const { nodes } = scan(unwrapped, ctx.latin);
  const out: InfoboxItem[] = [];
  let current = '';
  let previousLine = 0;
  const flush = () => {
    // `某部副部長<br>（1995年－1998年）`: a line that is only a period is the period of the line before.
    const period = periodLine(current);
    if (period && previousLine < out.length) {
      for (let i = previousLine; i < out.length; i++) if (!out[i].start && !out[i].end) out[i] = withPeriod([out[i]], period)[0];
      current = '';
      return;
    }
    const start = out.length;
    const pieces = ctx.list || hasDateTemplateBesideText(current, ctx) ? splitSeparators(current) : [current];
    for (const piece of pieces) out.push(...parseItem(piece, ctx, depth + 1));
    if (out.length > start) previousLine = start;
    current = '';
  };
  for (const n of nodes) {
    if (n.type === 'text') {
      n.raw.split('\n').forEach((line, i) => {
        if (i > 0) flush();
        current += line;
      });
    } else if (n.type === 'template' && LIST_TEMPLATES.has(n.name)) {
      flush();
      for (const arg of n.positional) out.push(...parseValueText(arg, ctx, depth + 1));
    } else current += n.raw;
  }
  flush();
  return out;
}

/** The period of a line that holds nothing else (`（1995年－1998年）`, `(1903–1919)`), or nothing. */
function periodLine(line: string): Period | undefined {
  const m = /^[\s*#:]*[(（]([^()（）[\]{}]*)[)）]\s*$/.exec(line);
  const period = m ? parseSpan(m[1]) : undefined;
  return period && (period.start || period.end) ? period : undefined;
}

/**
 * `{{Start date|1990|5|6}}，[[甲省]][[乙市]]`, `《[[某憲章]]》，1950年1月2日`: a date and words set apart
 * by a comma or semicolon are two items, the date and the rest.
 */
function hasDateTemplateBesideText(s: string, ctx: Ctx): boolean {
  const { nodes } = scan(s, ctx.latin);
  if (!nodes.some((n) => n.type === 'text' && /[,，;；]/.test(n.raw))) return false;
  if (nodes.some((n) => n.type === 'template' && templateKind(n) === 'date')) return true;
  // A Chinese date in words, whole between the separators (an English `May 4, 1861` keeps its comma).
  return /[,，;；]\s*\d{3,4}年(?:\d{1,2}月(?:\d{1,2}日)?)?\s*(?:$|[,，;；])|^\s*\d{3,4}年(?:\d{1,2}月(?:\d{1,2}日)?)?\s*[,，;；]/.test(renderPlain(nodes, ctx));
}

const MONTH_DAY_END = /(?:^|\s)(\p{L}+)\.?\s+\d{1,2}(?:st|nd|rd|th)?$/u;

/** Splits a list-like parameter's item at `,` `，` `、` `;` `；` outside links, templates and parentheses. */
function splitSeparators(s: string): string[] {
  const pieces: string[] = [];
  let braces = 0;
  let links = 0;
  let parens = 0;
  let start = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s[k];
    const two = s.slice(k, k + 2);
    if (two === '{{') (braces++, k++);
    else if (two === '}}' && braces > 0) (braces--, k++);
    else if (two === '[[') (links++, k++);
    else if (two === ']]' && links > 0) (links--, k++);
    else if (c === '(' || c === '（') parens++;
    else if ((c === ')' || c === '）') && parens > 0) parens--;
    else if (braces === 0 && links === 0 && parens === 0 && /[,，、;；]/.test(c)) {
      if (c === ',' && /\d/.test(s[k - 1] ?? '') && /^\d{3}(?!\d)/.test(s.slice(k + 1))) continue; // 1,234
      pieces.push(s.slice(start, k));
      start = k + 1;
    }
  }
  pieces.push(s.slice(start));
  // `February 12, 1809` is one date, not two items.
  const merged: string[] = [];
  for (const p of pieces) {
    const prev = merged[merged.length - 1];
    const m = prev === undefined ? null : MONTH_DAY_END.exec(prev.trim());
    if (m && MONTHS.has(m[1].toLowerCase()) && /^\s*\d{3,4}\b/.test(p)) merged[merged.length - 1] = `${prev},${p}`;
    else merged.push(p);
  }
  return merged;
}

interface Period {
  start?: LiteralValue;
  end?: LiteralValue;
}

function withPeriod(items: InfoboxItem[], period: Period): InfoboxItem[] {
  return items.map((item) => {
    if (item.start || item.end) return item;
    const out: InfoboxItem = { value: item.value };
    if (period.start) out.start = period.start;
    if (period.end) out.end = period.end;
    return out;
  });
}

const TRAILING_PARENS = /[(（]((?:[^()（）[\]{}]|\[\[[^\]]*\]\])*)[)）]\s*$/;

function parseItem(raw: string, ctx: Ctx, depth: number): InfoboxItem[] {
  if (depth > MAX_DEPTH) return [];
  const s = raw.replace(/^\s*[*#:;]+/, '').trim();
  if (!s) return [];
  const m = TRAILING_PARENS.exec(s);
  if (m) {
    const period = parseSpan(m[1]);
    const core = s.slice(0, m.index);
    if (period && hasWordChars(core)) return withPeriod(classify(core, ctx, depth + 1), period);
    // `{{Start date|…}}（[[Old name]]）`: a note after a typed value (a date, a figure) is not the value.
    if (!period && hasWordChars(core)) {
      const typed = classify(core, ctx, depth + 1);
      const isTyped = (i: InfoboxItem) => i.value.kind !== 'entity' && !(i.value.kind === 'literal' && ['string', 'langString'].includes(i.value.value.datatype));
      if (typed.length > 0 && typed.every(isTyped)) return typed;
    }
  }
  return classify(s, ctx, depth + 1);
}

const FILLER = /^(?:[\s\p{P}]|\b(?:c|ca|circa|about|approx|approximately|around|est|etwa|env|environ|aprox)\b|約|约|大約|大约)*$/iu;

/** An item: a value template alone (dates, marriage, convert, …), else plain text with links. */
function classify(core: string, ctx: Ctx, depth: number): InfoboxItem[] {
  if (depth > MAX_DEPTH) return [];
  const { nodes } = scan(unwrapInline(core, ctx, depth), ctx.latin);
  const valueNodes: TemplateNode[] = [];
  let pure = true;
  for (const n of nodes) {
    if (n.type === 'template') {
      if (templateKind(n) !== undefined) valueNodes.push(n);
    } else if (n.type !== 'text' || !FILLER.test(n.raw)) pure = false;
  }
  if (pure && valueNodes.length > 0) return valueNodes.flatMap((n) => readTemplate(n, ctx, depth + 1));
  const expanded = nodes.map((n) => (n.type === 'template' ? renderTemplate(n, ctx, depth + 1) : n.raw)).join('');
  return parsePlain(expanded, ctx);
}

type TemplateKind = 'date' | 'marriage' | 'convert' | 'val' | 'coord' | 'url' | 'lang' | 'formatnum' | 'list';

function templateKind(n: TemplateNode): TemplateKind | undefined {
  const name = n.name;
  if (DATE_TEMPLATES.has(name)) return 'date';
  if (MARRIAGE_TEMPLATES.has(name)) return 'marriage';
  if (CONVERT_TEMPLATES.has(name)) return 'convert';
  if (name === 'val') return 'val';
  if (COORD_TEMPLATES.has(name)) return 'coord';
  if (URL_TEMPLATES.has(name)) return 'url';
  if (name === 'lang' || name === 'langx' || /^lang-[a-z]/.test(name)) return 'lang';
  if (name === 'formatnum') return 'formatnum';
  if (LIST_TEMPLATES.has(name)) return 'list';
  return undefined;
}

function langOf(n: TemplateNode): { code: string; content: string } | undefined {
  // The name is lower-cased; the code keeps its case as written (`zh-Hant`), so it is read from the raw head.
  const dash = /^\{\{\s*(?:template\s*:\s*)?lang-([^|}]+)/i.exec(n.raw);
  const code = dash ? dash[1].trim() : n.positional[0]?.trim();
  const content = dash ? n.positional[0] : n.positional[1];
  if (!code || content === undefined || !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(code)) return undefined;
  return { code, content };
}

function readTemplate(n: TemplateNode, ctx: Ctx, depth: number): InfoboxItem[] {
  if (depth > MAX_DEPTH) return [];
  const one = (value: InfoboxValue | undefined): InfoboxItem[] => (value ? [{ value }] : []);
  switch (templateKind(n)) {
    case 'date': {
      const d = templateDates(n.name, n.positional)[0]?.value;
      return one(d && { kind: 'literal', value: d });
    }
    case 'marriage':
      return readMarriage(n, ctx, depth);
    case 'convert':
      return one(readConvert(n));
    case 'val':
      return one(readVal(n));
    case 'coord': {
      const c = coordFromArgs(n.positional);
      return one(c && { kind: 'coordinates', lat: c.lat, lon: c.lon });
    }
    case 'url': {
      const u = normaliseUrl(n.positional.find((a) => a.trim() !== '') ?? n.named.url ?? '');
      return one(u ? { kind: 'literal', value: { literal: u, datatype: 'anyURI' } } : undefined);
    }
    case 'lang': {
      const l = langOf(n);
      if (!l) return [];
      return classify(l.content, ctx, depth + 1).map((item) =>
        item.value.kind === 'literal' && item.value.value.datatype === 'langString'
          ? { ...item, value: { kind: 'literal', value: { ...item.value.value, lang: l.code } } }
          : item,
      );
    }
    case 'formatnum': {
      const num = normaliseNumber((n.positional[0] ?? '').trim(), false);
      return one(num === undefined ? undefined : numberLiteral(num));
    }
    case 'list':
      return n.positional.flatMap((a) => parseValueText(a, ctx, depth + 1));
    default:
      return [];
  }
}

/** A value template written inside running text: the text it shows. Unknown templates show nothing. */
function renderTemplate(n: TemplateNode, ctx: Ctx, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  switch (templateKind(n)) {
    case 'date':
      return templateDates(n.name, n.positional)[0]?.value.literal ?? '';
    case 'marriage':
      return n.positional[0] ?? '';
    case 'convert': {
      const q = readConvert(n);
      return q?.kind === 'quantity' ? `${n.positional[0]} ${q.unit}` : (n.positional[0] ?? '');
    }
    case 'val':
      return [n.positional[0], n.named.u ?? n.named.ul ?? ''].join(' ').trim();
    case 'url':
      return normaliseUrl(n.positional.find((a) => a.trim() !== '') ?? n.named.url ?? '') ?? '';
    case 'lang':
      return langOf(n)?.content ?? '';
    case 'formatnum':
      return n.positional[0] ?? '';
    case 'list':
      return n.positional.join(', ');
    default:
      return '';
  }
}

const BARE_URL = /^(?:https?:)?\/\/[^\s<>"[\]{}|]+$/i;
const DOMAIN = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}(?:\/\S*)?$/iu;
const FILE_NAME = /^[^[\]{}|#<>\n]+\.(?:jpe?g|png|svg|gif|tiff?|webp|xcf|pdf|djvu)$/i;

function normaliseUrl(raw: string): string | undefined {
  const u = cleanText(raw).replace(/\s+$/, '');
  if (!u || /\s/.test(u)) return undefined;
  if (u.startsWith('//')) return `https:${u}`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(u)) return u;
  if (DOMAIN.test(u)) return `http://${u}`;
  return undefined;
}

function bareFile(plain: string): InfoboxValue | undefined {
  let name = plain;
  const ns = /^([^:]+?)\s*:\s*(.+)$/.exec(plain);
  if (ns && FILE_NAMESPACES.has(ns[1].toLowerCase())) name = ns[2];
  name = normaliseTitle(name);
  return FILE_NAME.test(name) ? { kind: 'file', name: upperFirst(name) } : undefined;
}

/** Text with links and external links (templates already expanded). */
function parsePlain(s: string, ctx: Ctx): InfoboxItem[] {
  const { nodes } = scan(s, ctx.latin);
  const readings = nodes.flatMap((n) => (n.type === 'link' ? [readLink(n, ctx)] : []));
  const files = readings.flatMap((r) => (r.kind === 'file' ? [{ value: { kind: 'file', name: r.name } as InfoboxValue }] : []));
  const entities = readings.flatMap((r) => (r.kind === 'entity' ? [r] : []));
  const exts = nodes.flatMap((n) => (n.type === 'ext' ? [n] : []));
  const plain = cleanText(renderPlain(nodes, ctx));
  const one = (value: InfoboxValue): InfoboxItem[] => [{ value }];

  if (files.length > 0 && (ctx.image || (entities.length === 0 && !hasWordChars(plain)))) return files;
  if (!plain) return [];
  if (ctx.image && entities.length === 0) {
    const f = bareFile(plain);
    if (f) return one(f);
  }
  if (exts.length > 0 && entities.length === 0) {
    const rest = cleanText(renderPlain(nodes.filter((n) => n.type !== 'ext'), ctx));
    if (ctx.url || !hasWordChars(rest)) {
      const urls = exts.flatMap((e) => normaliseUrl(e.url) ?? []);
      if (urls.length > 0) return urls.map((u) => ({ value: { kind: 'literal', value: { literal: u, datatype: 'anyURI' } } }));
    }
  }
  if (readings.length === 0 && BARE_URL.test(plain)) return one({ kind: 'literal', value: { literal: normaliseUrl(plain) ?? plain, datatype: 'anyURI' } });
  if (readings.length === 0 && ctx.url && DOMAIN.test(plain)) return one({ kind: 'literal', value: { literal: `http://${plain}`, datatype: 'anyURI' } });

  if (entities.every((e) => isDateLike(e.written))) {
    const range = parseRange(plain.replace(/^[(（](.*)[)）]$/, '$1'));
    if (range) return [{ value: textValue(plain, ctx), ...range }];
    const d = parseDateText(plain, !ctx.numeric);
    if (d) return one({ kind: 'literal', value: d });
  }
  if (!firstDigitInLink(nodes, ctx)) {
    const num = parseNumberText(plain, ctx);
    if (num) return one(num);
  }
  if (entities.length > 0) return entities.map((e) => ({ value: { kind: 'entity', target: e.target, text: e.text } }));
  return hasWordChars(plain) ? one(textValue(plain, ctx)) : [];
}

function firstDigitInLink(nodes: readonly Node[], ctx: Ctx): boolean {
  for (const n of nodes) {
    if (n.type === 'text' && /\d/.test(n.raw)) return false;
    if (n.type === 'ext' && /\d/.test(n.label)) return true;
    if (n.type === 'link') {
      const r = readLink(n, ctx);
      if (r.kind === 'entity' && /\d/.test(r.text)) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------
// Dates and periods
// ---------------------------------------------------------------------------------------------------------

function monthOf(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, ''));
}

const MDY = /^(\p{L}+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{3,4})$/u;
const DMY = /^(\d{1,2})(?:\.|er|º|°|st|nd|rd|th)? (?:de |of )?(\p{L}+)\.?,? (?:de |del |of )?(\d{3,4})$/u;
const MY = /^(\p{L}+)\.?,? (?:de |del |of )?(\d{3,4})$/u;
const AGE = /\bage|alter|âge|edad|età|idade|歲|岁/iu;

/** A whole date written in text (English, German, French, Spanish, Italian, Portuguese, Chinese, ISO), or nothing. */
export function parseDateText(input: string, allowYear = true): LiteralValue | undefined {
  let s = input.replace(/\s+/g, ' ').trim();
  const paren = TRAILING_PARENS.exec(s);
  if (paren && paren.index > 0 && AGE.test(paren[1])) s = s.slice(0, paren.index).trim();
  if (!s) return undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) return makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = MDY.exec(s))) {
    const month = monthOf(m[1]);
    return month === undefined ? undefined : makeDate(Number(m[3]), month, Number(m[2]));
  }
  if ((m = DMY.exec(s))) {
    const month = monthOf(m[2]);
    return month === undefined ? undefined : makeDate(Number(m[3]), month, Number(m[1]));
  }
  if ((m = MY.exec(s))) {
    const month = monthOf(m[1]);
    return month === undefined ? undefined : makeDate(Number(m[2]), month);
  }
  if ((m = /^(\d{4})$/.exec(s))) return allowYear ? makeDate(Number(m[1])) : undefined;
  if (/年/.test(s)) {
    const cjk = parseDate(s.replace(/\s+/g, ''));
    if (cjk) return cjk.value;
  }
  return undefined;
}

function isDateLike(target: string): boolean {
  const t = target.replace(/\s+/g, ' ').trim();
  if (parseDateText(t) || /^\d{3,4}年?$/.test(t) || /^\d{1,2}月\d{1,2}[日号號]$/.test(t)) return true;
  const md = /^(\p{L}+) (\d{1,2})$/u.exec(t) ?? /^(\d{1,2})\.? (\p{L}+)$/u.exec(t);
  return md !== null && (monthOf(md[1]) !== undefined || monthOf(md[2]) !== undefined);
}

/** `{{birth date|y|m|d}}` and kin: the first date of the positional arguments. */
function dateFromArgs(args: readonly string[]): LiteralValue | undefined {
  const [a0 = '', a1 = '', a2 = ''] = args.map((a) => a.trim());
  if (/^\d{1,4}$/.test(a0)) {
    // A second number that is no month is another year (`{{death year and age|1865|1809}}`).
    if (/^\d{3,4}$/.test(a1)) return makeDate(Number(a0));
    const month = /^\d{1,2}$/.test(a1) ? Number(a1) : a1 ? monthOf(a1) : undefined;
    if (a1 && month === undefined) return undefined;
    const day = month !== undefined && /^\d{1,2}$/.test(a2) ? Number(a2) : undefined;
    return makeDate(Number(a0), month, day);
  }
  return parseDateText(cleanText(renderPlain(scan(a0, false).nodes, undefined)));
}

/** One date a date template states, with what it is the date of. */
export interface TemplateDate {
  kind: DateTemplateKind;
  value: LiteralValue;
}

/** The dates of a date template's positional arguments, its own date first (see `DATE_TEMPLATES`). */
function templateDates(name: string, positional: readonly string[]): TemplateDate[] {
  const spec = DATE_TEMPLATES.get(name);
  if (!spec) return [];
  const out: TemplateDate[] = [];
  const push = (kind: DateTemplateKind, value: LiteralValue | undefined) => value && out.push({ kind, value });
  const a = positional.map((x) => x.trim());
  switch (spec.layout) {
    case 'ymd':
      push(spec.kind, dateFromArgs(a));
      break;
    case 'ymd+birth':
      push(spec.kind, dateFromArgs(a.slice(0, 3)));
      push('birth', a.length > 3 ? dateFromArgs(a.slice(3, 6)) : undefined);
      break;
    case 'year+birth':
      push(spec.kind, /^\d{1,4}$/.test(a[0] ?? '') ? makeDate(Number(a[0])) : undefined);
      push('birth', /^\d{1,4}$/.test(a[1] ?? '') ? makeDate(Number(a[1])) : undefined);
      break;
    case 'bd':
      // `{{bd|1901年|4月3日|…}}`: each date in two arguments (year, then month and day), either may be empty.
      push('birth', a[0] ? parseDateText(`${a[0]}${a[1] ?? ''}`) : undefined);
      push('death', a[2] ? parseDateText(`${a[2]}${a[3] ?? ''}`) : undefined);
      break;
  }
  return out;
}

/**
 * The dates a date template call states, read from the parse stage's `TemplateCall` (in prose, a table
 * cell or an infobox): `{{birth date and age|1901|4|3}}` → a birth; `{{death date and age|…}}` → the death,
 * then the birth; `{{bd|1901年|4月3日|1970年|8月9日}}` → the birth, then the death; `{{Start date|1995|2|10}}`
 * → a start; `{{dts}}`, `{{date}}` → a plain date. The template's own date comes first; named flags
 * (`df=`, `mf=`) are ignored. Empty for any other template or unreadable arguments; never throws.
 */
export function readDateTemplate(call: { canonicalName: string; args: ReadonlyArray<{ name: string; value: string; positional: boolean }> }): TemplateDate[] {
  try {
    const name = call.canonicalName.replace(/^\s*(?:template|模板)\s*:/i, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
    const positional: string[] = [];
    for (const arg of call.args) {
      const index = Number(arg.name) - 1;
      // A named argument with a number for a name (`2=`) is positional too; others (`df=y`) are flags.
      if (Number.isInteger(index) && index >= 0 && index < 50) positional[index] = cleanText(renderPlain(scan(preprocess(arg.value), false).nodes, undefined));
    }
    for (let i = 0; i < positional.length; i++) positional[i] ??= '';
    return templateDates(name, positional);
  } catch {
    return [];
  }
}

function yearOf(v: LiteralValue): number {
  return Number(v.literal.slice(0, 4));
}

function splitRange(s: string): [string, string] | undefined {
  const m = /^(.+?)\s*(?:[–—‒―−－~～〜]|至|\s(?:to|bis|until|till|au|à|a|al|hasta|até)\s)\s*(.*)$/u.exec(s);
  if (m) return [m[1], m[2]];
  const spaced = /^(.+?)\s+-\s+(.*)$/.exec(s);
  if (spaced) return [spaced[1], spaced[2]];
  // `1900年4月3日-1940年8月9日`, `1998年-2008年3月9日`: a hyphen between two Chinese dates.
  const cjk = /^(\d{3,4}年[^-]*)\s*-\s*(\d{3,4}年.*)$/u.exec(s);
  if (cjk) return [cjk[1], cjk[2]];
  const simple = /^(\d{3,4}年?)\s*-\s*(\d{2,4}年?|\p{L}+)$/u.exec(s);
  return simple ? [simple[1], simple[2]] : undefined;
}

/** `1854–1865`, `1903–present`, `March 4, 1861 – April 15, 1865`, `1903年至今`: start and (maybe) end. */
function parseRange(input: string): Period | undefined {
  const parts = splitRange(input.replace(/\s+/g, ' ').trim());
  if (!parts) return undefined;
  const start = parseDateText(parts[0]);
  if (!start) return undefined;
  const right = parts[1].trim();
  if (PRESENT.test(right)) return { start };
  let end: LiteralValue | undefined;
  if (/^\d{2}$/.test(right) && start.datatype === 'gYear') end = makeDate(Math.floor(yearOf(start) / 100) * 100 + Number(right));
  else end = parseDateText(right);
  if (!end || yearOf(end) < yearOf(start)) return undefined;
  return { start, end };
}

/** What a parenthesis after an item says about its period: a range, `m. 1842`, `since 1903`, `until 1919`. */
function parseSpan(input: string): Period | undefined {
  const s = input.replace(/\s+/g, ' ').trim();
  const married = /^(?:(?:m|mar|verh)\.\s*|(?:married|casad[oa]|mariée?s?|sposat[oa])\s+|[⚭∞]\s*|結婚|结婚)(.+)$/iu.exec(s);
  if (married) {
    const [first, ...rest] = married[1].split(/\s*[;,]\s*/);
    const start = parseDateText(first);
    if (!start) return undefined;
    for (const r of rest) {
      const endMatch = /^(?:div\.|divorced|d\.|died|sep\.|separated|annulled|widowed|gesch\.|geschieden)\s*(.+)$/i.exec(r);
      const end = endMatch ? parseDateText(endMatch[1]) : undefined;
      if (end) return { start, end };
    }
    return { start };
  }
  const since = /^(?:(?:since|from|seit|ab|depuis|desde|dal|da)\s+|自|從|从)(.+?)\s*(?:起|以來|以来)?$/iu.exec(s);
  const start = since ? parseDateText(since[1]) : undefined;
  if (start) return { start };
  const until = /^(?:until|till|bis|jusqu'en|hasta|fino al|até)\s+(.+)$/iu.exec(s);
  const end = until ? parseDateText(until[1]) : undefined;
  if (end) return { end };
  return parseRange(s);
}

function readMarriage(n: TemplateNode, ctx: Ctx, depth: number): InfoboxItem[] {
  const [name = '', ...rest] = n.positional;
  const names = classify(name, ctx, depth + 1);
  const args = rest.map((a) => a.trim()).filter((a) => a !== '');
  let start: LiteralValue | undefined;
  let end: LiteralValue | undefined;
  if (args.every((a) => /^\d{1,4}$/.test(a))) {
    let i = 0;
    const readOne = (): LiteralValue | undefined => {
      if (i >= args.length) return undefined;
      const y = Number(args[i++]);
      let month: number | undefined;
      let day: number | undefined;
      if (i < args.length && args[i].length <= 2 && Number(args[i]) >= 1 && Number(args[i]) <= 12) {
        month = Number(args[i++]);
        if (i < args.length && args[i].length <= 2 && Number(args[i]) >= 1 && Number(args[i]) <= 31) day = Number(args[i++]);
      }
      return makeDate(y, month, day);
    };
    start = readOne();
    end = readOne();
  } else {
    start = args[0] === undefined ? undefined : parseDateText(cleanText(renderPlain(scan(args[0], false).nodes, undefined)));
    end = args[1] === undefined ? undefined : parseDateText(cleanText(renderPlain(scan(args[1], false).nodes, undefined)));
  }
  return withPeriod(names, { start, end });
}

// ---------------------------------------------------------------------------------------------------------
// Numbers and quantities
// ---------------------------------------------------------------------------------------------------------

/**
 * A written figure as a canonical decimal string (`1234567`, `1.5`), or nothing. Groups of three may be
 * separated by spaces anywhere; by `,` (decimal point `.`) or, in decimal-comma languages, by `.` (decimal `,`).
 */
function normaliseNumber(input: string, decimalComma: boolean): string | undefined {
  let s = input;
  if (/^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/.test(s)) s = s.replace(/ /g, '');
  else if (s.includes(' ')) return undefined;
  let out: string | undefined;
  if (decimalComma) {
    if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) out = s.replace(/\./g, '').replace(',', '.');
    else if (/^\d+(?:,\d+)?$/.test(s)) out = s.replace(',', '.');
    else if (/^\d+\.\d+$/.test(s)) out = s;
    else if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) out = s.replace(/,/g, '');
  } else if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) out = s.replace(/,/g, '');
  else if (/^\d+(?:\.\d+)?$/.test(s)) out = s;
  if (out === undefined || /^0\d/.test(out)) return undefined; // `01234` is a code, not a count
  return out;
}

/** Multiplies a canonical decimal string by 10^exp without floating-point error. */
function shiftDecimal(num: string, exp: number): string {
  const [intPart, frac = ''] = num.split('.');
  let digits = intPart + frac;
  let point = intPart.length + exp;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const i = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const f = digits.slice(point).replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
}

function numberLiteral(canonical: string, negative = false): InfoboxValue {
  const sign = negative && /[1-9]/.test(canonical) ? '-' : '';
  return { kind: 'literal', value: { literal: sign + canonical, datatype: canonical.includes('.') ? 'decimal' : 'integer' } };
}

/** A figure, with scale words (`1.2 million`, `3,645萬`) and a unit or currency, or nothing. */
function parseNumberText(plain: string, ctx: Ctx): InfoboxValue | undefined {
  let s = plain.trim();
  // A census year or a conversion in parentheses after the figure (`8,336,817 (2020)`) is not the value.
  const paren = TRAILING_PARENS.exec(s);
  if (paren && paren.index > 0) s = s.slice(0, paren.index).trim();
  let unit = '';
  const pre = CURRENCY_PREFIX.exec(s);
  if (pre) {
    unit = pre[1];
    s = s.slice(pre[0].length);
  }
  const m = /^([-−]?)(\d+(?:[., ]\d+)*)/.exec(s);
  if (!m) return undefined;
  const canonical = normaliseNumber(m[2], ctx.decimalComma);
  if (canonical === undefined) return undefined;
  let rest = s.slice(m[0].length).trim();
  let exp = 0;
  const cjk = CJK_SCALES.find(([w]) => rest.startsWith(w));
  if (cjk) {
    exp = cjk[1];
    rest = rest.slice(cjk[0].length).trim();
  } else {
    const lower = rest.toLowerCase();
    const word = SCALE_WORDS.find(([w]) => lower.startsWith(w) && !/\p{L}/u.test(lower.charAt(w.length)));
    if (word) {
      exp = word[1];
      rest = rest.slice(word[0].length).trim();
    }
  }
  if (rest) {
    if (unit || !UNITS.has(rest)) return undefined;
    unit = rest;
  }
  const value = shiftDecimal(canonical, exp);
  if (unit) {
    const amount = Number(value) * (m[1] ? -1 : 1);
    return Number.isFinite(amount) ? { kind: 'quantity', amount, unit } : undefined;
  }
  return numberLiteral(value, m[1] !== '');
}

/** `{{convert|652230|km2|sqmi}}`, `{{convert|1|to|2|m}}`: the first figure with its unit as the template names it. */
function readConvert(n: TemplateNode): InfoboxValue | undefined {
  const amount = englishNumber(n.positional[0] ?? '');
  if (amount === undefined) return undefined;
  const unit = (RANGE_WORDS.has((n.positional[1] ?? '').trim().toLowerCase()) ? n.positional[3] : n.positional[1])?.trim();
  if (!unit) return numberLiteral(amount.canonical, amount.negative);
  return { kind: 'quantity', amount: amount.value, unit };
}

/** `{{val|1.5|u=m}}`, `{{val|6.02|e=23}}`. */
function readVal(n: TemplateNode): InfoboxValue | undefined {
  const amount = englishNumber(n.positional[0] ?? '');
  if (amount === undefined) return undefined;
  const e = /^-?\d{1,3}$/.test(n.named.e ?? '') ? Number(n.named.e) : 0;
  const canonical = shiftDecimal(amount.canonical, e);
  const unit = cleanText(n.named.u ?? n.named.ul ?? '');
  if (!unit) return numberLiteral(canonical, amount.negative);
  return { kind: 'quantity', amount: Number(canonical) * (amount.negative ? -1 : 1), unit };
}

/** A figure as templates write it: `,` groups, `.` decimal point. */
function englishNumber(raw: string): { canonical: string; value: number; negative: boolean } | undefined {
  const m = /^([-−]?)([\d,]*\d(?:\.\d+)?|\.\d+)$/.exec(raw.trim());
  if (!m) return undefined;
  const digits = m[2].replace(/,/g, '');
  const canonical = shiftDecimal(digits.startsWith('.') ? `0${digits}` : digits, 0);
  const negative = m[1] !== '';
  const value = Number(canonical) * (negative ? -1 : 1);
  return Number.isFinite(value) ? { canonical, value, negative } : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Coordinates
// ---------------------------------------------------------------------------------------------------------

function round(x: number): number {
  return Number(x.toFixed(6));
}

function coordNumber(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const t = s.trim().replace('−', '-').replace(/^(-?\d+),(\d+)$/, '$1.$2');
  return /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(t) ? Number(t) : undefined;
}

const NEGATIVE_DIR = /^(?:s|w|南|西)$/i;
const LAT_DIR = /^(?:n|s|北|南)$/i;
const LON_DIR = /^(?:e|w|o|东|東|西)$/i;

/** Degrees (minutes, seconds) and a direction letter as decimal degrees in range, or nothing. */
function dmsToDecimal(parts: readonly string[], dir: string | undefined, axis: 'lat' | 'lon'): number | undefined {
  const nums = parts.map(coordNumber);
  if (nums.length === 0 || nums.some((x) => x === undefined)) return undefined;
  const [d, m = 0, s = 0] = nums as number[];
  if (m < 0 || m >= 60 || s < 0 || s >= 60) return undefined;
  const direction = dir?.trim() ?? '';
  if (direction && !(axis === 'lat' ? LAT_DIR : LON_DIR).test(direction)) return undefined;
  let value = Math.abs(d) + m / 60 + s / 3600;
  if (d < 0 || Object.is(d, -0) || NEGATIVE_DIR.test(direction)) value = -value;
  if (Math.abs(value) > (axis === 'lat' ? 90 : 180)) return undefined;
  return value;
}

/** `52.52`, `-13.4`, `52°31′12″N`, `52° 31' N`. */
function parseDmsString(s: string, axis: 'lat' | 'lon'): number | undefined {
  const t = s.replace(/\s+/g, ' ').trim();
  const plain = coordNumber(t);
  if (plain !== undefined) return dmsToDecimal([t], undefined, axis);
  const m = /^(-?[\d.]+)\s*°\s*(?:([\d.]+)\s*['′]\s*)?(?:([\d.]+)\s*(?:["″]|'')\s*)?([NSEWO])?$/i.exec(t);
  if (!m) return undefined;
  return dmsToDecimal([m[1], m[2], m[3]].filter((x): x is string => x !== undefined), m[4], axis);
}

/** The positional arguments of `{{coord}}`: `d|m|s|N|d|m|s|E` (minutes, seconds optional) or `lat|lon`. */
function coordFromArgs(args: readonly string[]): { lat: number; lon: number } | undefined {
  const a = args.map((x) => x.trim());
  const ns = a.findIndex((x, i) => i <= 3 && /^[NS]$/i.test(x));
  let lat: number | undefined;
  let lon: number | undefined;
  if (ns >= 1) {
    const ew = a.findIndex((x, i) => i > ns + 1 && i <= ns + 4 && /^[EW]$/i.test(x));
    if (ew < 0) return undefined;
    lat = dmsToDecimal(a.slice(0, ns), a[ns], 'lat');
    lon = dmsToDecimal(a.slice(ns + 1, ew), a[ew], 'lon');
  } else {
    lat = dmsToDecimal([a[0] ?? ''], undefined, 'lat');
    lon = dmsToDecimal([a[1] ?? ''], undefined, 'lon');
  }
  return lat === undefined || lon === undefined ? undefined : { lat: round(lat), lon: round(lon) };
}
