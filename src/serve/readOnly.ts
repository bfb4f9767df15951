/**
 * Keeps the endpoint read-only before a query reaches the store: SPARQL Update (and its `LOAD`) and
 * `SERVICE` (federation, which would make the server fetch URLs for anyone) are refused with a clear
 * message rather than a parse error. The check reads the query's tokens with strings, IRIs and comments
 * blanked out, so a literal that merely contains the word is never refused.
 */

/** Strings (all four quotings), IRI references and comments of a SPARQL text. */
const NOT_KEYWORDS = /"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*'|<[^<>"{}|^`\\\u0000-\u0020]*>|#[^\n\r]*/g;

/** The first word of an update operation (SPARQL 1.1 Update grammar, `Update1`), and `WITH`. */
const UPDATE_START = /^(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)$/i;

/** `SERVICE` as a keyword: not a variable (`?service`), nor part of a prefixed name (`ex:service`, `service:x`). */
const SERVICE_KEYWORD = /(^|[^?$:\w-])SERVICE(?![\w:-])/i;

/** The query with its strings, IRIs and comments blanked, keeping every other character in place. */
export function keywordsOnly(sparql: string): string {
  return sparql.replace(NOT_KEYWORDS, (match) => ' '.repeat(match.length));
}

/** The first word after the prologue (`BASE`/`PREFIX` declarations). */
function firstOperationWord(code: string): string | undefined {
  const words = code.match(/[A-Za-z_][\w-]*:?|[^\sA-Za-z_]/g) ?? [];
  let i = 0;
  while (i < words.length) {
    const word = words[i].toUpperCase();
    if (word === 'BASE') i += 1;
    else if (word === 'PREFIX') i += words[i + 1]?.endsWith(':') || words[i + 1] === ':' ? 2 : 1;
    else return words[i];
  }
  return undefined;
}

/** Why the server will not run `sparql` (an update or federation), or undefined when it may. */
export function refusal(sparql: string): string | undefined {
  const code = keywordsOnly(sparql);
  const first = firstOperationWord(code);
  if (first !== undefined && UPDATE_START.test(first)) {
    return `this endpoint is read-only: ${first.toUpperCase()} is SPARQL Update, which it does not run`;
  }
  if (SERVICE_KEYWORD.test(code)) return 'this endpoint does not run SERVICE (federated queries): it answers from its own data only';
  return undefined;
}
