/**
 * A damaged `.bz2` dump: every page decoded before the damage comes out whole, then the damage is told
 * (or thrown) with the file and where. `fixtures/towns.xml.bz2` is 200 pages `Town 0` … `Town 199`, each
 * the paragraph below 20 times, compressed with `bzip2 -1` (100 kB blocks, so five blocks).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readDumpPages, type DumpPage } from '../../src/source/xmlDump';

const FIXTURE = fs.readFileSync(path.join(__dirname, 'fixtures', 'towns.xml.bz2'));
const paragraph = (title: string): string => `'''${title}''' is a town in [[North Korea]]. It was founded in 1901 by [[Kim Example]]. The town has 12,000 inhabitants.\n\n`.repeat(20);

function fileWith(bytes: Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wikikg-bz2-')), 'towns.xml.bz2');
  fs.writeFileSync(file, bytes);
  return file;
}

/** The pages read, and what was told or thrown at the end. */
async function read(file: string, told: boolean): Promise<{ pages: DumpPage[]; damage?: string; thrown?: string }> {
  const pages: DumpPage[] = [];
  let damage: string | undefined;
  try {
    for await (const { page } of readDumpPages(file, told ? { onDamage: (error) => (damage = error.message) } : {})) pages.push(page);
  } catch (error) {
    return { pages, thrown: (error as Error).message };
  }
  return { pages, ...(damage !== undefined ? { damage } : {}) };
}

/** The pages are Town 0 … Town n-1, each whole. */
function expectWholePrefix(pages: DumpPage[]): void {
  expect(pages.map((p) => p.title)).toEqual(pages.map((_, i) => `Town ${i}`));
  for (const page of pages) expect(page.text).toBe(paragraph(page.title));
}

describe('a damaged .bz2 dump', () => {
  it('reads whole when undamaged', async () => {
    const { pages, damage, thrown } = await read(fileWith(FIXTURE), true);
    expect([pages.length, damage, thrown]).toEqual([200, undefined, undefined]);
    expectWholePrefix(pages);
  });

  it('cut at half: gives every page of the blocks before the cut, then tells where the file ends', async () => {
    const cut = Math.floor(FIXTURE.length / 2);
    const { pages, damage } = await read(fileWith(FIXTURE.subarray(0, cut)), true);
    expect(pages.length).toBeGreaterThan(40);
    expect(pages.length).toBeLessThan(200);
    expectWholePrefix(pages);
    expect(damage).toMatch(new RegExp(`^.*towns\\.xml\\.bz2: the file ends inside a bzip2 block \\(cut short at byte ${cut}\\), after \\d+ bytes of XML$`));
  });

  it('a corrupt block: gives the pages before it, then names the damage and the byte it was found by', async () => {
    const bytes = Buffer.from(FIXTURE);
    const at = Math.floor(bytes.length * 0.6);
    for (let i = at; i < at + 16; i++) bytes[i] ^= 0x55;
    const { pages, damage } = await read(fileWith(bytes), true);
    expect(pages.length).toBeGreaterThan(40);
    expect(pages.length).toBeLessThan(200);
    expectWholePrefix(pages);
    expect(damage).toMatch(/towns\.xml\.bz2: a damaged bzip2 block( \([^)]+\))? at or before byte \d+ of \d+, after \d+ bytes of XML$/);
  });

  it('without onDamage, throws the damage after the pages before it', async () => {
    const { pages, thrown } = await read(fileWith(FIXTURE.subarray(0, Math.floor(FIXTURE.length / 2))), false);
    expect(pages.length).toBeGreaterThan(40);
    expect(thrown).toMatch(/the file ends inside a bzip2 block/);
  });
});
