import type { ParsedArticle } from '../parse/model';
import type { EntityKey } from './fact';
import { buildKnowledge, type ArticleKnowledge } from './knowledge';
import { resolveTokens } from './resolve';
import { isTraditional } from './text/chineseVariants';
import { SentenceView } from './view';

/**
 * Everything extractors share about one article, computed once: the resolved sentence views, the
 * subject, and the script the article is written in. Extractors read it and never change it.
 */
export interface ExtractionContext {
  article: ParsedArticle;
  knowledge: ArticleKnowledge;
  subject: EntityKey;
  /** BCP 47 tag of the article's prose: `zh-Hant` or `zh-Hans` for Chinese, else the wiki language. */
  script: string;
  views: SentenceView[];
}

/** Resolves every sentence of the article. */
export function createContext(article: ParsedArticle): ExtractionContext {
  const knowledge = buildKnowledge(article);
  const pair = leadCountryPair(article, knowledge);
  const views = article.sentences.map((s) => new SentenceView(s, resolveTokens(s, knowledge, pair)));
  return { article, knowledge, subject: knowledge.subject, script: scriptOf(article), views };
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
