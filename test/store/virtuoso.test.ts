import * as fs from 'fs';
import * as path from 'path';
import { runCli, tempDir } from '../cli/helpers';
import { writeEditions } from '../helpers/editions';
import { ensureVirtuoso, startVirtuoso, type VirtuosoServer } from '../helpers/virtuoso';

/**
 * End to end against a real SPARQL server, Debian's Virtuoso 7.2: build the seed and a few corpus
 * articles, `wikikg push` them (one named graph per article, plus the ontology), and every shipped
 * question must give the same answer from Virtuoso as from the embedded store, compared as result sets
 * (row order and the case of language tags may differ, and xsd:duration is compared by length, see
 * `durationSeconds`; nothing else may). Shipped queries avoid Virtuoso's other quirks (see their comments).
 */
const ROOT = path.resolve(__dirname, '..', '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'articles');
/** Small articles that reach the infobox questions (people, a place), a disambiguation page, another language. */
const SAMPLE = ['en/Harry-McPherson.wiki', 'en/jodie_emery.wiki', 'en/Dollar-Point,-California.wiki', 'en/Aberdeen_(disambiguation).wiki', 'sw/Berlin.wiki'];
/** Absent when ../shared is not beside the repository: then the seed alone is pushed. */
const SAMPLE_FILES = fs.existsSync(CORPUS) ? SAMPLE.map((file) => path.join(CORPUS, file)) : [];
const QUERIES = fs.readdirSync(path.join(ROOT, 'queries')).filter((name) => name.endsWith('.rq')).sort().map((name) => name.slice(0, -3));
const OUR_GRAPHS = 'FILTER (STRSTARTS(STR(?g), "https://w3id.org/wikikg/"))';
/** The articles of the two editions' dumps (`test/helpers/editions.ts`). */
const EDITION_ARTICLES = 6;

const available = ensureVirtuoso();
if (!available.ok) {
  if (process.env.CI) throw new Error(`Virtuoso is needed in CI: ${available.reason}`);
  console.warn(`skipping the Virtuoso tests: ${available.reason}`);
}
const describeWithVirtuoso = available.ok ? describe : describe.skip;

describeWithVirtuoso('the shipped questions on Virtuoso', () => {
  let server: VirtuosoServer | undefined;
  let data = '';
  let pushed = { graphs: 0, triples: 0 };

  beforeAll(async () => {
    server = await startVirtuoso();
    data = path.join(tempDir('wikikg-virtuoso-data-'), 'out');
    const build = await runCli(['build', path.join(ROOT, 'seeds'), ...SAMPLE_FILES, '--out', data, '--link', '--jobs', '1'], { cwd: ROOT });
    if (build.code !== 0) throw new Error(`build failed:\n${build.stderr}`);
    const editions = path.join(path.dirname(data), 'editions');
    const built = await runCli(['build', ...writeEditions(editions), '--out', path.join(data, 'editions'), '--jobs', '1'], { cwd: editions });
    if (built.code !== 0) throw new Error(`build failed:\n${built.stderr}`);
    const push = await runCli(['push', '--endpoint', server.endpoint, '--data', data]);
    if (push.code !== 0) throw new Error(`push failed:\n${push.stderr}`);
    pushed = summary(push.errorLines);
    expect(pushed.graphs).toBe(1 + 1 + SAMPLE_FILES.length + EDITION_ARTICLES);
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    if (data) fs.rmSync(path.dirname(data), { recursive: true, force: true });
  }, 60_000);

  it('holds one named graph per article and one for the ontology, with every triple pushed', async () => {
    const graphs = await remoteRows(`SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } ${OUR_GRAPHS} } GROUP BY ?g`);
    expect(graphs).toHaveLength(pushed.graphs);
    expect(graphs.map((row) => row[0])).toContain('<https://w3id.org/wikikg/ontology>');
    expect(graphs.map((row) => row[0])).toContain('<https://w3id.org/wikikg/article/zh/南北共同聯絡辦公室>');
    expect(await ourTripleCount()).toBe(pushed.triples);
  });

  it.each(QUERIES)('%s gives the same answer as the embedded store', async (name) => {
    const embedded = await runCli(['query', name, '--data', data, '--format', 'json']);
    const remote = await runCli(['query', name, '--endpoint', server!.endpoint, '--format', 'json']);
    expect(embedded.stderr).toBe('');
    expect(remote.stderr).toBe('');
    const expected = asResultSet(embedded.stdout);
    expect(asResultSet(remote.stdout)).toEqual(expected);
    // With the sample, every question has an answer, so the comparison is never of two empty sets.
    if (SAMPLE_FILES.length > 0 && typeof expected !== 'boolean') expect(expected.rows.length).toBeGreaterThan(0);
  });

  it('replaces each graph when pushed again (PUT), so the triple count stays the same', async () => {
    const again = await runCli(['push', '--endpoint', server!.endpoint, '--data', data]);
    // With its stderr, so that a failure shows why.
    expect({ code: again.code, stderr: again.errorLines }).toEqual({ code: 0, stderr: expect.anything() });
    expect(summary(again.errorLines)).toEqual(pushed);
    expect(await ourTripleCount()).toBe(pushed.triples);
  });

  it("pushes through Virtuoso's authenticated Graph Store with Digest credentials from the environment", async () => {
    const auth = server!.url('/sparql-graph-crud-auth');
    const withLogin = (password: string) =>
      withEnv({ WIKIKG_ENDPOINT_USER: 'dba', WIKIKG_ENDPOINT_PASSWORD: password }, () =>
        runCli(['push', '--endpoint', server!.endpoint, '--graph-store', auth, '--data', data, '--retries', '0']));
    const refused = await withLogin('not-the-password');
    expect(refused.code).toBe(1);
    expect(refused.errorLines).toHaveLength(2);
    expect(refused.errorLines[0]).toMatch(new RegExp(`^push stopped: stored 0 of ${pushed.graphs} graphs at ${auth}, ${pushed.graphs} left: `));
    expect(refused.errorLines[1]).toMatch(new RegExp(`^wikikg: ${auth} refused https://w3id\\.org/wikikg/\\S+: 401 Unauthorized.* \\(check WIKIKG_ENDPOINT_USER and WIKIKG_ENDPOINT_PASSWORD\\)$`));
    const accepted = await withLogin('dba');
    expect({ code: accepted.code, stderr: accepted.errorLines }).toEqual({ code: 0, stderr: expect.anything() });
    expect(summary(accepted.errorLines)).toEqual(pushed);
    expect(await ourTripleCount()).toBe(pushed.triples);
  });

  it('sends nothing with --resume when every graph is stored unchanged, and the triples stay', async () => {
    const resumed = await runCli(['push', '--endpoint', server!.endpoint, '--data', data, '--resume']);
    expect(resumed.code).toBe(0);
    expect(resumed.errorLines).toEqual([
      expect.stringMatching(new RegExp(`^pushed 0 of ${pushed.graphs} graphs, 0 triples to .* skipped ${pushed.graphs} it holds unchanged`)),
    ]);
    expect(await ourTripleCount()).toBe(pushed.triples);
  });

  async function remoteRows(sparql: string): Promise<string[][]> {
    const run = await runCli(['query', '--sparql', sparql, '--endpoint', server!.endpoint, '--format', 'tsv']);
    expect(run.stderr).toBe('');
    return run.stdout.trimEnd().split('\n').slice(1).map((line) => line.split('\t'));
  }

  async function ourTripleCount(): Promise<number> {
    const [[count]] = await remoteRows(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } ${OUR_GRAPHS} }`);
    return Number(/^"?(\d+)/.exec(count)?.[1]);
  }
});

/** The figures of `pushed N graphs (...), M triples to URL in S s`. */
function summary(lines: string[]): { graphs: number; triples: number } {
  const match = /^pushed (\d+) graphs .*, ([\d,]+) triples to /.exec(lines[lines.length - 1] ?? '');
  if (!match) throw new Error(`no push summary in: ${lines.join('\n')}`);
  return { graphs: Number(match[1]), triples: Number(match[2].replace(/,/g, '')) };
}

type JsonTerm = { type: string; value: string; 'xml:lang'?: string; datatype?: string };

/** SPARQL JSON results as a comparable set: the variables, and the rows sorted, language tags lower-cased. */
function asResultSet(json: string): boolean | { vars: string[]; rows: string[] } {
  const parsed = JSON.parse(json) as { head: { vars?: string[] }; boolean?: boolean; results?: { bindings: Array<Record<string, JsonTerm>> } };
  if (typeof parsed.boolean === 'boolean') return parsed.boolean;
  const vars = parsed.head.vars ?? [];
  const rows = parsed.results!.bindings.map((row) => JSON.stringify(vars.map((v) => (row[v] ? termText(row[v]) : null))));
  return { vars, rows: rows.sort() };
}

function termText(term: JsonTerm): string {
  if (term.type === 'uri') return `<${term.value}>`;
  if (term.type === 'bnode') return '_:';
  if (term['xml:lang']) return `"${term.value}"@${term['xml:lang'].toLowerCase()}`;
  if (term.datatype === XSD_DURATION) return `"${durationSeconds(term.value)}"^^<${term.datatype}>`;
  return term.datatype ? `"${term.value}"^^<${term.datatype}>` : `"${term.value}"`;
}

const XSD_DURATION = 'http://www.w3.org/2001/XMLSchema#duration';

/**
 * A day-time duration's length in seconds. The one difference no query can undo: Virtuoso 7.2 stores an
 * xsd:duration as its number of seconds and gives that back (`"P7D"` comes back as `"604800.0"`), so
 * durations are compared by length. Year-month durations are left as written (they have no fixed length).
 */
function durationSeconds(value: string): string {
  if (/^-?\d+(\.\d+)?$/.test(value)) return String(Number(value));
  const m = /^(-?)P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!m) return value;
  const seconds = Number(m[2] ?? 0) * 86400 + Number(m[3] ?? 0) * 3600 + Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0);
  return String(m[1] ? -seconds : seconds);
}

/** Runs `step` with `vars` set in the environment, then puts the environment back. */
async function withEnv<T>(vars: Record<string, string>, step: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  Object.assign(process.env, vars);
  try {
    return await step();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
