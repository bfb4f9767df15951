import { fact } from '../build';
import { nameSuffix } from '../classify';
import type { ExtractionContext } from '../context';
import { sentenceEvidence } from '../evidence';
import type { Extractor } from '../extractor';
import {
  entityKey, isEntityValue, literal, type EntityKey, type EntityType, type Evidence, type Fact, type LiteralValue, type PropertyName, type Qualifier,
  type RelationFact, type Value,
} from '../fact';
import { nameLabels } from '../labels';
import { titleAt, titleEndingAt } from '../names';
import { clauseDate } from '../resolvers/dates';
import { clauseTopic, maskedWords, sentenceTopic } from '../resolvers/topic';
import { FUNCTION_TAGS } from '../text/segmenter';
import type { StatedDate } from '../values/dateContext';
import { parseCount } from '../values/numbers';
import { slotOf, tokenSlot, type SentenceView, type Token } from '../view';
import { LIST_JOINERS, type ActionSpec, type ArgumentSpec, type CompiledRow } from './compile';
import { patternsFor, wordList, type LanguagePatterns } from './load';

/**
 * Runs the rows of `patterns/{lang}/*.tsv` over every sentence: each match binds its captures, each
 * action of the row turns them into facts with the match as evidence. The engine knows no sentence of
 * any article; what it knows is how to turn a capture into an entity, a date or words, and the shared
 * resolvers (the clause's subject, the clause's date, a list's items, what the article's other facts
 * say). Actions that read other facts (`@fact:…`) run once every row has run.
 */
export const patternExtractor: Extractor = {
  id: 'patterns',
  appliesTo: (context) => patternsFor(context.article.source.lang).rows.length > 0,
  extract: (context) => runRows(context, patternsFor(context.article.source.lang).rows),
};

/** The facts of `rows` over every sentence of the article (the extractor runs all of a language's rows). */
export function runRows(context: ExtractionContext, rows: readonly CompiledRow[]): Fact[] {
  const patterns = patternsFor(context.article.source.lang);
  const run: Run = { context, patterns, facts: [], deferred: [] };
  context.typedViews.forEach((view, sentence) => {
    for (const row of rows) runRow(run, row, view, sentence);
  });
  // Actions that read other facts run once those facts are known: an action reading `@fact:P` waits
  // for every deferred action that writes `P` (a director dated from the opening before the chair of
  // the director's meetings).
  let pending = run.deferred;
  while (pending.length > 0) {
    const writes = new Set(pending.map((d) => writtenProperty(d.action)));
    const ready = pending.filter((d) => !readProperties(d.action).some((p) => writes.has(p) && writtenProperty(d.action) !== p));
    const now = ready.length > 0 ? ready : pending;
    const found = [...run.facts];
    for (const { match, action, evidence, variables } of now) act(run, match, action, evidence, variables, found);
    pending = pending.filter((d) => !now.includes(d));
  }
  return run.facts;
}

/** The property a `rel`, `date` or `lit` action writes. */
function writtenProperty(action: ActionSpec): string | undefined {
  return ['rel', 'date', 'lit'].includes(action.action) && action.args[1]?.kind === 'word' ? action.args[1].value : undefined;
}

/** The properties an action reads with `@fact:…`. */
function readProperties(action: ActionSpec): string[] {
  return [...action.args, ...action.options.values()].flatMap((a) => (a.kind === 'fact' ? [a.property] : []));
}

interface Run {
  context: ExtractionContext;
  patterns: LanguagePatterns;
  facts: Fact[];
  deferred: Array<{ match: Match; action: ActionSpec; evidence: Evidence; variables: Map<string, EntityKey> }>;
}

/** What a capture bound: a mention (with its masked index), several, or words. */
type Bound =
  | { kind: 'token'; token: Token; index: number; confirms: boolean }
  | { kind: 'tokens'; tokens: Array<{ token: Token; index: number }>; confirms: boolean }
  | { kind: 'text'; text: string; start: number; end: number; wordClass?: string };

interface Match {
  row: CompiledRow;
  view: SentenceView;
  sentence: number;
  start: number;
  end: number;
  bound: Map<string, Bound>;
}

/** Whether a row applies to a sentence: in a list item, under a heading, under a definition term, as its context asks. */
function applies(run: Run, row: CompiledRow, sentence: number): boolean {
  const where = run.context.layout[sentence];
  const { list, heading, term } = row.context;
  return (!list || where.list) && (!heading || heading.test(where.heading)) && (!term || where.term !== undefined);
}

