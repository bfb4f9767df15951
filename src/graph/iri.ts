/**
 * The one place that mints instance IRIs.
 *
 * Layout under a configurable base (default `https://w3id.org/wikikg/`):
 * `resource/{lang}/{name}` for pages and unlinked names (deliberately merged: a name written without a
 * link and the page of the same title are taken to be the same thing), `resource/{otherLang}/{title}` for a
 * page of another language edition (`page@{otherLang}:{title}`), `category/…`, `source/…` for
 * citations, `statement/…`, `article/…` and `text/…#char=s,e` (RFC 5147) for evidence.
 *
 * One entity, one IRI: a page's title (and a name, and another edition's title) is first resolved by the
 * build's site index (`SiteIndex.canonicalTitle`): to the title of the page it names whatever script,
 * first-letter case or `_` it was written with, through redirects, and otherwise to one canonical form
 * (Simplified characters on zhwiki). The article's own page keeps its title (as the index has it), so a
 * redirect page names itself. Categories and the discriminators of parts are folded by script the same way.
 */
import { sha256Hex } from '../util/hash';
import { DataFactory } from 'n3';
import type { NamedNode } from '@rdfjs/types';
import type { EntityKey } from '../extract/fact';
import { SiteIndex } from '../site/siteIndex';
import { foldText, titleKey } from '../site/titles';
import { DEFAULT_BASE, WIKIPEDIA_HOST } from './vocab';
import { pathSeg, seg } from './segment';

export { seg } from './segment';

/** Mints every IRI of one article; `base` must end with `/` or `#`. */
export class IriMinter {
  readonly base: string;
  readonly lang: string;
  readonly title: string;
  /** The wiki's language code as given (`lang` is its IRI segment). */
  private readonly wiki: string;
  /** Entities minted so far, by key: a fact names the same few entities many times. */
  private readonly entities = new Map<EntityKey, NamedNode>();
  private articleNode?: NamedNode;

  constructor(lang: string, title: string, base: string = DEFAULT_BASE, private readonly site: SiteIndex = SiteIndex.empty()) {
    this.base = base;
    this.wiki = lang;
    this.lang = seg(lang);
    this.title = title;
  }

  /** The title the graph names the page `title` of wiki `lang` by (see the module comment). */
  pageTitle(lang: string, title: string): string {
    if (lang === this.wiki && title === this.title) return this.site.ownTitle(lang, title);
    return this.site.canonicalTitle(lang, title);
  }

  /** The entity an `EntityKey` names (see `fact.ts`); `#kind:disc` parts nest under their parent. */
  entity(key: EntityKey): NamedNode {
    let node = this.entities.get(key);
    if (node === undefined) this.entities.set(key, (node = this.mintEntity(key)));
    return node;
  }

  private mintEntity(key: EntityKey): NamedNode {
    const [head, ...parts] = key.split('#');
    let iri = this.headIri(head);
    for (const part of parts) {
      const colon = part.indexOf(':');
      const kind = colon < 0 ? part : part.slice(0, colon);
      const disc = colon < 0 ? '' : part.slice(colon + 1);
      iri += `/${seg(kind)}/${seg(foldText(this.wiki, disc))}`;
    }
    return DataFactory.namedNode(iri);
  }

  /** A raw infobox property: the parameter's own name in its wiki language's namespace (DBpedia's `dbp:`). */
  property(lang: string, parameter: string): NamedNode {
    return DataFactory.namedNode(`${this.base}property/${seg(lang)}/${seg(parameter)}`);
  }

  /** A statement node, named by a hash of its canonical form so it is stable across runs. */
  statement(canonicalForm: string): NamedNode {
    const hash = sha256Hex(canonicalForm).slice(0, 16);
    return DataFactory.namedNode(`${this.base}statement/${this.lang}/${seg(this.title)}/${hash}`);
  }

  /** The article as a document (what facts are derived from). */
  article(): NamedNode {
    return (this.articleNode ??= DataFactory.namedNode(`${this.base}article/${this.lang}/${seg(this.title)}`));
  }

  /** A NIF string: the code-point span `[start, end)` of the article's wikitext. */
  textSpan(start: number, end: number): NamedNode {
    return DataFactory.namedNode(`${this.textIri()}#char=${start},${end}`);
  }

  /** A cited source of this article (reference ids are only unique within one article). */
  citation(referenceId: string): NamedNode {
    return DataFactory.namedNode(`${this.base}source/${this.lang}/${seg(this.title)}/${seg(referenceId)}`);
  }

  /** The live Wikipedia page of a title in this article's language (the page it names, see `pageTitle`). */
  wikipediaPage(title: string): NamedNode {
    return wikipediaPageIri(this.lang, this.pageTitle(this.wiki, title));
  }

  /** The live Wikipedia page of a title of another edition. */
  wikipediaPageIn(lang: string, title: string): NamedNode {
    return wikipediaPageIri(lang, this.pageTitle(lang, title));
  }

  private textIri(): string {
    return `${this.base}text/${this.lang}/${seg(this.title)}`;
  }

  private headIri(head: string): string {
    const colon = head.indexOf(':');
    const prefix = colon < 0 ? '' : head.slice(0, colon);
    const rest = head.slice(colon + 1);
    switch (prefix) {
      case 'page':
      case 'name':
        return `${this.base}resource/${this.lang}/${seg(this.pageTitle(this.wiki, rest))}`;
      case 'category':
        return `${this.base}category/${this.lang}/${seg(titleKey(this.wiki, rest))}`;
      case 'citation':
        return this.citation(rest).value;
      case 'wikipage':
        // `wikipage:Title`: the Wikipedia page itself (a document), not the thing it is about.
        return this.wikipediaPage(rest).value;
      default:
        // `page@en:Title`: a page of another language edition, under that language's resources.
        if (prefix.startsWith('page@') && prefix.length > 'page@'.length) {
          const other = prefix.slice('page@'.length);
          return `${this.base}resource/${seg(other)}/${seg(this.pageTitle(other, rest))}`;
        }
        // A key no extractor should make; still minted, apart, so one bad fact cannot stop a batch.
        return `${this.base}unknown/${this.lang}/${seg(head)}`;
    }
  }
}

/** `https://{lang}.wikipedia.org/wiki/{Title_with_underscores}`, percent-encoded where IRIs need it. */
export function wikipediaPageIri(lang: string, title: string): NamedNode {
  const host = /^[a-z][a-z0-9-]*$/.test(lang) ? lang : 'xx';
  return DataFactory.namedNode(`https://${host}.${WIKIPEDIA_HOST}/wiki/${pathSeg(title)}`);
}

