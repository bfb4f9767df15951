/**
 * The plain-text projection of wikitext: what a reader sees of prose, with a map from every plain
 * character back to its place in the source.
 *
 * Text is kept, link display text is kept (bare URLs and ISBNs show as written), quote marks, comments,
 * HTML tags (but a `<br>` where line breaks are asked for) and most templates are dropped, templates of
 * the inline lexicon contribute their positional arguments, and refs leave a marker at their plain
 * position. All indices here are UTF-16 (plain and source); the caller converts
 * source indices to code points.
 */
import { DATE_TEMPLATES, inlineRule } from './lexicon/templates';
import { canonicalTemplateName, normaliseLinkTarget } from './names';
import { childOfType, WikiNode } from './wikiparser';

/** A token that sits at a plain position: a ref, a template, a link (with the plain range it shows). */
export interface PlainMarker {
  node: WikiNode;
  plainStart: number;
  plainEnd: number;
  /** For a template that links (`{{Link-en|本地|Foreign}}`): the local page it names. */
  target?: string;
}

/** A bold span: its plain range and the source range from the opening to the closing quote marks. */
export interface BoldSpan {
  plainStart: number;
  plainEnd: number;
  start: number;
  end: number;
}

/** The projection of one block of wikitext. */
export interface PlainText {
  text: string;
  /** Source UTF-16 index of each plain UTF-16 unit. */
  map: number[];
  /** For each plain index p (and p = text.length): source end of the last content consumed before p. */
  boundaryEnd: number[];
  /** For each plain index p: source start of the earliest markup opened just before p, or -1. */
  openStart: number[];
  refs: PlainMarker[];
  templates: PlainMarker[];
  links: PlainMarker[];
  bold: BoldSpan[];
}

/** What the projection needs besides the tree. */
export interface ProjectionContext {
  source: string;
  templatePrefixes: readonly string[];
  /** The wiki language: date templates show their date as that wiki writes it (Chinese and Japanese so far). */
  lang?: string;
  /** Show a `<br>` as '\n' (standing for the tag's first character). Prose leaves it out; table cells keep it. */
  lineBreaks?: boolean;
}

/** Accumulates plain characters and markers while the tree is walked. */
class PlainBuilder {
  readonly out: PlainText = { text: '', map: [], boundaryEnd: [], openStart: [], refs: [], templates: [], links: [], bold: [] };
  private parts: string[] = [];
  private lastEnd = -1;
  private pendingOpen = -1;
  boldOpen: { plainStart: number; start: number } | undefined;
  italicOpen = false;

  constructor(start: number) {
    this.lastEnd = start;
  }

  get length(): number {
    return this.out.map.length;
  }

  /** Emits source characters [from, to) verbatim. */
  emitSource(source: string, from: number, to: number): void {
    for (let i = from; i < to; i++) this.emitChar(source[i], i, i + 1);
  }

  /** Emits one plain unit standing for source index `at`; `endAfter` is the source end it consumes. */
  emitChar(unit: string, at: number, endAfter: number): void {
    this.out.boundaryEnd.push(this.lastEnd);
    this.out.openStart.push(this.pendingOpen);
    this.out.map.push(at);
    this.parts.push(unit);
    this.pendingOpen = -1;
    this.lastEnd = Math.max(this.lastEnd, endAfter);
  }

  /** Markup that opens content (e.g. `[[`, `'''`) starting at `start`. */
  open(start: number): void {
    if (this.pendingOpen === -1) this.pendingOpen = start;
  }

  /** Markup or dropped content that ends at `end` and belongs with the text before it. */
  close(end: number): void {
    this.lastEnd = Math.max(this.lastEnd, end);
  }

  /** Closes any open bold span at the current position. */
  endBold(end: number): void {
    if (!this.boldOpen) return;
    const { plainStart, start } = this.boldOpen;
    if (this.length > plainStart) this.out.bold.push({ plainStart, plainEnd: this.length, start, end });
    this.boldOpen = undefined;
  }

  finish(): PlainText {
    this.endBold(this.lastEnd);
    this.out.boundaryEnd.push(this.lastEnd);
    this.out.text = this.parts.join('');
    return this.out;
  }
}

/** An item to project: a node, or part of a text node (`start`/`end` narrow it). */
export interface BlockItem {
  node: WikiNode;
  start: number;
  end: number;
}

/** Projects a sequence of block items (one paragraph, one heading, one field value) to plain text. */
export function projectItems(items: readonly BlockItem[], context: ProjectionContext): PlainText {
  const builder = new PlainBuilder(items.length ? items[0].start : 0);
  for (const item of items) {
    if (item.node.type === 'text') projectText(builder, context, item.start, item.end);
    else projectNode(builder, context, item.node);
  }
  return builder.finish();
}

