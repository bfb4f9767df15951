import type { TemplateArgument } from '../../parse/model';
import { fact } from '../build';
import { entityKey, literal, type EntityKey, type EntityType, type Evidence, type Fact, type LiteralValue, type Qualifier, type Value } from '../fact';
import { siblingName, type ParameterMapping } from './mappings';
import { officerFacts, postFacts } from './positions';
import { commonsFile, entity, evidenceOf, mayBePerson, numberLiteral, pageEntity, personName, retagged, ruleSegment, wkt, type InfoboxEnv } from './support';
import { linkTargets, readDate, valueLines } from './values';
import type { InfoboxItem, InfoboxValue } from './valueTypes';

/**
 * The mapped layer of one parameter: the ontology property and the value read as the mapping's kind says
 * (`mappings/{lang}/*.tsv`), with the options of its line: an inverse property (`^positionHeld`), where a
 * date range's ends go (`range=`), qualifiers from sibling parameters (`startTime=term_start#`), the language
 * of a text (`lang=`), the unit a figure is written in (`scale=`).
 */
export function mappedParameterFacts(
  env: InfoboxEnv, arg: TemplateArgument, items: readonly InfoboxItem[], spec: ParameterMapping, number: string | undefined, subjectClass: EntityType | undefined,
): Fact[] {
  if (spec.kind === 'post') return postFacts(env, arg, spec, number);
  if (spec.kind === 'officer') return officerFacts(env, arg, spec, number, subjectClass);
  if (spec.single && items.length > 1) return [];
  const evidence = evidenceOf(env.context, arg, `infobox-mapping/${ruleSegment(env.call.canonicalName)}/${ruleSegment(arg.name)}`);
  // `Member of the [[House]]`: a link inside a phrase is not what the parameter names; the raw layer keeps it.
  const phrase = hasTextBesideLinks(arg.value);
  // `[[Governor]] ([[Party|R]])`: a link in parentheses qualifies the item before it.
  const outsideLinks = linkTargets(outsideParentheses(arg.value), env.lang, env.mappings.templateLinks.get(env.lang));
  const inParentheses = (v: InfoboxValue) => v.kind === 'entity' && !outsideLinks.has(v.target);
  // `[[甲省]][[乙市]]`: in a place, each link is inside the one before it; the last is the place meant.
  const chains = spec.kind === 'entity' && spec.entityType && PLACE_CLASSES.has(spec.entityType) ? placeChains(env, arg) : [];
  const outer = new Set(chains.flatMap((chain) => chain.slice(0, -1)));
  const facts: Fact[] = [];
  for (const item of items) {
    const phraseOfPost = phrase && item.value.kind === 'entity' && (spec.entityType === 'Position' || spec.entityType === 'Person');
    if (phraseOfPost || inParentheses(item.value)) continue;
    // `[[Porsche-Piëch family|13]]` children, `[[Military leadership in the …]]` commanders: no person.
    if (spec.entityType === 'Person' && item.value.kind === 'entity' && !mayBePerson(item.value.target, item.value.text)) continue;
    if (item.value.kind === 'entity' && outer.has(item.value.target)) continue;
    facts.push(...itemFacts(env, item, spec, evidence));
  }
  for (const chain of chains) {
    for (let i = 1; i < chain.length; i++) {
      const inner = pageEntity(env.context, chain[i], ['Place'], facts, evidence);
      facts.push(fact.link(inner, 'locatedIn', pageEntity(env.context, chain[i - 1], ['Place'], facts, evidence), evidence));
    }
  }
  return facts;
}

/** A value without what it says in parentheses, links inside them included; a link's own `(disambiguator)` stays. */
function outsideParentheses(wikitext: string): string {
  const links: string[] = [];
  let masked = wikitext.replace(/\[\[[^[\]]*\]\]/g, (link) => `\u0000${links.push(link) - 1}\u0000`);
  for (let before = ''; before !== masked; ) [before, masked] = [masked, masked.replace(/\([^()]*\)|（[^（）]*）/g, '')];
  return masked.replace(/\u0000(\d+)\u0000/g, (_, i: string) => links[Number(i)]);
}