/** Every match of one row in one sentence. */
function runRow(run: Run, row: CompiledRow, view: SentenceView, sentence: number): void {
  if (!applies(run, row, sentence)) return;
  row.regex.lastIndex = 0;
  for (const m of view.masked.matchAll(row.regex)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (end === start) continue;
    const bound = bind(row, view, m as RegExpExecArray);
    if (!bound) continue;
    const list = (m as RegExpExecArray).indices?.groups?.__list;
    if (row.item && list) {
      for (const item of listItems(row, view, list[0], list[1])) matched(run, { row, view, sentence, start, end, bound: new Map([...bound, ...item]) });
    } else matched(run, { row, view, sentence, start, end, bound });
  }
}

/** The facts of every action of the row for one match (those reading other facts, later). */
function matched(run: Run, match: Match): void {
  const { start, end } = match.view.toPlain(match.start, match.end);
  const evidence = sentenceEvidence(run.context.article, match.sentence, start, end, match.row.rule);
  const variables = new Map<string, EntityKey>();
  for (const action of match.row.actions) {
    if (action.deferred) run.deferred.push({ match, action, evidence, variables });
    else act(run, match, action, evidence, variables, run.facts);
  }
}

/** The captures of a match, or nothing when a unit's words are not a unit's (a verb, a word cut in two). */
function bind(row: CompiledRow, view: SentenceView, m: RegExpExecArray, offset = 0): Map<string, Bound> | undefined {
  const bound = new Map<string, Bound>();
  const groups = m.indices?.groups ?? {};
  for (const [name, spec] of row.captures) {
    const span = groups[name];
    if (!span) continue;
    const [s, e] = [span[0] + offset, span[1] + offset];
    if (spec.unit && !isUnit(view, s, e)) return undefined;
    if (spec.kind === 'slot') {
      const token = view.tokenAt(s);
      if (token && spec.ending && !spec.ending.test(token.text)) return undefined;
      if (token) bound.set(name, { kind: 'token', token, index: s, confirms: !!spec.confirms });
    } else if (spec.kind === 'list') {
      const tokens: Array<{ token: Token; index: number }> = [];
      for (let i = s; i < e; i++) {
        const token = view.tokenAt(i);
        if (token) tokens.push({ token, index: i });
      }
      bound.set(name, { kind: 'tokens', tokens, confirms: !!spec.confirms });
    } else bound.set(name, { kind: 'text', text: view.plainText(s, e), start: s, end: e, wordClass: spec.wordClass });
  }
  return bound;
}

/**
 * Whether masked `[start, end)` reads as a body's unit (`中央委員會`, `西語系`): it starts and ends on word
 * boundaries and holds no verb, preposition, conjunction, particle or adverb.
 */
function isUnit(view: SentenceView, start: number, end: number): boolean {
  let starts = false;
  let ends = false;
  for (const w of maskedWords(view)) {
    if (w.end <= start || w.start >= end) continue;
    if (w.start === start) starts = true;
    if (w.end === end) ends = true;
    if (w.start < start || w.end > end) return false;
    if (w.tag.startsWith('v') || FUNCTION_TAGS.has(w.tag)) return false;
  }
  return starts && ends;
}

/**
 * The items of a `[[ … ]]` list between masked `start` and `end`, each with its own captures. Each item
 * is matched within the list's span and must end where a list word or the list ends, so an item is read
 * as the whole expression matched it (`中央委員會總書記`, not the shorter `中央委員`).
 */
function listItems(row: CompiledRow, view: SentenceView, start: number, end: number): Array<Map<string, Bound>> {
  const items: Array<Map<string, Bound>> = [];
  const span = view.masked.slice(start, end);
  let at = 0;
  while (at < span.length) {
    const m = row.item!.exec(span.slice(at));
    if (!m || m[0].length === 0) break;
    const captures = bind(row, view, m, start + at);
    // `[[甲黨]]總書記兼宣傳部部長`: an item without its own holder shares the one before it.
    const previous = items[items.length - 1];
    if (captures && previous) for (const [name, b] of previous) if (!captures.has(name) && b.kind !== 'text') captures.set(name, b);
    if (captures) items.push(captures);
    at += m[0].length;
    const joiner = LIST_JOINERS.find((j) => span.startsWith(j, at));
    if (!joiner) break;
    at += joiner.length;
  }
  return items;
}

/** The capture an argument names, or the first of its alternatives that matched. */
function boundOf(match: Match, arg: ArgumentSpec): Bound | undefined {
  if (arg.kind !== 'capture') return undefined;
  for (const name of [arg.name, ...(arg.alternatives ?? [])]) {
    const b = match.bound.get(name);
    if (b) return b;
  }
  return undefined;
}

