import * as fs from 'fs';
import * as path from 'path';
import { QUALIFIER_NAMES, type EntityType, type PropertyName, type QualifierName } from '../fact';

/**
 * The infobox mappings, read from the repository's `mappings/` folder (data, as the DBpedia extraction
 * framework's mappings are): which templates are infoboxes in each language (`infobox-templates.tsv`),
 * and per template family and language (`mappings/{lang}/{family}.tsv`) the class of the article's
 * subject and, per parameter, the ontology property and the kind of value. Read once, on first use.
 */

/**
 * How a mapped parameter's value is read: a date, a number, …, or an entity of a class; `post` a post held
 * (`[[Org]]title`, `第5任[[X董事長|董事長]]`), a position node with its title and organisation; `officer` a
 * person holding a post of the subject, whose title a sibling parameter names (`title=`).
 */
export type ValueKind = 'date' | 'number' | 'quantity' | 'text' | 'url' | 'file' | 'coordinates' | 'entity' | 'post' | 'officer';

export interface ParameterMapping {
  property: PropertyName;
  kind: ValueKind;
  /** For `entity:<Class>`, `officer:<Class>`: the class its entities get. */
  entityType?: EntityType;
  /** `^property`: the value is the subject of the property, the article's subject its object. */
  inverse?: boolean;
  /** `range=startTime/endTime`: where a date range's start and end go (either may be empty: the property). */
  rangeStart?: PropertyName;
  rangeEnd?: PropertyName;
  /**
   * `startTime=term_start#`: qualifiers read from sibling parameters (`#` is this parameter's number);
   * `replaces=predecessor#:Person`: an entity qualifier, its entities of that class.
   */
  qualifierParameters?: Array<{ name: QualifierName; parameter: string; type?: EntityType }>;
  /** `title=首長職銜`: the sibling parameter that names an officer's post. */
  titleParameter?: string;
  /** `lang=en`: the language of a text value; `lang=@外文語言`: the sibling parameter naming it. */
  lang?: string;
  langParameter?: string;
  /** `scale=10000`: the template writes the figure in units of this (`population_total = 23` for 23萬). */
  scale?: number;
  /** `single`: only a value that is one item is read (a result in words, not its list of fragments). */
  single?: boolean;
  /** The parameter's next line, when one parameter gives two properties (an address's place and its `{{coord}}`). */
  next?: ParameterMapping;
}

export interface TemplateMapping {
  /** The file it came from, relative to `mappings/`, for messages. */
  file: string;
  class?: EntityType;
  /** Normalised parameter → mapping; a `#` in the name stands for its number (`office#`: office, office1, office2 …). */
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
  /** Language names as infoboxes write them (`英語`, `English`) → BCP 47 code (`mappings/languages.tsv`). */
  languages: Map<string, string>;
  /** lang → lower-cased template name → the page its link shows (`mappings/template-links.tsv`). */
  templateLinks: Map<string, Map<string, string>>;
}

/** The names a mapping file is checked against: the ontology's properties, classes and qualifiers. */
export interface KnownNames {
  properties: ReadonlySet<string>;
  types: ReadonlySet<string>;
  /** Qualifier names (default: those of `fact.ts`). */
  qualifiers?: ReadonlySet<string>;
}

const QUALIFIERS: ReadonlySet<string> = new Set(QUALIFIER_NAMES);

const KINDS = new Set<ValueKind>(['date', 'number', 'quantity', 'text', 'url', 'file', 'coordinates', 'entity', 'post', 'officer']);

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
export function parseMappingFile(text: string, file: string, known: KnownNames): { templates: string[]; mapping: TemplateMapping } {
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
      const [parameter, propertySpec, kindSpec, ...options] = cells;
      if (!parameter || !propertySpec || !kindSpec) throw new Error(`${where}: expected parameter, property and kind separated by tabs`);
      const inverse = propertySpec.startsWith('^');
      const property = propertySpec.replace(/^\^/, '');
      if (!known.properties.has(property)) throw new Error(`${where}: unknown property ${property}`);
      const [kind, entityType] = kindSpec.split(':');
      if (!KINDS.has(kind as ValueKind)) throw new Error(`${where}: unknown kind ${kindSpec}`);
      if (entityType !== undefined && (!['entity', 'officer'].includes(kind) || !known.types.has(entityType))) throw new Error(`${where}: unknown kind ${kindSpec}`);
      const spec: ParameterMapping = { property: property as PropertyName, kind: kind as ValueKind, entityType: entityType as EntityType | undefined };
      if (inverse) spec.inverse = true;
      for (const option of options.filter((o) => o !== '')) readOption(spec, option, where, known);
      if (kind === 'officer' && spec.titleParameter === undefined) throw new Error(`${where}: an officer needs title=<parameter>`);
      const key = normaliseParameter(parameter);
      let last = mapping.parameters.get(key);
      if (!last) mapping.parameters.set(key, spec);
      else {
        while (last.next) last = last.next;
        last.next = spec;
      }
    }
  });
  if (templates.length === 0) throw new Error(`${file}: no template line`);
  return { templates, mapping };
}

