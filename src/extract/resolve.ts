import type { Sentence } from '../parse/model';
import { entityKey, type EntityKey, type EntityType } from './fact';
import { classifyName, isListPage } from './classify';
import type { ArticleKnowledge } from './knowledge';
import { blockedContinuations, insideOtherWord, pairReferences, sideSuffixes } from './lexicon/countries';
import { wordList } from './matcher/load';
import { titleAt } from './names';
import { NameFinder } from './text/nameFinder';
import { NAME_TAGS, wordsOf } from './text/segmenter';
import type { Token } from './view';

/**
 * Finds the tokens of a sentence: every stretch of its plain text that names an entity. Candidates from
 * all sources are collected, then the best non-overlapping set is kept (earlier source wins a tie, then
 * the longer stretch).
 */
export function resolveTokens(sentence: Sentence, knowledge: ArticleKnowledge, pair: EntityKey[], pageClass?: (title: string) => EntityType[]): Token[] {
  const candidates = [
    ...linkTokens(sentence, knowledge, pageClass),
    ...boldTokens(sentence, knowledge),
    ...sideTokens(sentence, knowledge),
    ...nameTokens(sentence.text, knowledge.subjectNames, [knowledge.subject], 'subject'),
    ...countryTokens(sentence.text, knowledge),
    ...pairTokens(sentence.text, pair),
    ...anaphoraTokens(sentence, knowledge),
    ...finderTokens(sentence.text, knowledge.derivedPlaces, 'place', () => ['Place']),
    ...titleQuotedTokens(sentence),
    ...indexedNameTokens(sentence.text, knowledge, pageClass),
  ];
  return chooseNonOverlapping(withoutTokensInsideWords(withoutTokensInsideTitles(candidates, sentence), sentence, knowledge));
}

/**
 * Names found by matching known strings anywhere in the text, or by an ending: they must not cut a word.
 * (People after titles are found by their own bounds.)
 */
const MATCHED = new Set(['subject', 'alias', 'gazetteer', 'side', 'place', 'organization']);

/**
 * In Chinese, a name matched in running text must not start or end inside a common word the segmenter
 * reads there (`信息` in `信息论`, `哲学` in `分析哲学`): the text names something else. Markup (links, bold,
 * quotes) says where a name is, so only matched names are checked.
 */
function withoutTokensInsideWords(candidates: Token[], sentence: Sentence, knowledge: ArticleKnowledge): Token[] {
  if (knowledge.lang !== 'zh' || !candidates.some((t) => MATCHED.has(t.via))) return candidates;
  const words = wordsOf(sentence).words;
  // A proper name the segmenter knows as one word (`某某党中央委员会`) may hold another name; a common word may not.
  const cuts = (i: number) => words.some((w) => w.start < i && i < w.end && w.end - w.start >= 2 && w.tag !== 'x' && !NAME_TAGS.has(w.tag));
  // `海洋協會|會長`: the segmenter's `協會會長` may be cut where a title follows the name.
  return candidates.filter((t) => !MATCHED.has(t.via) || !(cuts(t.plainStart) || (cuts(t.plainEnd) && titleAt(sentence.text, t.plainEnd) === 0)));
}

/**
 * Wikilinks. A link is typed, in this order, by the gazetteer, by being the definition's class noun, by
 * the class its page gives itself (when the build read that page), by a title before the person, and last
 * by its name's ending, which is only a hint (`confirmed` holds the others).
 */