/** An entity an argument names, with the token behind it when a capture bound one. */
interface Named {
  entity: EntityKey;
  token?: Token;
  confirms?: boolean;
  /** A name the row read from words (`quoted#name`): it gets its labels where it is used. */
  named?: boolean;
}

function entitiesOf(run: Run, match: Match, arg: ArgumentSpec, variables: Map<string, EntityKey>, found: readonly Fact[]): Named[] {
  const { context } = run;
  switch (arg.kind) {
    case 'subject':
      return !arg.slots || arg.slots.includes(context.topics.subjectSlot) ? [{ entity: context.subject }] : [];
    case 'variable': {
      const v = variables.get(arg.name);
      return v ? [{ entity: v }] : [];
    }
    case 'topic':
    case 'sentence': {
      const topic = arg.kind === 'topic'
        ? clauseTopic(context.topics, match.sentence, match.start, arg.slots, !arg.noFallback)
        : sentenceTopic(context.topics, match.sentence, arg.slots);
      return topic ? [{ entity: topic.entity, token: topic.token }] : [];
    }
    case 'fact':
      return factValues(run, match, arg, found).filter(isEntityValue).map((v) => ({ entity: v.entity }));
    case 'capture': {
      const b = boundOf(match, arg);
      if (!b) return arg.otherwise ? entitiesOf(run, match, arg.otherwise, variables, found) : [];
      if (arg.asName) {
        const text = b.kind === 'text' ? b.text.trim() : '';
        return text ? [{ entity: entityKey.name(text), named: true }] : [];
      }
      // A mention of several (`兩國`, `兩人`) names each of them.
      const each = (token: Token, confirms: boolean): Named[] => (token.date ? [] : token.entities.map((entity) => ({ entity, token, confirms })));
      if (b.kind === 'token' && !arg.kinds) return each(b.token, b.confirms);
      // The mentions inside a capture, of the first group of kinds that has any.
      const inside = b.kind === 'token' ? [b.token] : b.kind === 'tokens' ? b.tokens.map((t) => t.token) : match.view.tokensIn(b.start, b.end);
      let chosen = inside.filter((t) => !t.date);
      if (arg.kinds) {
        chosen = [];
        for (const kinds of arg.kinds) {
          chosen = inside.filter((t) => !t.date && kinds.includes(tokenSlot(t)));
          if (chosen.length > 0) break;
        }
      }
      if (arg.pick) chosen = chosen.length > 0 ? [arg.pick === 'first' ? chosen[0] : chosen[chosen.length - 1]] : [];
      return chosen.flatMap((t) => each(t, arg.kinds !== undefined || (b.kind !== 'text' && b.confirms)));
    }
    default:
      return [];
  }
}

/** `@fact:property[role]`: the values the article's facts give the subject for `property`. */
function factValues(run: Run, match: Match, arg: Extract<ArgumentSpec, { kind: 'fact' }>, found: readonly Fact[]): Value[] {
  const role = arg.role ? textOf(run, match, { kind: 'capture', name: arg.role }) : undefined;
  const values: Value[] = [];
  for (const f of found) {
    if (f.kind !== 'relation' || f.subject !== run.context.subject || f.property !== arg.property) continue;
    if (role !== undefined && !(f as RelationFact).qualifiers.some((q) => q.name === 'roleTitle' && (q.value as LiteralValue).literal === role)) continue;
    if (!values.some((v) => JSON.stringify(v) === JSON.stringify(f.object))) values.push(f.object);
  }
  return values;
}

function dateOf(run: Run, match: Match, arg: ArgumentSpec | undefined, found: readonly Fact[]): { value: LiteralValue; end?: LiteralValue } | undefined {
  if (!arg) return undefined;
  if (arg.kind === 'date') return clauseDate(match.view, clauseStartOf(match.view.masked, match.start), clauseEndOf(match.view.masked, match.end));
  if (arg.kind === 'fact') {
    const [first] = factValues(run, match, arg, found);
    return first && !isEntityValue(first) && 'datatype' in first ? { value: first } : undefined;
  }
  const bound = boundOf(match, arg);
  if (!bound && arg.kind === 'capture' && arg.otherwise) return dateOf(run, match, arg.otherwise, found);
  return dateIn(match, bound);
}

/** The date a capture holds: a date mention, or words that are one date mention (`(?<when>{DATE})`). */
function dateIn(match: Match, b: Bound | undefined): StatedDate | undefined {
  if (b?.kind === 'token') return b.token.date;
  if (b?.kind === 'text' && b.end === b.start + 1) return match.view.tokenAt(b.start)?.date;
  return undefined;
}

