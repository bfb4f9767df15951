import { fact } from '../build';
import { classifyName } from '../classify';
import type { ExtractionContext } from '../context';
import { elementEvidence, sentenceEvidence } from '../evidence';
import { entityKey, type Fact } from '../fact';
import { always, type Extractor } from '../extractor';
import { nameLabels } from '../labels';
import { endingFamily } from './mentions';

/**
 * The article's subject: its types (from its own page), its names in every script and variant the article
 * gives (bold terms, `{{kor}}` Hangul and Hanja), and the class the lead defines it as.
 */
export const subjectExtractor: Extractor = {
  id: 'subject',
  appliesTo: always,
  extract(context) {
    const evidence = subjectEvidence(context);
    const { subject } = context;
    const title = context.article.source.title;
    // What its page says it is; else the family its title's ending suggests (never a specific class).
    const types = context.subjectClass.length > 0 ? context.subjectClass : endingFamily(context, title, classifyName(title));
    const facts: Fact[] = [fact.entity(subject, types.length > 0 ? types : ['Topic'], evidence)];
    facts.push(...nameLabels(context, subject, title, evidence));
    for (const bold of context.article.boldTerms) {
      if (bold.text !== title && bold.text.trim()) facts.push(fact.label(subject, bold.text, context.script, 'alternative', evidence));
    }
    facts.push(...koreanNames(context), ...definition(context));
    return facts;
  },
};

function subjectEvidence(context: ExtractionContext) {
  const bold = context.views.findIndex((v) => v.sentence.mentions.some((m) => m.kind === 'bold'));
  if (bold < 0) return elementEvidence({ start: 0, end: 0 }, 'subject/title');
  const m = context.views[bold].sentence.mentions.find((x) => x.kind === 'bold')!;
  return sentenceEvidence(context.article, bold, m.plainStart, m.plainEnd, 'subject/bold-term');
}

/** Native names from `{{kor}}` in the first sentence that names the subject. */
function koreanNames(context: ExtractionContext): Fact[] {
  const first = context.views.findIndex((v) => v.sentence.mentions.some((m) => m.kind === 'bold'));
  const names = context.article.koreanNames.filter((k) => k.sentence === first && first >= 0);
  return names.flatMap((k) => {
    const evidence = { ...elementEvidence(k, 'subject/korean-name'), sentence: first };
    const out: Fact[] = [];
    if (k.hangul) out.push(fact.label(context.subject, k.hangul, 'ko', 'native', evidence));
    if (k.hanja) out.push(fact.label(context.subject, k.hanja, 'ko-Hani', 'native', evidence));
    return out;
  });
}

/** `X是一個…的[[Y]]`: the subject is an instance of Y. */
function definition(context: ExtractionContext): Fact[] {
  const noun = context.knowledge.classNoun;
  if (!noun) return [];
  for (const view of context.views) {
    const link = view.tokens.find((t) => t.via === 'link' && t.text === noun);
    if (!link || !view.sentence.mentions.some((m) => m.kind === 'bold')) continue;
    const copula = view.sentence.text.search(/是|為|为/);
    const evidence = sentenceEvidence(context.article, view.sentence.index, Math.max(copula, 0), link.plainEnd, 'subject/definition');
    return [fact.link(context.subject, 'instanceOf', entityKey.page(link.mention!.target!), evidence)];
  }
  return [];
}
