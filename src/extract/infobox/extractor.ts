import type { TemplateArgument, TemplateCall } from '../../parse/model';
import { fact } from '../build';
import type { ExtractionContext } from '../context';
import { always, type Extractor } from '../extractor';
import { ENTITY_TYPES, PROPERTY_NAMES, QUALIFIER_NAMES, type Evidence, type Fact, type Qualifier, type Value } from '../fact';
import { geometryFacts, mappedParameterFacts } from './mapped';
import { isInfobox, loadMappings, normaliseParameter, normaliseTemplateName, parameterMapping, type Mappings, type TemplateMapping } from './mappings';
import { commonsFile, evidenceOf, numberLiteral, pageEntity, retagged, ruleSegment, wkt, type InfoboxEnv } from './support';
import { coordinatesFromParameters, parseInfoboxValue } from './values';
import type { InfoboxItem, InfoboxValue } from './valueTypes';

/**
 * Infoboxes in two layers, as the DBpedia extraction framework reads them, each fact with the
 * parameter's span as evidence and the citations inside its value:
 *
 * - raw: every parameter of every infobox becomes a property of its own in the wiki language's
 *   namespace (`property/en/birth_date`), its value parsed (links, dates, numbers, coordinates, files);
 * - mapped: where `mappings/{lang}/*.tsv` maps the template, the subject gets the family's class and
 *   each mapped parameter an ontology property (`birthDate`), read as the mapping's kind says
 *   (`mapped.ts`; posts held and officers as position nodes, `positions.ts`).
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
      facts.push(...infoboxFacts(context, call, mappings, mappings.templates.get(lang)?.get(normaliseTemplateName(call.canonicalName))));
    }
    return facts;
  },
};

/** The ontology's names the mapping files are checked against (once, when they are first read). */
const KNOWN_NAMES = { properties: new Set<string>(PROPERTY_NAMES), types: new Set<string>(ENTITY_TYPES), qualifiers: new Set<string>(QUALIFIER_NAMES) };

function infoboxFacts(context: ExtractionContext, call: TemplateCall, mappings: Mappings, mapping: TemplateMapping | undefined): Fact[] {
  const subject = context.subject;
  const lang = context.article.source.lang;
  const facts: Fact[] = [];
  const template = call.canonicalName;
  if (mapping?.class) facts.push(fact.entity(subject, [mapping.class], evidenceOf(context, call, `infobox-mapping/${ruleSegment(template)}`)));
  const named = call.args.filter((a) => !a.positional && a.value !== '');
  const env: InfoboxEnv = { context, call, subject, lang, mappings, args: new Map(named.map((a) => [normaliseParameter(a.name), a])), postGroups: new Set() };
  for (const arg of named) {
    const items = parseInfoboxValue(arg.value, { lang, parameter: arg.name, templateLinks: mappings.templateLinks.get(lang) });
    facts.push(...rawFacts(context, template, arg, items));
    const found = mapping && parameterMapping(mapping, arg.name);
    for (let spec = found?.spec; spec; spec = spec.next) facts.push(...mappedParameterFacts(env, arg, items, spec, found!.number, mapping?.class));
  }
  // `latd|latm|…|longd|…`: coordinates spread over several parameters.
  const spread = coordinatesFromParameters(Object.fromEntries(call.args.map((a) => [a.name, a.value])));
  if (spread) facts.push(...geometryFacts(subject, spread.lat, spread.lon, evidenceOf(context, call, `infobox-mapping/${ruleSegment(template)}/coordinates`)));
  return facts;
}

/** The raw layer of one parameter: each item as the parameter's own property, in the wiki language's namespace. */
function rawFacts(context: ExtractionContext, template: string, arg: TemplateArgument, items: readonly InfoboxItem[]): Fact[] {
  const facts: Fact[] = [];
  const evidence = evidenceOf(context, arg, `infobox/${ruleSegment(template)}/${ruleSegment(arg.name)}`);
  for (const item of items) {
    const object = rawValue(context, item.value, facts, evidence);
    if (object) facts.push({ kind: 'attribute', subject: context.subject, lang: context.article.source.lang, template, parameter: arg.name, object, qualifiers: qualifiersOf(item), evidence });
  }
  return facts;
}

function qualifiersOf(item: InfoboxItem): Qualifier[] {
  const q: Qualifier[] = [];
  if (item.start) q.push({ name: 'startTime', value: item.start });
  if (item.end) q.push({ name: 'endTime', value: item.end });
  return q;
}

/** The raw layer's value: what the parameter says, as plainly as RDF can hold it. */
function rawValue(context: ExtractionContext, value: InfoboxValue, facts: Fact[], evidence: Evidence): Value | undefined {
  switch (value.kind) {
    case 'entity':
      return { entity: pageEntity(context, value.target, ['Topic'], facts, evidence) };
    case 'literal':
      return retagged(context, value.value);
    case 'quantity':
      return numberLiteral(value.amount);
    case 'coordinates':
      return wkt(value.lat, value.lon);
    case 'file':
      return commonsFile(value.name);
  }
}
