/**
 * The messages of a result, as rdf-validate-shacl's createResultMessages and withSubstitutions make them:
 * the shape's sh:message values, else the component's English template, else the component's own
 * sh:message in the shapes graph; then `{$param}` and `{?param}` filled in. They depend on the shapes
 * only, so each constraint computes them once.
 */
import { DataFactory } from 'n3';
import type { Term } from '@rdfjs/types';
import { NS } from '../graph/vocab';
import type { Site } from './constraints';
import { SH, sh } from './shaclVocab';

/** What a component says about itself: its name, parameters (in the library's order) and templates. */
export interface MessageSource {
  readonly name: string;
  readonly params: readonly string[];
  readonly nodeMessage?: string;
  readonly propertyMessage?: string;
}

interface Template {
  text: string;
  /** Language or datatype: two messages differ when either does. */
  tag: string;
}

const PLAIN = `${NS.xsd}string`;
const tagOf = (term: Term) => (term.termType === 'Literal' ? term.language || term.datatype.value : PLAIN);

/** The messages of one constraint's results, distinct (the library's report holds each literal once). */
export function messagesOf(component: MessageSource, site: Site): string[] {
  const own = (node: Term) => site.graph.objects(node, sh.message).map((m) => ({ text: m.value, tag: tagOf(m) }));
  let templates: Template[] = own(site.shape.node);
  const fallback = site.shape.path ? component.propertyMessage : component.nodeMessage;
  if (templates.length === 0 && fallback) templates = [{ text: fallback, tag: PLAIN }];
  if (templates.length === 0) templates = own(DataFactory.namedNode(`${SH}${component.name}ConstraintComponent`));
  const distinct = new Map<string, string>();
  for (const { text, tag } of templates) {
    const filled = fillIn(text, component, site);
    distinct.set(`${tag}\n${filled}`, filled);
  }
  return [...distinct.values()];
}

/** `{$param}` and `{?param}` replaced (first occurrence each, with String.replace's `$` rules, as the library does). */
function fillIn(text: string, component: MessageSource, site: Site): string {
  return component.params.reduce((message, param) => {
    const label = paramLabel(param, component, site);
    const name = param.slice(param.lastIndexOf('#') + 1);
    return message.replace(`{$${name}}`, label).replace(`{?${name}}`, label);
  }, text);
}

function paramLabel(param: string, component: MessageSource, site: Site): string {
  // A one-parameter constraint answers its one value whatever parameter is asked.
  const value = component.params.length === 1 ? [...site.params.values()][0] : site.params.get(param);
  if (!value) return 'NULL';
  if (value.termType === 'NamedNode') return `<${value.value}>`;
  if (value.termType !== 'BlankNode') return value.value;
  // A blank node is shown as the shape's sh:in values, whatever the parameter (the library's nodeLabel).
  const members = site.graph.inList(site.shape.node).map((term) => term.value);
  return members.length > 3 ? `${members.slice(0, 3).join(', ')} ... (and ${members.length - 3} more)` : members.join(', ');
}
