/**
 * The page of a statement node: the fact it states (subject, property, value), and what backs it — the
 * sentence it was read from with the span marked, its qualifiers, the citations and the rule — with a
 * link to its span in the article.
 */
import { html, link } from '../html/html';
import { pathForIri } from '../linkedData';
import type { RowSource } from '../lookup/lookupService';
import { statementHtml, statementIris, tripleHtml } from './evidence';
import { fetchLabels, type Naming } from './names';
import { turtleHref, type RenderedPage } from './pager';
import { fetchStatements } from './statements';

/** The statement page of `iri`, or undefined when the graph gives it no subject, property and value. */
export async function statementPage(rows: RowSource, base: string, iri: string, languages: readonly string[]): Promise<RenderedPage | undefined> {
  const [statement] = await fetchStatements(rows, `VALUES ?st { <${iri}> }`, 1);
  if (!statement) return undefined;
  const iris = [statement.subject.value, statement.predicate, statement.object.termType === 'NamedNode' ? statement.object.value : '', statement.article ?? '', ...statementIris(statement)];
  const naming: Naming = { base, labels: await fetchLabels(rows, iris), languages };
  const article = statement.article ? html`<p class="links">Read from ${link(pathForIri(statement.article, base), naming.labels.get(statement.article)?.[0]?.value ?? 'the article')}</p>` : '';
  const body = html`<header class="entity-header">
<h1>Statement</h1>
<p class="iri"><code>${iri}</code></p>
<p class="stated">${tripleHtml(statement, naming)}</p>
${article}
<p class="documents">Data: ${link(turtleHref(pathForIri(iri, base)), 'Turtle')}</p>
</header>
<section class="facts statement-page"><h2>Evidence</h2>${statementHtml(statement, naming)}</section>`;
  return { title: 'Statement', body, pages: 1 };
}
