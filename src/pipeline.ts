import type { Quad } from '@rdfjs/types';
import { serialize } from './export/serialize';
import { extractFacts } from './extract';
import type { Fact } from './extract/fact';
import { factsToQuads } from './graph/toQuads';
import type { ArticleSource, Diagnostic, ParsedArticle } from './parse/model';
import { parseArticle } from './parse/parseArticle';

/**
 * The one module that knows the order of the stages: source → parse → extract → graph → export.
 * Every other module only knows its own stage and the models before it.
 */

/** What building one article gives. */
export interface ArticleBuild {
  source: ArticleSource;
  parsed: ParsedArticle;
  facts: Fact[];
  quads: Quad[];
  factCount: number;
  diagnostics: Diagnostic[];
}

export interface BuildOptions {
  /** Base IRI for minted resources (default `https://w3id.org/wikikg/`). */
  base?: string;
}

/** Parses one article, extracts its facts and turns them into quads. */
export function buildArticle(source: ArticleSource, options: BuildOptions = {}): ArticleBuild {
  const parsed = parseArticle(source);
  const facts = extractFacts(parsed);
  const quads = factsToQuads(parsed, facts, { base: options.base });
  return { source, parsed, facts, quads, factCount: facts.length, diagnostics: parsed.diagnostics };
}

/** The article's graph as Turtle: prefixes, a stable order, the same bytes for the same input. */
export async function writeArticleTurtle(build: ArticleBuild): Promise<string> {
  return serialize(build.quads, 'ttl');
}
