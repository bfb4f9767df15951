import type { ParsedArticle, Sentence } from '../parse/model';
import { classifyName, isListPage } from './classify';
import { entityKey, type EntityKey, type EntityType } from './fact';
import { wordList } from './matcher/load';
import { wordsOf } from './text/segmenter';
import { doctrineEndings } from './lexicon/people';
import {
  hasSurname, isCommonWord, isDottedName, isPersonSpan, organizationStart, organizationEnding, organizationNameStartingAt, isHan, organizationNameEndingAt, personNameAt, personNounEndingAt, titleAt, titleEndingAt,
} from './names';

/**
 * The names an article uses, gathered from the whole text before any sentence is resolved, so that a
 * name found once (`某和平協會會長李大同`) is known wherever it recurs, and a short form
 * (`甲部` for `[[大甲國甲部|甲部]]`, `甲會` from `（簡稱甲會）`) means what the article said it means.
 *
 * Evidence for each kind, strongest first: the link and its target; what the article says (`簡稱`, a
 * gloss after a link); the word before a name (an office title, a person noun); the name's own shape
 * (a surname and a given name, an organisation ending) in a context that bounds it.
 */
export interface NameIndex {
  /** Unlinked names that mean a linked page or a known state (short link texts, abbreviations, glosses). */
  aliases: Map<string, { entity: EntityKey; types: EntityType[] }>;
  /** Link targets the text shows to be people (a title before them, a dotted foreign name). */
  personTargets: Set<string>;
  /** People named without a link, found after a title or a person noun. */
  persons: Map<string, EntityKey>;
  /** Organisations named without a link, found where their bounds are clear. */
  organizations: Map<string, EntityKey>;
}

const ABBREVIATION = /^（(?:簡稱|简称|又稱|又称|通稱|通称|縮寫|缩写|以下簡稱|以下简称)[:：]?([^（）、，；。]{2,10})）/;
const SHORT_GLOSS = /^（([\u3400-\u9FFF]{2,4})）/;

export function buildNameIndex(article: ParsedArticle, countryKeyOf: (name: string) => EntityKey | undefined): NameIndex {
  const index: NameIndex = { aliases: new Map(), personTargets: new Set(), persons: new Map(), organizations: new Map() };
  const ambiguous = new Set<string>();
  const addAlias = (name: string, entity: EntityKey, types: EntityType[]) => {
    if ([...name].length < 2 || ambiguous.has(name)) return;
    const known = index.aliases.get(name);
    if (known && known.entity !== entity) {
      index.aliases.delete(name);
      ambiguous.add(name);
      return;
    }
    index.aliases.set(name, { entity, types });
  };
  const keyOfTarget = (target: string) => countryKeyOf(target) ?? entityKey.page(target);
  const typesOfTarget = (target: string): EntityType[] => (countryKeyOf(target) ? ['Country'] : classifyName(target));

  // The shapes that make a name a person's or a body's (a title before it, a surname, `·` between the
  // parts of a transliterated name, an organisation ending) are Chinese ones: in Japanese the same
  // characters make other words (`夫妻`, `時代`, and `・` joins the items of a list), so elsewhere only links
  // give names.
  const chinese = article.source.lang === 'zh';
  for (const sentence of article.sentences) {
    // A list page (`[[List of members of X|X]]`) names no one thing: its link text is no alias.
    const links = sentence.mentions.filter((m) => m.kind === 'link' && m.target && !isListPage(m.target));
    for (const link of links) {
      const target = link.target!;
      if (chinese && isDottedName(target)) index.personTargets.add(target);
      addAlias(target, keyOfTarget(target), typesOfTarget(target));
      if (link.text !== target) addAlias(link.text, keyOfTarget(target), typesOfTarget(target));
      const after = sentence.text.slice(link.plainEnd);
      const gloss = ABBREVIATION.exec(after) ?? SHORT_GLOSS.exec(after);
      if (gloss) addAlias(gloss[1], keyOfTarget(target), typesOfTarget(target));
    }
    if (!chinese) continue;
    findPeople(sentence, index, (name) => !countryKeyOf(name) && classifyName(name).length === 0);
    findPairsOfPeople(sentence, index);
    findGlossedPeople(sentence, index);
    findOrganizations(sentence, index);
  }
  for (const bold of article.boldTerms) {
    const after = article.sentences.find((s) => s.mentions.includes(bold))?.text.slice(bold.plainEnd) ?? '';
    const gloss = ABBREVIATION.exec(after);
    if (gloss) addAlias(gloss[1], entityKey.page(article.source.title), []);
  }
  // `[[約翰·史密斯]]` … `史密斯`: the last part of a dotted name is that person's short name.
  for (const target of index.personTargets) {
    if (!isDottedName(target)) continue;
    const last = target.split(/[·・•‧]/).pop()!;
    if ([...last].length >= 2) addAlias(last, entityKey.page(target), ['Person']);
  }
  // A person named without a link where the article links them elsewhere is that page's person.
  for (const name of [...index.persons.keys()]) {
    const alias = index.aliases.get(name);
    if (!alias) continue;
    index.persons.set(name, alias.entity);
    if (alias.entity.startsWith('page:')) index.personTargets.add(alias.entity.slice(5));
    index.aliases.delete(name);
  }
  for (const alias of index.aliases.values()) {
    if (alias.entity.startsWith('page:') && index.personTargets.has(alias.entity.slice(5))) alias.types = ['Person'];
  }
  return index;
}

