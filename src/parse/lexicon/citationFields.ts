/**
 * Citation field keys: after lower-casing, these spellings are read as the canonical key. Only hyphen
 * and spacing variants are merged; fields that merely mean something similar (`website` and `work`)
 * stay distinct, since the citation templates themselves keep them apart.
 */
export const CITATION_FIELD_ALIASES: Record<string, string> = {
  'access-date': 'accessdate',
  'access date': 'accessdate',
  'archive-url': 'archiveurl',
  'archive url': 'archiveurl',
  'archive-date': 'archivedate',
  'archive date': 'archivedate',
  'dead-url': 'deadurl',
  'url-status': 'urlstatus',
  'publication-date': 'publicationdate',
  'publication-place': 'publicationplace',
  'author-link': 'authorlink',
  'orig-year': 'origyear',
  'orig-date': 'origdate',
  'trans-title': 'transtitle',
  'script-title': 'scripttitle',
  'chapter-url': 'chapterurl',
  'lay-url': 'layurl',
  'lay-date': 'laydate',
  'via-url': 'viaurl',
  'first-name': 'firstname',
  'last-name': 'lastname',
};
