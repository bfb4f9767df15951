// Building the page. Every text that comes from the graph is put in with text nodes, never parsed as
// HTML, and a link is only made for a URL that safeHref allows, so article text cannot inject markup or
// scripts whatever it holds.

/** An element with attributes and children; strings become text nodes, null and undefined are skipped. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'href') {
      const safe = safeHref(String(value));
      if (safe !== null) node.setAttribute('href', safe);
    } else if (/^on/i.test(name) || name === 'style' || name === 'srcdoc') {
      throw new Error(`el() does not set ${name}`);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, ...children);
  return node;
}

/** Appends children: nodes as they are, anything else as text. */
export function append(parent, ...children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Removes every child. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/**
 * The href a link may have: a path of this server, or an absolute http(s) URL; null for anything else
 * (javascript:, data:, vbscript:, protocol-relative //host, …), which then stays text.
 */
export function safeHref(url) {
  if (typeof url !== 'string') return null;
  if (/^\/(?![/\\])/.test(url) || url.startsWith('#') || url.startsWith('?')) return url;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link that leaves this server: a new tab without the opener and without a referrer. */
export function externalLink(url, text) {
  const href = safeHref(url);
  // Not a web address (javascript:, data:, …): the address itself is shown, as text.
  if (href === null || href.startsWith('/')) return el('span', { class: 'unsafe-url', title: 'not a web link, shown as text' }, String(url));
  return el('a', { href, class: 'external', rel: 'noopener noreferrer nofollow', target: '_blank' }, text ?? url);
}

/** The app's container, emptied. */
export function app() {
  return clear(document.getElementById('app'));
}

/** A message in place of content. */
export function notice(text, kind = 'info') {
  return el('p', { class: `notice ${kind}` }, text);
}

/** Sets the document title, and the page's name in the site header (text only). */
export function setTitle(text) {
  document.title = text ? `${text} · wikikg` : 'wikikg';
  const header = document.querySelector('header.site');
  if (!header || !text) return;
  header.querySelector('.current')?.remove();
  header.querySelector('.brand')?.after(el('span', { class: 'current' }, text));
}