/** One `key=value` option of a parameter line (see `ParameterMapping`). */
function readOption(spec: ParameterMapping, option: string, where: string, known: KnownNames): void {
  const eq = option.indexOf('=');
  const key = eq < 0 ? option : option.slice(0, eq);
  const value = eq < 0 ? '' : option.slice(eq + 1).trim();
  const property = (p: string) => {
    if (p !== '' && !known.properties.has(p)) throw new Error(`${where}: unknown property ${p} in ${option}`);
    return p === '' ? undefined : (p as PropertyName);
  };
  if (key === 'range' && value.includes('/')) {
    const [start, end] = value.split('/');
    spec.rangeStart = property(start.trim());
    spec.rangeEnd = property(end.trim());
  } else if (key === 'title' && value) spec.titleParameter = normaliseParameter(value);
  else if (key === 'lang' && value.startsWith('@') && value.length > 1) spec.langParameter = normaliseParameter(value.slice(1));
  else if (key === 'lang' && /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(value)) spec.lang = value;
  else if (key === 'scale' && /^[1-9]\d*$/.test(value)) spec.scale = Number(value);
  else if (key === 'single' && eq < 0) spec.single = true;
  else if ((known.qualifiers ?? QUALIFIERS).has(key) && value) {
    const [parameter, type] = value.split(':');
    if (type !== undefined && !known.types.has(type)) throw new Error(`${where}: unknown class ${type} in ${option}`);
    (spec.qualifierParameters ??= []).push({ name: key as QualifierName, parameter: normaliseParameter(parameter), ...(type ? { type: type as EntityType } : {}) });
  }
  else throw new Error(`${where}: unknown option ${option}`);
}

/** A parameter's name as the mappings compare it: case-insensitive, underscores and spaces alike. */
export function normaliseParameter(name: string): string {
  return name.replace(/[_\s]+/g, '_').trim().toLowerCase();
}

/** A parameter's mapping and its number: exactly as written, else by its numbered form (`office2` → `office#`, number 2). */
export function parameterMapping(mapping: TemplateMapping, parameter: string): { spec: ParameterMapping; number?: string } | undefined {
  const name = normaliseParameter(parameter);
  const exact = mapping.parameters.get(name);
  if (exact) return { spec: exact };
  const m = /^(.*?)(\d*)$/.exec(name)!;
  const numbered = mapping.parameters.get(`${m[1]}#`);
  return numbered ? { spec: numbered, number: m[2] } : undefined;
}

/** A sibling parameter's name for a parameter of number `number` (`term_start#` with 2 → `term_start2`). */
export function siblingName(pattern: string, number: string | undefined): string {
  return pattern.replace('#', number ?? '');
}

let loaded: Mappings | undefined;

/** The mappings of the repository, read on first use (`known` checks every name against the ontology's). */
export function loadMappings(known: KnownNames): Mappings {
  if (loaded) return loaded;
  const folder = mappingsFolder();
  const rules: InfoboxRule[] = rows(path.join(folder, 'infobox-templates.tsv')).map(([lang, match, value]) => {
    if (!lang || !['prefix', 'suffix', 'exact'].includes(match) || !value) throw new Error(`mappings/infobox-templates.tsv: bad line ${[lang, match, value].join('\t')}`);
    return { lang, match: match as InfoboxRule['match'], value: normaliseTemplateName(value) };
  });
  const languages = new Map<string, string>();
  for (const [name, code] of rows(path.join(folder, 'languages.tsv'))) {
    if (!name || !code || !/^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(code)) throw new Error(`mappings/languages.tsv: bad line ${[name, code].join('\t')}`);
    languages.set(name.toLowerCase(), code);
  }
  const templateLinks = new Map<string, Map<string, string>>();
  for (const [lang, template, title] of rows(path.join(folder, 'template-links.tsv'))) {
    if (!lang || !template || !title || /[[\]{}|]/.test(title)) throw new Error(`mappings/template-links.tsv: bad line ${[lang, template, title].join('\t')}`);
    const byName = templateLinks.get(lang) ?? new Map<string, string>();
    byName.set(normaliseTemplateName(template), title);
    templateLinks.set(lang, byName);
  }
  const templates = new Map<string, Map<string, TemplateMapping>>();
  for (const lang of fs.readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const byName = new Map<string, TemplateMapping>();
    for (const name of fs.readdirSync(path.join(folder, lang)).filter((f) => f.endsWith('.tsv')).sort()) {
      const file = `${lang}/${name}`;
      const parsed = parseMappingFile(fs.readFileSync(path.join(folder, file), 'utf8'), file, known);
      for (const t of parsed.templates) {
        if (byName.has(t)) throw new Error(`mappings/${file}: template ${t} is mapped in ${byName.get(t)!.file} too`);
        byName.set(t, parsed.mapping);
      }
    }
    templates.set(lang, byName);
  }
  loaded = { rules, templates, languages, templateLinks };
  return loaded;
}

/** Whether a template of an article in `lang` is an infobox, by the rules of `infobox-templates.tsv`. */
export function isInfobox(mappings: Mappings, lang: string, templateName: string): boolean {
  const name = normaliseTemplateName(templateName);
  if (mappings.templates.get(lang)?.has(name)) return true;
  return mappings.rules.some((r) => (r.lang === '*' || r.lang === lang) && (r.match === 'exact' ? name === r.value : r.match === 'prefix' ? name.startsWith(r.value) : name.endsWith(r.value)));
}
