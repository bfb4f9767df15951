/**
 * Prose: paragraphs projected to plain text and cut into sentences, with the mentions inside them and
 * the place (sentence, plain offset) of every ref, link and template met on the way.
 */
import type { ParagraphBlock } from './blocks';
import { bracketMentions } from './mentions';
import type { Mention, Paragraph, Sentence } from './model';
import { normaliseLinkTarget } from './names';
import type { OffsetIndex } from './offsets';
import { PlainText, projectItems, ProjectionContext } from './plainText';
import { SentenceRange, splitSentences } from './sentences';
import { childOfType, WikiNode } from './wikiparser';

/** Where a token sits in the prose: sentence index and UTF-16 offset in its plain text. */
export interface Placement {
  sentence: number;
  plainOffset: number;
}

/** Sentences of all paragraphs plus the placement of tokens found in them. */
export interface Prose {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  placements: Map<WikiNode, Placement>;
}

/** What building prose needs to know about the article. */
export interface ProseContext extends ProjectionContext {
  lang: string;
  offsets: OffsetIndex;
  /** Section index of a UTF-16 position. */
  sectionAt: (utf16: number) => number;
}

/** Builds paragraphs and sentences from the paragraph blocks. */
export function buildProse(blocks: readonly ParagraphBlock[], context: ProseContext): Prose {
  const prose: Prose = { paragraphs: [], sentences: [], placements: new Map() };
  for (const block of blocks) {
    const index = prose.paragraphs.length;
    const section = context.sectionAt(block.start);
    const { toCodePoint } = context.offsets;
    const paragraph: Paragraph = { index, section, start: toCodePoint(block.start), end: toCodePoint(block.end) };
    if (block.list) paragraph.list = block.list;
    prose.paragraphs.push(paragraph);
    const plain = projectItems(block.items, context);
    const ranges = splitSentences(plain.text, context.lang);
    const first = prose.sentences.length;
    ranges.forEach((range) => prose.sentences.push(toSentence(plain, range, prose.sentences.length, index, section, context)));
    placeMarkers(plain, ranges, first, prose, context);
  }
  return prose;
}

/** One sentence: its text, map, span (opening markup before its first character included) and mentions. */
function toSentence(plain: PlainText, range: SentenceRange, index: number, paragraph: number, section: number, context: ProseContext): Sentence {
  const { toCodePoint } = context.offsets;
  const plainToSource = plain.map.slice(range.start, range.end).map(toCodePoint);
  plainToSource.push(plainToSource[plainToSource.length - 1] + 1);
  const open = plain.openStart[range.start];
  const start = toCodePoint(open >= 0 ? open : plain.map[range.start]);
  const end = toCodePoint(Math.max(plain.boundaryEnd[range.end], plain.map[range.end - 1] + 1));
  const text = plain.text.slice(range.start, range.end);
  const sourceOf = (a: number, b: number) => ({ start: plainToSource[a], end: plainToSource[b - 1] + 1 });
  return { index, paragraph, section, start, end, text, plainToSource, mentions: bracketMentions(text, sourceOf), references: [] };
}

/** Index (into `ranges`) of the sentence a plain position belongs to. */
function locate(ranges: readonly SentenceRange[], at: number, trailing: boolean): number {
  let lo = 0;
  let hi = ranges.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const before = trailing ? ranges[mid].start < at : ranges[mid].start <= at;
    if (before) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Records placements of refs, links and templates, adds link and bold mentions, stretches sentences over trailing refs. */
function placeMarkers(plain: PlainText, ranges: readonly SentenceRange[], first: number, prose: Prose, context: ProseContext): void {
  if (ranges.length === 0) return;
  const { toCodePoint } = context.offsets;
  const place = (node: WikiNode, at: number, trailing: boolean): Sentence => {
    const k = locate(ranges, at, trailing);
    const sentence = prose.sentences[first + k];
    const plainOffset = Math.max(0, Math.min(at - ranges[k].start, sentence.text.length));
    prose.placements.set(node, { sentence: sentence.index, plainOffset });
    return sentence;
  };
  for (const ref of plain.refs) {
    const sentence = place(ref.node, ref.plainStart, true);
    sentence.end = Math.max(sentence.end, toCodePoint(ref.node.end));
  }
  for (const template of plain.templates) place(template.node, template.plainStart, false);
  for (const link of plain.links) {
    const sentence = place(link.node, link.plainStart, false);
    addMention(sentence, ranges[sentence.index - first], { kind: 'link', ...link, target: link.target ?? linkTarget(link.node, context.source), start: toCodePoint(link.node.start), end: toCodePoint(link.node.end) });
  }
  for (const bold of plain.bold) {
    const k = locate(ranges, bold.plainStart, false);
    addMention(prose.sentences[first + k], ranges[k], { kind: 'bold', ...bold, start: toCodePoint(bold.start), end: toCodePoint(bold.end) });
  }
  for (let k = 0; k < ranges.length; k++) prose.sentences[first + k].mentions.sort((a, b) => a.plainStart - b.plainStart || a.start - b.start);
}

/** The normalised target of a link node, as a link mention gives it. */
export function linkTarget(link: WikiNode, source: string): string {
  const target = childOfType(link, 'link-target');
  return normaliseLinkTarget(target ? source.slice(target.start, target.end) : '');
}

/** A mention found in a block's plain indices (`found`, source span in code points), before it is clipped. */
export interface FoundMention {
  kind: Mention['kind'];
  plainStart: number;
  plainEnd: number;
  start: number;
  end: number;
  target?: string;
}

/** The mention of `found` in a piece of the block's plain text that starts at `offset` and reads `text`, clipped to it. */
export function clippedMention(text: string, offset: number, found: FoundMention): Mention {
  const plainStart = Math.max(0, Math.min(found.plainStart - offset, text.length));
  const plainEnd = Math.max(plainStart, Math.min(found.plainEnd - offset, text.length));
  const mention: Mention = { kind: found.kind, text: text.slice(plainStart, plainEnd), plainStart, plainEnd, start: found.start, end: found.end };
  if (found.target !== undefined) mention.target = found.target;
  return mention;
}

/** Adds a mention given in paragraph plain indices, clipped to the sentence. */
function addMention(sentence: Sentence, range: SentenceRange, found: FoundMention): void {
  sentence.mentions.push(clippedMention(sentence.text, range.start, found));
}
