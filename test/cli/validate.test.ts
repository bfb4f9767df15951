import * as fs from 'fs';
import * as path from 'path';
import { shippedShapes } from '../../src/validate';
import { parseRdf } from '../../src/export/serialize';
import { buildFailed, validateBuild } from '../../src/pipeline';
import { ROOT, seedBuild } from '../helpers/seedStore';
import { runCli, snapshot, tempDir, writeTree } from './helpers';

const SEED_TTL = fs.readFileSync(path.join(ROOT, 'output', 'zh', '南北共同聯絡辦公室.ttl'), 'utf8');
const SEED_WIKI = fs.readFileSync(path.join(ROOT, 'seeds', '南北共同聯絡辦公室.wiki'));
const SHAPES = fs.readFileSync(path.join(ROOT, 'ontology', 'shapes.ttl'), 'utf8');
const SEED_TRIPLES = parseRdf(SEED_TTL, 'ttl').length;
const OFFICE = '<https://w3id.org/wikikg/resource/zh/南北共同聯絡辦公室>';

/** The seed graph with one label of the office written without its language tag, and its opening date as text. */
const BROKEN_TTL = SEED_TTL.replace('"南北共同聯絡辦公室"@zh-hant;', '"南北共同聯絡辦公室";').replace(
  /wkg:openingDate "2018-09-14"\^\^xsd:date([;.])/,
  'wkg:openingDate "2018-09-14"$1',
);

/** The shipped shapes plus one the seed cannot meet: every person must hold a position. */
const STRICTER_SHAPES = `${SHAPES}
wkgsh:Person-positionHeld a sh:PropertyShape ; sh:targetClass wkg:Person ; sh:path wkg:positionHeld ;
    sh:minCount 1 ; sh:message "a person must hold a position" .
`;

describe('wikikg validate', () => {
  it('passes the seed graph and says so in one line', async () => {
    const cwd = writeTree(tempDir(), { 'output/seed.ttl': SEED_TTL });
    const run = await runCli(['validate'], { cwd });
    expect(run).toMatchObject({ code: 0, errorLines: [] });
    expect(run.stdout).toBe(`output/: 1 file, ${SEED_TRIPLES} triples: 0 violations, 0 warnings; conforms\n`);
  });

  it('lists each violation on one line and exits 1', async () => {
    const cwd = writeTree(tempDir(), { 'graphs/good.ttl': SEED_TTL, 'graphs/bad.ttl': BROKEN_TTL });
    const run = await runCli(['validate', '--data', 'graphs'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toEqual([
      `graphs/bad.ttl: violation: ${OFFICE} rdfs:label: rdfs:label must be a non-empty string with a language tag (value "南北共同聯絡辦公室")`,
      `graphs/bad.ttl: violation: ${OFFICE} wkg:openingDate: wkg:openingDate must be an xsd:date, xsd:gYearMonth or xsd:gYear (value "2018-09-14")`,
      `graphs: 2 files, ${2 * SEED_TRIPLES} triples: 2 violations, 0 warnings; 1 file does not conform`,
      '',
    ]);
  });

  it('reports in JSON with full IRIs and N-Triples values', async () => {
    const cwd = writeTree(tempDir(), { 'output/bad.ttl': BROKEN_TTL });
    const run = await runCli(['validate', '--format', 'json'], { cwd });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ conforms: false, files: [{ file: 'output/bad.ttl', conforms: false, triples: SEED_TRIPLES }] });
    expect(report.files[0].violations[1]).toEqual({
      focusNode: 'https://w3id.org/wikikg/resource/zh/南北共同聯絡辦公室',
      path: 'https://w3id.org/wikikg/ontology#openingDate',
      message: 'wkg:openingDate must be an xsd:date, xsd:gYearMonth or xsd:gYear',
      severity: 'Violation',
      shape: 'https://w3id.org/wikikg/shapes#wkg-openingDate-date',
      value: '"2018-09-14"',
    });
  });

  it('checks against other shapes with --shapes', async () => {
    const cwd = writeTree(tempDir(), { 'output/seed.ttl': SEED_TTL, 'strict.ttl': STRICTER_SHAPES });
    const run = await runCli(['validate', '--shapes', 'strict.ttl'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^output\/seed\.ttl: violation: <[^>]+> wkg:positionHeld: a person must hold a position$/m);
  });

  it.each([
    ['no graphs to check', {}, [], 'wikikg: no RDF files in output/; run `wikikg build` first'],
    ['a graph that does not parse', { 'output/x.ttl': '<urn:a> <urn:b> .' }, [], /^wikikg: output\/x\.ttl: /],
    ['a missing shapes file', { 'output/x.ttl': SEED_TTL }, ['--shapes', 'none.ttl'], 'wikikg: no such shapes file: none.ttl'],
    ['shapes that do not parse', { 'output/x.ttl': SEED_TTL, 's.ttl': 'ex:a a ex:B .' }, ['--shapes', 's.ttl'], /^wikikg: s\.ttl: /],
  ])('fails with one line on %s', async (_, files, argv, line) => {
    const run = await runCli(['validate', ...argv], { cwd: writeTree(tempDir(), files) });
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.errorLines).toHaveLength(1);
    expect(run.errorLines[0]).toEqual(typeof line === 'string' ? line : expect.stringMatching(line));
  });
});

