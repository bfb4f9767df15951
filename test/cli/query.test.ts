import * as path from 'path';
import { runCli, tempDir, writeTree } from './helpers';

const DATA = `@prefix ex: <http://example.org/> .
ex:seoul ex:name "Seoul" ; ex:population 9411000 .
ex:busan ex:name "Busan" .
`;
const ONTOLOGY = `@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:name rdfs:label "name"@en .
`;
const NAMES = '# Which cities have a name?\n# (the name of each city)\nPREFIX ex: <http://example.org/>\nSELECT ?name WHERE { ?city ex:name ?name } ORDER BY ?name\n';
const LABELS = '# What does the ontology label?\nSELECT ?label WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?label }\n';

/** A package root with the ontology and two shipped queries, and a working directory with data in `graphs/`. */
function setup(): { cwd: string; packageRoot: string } {
  const packageRoot = writeTree(tempDir(), {
    'ontology/wikikg.ttl': ONTOLOGY,
    'queries/01-names.rq': NAMES,
    'queries/02-labels.rq': LABELS,
  });
  const cwd = writeTree(tempDir(), { 'graphs/cities.ttl': DATA, 'graphs/notes.md': 'not RDF', 'my.rq': NAMES });
  return { cwd, packageRoot };
}

async function query(...argv: string[]) {
  return runCli(['query', '--data', 'graphs', ...argv], setup());
}

describe('wikikg query answers', () => {
  it('a query given with --sparql, as JSON', async () => {
    const run = await query('--sparql', 'SELECT (COUNT(*) AS ?n) WHERE { ?s <http://example.org/name> ?o }', '--format', 'json');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.stringify(JSON.parse(run.stdout))).toContain('2');
  });

  it('a query file, as CSV', async () => {
    const run = await query('my.rq', '--format', 'csv');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split(/\r?\n/)).toEqual(['name', 'Busan', 'Seoul']);
  });

  it('a shipped query by name, as a table', async () => {
    const run = await query('01-names');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Busan');
    expect(run.stdout).toContain('Seoul');
  });

  it('a query from standard input', async () => {
    const run = await runCli(['query', '-', '--data', 'graphs', '--format', 'tsv'], { ...setup(), stdin: NAMES });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"Seoul"');
  });

  it('over the ontology too', async () => {
    const run = await query('02-labels', '--format', 'csv');
    expect(run.stdout.trim().split(/\r?\n/)).toEqual(['label', 'name']);
  });

  it('every shipped query with --all, in order, each under its comment header', async () => {
    const run = await query('--all');
    expect(run.code).toBe(0);
    const names = run.stdout.indexOf('# Which cities have a name?\n# (the name of each city)\n');
    const labels = run.stdout.indexOf('\n\n# What does the ontology label?\n');
    expect(names).toBe(0);
    expect(labels).toBeGreaterThan(run.stdout.indexOf('Seoul'));
    expect(run.stdout).not.toContain('PREFIX');
  });
});

describe('wikikg query fails with one line', () => {
  /** Runs `argv` in a fresh setup (with `cwd` changes) and returns the exit code and single stderr line. */
  async function failure(argv: string[], files: Record<string, string> = {}) {
    const { cwd, packageRoot } = setup();
    writeTree(cwd, files);
    const run = await runCli(['query', ...argv], { cwd, packageRoot });
    expect(run.errorLines).toHaveLength(1);
    expect(run.stdout).toBe('');
    return { code: run.code, line: run.errorLines[0] };
  }

  it('when there is nothing built yet', async () => {
    expect(await failure(['--all'])).toEqual({ code: 1, line: 'wikikg: no RDF files in output/; run `wikikg build` first' });
  });
  it('when the data folder has no RDF', async () => {
    expect(await failure(['--all', '--data', 'empty'], { 'empty/readme.md': 'x' })).toEqual({ code: 1, line: 'wikikg: no RDF files in empty; run `wikikg build` first' });
  });
  it('on malformed SPARQL, naming the query', async () => {
    const { code, line } = await failure(['--data', 'graphs', '--sparql', 'SELEC ?x WHERE {}']);
    expect(code).toBe(1);
    expect(line).toMatch(/^wikikg: --sparql: SPARQL syntax error/);
  });
  it('on a data file that is not valid RDF, naming it', async () => {
    const { code, line } = await failure(['--data', 'graphs', '--all'], { 'graphs/broken.ttl': '<urn:a> <urn:b> .' });
    expect(code).toBe(1);
    expect(line).toMatch(new RegExp(`^wikikg: ${path.join('graphs', 'broken.ttl').replace(/\./g, '\\.')}: `));
  });
  it('on an unknown query name, listing the shipped ones', async () => {
    expect(await failure(['--data', 'graphs', 'nosuch'])).toEqual({ code: 1, line: "wikikg: no query named 'nosuch'; the shipped queries are: 01-names, 02-labels" });
  });
  it('on a missing query file', async () => {
    expect(await failure(['--data', 'graphs', 'missing.rq'])).toEqual({ code: 1, line: 'wikikg: no such query file: missing.rq' });
  });
  it('with no query (usage)', async () => expect((await failure(['--data', 'graphs'])).code).toBe(2));
  it('with two queries (usage)', async () => expect((await failure(['my.rq', '--all'])).code).toBe(2));
  it('with an unknown format (usage)', async () => {
    expect(await failure(['--all', '--format', 'xml'])).toEqual({
      code: 2,
      line: "wikikg: option --format must be one of table, json, csv, tsv (got 'xml') (see 'wikikg query --help')",
    });
  });
});

describe('wikikg query suggests', () => {
  it('the shipped query a misspelt name probably meant', async () => {
    const run = await runCli(['query', '--data', 'graphs', '01-nmaes'], setup());
    expect(run.errorLines).toEqual(["wikikg: no query named '01-nmaes'; did you mean '01-names'?"]);
  });
});
