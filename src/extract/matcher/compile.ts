import { ENTITY_TYPES, PROPERTY_NAMES, type EntityType, type PropertyName } from '../fact';
import { placeholder, SLOTS, type Slot } from '../view';

/**
 * The pattern language of `patterns/{lang}/*.tsv`, compiled once into regular expressions over a
 * sentence's masked text (see `view.ts`), where every mention is one placeholder character that says its
 * kind. A pattern is a JavaScript regular expression with four kinds of macro:
 *
 * - `{PER}`, `{ORG|STATE:holder}`: one mention of those kinds (`PER` `ORG` `STATE` `PLACE` `EVENT` `DOC`
 *   `THING` `DATE`; `*` any kind but a date; `SUBJ` the article's subject), captured as `holder`;
 *   `{ORG+:bodies}`: several joined as a list (`A、B及C`).
 * - `<TITLE>`, `<TAKES_POST:verb>`: one word of a word class (`words.tsv`, and the built-in `TITLE`,
 *   `UNIT`), captured as `verb`.
 * - `…`: a short gap inside the clause; `^` and `$`: the start and end of a clause.
 * - `[[ … ]]`: a list of items of that shape joined by list words (`、`, `及`, `和`); each item fires the
 *   row's facts with its own captures.
 *
 * A row's facts are actions over the captures: `holds(person, title, holder)`, `rel(s, property, o)`,
 * `date(s, property, d)`, `is(x, Class)`, `name(x, text)`, `node(v, parent, kind, text, Class)` (a thing
 * that exists only within another, bound to `v`), `lit(s, property, value, kind)`, `count(s, figure,
 * measure)`; `@subject` is the article's subject, `@topic` the entity the clause is about (`@topic:PER`
 * when it must be a person; `@clause` never falls back on the subject), `@sentence` the sentence's
 * head, `@date` the clause's date, `@fact:P` what the article's other facts say of its subject.
 * `patterns/README.md` says all of it with examples.
 */

/** A word class: its words (longest first) or a ready regular-expression source. */
export type WordClasses = ReadonlyMap<string, string>;

export type ArgumentSpec =
  /**
   * A capture; `alternatives` names further captures to take when it is absent (`max|min`); for words or
   * a list, `kinds` picks the mentions inside it (`who:PER/STATE|ORG`: its people, else its states and
   * bodies), `pick` one of them.
   */
  | { kind: 'capture'; name: string; alternatives?: string[]; kinds?: Slot[][]; pick?: 'first' | 'last'; asName?: boolean; otherwise?: ArgumentSpec }
  /** `@subject`, `@subject:EVENT` (only when the subject is of that kind). */
  | { kind: 'subject'; slots?: Slot[] }
  /** `@topic`: what the clause is about, else the article's subject; `@clause`: the same without the subject. */
  | { kind: 'topic'; slots?: Slot[]; noFallback?: boolean }
  /** `@sentence`: the head of the sentence (its first clause), or of the sentences before it in the paragraph. */
  | { kind: 'sentence'; slots?: Slot[] }
  | { kind: 'date' }
  /** `@term`: the definition term a list item stands under. */
  | { kind: 'term' }
  /** `@fact:openingDate`: what the article's other facts say of its subject (`[role]`: with that role title). */
  | { kind: 'fact'; property: PropertyName; role?: string }
  /** A name a `node(…)` action bound earlier in the row. */
  | { kind: 'variable'; name: string }
  /** A word: a property, a class, a literal; `{capture}` inside it is replaced by the capture's text or date. */
  | { kind: 'word'; value: string }
  /**
   * `~verb`: the property the captured word stands for, from its class's values in `words.tsv`
   * (`簽署=signatory`; `所屬的=^parentOrganization` reads the relation the other way round); a word may
   * stand for several, `舉行=participant/when`, and `~verb.2` takes the second.
   */
  | { kind: 'relationWord'; name: string; field: number }
  /** `~@heading:LISTREL`: the property the section's heading names, by the longest word of the class it holds. */
  | { kind: 'headingWord'; wordClass: string };

export type ActionName = 'holds' | 'rel' | 'date' | 'is' | 'name' | 'node' | 'lit' | 'count';

