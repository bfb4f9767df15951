import { fact } from '../build';
import type { ExtractionContext } from '../context';
import { elementEvidence } from '../evidence';
import { always, type Extractor } from '../extractor';
import { entityKey, type EntityKey, type EntityType, type Fact } from '../fact';
import { nameLabels } from '../labels';
import { classifyName, isListPage } from '../classify';
import { bodyWords, bylineWords, citationFields, newsFields, newsOrganizations, newsTemplates, websiteWords } from '../lexicon/citations';
import type { Reference } from '../../parse/model';

/** A publisher or author named in a citation, before short forms are merged with full names. */
interface NamedSource {
  reference: Reference;
  field: string;
  name: string;
  linked?: string;
}

/**
 * Who published and who wrote each cited source. A publisher named by a short form (`某社`) that
 * abbreviates a linked publisher of the same article (`某通訊社`) is that publisher.
 */
export const citationsExtractor: Extractor = {
  id: 'citations',
  appliesTo: always,
  extract(context) {
    const publishers = named(context, citationFields.publisher);
    const keys = publisherKeys(publishers);
    const facts: Fact[] = [];
    const labelled = new Set<EntityKey>();
    for (const p of publishers) {
      const key = keys.get(p.name)!;
      // One rule per role (who published, who wrote); the field it was read from is in the evidence's span.
      const evidence = elementEvidence(p.reference, 'citations/publisher', [p.reference.id]);
      const type = publisherType(p);
      if (type) facts.push(fact.entity(key, [type], evidence));
      if (!labelled.has(key)) facts.push(...nameLabels(context, key, key.slice(key.indexOf(':') + 1), evidence));
      if (key.slice(key.indexOf(':') + 1) !== p.name) facts.push(fact.label(key, p.name, context.script, 'alternative', evidence));
      labelled.add(key);
      facts.push(fact.link(entityKey.citation(p.reference.id), 'publisher', key, evidence));
    }
    for (const a of named(context, citationFields.author).map(withoutByline)) {
      const key = a.linked ? entityKey.page(a.linked) : entityKey.name(a.name);
      const evidence = elementEvidence(a.reference, 'citations/author', [a.reference.id]);
      // An author field may name a body (`NASA`): only a name that may be a person's is typed so.
      if (looksLikePerson(a.name)) facts.push(fact.entity(key, ['Person'], evidence));
      facts.push(...nameLabels(context, key, a.name, evidence));
      facts.push(fact.link(entityKey.citation(a.reference.id), 'author', key, evidence));
    }
    return facts;
  },
};

function named(context: ExtractionContext, fields: string[]): NamedSource[] {
  return context.article.references.flatMap((reference) => {
    const field = fields.find((f) => reference.fields[f]);
    if (!field) return [];
    return [{ reference, field, name: reference.fields[field], linked: reference.fieldLinks[field] }];
  });
}

/**
 * What a publisher field says its value is: a news organisation in a news field or a news template, by the
 * lexicon of news organisations (`BBC`), or by its name's ending (`某通訊社`); an organisation in `publisher=`
 * (a book's publisher); nothing for a work, a website or a journal, which is no organisation.
 */
