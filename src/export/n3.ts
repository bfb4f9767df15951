/** Adapter over N3.js for Turtle, TriG, N-Triples and N-Quads: the only file of export that imports n3. */
import { Parser, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { NS } from '../graph/vocab';

/** The formats N3.js reads and writes. */
export type N3Format = 'ttl' | 'trig' | 'nt' | 'nq';

const N3_NAME: Record<N3Format, string> = { ttl: 'Turtle', trig: 'TriG', nt: 'N-Triples', nq: 'N-Quads' };

// A `\UXXXXXXXX` escape that is not itself an escaped backslash followed by `U`.
const ASTRAL_ESCAPE = /(?<!\\)((?:\\\\)*)\\U([0-9A-Fa-f]{8})/g;

/**
 * N3.js writes characters outside the BMP (emoji, CJK extension B) as `\U` escapes in Turtle, and
 * rdflib 2.4's Turtle reader drops those escapes from literals; raw UTF-8 is equally valid and readable.
 */
function unescapeAstral(turtle: string): string {
  if (!turtle.includes('\\U')) return turtle;
  return turtle.replace(ASTRAL_ESCAPE, (_, backslashes: string, hex: string) => backslashes + String.fromCodePoint(parseInt(hex, 16)));
}

const XSD_BOOLEAN = `${NS.xsd}boolean`;
type TermEncoder = (this: Writer, term: Quad['object']) => string;
const writerMethods = Writer.prototype as unknown as { _encodeLiteral?: TermEncoder; _encodeIriOrBlank?: TermEncoder };
const { _encodeLiteral: encodeLiteral, _encodeIriOrBlank: encodeIriOrBlank } = writerMethods;
if (typeof encodeLiteral !== 'function' || typeof encodeIriOrBlank !== 'function') {
  throw new Error('n3 Writer no longer has _encodeLiteral and _encodeIriOrBlank; revisit BooleanSafeWriter');
}

/**
 * N3.js abbreviates booleans to bare `true`/`false` in Turtle, which rdflib 2.4 reads back as `"1"`, a
 * different literal; writing `"true"^^xsd:boolean` in full keeps every consumer on the same graph.
 */
class BooleanSafeWriter extends Writer {
  /** Each IRI's Turtle form, found once: N3.js escapes it and tries every prefix for each occurrence. */
  private readonly iriForms = new Map<string, string>();

  _encodeIriOrBlank(term: Quad['object']): string {
    if (term.termType !== 'NamedNode') return encodeIriOrBlank!.call(this, term);
    let form = this.iriForms.get(term.value);
    if (form === undefined) this.iriForms.set(term.value, (form = encodeIriOrBlank!.call(this, term)));
    return form;
  }

  _encodeLiteral(literal: Quad['object']): string {
    if (literal.termType === 'Literal' && literal.datatype.value === XSD_BOOLEAN) return `"${literal.value}"^^xsd:boolean`;
    return encodeLiteral!.call(this, literal);
  }
}

/** Writes quads (already in canonical order) with the fixed prefix table for Turtle and TriG. */
export async function writeN3(quads: Quad[], format: N3Format, extraPrefixes: Record<string, string> = {}): Promise<string> {
  const withPrefixes = format === 'ttl' || format === 'trig';
  const prefixes = withPrefixes ? { ...NS, ...extraPrefixes } : undefined;
  const writer = new (withPrefixes ? BooleanSafeWriter : Writer)({ format: N3_NAME[format], prefixes });
  writer.addQuads(quads);
  const text = await new Promise<string>((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
  return withPrefixes ? unescapeAstral(text) : text;
}

/** Parses Turtle, TriG, N-Triples or N-Quads (throws on syntax errors, with N3.js's line number). */
export function parseN3(text: string, format: N3Format, baseIri?: string): Quad[] {
  return new Parser({ format: N3_NAME[format], baseIRI: baseIri }).parse(text);
}
