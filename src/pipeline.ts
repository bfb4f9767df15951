import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { IriMinter } from './graph/iri';
import { DEFAULT_BASE, NS } from './graph/vocab';
import { serialize } from './export/serialize';
import { extractFacts } from './extract';
import { entityKey, type Fact } from './extract/fact';
import { factsToQuads } from './graph/toQuads';
import type { ArticleSource, Diagnostic, ParsedArticle } from './parse/model';
import { emptyArticle, parseArticle } from './parse/parseArticle';
import type { LinkCache } from './link/cache';
import { siteDiagnostics } from './site/diagnostics';
import type { SiteIndex } from './site/siteIndex';
import { indexSite as indexSiteOnly, type IndexSiteOptions } from './site/indexSite';
import { PAGE_FIELDS } from './site/scan';
import type { PlannedInput } from './source/readInputs';
import { indexedClass, PAGE_CLASS_FIELD } from './extract/types/pageClass';
import type { Shapes } from './validate';

/**
 * The one module that knows the order of the stages: source → parse → extract → graph → link →
 * validate → export, for each article, after the build's pre-pass over all of its inputs (`indexSite`:
 * the site index every article's graph and links are resolved against).
 * Every other module only knows its own stage and the models before it.
 */

export type { IndexSiteOptions } from './site/indexSite';

/**
 * The pre-pass of a build: every input (and the wiki tables given) read into the site index, with each
 * page's class (`PAGE_CLASS_FIELD`: what its infobox, categories and definition say it is), by which the
 * extract stage types the links that lead to it.
 */
export function indexSite(plan: readonly PlannedInput[], options: IndexSiteOptions = {}): Promise<SiteIndex> {
  return indexSiteOnly(plan, { ...options, fields: [...(options.fields ?? PAGE_FIELDS), PAGE_CLASS_FIELD] });
}

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
  /**
   * The build's site index (`indexSite`): links are named as the pages they lead to (script, case,
   * redirects), and the graph is linked from its items and language links. Without one, every title is
   * named by its canonical form.
   */
  site?: SiteIndex;
}

/**
 * Parses one article, extracts its facts and turns them into quads. Never throws: a bug met in one
 * article becomes an `internal-error` diagnostic on a build without facts or quads, so that one
 * article cannot stop a batch.
 */
