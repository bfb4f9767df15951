/**
 * The real set: whole zhwiki pages in ../shared/realset/articles, next to the repository. Tests over it
 * are skipped with a note when it is absent, and fail when CI is set (there it must be present).
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { ParsedArticle } from '../../src/parse/model';
import { parseArticle } from '../../src/parse/parseArticle';

export const REALSET = join(__dirname, '../../../shared/realset/articles');

const present = existsSync(REALSET);
const parsed = new Map<string, ParsedArticle>();

/** The titles of the real set's pages, sorted. */
export function realsetTitles(): string[] {
  return readdirSync(REALSET).filter((f) => f.endsWith('.wiki')).map((f) => f.replace(/\.wiki$/, '')).sort();
}

/** A page of the real set, parsed once per test file. */
export function realArticle(title: string): ParsedArticle {
  let article = parsed.get(title);
  if (!article) {
    const text = readFileSync(join(REALSET, `${title}.wiki`), 'utf8');
    article = parseArticle({ title, lang: 'zh', text, origin: `${title}.wiki` });
    parsed.set(title, article);
  }
  return article;
}

/** Declares tests over the real set: skipped with a note without it, failing without it under CI. */
export function describeRealset(title: string, body: () => void): void {
  if (!present && !process.env.CI) {
    it.skip(`${title} (the real set is not at ${REALSET})`, () => undefined);
    return;
  }
  describe(title, () => {
    if (present) body();
    else it('finds the real set', () => { throw new Error(`no real set at ${REALSET} (CI is set, so it must be there)`); });
  });
}
