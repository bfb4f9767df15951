import * as fs from 'fs';
import * as path from 'path';
import type { Mention, ParsedArticle, Table, TableCell, TableRow, TemplateCall } from '../../parse/model';
import { codePointSlice } from '../../parse/offsets';
import { fact } from '../build';
import { classifyName } from '../classify';
import type { ExtractionContext } from '../context';
import { elementEvidence } from '../evidence';
import { forLanguages, type Extractor } from '../extractor';
import { entityKey, literal, type EntityKey, type Evidence, type Fact, type LiteralValue, type Qualifier } from '../fact';
import { parseInfoboxValue } from '../infobox/values';
import { nameLabels } from '../labels';
import { patternsFolder } from '../matcher/load';
import { isDottedName, titleAt, titleEndingAt } from '../names';
import { findDates } from '../values/dates';

/**
 * Tables of office holders (`歷任首長`, `历任秘书长`): the table's heading or caption names the post, its
 * header row names the columns (the holder, when the term started and ended, a party, a state; data in
 * `patterns/{lang}/lexicon/table-columns.tsv`), and each row is one holder of that post in the subject:
 * the person (a link, else the name written in the cell), the position with its start and end, and what
 * the row's other columns and the cell's templates say of the person (a party, a state, the dates of
 * birth and death, a name in another language). A table whose heading names no post, or whose columns
 * hold no person, says nothing here.
 */
export const tablesExtractor: Extractor = {
  id: 'table',
  appliesTo: forLanguages('zh'),
  extract(context) {
    return context.article.tables.flatMap((table) => officeHolders(context, table));
  },
};

type Role = 'person' | 'start' | 'end' | 'term' | 'party' | 'nationality' | 'heading';

interface ColumnRule {
  role: Role;
  match: 'exact' | 'prefix' | 'suffix' | 'contains';
  value: string;
}

const rulesByLang = new Map<string, ColumnRule[]>();

/** The column rules of a language (`table-columns.tsv`), read once. */
export function columnRules(lang: string): ColumnRule[] {
  let rules = rulesByLang.get(lang);
  if (rules) return rules;
  rules = [];
  const file = path.join(patternsFolder(), lang, 'lexicon', 'table-columns.tsv');
  if (fs.existsSync(file)) rules = parseColumnRules(fs.readFileSync(file, 'utf8'), `${lang}/lexicon/table-columns.tsv`);
  rulesByLang.set(lang, rules);
  return rules;
}

const ROLES: Role[] = ['person', 'start', 'end', 'term', 'party', 'nationality', 'heading'];

export function parseColumnRules(text: string, file: string): ColumnRule[] {
  const rules: ColumnRule[] = [];
  text.split(/\r?\n/).forEach((raw, n) => {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const [role, match, value] = raw.split('\t').map((c) => c.trim());
    if (!ROLES.includes(role as Role) || !['exact', 'prefix', 'suffix', 'contains'].includes(match) || !value) {
      throw new Error(`${file}:${n + 1}: expected a role (${ROLES.join(', ')}), exact|prefix|suffix|contains and a header`);
    }
    rules.push({ role: role as Role, match: match as ColumnRule['match'], value });
  });
  return rules;
}

function matches(rule: ColumnRule, text: string): boolean {
  switch (rule.match) {
    case 'exact': return text === rule.value;
    case 'prefix': return text.startsWith(rule.value);
    case 'suffix': return text.endsWith(rule.value);
    default: return text.includes(rule.value);
  }
}

/**
 * The column of each role: by the rules, and an office title as a header names the holder's column. The
 * first column of a role wins, but for the holder the column whose cells name the most people (a header
 * spread over a portrait's column and the name's: `總幹事 | 總幹事`).
 */
function columnRoles(table: Table, rules: ColumnRule[]): Map<Role, number> {
  const roles = new Map<Role, number>();
  const holders: number[] = [];
  table.columns.forEach((header, column) => {
    const h = header.replace(/\s+/g, '');
    if (h === '') return;
    const rule = rules.find((r) => r.role !== 'heading' && matches(r, h));
    const role = rule?.role ?? (titleAt(h, 0) === h.length ? 'person' : undefined);
    if (role === 'person') holders.push(column);
    else if (role && !roles.has(role)) roles.set(role, column);
  });
  const named = (column: number) => table.rows.filter((r) => isDataRow(r) && !r.cells[column]?.header && personOf(r.cells[column])).length;
  const best = holders.sort((a, b) => named(b) - named(a) || a - b)[0];
  if (best !== undefined && named(best) > 0) roles.set('person', best);
  return roles;
}

/** The post a heading or caption lists the holders of (`歷任首長` → `首長`), if it names one. */
function postOf(text: string, rules: ColumnRule[]): string | undefined {
  let t = text.replace(/\s+/g, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of rules.filter((x) => x.role === 'heading')) {
      if (t.startsWith(r.value) && t.length > r.value.length) {
        t = t.slice(r.value.length);
        changed = true;
      }
    }
  }
  t = t.replace(/^(?:前|現任|现任)/, '');
  const start = titleEndingAt(t, t.length);
  return start === 0 ? t : undefined;
}

/** The cells of a row that are data (not a header), by column; a header cell in a data row (`! 1`) counts as a row label. */
function isDataRow(row: TableRow): boolean {
  return row.cells.some((c) => !c.header && !c.absent && c.text.trim() !== '');
}

function firstLink(cell: TableCell | undefined): Mention | undefined {
  return cell?.mentions.find((m) => m.kind === 'link' && m.target && !classifyName(m.target).includes('Country'));
}

