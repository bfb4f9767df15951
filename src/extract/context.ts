import type { ParsedArticle } from '../parse/model';
import type { EntityKey, EntityType } from './fact';
import { classifyName } from './classify';
import { buildKnowledge, type ArticleKnowledge } from './knowledge';
import { resolveTokens } from './resolve';
import { isTraditional } from './text/chineseVariants';
import { withAnaphora } from './resolvers/anaphora';
import { dateTokens, statedDates } from './resolvers/dates';
import type { TopicContext } from './resolvers/topic';
import type { StatedDate } from './values/dateContext';
import { SentenceView, slotOf, type Token } from './view';
import { subjectTypes } from './types/pageClass';

/**
 * Everything extractors share about one article, computed once: the resolved sentence views, the
 * subject, and the script the article is written in. Extractors read it and never change it.
 */
export interface ExtractionContext {
  article: ParsedArticle;
  knowledge: ArticleKnowledge;
  subject: EntityKey;
  /** The subject's class as its own page gives it (infobox, definition, categories); empty when it does not. */
  subjectClass: EntityType[];
  /** BCP 47 tag of the article's prose: `zh-Hant` or `zh-Hans` for Chinese, else the wiki language. */
  script: string;
  views: SentenceView[];
  /** The same sentences with dates as mentions too, for the pattern rows (`patterns/{lang}/*.tsv`). */
  typedViews: SentenceView[];
  /** Every date of every sentence, resolved in context. */
  dates: StatedDate[][];
  /** What the clause-subject resolver reads. */
  topics: TopicContext;
  /** Where each sentence stands: in a list item or not, under which heading, under which definition term. */
  layout: SentenceLayout[];
}

export interface SentenceLayout {
  list: boolean;
  heading: string;
  /** The `;term` a list item stands under (the same section, no prose between), if any. */
  term?: string;
}

/** The class a page of the build gives itself, by title (empty when unknown). */
export type PageClassLookup = (title: string) => EntityType[];

/** Resolves every sentence of the article; `pageClass` types the links to pages the build knows. */
export function createContext(article: ParsedArticle, pageClass?: PageClassLookup): ExtractionContext {
  const knowledge = buildKnowledge(article);
  const pair = leadCountryPair(article, knowledge);
  // The subject's class from its own page, else what its title's ending suggests.
  const ownClass = subjectTypes(article);
  const subjectClass = ownClass.length > 0 ? ownClass : classifyName(article.source.title);
  const tokens = article.sentences.map((s) => resolveTokens(s, knowledge, pair, pageClass).map((t) => ofSubject(t, knowledge.subject, subjectClass)));
  const views = article.sentences.map((s, i) => new SentenceView(s, tokens[i]));
  const dates = statedDates(article);
  const referring = article.source.lang === 'zh' ? withAnaphora(article, tokens, { entity: knowledge.subject, types: subjectClass }) : tokens;
  const typedViews = article.sentences.map((s, i) => new SentenceView(s, withDates(referring[i], dateTokens(s.text, dates[i])), knowledge.subject));
  const topics: TopicContext = {
    views: typedViews,
    paragraphOf: (i) => article.sentences[i].paragraph,
    subject: knowledge.subject,
    subjectSlot: slotOf(subjectClass),
  };
  return { article, knowledge, subject: knowledge.subject, subjectClass: ownClass, script: scriptOf(article), views, typedViews, dates, topics, layout: layoutOf(article) };
}

/** Each sentence's place in the page's lists and sections. */
function layoutOf(article: ParsedArticle): SentenceLayout[] {
  const termOf = new Map<number, string>();
  let term: string | undefined;
  let section = -1;
  for (const p of article.paragraphs) {
    if (p.section !== section) [section, term] = [p.section, undefined];
    if (p.list?.marker === ';') term = article.sentences.filter((s) => s.paragraph === p.index).map((s) => s.text).join('').trim();
    else if (!p.list) term = undefined;
    else if (term) termOf.set(p.index, term);
  }
  return article.sentences.map((s) => ({
    list: article.paragraphs[s.paragraph]?.list !== undefined,
    heading: article.sections[s.section]?.heading ?? '',
    term: termOf.get(s.paragraph),
  }));
}

/** A mention of the subject is of the subject's class, which its page gives. */
function ofSubject(token: Token, subject: EntityKey, types: EntityType[]): Token {
  if (types.length === 0 || token.via === 'pair' || token.entities.length !== 1 || token.entities[0] !== subject) return token;
  return { ...token, types, confirmed: types };
}

/** Entity tokens and the date tokens that do not overlap one of them. */
function withDates(tokens: Token[], dates: Token[]): Token[] {
  const free = dates.filter((d) => !tokens.some((t) => t.plainStart < d.plainEnd && d.plainStart < t.plainEnd));
  return [...tokens, ...free];
}

/** The first two states the lead names, which `兩國`/`雙方` refer back to. */
function leadCountryPair(article: ParsedArticle, knowledge: ArticleKnowledge): EntityKey[] {
  const found: EntityKey[] = [];
  for (const s of article.sentences.filter((x) => x.section === 0)) {
    for (const t of resolveTokens(s, knowledge, [])) {
      if (!t.types.includes('Country')) continue;
      for (const e of t.entities) if (!found.includes(e)) found.push(e);
    }
  }
  return found.slice(0, 2);
}

function scriptOf(article: ParsedArticle): string {
  const lang = article.source.lang;
  if (lang !== 'zh') return lang;
  const prose = article.sentences.map((s) => s.text).join('');
  return isTraditional(prose) ? 'zh-Hant' : 'zh-Hans';
}

/**
 * Makes a function of the context compute once per article: for findings that several extractors
 * share (the role holdings, the opening date), so each extractor stays a pure function of the context.
 */
export function perArticle<T>(compute: (context: ExtractionContext) => T): (context: ExtractionContext) => T {
  const done = new WeakMap<ExtractionContext, T>();
  return (context) => {
    if (!done.has(context)) done.set(context, compute(context));
    return done.get(context)!;
  };
}
