import * as fs from 'fs';
import * as path from 'path';
import type { RunningServer } from '../../src/serve/server';
import { runCli, tempDir } from '../cli/helpers';
import { ensureVirtuoso, startVirtuoso, type VirtuosoServer } from '../helpers/virtuoso';
import { ROOT, serve } from './helpers';

/**
 * The dataset as the builds made it, asked alike here and on a real quad store: the seed's build is
 * served by `wikikg serve` and pushed to Debian's Virtuoso 7.2 (one named graph per article, one for the
 * ontology), and questions about graphs (GRAPH ?g, FROM, FROM NAMED, the default graph as the union of
 * them) give the same values from both.
 */
const ARTICLE = 'https://w3id.org/wikikg/article/zh/南北共同聯絡辦公室';
const ONTOLOGY = 'https://w3id.org/wikikg/ontology';
/** Virtuoso keeps graphs of its own; the questions look at ours. */
const OURS = 'FILTER (STRSTARTS(STR(?g), "https://w3id.org/wikikg/"))';

const QUESTIONS: Array<[string, string]> = [
  ['which graphs there are', `SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } ${OURS} }`],
  ['how many triples each graph holds', `SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } ${OURS} } GROUP BY ?g`],
  ['who is a person in the article (FROM)', `SELECT ?person FROM <${ARTICLE}> WHERE { ?person a wkg:Person }`],
  ['how many classes the ontology declares (FROM)', `SELECT (COUNT(DISTINCT ?class) AS ?n) FROM <${ONTOLOGY}> WHERE { ?class a owl:Class }`],
  ['which graph names a person (FROM NAMED)', `SELECT ?g ?person FROM NAMED <${ARTICLE}> WHERE { GRAPH ?g { ?person a wkg:Person } }`],
  ['the English name of a post-holder\'s class (千海成), across the two graphs (the union as default graph)', `SELECT ?name WHERE { <https://w3id.org/wikikg/resource/zh/千海成> a ?class . ?class rdfs:label ?name FILTER (LANG(?name) = "en") }`],
  ['how many founders the union holds', 'SELECT (COUNT(*) AS ?n) WHERE { ?office wkg:foundedBy ?founder }'],
];

const available = ensureVirtuoso();
if (!available.ok) {
  if (process.env.CI) throw new Error(`Virtuoso is needed in CI: ${available.reason}`);
  console.warn(`skipping the named-graph comparison with Virtuoso: ${available.reason}`);
}
const describeWithVirtuoso = available.ok ? describe : describe.skip;

describeWithVirtuoso('named graphs, here and on Virtuoso', () => {
  let virtuoso: VirtuosoServer | undefined;
  let server: RunningServer | undefined;

  beforeAll(async () => {
    [virtuoso, server] = await Promise.all([startVirtuoso(), serve('output', { workers: 1 })]);
    // A copy is pushed: push writes its journal (push-journal.tsv) beside the data, and output/ is committed.
    const data = path.join(tempDir('wikikg-named-graphs-'), 'output');
    fs.cpSync(path.join(ROOT, 'output'), data, { recursive: true });
    const push = await runCli(['push', '--endpoint', virtuoso.endpoint, '--data', data], { cwd: ROOT });
    if (push.code !== 0) throw new Error(`push failed:\n${push.stderr}`);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await virtuoso?.stop();
  }, 60_000);

  /** The values of each row, sorted, as one line each (datatypes and language tags aside). */
  async function values(endpoint: string, sparql: string): Promise<string[]> {
    const run = await runCli(['query', '--sparql', sparql, '--endpoint', endpoint, '--format', 'json']);
    expect(run.stderr).toBe('');
    const parsed = JSON.parse(run.stdout) as { head: { vars: string[] }; results: { bindings: Array<Record<string, { value: string }>> } };
    return parsed.results.bindings.map((row) => parsed.head.vars.map((v) => row[v]?.value ?? '').join(' | ')).sort();
  }

  it.each(QUESTIONS)('answers %s alike', async (_what, sparql) => {
    const here = await values(`${server!.origin}/sparql`, sparql);
    expect(here.length).toBeGreaterThan(0);
    expect(await values(virtuoso!.endpoint, sparql)).toEqual(here);
  });
});
