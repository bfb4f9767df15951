/** Adapter over N3.js for Turtle, TriG, N-Triples and N-Quads: the only file of export that imports n3. */
import { Parser, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { NS } from '../graph/vocab';

/** The formats N3.js reads and writes. */
export type N3Format = 'ttl' | 'trig' | 'nt' | 'nq';

const N3_NAME: Record<N3Format, string> = { ttl: 'Turtle', trig: 'TriG', nt: 'N-Triples', nq: 'N-Quads' };

/**
 * What N3.js escapes in Turtle and TriG, minus the characters outside the BMP (emoji, CJK extension B),
 * which it would write as `\U` escapes: rdflib 2.4's Turtle reader drops those escapes from literals,
 * and raw UTF-8 is equally valid and readable. Lone surrogates never reach the writer (`seg` and the
 * parse stage make text well-formed).
 */
const TURTLE_ESCAPE = /["\\\t\n\r\b\f\u0000-\u0019]/;
const TURTLE_ESCAPE_ALL = /["\\\t\n\r\b\f\u0000-\u0019]/g;

const XSD_BOOLEAN = `${NS.xsd}boolean`;
type TermEncoder = (this: Writer, term: Quad['object']) => string;
const writerMethods = Writer.prototype as unknown as { _encodeLiteral?: TermEncoder; _encodeIriOrBlank?: TermEncoder };
const { _encodeLiteral: encodeLiteral, _encodeIriOrBlank: encodeIriOrBlank } = writerMethods;
if (typeof encodeLiteral !== 'function' || typeof encodeIriOrBlank !== 'function') {
  throw new Error('n3 Writer no longer has _encodeLiteral and _encodeIriOrBlank; revisit TurtleWriter');
}

/**
 * N3.js's writer with three changes for Turtle and TriG:
 * - booleans are written `"true"^^xsd:boolean` in full: N3.js abbreviates them to bare `true`/`false`,
 *   which rdflib 2.4 reads back as `"1"`, a different literal;
 * - characters outside the BMP are written raw (`TURTLE_ESCAPE`);
 * - each IRI's prefixed or bracketed form is worked out once per document.
 */
class TurtleWriter extends Writer {
  /** Each IRI's Turtle form, found once: N3.js escapes it and tries every prefix for each occurrence. */
  private readonly iriForms = new Map<string, string>();

  constructor(options: ConstructorParameters<typeof Writer>[0]) {
    super(options);
    const self = this as unknown as { _escape?: RegExp; _escapeAll?: RegExp };
    if (!(self._escape instanceof RegExp) || !(self._escapeAll instanceof RegExp)) {
      throw new Error('n3 Writer no longer has _escape and _escapeAll; revisit TurtleWriter');
    }
    self._escape = TURTLE_ESCAPE;
    self._escapeAll = TURTLE_ESCAPE_ALL;
  }

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
export async function writeN3(quads: readonly Quad[], format: N3Format, extraPrefixes: Record<string, string> = {}): Promise<string> {
  const withPrefixes = format === 'ttl' || format === 'trig';
  const prefixes = withPrefixes ? { ...NS, ...extraPrefixes } : undefined;
  const writer = new (withPrefixes ? TurtleWriter : Writer)({ format: N3_NAME[format], prefixes });
  writer.addQuads(quads as Quad[]);
  const text = await new Promise<string>((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
  return text;
}

/** Parses Turtle, TriG, N-Triples or N-Quads (throws on syntax errors, with N3.js's line number). */
export function parseN3(text: string, format: N3Format, baseIri?: string): Quad[] {
  return new Parser({ format: N3_NAME[format], baseIRI: baseIri }).parse(text);
}
