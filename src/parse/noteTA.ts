/**
 * Variant rules: `{{noteTA|1=zh-hans:A; zh-hant:B;|G1=Group}}` and inline `-{H|zh-hans:A;zh-hant:B}-`.
 * Group rules (`G1`) name a shared conversion group: the group name is kept and the variants are empty.
 */
import { NOTE_TA_TEMPLATES } from './lexicon/templates';
import type { VariantRule } from './model';
import type { OffsetIndex } from './offsets';
import type { FoundTemplate } from './templates';
import { childOfType, forEachOfType, type WikiDocument, type WikiNode } from './wikiparser';

const VARIANT_ENTRY = /^\s*([a-z]{2,3}(?:-[a-z0-9]+)*)\s*:([\s\S]*)$/i;

/** Reads `zh-hans:A; zh-hant:B;` into `{ 'zh-hans': 'A', 'zh-hant': 'B' }`. */
export function parseVariantList(text: string): Record<string, string> {
  const variants: Record<string, string> = {};
  for (const entry of text.split(';')) {
    const match = VARIANT_ENTRY.exec(entry);
    if (match && match[2].trim()) variants[match[1].toLowerCase()] = match[2].trim();
  }
  return variants;
}

/** Rules from the noteTA templates: numbered arguments give variants, `G` arguments name groups. */
export function noteTaRules(templates: readonly FoundTemplate[]): VariantRule[] {
  const rules: VariantRule[] = [];
  for (const { call } of templates) {
    if (!NOTE_TA_TEMPLATES.includes(call.canonicalName)) continue;
    for (const arg of call.args) {
      if (/^\d+$/.test(arg.name) && !arg.positional) {
        rules.push({ key: arg.name, variants: parseVariantList(arg.value), start: arg.start, end: arg.end });
      } else if (/^G\d+$/i.test(arg.name)) {
        const rule: VariantRule = { key: arg.name, variants: {}, start: arg.start, end: arg.end };
        if (arg.value) rule.group = arg.value;
        rules.push(rule);
      }
    }
  }
  return rules;
}

/** Inline conversion rules that define variants (`-{H|…}-`, `-{A|…}-`), keyed `inline`. */
export function inlineRules(document: WikiDocument, source: string, offsets: OffsetIndex): VariantRule[] {
  const rules: VariantRule[] = [];
  forEachOfType(document, 'converter', (node) => {
    const flags = childOfType(node, 'converter-flags');
    if (!flags || !/[HA]/.test(source.slice(flags.start, flags.end))) return;
    const body = node.children.filter((c) => c.type === 'converter-rule').map((c) => source.slice(c.start, c.end)).join(';');
    const variants = parseVariantList(body);
    if (Object.keys(variants).length) rules.push({ key: 'inline', variants, start: offsets.toCodePoint(node.start), end: offsets.toCodePoint(node.end) });
  });
  return rules;
}
