/**
 * The adapter to unbzip2-stream: the only file that imports it. Wikipedia publishes its dumps as
 * `.xml.bz2`; decompressing them as a stream keeps memory flat whatever the size of the dump.
 */
import { PassThrough, type Readable } from 'stream';

// unbzip2-stream ships no types; it is a function returning a through stream.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const createDecompressor = require('unbzip2-stream') as () => NodeJS.ReadWriteStream;

/** The decompressed bytes of a bzip2 stream, as a readable stream; corrupt input makes it emit `error`. */
export function decompressBzip2(compressed: Readable): Readable {
  const decompressor = createDecompressor();
  // The decompressor is an old-style stream (no async iteration, no setEncoding): a PassThrough gives
  // the caller a modern one. pipe() does not forward errors, so both failures are passed on by hand.
  const output = new PassThrough();
  compressed.on('error', (error) => output.destroy(error));
  decompressor.on('error', (error: Error) => output.destroy(error));
  compressed.pipe(decompressor).pipe(output);
  return output;
}

/** Whether `bytes` start with bzip2's magic number (`BZh` and a block size digit). */
export function isBzip2(bytes: Uint8Array): boolean {
  return bytes[0] === 0x42 && bytes[1] === 0x5a && bytes[2] === 0x68 && bytes[3] >= 0x31 && bytes[3] <= 0x39;
}
