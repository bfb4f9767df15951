/**
 * The SPARQL Query Results XML Format (https://www.w3.org/TR/rdf-sparql-XMLres/), for the clients that
 * ask a SPARQL endpoint for `application/sparql-results+xml`. The other W3C result formats are in
 * `results.ts`; this one is apart because only the server writes it.
 */
import type { Term } from '@rdfjs/types';
import { xsd } from '../graph/vocab';
import type { QueryResult } from './oxigraph';

/** The namespace of the results format (a format's name, not a vocabulary of the graph). */
const RESULTS_NS = 'http://www.w3.org/2005/sparql-results#';

/**
 * Text as XML character data or attribute value. Characters that XML 1.0 cannot carry at all (controls
 * other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF) become U+FFFD; a carriage return is
 * written as a reference, since parsers would otherwise turn it into a line feed.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[&<>"\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' })[c] as string);
}

function termXml(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<uri>${escapeXml(term.value)}</uri>`;
    case 'BlankNode':
      return `<bnode>${escapeXml(term.value)}</bnode>`;
    case 'Literal': {
      if (term.language) return `<literal xml:lang="${escapeXml(term.language)}">${escapeXml(term.value)}</literal>`;
      if (term.datatype.value === xsd.string.value) return `<literal>${escapeXml(term.value)}</literal>`;
      return `<literal datatype="${escapeXml(term.datatype.value)}">${escapeXml(term.value)}</literal>`;
    }
    default:
      throw new Error(`cannot write a ${term.termType} as a SPARQL result`);
  }
}

/** A SELECT's bindings or an ASK's boolean in the SPARQL XML results format. */
export function resultsXml(result: Exclude<QueryResult, { kind: 'quads' }>): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<sparql xmlns="${RESULTS_NS}">`];
  if (result.kind === 'boolean') {
    lines.push('  <head/>', `  <boolean>${result.value}</boolean>`);
  } else {
    lines.push('  <head>', ...result.variables.map((v) => `    <variable name="${escapeXml(v)}"/>`), '  </head>', '  <results>');
    for (const row of result.rows) {
      const bindings = result.variables.filter((v) => row[v] !== undefined);
      lines.push('    <result>', ...bindings.map((v) => `      <binding name="${escapeXml(v)}">${termXml(row[v] as Term)}</binding>`), '    </result>');
    }
    lines.push('  </results>');
  }
  lines.push('</sparql>');
  return lines.join('\n') + '\n';
}
