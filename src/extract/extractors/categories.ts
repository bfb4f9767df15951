import { fact } from '../build';
import { elementEvidence } from '../evidence';
import { always, type Extractor } from '../extractor';
import { entityKey } from '../fact';
import { nameLabels } from '../labels';

/** `[[Category:X]]`: the subject is filed under category X. */
export const categoriesExtractor: Extractor = {
  id: 'categories',
  appliesTo: always,
  extract(context) {
    return context.article.categories.flatMap((c) => {
      const category = entityKey.category(c.name);
      const evidence = elementEvidence(c, 'categories/category-link');
      return [
        fact.entity(category, ['Category'], evidence),
        ...nameLabels(context, category, c.name, evidence),
        fact.link(context.subject, 'category', category, evidence),
      ];
    });
  },
};
