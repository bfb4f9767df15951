/**
 * The adapter to wikiparser-node: the only file that imports it.
 *
 * It parses wikitext once and copies the token tree into plain `WikiNode` objects with UTF-16 spans, so
 * the rest of the parse stage depends on this small shape and not on the library's classes.
 */
import Parser = require('wikiparser-node');
import { LOCAL_NAMESPACES } from './lexicon/namespaces';
import { rememberLibraryRequires } from './libraryRequires';

/** A token of the parsed wikitext; `start`/`end` are UTF-16 indices into the wikitext (half-open). */
export interface WikiNode {
  /** wikiparser-node's token type: `text`, `link`, `template`, `ext`, `quote`, `heading`, ... */
  type: string;
  /** Tag name for `ext`/`html`, parameter name for `parameter`, attribute name for `ext-attr`. */
  name?: string;
  start: number;
  end: number;
  children: WikiNode[];
  /** For `quote`: which formatting the quote marks toggle. */
  bold?: boolean;
  italic?: boolean;
  /** For `heading`. */
  level?: number;
  /** For `ext`/`html` tags written `<x/>`. */
  selfClosing?: boolean;
  /** For `parameter`: true when unnamed (`{{t|x}}`). */
  anon?: boolean;
  /** For `ext`: attributes by lower-cased name. */
  attrs?: Record<string, string>;
  /** For `link`: the namespace number of the target as this wiki's config reads it (0 for articles). */
  ns?: number;
}

/** A lint problem reported by wikiparser-node (UTF-16 index, 1-based line, 0-based UTF-16 column). */
export interface WikiLintError {
  rule: string;
  message: string;
  severity: 'error' | 'warning';
  startIndex: number;
}

/** The parsed page: the copied tree, the lint errors (none unless asked for), and whether the tree prints back to the input. */
export interface WikiDocument {
  root: WikiNode;
  lint: WikiLintError[];
  roundTrips: boolean;
  /** Namespace prefixes (lower-cased) that mean Category, File and Template in this wiki's config. */
  namespaces: { category: string[]; file: string[]; template: string[] };
  /** The nodes of the types the parse stage collects (`COLLECTED_TYPES`), in document order (see `forEachOfType`). */
  collected: readonly PlacedNode[];
}

/** A node with its ancestors, outermost (the root) first. */
export interface PlacedNode {
  node: WikiNode;
  ancestors: readonly WikiNode[];
}

/**
 * The node types the parse stage collects (links, categories, files, templates, external links,
 * language converters, extension tags such as `<ref>`, tables). They are noted while the tree is copied, so
 * each collector reads its few nodes instead of walking the whole tree again (eight walks were 3 % of a build).
 */
const COLLECTED_TYPES = new Set(['link', 'category', 'file', 'template', 'ext-link', 'free-ext-link', 'converter', 'ext', 'table']);

/**
 * Visits the document's nodes of one collected type (or several, `ext-link` and `free-ext-link` say) in
 * document order, as a walk over the whole tree would meet them, without walking it.
 */
export function forEachOfType(document: WikiDocument, types: string | readonly string[], visit: (node: WikiNode, ancestors: readonly WikiNode[]) => void): void {
  const wanted = typeof types === 'string' ? [types] : types;
  for (const type of wanted) if (!COLLECTED_TYPES.has(type)) throw new Error(`forEachOfType: ${type} nodes are not collected`);
  for (const { node, ancestors } of document.collected) if (wanted.includes(node.type)) visit(node, ancestors);
}

type LibToken = ReturnType<typeof Parser.parse>;

const CONFIG_BY_LANGUAGE: Record<string, string> = { zh: 'zhwiki', en: 'enwiki', ja: 'jawiki' };

/** The wikiparser-node config name used for a wiki language. */
export function configForLanguage(lang: string): string {
  return CONFIG_BY_LANGUAGE[lang] ?? 'default';
}

/** wikiparser-node configs extended with a language's local namespace names, made once per language. */
const localConfigs = new Map<string, typeof Parser.config>();

