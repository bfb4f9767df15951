/**
 * Writing files so that a reader (or a crash) never sees half of one: the data goes to a temporary file
 * in the same directory (so the rename stays on one file system and is atomic) and is renamed over the
 * target only once it is complete.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

/** One file to write: where and what. */
export interface FileContent {
  path: string;
  data: string | Uint8Array;
  /**
   * Flush the data to disk before the rename (the default), so that an operating-system crash cannot
   * leave the renamed file empty. A process crash cannot do that either way; callers that can tell a
   * lost file afterwards (a build's manifest holds each file's sha256) may skip the flush.
   */
  durable?: boolean;
}

/** Writes `data` to `file` atomically, creating parent directories; on failure the target is untouched. */
export function writeFileAtomic(file: string, data: string | Uint8Array, options: { durable?: boolean } = {}): void {
  writeFilesAtomic([{ path: file, data, ...options }]);
}

/**
 * Writes several files, all or nothing as far as the file system allows: every temporary file is written
 * first, and only when all of them succeeded are they renamed over their targets. A failure while writing
 * leaves every target untouched and removes the temporary files.
 */
export function writeFilesAtomic(files: FileContent[]): void {
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const file of files) {
      staged.push({ temp: stageFile(file), target: file.path });
    }
    for (let i = 0; i < staged.length; i++) {
      fs.renameSync(staged[i].temp, staged[i].target);
      staged[i].temp = '';
    }
  } catch (error) {
    for (const { temp } of staged) if (temp) removeQuietly(temp);
    throw error;
  }
}

/** The temporary name for `file`: same directory, unique per process and call. */
export function temporaryPathFor(file: string): string {
  return `${file}.tmp-${process.pid}-${crypto.randomBytes(6).toString('hex')}`;
}

/** Writes one temporary file next to its target and returns its path. */
function stageFile(file: FileContent): string {
  fs.mkdirSync(path.dirname(path.resolve(file.path)), { recursive: true });
  const temp = temporaryPathFor(file.path);
  let fd: number | undefined;
  try {
    // 'wx' so that a leftover file of the same name is never silently reused.
    fd = fs.openSync(temp, 'wx', 0o666);
    fs.writeFileSync(fd, file.data);
    // fsync before rename: otherwise a crash can leave the renamed file empty on some file systems.
    if (file.durable !== false) fs.fsyncSync(fd);
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd);
    removeQuietly(temp);
    throw error;
  }
  fs.closeSync(fd);
  return temp;
}

function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // Already gone or never created: nothing to clean up.
  }
}