/** Text positions where a wikilink starts and ends in a sentence. */
function linkBounds(sentence: Sentence): { starts: Set<number>; ends: Set<number> } {
  const links = sentence.mentions.filter((m) => m.kind === 'link');
  return { starts: new Set(links.map((m) => m.plainStart)), ends: new Set(links.map((m) => m.plainEnd)) };
}

/** Where a parenthetical gloss (`（副部長）`) starting at `i` ends, else `i`. */
export function skipGloss(text: string, i: number, maxLength = 24): number {
  if (text[i] !== '（' && text[i] !== '(') return i;
  const close = text.indexOf(text[i] === '（' ? '）' : ')', i);
  return close > i && close - i <= maxLength ? close + 1 : i;
}

/**
 * People after an office title (`長官[[王某]]`, `副會長李大同`, `首任局長為張小明`) or a person noun
 * (`遊客李小華`). A link there is a person; an unlinked name must have a person's shape.
 */
function findPeople(sentence: Sentence, index: NameIndex, isPersonName: (name: string) => boolean): void {
  const text = sentence.text;
  const { starts } = linkBounds(sentence);
  const linkAt = new Map(sentence.mentions.filter((m) => m.kind === 'link' && m.target).map((m) => [m.plainStart, m]));
  const consider = (j: number, givenLengths: readonly number[] = [2, 1]) => {
    j = skipGloss(text, j);
    const link = linkAt.get(j);
    if (link) {
      const target = link.target!;
      if (isPersonLike(target, 6)) index.personTargets.add(target);
      return;
    }
    const length = personNameAt(text, j, starts, givenLengths);
    // A state's or a body's name is no person's, whatever its first character (`韓國`).
    if (length > 0 && !isPersonName(text.slice(j, j + length))) return;
    // A common word (`申請`, `畢業`) is no name, nor a stretch that cuts a word in two.
    if (length > 0 && !isPersonSpan(wordsOf(sentence), j, j + length)) return;
    if (length > 0) {
      const name = text.slice(j, j + length);
      index.persons.set(name, entityKey.name(name));
    }
  };
  // A title inside a name (`某組織秘書長`, bold or linked) is part of that name, not a title before a person.
  const named = sentence.mentions.filter((m) => m.kind === 'link' || m.kind === 'bold');
  const insideName = (i: number) => named.some((m) => m.plainStart <= i && i < m.plainEnd);
  for (let i = 0; i < text.length; i++) {
    if (!isHan(text[i])) continue;
    const t = titleAt(text, i);
    if (t > 0 && insideName(i)) continue;
    if (t > 0) {
      const j = i + t;
      consider(j);
      const copula = wordList('zh', 'COPULA').find((c) => text.startsWith(c, j));
      if (copula) consider(j + copula.length);
      continue;
    }
    // After a person noun (`民眾關心`) only a full name is one: a surname and two characters.
    if (personNounEndingAt(text, i)) consider(i, [2]);
  }
  // `由[[X]]出任首任董事長`, `[[X]]與Y任副董事長`: who takes a post is a person.
  for (const verb of wordList('zh', 'TAKES')) {
    for (let at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + 1)) {
      if (titleAt(text, at + verb.length) === 0) continue;
      let end = at;
      const adverb = ['並', '并', '亦', '也'].find((w) => text.slice(0, end).endsWith(w));
      if (adverb) end -= adverb.length;
      for (let round = 0; round < 2; round++) {
        const link = sentence.mentions.find((m) => m.kind === 'link' && m.plainEnd === end && m.target);
        let start: number | undefined;
        if (link) {
          if (isPersonLike(link.target!)) index.personTargets.add(link.target!);
          start = link.plainStart;
        } else {
          for (const n of [3, 2, 4]) {
            if (end - n >= 0 && personNameAt(text, end - n, starts) === n && isPersonSpan(wordsOf(sentence), end - n, end)) {
              const name = text.slice(end - n, end);
              index.persons.set(name, entityKey.name(name));
              start = end - n;
              break;
            }
          }
        }
        if (start === undefined) break;
        const joiner = ['與', '与', '和'].find((w) => text.slice(0, start).endsWith(w));
        if (!joiner) break;
        end = start! - joiner.length;
      }
    }
  }
}

