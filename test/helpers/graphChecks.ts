/**
 * What every article's graph must satisfy, whatever the input: it builds without a crash, its Turtle
 * reads back as the same graph, every IRI is a well-formed absolute IRI and every language tag is
 * well-formed. The deep checks add the other two parsers (rdflib, oxigraph) and the SHACL shapes,
 * which cost as much as the build itself on large pages. Each check returns
 * problems as lines naming the article, so a failing batch test says which articles broke and how.
 */
import type { Quad, Term } from '@rdfjs/types';
import { parseRdf, serialize } from '../../src/export/serialize';
import { parseWithRdflib } from '../../src/export/rdflib';
import { isomorphic } from '../../src/graph/isomorphism';
import type { ArticleSource } from '../../src/parse/model';
import { buildArticle, type ArticleBuild } from '../../src/pipeline';
import { parseWithOxigraph } from '../../src/store/oxigraph';
import { formatViolation, validateQuads } from '../../src/validate';

/** Diagnostic codes that mean wikikg, not the input, failed. */
const FAILURE_CODES = new Set(['internal-error']);

/** Characters RFC 3987 forbids anywhere in an IRI: controls, space, `<>"{}|\^\``, specials, lone surrogates. */
const IRI_FORBIDDEN = /[\u0000-\u0020<>"{}|\\^`\u007f-\u009f\uFDD0-\uFDEF\uFFF0-\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `iri` is not a well-formed absolute IRI, or undefined when it is. */
export function iriProblem(iri: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(iri)) return 'has no scheme';
  if (IRI_FORBIDDEN.test(iri)) return 'holds a character IRIs forbid';
  if (/%(?![0-9A-Fa-f]{2})/.test(iri)) return 'holds a % that is not a percent-escape';
  if ((iri.match(/#/g) ?? []).length > 1) return 'holds more than one #';
  if (/[[\]]/.test(iri.replace(/^[a-z][a-z0-9+.-]*:\/\/\[[0-9a-f:.]+\]/i, ''))) return 'holds [ or ] outside an IP address host';
  return undefined;
}

/** Problems with the terms of `quads`: bad IRIs and bad language tags, each reported once. */
export function termProblems(quads: readonly Quad[]): string[] {
  const problems = new Set<string>();
  const visit = (term: Term): void => {
    if (term.termType === 'NamedNode') {
      const problem = iriProblem(term.value);
      if (problem) problems.add(`IRI <${term.value}> ${problem}`);
    } else if (term.termType === 'Literal' && term.language && !/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(term.language)) {
      problems.add(`language tag @${term.language} is malformed`);
    }
  };
  for (const quad of quads) [quad.subject, quad.predicate, quad.object, quad.graph].forEach(visit);
  return [...problems];
}

/** What checking one article found: the build (when it did not throw), its Turtle, and the problems. */
export interface ArticleCheck {
  build?: ArticleBuild;
  turtle?: string;
  problems: string[];
}

/** Builds `source` and checks its graph: no crash, a placed diagnostic, sound terms, Turtle n3 reads back. */
export async function checkArticle(source: ArticleSource): Promise<ArticleCheck> {
  const name = source.origin ?? source.title;
  let build: ArticleBuild;
  let turtle: string;
  try {
    build = buildArticle(source);
    turtle = await serialize(build.quads, 'ttl');
  } catch (error) {
    return { problems: [`${name}: threw ${String(error)}`] };
  }
  const problems = build.diagnostics
    .filter((d) => FAILURE_CODES.has(d.code) || !(d.line >= 1 && d.column >= 1))
    .map((d) => `${name}:${d.line}:${d.column}: ${d.code}: ${d.message}`);
  problems.push(...termProblems(build.quads).map((p) => `${name}: ${p}`));
  problems.push(...readBack(name, turtle, build.quads, 'n3', () => parseRdf(turtle, 'ttl')));
  return { build, turtle, problems };
}

/** The problems of reading `turtle` with rdflib and oxigraph, each compared with the built graph. */
export function crossParserProblems(name: string, turtle: string, quads: readonly Quad[]): string[] {
  return [
    ...readBack(name, turtle, quads, 'rdflib', () => parseWithRdflib(turtle, 'text/turtle', 'https://example.invalid/')),
    ...readBack(name, turtle, quads, 'oxigraph', () => parseWithOxigraph(turtle, 'text/turtle')),
  ];
}

function readBack(name: string, turtle: string, quads: readonly Quad[], parser: string, parse: () => Quad[]): string[] {
  try {
    return isomorphic(parse(), quads) ? [] : [`${name}: ${parser} reads the Turtle as a different graph`];
  } catch (error) {
    return [`${name}: ${parser} cannot read the Turtle: ${String(error).split('\n')[0]}`];
  }
}

/** The shape violations of the graph (warnings and infos are not problems), as lines naming the article. */
export async function shapeProblems(name: string, quads: readonly Quad[]): Promise<string[]> {
  const report = await validateQuads(quads);
  return report.violations.filter((v) => v.severity === 'Violation').map((v) => `${name}: ${formatViolation(v)}`);
}
