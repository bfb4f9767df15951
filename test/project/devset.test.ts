import { barProblems, DEFAULT_DEVSET, GOLD_BAR, devsetFiles, formatRow, parseScorerOutput, scoreSet, type GoldScore } from '../../scripts/devsetScore';
import { runCli, tempDir } from '../cli/helpers';
import { ROOT } from '../helpers/seedStore';

/**
 * The development set (../shared/devset, next to the repository; docs/QUALITY.md): its 12 articles built with
 * the CLI and scored by its own scorer. Positives must reach GOLD_BAR of their total and every negative
 * (`not-joined`) must hold. Without the dev set the test is skipped, unless CI is set.
 */
const devset = devsetFiles(DEFAULT_DEVSET);

describe('the dev-set scorer output is read into counts', () => {
  const output = [
    'devset: 2 RDF files, 10 quads, 4 gold rows',
    'ok\tA\tA-1\tjoined\tx\ty',
    'fail\tA\tA-2\tdated\tx\t2000-01-02\t(x: named)',
    'ok\tB\tB-1\tnot-joined\tx\tz\t(vacuous: no z in the graph)',
    'fail\tB\tB-2\tnot-joined\tx\ty',
    'devset: A: 1/2',
    'devset: B: 1/2',
    'devset: 1 of the 1 negatives held only because a name is absent',
    'devset: held 2/4 (50%) — positives 1/2, negatives 1/2',
  ].join('\n');

  it('per kind, per article, in total, with the failing rows', () => {
    const score = parseScorerOutput(output);
    expect([score.positives, score.negatives, score.vacuous]).toEqual([{ held: 1, total: 2 }, { held: 1, total: 2 }, 1]);
    expect(score.byKind.joined).toEqual({ held: 1, total: 1 });
    expect(score.byKind.dated).toEqual({ held: 0, total: 1 });
    expect(score.byKind.person).toEqual({ held: 0, total: 0 });
    expect(score.byArticle).toEqual({ A: { held: 1, total: 2 }, B: { held: 1, total: 2 } });
    expect(score.failures.map((r) => r.id)).toEqual(['A-2', 'B-2']);
    expect(score.messages).toEqual([]);
    expect(barProblems(score)).toEqual(['positives 1/2 (50%) are below 85%', '1 negative row(s) fail']);
    expect(barProblems(score, 0.5)).toEqual(['1 negative row(s) fail']);
  });

  it('refuses output without the summary line, or whose rows disagree with it', () => {
    expect(() => parseScorerOutput('ok\tA\tA-1\tjoined\tx\ty\n')).toThrow(/no "devset: held/);
    expect(() => parseScorerOutput('devset: held 1/1 (100%) — positives 1/1, negatives 0/0\n')).toThrow(/disagree/);
  });
});

if (!devset.present && !process.env.CI) {
  it.skip(`scores the dev set (not found at ${DEFAULT_DEVSET}; it lives next to the repository)`, () => undefined);
  console.log(`devset.test: skipped, no dev set at ${DEFAULT_DEVSET}`);
} else {
  describe('the dev set (../shared/devset)', () => {
    let score: GoldScore;

    beforeAll(async () => {
      if (!devset.present) throw new Error(`no dev set at ${DEFAULT_DEVSET} (CI is set, so it must be there)`);
      const out = tempDir('wikikg-devset-');
      const run = await runCli(['build', devset.articles, '--out', out], { cwd: ROOT, packageRoot: ROOT });
      if (run.code !== 0) throw new Error(`wikikg build failed (exit ${run.code}): ${run.errorLines.slice(-3).join(' | ')}`);
      score = scoreSet({ set: devset, out });
    }, 180_000);

    it(`holds ${Math.round(GOLD_BAR * 100)}% of the positive rows and every negative row`, () => {
      const problems = barProblems(score);
      const failing = score.failures.map((r) => `  fail\t${formatRow(r)}`).join('\n');
      expect(problems.length === 0 ? '' : `${problems.join('; ')}; failing rows:\n${failing}`).toBe('');
    });
  });
}