export function buildArticle(source: ArticleSource, options: BuildOptions = {}): ArticleBuild {
  let parsed: ParsedArticle | undefined;
  try {
    parsed = parseArticle(source, { lint: options.lint === true });
    const site = options.site;
    const facts = extractFacts(parsed, site ? { pageClass: (title) => indexedClass(site, source.lang, title) } : {});
    const quads = factsToQuads(parsed, facts, { base: options.base, site: options.site });
    const diagnostics = options.site ? [...parsed.diagnostics, ...siteDiagnostics(source, options.site)] : parsed.diagnostics;
    return { source, parsed, facts, quads, factCount: facts.length, diagnostics };
  } catch (error) {
    const diagnostic = internalError(error);
    parsed ??= emptyArticle(source);
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

/** How `runArticle` takes one article to its output. */
export interface ArticleRunOptions extends BuildOptions {
  /** Serialisation of the article's graph: Turtle, or N-Quads in the article's named graph. */
  format: 'ttl' | 'nq';
  /** Add the links of this Wikidata link cache (offline). */
  linkCache?: LinkCache;
  /** Check the graph against these shapes; a graph that violates them is a failure and is not written. */
  shapes?: Shapes;
}

/**
 * What one article gave, as plain data (a worker thread sends it back whole): its graph serialised, the
 * counts, the diagnostics and whether it failed (then `data` is empty and nothing may be written).
 */
export interface ArticleResult {
  title: string;
  lang: string;
  revision?: string;
  origin?: string;
  /** The article's IRI: its named graph in N-Quads and in a triple store. */
  graph: string;
  factCount: number;
  tripleCount: number;
  diagnostics: Diagnostic[];
  /** Lines that say why a graph failed validation (at most `MAX_PROBLEM_LINES`, then a count). */
  problems: string[];
  failed: boolean;
  /**
   * Set when the article was not built, with why (`took longer than 30 s (--article-timeout)`): over
   * its budget in a worker thread (`batch/runner.ts`). Nothing is written, and it is not a failure.
   */
  skipped?: string;
  data: string;
}

const MAX_PROBLEM_LINES = 10;

/** Every stage for one article: build, link, validate, serialise. Never throws (see `buildArticle`). */
export async function runArticle(source: ArticleSource, options: ArticleRunOptions): Promise<ArticleResult> {
  const build = buildArticle(source, options);
  const problems: string[] = [];
  try {
    // The build's quads come sorted and marked so (`markCanonical`); a new list is made only when links add
    // quads, so that an article with none is not sorted again by the writer.
    if (options.linkCache && !buildFailed(build)) {
      const { linkFromCache } = await import('./link/linkGraph');
      const linked = linkFromCache(build.quads, options.linkCache).quads;
      if (linked.length > 0) build.quads = [...build.quads, ...linked];
    }
    if (options.site && !buildFailed(build)) {
      const linked = await siteLinks(build, options.site, options.base);
      if (linked.length > 0) build.quads = [...build.quads, ...linked];
    }
    if (options.shapes && !buildFailed(build)) problems.push(...(await validateBuild(build, options.shapes)));
  } catch (error) {
    build.diagnostics.push(internalError(error));
  }
  const graph = articleIri(build, options.base);
  const failed = buildFailed(build);
  let data = '';
  if (!failed) {
    try {
      data = options.format === 'nq' ? await serialize(build.quads.map((q) => inGraph(q, graph)), 'nq') : await serialize(build.quads, 'ttl');
    } catch (error) {
      build.diagnostics.push(internalError(error));
    }
  }
  return {
    title: source.title,
    lang: source.lang,
    ...(source.revision ? { revision: source.revision } : {}),
    ...(source.origin ? { origin: source.origin } : {}),
    graph,
    factCount: build.factCount,
    tripleCount: build.quads.length,
    diagnostics: build.diagnostics,
    problems,
    failed: buildFailed(build),
    data: buildFailed(build) ? '' : data,
  };
}

/** The links the site index gives a build (Wikidata items, other editions); none when it has neither. */
async function siteLinks(build: ArticleBuild, site: SiteIndex, base?: string): Promise<readonly Quad[]> {
  if (!site.hasLinks) return [];
  const { linkFromSite } = await import('./link/siteLinks');
  const minter = new IriMinter(build.source.lang, build.source.title, base, site);
  return linkFromSite(build.quads, site, (lang, title) => minter.entity(entityKey.pageIn(lang, title))).quads;
}

/** Validates a build; violations become an internal-error diagnostic and the lines that say what is wrong. */
export async function validateBuild(build: ArticleBuild, shapes: Shapes): Promise<string[]> {
  const { formatViolation, validateQuads } = await import('./validate');
  const report = await validateQuads(build.quads, shapes);
  if (report.conforms) return [];
  const errors = report.violations.filter((v) => v.severity === 'Violation');
  if (errors.length === 0) return [];
  const where = build.source.origin ?? build.source.title;
  const lines = errors.slice(0, MAX_PROBLEM_LINES).map((v) => `${where}: ${formatViolation(v, shapes.prefixes)}`);
  if (errors.length > MAX_PROBLEM_LINES) lines.push(`${where}: … and ${errors.length - MAX_PROBLEM_LINES} more`);
  const message = `internal error (please report it): the graph violates its shapes (${errors.length} violation${errors.length === 1 ? '' : 's'}); not written`;
  build.diagnostics.push({ severity: 'error', code: INTERNAL_ERROR, line: 1, column: 1, message });
  return lines;
}

/** The IRI of the article node (`<base>article/<lang>/<title>`), as the graph stage minted it. */
function articleIri(build: ArticleBuild, base = DEFAULT_BASE): string {
  const article = build.quads.find((q) => q.predicate.value === RDF_TYPE && q.object.value === WKG_ARTICLE);
  return article?.subject.value ?? new IriMinter(build.parsed.source.lang || 'und', build.parsed.source.title, base).article().value;
}

const RDF_TYPE = `${NS.rdf}type`;
const WKG_ARTICLE = `${NS.wkg}Article`;

function inGraph(quad: Quad, graph: string): Quad {
  return DataFactory.quad(quad.subject, quad.predicate, quad.object, DataFactory.namedNode(graph));
}
