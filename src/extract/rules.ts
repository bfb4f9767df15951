import type { ExtractionContext } from './context';
import { sentenceEvidence } from './evidence';
import type { EntityKey, Evidence, Fact } from './fact';
import { findDates, type DateMatch } from './values/dates';
import type { SentenceView, Token } from './view';

/** One match of a prose rule in one sentence, with helpers to read its groups. */
export class RuleMatch {
  constructor(
    readonly context: ExtractionContext,
    readonly view: SentenceView,
    readonly sentenceIndex: number,
    readonly match: RegExpExecArray,
  ) {}

  /** Masked span of a named group (or of the whole match). */
  span(group?: string): [number, number] | undefined {
    const indices = this.match.indices!;
    return group ? indices.groups?.[group] : indices[0];
  }

  /** The token of a group that matched one mention placeholder. */
  token(group: string): Token | undefined {
    const s = this.span(group);
    return s ? this.view.tokenAt(s[0]) : undefined;
  }

  /** The entities named by a group's mention (several for `兩國`). */
  entities(group: string): EntityKey[] {
    return this.token(group)?.entities ?? [];
  }

  /** Plain text of a group, mentions expanded. */
  text(group?: string): string | undefined {
    const s = this.span(group);
    return s ? this.view.plainText(s[0], s[1]) : undefined;
  }

  /** Plain-text span of a group (or the whole match). */
  plainSpan(group?: string): { start: number; end: number } {
    const s = this.span(group) ?? this.span()!;
    return this.view.toPlain(s[0], s[1]);
  }

  /** Evidence for a fact stated by the whole match (or by the stretch from one group to another). */
  evidence(rule: string, from?: string, to?: string): Evidence {
    const start = this.plainSpan(from).start;
    const end = this.plainSpan(to ?? from).end;
    return sentenceEvidence(this.context.article, this.sentenceIndex, start, end, rule);
  }

  /** Evidence for a fact stated by any masked span of the same sentence (e.g. text after the match). */
  evidenceAt(maskedStart: number, maskedEnd: number, rule: string): Evidence {
    const { start, end } = this.view.toPlain(maskedStart, maskedEnd);
    return sentenceEvidence(this.context.article, this.sentenceIndex, start, end, rule);
  }

  /** The date expression of a group, a month-day one taking the year the text last stated before it. */
  date(group: string): DateMatch | undefined {
    const text = this.text(group);
    if (!text) return undefined;
    const { start } = this.plainSpan(group);
    return findDates(text, yearBefore(this.context, this.sentenceIndex, start))[0];
  }
}

/** Runs `pattern` (compiled with the `d` and `g` flags) over every sentence's masked text. */
export function forEachMatch(context: ExtractionContext, pattern: RegExp, handle: (m: RuleMatch) => Fact[]): Fact[] {
  const flags = new Set(pattern.flags + 'dg');
  const re = new RegExp(pattern.source, [...flags].join(''));
  const facts: Fact[] = [];
  context.views.forEach((view, index) => {
    for (const m of view.masked.matchAll(re)) facts.push(...handle(new RuleMatch(context, view, index, m as RegExpExecArray)));
  });
  return facts;
}

/** The last year the article's prose stated before a position: in the sentence, else in earlier ones. */
export function yearBefore(context: ExtractionContext, sentenceIndex: number, plainOffset: number): number | undefined {
  const here = findDates(context.article.sentences[sentenceIndex].text.slice(0, plainOffset));
  const lastHere = here.filter((d) => !d.inheritedYear).pop();
  if (lastHere) return lastHere.year;
  for (let i = sentenceIndex - 1; i >= 0; i--) {
    const last = findDates(context.article.sentences[i].text).filter((d) => !d.inheritedYear).pop();
    if (last) return last.year;
  }
  return undefined;
}

/**
 * The entity a sentence is about at a position: the article's subject when the sentence has referred to
 * it before that point (by name, bold term or class noun), else nothing.
 */
export function topicBefore(view: SentenceView, maskedIndex: number, subject: EntityKey): EntityKey | undefined {
  for (let i = 0; i < maskedIndex; i++) if (view.tokenAt(i)?.entities.includes(subject)) return subject;
  return undefined;
}
