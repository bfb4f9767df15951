import { classifyName, isListPage } from '../classify';
import { entityKey, type EntityKey, type EntityType, type LiteralValue } from '../fact';
import { officeTitles, titleModifiers } from '../lexicon/titles';
import { readPeriod, type ValueSegment } from './values';

/**
 * Posts as infoboxes write them, read into the graph's one model of a post held (the position frame's,
 * `src/extract/frames/position.ts`): a position node with its title and the organisation (or state) it
 * belongs to. The shapes, all general:
 *
 * - `[[Org]]title`, `[[某国]][[国务委员]]`: a link to the body, then the title or the post's page;
 * - `第5任[[某基金會董事長|董事長]]`, `某院秘書長`: a post named as the body's name and a title, the
 *   body read off the name by the title lexicon and the name-ending lexicon;
 * - `[[某国外交部|外交部部长]]`: a link to the body whose text ends in the title.
 *
 * A post whose body cannot be told is a position only when it has a page of its own; anything else (a
 * phrase with words between its links, `[[甲]]駐[[乙]]大使`) gives nothing.
 */

/** A post read from one line of a value. */
export interface Post {
  /** The title, without ordinals (`董事長`, `副委員長`, `President of the United States`). */
  title: string;
  /** The body the post belongs to, when known. */
  body?: PostBody;
  /** The post's own page, when the line links it (`某基金會董事長`). */
  page?: string;
  /** The period the line states after the post (`（1995年－1998年）`). */
  start?: LiteralValue;
  end?: LiteralValue;
}

export interface PostBody {
  key: EntityKey;
  /** Its name as written (the link's target, or the name read off a post's name). */
  name: string;
  /** Whether the line links it (a link names a page; a name read off a title is only a name). */
  linked: boolean;
  /** Classes the name's ending or the gazetteer gives (empty when neither knows). */
  types: EntityType[];
  /** A state or a place has jurisdiction over the post; any other body has the post. */
  relation: 'ofOrganization' | 'jurisdiction';
}

const longestFirst = (words: readonly string[]) => [...new Set(words)].sort((a, b) => b.length - a.length);
const TITLES_SHORTEST_FIRST = [...new Set(officeTitles)].sort((a, b) => a.length - b.length);
const MODIFIERS = longestFirst(titleModifiers);
const PLACE_TYPES = new Set<EntityType>(['Country', 'Place', 'Settlement', 'AdministrativeRegion']);
const BODY_TYPES = new Set<EntityType>(['Organization', 'GovernmentOrganization', 'GovernmentMinistry', 'Committee', 'LiaisonOffice', 'NewsOrganization', 'PoliticalParty']);

/** Ordinals before a post (`第5任`, `第十一届`, `16th`), which are no part of its title. */
const ORDINAL = /第[\d一二三四五六七八九十百零〇两兩]+(?:任|屆|届|代|次)?|^\s*\d+(?:st|nd|rd|th)\s+/gu;
const LEADING_ORDINAL = /^(?:第[\d一二三四五六七八九十百零〇两兩]+(?:任|屆|届|代|次)|\d+(?:st|nd|rd|th)\s+)/u;
const PARENTHESES = /[(（][^()（）]*[)）]/g;
/** Whether `text` is a title of the lexicon as a whole, modifiers included (`副委員長`, `常務次長`). */
function isTitle(text: string): boolean {
  let rest = text;
  for (let m = MODIFIERS.find((w) => rest.startsWith(w) && rest.length > w.length); m; m = MODIFIERS.find((w) => rest.startsWith(w) && rest.length > w.length)) {
    rest = rest.slice(m.length);
  }
  return officeTitles.includes(rest) || officeTitles.includes(text);
}

/** The kind of body a name names, by the gazetteer and the name-ending lexicon: a state or place, a body, or unknown. */
function bodyOf(name: string, key: EntityKey, linked: boolean): PostBody | undefined {
  const types = classifyName(name);
  if (types.some((t) => PLACE_TYPES.has(t))) return { key, name, linked, types, relation: 'jurisdiction' };
  if (types.some((t) => BODY_TYPES.has(t))) return { key, name, linked, types, relation: 'ofOrganization' };
  // A linked body the lexicons do not know is still the post's body; an unlinked one is not told apart from words.
  return linked ? { key, name, linked, types: [], relation: 'ofOrganization' } : undefined;
}

/**
 * A post's name read as a body's name and a title (`某院秘書長` → `某院` + `秘書長`,
 * `某代表大会常务委员会副委员长` → … + `副委员长`): the shortest title of the lexicon ending the name
 * whose rest is a body or a state; or the whole name as a title. Nothing otherwise.
 */
export function splitPostName(name: string): { body?: string; title: string } | undefined {
  if (!name || isListPage(name)) return undefined;
  for (const title of TITLES_SHORTEST_FIRST) {
    if (!name.endsWith(title) || name === title) continue;
    const rest = name.slice(0, -title.length);
    // `某党第十七、十八届中央委员会`: a name with punctuation or spaces in it is no one body's.
    if (!/^[\u3400-\u9FFF·・]+$/.test(rest)) continue;
    const types = classifyName(rest);
    if (types.some((t) => PLACE_TYPES.has(t) || BODY_TYPES.has(t))) return { body: rest, title };
  }
  return isTitle(name) ? { title: name } : undefined;
}