/** Projects the children of a node (e.g. a heading title or a parameter value). */
export function projectChildren(node: WikiNode, context: ProjectionContext): PlainText {
  return projectItems(node.children.map((child) => ({ node: child, start: child.start, end: child.end })), context);
}

/** Text is kept as is; a newline ends any open bold (MediaWiki closes quotes at line ends). */
function projectText(builder: PlainBuilder, context: ProjectionContext, from: number, to: number): void {
  let lineStart = from;
  for (let nl = context.source.indexOf('\n', from); nl !== -1 && nl < to; nl = context.source.indexOf('\n', nl + 1)) {
    builder.emitSource(context.source, lineStart, nl);
    builder.endBold(builder.length ? builder.out.map[builder.length - 1] + 1 : nl);
    builder.italicOpen = false;
    builder.emitSource(context.source, nl, nl + 1);
    lineStart = nl + 1;
  }
  builder.emitSource(context.source, lineStart, to);
}

type Projector = (builder: PlainBuilder, context: ProjectionContext, node: WikiNode) => void;

const drop: Projector = (builder, _context, node) => builder.close(node.end);
const ignore: Projector = () => undefined;

const PROJECTORS: Record<string, Projector> = {
  text: (builder, context, node) => projectText(builder, context, node.start, node.end),
  link: projectLink,
  quote: projectQuote,
  ext: projectExtension,
  template: projectTemplate,
  'ext-link': projectExternalLink,
  converter: projectConverter,
  comment: ignore,
  html: projectHtml,
  list: ignore,
  dd: ignore,
  'double-underscore': ignore,
  category: drop,
  file: drop,
  'magic-word': drop,
  'free-ext-link': projectChildrenInto,
  'magic-link': projectChildrenInto,
  arg: drop,
  heading: drop,
  table: drop,
  hr: drop,
  'list-range': projectChildrenInto,
};

/** Projects any node by its type; unknown container types are walked through. */
function projectNode(builder: PlainBuilder, context: ProjectionContext, node: WikiNode): void {
  (PROJECTORS[node.type] ?? projectChildrenInto)(builder, context, node);
}

function projectChildrenInto(builder: PlainBuilder, context: ProjectionContext, node: WikiNode): void {
  for (const child of node.children) projectNode(builder, context, child);
}

/** `[[target|text]]` shows its text, `[[target]]` its target (without a leading colon). */
function projectLink(builder: PlainBuilder, context: ProjectionContext, node: WikiNode): void {
  builder.open(node.start);
  const plainStart = builder.length;
  const text = childOfType(node, 'link-text');
  if (text) projectChildrenInto(builder, context, text);
  else projectLinkTarget(builder, context, childOfType(node, 'link-target'));
  builder.close(node.end);
  builder.out.links.push({ node, plainStart, plainEnd: builder.length });
}

function projectLinkTarget(builder: PlainBuilder, context: ProjectionContext, target: WikiNode | undefined): void {
  if (!target) return;
  let from = target.start;
  while (from < target.end && context.source[from] === ':') from++;
  const hasMarkup = target.children.some((child) => child.type !== 'text');
  if (hasMarkup) projectChildrenInto(builder, context, target);
  else builder.emitSource(context.source, from, target.end);
}

/** Quote marks toggle bold/italic; bold spans are recorded. */
function projectQuote(builder: PlainBuilder, _context: ProjectionContext, node: WikiNode): void {
  let opened = false;
  let closed = false;
  if (node.italic) {
    builder.italicOpen = !builder.italicOpen;
    if (builder.italicOpen) opened = true;
    else closed = true;
  }
  if (node.bold) {
    if (builder.boldOpen) {
      builder.endBold(node.end);
      closed = true;
    } else {
      builder.boldOpen = { plainStart: builder.length, start: node.start };
      opened = true;
    }
  }
  if (closed) builder.close(node.end);
  else if (opened) builder.open(node.start);
}

/** HTML tags show nothing, except a `<br>` where line breaks are kept. */
function projectHtml(builder: PlainBuilder, context: ProjectionContext, node: WikiNode): void {
  if (context.lineBreaks && node.name?.toLowerCase() === 'br') builder.emitChar('\n', node.start, node.end);
}

/** Refs leave a marker; `<nowiki>` keeps its text; other extension tags are dropped. */
function projectExtension(builder: PlainBuilder, context: ProjectionContext, node: WikiNode): void {
  if (node.name === 'ref') {
    builder.out.refs.push({ node, plainStart: builder.length, plainEnd: builder.length });
    builder.close(node.end);
  } else if (node.name === 'nowiki') {
    const inner = childOfType(node, 'ext-inner');
    builder.open(node.start);
    if (inner) builder.emitSource(context.source, inner.start, inner.end);
    builder.close(node.end);
  } else {
    builder.close(node.end);
  }
}

