import * as fs from 'fs';
import * as path from 'path';
import * as extract from '../src/extract';
import { buildArticle, buildFailed } from '../src/pipeline';
import { runCli, tempDir, writeTree } from './cli/helpers';

const ENGLISH = "'''Kaesong Industrial Region''' is an industrial park in [[North Korea]].\n";

/** Makes the extract stage fail on articles whose text contains `marker`, as a bug in it would. */
function failExtractionOn(marker: string): jest.SpyInstance {
  const real = extract.extractFacts;
  return jest.spyOn(extract, 'extractFacts').mockImplementation((article, extractors) => {
    if (article.source.text.includes(marker)) throw new TypeError('cannot read properties of undefined');
    return real(article, extractors);
  });
}

afterEach(() => jest.restoreAllMocks());

describe('buildArticle when a stage after parsing throws', () => {
  it('returns an internal-error diagnostic instead of throwing', () => {
    failExtractionOn('BOOM');
    const build = buildArticle({ title: 'T', lang: 'en', text: 'BOOM' });
    expect(buildFailed(build)).toBe(true);
    expect(build.quads).toEqual([]);
    expect(build.diagnostics).toContainEqual(expect.objectContaining({ code: 'internal-error', line: 1, column: 1, message: expect.stringMatching(/TypeError: cannot read/) }));
  });
});

describe('wikikg build with one article that fails inside wikikg', () => {
  it('writes the others, names the failure, and exits 1', async () => {
    failExtractionOn('BOOM');
    const cwd = writeTree(tempDir(), { 'in/a.wiki': ENGLISH, 'in/b.wiki': `${ENGLISH}BOOM\n`, 'in/c.wiki': ENGLISH });
    const run = await runCli(['build', 'in', '--out', 'graphs', '--no-validate'], { cwd });
    expect(run.code).toBe(1);
    expect(fs.readdirSync(path.join(cwd, 'graphs')).sort()).toEqual(['a.ttl', 'c.ttl']);
    expect(run.errorLines).toContainEqual(expect.stringMatching(/^in\/b\.wiki:1:1: error: internal error \(please report it\): TypeError/));
    expect(run.errorLines[run.errorLines.length - 1]).toMatch(/^built 3 articles, .*; 1 failed \(internal error, not written\)$/);
  });
});
