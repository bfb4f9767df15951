/**
 * Evidence of a statement: where it was derived from (article and citations) and the NIF span of the
 * words that state it, with the sentence around them.
 */
import { DataFactory } from 'n3';
import type { NamedNode } from '@rdfjs/types';
import type { Evidence } from '../extract/fact';
import type { ArticleGraph } from './articleGraph';
import { nif, prov, rdf, wkg } from './vocab';
import { offsetLiteral } from './terms';

/** Adds a NIF string node for a span: offsets, exact wikitext and context. */
function addSpan(g: ArticleGraph, node: NamedNode, start: number, end: number): void {
  g.bag.add(node, nif.beginIndex, offsetLiteral(start));
  g.bag.add(node, nif.endIndex, offsetLiteral(end));
  g.bag.add(node, nif.anchorOf, DataFactory.literal(g.slice(start, end)));
  g.bag.add(node, nif.referenceContext, g.context());
}

/** Adds a sentence node (once) and returns it, or `undefined` when the index names no sentence. */
export function addSentence(g: ArticleGraph, index: number): NamedNode | undefined {
  const sentence = g.article.sentences[index];
  if (!sentence || !g.isSpan(sentence.start, sentence.end)) return undefined;
  const node = g.iri.textSpan(sentence.start, sentence.end);
  if (g.bag.has(node, rdf.type, nif.Sentence)) return node;
  g.bag.add(node, rdf.type, nif.Sentence);
  addSpan(g, node, sentence.start, sentence.end);
  g.bag.add(node, wkg.plainText, g.prose(sentence.text));
  for (const use of sentence.references) g.bag.add(node, wkg.citation, g.iri.citation(use.referenceId));
  return node;
}

/** Adds the evidence of one statement node. */
export function addEvidence(g: ArticleGraph, statement: NamedNode, evidence: Evidence): void {
  g.bag.add(statement, wkg.extractionRule, DataFactory.literal(evidence.rule));
  g.bag.add(statement, prov.wasDerivedFrom, g.iri.article());
  for (const id of evidence.citations) g.bag.add(statement, prov.wasDerivedFrom, g.iri.citation(id));
  // Facts not from prose (categories, infobox) may have no span worth pointing at.
  if (!g.isSpan(evidence.start, evidence.end)) return;
  const phrase = g.iri.textSpan(evidence.start, evidence.end);
  g.bag.add(statement, wkg.evidence, phrase);
  g.bag.add(phrase, rdf.type, nif.Phrase);
  addSpan(g, phrase, evidence.start, evidence.end);
  const sentence = evidence.sentence >= 0 ? addSentence(g, evidence.sentence) : undefined;
  // A phrase that is the whole sentence is the same NIF string; no self-loop.
  if (sentence && !sentence.equals(phrase)) g.bag.add(phrase, nif.sentence, sentence);
}
