import type { TemplateArgument } from '../../parse/model';
import { fact } from '../build';
import type { ExtractionContext } from '../context';
import { entityKey, literal, type EntityKey, type EntityType, type Evidence, type Fact, type PropertyName, type Qualifier } from '../fact';
import { siblingName, type ParameterMapping } from './mappings';
import { mergePeriodLines, readPost, type Post } from './posts';
import { entity, evidenceOf, mayBePerson, pageEntity, personName, ruleSegment, type InfoboxEnv } from './support';
import { readDate, valueLines, type ValueSegment } from './values';

/**
 * Posts in infoboxes as the graph's one model of a post held (the position frame's): the holder
 * `positionHeld` a Position node with its `positionTitle` and `ofOrganization` (or `jurisdiction`), the
 * term's start and end, predecessor and successor as qualifiers of the holding.
 *
 * - `post`: the subject holds the posts a parameter names, one per line (`past`), or one per numbered
 *   group (`office2` with `term_start2`, `predecessor2` …, the numbered parameters of Infobox officeholder);
 * - `officer`: a person holds a post of the subject, the post's title in a sibling parameter
 *   (`首長姓名` with `首長職銜`, `人员1` with `职位1`, `leader_name` with `leader_title`).
 */

const DATE_QUALIFIERS = new Set(['pointInTime', 'startTime', 'endTime', 'plannedDate']);
const PLACE_CLASSES = new Set<EntityType>(['Country', 'Place', 'Settlement', 'AdministrativeRegion']);

/** Facts of the posts a `post` parameter names, held by the subject. */
export function postFacts(env: InfoboxEnv, arg: TemplateArgument, spec: ParameterMapping, number: string | undefined): Fact[] {
  const lines = mergePeriodLines(valueLines(arg.value, env.lang));
  const siblings = siblingQualifiers(env, spec, number);
  const evidence = evidenceOf(env.context, arg, rule(env, arg), siblings.args);
  const facts: Fact[] = [...siblings.facts];
  if (number !== undefined) {
    // One numbered group, one post: the first line that names one (`office2` or `order2`, whichever comes first).
    // `office` and `office1` are two groups (each with its own `term_start`, `term_start1`).
    const group = number;
    const post = env.postGroups.has(group) ? undefined : lines.map((l) => readPost(l, env.lang)).find((p) => p && positionKey(p));
    if (!post) return [];
    env.postGroups.add(group);
    return [...facts, ...holding(env, env.subject, post, spec, [...periodOf(post), ...siblings.qualifiers], evidence)];
  }
  for (const line of lines) {
    const post = readPost(line, env.lang);
    if (post) facts.push(...holding(env, env.subject, post, spec, [...periodOf(post), ...siblings.qualifiers], evidence));
  }
  return facts;
}

/** Facts of the persons an `officer` parameter names, each holding the subject's post its title parameter names. */
export function officerFacts(env: InfoboxEnv, arg: TemplateArgument, spec: ParameterMapping, number: string | undefined, subjectClass: EntityType | undefined): Fact[] {
  const titleArg = spec.titleParameter === undefined ? undefined : env.args.get(siblingName(spec.titleParameter, number));
  const siblings = siblingQualifiers(env, spec, number);
  const evidence = evidenceOf(env.context, arg, rule(env, arg), [...(titleArg ? [titleArg] : []), ...siblings.args]);
  const facts: Fact[] = [...siblings.facts];
  const people = valueLines(arg.value, env.lang).map((line) => peopleOf(env, line, spec.entityType ?? 'Person', facts, evidence));
  const titles = titleArg ? valueLines(titleArg.value, env.lang).map(titleOf) : [];
  people.forEach((persons, i) => {
    // Titles pair with names line by line (`政務次長<br>常務次長`); one title is every name's.
    const title = titles.length === people.length ? titles[i] : titles.length === 1 ? titles[0] : undefined;
    for (const person of persons) {
      if (spec.property !== 'positionHeld') {
        facts.push(spec.inverse ? fact.link(person, spec.property, env.subject, evidence, siblings.qualifiers) : fact.link(env.subject, spec.property, person, evidence, siblings.qualifiers));
      }
      if (!title) continue;
      const relation = subjectClass && PLACE_CLASSES.has(subjectClass) ? 'jurisdiction' : 'ofOrganization';
      const post: Post = { title, body: { key: env.subject, name: env.context.article.source.title, linked: true, types: [], relation } };
      facts.push(...holding(env, person, post, { ...spec, property: 'positionHeld' }, siblings.qualifiers, evidence));
    }
  });
  return facts;
}

/** The position node of a post: the body's post of that title, else the post's own page, else a post by its name (Latin-script wikis). */
function positionKey(post: Post): EntityKey | undefined {
  if (post.body) return entityKey.part(post.body.key, 'position', post.title);
  return post.page === undefined ? entityKey.name(post.title) : entityKey.page(post.page);
}

/** `holder positionHeld position`, the position with its title and body (the position frame's shape). */
function holding(env: InfoboxEnv, holder: EntityKey, post: Post, spec: ParameterMapping, qualifiers: Qualifier[], evidence: Evidence): Fact[] {
  return holdPost(env.context, holder, post, qualifiers, evidence, spec.property);
}

