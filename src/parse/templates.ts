/** Template calls anywhere in the article (nested ones and those inside refs included), with their arguments. */
import type { TemplateArgument, TemplateCall } from './model';
import { canonicalTemplateName } from './names';
import type { OffsetIndex } from './offsets';
import { childOfType, forEachOfType, type WikiDocument, type WikiNode } from './wikiparser';

/** A template call with the node it came from, for the extractors of this stage. */
export interface FoundTemplate {
  call: TemplateCall;
  node: WikiNode;
  /** True when the call sits inside a `<ref>`. */
  inReference: boolean;
}

/** Every template call in document order. */
export function collectTemplates(document: WikiDocument, source: string, offsets: OffsetIndex, templatePrefixes: readonly string[]): FoundTemplate[] {
  const found: FoundTemplate[] = [];
  forEachOfType(document, 'template', (node, ancestors) => {
    const nameNode = childOfType(node, 'template-name');
    const name = nameNode ? source.slice(nameNode.start, nameNode.end).trim() : '';
    const call: TemplateCall = {
      name,
      canonicalName: canonicalTemplateName(name, templatePrefixes),
      args: node.children.filter((c) => c.type === 'parameter').map((p) => toArgument(p, source, offsets)),
      start: offsets.toCodePoint(node.start),
      end: offsets.toCodePoint(node.end),
    };
    found.push({ call, node, inReference: ancestors.some((a) => a.type === 'ext' && a.name === 'ref') });
  });
  return found;
}

/** An argument: MediaWiki's numbering for unnamed ones (wikiparser-node gives it as the name). */
function toArgument(param: WikiNode, source: string, offsets: OffsetIndex): TemplateArgument {
  const value = childOfType(param, 'parameter-value');
  const key = childOfType(param, 'parameter-key');
  const name = param.anon ? String(param.name ?? '') : key ? source.slice(key.start, key.end).trim() : String(param.name ?? '');
  return {
    name,
    value: value ? source.slice(value.start, value.end).trim() : '',
    positional: param.anon === true,
    start: offsets.toCodePoint(param.start),
    end: offsets.toCodePoint(param.end),
  };
}

/** The first argument among `names` that has a non-empty value. */
export function argumentValue(call: TemplateCall, names: readonly string[]): TemplateArgument | undefined {
  for (const name of names) {
    const arg = call.args.find((a) => a.name === name && a.value !== '');
    if (arg) return arg;
  }
  return undefined;
}
