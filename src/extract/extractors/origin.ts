import { fact } from '../build';
import { forLanguages, type Extractor } from '../extractor';
import type { Fact } from '../fact';
import { triggers } from '../lexicon/triggers';
import { alt, ENTITY as E } from '../patterns';
import { forEachMatch, topicBefore } from '../rules';

/** `X的創立源於[[會談]]時簽訂的《[[宣言]]》`: X is based on the document, signed at the event. */
const PATTERN = new RegExp(
  `${alt(triggers.origin)}(?:(?<event>${E})(?:時|时)?(?<verb>${alt(triggers.signing)})的)?《?(?<document>${E})》?`,
);

export const originExtractor: Extractor = {
  id: 'origin',
  appliesTo: forLanguages('zh'),
  extract(context) {
    return forEachMatch(context, PATTERN, (m) => {
      const subject = topicBefore(m.view, m.span()![0], context.subject);
      const [document] = m.entities('document');
      if (!subject || !document || document === subject || !m.token('document')?.types.includes('Document')) return [];
      const facts: Fact[] = [fact.link(subject, 'basedOn', document, m.evidence('origin/based-on'))];
      const [event] = m.entities('event');
      if (event) facts.push(fact.link(document, 'signedAt', event, m.evidence('origin/signed-at', 'event', 'document')));
      return facts;
    });
  },
};