export interface ActionSpec {
  action: ActionName;
  args: ArgumentSpec[];
  /** `start=d`, `role=r`, `when=c`: qualifiers and conditions by name. */
  options: Map<string, ArgumentSpec>;
  /** Whether it reads the article's other facts (`@fact:…`), so runs once they are all known. */
  deferred: boolean;
}

/** Qualifiers an action may carry, and the conditions it may run under. */
export const ACTION_OPTIONS = ['start', 'end', 'at', 'planned', 'role', 'side', 'reason', 'status', 'when', 'in', 'lang', 'approx', 'least', 'counter', 'own', 'past', 'unless', 'from'];

/** What a capture holds: one mention (and whether its slot confirms its kind), several, or words. */
export interface CaptureSpec {
  kind: 'slot' | 'list' | 'text';
  /** For a body's unit (`<UNIT>`): its words must be nouns, checked against the segmenter. */
  unit?: boolean;
  /** For slots: whether the pattern named the mention's kind (so a name's ending is confirmed by it). */
  confirms?: boolean;
  /** For words of a word class: the class (whose value map `lit(…, value)` reads). */
  wordClass?: string;
  /** For mentions: what their text must end with (`{THING~TITLE:post}`). */
  ending?: RegExp;
}

/**
 * Where a row applies (its fifth column): `list` in list items only, `heading:REGEX` under a section
 * heading that matches, `term` in list items under a definition term (`;常務副會長`), whose text the
 * actions read as `@term`.
 */
export interface RowContext {
  list?: boolean;
  heading?: RegExp;
  term?: boolean;
}

export interface CompiledRow {
  /** `file/id`, the rule id its facts carry. */
  rule: string;
  /** Where it was written, for messages. */
  where: string;
  pattern: string;
  regex: RegExp;
  /** For a `[[ … ]]` list: one item, anchored at the start of the text it is tried on and ending at a list word or its end. */
  item?: RegExp;
  captures: Map<string, CaptureSpec>;
  actions: ActionSpec[];
  /** The row's example, wikitext (`\\n` for a line break), that must fire it (checked by the tests). */
  example: string;
  context: RowContext;
}

/** Words that join the items of a list, longest first. */
export const LIST_JOINERS = ['以及', '、', '及', '和', '與', '与', '暨', '兼', '同'];
const JOIN = `(?:${LIST_JOINERS.join('|')})`;

/** Characters that end a clause. */
export const CLAUSE_BREAKS = '，。；：！？,;';
const GAP = `(?:（[^（）]*）|\\([^()]*\\)|[^${CLAUSE_BREAKS}（(]){0,12}?`;
// A clause starts after a break and the spaces after it (`, he died`: languages that space their words)
// and ends before the spaces before one.
const CLAUSE_START = `(?<=(?:^|[${CLAUSE_BREAKS}])\\s*)(?!\\s)`;
const CLAUSE_END = `(?=\\s*(?:$|[${CLAUSE_BREAKS}]))`;

const ACTIONS: Record<ActionName, number> = { holds: 2, rel: 3, date: 3, is: 2, name: 2, node: 5, lit: 4, count: 3 };
/** Which arguments of each action are words (a property, a class, a kind), never captures. */
const WORD_POSITIONS: Record<ActionName, number[]> = { holds: [], rel: [1], date: [1], is: [1], name: [], node: [2, 4], lit: [1, 3], count: [] };
/** Kinds of literal `lit(s, property, value, kind)` writes. */
export const LITERAL_KINDS = ['text', 'count', 'true', 'value', 'items'];

function escape(ch: string): string {
  return /[.*+?^${}()|[\]\\\/-]/.test(ch) ? `\\${ch}` : ch;
}

