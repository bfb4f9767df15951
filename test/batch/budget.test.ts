/**
 * A budget per article (`--article-timeout`, `--article-memory`): a page of a pathological shape is
 * skipped with a note naming it, its input and the budget; its worker thread is replaced, the article
 * the worker held next is built all the same, and the build exits 0 as for a page over `--max-bytes`.
 * Outcomes only: the budgets stop the slow pages, so each test takes seconds, but no duration is asserted.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runCli, tempDir, writeTree } from '../cli/helpers';
import { heapLimits } from '../../src/batch/runner';
import { checkedManifest } from './faults';

const nested = (depth: number): string => `${'{{t|'.repeat(depth)}x${'}}'.repeat(depth)}`;
/** 2,000 templates 99 deep (1.2 MB): over 20 s of building on an idle core. */
const DEEP = `Intro.\n${`${nested(99)}\n`.repeat(2000)}`;
/** 200,000 templates in a row (1 MB): gigabytes of tree. */
const MANY = `Intro.\n${'{{x}}'.repeat(200000)}`;
const RIVER = "'''River''' is a river in [[Spain]].\n";
const TOWN = "'''Town''' is a town in [[France]].\n";

describe('an article over its time budget', () => {
  it('is skipped with a note, and the article its worker held next is built', async () => {
    // Deep comes first: the one worker holds it and River, which must come back to the queue.
    const cwd = writeTree(tempDir('wikikg-budget-'), { 'in/Deep.wiki': DEEP, 'in/River.wiki': RIVER, 'in/Town.wiki': TOWN });
    const run = await runCli(['build', 'in', '--out', 'out', '--jobs', '1', '--article-timeout', '1'], { cwd });
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.errorLines).toContain('in/Deep.wiki (Deep): skipped: took longer than 1 s (--article-timeout)');
    expect(run.errorLines[run.errorLines.length - 1]).toMatch(/^built 2 articles, .*; skipped 1 over budget \(--article-timeout, --article-memory\)$/);
    expect(run.code).toBe(0);
    const out = path.join(cwd, 'out');
    expect(fs.existsSync(path.join(out, 'en', 'Deep.ttl'))).toBe(false);
    expect(checkedManifest(out).all().map((e) => e.title)).toEqual(['River', 'Town']);
  });

  it("keeps an earlier build's file and row of the article, which still say what they were built from", async () => {
    const cwd = writeTree(tempDir('wikikg-budget-'), { 'in/Deep.wiki': "'''Deep''' is a lake.\n", 'in/River.wiki': RIVER });
    expect((await runCli(['build', 'in', '--out', 'out', '--jobs', '1'], { cwd })).code).toBe(0);
    const out = path.join(cwd, 'out');
    const before = checkedManifest(out).get('en', 'Deep')!;
    fs.writeFileSync(path.join(cwd, 'in', 'Deep.wiki'), DEEP);
    const run = await runCli(['build', 'in', '--out', 'out', '--jobs', '1', '--article-timeout', '1'], { cwd });
    expect(run.errorLines).toContain("in/Deep.wiki (Deep): skipped: took longer than 1 s (--article-timeout); the earlier build's file and row are kept");
    expect(run.code).toBe(0);
    expect(checkedManifest(out).get('en', 'Deep')).toEqual(before);
  });
});

describe('an article over its memory budget', () => {
  it('is skipped with a note naming the budget, and the others are built', async () => {
    const cwd = writeTree(tempDir('wikikg-budget-'), { 'in/Many.wiki': MANY, 'in/River.wiki': RIVER, 'in/Town.wiki': TOWN });
    const run = await runCli(['build', 'in', '--out', 'out', '--jobs', '1', '--article-memory', '64'], { cwd });
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.errorLines).toContain('in/Many.wiki (Many): skipped: needed more than 64 MB of memory (--article-memory)');
    expect(run.errorLines[run.errorLines.length - 1]).toMatch(/; skipped 1 over budget /);
    expect(run.code).toBe(0);
    const out = path.join(cwd, 'out');
    expect(fs.existsSync(path.join(out, 'en', 'Many.ttl'))).toBe(false);
    expect(checkedManifest(out).all().map((e) => e.title)).toEqual(['River', 'Town']);
  });
});

describe('the budget options', () => {
  it.each([
    ['--article-timeout', '0', /--article-timeout must be a positive number of seconds \(got '0'\)/],
    ['--article-timeout', 'soon', /--article-timeout must be a positive number of seconds/],
    ['--article-memory', '8', /--article-memory must be a whole number of MB from 16 \(got '8'\)/],
    ['--article-memory', '1.5', /--article-memory must be a whole number of MB/],
  ])('refuses %s %s', async (option, value, message) => {
    const cwd = writeTree(tempDir('wikikg-budget-'), { 'in/River.wiki': RIVER });
    const run = await runCli(['build', 'in', '--out', 'out', option, value], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(fs.existsSync(path.join(cwd, 'out'))).toBe(false);
  });
});

describe('heapLimits', () => {
  it('bounds the whole heap: the usual young generation when there is room, the old one the rest', () => {
    expect(heapLimits(1024)).toEqual({ maxYoungGenerationSizeMb: 384, maxOldGenerationSizeMb: 640 });
    expect(heapLimits(64)).toEqual({ maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 48 });
  });
});