function textOf(run: Run, match: Match, arg: ArgumentSpec): string | undefined {
  if (arg.kind === 'term') return run.context.layout[match.sentence].term;
  if (arg.kind === 'word') {
    // `{capture}` inside a word is replaced by the capture's text (a date by its value).
    let missing = false;
    const text = arg.value.replace(/\{(\w+)\}/g, (_, name: string) => {
      const b = match.bound.get(name);
      if (!b) missing = true;
      return dateIn(match, b)?.value.literal ?? (b?.kind === 'token' ? b.token.text : b?.kind === 'text' ? b.text : '');
    });
    return missing ? undefined : text;
  }
  const b = boundOf(match, arg);
  if (!b) return undefined;
  return b.kind === 'text' ? b.text : b.kind === 'token' ? b.token.text : undefined;
}

const BREAKS = '，。；：！？';
function clauseStartOf(masked: string, i: number): number {
  for (let k = i - 1; k >= 0; k--) if (BREAKS.includes(masked[k])) return k + 1;
  return 0;
}
function clauseEndOf(masked: string, i: number): number {
  for (let k = i; k < masked.length; k++) if (BREAKS.includes(masked[k])) return k;
  return masked.length;
}

/** The types to write for a mention a pattern used: what is confirmed, and what its slot confirms. */
function entityTypes(token: Token, slotConfirms: boolean): EntityType[] {
  const confirmed = token.confirmed ?? [];
  if (!slotConfirms) return [...confirmed];
  const slot = tokenSlot(token);
  return [...new Set([...confirmed, ...token.types.filter((t) => slotOf([t]) === slot)])];
}

/**
 * Whether a post's title names the head of a body by the body's own ending (`[[某部]]副部長`,
 * `某局局長`, `某委員會委員長`): the second piece of evidence the ending needs.
 */
function headOfItsEnding(token: Token, title: string): boolean {
  const ending = nameSuffix(token.mention?.target ?? token.text);
  if (!ending) return false;
  const stems = new Set([ending.slice(-1), ...(ending.length >= 2 ? [ending.slice(0, -1)] : [])]);
  return [...stems].some((stem) => title.includes(`${stem}長`) || title.includes(`${stem}长`));
}