function linkTokens(sentence: Sentence, knowledge: ArticleKnowledge, pageClass?: (title: string) => EntityType[]): Token[] {
  const titles = sentence.mentions.filter((m) => m.kind === 'title-quoted');
  return sentence.mentions
    // `[[List of members of X|X]]`: a list page stands for no thing a fact could be about.
    .filter((m) => m.kind === 'link' && m.target && !isListPage(m.target))
    .map((m) => {
      const target = m.target!;
      const country = knowledge.countryByName.get(target);
      const isSubject = target === knowledge.subjectNames[0];
      const entity = isSubject ? knowledge.subject : country ?? entityKey.page(target);
      const token = { plainStart: m.plainStart, plainEnd: m.plainEnd, text: m.text, entities: [entity], via: 'link', mention: m };
      if (country) return { ...token, types: ['Country'], confirmed: ['Country'] };
      // The class noun of the definition names a kind of thing, whatever its ending suggests.
      if (m.text === knowledge.classNoun) return { ...token, types: ['Topic'] };
      const own = isSubject ? [] : pageClass?.(target) ?? [];
      if (own.length > 0) return { ...token, types: own, confirmed: own };
      if (knowledge.names.personTargets.has(target)) return { ...token, types: ['Person'], confirmed: ['Person'] };
      const types = classifyName(target);
      // `《[[X]]》`: what the title marks enclose is a work, a document in this genre.
      if (types.length === 0 && titles.some((q) => q.plainStart === m.plainStart && q.plainEnd === m.plainEnd)) return { ...token, types: ['Document'], confirmed: ['Document'] };
      return { ...token, types };
    });
}

function boldTokens(sentence: Sentence, knowledge: ArticleKnowledge): Token[] {
  return sentence.mentions
    .filter((m) => m.kind === 'bold')
    .map((m) => ({ plainStart: m.plainStart, plainEnd: m.plainEnd, text: m.text, entities: [knowledge.subject], types: [], via: 'subject', mention: m }));
}

/** Every occurrence of any of `names` in `text`. */
function nameTokens(text: string, names: string[], entities: EntityKey[], via: string, types: EntityType[] = []): Token[] {
  const found: Token[] = [];
  for (const name of names) {
    if (name.length === 0) continue;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      found.push({ plainStart: i, plainEnd: i + name.length, text: name, entities, types, via });
    }
  }
  return found;
}

function countryTokens(text: string, knowledge: ArticleKnowledge): Token[] {
  const found: Token[] = [];
  for (const t of finderTokens(text, knowledge.countryByName, 'gazetteer', () => ['Country'])) {
    // `蘇丹` counts only as a link (a sultan otherwise); `馬里` inside `馬里蘭` is no mention of Mali.
    if (knowledge.countryLinkOnly.has(t.text) || insideOtherWord(text, t.plainStart, t.text)) continue;
    // `彼得·摩納哥`: after the dot of a transliterated name, a state's name is a person's family name.
    if (/[\u3400-\u9FFF][·•‧]$/.test(text.slice(0, t.plainStart))) continue;
    const after = text.slice(t.plainEnd);
    if (blockedContinuations.some((b) => after.startsWith(b))) continue;
    const side = sideSuffixes.afterName.find((s) => after.startsWith(s));
    found.push(side ? { ...t, plainEnd: t.plainEnd + side.length, text: t.text + side, via: 'side' } : t);
  }
  return found;
}

/** Characters after which a one-character state abbreviation can start a side expression (`而日方`). */
const SIDE_PRECEDERS = new Set('的和與与及由而則则為为但讓让令使對对向在是將将了後后時时日月，。、；：「」（）《》 '.split(''));

/** Words that may follow a side expression (`中方主任`, `日方部分職員`), which confirm it is one. */
let sideFollowers: string[] | undefined;
const SIDE_FOLLOWERS = (): string[] => (sideFollowers ??= ['的', '代表', '人士', ...['ROLE', 'STAFF', 'PARTIAL'].flatMap((c) => wordList('zh', c))]);

function sideTokens(sentence: Sentence, knowledge: ArticleKnowledge): Token[] {
  const found: Token[] = [];
  const text = sentence.text;
  for (const [abbr, key] of knowledge.countryByAbbreviation) {
    for (const suffix of sideSuffixes.afterAbbreviation) {
      const word = abbr + suffix;
      for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
        const confirmed = i === 0 || SIDE_PRECEDERS.has(text[i - 1]) || SIDE_FOLLOWERS().some((f) => text.startsWith(f, i + word.length));
        if (!confirmed) continue;
        found.push({ plainStart: i, plainEnd: i + word.length, text: word, entities: [key], types: ['Country'], confirmed: ['Country'], via: 'side' });
      }
    }
  }
  return found;
}

