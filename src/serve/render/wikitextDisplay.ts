/**
 * A piece of wikitext as a reader sees it, for quoting evidence: link texts instead of `[[…|…]]`, no
 * quote marks, no references, comments or tags, templates dropped unless they are inline ones that show
 * their words (`{{lang|fr|…}}`, the parse stage's lexicon), entities decoded, list and heading marks
 * gone, white space made single. Every character shown keeps the code-point offset in the article it
 * came from, so an evidence span (NIF offsets of the wikitext) can be marked in the rendered text.
 *
 * Evidence is cut out of the middle of an article, so the markup may be unbalanced: an opening with no
 * close is shown as text. A construct that overlaps a span to keep (a fact read from inside a reference
 * or a template) is shown with its words rather than dropped, so the span is never invisible.
 */
import { INLINE_TEMPLATES } from '../../parse/lexicon/templates';

/** Rendered text: one entry per character shown, with where it came from. */
export interface DisplayText {
  chars: string[];
  /** Code-point offset in the article of each character. */
  sources: number[];
}

/** Namespaces of links that show no text in running prose (images and other files), in common languages. */
const FILE_LINK = /^\s*(file|image|media|datei|bild|fichier|archivo|imagen|ficheiro|immagine|файл|изображение|ファイル|画像|文件|檔案|图像|圖像|파일)\s*:/i;

/** The tags MediaWiki lets through (as markup, so a reader sees their content); any other `<tag>` is text. */
const HTML_TAGS = new Set([
  'abbr', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'center', 'cite', 'code', 'data', 'dd', 'del', 'dfn', 'div', 'dl', 'dt', 'em', 'font', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'ins', 'kbd', 'li', 'mark', 'nowiki', 'ol', 'p', 'pre', 'q', 'rb', 'rp', 'rt', 'rtc', 'ruby', 's', 'samp', 'small',
  'span', 'strike', 'strong', 'sub', 'sup', 'table', 'td', 'th', 'time', 'tr', 'tt', 'u', 'ul', 'var', 'wbr', 'math', 'chem', 'poem', 'onlyinclude',
  'includeonly', 'noinclude', 'section',
]);

const ENTITIES: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…', thinsp: '\u2009', shy: '' };

/** The rendered form of `wikitext`, which starts at code point `begin` of the article. */
export function displayText(wikitext: string, begin: number, keep: ReadonlyArray<readonly [number, number]> = []): DisplayText {
  const renderer = new Renderer(Array.from(wikitext), begin, keep);
  renderer.render(0, renderer.text.length);
  return collapseSpaces(renderer.out);
}

class Renderer {
  readonly out: DisplayText = { chars: [], sources: [] };

  constructor(
    readonly text: string[],
    private readonly begin: number,
    private readonly keep: ReadonlyArray<readonly [number, number]>,
  ) {}

  private at(i: number, literal: string): boolean {
    for (let k = 0; k < literal.length; k++) if (this.text[i + k] !== literal[k]) return false;
    return true;
  }

  private atIgnoringCase(i: number, literal: string): boolean {
    return this.text.slice(i, i + literal.length).join('').toLowerCase() === literal;
  }

  private emit(char: string, i: number): void {
    this.out.chars.push(char);
    this.out.sources.push(this.begin + i);
  }

  /** Whether [from, to) of this text overlaps a span to keep. */
  private kept(from: number, to: number): boolean {
    return this.keep.some(([b, e]) => this.begin + from < e && b < this.begin + to);
  }

  /** Where `literal` next starts at or after `from` (before `to`), or -1. */
  private find(literal: string, from: number, to: number): number {
    for (let i = from; i + literal.length <= to; i++) if (this.at(i, literal)) return i;
    return -1;
  }

