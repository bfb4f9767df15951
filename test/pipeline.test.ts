import * as fs from 'fs';
import * as path from 'path';
import * as extract from '../src/extract';
import Parser = require('wikiparser-node');
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

describe('an article whose parse throws (out of memory, stack, a bug)', () => {
  it.each([new RangeError('Maximum heap size exceeded'), new RangeError('Maximum call stack size exceeded'), new TypeError('x is undefined')])(
    'is a failure of the build (not written, exit 1), not a parse diagnostic on a near-empty graph: %s',
    (error) => {
      jest.spyOn(Parser, 'parse').mockImplementation(() => {
        throw error;
      });
      const build = buildArticle({ title: 'T', lang: 'en', text: ENGLISH });
      expect(buildFailed(build)).toBe(true);
      expect(build.quads).toEqual([]);
      expect(build.diagnostics.map((d) => d.code)).toEqual(['internal-error']);
      expect(build.diagnostics[0].message).toContain(`${error.name}: ${error.message}`);
    },
  );
});

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
    // In this thread (--jobs 0), where the spy is: worker threads load their own copy of the pipeline.
    const run = await runCli(['build', 'in', '--out', 'graphs', '--no-validate', '--jobs', '0'], { cwd });
    expect(run.code).toBe(1);
    expect(fs.readdirSync(path.join(cwd, 'graphs', 'en')).sort()).toEqual(['a.ttl', 'c.ttl']);
    expect(run.errorLines).toContainEqual(expect.stringMatching(/^in\/b\.wiki:1:1: error: internal error \(please report it\): TypeError/));
    expect(run.errorLines[run.errorLines.length - 1]).toMatch(/^built 3 articles, .*; 1 failed \(internal error, not written\)$/);
  });
});
