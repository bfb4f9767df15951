import type { Mention, Sentence } from '../parse/model';
import type { EntityKey, EntityType } from './fact';
import type { StatedDate } from './values/dateContext';

/**
 * The kinds of mention a pattern can ask for (`{PER}`, `{ORG}`, …): a person, an organisation, a state, a
 * side of a two-party relation (`韓方`, `兩國`: a state as one of two, never a post's jurisdiction),
 * another place, an event, a document, any other named thing, and a date.
 */
export const SLOTS = ['PER', 'ORG', 'STATE', 'SIDE', 'PLACE', 'EVENT', 'DOC', 'THING', 'DATE'] as const;
export type Slot = (typeof SLOTS)[number];

/** First private-use code unit of the placeholders; each slot has two (the subject's and any other's). */
export const PLACEHOLDER_BASE = 0xe000;

/** The placeholder character of a mention of kind `slot` (of the article's subject or not). */
export function placeholder(slot: Slot, subject: boolean): string {
  return String.fromCharCode(PLACEHOLDER_BASE + SLOTS.indexOf(slot) * 2 + (subject ? 1 : 0));
}

/** Whether a character of a masked text is a placeholder. */
export function isPlaceholder(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code >= PLACEHOLDER_BASE && code < PLACEHOLDER_BASE + SLOTS.length * 2;
}

const ORGANIZATIONS = new Set<EntityType>(['Organization', 'GovernmentOrganization', 'GovernmentMinistry', 'Committee', 'LiaisonOffice', 'NewsOrganization', 'PoliticalParty']);
const PLACES = new Set<EntityType>(['Place', 'Settlement', 'AdministrativeRegion']);
const EVENTS = new Set<EntityType>(['Event', 'Summit', 'Meeting']);
const DOCUMENTS = new Set<EntityType>(['Document', 'Declaration', 'Treaty']);

/** The slot a mention of things of these types fills (a person first, then a state, a body, …). */
export function slotOf(types: readonly EntityType[]): Slot {
  if (types.includes('Person')) return 'PER';
  if (types.includes('Country')) return 'STATE';
  if (types.some((t) => ORGANIZATIONS.has(t))) return 'ORG';
  if (types.some((t) => EVENTS.has(t))) return 'EVENT';
  if (types.some((t) => DOCUMENTS.has(t))) return 'DOC';
  if (types.some((t) => PLACES.has(t))) return 'PLACE';
  return 'THING';
}

/** A stretch of a sentence's plain text that names an entity (or, for `兩國`, several), or states a date. */
export interface Token {
  plainStart: number;
  plainEnd: number;
  text: string;
  entities: EntityKey[];
  /**
   * The types the mention suggests, used to match slots. `confirmed` says which of them rest on more than
   * the name's ending (the page's own class, the gazetteer, a title before a person): a name's ending
   * alone is a hint that a pattern must confirm before a specific class is written.
   */
  types: EntityType[];
  confirmed?: EntityType[];
  /** How it was resolved: `link`, `subject`, `gazetteer`, `side`, `pair`, `quoted`, `date`, … */
  via: string;
  /** The wikilink mention behind it, if any. */
  mention?: Mention;
  /** For a date token: the date as resolved in its context. */
  date?: StatedDate;
}

/** The slot a token fills. */
export function tokenSlot(token: Token): Slot {
  if (token.date) return 'DATE';
  if ((token.via === 'side' || token.via === 'pair') && token.types.includes('Country')) return 'SIDE';
  return slotOf(token.types);
}

/**
 * A sentence with its mentions resolved and masked: `masked` is the plain text with each token replaced
 * by one placeholder character that says its slot (so a pattern's `{PER}` is a character class), and
 * `maskedToPlain` maps masked indices back to plain ones.
 */
export class SentenceView {
  readonly masked: string;
  readonly tokens: Token[];
  private readonly maskedToPlain: number[];
  private readonly tokenAtMasked = new Map<number, Token>();

  constructor(readonly sentence: Sentence, tokens: Token[], subject?: EntityKey) {
    const sorted = [...tokens].sort((a, b) => a.plainStart - b.plainStart);
    const text = sentence.text;
    let masked = '';
    const map: number[] = [];
    let i = 0;
    for (const token of sorted) {
      for (; i < token.plainStart; i++) {
        map.push(i);
        masked += text[i];
      }
      this.tokenAtMasked.set(masked.length, token);
      map.push(token.plainStart);
      masked += placeholder(tokenSlot(token), subject !== undefined && token.entities.length === 1 && token.entities[0] === subject && token.via !== 'pair');
      i = token.plainEnd;
    }
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

  /** The masked index of a plain-text offset (the placeholder that covers it, or its own character). */
  maskedIndexOf(plain: number): number {
    let low = 0;
    let high = this.masked.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.toPlain(middle, middle + 1).end > plain) high = middle;
      else low = middle + 1;
    }
    return low;
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
