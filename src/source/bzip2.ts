/**
 * The adapter to unbzip2-stream: the only file that imports it. Wikipedia publishes its dumps as
 * `.xml.bz2`; decompressing them as a stream keeps memory flat whatever the size of the dump.
 */
import { PassThrough, type Readable } from 'stream';

// unbzip2-stream ships no types; it is a function returning a through stream.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const createDecompressor = require('unbzip2-stream') as () => NodeJS.ReadWriteStream;

/**
 * The decompressed bytes of a bzip2 stream, as a readable stream; corrupt input makes it emit `error`,
 * or, with `onDamage`, end after every byte decoded before the damage (a stream destroyed drops what
 * it holds unread) and tell `onDamage` why, and how many bytes it decoded.
 */
export function decompressBzip2(compressed: Readable, onDamage?: (error: Error, decodedBytes: number) => void): Readable {
  const decompressor = createDecompressor() as NodeJS.ReadWriteStream & { paused?: boolean };
  // The decompressor is an old-style stream (no async iteration, no setEncoding): a PassThrough gives
  // the caller a modern one. Its data is passed on by hand rather than by pipe(), which disconnects
  // on an error and so would drop the blocks decoded but held back while the reader was busy.
  const output = new PassThrough();
  let decoded = 0;
  decompressor.on('data', (chunk: Buffer) => {
    decoded += chunk.length;
    if (!output.write(chunk)) {
      decompressor.pause();
      output.once('drain', () => decompressor.resume());
    }
  });
  decompressor.on('end', () => output.end());
  compressed.on('error', (error) => output.destroy(error));
  decompressor.on('error', (error: Error) => {
    if (!onDamage) return output.destroy(error);
    compressed.unpipe(decompressor as unknown as NodeJS.WritableStream);
    compressed.destroy();
    const finish = (): void => {
      onDamage(error, decoded);
      output.end();
    };
    // Blocks decoded before the damage may wait in the decompressor until the reader catches up.
    if (decompressor.paused) decompressor.once('drain', finish);
    else finish();
  });
  compressed.pipe(decompressor as unknown as NodeJS.WritableStream);
  return output;
}

/** Whether `bytes` start with bzip2's magic number (`BZh` and a block size digit). */
export function isBzip2(bytes: Uint8Array): boolean {
  return bytes[0] === 0x42 && bytes[1] === 0x5a && bytes[2] === 0x68 && bytes[3] >= 0x31 && bytes[3] <= 0x39;
}

/**
 * Whether `tail` (the last bytes of a file, a dozen are enough) holds bzip2's end-of-stream marker
 * (48 bits, 0x177245385090, at any bit offset, then a 32-bit CRC and padding): a file cut short does not.
 */
export function endsLikeBzip2(tail: Uint8Array): boolean {
  let bits = 0n;
  for (const byte of tail) bits = (bits << 8n) | BigInt(byte);
  const total = BigInt(tail.length * 8);
  // The marker is followed by 32 bits of CRC and 0 to 7 bits of padding.
  for (let pad = 0n; pad < 8n; pad++) {
    const shift = 32n + pad;
    if (shift + 48n > total) break;
    if (((bits >> shift) & 0xffffffffffffn) === 0x177245385090n) return true;
  }
  return false;
}
