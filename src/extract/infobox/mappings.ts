import * as fs from 'fs';
import * as path from 'path';
import type { EntityType, PropertyName } from '../fact';

/**
 * The infobox mappings, read from the repository's `mappings/` folder (data, as the DBpedia extraction
 * framework's mappings are): which templates are infoboxes in each language (`infobox-templates.tsv`),
 * and per template family and language (`mappings/{lang}/{family}.tsv`) the class of the article's
 * subject and, per parameter, the ontology property and the kind of value. Read once, on first use.
 */

/** How a mapped parameter's value is read: a date, a number, …, or an entity of a class. */
export type ValueKind = 'date' | 'number' | 'quantity' | 'text' | 'url' | 'file' | 'coordinates' | 'entity';

export interface ParameterMapping {
  property: PropertyName;
  kind: ValueKind;
  /** For `entity:<Class>`: the class its entities get. */
  entityType?: EntityType;
}

export interface TemplateMapping {
  /** The file it came from, relative to `mappings/`, for messages. */
  file: string;
  class?: EntityType;
  parameters: Map<string, ParameterMapping>;
}

interface InfoboxRule {
  lang: string;
  match: 'prefix' | 'suffix' | 'exact';
  value: string;
}

export interface Mappings {
  rules: InfoboxRule[];
  /** lang → normalised template name → mapping. */
  templates: Map<string, Map<string, TemplateMapping>>;
}

const KINDS = new Set<ValueKind>(['date', 'number', 'quantity', 'text', 'url', 'file', 'coordinates', 'entity']);

/** A template's name as the mappings compare it: case-insensitive, underscores as spaces, one space. */
export function normaliseTemplateName(name: string): string {
  return name.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The folder that holds `mappings/`: the package root, found from this file upwards. */
function mappingsFolder(): string {
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    const candidate = path.join(dir, 'mappings');
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error(`wikikg: the mappings/ folder was not found above ${__dirname}`);
}

/** Directive lines of a TSV data file: comments and blank lines dropped, cells trimmed. */
function rows(file: string): string[][] {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim()));
}

/** Reads one mapping file; a malformed line is an error that names the file and the line. */
export function parseMappingFile(text: string, file: string, known: { properties: ReadonlySet<string>; types: ReadonlySet<string> }): { templates: string[]; mapping: TemplateMapping } {
  const mapping: TemplateMapping = { file, parameters: new Map() };
  const templates: string[] = [];
  text.split(/\r?\n/).forEach((raw, n) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    const where = `${file}:${n + 1}`;
    if (cells[0] === 'template') {
      if (!cells[1]) throw new Error(`${where}: a template line needs a name`);
      templates.push(normaliseTemplateName(cells[1]));
    } else if (cells[0] === 'class') {
      if (!known.types.has(cells[1])) throw new Error(`${where}: unknown class ${cells[1]}`);
      mapping.class = cells[1] as EntityType;
    } else {
      const [parameter, property, kindSpec] = cells;
      if (!parameter || !property || !kindSpec) throw new Error(`${where}: expected parameter, property and kind separated by tabs`);
      if (!known.properties.has(property)) throw new Error(`${where}: unknown property ${property}`);
      const [kind, entityType] = kindSpec.split(':');
      if (!KINDS.has(kind as ValueKind)) throw new Error(`${where}: unknown kind ${kindSpec}`);
      if (entityType !== undefined && (kind !== 'entity' || !known.types.has(entityType))) throw new Error(`${where}: unknown kind ${kindSpec}`);
      mapping.parameters.set(normaliseParameter(parameter), { property: property as PropertyName, kind: kind as ValueKind, entityType: entityType as EntityType | undefined });
    }
  });
  if (templates.length === 0) throw new Error(`${file}: no template line`);
  return { templates, mapping };
}

/** A parameter's name as the mappings compare it: case-insensitive, underscores and spaces alike. */
export function normaliseParameter(name: string): string {
  return name.replace(/[_\s]+/g, '_').trim().toLowerCase();
}

let loaded: Mappings | undefined;

/** The mappings of the repository, read on first use (`known` checks every name against the ontology's). */
export function loadMappings(known: { properties: ReadonlySet<string>; types: ReadonlySet<string> }): Mappings {
  if (loaded) return loaded;
  const folder = mappingsFolder();
  const rules: InfoboxRule[] = rows(path.join(folder, 'infobox-templates.tsv')).map(([lang, match, value]) => {
    if (!lang || !['prefix', 'suffix', 'exact'].includes(match) || !value) throw new Error(`mappings/infobox-templates.tsv: bad line ${[lang, match, value].join('\t')}`);
    return { lang, match: match as InfoboxRule['match'], value: normaliseTemplateName(value) };
  });
  const templates = new Map<string, Map<string, TemplateMapping>>();
  for (const lang of fs.readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const byName = new Map<string, TemplateMapping>();
    for (const name of fs.readdirSync(path.join(folder, lang)).filter((f) => f.endsWith('.tsv')).sort()) {
      const file = `${lang}/${name}`;
      const parsed = parseMappingFile(fs.readFileSync(path.join(folder, file), 'utf8'), file, known);
      for (const t of parsed.templates) byName.set(t, parsed.mapping);
    }
    templates.set(lang, byName);
  }
  loaded = { rules, templates };
  return loaded;
}

/** Whether a template of an article in `lang` is an infobox, by the rules of `infobox-templates.tsv`. */
export function isInfobox(mappings: Mappings, lang: string, templateName: string): boolean {
  const name = normaliseTemplateName(templateName);
  if (mappings.templates.get(lang)?.has(name)) return true;
  return mappings.rules.some((r) => (r.lang === '*' || r.lang === lang) && (r.match === 'exact' ? name === r.value : r.match === 'prefix' ? name.startsWith(r.value) : name.endsWith(r.value)));
}
