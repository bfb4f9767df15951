import { readFileSync } from 'fs';
import { join } from 'path';
import { CORPUS, corpusPresent, deepProblemsOf, deepSample, LANGUAGE_SAMPLE_LENGTH, manifest, problemsOf, smallestOf, type ManifestEntry } from './corpus';

if (!corpusPresent) {
  it.skip(`builds the shared corpus (not found at ${CORPUS}; it lives next to the repository)`, () => undefined);
} else {
  const entries = manifest();
  const sample = deepSample(entries);
  const byLanguage = new Map<string, ManifestEntry[]>();
  for (const entry of entries) byLanguage.set(entry.lang, [...(byLanguage.get(entry.lang) ?? []), entry]);

  describe('every article of the shared corpus', () => {
    it('is listed in the manifest, 562 of them in 121 languages', () => {
      expect([entries.length, byLanguage.size]).toEqual([562, 121]);
    });

    it.each([...byLanguage].map(([lang, list]) => [lang, list.length, list] as const))(
      'in %s (%i) builds into a sound graph that n3 reads back; a sample also meets rdflib, oxigraph and the shapes',
      async (_lang, _count, list) => {
        const sources = list.map((entry) => ({ title: entry.title, lang: entry.lang, text: readFileSync(join(CORPUS, entry.file), 'utf8'), origin: entry.file }));
        const problems = await problemsOf(sources, (source) => sample.has(source.origin!));
        const smallest = sources[list.indexOf(smallestOf(list))];
        const start = { ...smallest, text: smallest.text.slice(0, LANGUAGE_SAMPLE_LENGTH), origin: `${smallest.origin} (first ${LANGUAGE_SAMPLE_LENGTH} characters)` };
        problems.push(...(await deepProblemsOf(start)));
        expect(problems).toEqual([]);
      },
    );
  });
}
