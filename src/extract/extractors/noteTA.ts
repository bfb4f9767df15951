import { fact } from '../build';
import { elementEvidence } from '../evidence';
import type { Extractor } from '../extractor';
import { entityKey, type Fact, type LabelFact } from '../fact';
import { VARIANT_TAGS } from '../text/chineseVariants';

/**
 * The article's variant conversion table as data: each `{{noteTA}}` rule (and inline `-{H|…}-` rule) is one
 * concept, named by each of its forms in the variant the rule gives it (`zh-hans:鼠标;zh-tw:滑鼠;` is one
 * concept labelled `鼠标@zh-Hans` and `滑鼠@zh-TW`). Group rules (`G1=…`) name a shared table, not words, and
 * rules without a form in a known variant name nothing: both are skipped.
 */
export const noteTAExtractor: Extractor = {
  id: 'note-ta',
  appliesTo: (context) => context.article.variantRules.some((rule) => Object.keys(rule.variants).length > 0),
  extract(context) {
    const facts: Fact[] = [];
    const seen = new Set<string>();
    for (const rule of context.article.variantRules) {
      const forms = Object.entries(rule.variants).filter(([variant, form]) => VARIANT_TAGS[variant] && form);
      if (forms.length === 0) continue;
      // Inline rules all have the key `inline`, and a page may repeat a noteTA key: the offset tells them apart.
      const disc = rule.key === 'inline' || seen.has(rule.key) ? `${rule.key}-${rule.start}` : rule.key;
      seen.add(disc);
      const concept = entityKey.part(context.subject, 'variantRule', disc);
      const evidence = elementEvidence(rule, 'note-ta/rule');
      facts.push(fact.entity(concept, ['VariantConcept'], evidence));
      const tagged = new Set<string>();
      for (const [variant, form] of forms) {
        const tag = VARIANT_TAGS[variant];
        const kind: LabelFact['labelKind'] = tagged.has(tag) ? 'alternative' : 'preferred';
        tagged.add(tag);
        facts.push(fact.label(concept, form, tag, kind, evidence));
      }
    }
    return facts;
  },
};