const PLACE_CLASSES = new Set<EntityType>(['Place', 'Settlement', 'AdministrativeRegion', 'Country']);

/** Runs of links with nothing between them (`[[甲道]][[乙郡]]`), outermost first. */
function placeChains(env: InfoboxEnv, arg: TemplateArgument): string[][] {
  const chains: string[][] = [];
  // `{{CHN}}[[甲省]][[乙市]]`: a state's template before the places is the outermost of them.
  for (const line of valueLines(arg.value, env.lang, env.mappings.templateLinks.get(env.lang))) {
    let run: string[] = [];
    const close = () => {
      if (run.length > 1) chains.push(run);
      run = [];
    };
    for (const seg of line) {
      if (seg.kind === 'link') run.push(seg.target);
      // `[[乙市]]（今丙市）[[某樓]]`: a note in parentheses does not part the places.
      else if (seg.text.replace(/[(（][^()（）]*[)）]/g, '').trim() !== '') close();
    }
    close();
  }
  return chains;
}

/** Whether a value has words of its own beside its links (`Member of the [[X]]`), markup and lists aside. */
function hasTextBesideLinks(wikitext: string): boolean {
  const rest = wikitext
    .replace(/<ref[^>]*\/>|<ref[\s\S]*?<\/ref>|<!--[\s\S]*?-->/g, '')
    .replace(/\[\[[^\]]*\]\]/g, '')
    .replace(/\{\{[^{}]*\}\}/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\([^()]*\)|（[^（）]*）/g, '')
    .replace(/[\s,，、;；:：*·'"&]|nbsp/g, '');
  return rest.length > 0;
}

function qualifiersOf(item: InfoboxItem): Qualifier[] {
  const q: Qualifier[] = [];
  if (item.start) q.push({ name: 'startTime', value: item.start });
  if (item.end) q.push({ name: 'endTime', value: item.end });
  return q;
}

const isDate = (v: LiteralValue) => ['date', 'gYearMonth', 'gYear'].includes(v.datatype);
const isNumber = (v: LiteralValue) => ['integer', 'decimal'].includes(v.datatype);

/** One item read as the mapping's kind says, or nothing. */
function itemFacts(env: InfoboxEnv, item: InfoboxItem, spec: ParameterMapping, evidence: Evidence): Fact[] {
  const { context, subject } = env;
  const { value } = item;
  const facts: Fact[] = [];
  const qualifiers = [...qualifiersOf(item), ...siblingDates(env, spec)];
  const relation = (object: Value, property = spec.property) => facts.push(fact.relation(subject, property, object, evidence, qualifiers));
  const link = (key: EntityKey) => facts.push(spec.inverse ? fact.link(key, spec.property, subject, evidence, qualifiers) : fact.relation(subject, spec.property, { entity: key }, evidence, qualifiers));
  switch (spec.kind) {
    case 'date':
      if (value.kind === 'literal' && isDate(value.value)) relation(value.value);
      // `1900年1月2日－1900年2月3日` where the mapping says where a range's ends go.
      else if ((spec.rangeStart || spec.rangeEnd) && (item.start || item.end)) {
        const plain = qualifiers.filter((q) => q.name !== 'startTime' && q.name !== 'endTime');
        if (item.start) facts.push(fact.relation(subject, spec.rangeStart ?? spec.property, item.start, evidence, plain));
        if (item.end && spec.rangeEnd) facts.push(fact.relation(subject, spec.rangeEnd, item.end, evidence, plain));
      }
      break;
    case 'number':
    case 'quantity': {
      let amount = value.kind === 'quantity' ? value.amount : value.kind === 'literal' && isNumber(value.value) ? Number(value.value.literal) : undefined;
      if (amount === undefined) break;
      if (spec.scale !== undefined) {
        // `population_total = 23` in a template that shows 萬人: a figure already in persons is not scaled twice.
        if (amount >= spec.scale) break;
        amount = Number((amount * spec.scale).toFixed(6));
      }
      if (spec.kind === 'number') {
        relation(numberLiteral(amount));
        break;
      }
      const node = entityKey.part(subject, 'quantity', spec.property);
      facts.push(fact.entity(node, ['Quantity'], evidence), fact.relation(node, 'quantityAmount', numberLiteral(amount), evidence));
      if (value.kind === 'quantity') facts.push(fact.relation(node, 'unitText', literal.string(value.unit), evidence));
      relation({ entity: node });
      break;
    }
    case 'text':
      if (value.kind === 'literal' && (value.value.datatype === 'string' || value.value.datatype === 'langString')) relation(inLanguage(env, spec, value.value));
      else if (value.kind === 'entity') relation({ literal: value.text, datatype: 'langString', lang: context.script });
      break;
    case 'url':
      if (value.kind === 'literal' && value.value.datatype === 'anyURI') relation(value.value);
      break;
    case 'file':
      if (value.kind === 'file') relation(commonsFile(value.name));
      break;
    case 'coordinates':
      if (value.kind === 'coordinates') facts.push(...geometryFacts(subject, value.lat, value.lon, evidence));
      break;
    case 'entity':
      if (value.kind === 'entity') link(pageEntity(context, value.target, spec.entityType ? [spec.entityType] : ['Topic'], facts, evidence));
      else if (value.kind === 'literal' && value.value.datatype === 'langString') {
        // A post named in words (`President of the United States`) is a position by that name; a person's name
        // written without a link (`王小梅`) is a person when its shape is a person's.
        const text = value.value.literal;
        // `王乙（女儿）`: a note after the name is no part of it.
        const name = spec.entityType === 'Position' ? text : spec.entityType === 'Person' ? personName(text.replace(/\s*[(（][^()（）]*[)）]\s*$/, '')) : undefined;
        if (name !== undefined) link(entity(context, entityKey.name(name), name, [spec.entityType!], facts, evidence));
      }
      break;
  }
  return facts;
}

/** Date qualifiers a mapping reads from sibling parameters (`startTime=incumbentsince`). */
function siblingDates(env: InfoboxEnv, spec: ParameterMapping): Qualifier[] {
  const out: Qualifier[] = [];
  for (const { name, parameter } of spec.qualifierParameters ?? []) {
    if (!['startTime', 'endTime', 'pointInTime'].includes(name)) continue;
    const arg = env.args.get(siblingName(parameter, undefined));
    const date = arg && readDate(arg.value, env.lang);
    if (date) out.push({ name, value: date });
  }
  return out;
}

/**
 * The language of a text value: the mapping's (`lang=en`), or the one a sibling parameter names
 * (`lang=@外文語言` with `外文語言 = 英語`); else what its script says (`retagged`). Latin-script text in an
 * article of another script whose language nothing states is tagged `und` (undetermined), not the article's.
 */
function inLanguage(env: InfoboxEnv, spec: ParameterMapping, value: LiteralValue): LiteralValue {
  if (value.datatype !== 'langString') return value;
  const named = spec.langParameter === undefined ? undefined : env.args.get(spec.langParameter)?.value.replace(/<[^>]*>|\[\[|\]\]/g, '').trim();
  const code = spec.lang ?? (named ? env.mappings.languages.get(named.toLowerCase()) ?? (/^[a-z]{2,3}$/.test(named) ? named : undefined) : undefined);
  if (code) return { ...value, lang: code };
  const tagged = retagged(env.context, value);
  if (tagged.lang === env.lang && env.lang === 'zh' && /^[\p{Script=Latin}\p{N}\p{P}\s]+$/u.test(tagged.literal)) return { ...tagged, lang: 'und' };
  return tagged;
}

/** A GeoSPARQL geometry node with its WKT point, and WGS84 `lat`/`long` on the subject. */
export function geometryFacts(subject: EntityKey, lat: number, lon: number, evidence: Evidence): Fact[] {
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
