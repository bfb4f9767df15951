/**
 * The page of an article, rendered on the server: the facts read from it in the order of the text, a
 * page of them at a time, and beside them the sentences they were read from, rendered as a reader sees
 * them with every fact's span marked. `?at=b` opens the page holding the fact read at code point `b`
 * (the entity pages link there), and `#char=b,e` then scrolls to its span; `ui/article.js` adds the
 * selection of a fact and its span.
 */
import type { Term } from '@rdfjs/types';
import { html, link, type Html } from '../html/html';
import { pathForIri } from '../linkedData';
import type { RowSource } from '../lookup/lookupService';
import { markedTextHtml, type MarkedSpan, type TextPiece } from '../render/quote';
import { tripleHtml } from './evidence';
import { fetchLabels, type Naming } from './names';
import { pagerHtml, turtleHref, type RenderedPage } from './pager';
import { htmlLang, termHtml } from './terms';

/** Facts on one page. */
export const ARTICLE_PAGE_SIZE = 150;
/** Facts read at most from one article. */
const MAX_FACTS = 20_000;

/** A fact read from a span of the article. */
interface SpanFact {
  id: number;
  statement: string;
  subject: Term;
  predicate: string;
  object: Term;
  begin: number;
  end: number;
  rule?: string;
  evidence: string;
  sentence?: string;
}

/** The article page of `iri`: page `page`, or the page holding code point `at`. */
export async function articlePage(rows: RowSource, base: string, iri: string, request: { page: number; at?: number }, languages: readonly string[]): Promise<RenderedPage> {
  const [[info], factRows] = await Promise.all([
    rows(`SELECT ?name ?lang ?url ?about WHERE { <${iri}> a wkg:Article OPTIONAL { <${iri}> schema:name ?name } OPTIONAL { <${iri}> schema:inLanguage ?lang }
  OPTIONAL { <${iri}> schema:url ?url } OPTIONAL { <${iri}> schema:about ?about } } LIMIT 1`),
    rows(`SELECT DISTINCT ?st ?s ?p ?o ?begin ?end ?rule ?evidence ?sentence WHERE { ?st prov:wasDerivedFrom <${iri}> ; wkg:evidence ?evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  ?evidence nif:beginIndex ?begin ; nif:endIndex ?end . OPTIONAL { ?st wkg:extractionRule ?rule } OPTIONAL { ?evidence nif:sentence ?sentence }
} ORDER BY ?begin ?end ?st LIMIT ${MAX_FACTS}`),
  ]);
  const facts: SpanFact[] = factRows.map((row, id) => ({
    id, statement: row.st!.value, subject: row.s!, predicate: row.p!.value, object: row.o!, begin: Number(row.begin!.value), end: Number(row.end!.value),
    ...(row.rule ? { rule: row.rule.value } : {}), evidence: row.evidence!.value, ...(row.sentence ? { sentence: row.sentence.value } : {}),
  }));
  const pages = Math.max(1, Math.ceil(facts.length / ARTICLE_PAGE_SIZE));
  const page = request.at !== undefined ? pageOf(facts, request.at) : Math.min(request.page, pages);
  const shown = facts.slice((page - 1) * ARTICLE_PAGE_SIZE, page * ARTICLE_PAGE_SIZE);
  const [pieces, labels] = await Promise.all([
    textPieces(rows, shown),
    fetchLabels(rows, [iri, info?.about?.value ?? '', ...shown.flatMap((fact) => [fact.subject.value, fact.predicate, fact.object.termType === 'NamedNode' ? fact.object.value : ''])]),
  ]);
  const naming: Naming = { base, labels, languages };
  const title = info?.name?.value ?? iri;
  const lang = info?.lang ? htmlLang(info.lang.value) : undefined;
  const path = pathForIri(iri, base);
  const pager = pagerHtml(path, page, pages);
  const header = html`<header class="entity-header">
<h1${lang ? html` lang="${lang}"` : ''}>${title}</h1>
<p class="iri"><code>${iri}</code></p>
<p class="links">${info?.about ? html`About ${termHtml(info.about, naming)} · ` : ''}${info?.url ? html`${link(info.url.value, 'on Wikipedia', { class: 'external', external: true })} · ` : ''}${facts.length} facts with evidence · ${link(turtleHref(pathForIri(`${base}text/${iri.slice(`${base}article/`.length)}`, base)), 'its text (NIF)')}</p>
</header>`;
  if (facts.length === 0) return { title, ...(lang ? { titleLang: lang } : {}), body: html`${header}<p class="notice">No fact was read from a span of this article.</p>`, pages: 0 };
  const spans = (piece: TextPiece & { end: number }): MarkedSpan[] => shown.filter((fact) => fact.begin < piece.end && fact.end > piece.begin);
  const text = pieces.map((piece) => markedTextHtml(piece, spans(piece), lang));
  const items = shown.map(
    (fact) => html`<li class="span-fact" data-fact="${fact.id}" data-begin="${fact.begin}" data-end="${fact.end}">${tripleHtml(fact, naming)}<span class="where"> ${link(`#char=${fact.begin},${fact.end}`, `${fact.begin}–${fact.end}`)} · <code>${fact.rule ?? '?'}</code> · ${link(pathForIri(fact.statement, base), 'statement', { class: 'statement-link' })}</span></li>`,
  );
  const body = html`${header}
<div class="article-layout">
<section class="text-column"><h2>Sentences</h2><div class="article-text"${lang ? html` lang="${lang}"` : ''}>${text}</div></section>
<section class="facts-column"><h2>Facts${pages > 1 ? html` <span class="count">page ${page} of ${pages}</span>` : ''}</h2><ol class="span-facts" start="${(page - 1) * ARTICLE_PAGE_SIZE + 1}">${items}</ol>${pager.nav}</section>
</div>`;
  return { title, ...(lang ? { titleLang: lang } : {}), body, pages, paging: pager.links };
}