  /** The end (exclusive) of a `open … close` group starting at `from`, counting nesting; -1 when unclosed. */
  private closeOf(from: number, to: number, open: string, close: string): number {
    let depth = 0;
    for (let i = from; i < to; ) {
      if (this.at(i, open)) [depth, i] = [depth + 1, i + open.length];
      else if (this.at(i, close)) {
        depth -= 1;
        i += close.length;
        if (depth === 0) return i;
      } else i += 1;
    }
    return -1;
  }

  render(from: number, to: number): void {
    for (let i = from; i < to; ) i = this.step(i, to);
  }

  /** Renders the construct at `i`; returns where the next one starts. */
  private step(i: number, to: number): number {
    const lineStart = i === 0 || this.text[i - 1] === '\n';
    if (this.at(i, '<!--')) {
      const end = this.find('-->', i + 4, to);
      return end < 0 ? to : end + 3;
    }
    if (this.atIgnoringCase(i, '<ref')) return this.reference(i, to);
    if (this.at(i, '{{')) return this.template(i, to);
    if (this.at(i, '[[')) return this.wikiLink(i, to);
    if (this.text[i] === '[' && /^\[(https?:)?\/\//i.test(this.text.slice(i, i + 10).join(''))) return this.externalLink(i, to);
    if (this.at(i, "''")) {
      let j = i;
      while (this.text[j] === "'") j++;
      return j;
    }
    const tag = this.text[i] === '<' ? /^<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/.exec(this.text.slice(i, i + 200).join('')) : null;
    if (tag && HTML_TAGS.has(tag[1].toLowerCase())) {
      const end = this.find('>', i, to);
      if (end >= 0) {
        if (/^<br\b/i.test(this.text.slice(i, i + 4).join(''))) this.emit(' ', i);
        return end + 1;
      }
    }
    if (this.text[i] === '&') return this.entity(i, to);
    if (this.at(i, '__') && /^__[A-Z]+__/.test(this.text.slice(i, i + 30).join(''))) {
      const end = this.find('__', i + 2, to);
      if (end >= 0) return end + 2;
    }
    if (lineStart && /[*#:;]/.test(this.text[i])) {
      let j = i;
      while (j < to && /[*#:;]/.test(this.text[j])) j++;
      return j;
    }
    if (this.text[i] === '=' && (lineStart || /^=+[ \t]*(\n|$)/.test(this.text.slice(i, Math.min(to, i + 12)).join('')))) {
      let j = i;
      while (j < to && this.text[j] === '=') j++;
      return j;
    }
    this.emit(this.text[i] === '\n' || this.text[i] === '\t' ? ' ' : this.text[i], i);
    return i + 1;
  }

  /** `<ref …/>` or `<ref …>…</ref>`: left out, or its words when a kept span is inside. */
  private reference(i: number, to: number): number {
    const tagEnd = this.find('>', i, to);
    if (tagEnd < 0) return to;
    if (this.text[tagEnd - 1] === '/') return tagEnd + 1;
    let close = -1;
    for (let j = tagEnd; j < to; j++) if (this.atIgnoringCase(j, '</ref')) (close = j), (j = to);
    const end = close < 0 ? to : this.find('>', close, to) + 1 || to;
    if (this.kept(i, end)) this.render(tagEnd + 1, close < 0 ? to : close);
    return end;
  }

  /** `{{…}}`: the words of an inline template, of any template a kept span is in, else nothing. */
  private template(i: number, to: number): number {
    const end = this.closeOf(i, to, '{{', '}}');
    if (end < 0) {
      this.emit('{', i);
      return i + 1;
    }
    const parts = this.splitTopLevel(i + 2, end - 2);
    const name = this.text.slice(parts[0][0], parts[0][1]).join('').trim().replace(/_/g, ' ');
    const canonical = name.charAt(0).toUpperCase() + name.slice(1);
    const inline = INLINE_TEMPLATES[canonical];
    const kept = this.kept(i, end);
    if (!inline && !kept) return end;
    let args = parts.slice(1);
    if (inline) {
      args = args.filter(([from, to2]) => !/^\s*[^=|]*=/.test(this.text.slice(from, to2).join('')));
      if (inline.skipFirst) args = args.slice(1);
      if (inline.maxArgs !== undefined) args = args.slice(0, inline.maxArgs);
    }
    args.forEach(([from, to2], n) => {
      if (n > 0) for (const char of inline ? inline.separator || ' ' : ' · ') this.emit(char, from - 1);
      const equals = inline ? -1 : this.find('=', from, to2);
      this.render(equals >= 0 && !this.text.slice(from, equals).join('').includes('[') ? equals + 1 : from, to2);
    });
    return end;
  }

  /** The ranges of a template's parts between top-level `|` (not inside a link or a nested template). */
  private splitTopLevel(from: number, to: number): Array<[number, number]> {
    const parts: Array<[number, number]> = [];
    let start = from;
    for (let i = from; i < to; ) {
      if (this.at(i, '{{')) i = this.closeOf(i, to, '{{', '}}') > 0 ? this.closeOf(i, to, '{{', '}}') : to;
      else if (this.at(i, '[[')) i = this.closeOf(i, to, '[[', ']]') > 0 ? this.closeOf(i, to, '[[', ']]') : to;
      else if (this.text[i] === '|') {
        parts.push([start, i]);
        start = i += 1;
      } else i += 1;
    }
    parts.push([start, to]);
    return parts;
  }

  /** `[[target|text]]` shows its text (`[[target]]` its target); a file shows nothing. */
  private wikiLink(i: number, to: number): number {
    const end = this.closeOf(i, to, '[[', ']]');
    if (end < 0) {
      this.emit('[', i);
      return i + 1;
    }
    const target = this.text.slice(i + 2, end - 2).join('');
    if (FILE_LINK.test(target) && !this.kept(i, end)) return end;
    const parts = this.splitTopLevel(i + 2, end - 2);
    const last = parts[parts.length - 1];
    // A file's caption is its last part; a link's text is everything after its first `|`.
    if (FILE_LINK.test(target)) this.render(last[0], last[1]);
    else if (parts.length > 1) this.render(parts[1][0], last[1]);
    else this.render(this.text[i + 2] === ':' ? i + 3 : i + 2, end - 2);
    return end;
  }

  /** `[url label]` shows its label; a bare `[url]` nothing. */
  private externalLink(i: number, to: number): number {
    const end = this.find(']', i, to);
    if (end < 0) {
      this.emit('[', i);
      return i + 1;
    }
    const space = this.find(' ', i, end);
    if (space >= 0) this.render(space + 1, end);
    return end + 1;
  }

  /** `&name;` or `&#123;` decoded; a bare `&` is itself. */
  private entity(i: number, to: number): number {
    const match = /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(this.text.slice(i, Math.min(to, i + 12)).join(''));
    const name = match?.[1];
    const decoded =
      name === undefined ? undefined : name.startsWith('#') ? String.fromCodePoint(parseInt(name.slice(name[1] === 'x' || name[1] === 'X' ? 2 : 1), name[1] === 'x' || name[1] === 'X' ? 16 : 10)) : ENTITIES[name.toLowerCase()];
    if (match === null || decoded === undefined) {
      this.emit('&', i);
      return i + 1;
    }
    if (decoded !== '') this.emit(decoded, i);
    return i + Array.from(match[0]).length;
  }
}

/** Runs of white space as one space, none at the ends. */
function collapseSpaces(text: DisplayText): DisplayText {
  const out: DisplayText = { chars: [], sources: [] };
  text.chars.forEach((char, i) => {
    const space = /\s/u.test(char);
    if (space && (out.chars.length === 0 || /\s/u.test(out.chars[out.chars.length - 1]))) return;
    out.chars.push(space ? ' ' : char);
    out.sources.push(text.sources[i]);
  });
  if (out.chars[out.chars.length - 1] === ' ') {
    out.chars.pop();
    out.sources.pop();
  }
  return out;
}