/** Whether a value is written in a Latin-script wiki's way, where the title lexicon (Chinese) does not apply. */
const latinScript = (lang: string) => !/^(?:zh|ja|ko|yue|wuu|gan|lzh|zh-.*)$/.test(lang);

/**
 * The segments of a line without parentheses and without the ordinals before a post (`第5任` between two
 * links, `16th`, `第29任某院秘書長`): an ordinal inside a name (`某党第十六届中央委员会`) stays, and
 * so that name is no body's.
 */
function cleaned(line: readonly ValueSegment[]): ValueSegment[] {
  return line
    .map((seg) => (seg.kind === 'link' ? seg : { ...seg, text: seg.text.replace(PARENTHESES, '').trim().replace(LEADING_ORDINAL, '').trim() }))
    .filter((seg) => seg.kind === 'link' || seg.text !== '');
}

/** The post one line names, or nothing (see the module's comment for the shapes). */
export function readPost(line: readonly ValueSegment[], lang: string): Post | undefined {
  const period = trailingPeriod(line);
  const segs = cleaned(line);
  const post = latinScript(lang) ? latinPost(segs) : chinesePost(segs);
  return post && { ...post, ...period };
}

/**
 * In a Latin-script wiki: `[[President of the United States|16th President …]]` is the post's own page (its
 * text is its title); `[[Christian Democratic Union of Germany|General Secretary of the CDU]]` links the body
 * and words the post; `President of the United States`, unlinked, is a post by that name.
 */
function latinPost(segs: ValueSegment[]): Post | undefined {
  if (segs.length !== 1) return undefined;
  const [seg] = segs;
  if (seg.kind === 'text') {
    const text = seg.text.trim();
    return /^\p{Lu}/u.test(text) && !/\d/.test(text) && text.split(/\s+/).length <= 8 ? { title: text } : undefined;
  }
  if (isListPage(seg.target)) return undefined; // a page that lists holders (`某国驻某国大使列表`) is no post's page
  const title = seg.text.replace(ORDINAL, '').trim() || seg.target;
  const bare = seg.target.replace(/\s*\([^()]*\)$/, '');
  if (bare.toLowerCase().startsWith(title.toLowerCase())) return { title, page: seg.target };
  return { title, body: { key: entityKey.page(seg.target), name: seg.target, linked: true, types: [], relation: 'ofOrganization' } };
}

function chinesePost(segs: ValueSegment[]): Post | undefined {
  if (segs.length === 0 || segs.length > 2) return undefined;
  const [first, last] = segs.length === 2 ? segs : [undefined, segs[0]];
  // Words before the post that are no link (`常驻`, `駐`) say more than a post: nothing is guessed.
  if (first && first.kind !== 'link') return undefined;
  const before = first ? bodyOf(first.target, entityKey.page(first.target), true) : undefined;
  if (last.kind === 'text') {
    // `[[Org]]主任`: a title after the body's link.
    if (before && isTitle(last.text)) return { title: last.text, body: before };
    // `某院秘書長`: a post's name, alone.
    const split = !first ? splitPostName(last.text) : undefined;
    if (split?.body) return { title: split.title, body: bodyOf(split.body, entityKey.name(split.body), false) };
    return undefined;
  }
  const fromPage = splitPostName(last.target);
  if (fromPage) {
    // `[[某基金會董事長|董事長]]`, `[[某国]][[国务委员]]`: the post's own page.
    const title = isTitle(last.text) ? last.text : fromPage.title;
    const body = before ?? (fromPage.body ? bodyOf(fromPage.body, entityKey.name(fromPage.body), false) : undefined);
    return { title, body, page: last.target };
  }
  // `[[某国外交部|外交部部长]]`: the body's page, its text ending in the title.
  const fromText = splitPostName(last.text);
  const linkedBody = bodyOf(last.target, entityKey.page(last.target), true);
  if (fromText && linkedBody && linkedBody.types.length > 0 && (!fromText.body || last.target.endsWith(fromText.body))) {
    return { title: fromText.title, body: linkedBody };
  }
  // `[[中国外交部长列表|部长]]` after a body: the title, the link only a list of holders.
  if (before && isTitle(last.text)) return { title: last.text, body: before };
  return undefined;
}

/** The period in parentheses that ends a line (`（1995年－1998年）`), if any. */
function trailingPeriod(line: readonly ValueSegment[]): { start?: LiteralValue; end?: LiteralValue } {
  const lastText = [...line].reverse().find((s) => s.kind === 'text');
  const m = lastText?.kind === 'text' ? /[(（]([^()（）]*)[)）]\s*$/.exec(lastText.text) : null;
  return (m && readPeriod(m[1])) ?? {};
}

/**
 * A line that is only a parenthesis belongs to the line before it: its period (`（1995年－1998年）`) or a
 * note (`（課程：…）`) between the post and its period.
 */
export function mergePeriodLines(lines: readonly ValueSegment[][]): ValueSegment[][] {
  const out: ValueSegment[][] = [];
  for (const line of lines) {
    const only = line.length === 1 && line[0].kind === 'text' && /^\s*[(（][^()（）]*[)）]\s*$/.test(line[0].text);
    if (only && out.length > 0) out[out.length - 1] = [...out[out.length - 1], ...line];
    else out.push([...line]);
  }
  return out;
}
