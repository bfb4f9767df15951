import * as fs from 'fs';
import * as path from 'path';
import type { Sentence, TemplateCall } from '../../parse/model';
import { normaliseLinkTarget } from '../../parse/names';
import { fact } from '../build';
import type { ExtractionContext } from '../context';
import { sentenceEvidence } from '../evidence';
import { always, type Extractor } from '../extractor';
import type { EntityKey, Fact } from '../fact';
import { patternsFolder } from '../matcher/load';

/**
 * Names in other languages that templates give (`patterns/{lang}/lexicon/language-templates.tsv` says
 * which templates, where the name and its language are):
 *
 * - a gloss, `X（{{lang-en|…}}）`, `X（{{kor|…}}；{{lang|de|…}}）`, `X（{{jpn|j=…}}）`: inside the parenthesis
 *   right after a mention, the name is a name of what that mention names;
 * - a link to a page this wiki does not have yet, `{{link-en|本地名|Foreign name}}`: the foreign title
 *   (its disambiguation dropped) is a name of the thing the link names.
 */
export const glossFrame: Extractor = {
  id: 'gloss',
  appliesTo: (context) => languageTemplates(context.article.source.lang).length > 0,
  extract(context) {
    const facts: Fact[] = [];
    const named = new Set<string>();
    const rules = languageTemplates(context.article.source.lang);
    for (const template of context.article.templates) {
      const found = readTemplate(rules, template);
      if (!found) continue;
      const sentence = context.article.sentences.findIndex((s) => s.start <= template.start && template.end <= s.end);
      if (sentence < 0) continue;
      const s = context.article.sentences[sentence];
      const [from, to] = plainRange(s, template);
      const target = found.kind === 'link' ? namedEntity(context, sentence, from, to, found.target) : glossedEntity(context, sentence, from);
      if (!target) continue;
      const key = `${target.entity}@${found.lang}`;
      const evidence = sentenceEvidence(context.article, sentence, target.start, Math.max(to, target.end), found.kind === 'gloss' ? 'gloss/lang' : 'gloss/link');
      facts.push(fact.label(target.entity, found.name, found.lang, named.has(key) ? 'alternative' : 'preferred', evidence));
      named.add(key);
    }
    return facts;
  },
};

interface TemplateRule {
  /** Canonical name, or a family's prefix when `family`. */
  name: string;
  family: boolean;
  /** A tag, `*` (the family's suffix) or `@N` (positional argument N). */
  lang: string;
  argument: string;
  kind: 'gloss' | 'link' | 'skip';
}

const loaded = new Map<string, TemplateRule[]>();

/** The language-name templates of a wiki language, read once (none when it has no file). */
export function languageTemplates(lang: string): TemplateRule[] {
  let rules = loaded.get(lang);
  if (rules) return rules;
  rules = [];
  const file = path.join(patternsFolder(), lang, 'lexicon', 'language-templates.tsv');
  if (fs.existsSync(file)) {
    fs.readFileSync(file, 'utf8').split(/\r?\n/).forEach((line, n) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const [name, tag, argument, kind] = line.split('\t').map((c) => c.trim());
      if (!name || !tag || !argument || !['gloss', 'link', 'skip'].includes(kind)) {
        throw new Error(`${lang}/lexicon/language-templates.tsv:${n + 1}: expected template<TAB>language<TAB>argument<TAB>gloss|link|skip`);
      }
      const family = name.endsWith('*');
      rules!.push({ name: family ? name.slice(0, -1) : name, family, lang: tag, argument, kind: kind as TemplateRule['kind'] });
    });
  }
  loaded.set(lang, rules);
  return rules;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** What a template call gives, by the first rule that matches its name. */
function readTemplate(rules: readonly TemplateRule[], template: TemplateCall): { name: string; lang: string; kind: 'gloss' | 'link'; target: string } | undefined {
  const name = template.canonicalName;
  const rule = rules.find((r) => (r.family ? name.startsWith(r.name) && name.length > r.name.length : name === r.name));
  if (!rule || rule.kind === 'skip') return undefined;
  const arg = (key: string) => template.args.find((a) => a.name === key)?.value.trim() ?? '';
  const lang = rule.lang === '*' ? name.slice(rule.name.length).toLowerCase() : rule.lang.startsWith('@') ? arg(rule.lang.slice(1)).toLowerCase() : rule.lang;
  const value = cleanName(arg(rule.argument), rule.kind === 'link');
  if (!LANGUAGE_TAG.test(lang) || value === '') return undefined;
  return { name: value, lang, kind: rule.kind, target: rule.kind === 'link' ? normaliseLinkTarget(arg('1')) : '' };
}

/** A name as the template wrote it, markup dropped; a linked title also loses its disambiguation (`X (politician)`). */
function cleanName(value: string, title: boolean): string {
  let name = value.replace(/\[\[(?:[^|\]]*\|)?([^\]]*)\]\]/g, '$1').replace(/'{2,}/g, '').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
  if (title) name = name.replace(/_/g, ' ').replace(/\s*\([^()]*\)$/, '').trim();
  return /[{}[\]|]/.test(name) ? '' : name;
}

/** The plain range of a sentence's text a template covers (empty where it shows nothing). */
function plainRange(sentence: Sentence, template: TemplateCall): [number, number] {
  const map = sentence.plainToSource;
  let from = 0;
  while (from < sentence.text.length && map[from] < template.start) from++;
  let to = from;
  while (to < sentence.text.length && map[to] < template.end) to++;
  return [from, to];
}

/** The mention a gloss at `at` stands right after: `X（…` with only other glosses between. */
function glossedEntity(context: ExtractionContext, sentence: number, at: number): { entity: EntityKey; start: number; end: number } | undefined {
  const text = context.article.sentences[sentence].text;
  const open = text.lastIndexOf('（', at) >= 0 ? text.lastIndexOf('（', at) : text.lastIndexOf('(', at);
  if (open < 0 || /[）)。]/.test(text.slice(open, at))) return undefined;
  // `《X》（…）`, `「X」（…）`: closing marks may stand between the name and its gloss.
  const token = context.views[sentence].tokens.find((t) => !t.date && t.plainEnd <= open && /^[》」』”〉]*$/.test(text.slice(t.plainEnd, open)));
  if (!token || token.entities.length !== 1) return undefined;
  return { entity: token.entities[0], start: token.plainStart, end: token.plainEnd };
}

/** The link mention a link template made (`{{link-en|本地名|…}}`), resolved as any link is. */
function namedEntity(context: ExtractionContext, sentence: number, from: number, to: number, target: string): { entity: EntityKey; start: number; end: number } | undefined {
  const token = context.views[sentence].tokens.find((t) => t.mention?.target === target && t.plainStart >= from && t.plainEnd <= to);
  if (!token || token.entities.length !== 1) return undefined;
  return { entity: token.entities[0], start: token.plainStart, end: token.plainEnd };
}
