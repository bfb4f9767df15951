/**
 * The outline of a SPARQL query, read from its tokens without a full parser: its form, where its head,
 * dataset clause and WHERE group are, and its top-level `LIMIT`, `OFFSET` and `VALUES`. Enough to bound
 * a query (`queryCap.ts`) and to know whether it names its own dataset (`FROM`), while the text the
 * engine runs stays the user's, so its error positions stay theirs too.
 *
 * Strings, IRIs and comments are blanked first (`keywordsOnly`), so a literal that contains `LIMIT` or
 * a brace never counts; braces and parentheses are counted so that a sub-query's `LIMIT` is not the
 * query's.
 */
import { keywordsOnly } from './readOnly';

/** A token of the query text: its text and where it is. */
interface Token {
  text: string;
  start: number;
  end: number;
  /** Braces and parentheses open around it. */
  depth: number;
}

/** A top-level `LIMIT n` or `OFFSET n`: the number's place in the text. */
export interface Modifier {
  value: number;
  /** The keyword's start and the number's end, to blank the clause out. */
  start: number;
  end: number;
}

/** What a query looks like from outside. */
export interface QueryShape {
  form: 'SELECT' | 'CONSTRUCT' | 'DESCRIBE' | 'ASK';
  /** Where the form's keyword starts and where its head (projection, template, described terms) ends. */
  headStart: number;
  headEnd: number;
  /** Whether a top-level `FROM` or `FROM NAMED` gives the query its own dataset. */
  hasDataset: boolean;
  /** Whether it has a WHERE group (a DESCRIBE of IRIs alone has none). */
  hasWhere: boolean;
  limit?: Modifier;
  offset?: Modifier;
  /** Where a `LIMIT` may be added: before the trailing `VALUES` clause, or at the end. */
  insertAt: number;
}

const TOKEN = /[?$][\p{L}\p{N}_]+|[\p{L}_][\p{L}\p{N}_.-]*(?::[\p{L}\p{N}_.:%-]*)?|:[\p{L}\p{N}_.:%-]*|\d+|\S/gu;

function tokenize(code: string): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  for (const match of code.matchAll(TOKEN)) {
    const text = match[0];
    if (text === '}' || text === ')') depth = Math.max(0, depth - 1);
    tokens.push({ text, start: match.index, end: match.index + text.length, depth });
    if (text === '{' || text === '(') depth += 1;
  }
  return tokens;
}

const FORMS = new Set(['SELECT', 'CONSTRUCT', 'DESCRIBE', 'ASK']);
const is = (token: Token | undefined, word: string) => token !== undefined && token.depth === 0 && token.text.toUpperCase() === word;

/** The index of the token closing the group opened at `open`, or -1 when it is never closed. */
function closing(tokens: Token[], open: number): number {
  for (let i = open + 1; i < tokens.length; i++) if (tokens[i].depth === tokens[open].depth && (tokens[i].text === '}' || tokens[i].text === ')')) return i;
  return -1;
}

/** The outline of `sparql`, or undefined when it is not a query this reading understands (then run it as it is). */
export function queryShape(sparql: string): QueryShape | undefined {
  const tokens = tokenize(keywordsOnly(sparql));
  let i = 0;
  // IRIs are blanked: `BASE <…>` is one token, `PREFIX ex: <…>` two.
  while (i < tokens.length && (is(tokens[i], 'BASE') || is(tokens[i], 'PREFIX'))) i += is(tokens[i], 'BASE') ? 1 : 2;
  const formToken = tokens[i];
  if (!formToken || formToken.depth !== 0 || !FORMS.has(formToken.text.toUpperCase())) return undefined;
  const form = formToken.text.toUpperCase() as QueryShape['form'];
  let j = i + 1;
  // A CONSTRUCT's template is a group of its own before the WHERE group.
  if (form === 'CONSTRUCT' && tokens[j]?.text === '{') {
    j = closing(tokens, j);
    if (j < 0) return undefined;
    j += 1;
  } else {
    while (j < tokens.length && !(tokens[j].depth === 0 && (tokens[j].text === '{' || is(tokens[j], 'FROM') || is(tokens[j], 'WHERE')))) j++;
  }
  const headEnd = tokens[j]?.start ?? sparql.length;
  let hasDataset = false;
  while (is(tokens[j], 'FROM')) {
    hasDataset = true;
    j += is(tokens[j + 1], 'NAMED') ? 2 : 1;
    // The graph's IRI is blanked; a prefixed name is a token.
    if (tokens[j] && tokens[j].text !== '{' && !is(tokens[j], 'FROM') && !is(tokens[j], 'WHERE')) j += 1;
  }
  if (is(tokens[j], 'WHERE')) j += 1;
  const hasWhere = tokens[j]?.text === '{';
  if (hasWhere) {
    j = closing(tokens, j);
    if (j < 0) return undefined;
    j += 1;
  } else if (form !== 'DESCRIBE') return undefined;
  const shape: QueryShape = { form, headStart: formToken.start, headEnd, hasDataset, hasWhere, insertAt: sparql.length };
  for (; j < tokens.length; j++) {
    const token = tokens[j];
    if (token.depth !== 0) continue;
    if (is(token, 'VALUES')) {
      shape.insertAt = token.start;
      break;
    }
    for (const word of ['LIMIT', 'OFFSET'] as const) {
      if (!is(token, word)) continue;
      const number = tokens[j + 1];
      if (!number || !/^\d+$/.test(number.text)) return undefined;
      shape[word === 'LIMIT' ? 'limit' : 'offset'] = { value: Number(number.text), start: token.start, end: number.end };
    }
  }
  return shape;
}