/** Inline-lexicon templates show their positional arguments; every template leaves a marker. */
function projectTemplate(builder: PlainBuilder, context: ProjectionContext, node: WikiNode): void {
  const marker: PlainMarker = { node, plainStart: builder.length, plainEnd: builder.length };
  builder.out.templates.push(marker);
  const nameNode = childOfType(node, 'template-name');
  const name = nameNode ? canonicalTemplateName(context.source.slice(nameNode.start, nameNode.end), context.templatePrefixes) : '';
  const rule = inlineRule(name);
  const date = rule ? undefined : shownDate(context, node, name);
  if (date) {
    // `{{Start date|2031|4|5}}` shows `2031年4月5日`: every character stands for the whole call.
    builder.open(node.start);
    [...date].forEach((unit, i) => builder.emitChar(unit, i === date.length - 1 ? node.end - 1 : node.start, node.end));
  } else if (rule) {
    builder.open(node.start);
    let positional = node.children.filter((child) => child.type === 'parameter' && child.anon);
    const linked = rule.linkTo !== undefined ? positional[rule.linkTo - 1] : undefined;
    const target = linked ? normaliseLinkTarget(context.source.slice(linked.start, linked.end).replace(/^\|/, '').replace(/^\s*1\s*=/, '')) : '';
    const linkStart = builder.length;
    if (rule.firstOf) {
      const given = (n: number) => positional[n - 1] && context.source.slice(positional[n - 1].start, positional[n - 1].end).replace(/^\|/, '').trim() !== '';
      const shown = rule.firstOf.find(given);
      positional = shown ? [positional[shown - 1]] : [];
    }
    if (rule.skipFirst) positional = positional.slice(1);
    if (rule.maxArgs !== undefined) positional = positional.slice(0, rule.maxArgs);
    positional.forEach((param, i) => {
      const value = childOfType(param, 'parameter-value');
      if (!value) return;
      if (i > 0) for (const unit of rule.separator) builder.emitChar(unit, value.start, value.start);
      projectChildrenInto(builder, context, value);
    });
    if (target && builder.length > linkStart) builder.out.links.push({ node, plainStart: linkStart, plainEnd: builder.length, target });
  }
  builder.close(node.end);
  marker.plainEnd = builder.length;
}

/** Wikis whose date templates show `2031年4月5日`. */
const YEAR_MONTH_DAY = new Set(['zh', 'ja']);

/**
 * The text a date template shows (`{{birth date and age|1901|4|3}}` → `1901年4月3日`; the age it adds is
 * left out), in the wikis of `YEAR_MONTH_DAY`; nothing for another template or unreadable arguments.
 */
function shownDate(context: ProjectionContext, node: WikiNode, name: string): string | undefined {
  const spec = DATE_TEMPLATES.get(name.toLowerCase());
  if (!spec || !context.lang || !YEAR_MONTH_DAY.has(context.lang)) return undefined;
  const args = node.children
    .filter((child) => child.type === 'parameter' && child.anon)
    .map((param) => {
      const value = childOfType(param, 'parameter-value');
      return value ? context.source.slice(value.start, value.end).trim() : '';
    });
  if (spec.layout === 'bd') {
    const [by = '', bmd = '', dy = '', dmd = ''] = args;
    const shown = [`${by}${bmd}`, `${dy}${dmd}`].map((d) => d.trim());
    return /^\d{1,4}年/.test(shown[0]) ? (shown[1] ? `${shown[0]}－${shown[1]}` : shown[0]) : undefined;
  }
  const [y = '', m = '', d = ''] = args;
  if (!/^\d{1,4}$/.test(y)) return undefined;
  if (spec.layout === 'year+birth' || !/^\d{1,2}$/.test(m)) return `${Number(y)}年`;
  return /^\d{1,2}$/.test(d) ? `${Number(y)}年${Number(m)}月${Number(d)}日` : `${Number(y)}年${Number(m)}月`;
}

/** `[url text]` shows its text; a bare `[url]` shows nothing. */
function projectExternalLink(builder: PlainBuilder, context: ProjectionContext, node: WikiNode): void {
  const text = childOfType(node, 'ext-link-text');
  if (text) {
    builder.open(node.start);
    projectChildrenInto(builder, context, text);
  }
  builder.close(node.end);
}

/** `-{text}-` shows its text; rule-only conversions (`-{H|…}-`, `-{-|…}-`, `-{T|…}-`) show nothing; `-{zh-hans:A;…}-` shows its first variant. */
function projectConverter(builder: PlainBuilder, context: ProjectionContext, node: WikiNode): void {
  const flags = childOfType(node, 'converter-flags');
  const flagText = flags ? context.source.slice(flags.start, flags.end) : '';
  const rule = childOfType(node, 'converter-rule');
  const to = rule && childOfType(rule, 'converter-rule-to');
  if (to && !/[H\-T]/.test(flagText)) {
    builder.open(node.start);
    projectChildrenInto(builder, context, to);
  }
  builder.close(node.end);
}
