import * as fs from 'fs';
import { barProblems, DEFAULT_DEVSET, DEFAULT_REALSET, GOLD_BAR, formatRow, NEGATIVE_KINDS, parseScorerOutput, POSITIVE_KINDS, readGold, realsetFiles, scoreSet, type GoldScore } from '../../scripts/devsetScore';
import { runCli, tempDir } from '../cli/helpers';
import { ROOT } from '../helpers/seedStore';

/**
 * The real set (../shared/realset, next to the repository; docs/QUALITY.md): 14 real zhwiki articles built with
 * the CLI and scored by the dev set's scorer against the real set's gold (`score.js OUT --gold
 * ../shared/realset/gold.tsv`). As for the dev set, positives must reach GOLD_BAR of their total and every
 * negative (`not-joined`, `not-person`, `not-org`, `not-name`) must hold. Without the real set (or the dev set's
 * scorer) the test is skipped, unless CI is set.
 */
const realset = realsetFiles(DEFAULT_REALSET, DEFAULT_DEVSET);

describe("the scorer's output on the real set's kinds is read into counts", () => {
  // One row of every kind the scorer knows; each `not-` kind is a negative, whichever it is.
  const kinds = [...POSITIVE_KINDS, ...NEGATIVE_KINDS];
  const rows = kinds.map((kind, i) => `${i % 3 === 0 ? 'fail' : 'ok'}\tR\tR-${i}\t${kind}\tx\t${kind === 'joined' || kind === 'not-joined' ? 'y' : ''}`);
  const held = (list: string[]) => rows.filter((r, i) => list.includes(kinds[i]) && r.startsWith('ok')).length;
  const posHeld = held([...POSITIVE_KINDS]);
  const negHeld = held([...NEGATIVE_KINDS]);
  const output = [
    `devset: 1 RDF files, 10 quads, ${rows.length} gold rows`,
    ...rows,
    `devset: R: ${posHeld + negHeld}/${rows.length}`,
    `devset: 0 of the ${negHeld} negatives held only because a name is absent`,
    `devset: held ${posHeld + negHeld}/${rows.length} (50%) — positives ${posHeld}/${POSITIVE_KINDS.length}, negatives ${negHeld}/${NEGATIVE_KINDS.length}`,
  ].join('\n');

  it('counts place, event and name as positives and every not- kind as a negative', () => {
    const score = parseScorerOutput(output);
    expect(score.positives).toEqual({ held: posHeld, total: POSITIVE_KINDS.length });
    expect(score.negatives).toEqual({ held: negHeld, total: NEGATIVE_KINDS.length });
    for (const [i, kind] of kinds.entries()) expect([kind, score.byKind[kind]]).toEqual([kind, { held: i % 3 === 0 ? 0 : 1, total: 1 }]);
    expect(score.failures.map((r) => r.kind)).toEqual(kinds.filter((_, i) => i % 3 === 0));
    expect(barProblems(score)).toEqual([
      `positives ${posHeld}/8 (${Math.round((posHeld / 8) * 100)}%) are below 85%`,
      `${NEGATIVE_KINDS.length - negHeld} negative row(s) fail`,
    ]);
  });

  it('a kind the scorer reports but this reader does not list is still counted, by the scorer’s rule', () => {
    const score = parseScorerOutput(['ok\tR\tR-1\tnot-place\tx\t', 'ok\tR\tR-2\tplace\tx\t', 'devset: held 2/2 (100%) — positives 1/1, negatives 1/1'].join('\n'));
    expect(score.byKind['not-place']).toEqual({ held: 1, total: 1 });
    expect(barProblems(score)).toEqual([]);
  });

  it('a score with no positive row does not meet the bar', () => {
    expect(barProblems(parseScorerOutput('devset: held 0/0 (0%) — positives 0/0, negatives 0/0\n'))).toEqual(['no positive row was scored']);
  });
});

if (!realset.present && !process.env.CI) {
  it.skip(`scores the real set (missing: ${realset.missing.join(', ')}; it lives next to the repository)`, () => undefined);
  console.log(`realset.test: skipped, missing ${realset.missing.join(', ')}`);
} else {
  describe('the real set (../shared/realset)', () => {
    let score: GoldScore;
    let out = '';

    beforeAll(async () => {
      if (!realset.present) throw new Error(`missing ${realset.missing.join(', ')} (CI is set, so the real set and the dev set's scorer must be there)`);
      out = tempDir('wikikg-realset-');
      const run = await runCli(['build', realset.articles, '--out', out], { cwd: ROOT, packageRoot: ROOT });
      if (run.code !== 0) throw new Error(`wikikg build failed (exit ${run.code}): ${run.errorLines.slice(-3).join(' | ')}`);
      score = scoreSet({ set: realset, out });
    }, 300_000);

    afterAll(() => {
      if (out) fs.rmSync(out, { recursive: true, force: true });
    });

    it(`holds ${Math.round(GOLD_BAR * 100)}% of the positive rows and every negative row`, () => {
      const problems = barProblems(score);
      const failing = score.failures.map((r) => `  fail\t${formatRow(r)}`).join('\n');
      expect(problems.length === 0 ? '' : `${problems.join('; ')}; failing rows:\n${failing}`).toBe('');
    });

    it('scored every row of its gold, with no scorer complaint (an unknown kind, a failed query, a file it could not load)', () => {
      expect(score.messages).toEqual([]);
      expect(score.rows.map((r) => r.id)).toEqual(readGold(realset.gold).map((r) => r.id));
    });
  });
}
