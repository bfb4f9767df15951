import { fact } from '../build';
import type { ExtractionContext } from '../context';
import { sentenceEvidence } from '../evidence';
import { always, type Extractor } from '../extractor';
import type { Fact } from '../fact';

/**
 * Foreign names given as glosses: `X（{{lang|en|…}}）`, `X（{{kor|…}}；{{lang|de|…}}）`. The name inside a
 * `{{lang}}` template in the parenthesis right after a mention is a name of what the mention names, in
 * that language.
 */
export const glossFrame: Extractor = {
  id: 'gloss',
  appliesTo: always,
  extract(context) {
    const facts: Fact[] = [];
    const named = new Set<string>();
    for (const template of context.article.templates) {
      if (template.canonicalName.toLowerCase() !== 'lang') continue;
      const [code, value] = template.args.filter((a) => a.positional).map((a) => a.value.trim());
      if (!code || !value || !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(code)) continue;
      const sentence = context.article.sentences.findIndex((s) => s.start <= template.start && template.end <= s.end);
      if (sentence < 0) continue;
      const s = context.article.sentences[sentence];
      const at = s.plainToSource.findIndex((source, plain) => source >= template.start && s.text.startsWith(value, plain));
      if (at < 0) continue;
      const open = s.text.lastIndexOf('（', at);
      if (open < 0 || s.text.slice(open, at).includes('）')) continue;
      const token = context.views[sentence].tokens.find((t) => t.plainEnd === open);
      const entity = token && token.entities.length === 1 ? token.entities[0] : undefined;
      if (!entity) continue;
      const key = `${entity}@${code}`;
      const evidence = sentenceEvidence(context.article, sentence, token!.plainStart, at + value.length, 'gloss/lang');
      facts.push(fact.label(entity, value, code, named.has(key) ? 'alternative' : 'preferred', evidence));
      named.add(key);
    }
    return facts;
  },
};