/**
 * `holder positionHeld position` for a post read as written (`posts.ts`): the position node with its title
 * and body (the position frame's shape), the body's entity, the holding with its qualifiers. Shared by the
 * infobox mappings and the succession boxes (`structures/successionBoxes.ts`).
 */
export function holdPost(context: ExtractionContext, holder: EntityKey, post: Post, qualifiers: Qualifier[], evidence: Evidence, property: PropertyName = 'positionHeld'): Fact[] {
  const key = positionKey(post);
  if (!key) return [];
  const lang = context.article.source.lang;
  const subject = context.subject;
  const latin = lang !== 'zh' && /^[\p{Script=Latin}\p{N}\p{P}\s]+$/u.test(post.title);
  const facts: Fact[] = [];
  entity(context, key, post.body ? (latin ? `${post.title}, ${post.body.name}` : post.body.name + post.title) : post.page ?? post.title, ['Position'], facts, evidence);
  facts.push(fact.relation(key, 'positionTitle', literal.text(post.title, lang === 'zh' ? context.script : lang), evidence));
  if (post.body && post.body.key !== subject) {
    const types: EntityType[] = post.body.types.length > 0 ? post.body.types : ['Topic'];
    if (post.body.linked) pageEntity(context, post.body.name, types, facts, evidence);
    else entity(context, post.body.key, post.body.name, types, facts, evidence);
  }
  if (post.body) facts.push(fact.link(key, post.body.relation, post.body.key, evidence));
  facts.push(fact.link(holder, property, key, evidence, qualifiers));
  return facts;
}

function periodOf(post: Post): Qualifier[] {
  return [...(post.start ? [{ name: 'startTime', value: post.start } as Qualifier] : []), ...(post.end ? [{ name: 'endTime', value: post.end } as Qualifier] : [])];
}

/** The qualifiers a mapping reads from sibling parameters (`startTime=term_start#`), with the facts of their entities. */
function siblingQualifiers(env: InfoboxEnv, spec: ParameterMapping, number: string | undefined): { qualifiers: Qualifier[]; facts: Fact[]; args: TemplateArgument[] } {
  const out = { qualifiers: [] as Qualifier[], facts: [] as Fact[], args: [] as TemplateArgument[] };
  for (const { name, parameter, type } of spec.qualifierParameters ?? []) {
    const arg = env.args.get(siblingName(parameter, number));
    if (!arg || arg.value.trim() === '') continue;
    if (DATE_QUALIFIERS.has(name)) {
      const date = readDate(arg.value, env.lang);
      if (date) out.qualifiers.push({ name, value: date });
    } else {
      const evidence = evidenceOf(env.context, arg, rule(env, arg));
      for (const line of valueLines(arg.value, env.lang)) {
        for (const key of peopleOf(env, line, type ?? 'Topic', out.facts, evidence)) out.qualifiers.push({ name, value: { entity: key } });
      }
    }
    out.args.push(arg);
  }
  return out;
}

/** The entities one line names: its links, and names written without one when their shape is a person's. */
function peopleOf(env: InfoboxEnv, line: readonly ValueSegment[], type: EntityType, facts: Fact[], evidence: Evidence): EntityKey[] {
  const keys: EntityKey[] = [];
  // `[[Jane Roe]] ([[Some Party|D]])`: a link in parentheses says something of the one before it.
  let depth = 0;
  for (const seg of line) {
    if (seg.kind === 'link') {
      if (depth === 0 && (type !== 'Person' || mayBePerson(seg.target, seg.text))) keys.push(pageEntity(env.context, seg.target, [type], facts, evidence));
      continue;
    }
    depth = Math.max(0, depth + (seg.text.match(/[(（]/g)?.length ?? 0) - (seg.text.match(/[)）]/g)?.length ?? 0));
    if (type === 'Person') {
      for (const piece of seg.text.replace(/[(（][^()（）]*[)）]/g, ' ').split(/[、，,;；/／\s]+/)) {
        const name = personName(piece);
        if (name) keys.push(entity(env.context, entityKey.name(name), name, ['Person'], facts, evidence));
      }
    }
  }
  return keys;
}

/** A post's title as a title parameter writes it (`[[中国外交部长列表|部长]]`, `委員長`), or nothing when it is no short title. */
function titleOf(line: readonly ValueSegment[]): string | undefined {
  const text = line.map((s) => s.text).join('').replace(/[(（][^()（）]*[)）]/g, '').replace(/第[\d一二三四五六七八九十]+任/g, '').trim();
  // A title is short: a few characters in Chinese, a few words in a Latin script.
  const short = /[\u3400-\u9FFF]/.test(text) ? text.length <= 16 : text.length <= 60 && !/[.;:]\s/.test(text);
  return text && short && !/[。，；：]/.test(text) ? text : undefined;
}

function rule(env: InfoboxEnv, arg: TemplateArgument): string {
  return `infobox-mapping/${ruleSegment(env.call.canonicalName)}/${ruleSegment(arg.name)}`;
}
