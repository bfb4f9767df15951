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
  quads: readonly Quad[];
  factCount: number;
  diagnostics: Diagnostic[];
}

export interface BuildOptions {
  /** Base IRI for minted resources (default `https://w3id.org/wikikg/`). */
  base?: string;
  /** Also report wikiparser-node's lint errors as diagnostics (see `ParseOptions`). */
  lint?: boolean;
}

/**
 * Parses one article, extracts its facts and turns them into quads. Never throws: a bug met in one
 * article becomes an `internal-error` diagnostic on a build without facts or quads, so that one
 * article cannot stop a batch.
 */
export function buildArticle(source: ArticleSource, options: BuildOptions = {}): ArticleBuild {
  const parsed = parseArticle(source, { lint: options.lint === true });
  try {
    const facts = extractFacts(parsed);
    const quads = factsToQuads(parsed, facts, { base: options.base });
    return { source, parsed, facts, quads, factCount: facts.length, diagnostics: parsed.diagnostics };
  } catch (error) {
    const diagnostic = internalError(error);
    return { source, parsed, facts: [], quads: [], factCount: 0, diagnostics: [...parsed.diagnostics, diagnostic] };
  }
}

/** Whether the article's build failed inside wikikg (see `buildArticle`): its graph must not be written. */
export function buildFailed(build: ArticleBuild): boolean {
  return build.diagnostics.some((diagnostic) => diagnostic.code === INTERNAL_ERROR);
}

/** The diagnostic code of a failure inside wikikg rather than in the input. */
export const INTERNAL_ERROR = 'internal-error';

function internalError(error: unknown): Diagnostic {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { severity: 'error', code: INTERNAL_ERROR, line: 1, column: 1, message: `internal error (please report it): ${message.split('\n')[0]}` };
}

/** The article's graph as Turtle: prefixes, a stable order, the same bytes for the same input. */
export async function writeArticleTurtle(build: ArticleBuild): Promise<string> {
  return serialize(build.quads, 'ttl');
}
