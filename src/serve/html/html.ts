/**
 * HTML written on the server, safe by construction: `html` is a tagged template in which every value is
 * escaped unless it is already `Html` (made by this module), so article text can never become markup;
 * `link` makes an `<a>` only of a path of this server or an http(s) URL, and shows anything else
 * (`javascript:`, `data:`) as text. The same guarantees as the browser scripts' `ui/lib/dom.js`.
 */

/** Markup that is safe to put in a page as it is. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** Text for HTML content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** A value put into a template: Html as it is, lists one after the other, nothing for null, the rest escaped. */
function piece(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(piece).join('');
  return escapeHtml(String(value));
}

/** HTML from a template whose values are escaped (attribute values must be quoted in the template). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += piece(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Several pieces one after the other. */
export function join(parts: readonly unknown[], separator: Html | string = ''): Html {
  return new Html(parts.map(piece).join(piece(separator)));
}

/**
 * The href a link may have: a path of this server, a fragment or query of this page, or an absolute
 * http(s) URL; null for anything else (javascript:, data:, protocol-relative //host, …).
 */
export function safeHref(url: string): string | null {
  if (/^\/(?![/\\])/.test(url) || url.startsWith('#') || url.startsWith('?')) return url;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Attributes of a link besides its href. */
export interface LinkOptions {
  class?: string;
  title?: string;
  /** Leaves this server: opens without opener or referrer, and is not followed by crawlers. */
  external?: boolean;
  lang?: string;
  /** `data-*` attributes (name without the prefix → value). */
  data?: Record<string, string>;
}

/** `<a>` to `href` when it is safe, else the content as text in a span saying it is not a web link. */
export function link(href: string, content: unknown, options: LinkOptions = {}): Html {
  const safe = safeHref(href);
  const lang = options.lang ? html` lang="${options.lang}"` : '';
  if (safe === null) return html`<span class="unsafe-url" title="not a web link, shown as text"${lang}>${content}</span>`;
  const data = Object.entries(options.data ?? {}).map(([name, value]) => html` data-${name}="${value}"`);
  const rel = options.external ? html` rel="noopener noreferrer nofollow" target="_blank"` : '';
  return html`<a href="${safe}"${options.class ? html` class="${options.class}"` : ''}${options.title ? html` title="${options.title}"` : ''}${lang}${data}${rel}>${content}</a>`;
}
