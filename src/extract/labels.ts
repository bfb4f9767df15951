import type { ExtractionContext } from './context';
import { fact } from './build';
import type { EntityKey, Evidence, Fact } from './fact';
const HAN_CHARACTER = /[\u3400-\u9FFF\uF900-\uFAFF]|[\uD840-\uD87F][\uDC00-\uDFFF]/;

import { simplify, traditionalize, VARIANT_TAGS } from './text/chineseVariants';

/**
 * The names of an entity written `name` in the article: as written (tagged with the article's script),
 * converted to the other Chinese script with the article's noteTA rules, and each regional form a noteTA
 * rule gives for it (`zh-TW`, `zh-HK`, …). Non-Chinese articles get the name as written only.
 */
export function nameLabels(context: ExtractionContext, entity: EntityKey, name: string, evidence: Evidence): Fact[] {
  // A name without a Chinese character (`BBC`) is the same in every script: tagged with the wiki language only.
  if (context.article.source.lang === 'zh' && !HAN_CHARACTER.test(name)) return [fact.label(entity, name, 'zh', 'preferred', evidence)];
  const facts = [fact.label(entity, name, context.script, 'preferred', evidence)];
  if (context.article.source.lang !== 'zh') return facts;
  const rules = context.article.variantRules;
  const other = context.script === 'zh-Hant' ? simplify(name, rules) : traditionalize(name, rules);
  const otherTag = context.script === 'zh-Hant' ? 'zh-Hans' : 'zh-Hant';
  if (other !== name) facts.push(fact.label(entity, other, otherTag, 'preferred', evidence));
  const written = new Map<string, string>([[context.script, name], [otherTag, other]]);
  for (const rule of rules) {
    if (!Object.values(rule.variants).includes(name)) continue;
    for (const [variant, form] of Object.entries(rule.variants)) {
      const tag = VARIANT_TAGS[variant];
      if (!tag || !form || written.get(tag) === form) continue;
      const kind = written.has(tag) ? 'alternative' : 'preferred';
      facts.push(fact.label(entity, form, tag, kind, evidence));
    }
  }
  return facts;
}