function pairTokens(text: string, pair: EntityKey[]): Token[] {
  return pair.length === 2 ? nameTokens(text, pairReferences, pair, 'pair', ['Country']).map((t) => ({ ...t, confirmed: ['Country'] })) : [];
}

function anaphoraTokens(sentence: Sentence, knowledge: ArticleKnowledge): Token[] {
  if (!knowledge.classNoun) return [];
  return nameTokens(sentence.text, [knowledge.classNoun], [knowledge.subject], 'anaphora');
}

function titleQuotedTokens(sentence: Sentence): Token[] {
  return sentence.mentions
    .filter((m) => m.kind === 'title-quoted' && m.text.length > 0)
    .map((m) => {
      const types = classifyName(m.text);
      return {
        plainStart: m.plainStart, plainEnd: m.plainEnd, text: m.text, entities: [entityKey.name(m.text)],
        types: types.length > 0 ? types : (['Document'] as EntityType[]), via: 'quoted', mention: m,
        ...(types.length > 0 ? {} : { confirmed: ['Document'] as EntityType[] }),
      };
    });
}

/**
 * Names the article itself established (`nameIndex.ts`): short forms of linked pages, people after
 * titles, organisations in clear bounds. A name that is an office title is never one (`[[國務委員]]`).
 */
interface PreparedAliases {
  list: Array<{ name: string; entity: EntityKey; types: EntityType[]; target: string }>;
  finder: NameFinder;
}

/** The aliases worth looking for in every sentence, and their finder, prepared once per article. */
const preparedAliases = new WeakMap<ArticleKnowledge, PreparedAliases>();

function aliasesOf(knowledge: ArticleKnowledge): PreparedAliases {
  let prepared = preparedAliases.get(knowledge);
  if (!prepared) {
    const list: PreparedAliases['list'] = [];
    for (const [name, { entity, types }] of knowledge.names.aliases) {
      // States are read by the gazetteer, which also knows their side expressions (`日本方面`).
      if (titleAt(name, 0) === name.length || types.includes('Country')) continue;
      list.push({ name, entity, types, target: entity.slice(entity.indexOf(':') + 1) });
    }
    prepared = { list, finder: new NameFinder(list.map((a) => a.name)) };
    preparedAliases.set(knowledge, prepared);
  }
  return prepared;
}

function indexedNameTokens(text: string, knowledge: ArticleKnowledge, pageClass?: (title: string) => EntityType[]): Token[] {
  const { persons, organizations } = knowledge.names;
  const found: Token[] = [];
  const aliases = aliasesOf(knowledge);
  for (const { index, start } of aliases.finder.find(text)) {
    const { name, entity, types, target } = aliases.list[index];
    // `中華民國外交部` is not the `外交部` a link gave for another state's ministry.
    const state = stateEndingAt(text, start, knowledge);
    if (state && !statesIn(target, knowledge).has(state)) continue;
    const own = pageClass?.(target) ?? [];
    found.push(own.length > 0
      ? { plainStart: start, plainEnd: start + name.length, text: name, entities: [entity], types: own, confirmed: own, via: 'alias' }
      : { plainStart: start, plainEnd: start + name.length, text: name, entities: [entity], types, ...(types.includes('Person') ? { confirmed: ['Person'] as EntityType[] } : {}), via: 'alias' });
  }
  found.push(...finderTokens(text, persons, 'person', () => ['Person']));
  // A name found in clear bounds is an organisation; which kind, its ending only suggests.
  found.push(...finderTokens(text, organizations, 'organization', (name) => {
    const types = classifyName(name);
    return types.length > 0 ? types : ['Organization'];
  }, false));
  return found;
}

/** Finders made once per map of names (remade if it has grown or shrunk since). */
const finders = new WeakMap<ReadonlyMap<string, EntityKey>, NameFinder>();

