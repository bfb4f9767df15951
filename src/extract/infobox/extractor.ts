import type { TemplateArgument, TemplateCall } from '../../parse/model';
import { fact } from '../build';
import type { ExtractionContext } from '../context';
import { always, type Extractor } from '../extractor';
import {
  ENTITY_TYPES, entityKey, literal, PROPERTY_NAMES, type EntityKey, type EntityType, type Evidence, type Fact, type LiteralValue,
  type Qualifier, type Value,
} from '../fact';
import { nameLabels } from '../labels';
import { isInfobox, loadMappings, normaliseParameter, normaliseTemplateName, type ParameterMapping, type TemplateMapping } from './mappings';
import { coordinatesFromParameters, parseInfoboxValue } from './values';
import type { InfoboxItem, InfoboxValue } from './valueTypes';

/**
 * Infoboxes in two layers, as the DBpedia extraction framework reads them, each fact with the
 * parameter's span as evidence and the citations inside its value:
 *
 * - raw: every parameter of every infobox becomes a property of its own in the wiki language's
 *   namespace (`property/en/birth_date`), its value parsed (links, dates, numbers, coordinates, files);
 * - mapped: where `mappings/{lang}/*.tsv` maps the template, the subject gets the family's class and
 *   each mapped parameter an ontology property (`birthDate`), read as the mapping's kind says.
 *
 * Coordinates become a GeoSPARQL geometry (`POINT(lon lat)`) and WGS84 `lat`/`long`.
 */
export const infoboxExtractor: Extractor = {
  id: 'infobox',
  appliesTo: always,
  extract(context) {
    const mappings = loadMappings(KNOWN_NAMES);
    const lang = context.article.source.lang;
    const facts: Fact[] = [];
    for (const call of context.article.templates) {
      if (!isInfobox(mappings, lang, call.canonicalName)) continue;
      facts.push(...infoboxFacts(context, call, mappings.templates.get(lang)?.get(normaliseTemplateName(call.canonicalName))));
    }
    return facts;
  },
};

const COMMONS_FILE = 'https://commons.wikimedia.org/wiki/File:';

/** The ontology's names the mapping files are checked against (once, when they are first read). */
const KNOWN_NAMES = { properties: new Set<string>(PROPERTY_NAMES), types: new Set<string>(ENTITY_TYPES) };