function slotChars(spec: string): { chars: string; confirms: boolean } {
  let chars = '';
  let confirms = true;
  for (const part of spec.split('|')) {
    if (part === '*') {
      confirms = false;
      for (const s of SLOTS) if (s !== 'DATE') chars += placeholder(s, false) + placeholder(s, true);
    } else if (part === 'SUBJ') {
      confirms = false;
      for (const s of SLOTS) if (s !== 'DATE') chars += placeholder(s, true);
    } else if (part.startsWith('@') && (SLOTS as readonly string[]).includes(part.slice(1))) {
      // `{@PER}`: the article's subject, when it is of that kind.
      confirms = false;
      chars += placeholder(part.slice(1) as Slot, true);
    } else if ((SLOTS as readonly string[]).includes(part)) {
      const s = part as Slot;
      if (s === 'THING') confirms = false;
      chars += placeholder(s, false) + placeholder(s, true);
    } else throw new Error(`unknown kind of mention ${part}`);
  }
  return { chars: `[${[...new Set(chars)].join('')}]`, confirms };
}

interface Translated {
  source: string;
  captures: Map<string, CaptureSpec>;
  list?: { item: string; captures: Map<string, CaptureSpec> };
}

/** Translates a pattern's macros into a regular expression's source. */
export function translate(pattern: string, words: WordClasses, inList = false): Translated {
  const captures = new Map<string, CaptureSpec>();
  let list: Translated['list'];
  let out = '';
  const capture = (name: string | undefined, spec: CaptureSpec): string => {
    if (!name) return '';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`bad capture name ${name}`);
    if (inList && name.startsWith('__unit')) name = `${name}i`;
    if (captures.has(name)) throw new Error(`capture ${name} is used twice`);
    captures.set(name, spec);
    return `?<${name}>`;
  };
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (pattern.startsWith('[[', i)) {
      if (inList) throw new Error('a list inside a list');
      if (list) throw new Error('a pattern has at most one list');
      const close = pattern.indexOf(']]', i + 2);
      if (close < 0) throw new Error('unclosed [[');
      const item = translate(pattern.slice(i + 2, close), words, true);
      for (const [name, spec] of item.captures) {
        if (captures.has(name)) throw new Error(`capture ${name} is used twice`);
        captures.set(name, spec);
      }
      list = { item: item.source, captures: item.captures };
      const unnamed = item.source.replace(/\(\?<(?![=!])[A-Za-z0-9_]+>/g, '(?:');
      out += `(?<__list>${unnamed}(?:${JOIN}${unnamed})*)`;
      i = close + 2;
    } else if (ch === '{' && /^\{\d/.test(pattern.slice(i))) {
      // A quantifier, `{1,20}`, is copied as written.
      const close = pattern.indexOf('}', i);
      out += pattern.slice(i, close + 1);
      i = close + 1;
    } else if (ch === '{') {
      const close = pattern.indexOf('}', i);
      if (close < 0) throw new Error('unclosed {');
      const m = /^([A-Z*|@]+)(\+)?(?:~([A-Z][A-Z0-9_]*))?(?::(\w+))?$/.exec(pattern.slice(i + 1, close));
      if (!m) throw new Error(`bad mention slot {${pattern.slice(i + 1, close)}}`);
      const { chars, confirms } = slotChars(m[1]);
      // `{THING~TITLE:post}`: a mention whose text ends with a word of the class.
      if (m[3] && !words.has(m[3])) throw new Error(`unknown word class ${m[3]} in {${pattern.slice(i + 1, close)}}`);
      const ending = m[3] ? new RegExp(`(?:${words.get(m[3])})$`) : undefined;
      if (ending && !m[4]) throw new Error(`a mention with an ending check needs a name: {${pattern.slice(i + 1, close)}}`);
      out += m[2]
        ? `(${capture(m[4], { kind: 'list', confirms, ending })}${chars}(?:${JOIN}${chars})*)`
        : m[4] ? `(${capture(m[4], { kind: 'slot', confirms, ending })}${chars})` : chars;
      i = close + 1;
    } else if (pattern.startsWith('(?<', i) && !pattern.startsWith('(?<=', i) && !pattern.startsWith('(?<!', i)) {
      const close = pattern.indexOf('>', i);
      out += `(${capture(pattern.slice(i + 3, close), { kind: 'text' })}`;
      i = close + 1;
    } else if (pattern.startsWith('(?', i)) {
      out += pattern.slice(i, i + (pattern.startsWith('(?<', i) ? 4 : 3));
      i += pattern.startsWith('(?<', i) ? 4 : 3;
    } else if (ch === '!' && pattern[i + 1] === '<') {
      // `!<PLANNED>`: the clause holds no word of the class (before or after this point).
      const close = pattern.indexOf('>', i);
      const source = words.get(pattern.slice(i + 2, close));
      if (source === undefined) throw new Error(`unknown word class ${pattern.slice(i + 1, close + 1)}`);
      out += `(?<!(?:${source})[^${CLAUSE_BREAKS}]*)(?![^${CLAUSE_BREAKS}]*(?:${source}))`;
      i = close + 1;
    } else if (ch === '<') {
      const close = pattern.indexOf('>', i);
      if (close < 0) throw new Error('unclosed <');
      const [cls, name] = pattern.slice(i + 1, close).split(':');
      const source = words.get(cls);
      if (source === undefined) throw new Error(`unknown word class <${cls}>`);
      // A unit is always captured, so the engine can check its words.
      const unitName = cls === 'UNIT' ? name ?? `__unit${captures.size}` : undefined;
      out += unitName ? `(${capture(unitName, { kind: 'text', unit: true })}${source})` : `(${name ? capture(name, { kind: 'text', wordClass: cls }) : '?:'}${source})`;
      i = close + 1;
      // An optional unit is tried shortest first, none before some: the engine checks a unit's words after
      // the match and cannot make the expression backtrack then.
      if (unitName && pattern[i] === '?' && pattern[i + 1] !== '?') {
        out += '??';
        i++;
      }
    } else if (ch === '…') {
      out += GAP;
      i++;
    } else if (ch === '^') {
      out += CLAUSE_START;
      i++;
    } else if (ch === '$') {
      out += CLAUSE_END;
      i++;
    } else if (ch === '[') {
      // A character class is copied as written.
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) throw new Error('unclosed [');
      out += pattern.slice(i, close + 1);
      i = close + 1;
    } else if ('()|?*+'.includes(ch)) {
      out += ch;
      i++;
    } else if (ch === '\\') {
      out += pattern.slice(i, i + 2);
      i += 2;
    } else {
      out += escape(ch);
      i++;
    }
  }
  return { source: out, captures, list };
}

