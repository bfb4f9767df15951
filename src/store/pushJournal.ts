/**
 * What `wikikg push` has stored, kept beside the data (`DIR/push-journal.tsv`), so that `push --resume`
 * sends only the graphs a server does not already hold with the same content.
 *
 * Why a journal and not a hash triple in each graph: a journal works with any Graph Store (no SPARQL
 * query, no extra triple in the user's graphs that a count or a `DESCRIBE` would see), costs one line per
 * graph, and a push needs no round trip to learn what to skip. What it cannot see is the server itself:
 * it trusts that nothing has replaced or dropped those graphs since (a wiped server, or a push of another
 * folder to the same graphs, needs one push without `--resume`).
 *
 * One row per stored graph: the Graph Store URL, the graph IRI and the sha256 of the N-Triples text that
 * was `PUT` (so a rebuilt article, or an article changed in a many-graph N-Quads file, is sent again, and
 * another server is never skipped). A row is appended (one `write`, so a kill leaves whole rows and at
 * most a cut last line, which is ignored) after the server answered the `PUT`, never before. Before a
 * graph with a row is sent again with other content, a row with `-` (unknown) replaces it: if that `PUT`
 * dies unanswered, the server holds either version, and the old row must not make a later push skip it.
 * A push without `--resume` drops the rows of its Graph Store first, since it trusts none of them; the
 * file is compacted (last row per store and graph) when a push opens it. Rows are not fsynced: a row lost
 * in a power cut only makes a graph be sent again.
 */
import * as fs from 'fs';
import { writeFileAtomic } from '../util/atomicWrite';

/** The journal's file name inside the data folder. */
export const PUSH_JOURNAL = 'push-journal.tsv';

const HEADER = '# wikikg push journal: Graph Store URL, graph IRI, sha256 of the N-Triples stored (- unknown)\n';
const ROW = /^([^\t\n]+)\t([^\t\n]+)\t([0-9a-f]{64}|-)$/;

/** The journal of one push: what the Graph Store `store` holds by earlier pushes of this folder. */
export class PushJournal {
  private constructor(
    readonly file: string,
    private readonly store: string,
    private fd: number | undefined,
    /** Graph IRI → sha256 of what `store` holds, by this folder's earlier pushes (with --resume) and this one. */
    private readonly known: Map<string, string>,
  ) {}

  /**
   * Opens (or creates) the journal `file` for pushes to `store`. With `resume`, its rows for `store` say
   * what to skip; without, they are dropped. Throws when the file cannot be read or written.
   */
  static open(file: string, store: string, resume: boolean): PushJournal {
    const rows = readRows(file);
    const mine = new Map<string, string>();
    const kept: string[] = [];
    for (const [key, hash] of rows) {
      const [rowStore, graph] = key.split('\t');
      if (rowStore === store) {
        if (resume) mine.set(graph, hash);
      } else kept.push(`${key}\t${hash}\n`);
    }
    writeFileAtomic(file, HEADER + kept.join('') + [...mine].map(([graph, hash]) => `${store}\t${graph}\t${hash}\n`).join(''));
    return new PushJournal(file, store, fs.openSync(file, 'a'), mine);
  }

  /** Whether `store` holds `graph` with the content whose sha256 is `hash`, as far as the journal knows. */
  holds(graph: string, hash: string): boolean {
    return this.known.get(graph) === hash;
  }

  /** Called before `graph` is sent with content `hash`: a row for other content no longer holds. */
  sending(graph: string, hash: string): void {
    const earlier = this.known.get(graph);
    if (earlier === undefined || earlier === hash) return;
    this.known.delete(graph);
    this.append(graph, '-');
  }

  /** Called once the server has stored `graph` with content `hash`. */
  stored(graph: string, hash: string): void {
    this.known.set(graph, hash);
    this.append(graph, hash);
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  private append(graph: string, hash: string): void {
    if (this.fd === undefined) return;
    // writeFileSync on a descriptor writes the whole row (or throws); writeSync may write part of it.
    fs.writeFileSync(this.fd, `${this.store}\t${graph}\t${hash}\n`);
  }
}

/** The journal's rows, `store\tgraph` → the last hash given (rows with `-` dropped); none when there is no file. */
function readRows(file: string): Map<string, string> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  const rows = new Map<string, string>();
  for (const line of text.split('\n')) {
    // A cut last line, a comment or anything else that is not a whole row says nothing.
    const row = ROW.exec(line);
    if (!row) continue;
    const key = `${row[1]}\t${row[2]}`;
    rows.delete(key);
    if (row[3] !== '-') rows.set(key, row[3]);
  }
  return rows;
}
