/**
 * References: `<ref>` elements resolved to the sources they cite.
 *
 * A named ref with content defines its source; `<ref name=x/>` and `<ref name=x></ref>` reuse it, even
 * before the definition. Refs inside `<references>…</references>` are list-defined: definitions, not
 * uses. Ids are the ref name (prefixed by its group, `group/name`, when grouped) or `ref-N`, where N is
 * the 1-based order of first appearance among all distinct references of the article, named ones
 * included (so the third distinct source is `ref-3` even if it is the first unnamed one).
 */
import { CITATION_FIELD_ALIASES } from './lexicon/citationFields';
import { CITATION_TEMPLATES } from './lexicon/templates';
import type { Diagnostic, Reference, ReferenceUse } from './model';
import { canonicalTemplateName, normaliseLinkTarget } from './names';
import type { OffsetIndex } from './offsets';
import { projectChildren, ProjectionContext } from './plainText';
import type { Placement } from './prose';
import { childOfType, forEachOfType, type WikiDocument, type WikiNode } from './wikiparser';

/** One `<ref>` element met in the text. */
interface RefElement {
  node: WikiNode;
  key?: string;
  name?: string;
  group: string;
  inner?: WikiNode;
  hasContent: boolean;
  listDefined: boolean;
}

/** References and the diagnostics found while resolving them. */
export interface ReferenceResult {
  references: Reference[];
  diagnostics: Diagnostic[];
}

export type DiagnosticAt = (utf16: number, code: string, message: string, severity?: Diagnostic['severity']) => Diagnostic;

/** Collects refs in document order, resolves reuses and reads citation fields. */
export function collectReferences(
  document: WikiDocument,
  context: ProjectionContext & { offsets: OffsetIndex },
  placements: Map<WikiNode, Placement>,
  diagnosticAt: DiagnosticAt,
): ReferenceResult {
  const elements = findRefElements(document, context.source);
  const byKey = new Map<string, PendingReference>();
  const references: PendingReference[] = [];
  const diagnostics: Diagnostic[] = [];
  const usedIds = new Set<string>();
  for (const element of elements) {
    let reference = element.key === undefined ? undefined : byKey.get(element.key);
    if (!reference) {
      reference = newReference(element, references.length + 1, usedIds, context.offsets);
      references.push(reference);
      if (element.key !== undefined) byKey.set(element.key, reference);
    }
    if (element.hasContent && !reference.defined) define(reference, element, context);
    if (!element.hasContent && element.key === undefined) diagnostics.push(diagnosticAt(element.node.start, 'empty-ref', 'a <ref> without name or content cites nothing', 'warning'));
    if (!element.listDefined) reference.uses.push(toUse(element.node, reference.id, placements, context.offsets));
  }
  for (const reference of references) {
    if (!reference.defined) {
      diagnostics.push(diagnosticAt(context.offsets.toUtf16(reference.start), 'unknown-named-ref', `<ref name="${reference.name ?? ''}"> is used but never defined`));
    }
    delete reference.defined;
  }
  return { references, diagnostics };
}

type PendingReference = Reference & { defined?: boolean };

/** Every `<ref>` element, noting whether it sits inside `<references>`. */
function findRefElements(document: WikiDocument, source: string): RefElement[] {
  const elements: RefElement[] = [];
  forEachOfType(document, 'ext', (node, ancestors) => {
    if (node.name !== 'ref') return;
    // (wikiparser-node closes a <ref> at the first </ref>, so no <ref> node sits inside another.)
    const name = node.attrs?.name?.trim() || undefined;
    const group = node.attrs?.group?.trim() ?? '';
    const inner = childOfType(node, 'ext-inner');
    const hasContent = !node.selfClosing && inner !== undefined && source.slice(inner.start, inner.end).trim() !== '';
    const listDefined = ancestors.some((a) => a.type === 'ext' && a.name === 'references');
    elements.push({ node, name, group, inner, hasContent, listDefined, key: name === undefined ? undefined : `${group}\u0000${name}` });
  });
  return elements;
}

function newReference(element: RefElement, order: number, usedIds: Set<string>, offsets: OffsetIndex): PendingReference {
  let id = element.name === undefined ? `ref-${order}` : element.group ? `${element.group}/${element.name}` : element.name;
  while (usedIds.has(id)) id = `${id}'`;
  usedIds.add(id);
  const reference: PendingReference = { id, fields: {}, fieldLinks: {}, uses: [], start: offsets.toCodePoint(element.node.start), end: offsets.toCodePoint(element.node.end), defined: false };
  if (element.name !== undefined) reference.name = element.name;
  return reference;
}

/** Fills a reference from its defining element: span, citation template fields or free text. */
function define(reference: PendingReference, element: RefElement, context: ProjectionContext & { offsets: OffsetIndex }): void {
  reference.defined = true;
  reference.start = context.offsets.toCodePoint(element.node.start);
  reference.end = context.offsets.toCodePoint(element.node.end);
  if (!element.inner) return;
  const citation = element.inner.children.find((child) => child.type === 'template' && isCitation(child, context));
  if (citation) readCitation(reference, citation, context);
  else reference.text = projectChildren(element.inner, context).text.replace(/\s+/g, ' ').trim();
}

function templateName(node: WikiNode, source: string): string {
  const nameNode = childOfType(node, 'template-name');
  return nameNode ? source.slice(nameNode.start, nameNode.end).trim() : '';
}

function isCitation(node: WikiNode, context: ProjectionContext): boolean {
  return CITATION_TEMPLATES.includes(canonicalTemplateName(templateName(node, context.source), context.templatePrefixes));
}

/** Reads a citation template's arguments as fields: normalised keys, markup-free values, links kept aside. */
function readCitation(reference: Reference, template: WikiNode, context: ProjectionContext): void {
  reference.template = templateName(template, context.source);
  for (const param of template.children.filter((child) => child.type === 'parameter')) {
    const keyNode = childOfType(param, 'parameter-key');
    const rawKey = param.anon ? String(param.name ?? '') : keyNode ? context.source.slice(keyNode.start, keyNode.end) : '';
    const key = normaliseFieldKey(rawKey);
    const valueNode = childOfType(param, 'parameter-value');
    if (!key || !valueNode) continue;
    const plain = projectChildren(valueNode, context);
    const value = plain.text.replace(/\s+/g, ' ').trim();
    if (value) reference.fields[key] = value;
    const link = plain.links[0];
    const target = link && childOfType(link.node, 'link-target');
    if (target) reference.fieldLinks[key] = normaliseLinkTarget(context.source.slice(target.start, target.end));
  }
}

/** `Access-Date` → `accessdate`: lower-cased, trimmed, hyphen/space variants merged (see the lexicon). */
export function normaliseFieldKey(raw: string): string {
  const key = raw.trim().toLowerCase().replace(/[_\s]+/g, ' ');
  return CITATION_FIELD_ALIASES[key] ?? key;
}

function toUse(node: WikiNode, referenceId: string, placements: Map<WikiNode, Placement>, offsets: OffsetIndex): ReferenceUse {
  const placement = placements.get(node);
  return {
    referenceId,
    sentence: placement?.sentence ?? -1,
    plainOffset: placement?.plainOffset ?? -1,
    start: offsets.toCodePoint(node.start),
    end: offsets.toCodePoint(node.end),
  };
}