/** The config to parse `lang` with: a named one, or the generic one plus the language's namespace names. */
function configFor(lang: string): typeof Parser.config {
  const name = configForLanguage(lang);
  const local = LOCAL_NAMESPACES[lang];
  if (name !== 'default' || !local) return name;
  if (!localConfigs.has(lang)) {
    Parser.config = name;
    const base = Parser.getConfig();
    const nsid: Record<string, number> = { ...base.nsid };
    const add = (names: string[], id: number) => names.forEach((n) => (nsid[n.toLowerCase()] = id));
    add(local.category, 14);
    add(local.file, 6);
    add(local.template, 10);
    localConfigs.set(lang, { ...base, nsid } as unknown as typeof Parser.config);
  }
  return localConfigs.get(lang)!;
}

type RuleSetting = number | string | boolean | [number | string | boolean, Record<string, number | string | boolean>?];

/** A lint rule setting with every 'warning' turned off, so only the 'error' findings are computed. */
function errorsOnly(setting: RuleSetting): RuleSetting {
  const keep = (severity: number | string | boolean) => (severity === 2 || severity === 'error' ? 2 : 0);
  if (!Array.isArray(setting)) return keep(setting);
  const [severity, byKey = {}] = setting;
  return [keep(severity), Object.fromEntries(Object.entries(byKey).map(([key, value]) => [key, keep(value)]))];
}

/**
 * `lintDiagnostics` keeps only errors (real articles have hundreds of warnings), so the linter runs
 * the library's default rules with warnings off and without fixes: the same errors, ~20 % less lint time.
 */
function configureLint(): void {
  const defaults = (Parser.lintConfig as unknown as { rules: Record<string, RuleSetting> }).rules;
  const rules = Object.fromEntries(Object.keys(defaults).map((rule) => [rule, errorsOnly(defaults[rule])]));
  Parser.lintConfig = { rules, fix: false, computeEditInfo: false } as unknown as typeof Parser.lintConfig;
}
configureLint();

/** What `parseWikitext` does besides parsing and copying the tree. */
export interface WikitextOptions {
  /**
   * Run wikiparser-node's linter and return its errors. Off by default: it walks every token again and
   * costs about a tenth of a build, for findings about the wikitext's syntax rather than the graph.
   */
  lint?: boolean;
}

/** Whether the memo of the library's requires is in place: set by the first parse, not on import, so that
 * importing the adapter (as `perf/parseAlone.ts` does for the library as shipped) changes no loader. */
let requiresRemembered = false;

/** Parses wikitext with the config of its language and copies the tree (and lints it when asked). */
export function parseWikitext(text: string, lang: string, options: WikitextOptions = {}): WikiDocument {
  if (!requiresRemembered) {
    rememberLibraryRequires(require.resolve('wikiparser-node'));
    requiresRemembered = true;
  }
  const config = configFor(lang);
  if (Parser.config !== config) Parser.config = config;
  Parser.viewOnly = true; // the tree is never edited, so wikiparser-node may cache strings and indices
  const root = Parser.parse(text, false);
  const copying: Copying = { path: [], collected: [] };
  return {
    root: copyNode(root as unknown as LibToken, 0, copying),
    lint: options.lint ? lintErrors(root) : [],
    roundTrips: String(root) === text,
    namespaces: namespacesOf(Parser.getConfig().nsid),
    collected: copying.collected,
  };
}

/**
 * wikiparser-node's own record of where a token's children sit: `padding` characters before the first
 * child, `getGaps(i)` characters between child i and child i+1 (a template's `|`, say). Both are marked
 * private in the library, so they are only used when present and when the children they place end
 * inside the token; `getRelativeIndex` (public) is the fallback.
 */
interface ChildLayout {
  getAttribute(key: 'padding'): unknown;
  getGaps(i: number): unknown;
}

function layoutOf(token: LibToken): ChildLayout | undefined {
  const any = token as unknown as Partial<ChildLayout>;
  return typeof any.getAttribute === 'function' && typeof any.getGaps === 'function' ? (any as ChildLayout) : undefined;
}

/** The state of one copy: the ancestors of the node being copied, and the collected nodes so far. */
interface Copying {
  path: WikiNode[];
  collected: PlacedNode[];
}

/**
 * Copies one token and its descendants. A child starts where the previous one ended plus the gap
 * between them (`ChildLayout`), which is how the library itself computes `getRelativeIndex` but without
 * its per-call cache bookkeeping, about half the time of the copy. Where the layout is missing or does
 * not add up (children past the token's end), the children are placed by `getRelativeIndex`, asked for
 * the last child first so the library fills its cache for all children in one pass (asking child by
 * child, or asking `getAbsoluteIndex`, rescans the siblings each time and is quadratic on long pages).
 */
