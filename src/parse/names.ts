/** Normalisation of page, template and field names written in wikitext. */

const LATIN_FIRST = /^\p{Script=Latin}/u;

/**
 * A link target as a page title: trimmed, a leading `:` and any `#fragment` dropped, `_` as space, runs
 * of spaces collapsed, the first letter upper-cased only when it is Latin (other scripts have no case,
 * and the wiki's own first-letter rule is not assumed for them).
 */
export function normaliseLinkTarget(raw: string): string {
  let target = raw.trim().replace(/^:+/, '');
  const hash = target.indexOf('#');
  if (hash !== -1) target = target.slice(0, hash);
  target = target.replace(/[_\s]+/g, ' ').trim();
  return LATIN_FIRST.test(target) ? target[0].toUpperCase() + target.slice(1) : target;
}

/** A template name for lookups: namespace prefix dropped, `_` as space, first letter upper-cased. */
export function canonicalTemplateName(raw: string, templatePrefixes: readonly string[]): string {
  let name = raw.replace(/<!--[\s\S]*?(?:-->|$)/g, '').replace(/[_\s]+/g, ' ').trim();
  const colon = name.indexOf(':');
  if (colon !== -1 && templatePrefixes.includes(name.slice(0, colon).trim().toLowerCase())) {
    name = name.slice(colon + 1).trim();
  }
  return name ? name[0].toUpperCase() + name.slice(1) : name;
}
