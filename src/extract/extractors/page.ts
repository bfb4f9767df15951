import { codePointSlice } from '../../parse/offsets';
import type { ParsedArticle, Paragraph } from '../../parse/model';
import { fact } from '../build';
import type { ExtractionContext } from '../context';
import { elementEvidence } from '../evidence';
import { always, type Extractor } from '../extractor';
import { entityKey, literal, type Fact } from '../fact';
import { ALL_DISAMBIGUATION_TEMPLATES, IMAGE_EXTENSIONS } from '../lexicon/pages';
import { webIri } from '../values/urls';
import { scriptOf } from '../../util/chineseScript';

/**
 * Article-level facts every page gives, whatever its language and subject (DBpedia's page-level
 * extractors): its wikilinks, its abstract, its main image, its external and interlanguage links, and
 * whether it is a disambiguation page. Redirect pages get `redirectFacts` instead (see `extractFacts`).
 */
export const pageExtractor: Extractor = {
  id: 'page',
  appliesTo: always,
  extract(context) {
    return [
      ...wikiPageLinks(context),
      ...abstract(context),
      ...firstImage(context),
      ...externalLinks(context),
      ...interlanguageLinks(context),
      ...disambiguation(context),
    ];
  },
};

/** The article namespace (links to `Wikipedia:`, `Help:`, `[[:Category:X]]` … are not links between subjects). */
const ARTICLE_NAMESPACE = 0;

/** The first link to each page of the article namespace, outside references. */
function articleLinks(article: ParsedArticle) {
  const seen = new Set<string>([article.source.title]);
  return article.links.filter((link) => {
    if (link.inReference || link.namespace !== ARTICLE_NAMESPACE || seen.has(link.target)) return false;
    seen.add(link.target);
    return true;
  });
}

/**
 * `[[Target]]`: the article's page links to the page Target (DBpedia's wikiPageWikiLink), first occurrence
 * only. The link is between the Wikipedia pages (documents), which `schema:mainEntityOfPage` ties to the
 * things they are about: a link says nothing of how the subject and the target relate, so it must not join
 * them as a fact would.
 */
function wikiPageLinks(context: ExtractionContext): Fact[] {
  const page = entityKey.wikiPage(context.article.source.title);
  return articleLinks(context.article).map((link) =>
    fact.link(page, 'wikiPageLink', entityKey.wikiPage(link.target), { ...elementEvidence(link, 'page/wiki-link'), sentence: link.sentence }),
  );
}

/**
 * The lead's first paragraph with prose, as plain text: its sentences joined as the source separates
 * them (a space where the wikitext has whitespace between them, nothing after `。`). Tagged with the
 * article's script; the citations of its sentences back it.
 */
function abstract(context: ExtractionContext): Fact[] {
  const { article } = context;
  for (const paragraph of article.paragraphs) {
    if (paragraph.section !== 0) break;
    const text = paragraphText(article, paragraph);
    if (!text) continue;
    const citations = [...new Set(article.sentences.filter((s) => s.paragraph === paragraph.index).flatMap((s) => s.references.map((r) => r.referenceId)))];
    return [fact.relation(context.subject, 'abstract', literal.text(text, context.script), elementEvidence(paragraph, 'page/abstract', citations))];
  }
  return [];
}

function paragraphText(article: ParsedArticle, paragraph: Paragraph): string {
  const sentences = article.sentences.filter((s) => s.paragraph === paragraph.index && s.text.trim() !== '');
  let text = '';
  sentences.forEach((sentence, i) => {
    if (i > 0) {
      const previous = sentences[i - 1];
      const gap = codePointSlice(article.source.text, previous.plainToSource[previous.text.length], sentence.plainToSource[0]);
      if (/\s/.test(gap) && !/\s$/.test(text)) text += ' ';
    }
    text += sentence.text.trim();
  });
  return text.trim();
}

/** Commons' page of a file; the same encoding as the infobox extractor's, so both give one IRI. */
const COMMONS_FILE = 'https://commons.wikimedia.org/wiki/File:';

/** The first picture (`[[File:X.jpg]]`, any local namespace name) outside references: the main image. */
function firstImage(context: ExtractionContext): Fact[] {
  const file = context.article.files.find((f) => !f.inReference && IMAGE_EXTENSIONS.has(extensionOf(f.name)));
  if (!file) return [];
  const iri = COMMONS_FILE + encodeURIComponent(file.name.replace(/ /g, '_')).replace(/%2C/g, ',');
  return [fact.relation(context.subject, 'image', { iri }, elementEvidence(file, 'page/first-image'))];
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).trim().toLowerCase();
}

/** `[https://… label]` and bare URLs of the body (not in references or templates), each URL once. */
function externalLinks(context: ExtractionContext): Fact[] {
  const seen = new Set<string>();
  const facts: Fact[] = [];
  for (const link of context.article.externalLinks) {
    if (link.inReference || link.inTemplate) continue;
    const iri = webIri(link.url);
    if (!iri || seen.has(iri)) continue;
    seen.add(iri);
    facts.push(fact.relation(context.subject, 'externalLink', { iri }, { ...elementEvidence(link, 'page/external-link'), sentence: link.sentence }));
  }
  return facts;
}

/** `[[en:Title]]`: the subject's article in another edition, as that edition's resource (one per language and title). */
function interlanguageLinks(context: ExtractionContext): Fact[] {
  const seen = new Set<string>();
  const facts: Fact[] = [];
  for (const link of context.article.interlanguageLinks) {
    const target = entityKey.pageIn(link.lang, link.title);
    if (seen.has(target)) continue;
    seen.add(target);
    facts.push(fact.link(context.subject, 'interlanguageLink', target, elementEvidence(link, 'page/interlanguage-link')));
  }
  return facts;
}

/** A page carrying a disambiguation template is a disambiguation page, and disambiguates every page it links to. */
function disambiguation(context: ExtractionContext): Fact[] {
  const template = context.article.templates.find((t) => ALL_DISAMBIGUATION_TEMPLATES.has(t.canonicalName));
  if (!template) return [];
  const evidence = elementEvidence(template, 'page/disambiguation');
  return [
    fact.entity(context.subject, ['DisambiguationPage'], evidence),
    ...articleLinks(context.article).map((link) =>
      fact.link(context.subject, 'disambiguates', entityKey.page(link.target), { ...elementEvidence(link, 'page/disambiguation'), sentence: link.sentence }),
    ),
  ];
}

/**
 * A redirect page states that it leads to its target (`#REDIRECT [[Target]]`), and so that its title is
 * another name of the target: an alternative label, tagged with the script the title is written in.
 */
export function redirectFacts(article: ParsedArticle): Fact[] {
  const { redirect } = article;
  const { title, lang } = article.source;
  if (!redirect || redirect.target === title) return [];
  const evidence = elementEvidence(redirect, 'page/redirect');
  const tag = lang === 'zh' ? scriptOf(title) ?? lang : lang;
  return [
    fact.link(entityKey.page(title), 'redirectsTo', entityKey.page(redirect.target), evidence),
    fact.label(entityKey.page(redirect.target), title, tag, 'alternative', { ...evidence, rule: 'page/redirect-title' }),
  ];
}