/** The holder a cell names: its first link, else the first line of its text when it reads as a name. */
function personOf(cell: TableCell | undefined): { key: EntityKey; name: string } | undefined {
  if (!cell) return undefined;
  const link = firstLink(cell);
  if (link) return { key: entityKey.page(link.target!), name: link.target! };
  const line = cell.text.split('\n')[0].replace(/（[^）]*）|\([^)]*\)/g, '').trim();
  const han = /^[\u3400-\u9FFF]{2,6}$/.test(line) || isDottedName(line) || /^[\u3400-\u9FFF]{1,8}(?:[·・.][\u3400-\u9FFF A-Za-z.]{1,12})+$/.test(line);
  return han ? { key: entityKey.name(line), name: line } : undefined;
}

function datesOf(cell: TableCell | undefined): LiteralValue[] {
  if (!cell) return [];
  return findDates(cell.text.replace(/\s+/g, '')).filter((d) => !d.inheritedYear).map((d) => d.value);
}

/** Templates that lie inside a cell (the original cell, not a copy of it). */
function templatesIn(article: ParsedArticle, cell: TableCell): TemplateCall[] {
  return article.templates.filter((t) => t.start >= cell.start && t.end <= cell.end);
}

const LIFE = /^(?:birth|death|bda|dda|出生|死亡)/i;

function officeHolders(context: ExtractionContext, table: Table): Fact[] {
  const { article } = context;
  const rules = columnRules(article.source.lang);
  const heading = article.sections[table.section]?.heading ?? '';
  const post = postOf(table.caption, rules) ?? postOf(heading, rules);
  if (!post) return [];
  const roles = columnRoles(table, rules);
  const personColumn = roles.get('person');
  if (personColumn === undefined) return [];
  const subjectSlot = context.topics.subjectSlot;
  // The subject is the post itself (`某組織秘書長`) or a body whose post it is.
  const subjectIsPost = article.source.title.endsWith(post) || titleEndingAt(article.source.title, article.source.title.length) !== undefined && subjectSlot !== 'ORG';
  if (!subjectIsPost && subjectSlot !== 'ORG') return [];
  const facts: Fact[] = [];
  const position = subjectIsPost ? context.subject : entityKey.part(context.subject, 'position', post);
  const tableEvidence = elementEvidence(table, 'table/office-holder');
  if (!subjectIsPost) {
    facts.push(
      fact.entity(position, ['Position'], tableEvidence),
      ...nameLabels(context, position, article.source.title + post, tableEvidence),
      fact.relation(position, 'positionTitle', literal.text(post, context.script), tableEvidence),
      fact.link(position, 'ofOrganization', context.subject, tableEvidence),
    );
  }
  for (const row of table.rows) {
    if (!isDataRow(row)) continue;
    const personCell = row.cells[personColumn];
    const person = personOf(personCell);
    if (!person || personCell.header) continue;
    const evidence: Evidence = { ...elementEvidence(row, 'table/office-holder'), citations: [...new Set(row.cells.flatMap((c) => c.references.map((r) => r.referenceId)))] };
    const start = datesOf(row.cells[roles.get('start') ?? -1])[0] ?? datesOf(row.cells[roles.get('term') ?? -1])[0];
    const end = datesOf(row.cells[roles.get('end') ?? -1])[0] ?? datesOf(row.cells[roles.get('term') ?? -1])[1];
    const qualifiers: Qualifier[] = [];
    if (start) qualifiers.push({ name: 'startTime', value: start });
    if (end) qualifiers.push({ name: 'endTime', value: end });
    facts.push(fact.entity(person.key, ['Person'], evidence), ...nameLabels(context, person.key, person.name, evidence));
    facts.push(fact.link(person.key, 'positionHeld', position, evidence, qualifiers));
    const party = firstLink(row.cells[roles.get('party') ?? -1]);
    if (party) facts.push(...linked(context, party.target!, evidence), fact.link(person.key, 'memberOf', entityKey.page(party.target!), evidence));
    const state = row.cells[roles.get('nationality') ?? -1]?.mentions.find((m) => m.kind === 'link' && m.target && classifyName(m.target).includes('Country'));
    if (state) facts.push(...linked(context, state.target!, evidence), fact.link(person.key, 'nationality', entityKey.page(state.target!), evidence));
    if (!personCell.copy) facts.push(...personTemplates(context, person.key, personCell, evidence));
  }
  return facts;
}

/** A page a cell links to, named by its title. */
function linked(context: ExtractionContext, target: string, evidence: Evidence): Fact[] {
  return nameLabels(context, entityKey.page(target), target, evidence);
}

/** What the templates in a holder's cell say of the holder: the dates of birth and death, names in other languages. */
function personTemplates(context: ExtractionContext, person: EntityKey, cell: TableCell, evidence: Evidence): Fact[] {
  const facts: Fact[] = [];
  const { article } = context;
  for (const t of templatesIn(article, cell)) {
    const name = t.canonicalName.toLowerCase();
    if (LIFE.test(name)) {
      const source = codePointSlice(article.source.text, t.start, t.end);
      const [first] = parseInfoboxValue(source, { lang: article.source.lang, parameter: name.startsWith('d') || name.startsWith('死') ? 'death_date' : 'birth_date' });
      const value = first?.value.kind === 'literal' ? first.value.value : undefined;
      if (!value || !['date', 'gYearMonth', 'gYear'].includes(value.datatype)) continue;
      const property = /^(?:death|dda|死亡)/i.test(name) ? 'deathDate' : 'birthDate';
      facts.push(fact.relation(person, property, value, { ...evidence, start: t.start, end: t.end }));
    } else if (name === 'lang') {
      const [code, text] = t.args.filter((a) => a.positional).map((a) => a.value.trim());
      if (code && text && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(code)) facts.push(fact.label(person, text, code, 'alternative', { ...evidence, start: t.start, end: t.end }));
    }
  }
  return facts;
}
