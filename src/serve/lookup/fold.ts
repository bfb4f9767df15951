/**
 * The form names are compared in by the lookup: Unicode compatibility forms unified (full-width letters,
 * ligatures), case folded, runs of spaces and underscores made one space, and Chinese in Simplified
 * characters, so `BERLIN` and `Ｂｅｒｌｉｎ` find what `Berlin` names, and `漢語` finds
 * `汉语`. Only text with Han characters goes through OpenCC (the project's one adapter of it).
 */
import { toSimplifiedChars } from '../../extract/text/chineseVariants';

const HAN = /\p{Script=Han}/u;

/** `text` in the lookup's comparison form. */
export function fold(text: string): string {
  const plain = text.normalize('NFKC').toLowerCase().replace(/[\s_]+/g, ' ').trim();
  return HAN.test(plain) ? toSimplifiedChars(plain) : plain;
}
