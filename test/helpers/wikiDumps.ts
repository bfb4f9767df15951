/** Small MediaWiki XML dumps (pages-articles form) written by the tests. */

/** One page of a dump; a redirect has `redirect` (its text is then `#REDIRECT [[…]]` unless given). */
export interface DumpPageSpec {
  id: number;
  title: string;
  text?: string;
  redirect?: string;
  ns?: number;
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A dump of `pages` for the wiki `dbname` (`zhwiki`), revision ids 1000 + page id. */
export function xmlDump(dbname: string, pages: DumpPageSpec[]): string {
  const body = pages.map((p) => {
    const text = p.text ?? (p.redirect !== undefined ? `#REDIRECT [[${p.redirect}]]` : '');
    const redirect = p.redirect !== undefined ? `\n    <redirect title="${escape(p.redirect)}" />` : '';
    return `  <page>\n    <title>${escape(p.title)}</title>\n    <ns>${p.ns ?? 0}</ns>\n    <id>${p.id}</id>${redirect}\n    <revision>\n      <id>${1000 + p.id}</id>\n      <text xml:space="preserve">${escape(text)}</text>\n    </revision>\n  </page>`;
  });
  return [
    '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10">',
    `  <siteinfo>\n    <sitename>Wikipedia</sitename>\n    <dbname>${dbname}</dbname>\n  </siteinfo>`,
    ...body,
    '</mediawiki>',
    '',
  ].join('\n');
}