/** Runs one action of a match, adding its facts to `run.facts`. */
function act(run: Run, match: Match, action: ActionSpec, evidence: Evidence, variables: Map<string, EntityKey>, found: readonly Fact[]): void {
  const { context } = run;
  const facts = run.facts;
  const when = action.options.get('when');
  if (when && when.kind === 'capture' && !boundOf(match, when)) return;
  // A mention a pattern's slot named is an entity of that kind: the slot is the second piece of evidence
  // its name's ending needed.
  const typeOf = (n: Named) => {
    if (n.named) facts.push(...nameLabels(context, n.entity, n.entity.slice(5), evidence));
    if (!n.token || n.entity === context.subject) return;
    const types = entityTypes(n.token, n.confirms === true);
    if (types.length > 0) facts.push(fact.entity(n.entity, types, evidence));
    if (n.entity.startsWith('name:')) facts.push(...nameLabels(context, n.entity, n.entity.slice(5), evidence));
  };
  const entities = (arg: ArgumentSpec | undefined) => (arg ? entitiesOf(run, match, arg, variables, found) : []);
  const qualifiers = (): Qualifier[] => {
    const q: Qualifier[] = [];
    for (const [name, arg] of action.options) {
      if (name === 'start' || name === 'end' || name === 'at' || name === 'planned') {
        const d = dateOf(run, match, arg, found);
        const qualifier = ({ start: 'startTime', end: 'endTime', at: 'pointInTime', planned: 'plannedDate' } as const)[name];
        if (d) q.push({ name: qualifier, value: d.value });
      } else if (name === 'role') {
        const text = textOf(run, match, arg);
        if (text) q.push({ name: 'roleTitle', value: literal.text(text, context.script) });
      } else if (name === 'side' || name === 'reason') {
        const [e] = entities(arg);
        if (e) q.push({ name: name === 'side' ? 'side' : 'reasonForChange', value: { entity: e.entity } });
      } else if (name === 'status') {
        // A captured word stands for its value (`會` → `planned`); absent, there is no status.
        const b = arg.kind === 'capture' ? boundOf(match, arg) : undefined;
        const text = b?.kind === 'text' && b.wordClass ? run.patterns.values.get(b.wordClass)?.get(b.text)?.literal : arg.kind === 'capture' ? undefined : textOf(run, match, arg);
        if (text) q.push({ name: 'status', value: literal.string(text) });
      }
    }
    return q;
  };
  const [a, b, c, d, e] = action.args;
  switch (action.action) {
    case 'rel': {
      const relation = propertyOf(run, match, b);
      if (!relation) break;
      for (const s of entities(a)) {
        for (const o of entities(c)) {
          if (s.entity === o.entity) continue;
          typeOf(s);
          typeOf(o);
          const [subject, object] = relation.inverse ? [o, s] : [s, o];
          facts.push(fact.link(subject.entity, relation.property, object.entity, evidence, qualifiers()));
        }
      }
      break;
    }
    case 'date': {
      const named = b.kind === 'word' ? b.value : propertyOf(run, match, b)?.property;
      const date = dateOf(run, match, c, found);
      if (!date || !named) break;
      // `from=first`: when that capture matched, the date opens a period (`首輪會談於…`, `自…起`).
      const from = action.options.get('from');
      const opens = from?.kind === 'capture' && boundOf(match, from) !== undefined;
      const property = named === 'when' && opens ? 'startTime' : named;
      for (const s of entities(a)) {
        typeOf(s);
        // `when`: a day is a point in time, `13日至15日` a start and an end.
        if (property === 'when' && date.end) facts.push(fact.relation(s.entity, 'startTime', date.value, evidence), fact.relation(s.entity, 'endTime', date.end, evidence));
        else facts.push(fact.relation(s.entity, property === 'when' ? 'pointInTime' : (property as PropertyName), date.value, evidence, qualifiers()));
      }
      break;
    }
    case 'is': {
      const type = (b as { value: EntityType }).value;
      for (const s of entities(a)) {
        if (s.named) typeOf(s);
        facts.push(fact.entity(s.entity, [type], evidence));
      }
      break;
    }
    case 'name': {
      const text = textOf(run, match, b);
      const lang = action.options.get('lang');
      if (!text) break;
      // A node the row made is named by it; anything else gets another name.
      const kind = a.kind === 'variable' ? 'preferred' : 'alternative';
      for (const s of entities(a)) facts.push(fact.label(s.entity, text, lang?.kind === 'word' ? lang.value : context.script, kind, evidence));
      break;
    }
    case 'node': {
      const [parent] = entities(b);
      const kind = (c as { value: string }).value;
      const discriminator = textOf(run, match, d);
      if (!parent || !discriminator) break;
      const node = entityKey.part(parent.entity, kind, discriminator);
      variables.set((a as { name: string }).name, node);
      facts.push(fact.entity(node, [(e as { value: EntityType }).value], evidence));
      if (d.kind !== 'word') facts.push(...nameLabels(context, node, discriminator, evidence));
      break;
    }
    case 'lit': {
      const property = (b as { value: PropertyName }).value;
      for (const value of literals(run, match, c, (d as { value: string }).value)) {
        for (const s of entities(a)) facts.push(fact.relation(s.entity, property, value.value, value.evidence ?? evidence));
      }
      break;
    }
    case 'count': {
      const amount = parseFigure(textOf(run, match, b) ?? '');
      const measure = textOf(run, match, c);
      if (amount === undefined || !measure) break;
      const approx = action.options.get('approx');
      const least = action.options.get('least');
      const isApprox = approx?.kind === 'capture' && boundOf(match, approx) !== undefined;
      const isLeast = least?.kind === 'capture' && boundOf(match, least) !== undefined;
      const plain = match.view.toPlain(match.start, match.end);
      // What a counter counts is named after it (`名首都市民`); a unit (`公里`, `元`) counts nothing named.
      const counter = action.options.get('counter');
      const counted = counter?.kind === 'capture' && boundOf(match, counter) ? countedWords(match.view, match.end) : undefined;
      // `8個太陽質量以上的恆星`: a threshold names a kind of thing; it counts nothing the page states.
      if (isThreshold(match.view, counted?.end ?? match.end)) break;
      // Whether the option names a word class one of whose words lies in the figure's clause before it.
      const clauseHolds = (option: string): boolean => {
        const words = action.options.get(option);
        return words?.kind === 'word' && clauseHas(match.view, match.start, wordList(context.article.source.lang, words.value));
      };
      // `unless=IF`: a figure of a supposition (`如果質量超過3個…`) is stated of nothing.
      if (clauseHolds('unless')) break;
      // `擁有27名得主的[[某大學]]`: a figure before `的` describes what follows it, not the clause's subject.
      const end = modifierEnd(match.view, counted?.end ?? match.end);
      // A figure whose clause names no subject is still a figure the page states: the page mentions it.
      // `own=HAVE`: the clause's subject owns the figure only when the clause says so (`有`, `下設`, `X的`);
      // a figure a verb acts on (`確立了4個領域`, `觀察到600條譜線`) is one the page mentions.
      const own = action.options.get('own');
      // `past=FORMER`: what the subject once had (`原來分為23個區`) is no quantity of it now; a figure in a
      // parenthesis (`東區（包括23區中的12個區）`) is of what the parenthesis glosses. The page mentions both.
      const owned = !clauseHolds('past') && !insideParenthesis(match.view, match.start)
        && (own?.kind !== 'word' || ownsFigure(match.view, match.start, wordList(context.article.source.lang, own.value)));
      const modified = match.view.masked[end] === '的' ? match.view.tokenAt(end + 1) : undefined;
      const owners: Named[] = match.view.masked[end] !== '的'
        ? owned ? entities(a) : []
        : modified && !modified.date && modified.entities.length === 1 ? [{ entity: modified.entities[0], token: modified, confirms: false }] : [];
      for (const s of owners.length > 0 ? owners : [{ entity: entityKey.wikiPage(context.article.source.title) }]) {
        const node = entityKey.part(owners.length > 0 ? s.entity : context.subject, 'quantity', `${match.sentence}-${plain.start}`);
        typeOf(s);
        if (counted) facts.push(fact.relation(node, 'countedThing', literal.text(counted.text, context.script), evidence));
        facts.push(
          fact.entity(node, ['Quantity'], evidence),
          fact.link(s.entity, owners.length > 0 ? 'quantity' : 'mentions', node, evidence),
          fact.relation(node, 'quantityAmount', Number.isInteger(amount) ? literal.integer(amount) : { literal: String(amount), datatype: 'decimal' }, evidence),
          fact.relation(node, 'unitText', literal.text(measure, context.script), evidence),
          fact.relation(node, 'approximate', literal.boolean(isApprox), evidence),
          fact.relation(node, 'statedAs', literal.text(match.view.plainText(match.start, match.end), context.script), evidence),
        );
        if (isLeast) facts.push(fact.relation(node, 'lowerBound', literal.boolean(true), evidence));
      }
      break;
    }
    case 'holds': {
      const title = cleanTitle(textOf(run, match, b) ?? '');
      // A post's name ends with an office title (a definition term `古典文學` is none).
      if (title === '' || titleEndingAt(title, title.length) === undefined) break;
      const holders = c ? entities(c) : [];
      // `[[某教]]創始人[[X]]`: a founder holds no post; the thing (a body, a religion, a school of thought) was founded by X.
      if (wordList(context.article.source.lang, 'FOUNDER').some((w) => title.endsWith(w))) {
        for (const person of entities(a)) {
          for (const holder of holders) {
            if (person.entity === holder.entity) continue;
            typeOf(person);
            facts.push(fact.link(holder.entity, 'foundedBy', person.entity, evidence));
          }
        }
        break;
      }
      const host = action.options.get('in');
      for (const person of entities(a)) {
        if (c) {
          for (const holder of holders) {
            if (person.entity === holder.entity) continue;
            const isOrg = holder.token !== undefined && tokenSlot(holder.token) === 'ORG';
            typeOf({ ...holder, confirms: isOrg && (holder.confirms === true || headOfItsEnding(holder.token!, title)) });
            facts.push(...holding(run, person, holder, title, evidence, qualifiers()));
          }
        } else {
          // A post named without its body (`駐某國大使`): the position is the person's own.
          const [place] = host ? entities(host) : [];
          facts.push(...holding(run, person, undefined, title, evidence, qualifiers(), place));
        }
      }
      break;
    }
  }
}