function parseArgument(text: string, captures: Map<string, CaptureSpec>, variables: Set<string>): ArgumentSpec {
  const subject = /^@subject(?::([A-Z|]+))?$/.exec(text);
  if (subject) {
    const slots = subject[1]?.split('|');
    for (const s of slots ?? []) if (!(SLOTS as readonly string[]).includes(s)) throw new Error(`unknown kind ${s} in ${text}`);
    return { kind: 'subject', slots: slots as Slot[] | undefined };
  }
  // `quoted#name`: the words a capture holds, as the name of a thing the text names without a link.
  const named = /^(\w+)#name$/.exec(text);
  if (named) {
    if (captures.get(named[1])?.kind !== 'text') throw new Error(`${text}: ${named[1]} must capture words`);
    return { kind: 'capture', name: named[1], asName: true };
  }
  if (text === '@date') return { kind: 'date' };
  if (text === '@term') return { kind: 'term' };
  const reference = /^@(topic|clause|sentence)(?::([A-Z|]+))?$/.exec(text);
  if (reference) {
    const slots = reference[2]?.split('|');
    for (const s of slots ?? []) if (!(SLOTS as readonly string[]).includes(s)) throw new Error(`unknown kind ${s} in ${text}`);
    if (reference[1] === 'clause') return { kind: 'topic', slots: slots as Slot[] | undefined, noFallback: true };
    return { kind: reference[1] as 'topic' | 'sentence', slots: slots as Slot[] | undefined };
  }
  const fact = /^@fact:(\w+)(?:\[(\w+)\])?$/.exec(text);
  if (fact) {
    if (!(PROPERTY_NAMES as readonly string[]).includes(fact[1])) throw new Error(`unknown property ${fact[1]} in ${text}`);
    if (fact[2] && !captures.has(fact[2])) throw new Error(`unknown capture ${fact[2]} in ${text}`);
    return { kind: 'fact', property: fact[1] as PropertyName, role: fact[2] };
  }
  if (text.startsWith('@')) throw new Error(`unknown reference ${text}`);
  // `holder|@sentence:ORG`: the capture, else what the reference names.
  const bar = text.indexOf('|@');
  if (bar > 0) {
    const first = parseArgument(text.slice(0, bar), captures, variables);
    if (first.kind !== 'capture') throw new Error(`${text}: ${text.slice(0, bar)} is no capture`);
    return { ...first, otherwise: parseArgument(text.slice(bar + 1), captures, variables) };
  }
  if (variables.has(text)) return { kind: 'variable', name: text };
  const m = /^(\w+(?:\|\w+)*)(?::([A-Z|/*]+))?(?:\.(first|last))?$/.exec(text);
  const names = m?.[1].split('|') ?? [];
  if (m && names.every((n) => captures.has(n)) && (m[2] || m[3] || names.length > 1 || captures.has(text))) {
    // `who:PER/STATE|ORG`: people, else states and bodies; `*` any kind but a date.
    const kinds = m[2]?.split('/').map((alt) => alt.split('|').flatMap((k) => {
      if (k === '*') return SLOTS.filter((x) => x !== 'DATE');
      if (!(SLOTS as readonly string[]).includes(k)) throw new Error(`unknown kind ${k} in ${text}`);
      return [k as Slot];
    }));
    return { kind: 'capture', name: names[0], alternatives: names.length > 1 ? names.slice(1) : undefined, kinds, pick: m[3] as 'first' | 'last' | undefined };
  }
  for (const inner of text.matchAll(/\{(\w+)\}/g)) if (!captures.has(inner[1])) throw new Error(`unknown capture ${inner[1]} in ${text}`);
  return { kind: 'word', value: text };
}

/** Parses a row's facts: `holds(p, t, o); rel(o, foundedBy, p)`. */
export function parseActions(text: string, captures: Map<string, CaptureSpec>, words: WordClasses = new Map()): ActionSpec[] {
  const actions: ActionSpec[] = [];
  const variables = new Set<string>();
  for (const part of text.split(';').map((p) => p.trim()).filter((p) => p !== '')) {
    const m = /^(\w+)\((.*)\)$/.exec(part);
    if (!m || !(m[1] in ACTIONS)) throw new Error(`bad action ${part}`);
    const action = m[1] as ActionName;
    const args: ArgumentSpec[] = [];
    const options = new Map<string, ArgumentSpec>();
    const raws = m[2].split(',').map((a) => a.trim());
    // `node(v, …)` binds its first argument: a new name, not a capture.
    if (action === 'node') {
      const name = raws.shift()!;
      if (!/^\w+$/.test(name) || captures.has(name) || variables.has(name)) throw new Error(`node: ${name} must be a new name`);
      args.push({ kind: 'variable', name });
    }
    for (const raw of raws) {
      const eq = raw.indexOf('=');
      if (eq > 0 && /^\w+$/.test(raw.slice(0, eq).trim())) {
        const option = raw.slice(0, eq).trim();
        if (!ACTION_OPTIONS.includes(option)) throw new Error(`unknown option ${option} in ${part}`);
        options.set(option, parseArgument(raw.slice(eq + 1).trim(), captures, variables));
      } else if (WORD_POSITIONS[action].includes(args.length) && raw.startsWith('~@heading:')) {
        const cls = raw.slice('~@heading:'.length);
        if (!words.has(cls)) throw new Error(`${raw}: unknown word class ${cls}`);
        args.push({ kind: 'headingWord', wordClass: cls });
      } else if (WORD_POSITIONS[action].includes(args.length) && raw.startsWith('~')) {
        const [name, field = '1'] = raw.slice(1).split('.');
        const spec = captures.get(name);
        if (spec?.kind !== 'text' || !spec.wordClass) throw new Error(`${raw}: ${name} must capture a word of a class (<CLASS:${name}>)`);
        args.push({ kind: 'relationWord', name, field: Number(field) });
      } else if (WORD_POSITIONS[action].includes(args.length)) args.push({ kind: 'word', value: raw });
      else args.push(parseArgument(raw, captures, variables));
    }
    if (args.length < ACTIONS[action]) throw new Error(`${action} takes ${ACTIONS[action]} arguments: ${part}`);
    checkAction(action, args, captures);
    if (action === 'node') variables.add((args[0] as { name: string }).name);
    const deferred = [...args, ...options.values()].some((a) => a.kind === 'fact');
    actions.push({ action, args, options, deferred });
  }
  if (actions.length === 0) throw new Error('a row needs at least one action');
  return actions;
}

function checkAction(action: ActionName, args: ArgumentSpec[], captures: Map<string, CaptureSpec>): void {
  const word = (a: ArgumentSpec | undefined, what: string, known: readonly string[]) => {
    if ((a?.kind === 'relationWord' || a?.kind === 'headingWord') && what === 'property') return;
    if (a?.kind !== 'word' || !known.includes(a.value)) throw new Error(`${action}: unknown ${what} ${a?.kind === 'word' ? a.value : a?.kind}`);
  };
  const entity = (a: ArgumentSpec) => {
    if (a.kind === 'word') throw new Error(`${action}: ${a.value} is neither a capture nor a reference`);
    if (a.kind === 'date') throw new Error(`${action}: @date is not an entity`);
    if (a.kind === 'capture' && captures.get(a.name)!.kind === 'text' && !a.kinds && !a.asName) throw new Error(`${action}: ${a.name} captures words, not a mention (write ${a.name}:KINDS for the mentions in it)`);
  };
  if (action === 'rel') {
    entity(args[0]);
    word(args[1], 'property', PROPERTY_NAMES);
    entity(args[2]);
  } else if (action === 'date') {
    entity(args[0]);
    // `when`: `pointInTime` for a day, `startTime` and `endTime` for a range.
    word(args[1], 'property', [...PROPERTY_NAMES, 'when']);
  } else if (action === 'is') {
    entity(args[0]);
    word(args[1], 'class', ENTITY_TYPES);
  } else if (action === 'holds') {
    entity(args[0]);
    if (args[2]) entity(args[2]);
  } else if (action === 'name') entity(args[0]);
  else if (action === 'node') {
    entity(args[1]);
    word(args[4], 'class', ENTITY_TYPES);
  } else if (action === 'count') entity(args[0]);
  else if (action === 'lit') {
    entity(args[0]);
    word(args[1], 'property', PROPERTY_NAMES);
    word(args[3], 'kind of literal', LITERAL_KINDS);
  }
}

/** Reads a row's context column: `list`, `heading:REGEX`, `term`, separated by `;`. */
export function parseContext(text: string | undefined): RowContext {
  const context: RowContext = {};
  for (const part of (text ?? '').split(';').map((p) => p.trim()).filter((p) => p !== '')) {
    if (part === 'list') context.list = true;
    else if (part === 'term') context.term = context.list = true;
    else if (part.startsWith('heading:')) context.heading = new RegExp(part.slice('heading:'.length));
    else throw new Error(`unknown context ${part}`);
  }
  return context;
}

/** One data row: `id`, `pattern`, `facts`, `example`, and optionally a context. */
export function compileRow(file: string, line: number, cells: string[], words: WordClasses): CompiledRow {
  const where = `${file}:${line}`;
  const [id, pattern, facts, example, contextText] = cells;
  if (!id || !pattern || !facts || !example) throw new Error(`${where}: expected id, pattern, facts and example separated by tabs`);
  try {
    const t = translate(pattern, words);
    const actions = parseActions(facts, t.captures, words);
    return {
      rule: `${file.replace(/\.tsv$/, '')}/${id}`,
      where,
      pattern,
      regex: new RegExp(t.source, 'dg'),
      // An item is matched on the list's own text: whole, up to a list word or the list's end.
      item: t.list ? new RegExp(`^(?:${t.list.item})(?=${JOIN}|$)`, 'd') : undefined,
      captures: t.captures,
      actions,
      example: example.replace(/\\n/g, '\n'),
      context: parseContext(contextText),
    };
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
}

export type { EntityType, PropertyName };