describe('wikikg build validates what it writes', () => {
  it('refuses to write a graph that violates the shapes, and exits 1', async () => {
    const packageRoot = writeTree(tempDir(), { 'ontology/shapes.ttl': STRICTER_SHAPES });
    const cwd = writeTree(tempDir(), { 'in/office.wiki': SEED_WIKI, 'output/old.ttl': '<urn:a> <urn:b> <urn:c> .\n' });
    const before = snapshot(path.join(cwd, 'output'));
    const run = await runCli(['build', 'in/office.wiki', '--title', '南北共同聯絡辦公室', '--lang', 'zh'], { cwd, packageRoot });
    expect(run.code).toBe(1);
    expect(run.errorLines[0]).toMatch(/^in\/office\.wiki: violation: <[^>]+> wkg:positionHeld: a person must hold a position$/);
    expect(run.errorLines.at(-1)).toMatch(/; 1 failed \(internal error, not written\)$/);
    expect(snapshot(path.join(cwd, 'output'))).toEqual(before);
  });

  it('writes it anyway with --no-validate', async () => {
    const packageRoot = writeTree(tempDir(), { 'ontology/shapes.ttl': STRICTER_SHAPES });
    const cwd = writeTree(tempDir(), { 'in/office.wiki': SEED_WIKI });
    const run = await runCli(['build', 'in/office.wiki', '--title', '南北共同聯絡辦公室', '--lang', 'zh', '--no-validate'], { cwd, packageRoot });
    expect(run.code).toBe(0);
    expect(fs.readdirSync(path.join(cwd, 'output', 'zh'))).toEqual(['office.ttl']);
  });

  it('marks a build whose quads break the shipped shapes as failed, through the same check', async () => {
    const good = seedBuild();
    const broken = { ...good, quads: good.quads.filter((q) => !q.predicate.value.endsWith('#wasDerivedFrom')), diagnostics: [...good.diagnostics] };
    const lines = await validateBuild(broken, shippedShapes(ROOT));
    await validateBuild(good, shippedShapes(ROOT));
    expect(buildFailed(broken)).toBe(true);
    expect(buildFailed(good)).toBe(false);
    expect(lines[0]).toMatch(/^南北共同聯絡辦公室: violation: <[^>]+\/statement\/[^>]+> prov:wasDerivedFrom: a statement needs a source/);
    expect(lines.at(-1)).toMatch(/^南北共同聯絡辦公室: … and \d+ more$/);
  });
});