/** The property an action's property argument names: a word, or the value of a relation word it captured. */
function propertyOf(run: Run, match: Match, arg: ArgumentSpec): { property: PropertyName; inverse: boolean } | undefined {
  if (arg.kind === 'word') return { property: arg.value as PropertyName, inverse: false };
  let value: string | undefined;
  if (arg.kind === 'headingWord') {
    const heading = run.context.layout[match.sentence].heading;
    const map = run.patterns.values.get(arg.wordClass) ?? new Map();
    const word = [...map.keys()].filter((w) => heading.includes(w)).sort((x, y) => y.length - x.length)[0];
    // `著作=author@PER`: the heading says so only in an article about a thing of that kind.
    const [relation, kinds] = (word ? map.get(word)?.literal ?? '' : '').split('@');
    if (!relation || kinds && !kinds.split('|').includes(run.context.topics.subjectSlot)) return undefined;
    return relation.startsWith('^') ? { property: relation.slice(1) as PropertyName, inverse: true } : { property: relation as PropertyName, inverse: false };
  }
  if (arg.kind !== 'relationWord') return undefined;
  const b = match.bound.get(arg.name);
  if (b?.kind !== 'text' || !b.wordClass) return undefined;
  value = run.patterns.values.get(b.wordClass)?.get(b.text)?.literal.split('/')[arg.field - 1];
  if (!value) return undefined;
  return value.startsWith('^') ? { property: value.slice(1) as PropertyName, inverse: true } : { property: value as PropertyName, inverse: false };
}