function publisherType(p: NamedSource): EntityType | undefined {
  // `publisher=example.com` names a website, `[[List of …]]` a list: neither is an organisation.
  if (DOMAIN.test(p.name) || isListPage(p.linked ?? p.name)) return undefined;
  const news = newsFields.includes(p.field) || (newsTemplates.test(p.reference.template ?? '') && (p.field === 'work' || p.field === 'publisher'));
  const known = newsOrganizations.has(p.name) || (p.linked !== undefined && newsOrganizations.has(p.linked));
  if (news || known || classifyName(p.linked ?? p.name).includes('NewsOrganization')) return 'NewsOrganization';
  // `National Statistics Online`, a user name (`kc1john`): a website or an account, not the body behind it.
  if (isWebsite(p.name) || /^[\p{Ll}\d_.-]+$/u.test(p.name)) return undefined;
  // `J. Fraser`: initials and a surname name a person who published, not a body.
  if (/^(?:\p{Lu}\.\s*)+\p{Lu}[\p{Ll}'’-]+$/u.test(p.name)) return undefined;
  return p.field === 'publisher' ? 'Organization' : undefined;
}

/** Whether a publisher's name says it is a website or an online service. */
function isWebsite(name: string): boolean {
  const words = name.toLowerCase().split(/[^\p{L}]+/u);
  return words.some((w) => websiteWords.latin.includes(w)) || websiteWords.endings.some((e) => name.endsWith(e));
}

/**
 * An author field as the name alone: without the byline word before it (`Von Andrea Roe` → `Andrea Roe`)
 * and without the role after it (`Jane Roe, Religious affairs correspondent` → `Jane Roe`).
 */
function withoutByline(a: NamedSource): NamedSource {
  if (a.linked) return a;
  const role = /^([^,]+),\s*(?:[^,]*\s)?\p{Ll}{4,}$/u.exec(a.name);
  const name = role ? role[1].trim() : a.name;
  const m = /^(\S+)\s+(\p{Lu}[\p{Ll}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*)+)$/u.exec(name);
  const bare = m && bylineWords.includes(m[1]) ? m[2] : name;
  return bare === a.name ? a : { ...a, name: bare };
}

/** A host name (`example.com`, `news.example.co.uk`). */
const DOMAIN = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}$/iu;

/** Whether an author field may be a person's name: not a body's (`NASA`, `Some Press Inc.`), not one Latin word. */
function looksLikePerson(name: string): boolean {
  // `Roe J, Doe R, Poe A`, `Roe, J.; Doe, R.`, `Jane Roe and John Doe`: several authors in one field are no one person.
  if (/;|&|\bet al\b|\band\b|、/.test(name) || (name.match(/,/g) ?? []).length >= 2) return false;
  // `Roe J, Doe R`: a surname and initials before the comma is the first of several authors (`Roe, Jane` is one).
  if (/^\S+\s+\p{Lu}{1,3}\.?\s*,/u.test(name)) return false;
  const words = name.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 0);
  if (/^[\p{Script=Latin}\s.'’-]+$/u.test(name) && words.length < 2) return false;
  // `Various authors`, `Staff writer`: a Latin name has no lowercase word but its particles (`van`, `de`, `bin`).
  if (/^[\p{Script=Latin}\s.,'’-]+$/u.test(name) && /(?:^|\s)\p{Ll}{4,}/u.test(name)) return false;
  if (/\b\p{Lu}{2,}\b/u.test(name) && !/,/.test(name)) return false;
  return !words.some((w) => bodyWords.includes(w)) && classifyName(name).length === 0;
}

/** Entity key per publisher name: linked names by their page, short forms by the full name they abbreviate. */
function publisherKeys(publishers: NamedSource[]): Map<string, EntityKey> {
  const keys = new Map<string, EntityKey>();
  const linked = publishers.filter((p) => p.linked);
  for (const p of linked) keys.set(p.name, entityKey.page(p.linked!));
  for (const p of publishers) {
    if (keys.has(p.name)) continue;
    const full = linked.find((l) => abbreviates(p.name, l.linked!));
    keys.set(p.name, full ? entityKey.page(full.linked!) : entityKey.name(p.name));
  }
  return keys;
}

/**
 * Whether `short` is a Chinese abbreviation of `full`: shorter, at least two characters, same first and
 * last character, and its characters appear in `full` in order (`某社` ⊂ `某通訊社`).
 */
export function abbreviates(short: string, full: string): boolean {
  const s = [...short];
  const f = [...full];
  if (s.length < 2 || s.length >= f.length || s[0] !== f[0] || s[s.length - 1] !== f[f.length - 1]) return false;
  let i = 0;
  for (const ch of f) if (ch === s[i]) i++;
  return i === s.length;
}