function copyNode(token: LibToken, start: number, copying: Copying): WikiNode {
  const type: string = token.type;
  const node: WikiNode = { type, start, end: start + String(token).length, children: [] };
  if (type === 'text') return node; // the most common token, and a leaf
  const any = token as unknown as Record<string, unknown>;
  if (typeof any.name === 'string') node.name = any.name;
  if (type === 'quote') Object.assign(node, { bold: any.bold === true, italic: any.italic === true });
  else if (type === 'heading') node.level = Number(any.level);
  else if (type === 'parameter') node.anon = any.anon === true;
  else if (type === 'link') node.ns = linkNamespace(any);
  else if (type === 'ext' || type === 'html') {
    node.selfClosing = any.selfClosing === true;
    if (type === 'ext') node.attrs = attributesOf(token);
  }
  if (COLLECTED_TYPES.has(type)) copying.collected.push({ node, ancestors: copying.path.slice() });
  const children = token.childNodes as unknown as LibToken[];
  if (children.length === 0) return node;
  copying.path.push(node);
  const collectedBefore = copying.collected.length;
  if (!copyChildrenByLayout(token, children, node, copying)) {
    copying.collected.length = collectedBefore; // the children of the failed attempt are copied again
    copyChildrenByIndex(token, children, node, copying);
  }
  copying.path.pop();
  return node;
}

/** The namespace of a link token's target (`link.ns`), 0 when the library gives none. */
function linkNamespace(token: Record<string, unknown>): number {
  const ns = (token.link as { ns?: unknown } | undefined)?.ns;
  return typeof ns === 'number' ? ns : 0;
}

/** Places the children by the token's layout; false (and no children) when it is missing or does not add up. */
function copyChildrenByLayout(token: LibToken, children: LibToken[], node: WikiNode, copying: Copying): boolean {
  const layout = layoutOf(token);
  const padding = layout?.getAttribute('padding');
  if (!layout || typeof padding !== 'number') return false;
  let at = node.start + padding;
  for (let j = 0; j < children.length; j++) {
    const child = copyNode(children[j], at, copying);
    node.children.push(child);
    const gap = j + 1 < children.length ? layout.getGaps(j) : 0;
    at = child.end + (typeof gap === 'number' ? gap : NaN);
  }
  if (at <= node.end) return true;
  node.children = [];
  return false;
}

function copyChildrenByIndex(token: LibToken, children: LibToken[], node: WikiNode, copying: Copying): void {
  token.getRelativeIndex(children.length - 1);
  for (let j = 0; j < children.length; j++) node.children.push(copyNode(children[j], node.start + token.getRelativeIndex(j), copying));
}

/** Attributes of an extension tag, keys lower-cased, values as strings. */
function attributesOf(token: LibToken): Record<string, string> {
  const getAttrs = (token as unknown as { getAttrs?: () => Record<string, string | true> }).getAttrs;
  const raw = typeof getAttrs === 'function' ? getAttrs.call(token) : {};
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) attrs[key.toLowerCase()] = value === true ? '' : String(value);
  return attrs;
}

/** wikiparser-node's lint errors; a linter crash is reported as one error rather than thrown. */
function lintErrors(root: LibToken): WikiLintError[] {
  try {
    return root.lint().map((e) => ({ rule: e.rule, message: e.message, severity: e.severity, startIndex: e.startIndex }));
  } catch (error) {
    return [{ rule: 'lint-crash', message: `linter failed: ${String(error)}`, severity: 'error', startIndex: 0 }];
  }
}

/** Lower-cased namespace prefixes for the namespaces the parse stage needs. */
function namespacesOf(nsid: Record<string, number>): WikiDocument['namespaces'] {
  const prefixes = (id: number) => Object.keys(nsid).filter((key) => nsid[key] === id);
  return { category: prefixes(14), file: prefixes(6), template: prefixes(10) };
}

/** The first child of a given type, if any. */
export function childOfType(node: WikiNode, type: string): WikiNode | undefined {
  return node.children.find((child) => child.type === type);
}

