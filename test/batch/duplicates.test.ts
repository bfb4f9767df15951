/** Which copies of a repeated title a build builds: the last in input order, told once (see `src/batch/duplicates.ts`). */
import { LaterCopies, RepeatedTitles } from '../../src/batch/duplicates';

const copy = (title: string, origin: string, revision?: string) => ({ title, lang: 'en', text: 'x', origin, ...(revision ? { revision } : {}) });

describe('later copies of one title', () => {
  it('builds only the last of three copies and names the others in one note; other titles pass', () => {
    const repeated = new RepeatedTitles();
    repeated.repeat('en', 'Foo bar');
    repeated.repeat('en', 'Foo bar');
    const copies = new LaterCopies(repeated);
    const notes: string[] = [];
    const note = (line: string) => notes.push(line);
    const admitted = [
      copies.admit(copy('Foo bar', 'a.xml[Foo bar]', '1'), note),
      copies.admit(copy('Other', 'b.wiki'), note),
      copies.admit(copy('Foo bar', 'a.xml[foo_bar]', '2'), note),
      copies.admit(copy('Foo bar', 'Foo_bar.wiki'), note),
    ];
    expect(admitted).toEqual([false, true, false, true]);
    expect(notes).toEqual(['en:Foo bar: the title is given 3 times; built from the last, Foo_bar.wiki, not from a.xml[Foo bar] revision 1, a.xml[foo_bar] revision 2']);
    expect(copies.unmet()).toEqual([]);
  });

  it('tells a title whose last copy the build never met, and builds a copy past the count', () => {
    const repeated = new RepeatedTitles();
    repeated.repeat('en', 'Gone');
    repeated.repeat('en', 'Foo');
    const copies = new LaterCopies(repeated);
    const note = () => undefined;
    expect(copies.admit(copy('Gone', 'gone.wiki'), note)).toBe(false);
    expect([copies.admit(copy('Foo', 'a.wiki'), note), copies.admit(copy('Foo', 'b.wiki'), note), copies.admit(copy('Foo', 'c.wiki'), note)]).toEqual([false, true, true]);
    expect(copies.unmet()).toEqual(['en:Gone: the inputs no longer hold the later copy the pre-pass read, so gone.wiki was not built; build again']);
  });
});
