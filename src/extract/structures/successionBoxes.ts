import type { TemplateCall } from '../../parse/model';
import type { ExtractionContext } from '../context';
import type { EntityKey, Evidence, Fact, Qualifier } from '../fact';
import { always, type Extractor } from '../extractor';
import { holdPost } from '../infobox/positions';
import { readPost } from '../infobox/posts';
import { evidenceOf, mayBePerson, pageEntity } from '../infobox/support';
import { parseInfoboxValue, valueLines, type ValueSegment } from '../infobox/values';

/**
 * Succession boxes at the foot of a biography: `{{s-start}}` (or `{{start box}}`), then rows of `{{s-bef|[[A]]}}` (or
 * `before=`), `{{s-ttl|title=[[Body]]Title|years=2008年－2013年}}`, `{{s-aft|[[B]]}}`, until `{{s-end}}` (`{{end box}}`).
 * Each title is a post the article's subject held, read as an infobox's post is (`infobox/posts.ts`), with
 * its years as start and end, the one before as `replaces` and the one after as `replacedBy`. A
 * `rows=N` cell stands beside the N titles it spans. Only a person's page: on a place's or a body's the
 * box says what came before it, not whom it followed in a post.
 */
export const successionBoxesExtractor: Extractor = {
  id: 'succession',
  appliesTo: always,
  extract(context) {
    if (!context.subjectClass.includes('Person')) return [];
    const facts: Fact[] = [];
    for (const box of boxes(context.article.templates)) facts.push(...boxFacts(context, box));
    return facts;
  },
};

type Cell = { kind: 'before' | 'title' | 'after'; call: TemplateCall; rows: number };

/** The kind of a succession template by its canonical name, if it is one that names a cell. */
function cellKind(name: string): Cell['kind'] | 'start' | 'end' | undefined {
  const n = name.toLowerCase();
  if (n === 's-start' || n === 'start box') return 'start';
  if (n === 's-end' || n === 'end box' || n === 'end') return 'end';
  if (n === 's-bef' || n === 's-before') return 'before';
  if (n === 's-ttl' || n === 's-title') return 'title';
  if (n === 's-aft' || n === 's-after') return 'after';
  return undefined;
}

/** Headers of a box's sections whose titles are no posts: order of precedence, sporting achievements. */
const NOT_POSTS = new Set(['s-prec', 's-ach', 's-sports']);

/** The cells of each box, in the order they are written (those under a header of `NOT_POSTS` left out). */
function boxes(templates: readonly TemplateCall[]): Cell[][] {
  const found: Cell[][] = [];
  let open: Cell[] | undefined;
  let skipping = false;
  for (const call of templates) {
    const name = call.canonicalName.toLowerCase();
    const kind = cellKind(name);
    if (kind === 'start') {
      open = [];
      skipping = false;
      found.push(open);
    } else if (kind === 'end') open = undefined;
    else if (!kind && open && name.startsWith('s-')) skipping = NOT_POSTS.has(name);
    else if (kind && open && !skipping) open.push({ kind, call, rows: Math.max(1, Number(argument(call, ['rows'])) || 1) });
  }
  return found;
}

function argument(call: TemplateCall, names: readonly string[]): string {
  for (const name of names) {
    const arg = call.args.find((a) => a.name === name);
    if (arg && arg.value.trim() !== '') return arg.value.trim();
  }
  return '';
}

function boxFacts(context: ExtractionContext, cells: readonly Cell[]): Fact[] {
  const lang = context.article.source.lang;
  const titles = cells.filter((c) => c.kind === 'title');
  // Which cell stands beside each title: a `before` serves the next `rows` titles, an `after` the last `rows` before it.
  const before = new Map<Cell, Cell>();
  const after = new Map<Cell, Cell>();
  cells.forEach((cell, i) => {
    if (cell.kind === 'before') titles.filter((t) => cells.indexOf(t) > i).slice(0, cell.rows).forEach((t) => before.set(t, cell));
    if (cell.kind === 'after') titles.filter((t) => cells.indexOf(t) < i && !after.has(t)).slice(-cell.rows).forEach((t) => after.set(t, cell));
  });
  const facts: Fact[] = [];
  for (const title of titles) {
    const line = valueLines(argument(title.call, ['title', '1']), lang)[0];
    const post = line && readPost(line, lang);
    if (!post) continue;
    // The row as written: from the cell before the title to the cell after it.
    const row = [before.get(title), title, after.get(title)].filter((c): c is Cell => c !== undefined).map((c) => c.call);
    const span = { ...title.call, start: Math.min(...row.map((c) => c.start)), end: Math.max(...row.map((c) => c.end)) };
    const evidence: Evidence = evidenceOf(context, span, 'succession/box');
    const qualifiers: Qualifier[] = [...period(argument(title.call, ['years', '2']), lang)];
    for (const [cell, name] of [[before.get(title), 'replaces'], [after.get(title), 'replacedBy']] as const) {
      if (!cell) continue;
      for (const person of people(context, cell, facts, evidence)) qualifiers.push({ name, value: { entity: person } });
    }
    facts.push(...holdPost(context, context.subject, post, qualifiers, evidence));
  }
  return facts;
}

/** `2008年－2013年`, `1991–1994`, `2005–present`: the start and end of the term. */
function period(years: string, lang: string): Qualifier[] {
  if (!years) return [];
  const item = parseInfoboxValue(years.replace(/'{2,}/g, ''), { lang, parameter: 'years' }).find((i) => i.start || i.end);
  return [...(item?.start ? [{ name: 'startTime', value: item.start } as Qualifier] : []), ...(item?.end ? [{ name: 'endTime', value: item.end } as Qualifier] : [])];
}

/** The people a before/after cell links (its first line: `[[B]]<br>Designate` is B). */
function people(context: ExtractionContext, cell: Cell, facts: Fact[], evidence: Evidence): EntityKey[] {
  const line = valueLines(argument(cell.call, cell.kind === 'before' ? ['before', '1'] : ['after', '1']), context.article.source.lang)[0] ?? [];
  return line
    .filter((s): s is Extract<ValueSegment, { kind: 'link' }> => s.kind === 'link' && mayBePerson(s.target, s.text))
    .map((s) => pageEntity(context, s.target, ['Person'], facts, evidence));
}