/** `[[X]]（原某處主任）`: a link glossed with a post is a person. */
function findGlossedPeople(sentence: Sentence, index: NameIndex): void {
  for (const link of sentence.mentions.filter((m) => m.kind === 'link' && m.target)) {
    const gloss = /^（([^（）]{2,24})）/.exec(sentence.text.slice(link.plainEnd));
    if (!gloss) continue;
    const inner = gloss[1];
    if (titleEndingAt(inner, inner.length) !== undefined && isPersonLike(link.target!, 6)) index.personTargets.add(link.target!);
  }
}

/**
 * `[[A]]與[[B]]` where both pages have a full person's name (a surname and a two-character given name, or a
 * dotted foreign name): two people named together, as the participants of a meeting are.
 */
function findPairsOfPeople(sentence: Sentence, index: NameIndex): void {
  const links = sentence.mentions.filter((m) => m.kind === 'link' && m.target).sort((a, b) => a.plainStart - b.plainStart);
  const fullName = (target: string) => isDottedName(target) || [...target].length === 3 && isPersonLike(target);
  for (let i = 0; i + 1 < links.length; i++) {
    const [a, b] = [links[i], links[i + 1]];
    const between = sentence.text.slice(a.plainEnd, b.plainStart);
    if (!['與', '与', '和', '及', '同'].includes(between)) continue;
    if (fullName(a.target!) && fullName(b.target!)) {
      index.personTargets.add(a.target!);
      index.personTargets.add(b.target!);
    }
  }
}

/**
 * Whether a linked page standing where a person's name stands has a person's name: a dotted foreign
 * name, or a surname and a given name (two to four characters in all) that no long ending makes a body.
 */
function isPersonLike(target: string, maxLength = 4): boolean {
  if (isDottedName(target)) return true;
  const chars = [...target];
  if (chars.length < 2 || chars.length > maxLength || !chars.every((c) => isHan(c))) return false;
  // `[[社会学]]和[[新闻学]]`: a word of the language (a discipline, a thing, a verb) is nobody's name.
  if (isCommonWord(target)) return false;
  if (doctrineEndings.some((e) => target.endsWith(e))) return false;
  if (chars.length > 4 && (classifyName(target).length > 0 || organizationEnding(target))) return false;
  const types = classifyName(target);
  if (types.some((t) => t === 'Country' || t === 'Place' || t === 'Document' || t === 'Declaration' || t === 'Event' || t === 'Summit')) return false;
  const ending = organizationEnding(target);
  // A surname lets a one-character ending pass (`王建軍`); without one, any ending makes a body.
  return ending === undefined || hasSurname(target) && ending.length < 2;
}

/**
 * Organisations named without a link where their bounds are clear: right before an office title
 * followed by a person (`與某和平協會會長李大同`), after `所屬的`, and at the start of a
 * clause that says it was founded or opened (`，甲國駐乙國代表處在某市開館`). A candidate
 * that directly follows a link is a unit of that body (`[[黨]]統一戰線部部長`), not a body of its own.
 */
