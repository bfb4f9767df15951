import type { TemplateArgument, TemplateCall } from '../../parse/model';
import { fact } from '../build';
import { classifyName } from '../classify';
import type { ExtractionContext } from '../context';
import { entityKey, literal, type EntityKey, type EntityType, type Evidence, type Fact, type LiteralValue } from '../fact';
import { nameLabels } from '../labels';
import { hasSurname, isDottedName } from '../names';
import type { Mappings } from './mappings';

/** What the infobox layer's readers share about one infobox: the article, the call, its parameters, the mappings. */
export interface InfoboxEnv {
  context: ExtractionContext;
  call: TemplateCall;
  subject: EntityKey;
  lang: string;
  mappings: Mappings;
  /** The call's named parameters by normalised name. */
  args: ReadonlyMap<string, TemplateArgument>;
  /** Numbers of the post groups (`office2`, `order2` …) already read, so one group gives one post. */
  postGroups: Set<string>;
}

export const COMMONS_FILE = 'https://commons.wikimedia.org/wiki/File:';

/** A rule id segment: lower case, spaces as dashes, no slash. */
export const ruleSegment = (s: string) => s.trim().toLowerCase().replace(/\s+/g, '-').replace(/\//g, '-') || '-';

/** Evidence for a parameter (or the whole template): its code-point span and the references inside it (and inside `also`). */
export function evidenceOf(context: ExtractionContext, span: TemplateArgument | TemplateCall, rule: string, also: ReadonlyArray<TemplateArgument> = []): Evidence {
  const spans = [span, ...also];
  const citations = context.article.references
    .filter((r) => r.uses.some((u) => spans.some((s) => u.start >= s.start && u.end <= s.end)))
    .map((r) => r.id);
  return { sentence: -1, start: span.start, end: span.end, rule, citations: [...new Set(citations)].sort() };
}

/** An entity a value links to (or names), with its names and classes. */
export function entity(context: ExtractionContext, key: EntityKey, name: string, types: EntityType[], facts: Fact[], evidence: Evidence): EntityKey {
  facts.push(fact.entity(key, types, evidence), ...nameLabels(context, key, name, evidence));
  return key;
}

/** A linked page's entity (`page:Title`). */
export function pageEntity(context: ExtractionContext, target: string, types: EntityType[], facts: Fact[], evidence: Evidence): EntityKey {
  return entity(context, entityKey.page(target), target, types, facts, evidence);
}

export function numberLiteral(n: number): LiteralValue {
  return Number.isInteger(n) ? literal.integer(n) : { literal: String(n), datatype: 'decimal' };
}

export function wkt(lat: number, lon: number): LiteralValue {
  return { literal: `POINT(${lon} ${lat})`, datatype: 'wktLiteral' };
}

/** The Commons page of a media file. */
export function commonsFile(name: string): { iri: string } {
  return { iri: COMMONS_FILE + encodeURIComponent(name.replace(/ /g, '_')).replace(/%2C/g, ',') };
}

const KOREAN = /[\uAC00-\uD7AF\u1100-\u11FF]/;
const KANA = /[\u3040-\u30FF]/;
const HAN = /[\u4E00-\u9FFF]/;

/**
 * Text in a script the article's language is not written in says its own language (`한국어` in a Chinese
 * article is Korean); Chinese text takes the article's script (`zh-Hant`), as prose labels do.
 */
export function retagged(context: ExtractionContext, value: LiteralValue): LiteralValue {
  if (value.datatype !== 'langString') return value;
  const text = value.literal;
  if (KOREAN.test(text) && !HAN.test(text)) return { ...value, lang: 'ko' };
  if (KANA.test(text)) return { ...value, lang: 'ja' };
  if (context.article.source.lang === 'zh' && HAN.test(text)) return { ...value, lang: context.script };
  return value;
}

/**
 * A person's name written without a link, when its shape is clear: two to four Han characters after a
 * surname of the lexicon, a dotted transliteration (`約翰·史密斯`), or two to four capitalised Latin words.
 * Anything else (`2名`, `三子一女`, `無`) is no name.
 */
export function personName(text: string): string | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  // `高某市`, `黃某軍校` start with a surname too: a name with a place's or a body's ending is none.
  if (classifyName(t).length > 0) return undefined;
  if (/^[\u4E00-\u9FFF]{2,4}$/.test(t) && hasSurname(t)) return t;
  if (isDottedName(t)) return t;
  if (/^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}$/u.test(t)) return t;
  return undefined;
}

/** Words that end the name of a body, not of a person (`Toronto City Council`, `Some Party`). */
const LATIN_BODY_WORDS = new Set([
  'council', 'committee', 'commission', 'party', 'senate', 'assembly', 'parliament', 'congress', 'government', 'ministry',
  'department', 'office', 'agency', 'university', 'college', 'school', 'institute', 'academy', 'company', 'corporation',
  'inc.', 'inc', 'ltd', 'ltd.', 'group', 'association', 'society', 'union', 'league', 'federation', 'army', 'navy',
  'force', 'forces', 'corps', 'regiment', 'division', 'brigade', 'battalion', 'fleet', 'court', 'bank', 'foundation',
  'church', 'family', 'dynasty', 'empire', 'kingdom', 'republic', 'state', 'states', 'city', 'county', 'province',
]);

/** Lower-case words a person's name may hold (`Charles de Gaulle`, `Ludwig van Beethoven`). */
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'der', 'den', 'du', 'la', 'le', 'van', 'von', 'zu', 'y', 'e', 'of', 'bin', 'ibn', 'al', 'el', 'ben', 'af', 'av', 'ter', 'ten', 'st.']);

/**
 * Whether a link may name a person: not a page whose title has a place's or a body's ending (`某水師` is no
 * commander), nor, in Latin script, a title with common words (`Military leadership in the …`, `… family`),
 * nor a link whose text is a figure (`[[…family|13]]` children).
 */
export function mayBePerson(target: string, text = target): boolean {
  if (/^\d/.test(text.trim())) return false;
  const bare = target.replace(/\s*\([^()]*\)$/, '').replace(/#.*$/, '');
  if (/[\u4E00-\u9FFF]/.test(bare)) return classifyName(bare).length === 0;
  const words = bare.split(/[\s,]+/).filter(Boolean);
  if (words.length > 0 && LATIN_BODY_WORDS.has(words[words.length - 1].toLowerCase())) return false;
  return words.every((w) => !/^\p{Ll}/u.test(w) || NAME_PARTICLES.has(w));
}
