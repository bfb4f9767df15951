import * as crypto from 'crypto';

/** SHA-256 in hex of a string's UTF-8 bytes or of bytes: the one-shot `crypto.hash` where Node has it (20.12+). */
export function sha256Hex(data: string | Uint8Array): string {
  return typeof crypto.hash === 'function' ? crypto.hash('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');
}
