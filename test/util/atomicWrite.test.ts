import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { temporaryPathFor, writeFileAtomic, writeFilesAtomic } from '../../src/util/atomicWrite';

const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'wikikg-atomic-'));
const listing = (dir: string): string[] => fs.readdirSync(dir).sort();

describe('writeFileAtomic', () => {
  it('writes the file and leaves no temporary file behind', () => {
    const dir = tempDir();
    writeFileAtomic(path.join(dir, 'a.ttl'), 'hello');
    expect(fs.readFileSync(path.join(dir, 'a.ttl'), 'utf8')).toBe('hello');
    expect(listing(dir)).toEqual(['a.ttl']);
  });

  it('replaces an existing file', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.ttl'), 'old');
    writeFileAtomic(path.join(dir, 'a.ttl'), 'new');
    expect(fs.readFileSync(path.join(dir, 'a.ttl'), 'utf8')).toBe('new');
  });

  it('creates missing parent directories', () => {
    const dir = tempDir();
    writeFileAtomic(path.join(dir, 'x', 'y', 'a.ttl'), 'deep');
    expect(fs.readFileSync(path.join(dir, 'x', 'y', 'a.ttl'), 'utf8')).toBe('deep');
  });

  it('writes bytes as they are', () => {
    const dir = tempDir();
    writeFileAtomic(path.join(dir, 'b.bin'), new Uint8Array([0, 255, 1]));
    expect([...fs.readFileSync(path.join(dir, 'b.bin'))]).toEqual([0, 255, 1]);
  });

  it('removes its temporary file and keeps the target when the rename fails', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'taken'));
    fs.writeFileSync(path.join(dir, 'taken', 'inside'), 'x');
    expect(() => writeFileAtomic(path.join(dir, 'taken'), 'data')).toThrow();
    expect(listing(dir)).toEqual(['taken']);
  });
});

describe('writeFilesAtomic', () => {
  it('writes nothing when one of the files cannot be written', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.ttl'), 'old a');
    fs.writeFileSync(path.join(dir, 'blocker'), 'a file where a directory is needed');
    const files = [
      { path: path.join(dir, 'a.ttl'), data: 'new a' },
      { path: path.join(dir, 'blocker', 'b.ttl'), data: 'new b' },
    ];
    expect(() => writeFilesAtomic(files)).toThrow();
    expect(fs.readFileSync(path.join(dir, 'a.ttl'), 'utf8')).toBe('old a');
    expect(listing(dir)).toEqual(['a.ttl', 'blocker']);
  });

  it('writes every file when all succeed', () => {
    const dir = tempDir();
    writeFilesAtomic([
      { path: path.join(dir, 'a.ttl'), data: 'a' },
      { path: path.join(dir, 'b.ttl'), data: 'b' },
    ]);
    expect(listing(dir)).toEqual(['a.ttl', 'b.ttl']);
  });
});

describe('temporaryPathFor', () => {
  it('names a sibling of the target that is unique per call', () => {
    const first = temporaryPathFor('/out/a.ttl');
    expect(path.dirname(first)).toBe('/out');
    expect(first).toMatch(new RegExp(`^/out/a\\.ttl\\.tmp-${process.pid}-[0-9a-f]+$`));
    expect(temporaryPathFor('/out/a.ttl')).not.toBe(first);
  });
});
