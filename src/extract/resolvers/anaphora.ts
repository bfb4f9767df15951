import type { ParsedArticle } from '../../parse/model';
import { classifyName } from '../classify';
import type { EntityKey, EntityType } from '../fact';
import { nameSuffixes } from '../lexicon/organizations';
import { wordsOf } from '../text/segmenter';
import { tokenSlot, type Token } from '../view';

/**
 * Words that refer back: a bare class word (`宣言`, `條約`, `會談`) names the last thing of that kind the
 * text named (this sentence before it, the three before, or the lead); `兩人` names the last two people
 * the text named together (`A與B`). Each becomes a mention of what it refers to, so patterns read
 * `兩人簽署宣言` as they read `[[A]]與[[B]]簽署《[[X宣言]]》`.
 */

/** Class words of documents and events, longest first. */
const CLASS_WORDS = [...new Set(nameSuffixes
  .filter((r) => r.types.some((t) => t === 'Document' || t === 'Declaration' || t === 'Event' || t === 'Summit'))
  .map((r) => r.suffix))].sort((a, b) => b.length - a.length);

/** Kinds too general for a quoted term to be the subject by its kind alone. */
const GENERIC: EntityType[] = ['Organization', 'GovernmentOrganization', 'Place', 'Event', 'Document'];
const TWO_PEOPLE = ['兩人', '两人', '二人', '兩位領導人', '两位领导人', '雙方', '双方'];
const JOINERS = ['與', '与', '和', '及', '同'];
/** How far back (in sentences) an antecedent may be, the lead aside. */
const REACH = 3;

function overlaps(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens.some((t) => t.plainStart < end && start < t.plainEnd);
}

function nameOf(entity: EntityKey): string {
  return entity.slice(entity.indexOf(':') + 1);
}

/** Adds the referring mentions to each sentence's tokens (a new array per sentence). */
export function withAnaphora(article: ParsedArticle, tokens: readonly Token[][], subject: { entity: EntityKey; types: EntityType[] }): Token[][] {
  // `「某某聯絡處」` in an article about a liaison office: a quoted term of the subject's own specific kind is the subject.
  const subjectKind = classifyName(article.source.title)[0];
  const result: Token[][] = [];
  // The pair `兩人` refers to: the last named in this paragraph, else the lead's.
  let lastPair: EntityKey[] | undefined;
  let leadPair: EntityKey[] | undefined;
  let paragraph = -1;
  article.sentences.forEach((sentence, i) => {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      lastPair = leadPair;
    }
    const own = [...tokens[i]];
    const text = sentence.text;
    const words = /[\u3400-\u9FFF]/.test(text) ? wordsOf(sentence) : undefined;
    const added: Token[] = [];
    // Bare class words.
    if (words) {
      for (const word of CLASS_WORDS) {
        for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
          const end = at + word.length;
          if (overlaps(own, at, end) || overlaps(added, at, end)) continue;
          // A whole word, not the end of a longer name (`南北共同宣言` unlinked).
          if (!words.isBoundary(at) || !(words.wordAt(end) || end === text.length) || words.wordEndingAt(end)?.start !== at) continue;
          // `兩國間的會議`, `會議記錄`: a word modified or modifying is a kind, not a reference.
          if ((at > 0 && '的之'.includes(text[at - 1])) || /^(?:n|vn|nz)/.test(words.wordAt(end)?.tag ?? '')) continue;
          const antecedent = findAntecedent(article, tokens, i, at, word);
          if (antecedent) added.push({ plainStart: at, plainEnd: end, text: word, entities: antecedent.entities, types: antecedent.types, confirmed: antecedent.confirmed, via: 'class-anaphora' });
        }
      }
    }
    for (const m of sentence.mentions) {
      if (m.kind !== 'quoted' || !subjectKind || overlaps(own, m.plainStart, m.plainEnd)) continue;
      if (classifyName(m.text)[0] === subjectKind && GENERIC.every((g) => g !== subjectKind)) {
        added.push({ plainStart: m.plainStart, plainEnd: m.plainEnd, text: m.text, entities: [subject.entity], types: subject.types, confirmed: subject.types, via: 'quoted-subject' });
      }
    }
    // `兩人`: the last two people named together.
    for (const word of TWO_PEOPLE) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if (!lastPair || overlaps(own, at, at + word.length) || overlaps(added, at, at + word.length)) continue;
        added.push({ plainStart: at, plainEnd: at + word.length, text: word, entities: lastPair, types: ['Person'], confirmed: ['Person'], via: 'pair-people' });
      }
    }
    const all = [...own, ...added].sort((a, b) => a.plainStart - b.plainStart);
    const people = all.filter((t) => t.entities.length === 1 && tokenSlot(t) === 'PER');
    // `A與B`, `[[甲國]]總統A與[[乙國]]總理B`: two people joined in one clause, posts between them aside.
    for (let k = 0; k + 1 < people.length; k++) {
      const between = text.slice(people[k].plainEnd, people[k + 1].plainStart);
      if (/[，。；：]/.test(between) || !JOINERS.some((j) => between.startsWith(j))) continue;
      if (people[k].entities[0] === people[k + 1].entities[0]) continue;
      lastPair = [people[k].entities[0], people[k + 1].entities[0]];
      if (sentence.section === 0 && !leadPair) leadPair = lastPair;
    }
    result.push(all);
  });
  return result;
}

/** The last document or event named with `word` before sentence `i`, position `at`. */
function findAntecedent(article: ParsedArticle, tokens: readonly Token[][], i: number, at: number, word: string): Token | undefined {
  for (let s = i; s >= 0; s--) {
    if (s < i - REACH && article.sentences[s].section !== 0) continue;
    const candidates = tokens[s].filter((t) => (s < i || t.plainEnd <= at) && t.entities.length === 1);
    for (let k = candidates.length - 1; k >= 0; k--) {
      const t = candidates[k];
      const slot = tokenSlot(t);
      if ((slot === 'DOC' || slot === 'EVENT') && (t.text.endsWith(word) || nameOf(t.entities[0]).endsWith(word))) return t;
    }
  }
  return undefined;
}
