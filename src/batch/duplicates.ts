/**
 * One title given more than once in a build's inputs: `Foo bar.wiki` and `Foo_bar.wiki` (one MediaWiki
 * title once normalised), a page twice in a dump, a page in a file and in a dump. Only the last copy in
 * input order is built, so each title has one file, one named graph and one manifest row, and the next
 * build of the same inputs finds that row unchanged (building every copy would leave the row of the last
 * one, against which an earlier copy looks changed, and so rebuild one of them forever).
 *
 * A dump streams, so at an earlier copy the build cannot know that a later one comes: the build's
 * pre-pass (`indexSite`, which reads every input in the same order first) counts the copies of each
 * repeated title into `RepeatedTitles`, and `LaterCopies` leaves out all but the last while the build
 * reads. Left out before it is dispatched, an earlier copy is never built, with any `--jobs`, so no stream
 * (`nq`, `nq.gz`) ever holds two versions of one graph. Only repeated titles are kept in memory.
 */
import type { ArticleSource } from '../parse/model';
import { articleKey as key, articleOfKey } from './manifest';

/** How many copies the inputs hold of each title given more than once (titles normalised, by wiki). */
export class RepeatedTitles {
  private readonly totals = new Map<string, number>();

  /** Counts one more copy of a title that an earlier input of the build had already. */
  repeat(lang: string, title: string): void {
    const k = key(lang, title);
    this.totals.set(k, (this.totals.get(k) ?? 1) + 1);
  }

  /** The number of copies of a repeated title; undefined for a title given once. */
  total(lang: string, title: string): number | undefined {
    return this.totals.get(key(lang, title));
  }

  get size(): number {
    return this.totals.size;
  }
}

/** Which copies a build reads are built: the last of each repeated title (see the module comment). */
export class LaterCopies {
  /** Copies met so far of each repeated title. */
  private readonly met = new Map<string, number>();
  /** Where the copies left out so far came from, until the last one is met. */
  private readonly leftOut = new Map<string, string[]>();

  constructor(private readonly repeated: RepeatedTitles) {}

  /**
   * Whether this copy is built: not when a later input has the same title. At the last copy of a
   * repeated title, `note` is told one line naming the title, the input built and those left out.
   */
  admit(source: ArticleSource, note: (line: string) => void): boolean {
    const total = this.repeated.total(source.lang, source.title);
    if (total === undefined) return true;
    const k = key(source.lang, source.title);
    const met = (this.met.get(k) ?? 0) + 1;
    this.met.set(k, met);
    const leftOut = this.leftOut.get(k) ?? [];
    if (met < total) {
      leftOut.push(describe(source));
      this.leftOut.set(k, leftOut);
      return false;
    }
    // A copy past the count (an input that changed after the pre-pass read it) is built too: as the
    // later one, it replaces the earlier file and row.
    if (met === total) {
      this.leftOut.delete(k);
      note(`${wikiOf(source.lang)}:${source.title}: the title is given ${total} times; built from the last, ${describe(source)}, not from ${leftOut.join(', ')}`);
    }
    return true;
  }

  /**
   * Titles whose last copy the build never met, each with a line to tell (an input changed or was cut
   * after the pre-pass read it): none of their copies was built.
   */
  unmet(): string[] {
    const lines: string[] = [];
    for (const [k, origins] of this.leftOut) {
      const { lang, title } = articleOfKey(k);
      lines.push(`${wikiOf(lang)}:${title}: the inputs no longer hold the later copy the pre-pass read, so ${origins.join(', ')} was not built; build again`);
    }
    return lines;
  }
}

/** `Foo_bar.wiki`, or `dump.xml[Foo bar] revision 1234` for a dump's page. */
function describe(source: ArticleSource): string {
  const where = source.origin ?? source.title;
  return source.revision ? `${where} revision ${source.revision}` : where;
}

function wikiOf(lang: string): string {
  return lang === '' ? 'und' : lang;
}