/** The literals `lit(…, value, kind)` writes: a text, a count, `true`, a word's value from its class, or each item of a list. */
function literals(run: Run, match: Match, arg: ArgumentSpec, kind: string): Array<{ value: LiteralValue; evidence?: Evidence }> {
  const { context } = run;
  if (kind === 'true') return [{ value: literal.boolean(true) }];
  const text = textOf(run, match, arg);
  if (text === undefined) return [];
  if (kind === 'count') {
    const n = parseCount(text);
    return n === undefined ? [] : [{ value: literal.integer(n) }];
  }
  if (kind === 'value') {
    const b = boundOf(match, arg);
    const cls = b?.kind === 'text' ? b.wordClass : undefined;
    const maps = cls ? [run.patterns.values.get(cls)] : [...run.patterns.values.values()];
    const value = maps.map((m) => m?.get(text)).find((v) => v !== undefined);
    if (!value) return [];
    return [{ value: { literal: value.literal, datatype: value.datatype } }];
  }
  if (kind === 'items') {
    // `A、B及C`: each item, with its own span as evidence.
    const b = boundOf(match, arg);
    if (b?.kind !== 'text') return [];
    const out: Array<{ value: LiteralValue; evidence?: Evidence }> = [];
    const masked = match.view.masked.slice(b.start, b.end);
    const splitter = new RegExp(LIST_JOINERS.map((j) => j.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    let from = 0;
    for (const sep of [...masked.matchAll(splitter), { index: masked.length, 0: '' } as RegExpMatchArray]) {
      const [s, e] = [b.start + from, b.start + sep.index!];
      from = sep.index! + sep[0].length;
      const item = match.view.plainText(s, e).trim();
      if (item === '') continue;
      const span = match.view.toPlain(s, e);
      out.push({ value: literal.text(item, context.script), evidence: sentenceEvidence(context.article, match.sentence, span.start, span.end, match.row.rule) });
    }
    return out;
  }
  return [{ value: literal.text(text, context.script) }];
}

/**
 * The nouns right after a figure's measure word (`名首都市民` → `首都市民`), as written, or nothing. Nouns
 * that modify a coordination (`150座電氣、軍火和軸承工廠`) name no one thing counted.
 */
function countedWords(view: SentenceView, maskedEnd: number): { text: string; end: number } | undefined {
  let end = maskedEnd;
  let count = 0;
  for (const w of maskedWords(view)) {
    if (w.start < end) continue;
    if (w.start > end || count >= 2 || !/^n|^j/.test(w.tag) || !/^[\u3400-\u9FFF]+$/.test(view.masked.slice(w.start, w.end))) break;
    end = w.end;
    count++;
  }
  if (/^(?:、|和|及|與|与|或)/.test(view.masked.slice(end))) return undefined;
  return end > maskedEnd ? { text: view.plainText(maskedEnd, end), end } : undefined;
}

const SCALES: Record<string, number> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8, 千: 1e3, 百: 1e2 };

/** A figure as written (`57,054`, `５`, `5.5萬`, `十五`), or nothing. */
function parseFigure(text: string): number | undefined {
  const t = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/,/g, '');
  const m = /^([0-9]+(?:\.[0-9]+)?)([萬万億亿千百]*)$/.exec(t);
  let amount: number | undefined;
  if (m) {
    amount = Number(m[1]);
    for (const ch of m[2]) amount *= SCALES[ch];
  } else amount = parseCount(t);
  return amount !== undefined && Number.isFinite(amount) && amount > 0 ? amount : undefined;
}

/** Words that date a post rather than name it: `前總統` holds the post `總統`, `首任院長` the post `院長`. */
const DATING = ['首任', '末任', '前任', '現任', '现任', '時任', '时任', '新任', '候任', '卸任', '離任', '离任', '繼任', '继任', '已故', '前', '原', '新', '故'];

/** A post's title without the words that date it; a one-character one only before a whole title (`新聞司長` keeps its `新`). */
function cleanTitle(title: string): string {
  let t = title.replace(/（[^）]*）/g, '').trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of DATING) {
      if (!t.startsWith(m) || t.length <= m.length) continue;
      const rest = t.slice(m.length);
      if (m.length === 1 && titleAt(rest, 0) !== rest.length) continue;
      t = rest;
      changed = true;
    }
  }
  return t;
}

/**
 * `person` holds the post `title` of `holder` (a body, or a state: its jurisdiction); without a holder the
 * post is the person's own, at `place` if one is named.
 */
