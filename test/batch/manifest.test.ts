import { Manifest, MANIFEST_COLUMNS } from '../../src/batch/manifest';
import { progressText, ProgressLine } from '../../src/batch/progress';

const entry = (title: string, lang = 'en') => ({
  lang,
  title,
  revision: '12',
  source_sha256: 'a'.repeat(64),
  output: `${lang}/${title}.ttl`,
  graph: `https://w3id.org/wikikg/article/${lang}/${title}`,
  triples: 7,
  sha256: 'b'.repeat(64),
  build: 'wikikg 0.1.0 code:0123456789ab format=ttl',
});

describe('the manifest', () => {
  it('reads back what it writes, in code point order of language and title, escaping tabs and line breaks', () => {
    const manifest = new Manifest();
    for (const e of [entry('Zeta'), entry('Alpha\tBeta\\n'), entry('柏林', 'zh')]) manifest.set(e);
    const text = manifest.format();
    expect(text.split('\n')[0]).toBe(MANIFEST_COLUMNS.join('\t'));
    expect(text.split('\n').slice(1, -1).map((line) => line.split('\t')[1])).toEqual(['Alpha\\tBeta\\\\n', 'Zeta', '柏林']);
    const again = Manifest.parse(text, 'manifest.tsv');
    expect(again.get('en', 'Alpha\tBeta\\n')).toEqual(entry('Alpha\tBeta\\n'));
    expect(again.format()).toBe(text);
  });

  it('refuses a file that is not a manifest, and a malformed row, naming the line', () => {
    expect(() => Manifest.parse('title\n', 'm.tsv')).toThrow('m.tsv: not a wikikg manifest');
    expect(() => Manifest.parse(`${MANIFEST_COLUMNS.join('\t')}\nen\tA\nen\tB\n`, 'm.tsv')).toThrow('m.tsv:2: malformed row');
  });
});

describe('the progress line', () => {
  const counts = { built: 90, failed: 0, otherShards: 0, unchanged: 10, replaced: 0, overBudget: 0, facts: 0, triples: 0, diagnostics: 0 };

  it('says articles, rate, how far into the input and the time left', () => {
    expect(progressText(counts, { bytesRead: 25 * 1024 * 1024, totalBytes: 100 * 1024 * 1024 }, 10)).toBe('100 articles (9.0/s), 25% of 100.0 MB, about 30 s left');
    expect(progressText({ ...counts, failed: 2 }, { bytesRead: 0, totalBytes: 0 }, 0)).toBe('100 articles (0.0/s), 2 failed');
  });

  it('draws only on a terminal, at most once a second, and clears itself', () => {
    let now = 0;
    const written: string[] = [];
    const quiet = new ProgressLine({ write: (t: string) => written.push(t) }, () => now);
    quiet.update(counts, { bytesRead: 1, totalBytes: 2 });
    expect(written).toEqual([]);
    const line = new ProgressLine({ write: (t: string) => written.push(t), isTTY: true, columns: 40 }, () => now);
    now = 1000;
    line.update(counts, { bytesRead: 1, totalBytes: 2 });
    now = 1500;
    line.update(counts, { bytesRead: 1, totalBytes: 2 });
    line.clear();
    expect(written).toHaveLength(2);
    expect(written[0]).toMatch(/^\r\x1b\[2K100 articles/);
    expect(written[0].length).toBeLessThanOrEqual(4 + 39);
    expect(written[1]).toBe('\r\x1b[2K');
  });
});
