import type { Mention, Sentence } from '../parse/model';
import type { EntityKey, EntityType } from './fact';
import { MASK_BASE, MASK_LIMIT } from './patterns';

/** A stretch of a sentence's plain text that names an entity (or, for `兩國`, several). */
export interface Token {
  plainStart: number;
  plainEnd: number;
  text: string;
  entities: EntityKey[];
  types: EntityType[];
  /** How it was resolved: `link`, `subject`, `gazetteer`, `side`, `pair`, `quoted`. */
  via: string;
  /** The wikilink mention behind it, if any. */
  mention?: Mention;
}

/**
 * A sentence with its mentions resolved and masked: `masked` is the plain text with each token replaced
 * by one placeholder character, and `maskedToPlain` maps masked indices back to plain ones.
 */
export class SentenceView {
  readonly masked: string;
  private readonly maskedToPlain: number[];
  private readonly tokenAtMasked = new Map<number, Token>();

  constructor(readonly sentence: Sentence, readonly tokens: Token[]) {
    const sorted = [...tokens].sort((a, b) => a.plainStart - b.plainStart);
    const text = sentence.text;
    let masked = '';
    const map: number[] = [];
    let i = 0;
    sorted.forEach((token, n) => {
      for (; i < token.plainStart; i++) {
        map.push(i);
        masked += text[i];
      }
      this.tokenAtMasked.set(masked.length, token);
      map.push(token.plainStart);
      masked += String.fromCharCode(Math.min(MASK_BASE + n, MASK_LIMIT));
      i = token.plainEnd;
    });
    for (; i < text.length; i++) {
      map.push(i);
      masked += text[i];
    }
    map.push(text.length);
    this.masked = masked;
    this.maskedToPlain = map;
    this.tokens = sorted;
  }

  /** The token behind the placeholder at masked index `i`, if any. */
  tokenAt(i: number): Token | undefined {
    return this.tokenAtMasked.get(i);
  }

  /** Plain-text span of a masked span (a placeholder expands to its whole token). */
  toPlain(maskedStart: number, maskedEnd: number): { start: number; end: number } {
    const start = this.maskedToPlain[maskedStart];
    const last = this.tokenAt(maskedEnd - 1);
    const end = last ? last.plainEnd : this.maskedToPlain[maskedEnd - 1] + 1;
    return { start, end: maskedEnd > maskedStart ? end : start };
  }

  /** The plain text of a masked span, placeholders expanded. */
  plainText(maskedStart: number, maskedEnd: number): string {
    const { start, end } = this.toPlain(maskedStart, maskedEnd);
    return this.sentence.text.slice(start, end);
  }

  /** Tokens whose placeholder lies in the masked span. */
  tokensIn(maskedStart: number, maskedEnd: number): Token[] {
    const found: Token[] = [];
    for (let i = maskedStart; i < maskedEnd; i++) {
      const t = this.tokenAt(i);
      if (t) found.push(t);
    }
    return found;
  }
}