function findOrganizations(sentence: Sentence, index: NameIndex): void {
  const text = sentence.text;
  const { starts, ends } = linkBounds(sentence);
  const add = (start: number, end: number) => {
    if (ends.has(start)) return;
    // `前某院院長`: the modifier belongs to the post, not to the body.
    const modifier = /^(?:前|原|時任|时任|現任|现任|新任|首任|第一)/.exec(text.slice(start, end))?.[0];
    if (modifier) start += modifier.length;
    if (end - start < 3) return;
    // Never from inside a word, a particle or a verb (`創辦了中國大學`).
    const ending = organizationEnding(text.slice(start, end));
    const trimmed = ending ? organizationStart(wordsOf(sentence), start, end, ending.length) : undefined;
    if (trimmed === undefined) return;
    start = trimmed;
    const name = text.slice(start, end);
    index.organizations.set(name, entityKey.name(name));
  };
  for (let i = 1; i < text.length; i++) {
    const t = titleAt(text, i);
    if (t === 0) continue;
    const j = skipGloss(text, i + t);
    if (!starts.has(j) && personNameAt(text, j, starts) === 0) continue;
    const start = organizationNameEndingAt(text, i, ends);
    if (start !== undefined) add(start, i);
    else if (t > 1) {
      // `某國外交部長X`: the body ends with the title's first character (部 + 長).
      const split = organizationNameEndingAt(text, i + 1, ends);
      if (split !== undefined) add(split, i + 1);
    }
  }
  // `ORG的負責人為X`: the body before `的` and a post held by a person.
  for (let i = 2; i < text.length; i++) {
    if (text[i - 1] !== '的' || titleAt(text, i) === 0) continue;
    const j = skipGloss(text, i + titleAt(text, i));
    const k = wordList('zh', 'COPULA').find((c) => text.startsWith(c, j)) ? j + 1 : j;
    if (!starts.has(k) && personNameAt(text, k, starts) === 0) continue;
    const start = organizationNameEndingAt(text, i - 1, ends);
    if (start !== undefined) add(start, i - 1);
  }
  // `[[X]]（原ORG主任）`: a post in a gloss after a person.
  for (const link of sentence.mentions.filter((m) => m.kind === 'link')) {
    const gloss = /^（(?:原|前|時任|时任|現任|现任)?([^（）]{3,24})）/.exec(text.slice(link.plainEnd));
    if (!gloss) continue;
    const inner = gloss[1];
    for (let i = 2; i < inner.length; i++) {
      if (titleAt(inner, i) !== inner.length - i) continue;
      const start = organizationNameEndingAt(inner, i);
      if (start === 0) add(link.plainEnd + gloss[0].length - 1 - inner.length, link.plainEnd + gloss[0].length - 1 - inner.length + i);
      break;
    }
  }
  for (const word of ['BELONGS', 'RENAME', 'FOUND', 'OPEN'].flatMap((c) => wordList('zh', c))) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const start = at + word.length;
      if (starts.has(start)) continue;
      const end = organizationNameStartingAt(text, start, starts);
      if (end !== undefined) add(start, end);
    }
  }
  const CLAUSE = /[^，。；：]+/g;
  const LEADING_DATE = /^(?:同年|翌年|當年|当年)?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:[上下]午|晚間|晚间|傍晚|清晨)?/;
  const verbs = ['FOUND', 'OPEN', 'LOCATED'].flatMap((c) => wordList('zh', c));
  for (const clause of text.matchAll(CLAUSE)) {
    const body = clause[0];
    if (!verbs.some((v) => body.includes(v))) continue;
    const offset = clause.index! + (LEADING_DATE.exec(body)?.[0].length ?? 0);
    for (let end = offset + 3; end <= Math.min(clause.index! + body.length, offset + 24); end++) {
      if (organizationNameEndingAt(text, end, ends) !== offset) continue;
      const next = text[skipGloss(text, end, 160)];
      if (next !== undefined && '在於于自正並并則则也亦隨随'.includes(next)) add(offset, end);
      break;
    }
  }
}
