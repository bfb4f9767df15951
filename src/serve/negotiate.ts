/**
 * HTTP content negotiation (RFC 9110 §12.5.1): which of the media types we offer the `Accept` header
 * prefers. Ties go to the order of the offers, so the server's favourite wins when the client does not
 * care (`*\/*`), and a browser's explicit `text/html` beats the `*\/*;q=0.8` it sends for everything else.
 */

/** One media range of an `Accept` header: `text/*;q=0.5`. */
interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

/** The media ranges of an `Accept` header; malformed entries are ignored. */
export function parseAccept(header: string | undefined): MediaRange[] {
  if (header === undefined || header.trim() === '') return [{ type: '*', subtype: '*', q: 1 }];
  const ranges: MediaRange[] = [];
  for (const part of header.split(',')) {
    const [mediaType, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const slash = mediaType.indexOf('/');
    if (slash <= 0 || slash === mediaType.length - 1) continue;
    const qParameter = parameters.find((parameter) => parameter.startsWith('q='));
    const q = qParameter === undefined ? 1 : Number(qParameter.slice(2));
    if (!Number.isFinite(q)) continue;
    ranges.push({ type: mediaType.slice(0, slash), subtype: mediaType.slice(slash + 1), q: Math.min(Math.max(q, 0), 1) });
  }
  return ranges;
}

/** How well `range` matches `type/subtype`: -1 not at all, else more for a more specific range. */
function specificity(range: MediaRange, type: string, subtype: string): number {
  if (range.type === '*' && range.subtype === '*') return 0;
  if (range.type !== type) return -1;
  if (range.subtype === '*') return 1;
  return range.subtype === subtype ? 2 : -1;
}

/** The quality the client gives one offered media type: that of the most specific range matching it. */
function quality(ranges: readonly MediaRange[], offer: string): number {
  const [type, subtype] = offer.toLowerCase().split('/');
  let best = -1;
  let q = 0;
  for (const range of ranges) {
    const score = specificity(range, type, subtype);
    if (score > best) [best, q] = [score, range.q];
  }
  return best < 0 ? 0 : q;
}

/** The offer (`text/turtle`, …) the `Accept` header prefers, or undefined when it accepts none of them. */
export function negotiate(accept: string | undefined, offers: readonly string[]): string | undefined {
  const ranges = parseAccept(accept);
  let chosen: string | undefined;
  let chosenQ = 0;
  for (const offer of offers) {
    const q = quality(ranges, offer);
    if (q > chosenQ) [chosen, chosenQ] = [offer, q];
  }
  return chosen;
}