/** The page holding the fact read at `at` (exactly there if one is, else the first after it). */
function pageOf(facts: readonly SpanFact[], at: number): number {
  let index = facts.findIndex((fact) => fact.begin === at);
  if (index < 0) index = facts.findIndex((fact) => fact.begin > at);
  return index < 0 ? Math.max(1, Math.ceil(facts.length / ARTICLE_PAGE_SIZE)) : Math.floor(index / ARTICLE_PAGE_SIZE) + 1;
}

/**
 * The text the shown facts were read from: their sentences, or a fact's own span where it has no
 * sentence; each once, in order, a piece inside another left out.
 */
async function textPieces(rows: RowSource, facts: readonly SpanFact[]): Promise<Array<TextPiece & { end: number }>> {
  const sentences = [...new Set(facts.flatMap((fact) => (fact.sentence ? [fact.sentence] : [])))];
  const phrases = [...new Set(facts.filter((fact) => !fact.sentence).map((fact) => fact.evidence))];
  const nodes = [...sentences, ...phrases].map((node) => `<${node}>`);
  if (nodes.length === 0) return [];
  const found = await rows(`SELECT DISTINCT ?node ?text ?begin ?end WHERE { VALUES ?node { ${nodes.join(' ')} } ?node nif:anchorOf ?text ; nif:beginIndex ?begin ; nif:endIndex ?end }`);
  const pieces = found
    .map((row) => ({ text: row.text!.value, begin: Number(row.begin!.value), end: Number(row.end!.value) }))
    .sort((a, b) => a.begin - b.begin || b.end - a.end);
  const kept: Array<TextPiece & { end: number }> = [];
  for (const piece of pieces) if (!kept.some((outer) => outer.begin <= piece.begin && piece.end <= outer.end)) kept.push(piece);
  return kept;
}

