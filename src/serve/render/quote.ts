/**
 * The quote of a fact's evidence: the sentence it was read from, rendered as a reader sees it
 * (`wikitextDisplay.ts`), with the span (or spans) marked. A long sentence (an abstract, a block of
 * interlanguage links) is clipped to a window around the mark, and the whole sentence is folded beneath
 * it, so that no quote makes a page tall.
 */
import { html, join, type Html } from '../html/html';
import { displayText, type DisplayText } from './wikitextDisplay';

/** A piece of the article: its wikitext and the code point it starts at. */
export interface TextPiece {
  text: string;
  begin: number;
}

/** How a quote is shown. */
export interface QuoteOptions {
  /** The language of the text, for `lang`. */
  lang?: string;
  /** Characters shown before the rest is folded. */
  max?: number;
}

/** Characters of context kept before the mark in a clipped quote. */
const LEAD = 100;

/** The quote of `piece` with the spans `[begin, end)` (code points of the article) marked. */
export function quoteHtml(piece: TextPiece, spans: ReadonlyArray<readonly [number, number]>, options: QuoteOptions = {}): Html {
  const shown = displayText(piece.text, piece.begin, spans);
  const marked = shown.sources.map((source) => spans.some(([b, e]) => source >= b && source < e));
  const first = marked.indexOf(true);
  const max = options.max ?? 320;
  const attributes = html`class="evidence"${options.lang ? html` lang="${options.lang}"` : ''} data-begin="${spans[0]?.[0] ?? ''}" data-end="${spans[0]?.[1] ?? ''}"`;
  const empty = first < 0 && spans.length > 0 ? html`<span class="markup-only" title="the span is markup that shows no text">⟨markup⟩</span>` : '';
  if (shown.chars.length <= max) return html`<blockquote ${attributes}>${marks(shown, marked, 0, shown.chars.length)}${empty}</blockquote>`;
  const start = Math.max(0, (first < 0 ? 0 : first) - LEAD);
  const end = Math.min(shown.chars.length, start + max);
  return html`<blockquote ${attributes}>${start > 0 ? '… ' : ''}${marks(shown, marked, start, end)}${end < shown.chars.length ? ' …' : ''}${empty}</blockquote>
<details class="whole-sentence"><summary>the whole passage (${shown.chars.length} characters)</summary><blockquote class="evidence"${options.lang ? html` lang="${options.lang}"` : ''}>${marks(shown, marked, 0, shown.chars.length)}</blockquote></details>`;
}

/** Characters [from, to) of `shown`, the marked runs in `<mark>`. */
function marks(shown: DisplayText, marked: readonly boolean[], from: number, to: number): Html {
  const parts: Html[] = [];
  let i = from;
  while (i < to) {
    let j = i;
    while (j < to && marked[j] === marked[i]) j++;
    const text = shown.chars.slice(i, j).join('');
    parts.push(marked[i] ? html`<mark class="span">${text}</mark>` : html`${text}`);
    i = j;
  }
  return join(parts);
}

/** A span read from the text, for marking: which fact (by its number on the page) and where. */
export interface MarkedSpan {
  id: number;
  begin: number;
  end: number;
}

/**
 * A whole piece of text with every fact's span marked, for the article page: each run of characters
 * covered by the same facts is one `span.marked` listing them (darker where more facts overlap), and the
 * first run of each distinct span carries `id="char=b,e"`, so `#char=b,e` in an address scrolls to it
 * without a script.
 */
export function markedTextHtml(piece: TextPiece, spans: readonly MarkedSpan[], lang?: string): Html {
  const shown = displayText(piece.text, piece.begin, spans.map((span) => [span.begin, span.end] as const));
  const covering = shown.sources.map((source) => spans.filter((span) => source >= span.begin && source < span.end).map((span) => span.id));
  const anchored = new Set<string>();
  const seen = new Set<number>();
  const parts: Html[] = [];
  let i = 0;
  while (i < shown.chars.length) {
    const key = covering[i].join(' ');
    let j = i;
    while (j < shown.chars.length && covering[j].join(' ') === key) j++;
    const text = shown.chars.slice(i, j).join('');
    if (key === '') parts.push(html`${text}`);
    else {
      // The first run of a span not seen before carries the span's anchor (once per distinct span).
      const starting = spans.filter((span) => covering[i].includes(span.id) && !seen.has(span.id));
      for (const span of starting) seen.add(span.id);
      const first = starting.find((span) => !anchored.has(`${span.begin},${span.end}`));
      const anchor = first ? `char=${first.begin},${first.end}` : undefined;
      if (first) anchored.add(`${first.begin},${first.end}`);
      parts.push(html`<span class="marked depth-${Math.min(covering[i].length, 4)}" data-facts="${key}"${anchor ? html` id="${anchor}"` : ''}>${text}</span>`);
    }
    i = j;
  }
  return html`<p class="sentence" data-begin="${piece.begin}"${lang ? html` lang="${lang}"` : ''}>${join(parts)}</p>`;
}
