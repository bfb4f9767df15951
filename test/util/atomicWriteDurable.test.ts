/** Whether `writeFileAtomic` flushes to disk: seen through a wrapped `fs.fsyncSync` (a module mock, as fs's own exports cannot be spied on). */
import * as os from 'os';
import * as path from 'path';

jest.mock('fs', () => {
  const actual = jest.requireActual<typeof import('fs')>('fs');
  return { ...actual, fsyncSync: jest.fn(actual.fsyncSync) };
});

import * as fs from 'fs';
import { writeFileAtomic } from '../../src/util/atomicWrite';

it('flushes the data to disk before the rename unless the caller can tell a lost file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wikikg-durable-'));
  const fsync = fs.fsyncSync as jest.Mock;
  writeFileAtomic(path.join(dir, 'durable.ttl'), 'a');
  expect(fsync).toHaveBeenCalledTimes(1);
  writeFileAtomic(path.join(dir, 'fast.ttl'), 'b', { durable: false });
  expect(fsync).toHaveBeenCalledTimes(1);
  expect(fs.readFileSync(path.join(dir, 'fast.ttl'), 'utf8')).toBe('b');
  expect(fs.readdirSync(dir).sort()).toEqual(['durable.ttl', 'fast.ttl']);
});