/** `nameTokens` for every name of `names` (a map that no longer changes) at once. */
function finderTokens(text: string, names: ReadonlyMap<string, EntityKey>, via: string, typesOf: (name: string) => EntityType[], confirmed = true): Token[] {
  let finder = finders.get(names);
  if (!finder || finder.names.length !== names.size) finders.set(names, (finder = new NameFinder([...names.keys()])));
  const found: Token[] = [];
  let types: { index: number; types: EntityType[] } | undefined;
  for (const { index, start } of finder.find(text)) {
    const name = finder.names[index];
    if (types?.index !== index) types = { index, types: typesOf(name) };
    found.push({ plainStart: start, plainEnd: start + name.length, text: name, entities: [names.get(name)!], types: types.types, ...(confirmed ? { confirmed: types.types } : {}), via });
  }
  return found;
}

/** The longest name of a state, per article's names (the names end-matched below are at most this long). */
const longestStateName = new WeakMap<ArticleKnowledge, number>();

/** The state whose name ends right before `at` (`中華民國|外交部`), if any: the longest such name's. */
function stateEndingAt(text: string, at: number, knowledge: ArticleKnowledge): EntityKey | undefined {
  let longest = longestStateName.get(knowledge);
  if (longest === undefined) {
    longest = Math.max(0, ...[...knowledge.countryByName.keys()].map((n) => n.length));
    longestStateName.set(knowledge, longest);
  }
  for (let length = Math.min(longest, at); length >= 1; length--) {
    const name = text.slice(at - length, at);
    const key = knowledge.countryByName.get(name);
    if (key !== undefined && !knowledge.countryLinkOnly.has(name)) return key;
  }
  return undefined;
}

/** The states named inside a page title, remembered per article (titles repeat). */
const statesInTitles = new WeakMap<ArticleKnowledge, Map<string, Set<EntityKey>>>();

function statesIn(title: string, knowledge: ArticleKnowledge): Set<EntityKey> {
  let known = statesInTitles.get(knowledge);
  if (!known) statesInTitles.set(knowledge, (known = new Map()));
  let found = known.get(title);
  if (!found) {
    found = new Set<EntityKey>();
    for (const [name, key] of knowledge.countryByName) if (title.includes(name)) found.add(key);
    known.set(title, found);
  }
  return found;
}

/** A quoted title (`《…協議》`) is one name: names inside it are not mentions of their own, links aside. */
function withoutTokensInsideTitles(candidates: Token[], sentence: Sentence): Token[] {
  const titles = sentence.mentions.filter((m) => m.kind === 'title-quoted');
  if (titles.length === 0) return candidates;
  return candidates.filter((t) => t.via === 'link' || t.via === 'quoted' || !titles.some((q) => q.plainStart <= t.plainStart && t.plainEnd <= q.plainEnd && (q.plainEnd - q.plainStart) > (t.plainEnd - t.plainStart)));
}

const PRIORITY = ['link', 'subject', 'alias', 'person', 'organization', 'side', 'gazetteer', 'pair', 'anaphora', 'place', 'quoted'];

function chooseNonOverlapping(candidates: Token[]): Token[] {
  const ranked = [...candidates].sort(
    (a, b) => PRIORITY.indexOf(a.via) - PRIORITY.indexOf(b.via) || (b.plainEnd - b.plainStart) - (a.plainEnd - a.plainStart) || a.plainStart - b.plainStart,
  );
  // Chosen tokens never overlap, so sorted by (start, end) their ends rise too: a candidate overlaps one
  // of them exactly when it overlaps the last one starting before its end. Binary search finds that one,
  // so a sentence with tens of thousands of candidates is not quadratic.
  const chosen: Token[] = [];
  const byPosition: Token[] = [];
  for (const t of ranked) {
    const before = byPosition[countWhile(byPosition, (c) => c.plainStart < t.plainEnd) - 1];
    if (before && t.plainStart < before.plainEnd && before.plainStart < t.plainEnd) continue;
    chosen.push(t);
    const at = countWhile(byPosition, (c) => c.plainStart < t.plainStart || (c.plainStart === t.plainStart && c.plainEnd < t.plainEnd));
    byPosition.splice(at, 0, t);
  }
  return chosen.sort((a, b) => a.plainStart - b.plainStart);
}

/** How many leading tokens of `sorted` satisfy `holds` (which must hold for a prefix only). */
function countWhile(sorted: Token[], holds: (t: Token) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (holds(sorted[middle])) low = middle + 1;
    else high = middle;
  }
  return low;
}
