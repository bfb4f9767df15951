/** What the site index says about one article of the build, as diagnostics of that article. */
import type { ArticleSource, Diagnostic } from '../parse/model';
import type { SiteIndex } from './siteIndex';

/** A redirect page whose chain comes back to itself: a warning on its first line. */
export function siteDiagnostics(source: ArticleSource, site: SiteIndex): Diagnostic[] {
  const loop = site.redirectLoop(source.lang, source.title);
  if (!loop) return [];
  const message = `redirect loop: ${loop.join(' → ')}; links to these pages are left as written`;
  return [{ severity: 'warning', code: 'redirect-loop', line: 1, column: 1, message }];
}