function holding(run: Run, person: Named, holder: Named | undefined, title: string, evidence: Evidence, qualifiers: Qualifier[], place?: Named): Fact[] {
  const { context } = run;
  const facts: Fact[] = [];
  if (person.entity !== context.subject) {
    facts.push(fact.entity(person.entity, ['Person'], evidence));
    if (person.entity.startsWith('name:')) facts.push(...nameLabels(context, person.entity, person.entity.slice(5), evidence));
  }
  const owner = holder?.entity ?? person.entity;
  const position = entityKey.part(owner, 'position', title);
  const holderName = holder ? holder.token?.text ?? holder.entity.slice(holder.entity.indexOf(':') + 1) : '';
  facts.push(
    fact.entity(position, ['Position'], evidence),
    ...nameLabels(context, position, holderName + title, evidence),
    fact.relation(position, 'positionTitle', literal.text(title, context.script), evidence),
    fact.link(person.entity, 'positionHeld', position, evidence, qualifiers),
  );
  if (holder) {
    const slot = holder.token ? tokenSlot(holder.token) : holder.entity === context.subject ? context.topics.subjectSlot : 'THING';
    facts.push(fact.link(position, slot === 'STATE' ? 'jurisdiction' : 'ofOrganization', holder.entity, evidence));
  }
  if (place) facts.push(fact.link(position, 'location', place.entity, evidence));
  return facts;
}

/** Where a clause starts or ends in a masked sentence. */
const CLAUSE_BREAK = /[，,。；;：:（()）！？!?\n]/;
/** Words that hold a possession word without saying the clause has anything (`所有` "all", `沒有` "has none"). */
const NOT_POSSESSION = ['所有', '沒有', '没有'];

/** The clause before masked `start`, from the last clause break. */
function clauseBefore(view: SentenceView, start: number): string {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(view.masked[from - 1])) from--;
  return view.masked.slice(from, start);
}

/** Whether one of `words` lies in the clause before masked `start`. */
function clauseHas(view: SentenceView, start: number, words: readonly string[]): boolean {
  const before = clauseBefore(view, start);
  return words.some((w) => before.includes(w));
}

/** Whether masked `start` lies inside a parenthesis the sentence opened before it and has not closed. */
function insideParenthesis(view: SentenceView, start: number): boolean {
  const before = view.masked.slice(0, start);
  return before.lastIndexOf('（') > before.lastIndexOf('）') || before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** Whether the words after a count at masked `end` make it a threshold: a few nouns, then `以上的`/`以下的`. */
function isThreshold(view: SentenceView, end: number): boolean {
  return /^[^，。；：、的（）]{0,10}(?:以上|以下)的/.test(view.masked.slice(end));
}

/**
 * Whether the clause before a figure at masked `start` says its subject has it: one of `words` (a
 * possession or composition word) lies in the clause before the figure, or a mention and `的` come right
 * before it (`[[某社]]的120多家分社`).
 */
export function ownsFigure(view: SentenceView, start: number, words: readonly string[]): boolean {
  const before = clauseBefore(view, start);
  if (before.endsWith('的') && view.tokenAt(start - 2)?.entities.length) return true;
  return words.some((w) => {
    for (let at = before.indexOf(w); at >= 0; at = before.indexOf(w, at + 1)) {
      if (!NOT_POSSESSION.some((n) => { const i = n.indexOf(w); return i >= 0 && before.startsWith(n, at - i); })) return true;
    }
    return false;
  });
}

/**
 * Where the noun phrase a figure counts ends: at `end`, or at the `的` a few nouns or mentions later
 * (`27名[[某獎]]得主的[[X]]`), so that the figure describes what follows; a verb between (`3名學生參加的X`)
 * keeps it at `end`.
 */
const AGENT_NOUN_END = /[主者人員员家手]$/;

function modifierEnd(view: SentenceView, end: number): number {
  const rest = /^[^，。；：、的（）]{1,10}的/.exec(view.masked.slice(end));
  // A bound or a range in the phrase (`3個以上國家的`, `5至10名之間的`) makes it a kind of thing, not a count of what
  // follows (a threshold right before `的`, `8個太陽質量以上的`, is no figure at all: `isThreshold`).
  if (!rest || /以上|以下|之間|之间|左右/.test(rest[0])) return end;
  const to = end + rest[0].length - 1;
  // A word ending in an agent noun's character is a noun whatever its tag (`得主`, `持有者`).
  const verb = maskedWords(view).some((w) => w.start >= end && w.end <= to && (w.tag.startsWith('v') || w.tag === 'p') && !AGENT_NOUN_END.test(view.masked.slice(w.start, w.end)));
  return verb ? end : to;
}