/** A rule id segment: lower case, spaces as dashes, no slash. */
const ruleSegment = (s: string) => s.trim().toLowerCase().replace(/\s+/g, '-').replace(/\//g, '-') || '-';

function infoboxFacts(context: ExtractionContext, call: TemplateCall, mapping: TemplateMapping | undefined): Fact[] {
  const subject = context.subject;
  const facts: Fact[] = [];
  const template = call.canonicalName;
  if (mapping?.class) facts.push(fact.entity(subject, [mapping.class], evidenceOf(context, call, `infobox-mapping/${ruleSegment(template)}`)));
  for (const arg of call.args) {
    if (arg.value === '' || arg.positional) continue;
    const items = parseInfoboxValue(arg.value, { lang: context.article.source.lang, parameter: arg.name });
    const rawEvidence = evidenceOf(context, arg, `infobox/${ruleSegment(template)}/${ruleSegment(arg.name)}`);
    const mapped = mapping?.parameters.get(normaliseParameter(arg.name));
    const mappedEvidence = evidenceOf(context, arg, `infobox-mapping/${ruleSegment(template)}/${ruleSegment(arg.name)}`);
    // `Member of the [[House]]`: a link inside a phrase is not what the parameter names; the raw layer keeps it.
    const phrase = hasTextBesideLinks(arg.value);
    // `[[Governor]] ([[Party|R]])`: a link in parentheses qualifies the item before it.
    let outside = arg.value;
    for (let before = ''; before !== outside; ) [before, outside] = [outside, outside.replace(/\([^()]*\)|（[^（）]*）/g, '')];
    const inParentheses = (v: InfoboxValue) =>
      v.kind === 'entity' && !outside.includes(v.target) && !outside.includes(`|${v.text}]]`) && !outside.includes(`[[${v.text}]]`) && !outside.includes(`[[${v.text}|`);
    for (const item of items) {
      const raw = rawValue(context, item.value, facts, rawEvidence);
      if (raw) facts.push({ kind: 'attribute', subject, lang: context.article.source.lang, template, parameter: arg.name, object: raw, qualifiers: qualifiersOf(item), evidence: rawEvidence });
      const phraseOfPost = phrase && item.value.kind === 'entity' && (mapped?.entityType === 'Position' || mapped?.entityType === 'Person');
      if (mapped && !phraseOfPost && !inParentheses(item.value)) facts.push(...mappedFacts(context, subject, item, mapped, mappedEvidence));
    }
  }
  // `latd|latm|…|longd|…`: coordinates spread over several parameters.
  const spread = coordinatesFromParameters(Object.fromEntries(call.args.map((a) => [a.name, a.value])));
  if (spread) facts.push(...geometryFacts(subject, spread.lat, spread.lon, evidenceOf(context, call, `infobox-mapping/${ruleSegment(template)}/coordinates`)));
  return facts;
}

/** Whether a value has words of its own beside its links (`Member of the [[X]]`), markup and lists aside. */
function hasTextBesideLinks(wikitext: string): boolean {
  const rest = wikitext
    .replace(/<ref[^>]*\/>|<ref[\s\S]*?<\/ref>|<!--[\s\S]*?-->/g, '')
    .replace(/\[\[[^\]]*\]\]/g, '')
    .replace(/\{\{[^{}]*\}\}/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\([^()]*\)/g, '')
    .replace(/[\s,，、;；:：*·'"&]|nbsp/g, '');
  return rest.length > 0;
}

/** Evidence for a parameter (or the whole template): its code-point span and the references inside it. */
function evidenceOf(context: ExtractionContext, span: TemplateArgument | TemplateCall, rule: string): Evidence {
  const citations = context.article.references
    .filter((r) => r.uses.some((u) => u.start >= span.start && u.end <= span.end))
    .map((r) => r.id);
  return { sentence: -1, start: span.start, end: span.end, rule, citations: [...new Set(citations)].sort() };
}

function qualifiersOf(item: InfoboxItem): Qualifier[] {
  const q: Qualifier[] = [];
  if (item.start) q.push({ name: 'startTime', value: item.start });
  if (item.end) q.push({ name: 'endTime', value: item.end });
  return q;
}

/** An entity a value links to, with its names (and, when the mapping says, its class). */
function entity(context: ExtractionContext, target: string, types: EntityType[], facts: Fact[], evidence: Evidence): EntityKey {
  const key = entityKey.page(target);
  facts.push(fact.entity(key, types, evidence), ...nameLabels(context, key, target, evidence));
  return key;
}

/** The raw layer's value: what the parameter says, as plainly as RDF can hold it. */
function rawValue(context: ExtractionContext, value: InfoboxValue, facts: Fact[], evidence: Evidence): Value | undefined {
  switch (value.kind) {
    case 'entity':
      return { entity: entity(context, value.target, ['Topic'], facts, evidence) };
    case 'literal':
      return retagged(context, value.value);
    case 'quantity':
      return numberLiteral(value.amount);
    case 'coordinates':
      return wkt(value.lat, value.lon);
    case 'file':
      return { iri: COMMONS_FILE + encodeURIComponent(value.name.replace(/ /g, '_')).replace(/%2C/g, ',') };
  }
}

/**
 * Text in a script the article's language is not written in says its own language (`한국어` in a Chinese
 * article is Korean); Chinese text takes the article's script (`zh-Hant`), as prose labels do.
 */
export function retagged(context: ExtractionContext, value: LiteralValue): LiteralValue {
  if (value.datatype !== 'langString') return value;
  const text = value.literal;
  if (/[\uAC00-\uD7AF\u1100-\u11FF]/.test(text) && !/[\u4E00-\u9FFF]/.test(text)) return { ...value, lang: 'ko' };
  if (/[\u3040-\u30FF]/.test(text)) return { ...value, lang: 'ja' };
  if (context.article.source.lang === 'zh' && /[\u4E00-\u9FFF]/.test(text)) return { ...value, lang: context.script };
  return value;
}

function numberLiteral(n: number): LiteralValue {
  return Number.isInteger(n) ? literal.integer(n) : { literal: String(n), datatype: 'decimal' };
}

function wkt(lat: number, lon: number): LiteralValue {
  return { literal: `POINT(${lon} ${lat})`, datatype: 'wktLiteral' };
}

/** The mapped layer: the ontology property, the value read as the mapping's kind says, or nothing. */
function mappedFacts(context: ExtractionContext, subject: EntityKey, item: InfoboxItem, mapping: ParameterMapping, evidence: Evidence): Fact[] {
  const { value } = item;
  const qualifiers = qualifiersOf(item);
  const facts: Fact[] = [];
  const relation = (object: Value) => facts.push(fact.relation(subject, mapping.property, object, evidence, qualifiers));
  switch (mapping.kind) {
    case 'date':
      if (value.kind === 'literal' && ['date', 'gYearMonth', 'gYear'].includes(value.value.datatype)) relation(value.value);
      break;
    case 'number':
      if (value.kind === 'literal' && ['integer', 'decimal'].includes(value.value.datatype)) relation(value.value);
      else if (value.kind === 'quantity') relation(numberLiteral(value.amount));
      break;
    case 'quantity': {
      const amount = value.kind === 'quantity' ? value.amount : value.kind === 'literal' && ['integer', 'decimal'].includes(value.value.datatype) ? Number(value.value.literal) : undefined;
      if (amount === undefined) break;
      const node = entityKey.part(subject, 'quantity', mapping.property);
      facts.push(fact.entity(node, ['Quantity'], evidence), fact.relation(node, 'quantityAmount', numberLiteral(amount), evidence));
      if (value.kind === 'quantity') facts.push(fact.relation(node, 'unitText', literal.string(value.unit), evidence));
      relation({ entity: node });
      break;
    }
    case 'text':
      if (value.kind === 'literal' && (value.value.datatype === 'string' || value.value.datatype === 'langString')) relation(retagged(context, value.value));
      else if (value.kind === 'entity') relation({ literal: value.text, datatype: 'langString', lang: context.script });
      break;
    case 'url':
      if (value.kind === 'literal' && value.value.datatype === 'anyURI') relation(value.value);
      break;
    case 'file':
      if (value.kind === 'file') relation({ iri: COMMONS_FILE + encodeURIComponent(value.name.replace(/ /g, '_')).replace(/%2C/g, ',') });
      break;
    case 'coordinates':
      if (value.kind === 'coordinates') facts.push(...geometryFacts(subject, value.lat, value.lon, evidence));
      break;
    case 'entity':
      if (value.kind === 'entity') relation({ entity: entity(context, value.target, mapping.entityType ? [mapping.entityType] : ['Topic'], facts, evidence) });
      // A post named in words (`President of the United States`) is a position by that name.
      else if (mapping.entityType === 'Position' && value.kind === 'literal' && value.value.datatype === 'langString') {
        const key = entityKey.name(value.value.literal);
        facts.push(fact.entity(key, ['Position'], evidence), ...nameLabels(context, key, value.value.literal, evidence));
        relation({ entity: key });
      }
      break;
  }
  return facts;
}

/** A GeoSPARQL geometry node with its WKT point, and WGS84 `lat`/`long` on the subject. */
function geometryFacts(subject: EntityKey, lat: number, lon: number, evidence: Evidence): Fact[] {
  const geometry = entityKey.part(subject, 'geometry', 'point');
  const decimal = (n: number): LiteralValue => ({ literal: String(n), datatype: 'decimal' });
  return [
    fact.entity(geometry, ['Geometry'], evidence),
    fact.link(subject, 'hasGeometry', geometry, evidence),
    fact.relation(geometry, 'asWKT', wkt(lat, lon), evidence),
    fact.relation(subject, 'lat', decimal(lat), evidence),
    fact.relation(subject, 'long', decimal(lon), evidence),
  ];
}
