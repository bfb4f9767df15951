import { fact } from '../build';
import type { ExtractionContext } from '../context';
import { elementEvidence } from '../evidence';
import { always, type Extractor } from '../extractor';
import { entityKey, type EntityKey, type Fact } from '../fact';
import { nameLabels } from '../labels';
import { citationFields } from '../lexicon/citations';
import type { Reference } from '../../parse/model';

/** A publisher or author named in a citation, before short forms are merged with full names. */
interface NamedSource {
  reference: Reference;
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
      facts.push(fact.entity(key, ['NewsOrganization'], evidence));
      if (!labelled.has(key)) facts.push(...nameLabels(context, key, key.slice(key.indexOf(':') + 1), evidence));
      if (key.slice(key.indexOf(':') + 1) !== p.name) facts.push(fact.label(key, p.name, context.script, 'alternative', evidence));
      labelled.add(key);
      facts.push(fact.link(entityKey.citation(p.reference.id), 'publisher', key, evidence));
    }
    for (const a of named(context, citationFields.author)) {
      const key = a.linked ? entityKey.page(a.linked) : entityKey.name(a.name);
      const evidence = elementEvidence(a.reference, 'citations/author', [a.reference.id]);
      facts.push(fact.entity(key, ['Person'], evidence), ...nameLabels(context, key, a.name, evidence));
      facts.push(fact.link(entityKey.citation(a.reference.id), 'author', key, evidence));
    }
    return facts;
  },
};

function named(context: ExtractionContext, fields: string[]): NamedSource[] {
  return context.article.references.flatMap((reference) => {
    const field = fields.find((f) => reference.fields[f]);
    if (!field) return [];
    return [{ reference, name: reference.fields[field], linked: reference.fieldLinks[field] }];
  });
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
