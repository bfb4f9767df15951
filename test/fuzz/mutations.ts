/**
 * Ways to break an article, each a function of the text and a seeded `Random`: cuts at every kind of
 * boundary, unbalanced and deeply nested markup, very long lines, control characters, lone surrogates,
 * bidi marks, and Turtle/SPARQL metacharacters put where they end up in IRIs and literals (titles, link
 * targets, template values, URLs).
 */
import type { Random } from './random';

/** One mutation: a name for the report and the change it makes. */
export interface Mutation {
  name: string;
  apply(text: string, random: Random): string;
}

/** Characters that mean something in Turtle, SPARQL, IRIs or wikitext. */
export const METACHARACTERS = ['>', '<', '"', '\\', '@', '^^', '.', ' . ', '{', '}', '|', '`', '#', '%', '%zz', "'", ';', '_:b0', '?x', '$x', '<<', '>>', '\n', '\t', '"""', '\\u0000', '[', ']', '@en-', '^^<x>'];

/** Characters that have broken text pipelines before. */
const CONTROLS = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\r', '\u001b', '\u001f', '\u007f', '\u0085', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff', '\ufffd'];
const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];
const BIDI = ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c'];

/** Openers and closers of markup; a cut or an insertion next to them leaves something unbalanced. */
const BOUNDARIES = ['{{', '}}', '[[', ']]', '<ref', '</ref>', '/>', '|', '=', "'''", "''", '==', '{|', '|}', '<!--', '-->', '[http', '\n', '<nowiki>', '&', '-{', '}-'];

const insertAt = (text: string, at: number, piece: string): string => text.slice(0, at) + piece + text.slice(at);
const anywhere = (text: string, random: Random): number => random.int(0, text.length);

/** Where `needle` occurs in `text` (all start indices). */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

const meta = (random: Random, count = random.int(1, 4)): string => Array.from({ length: count }, () => random.pick(METACHARACTERS)).join('');

/** Every mutation the fuzz test draws from. */
export const MUTATIONS: readonly Mutation[] = [
  {
    name: 'cut at a boundary',
    apply(text, random) {
      const boundary = random.pick(BOUNDARIES);
      const at = occurrences(text, boundary);
      const where = at.length > 0 ? random.pick(at) + random.int(0, boundary.length) : anywhere(text, random);
      return text.slice(0, where);
    },
  },
  { name: 'cut anywhere, even inside a surrogate pair', apply: (text, random) => text.slice(0, anywhere(text, random)) },
  { name: 'insert an opener or closer', apply: (text, random) => insertAt(text, anywhere(text, random), random.pick(BOUNDARIES)) },
  {
    name: 'delete a closer',
    apply(text, random) {
      const closer = random.pick(['}}', ']]', '</ref>', '|}', '-->']);
      const at = occurrences(text, closer);
      if (at.length === 0) return text + random.pick(['{{', '[[', '<ref>', '{|\n', '<!--']);
      const i = random.pick(at);
      return text.slice(0, i) + text.slice(i + closer.length);
    },
  },
  {
    name: 'nest templates and links deeply',
    apply(text, random) {
      const depth = random.int(20, 130);
      const open = random.pick(['{{t|', '[[a|', '{{t|[[', '<ref>{{t|', '{{{{']);
      const close = { '{{t|': '}}', '[[a|': ']]', '{{t|[[': ']]}}', '<ref>{{t|': '}}</ref>', '{{{{': '}}}}' }[open]!;
      const closed = random.next() < 0.5;
      return insertAt(text, anywhere(text, random), open.repeat(depth) + 'x' + (closed ? close.repeat(depth) : ''));
    },
  },
  {
    name: 'a very long line',
    apply(text, random) {
      const unit = random.pick(['a', '漢', '😀', '[[x]] ', "'''b''' ", '{{t}}', '<ref>r</ref>', 'w. ', '|', '{{', '[[', '&amp;']);
      return insertAt(text, anywhere(text, random), unit.repeat(Math.ceil(random.int(5_000, 25_000) / unit.length)));
    },
  },
  { name: 'control characters', apply: (text, random) => scatter(text, random, CONTROLS) },
  { name: 'lone surrogates', apply: (text, random) => scatter(text, random, LONE_SURROGATES) },
  { name: 'bidi marks', apply: (text, random) => scatter(text, random, BIDI) },
  {
    name: 'metacharacters in link targets',
    apply(text, random) {
      const at = occurrences(text, '[[');
      const i = at.length > 0 ? random.pick(at) + 2 : anywhere(text, random);
      return insertAt(text, i, `${meta(random)}Target${meta(random)}`);
    },
  },
  {
    name: 'metacharacters in template values',
    apply(text, random) {
      const at = occurrences(text, '=');
      const i = at.length > 0 ? random.pick(at) + 1 : anywhere(text, random);
      return insertAt(text, i, meta(random));
    },
  },
  {
    name: 'metacharacters in a citation',
    apply(text, random) {
      const value = (): string => `v${meta(random)}w`;
      const ref = `<ref name="${value()}">{{cite web|url=http://e.org/${meta(random)}|title=${value()}|publisher=${value()}|author=${value()}|date=${value()}|language=${value()}|archive-url=${meta(random)}|access-date=2018-${meta(random)}}}</ref>`;
      return insertAt(text, anywhere(text, random), ref);
    },
  },
  {
    name: 'metacharacters in a URL',
    apply: (text, random) => insertAt(text, anywhere(text, random), ` [http://e.org/a${meta(random)}b label${meta(random)}] `),
  },
  {
    name: 'metacharacters in bold terms and categories',
    apply: (text, random) => insertAt(text, anywhere(text, random), `\n'''${meta(random)}Name${meta(random)}''' [[Category:${meta(random)}C${meta(random)}]]\n`),
  },
];

/** Puts 1 to 8 of `pieces` at random places in `text`. */
function scatter(text: string, random: Random, pieces: readonly string[]): string {
  let out = text;
  for (let n = random.int(1, 8); n > 0; n--) out = insertAt(out, anywhere(out, random), random.pick(pieces));
  return out;
}

/** A title with metacharacters, for the article's own IRIs. */
export function hostileTitle(title: string, random: Random): string {
  if (random.next() < 0.5) return title;
  return `${meta(random)}${title}${meta(random)}${random.pick([...CONTROLS, ...BIDI, ...LONE_SURROGATES, ''])}`;
}
