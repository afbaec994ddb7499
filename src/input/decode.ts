// Bytes of an input file → text. Pure. Text inputs are UTF-8; an HTML page may declare another charset, since
// Arabic news sites still serve windows-1256. Anything that does not decode is rejected, in every format alike
// (.json, .jsonl lines, .txt, .html): guessing an encoding would store mojibake for some files and say nothing.
import { AppError } from '../errors.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Text files must be UTF-8 without NUL bytes; anything else is taken for a binary file. The BOM is dropped. */
export function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new AppError('INVALID_ARTICLE', 'binary content (NUL bytes), not text');
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new AppError(
      'INVALID_ARTICLE',
      `not UTF-8 text (the first bad byte is at offset ${firstBadByte(bytes)}); convert it to UTF-8 first, ` +
        'e.g. Arabic in windows-1256: iconv -f windows-1256 -t utf-8',
    );
  }
}

/** Offset of the first byte that starts no valid UTF-8 sequence (overlong forms and surrogates included). */
export function firstBadByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > bytes.length) return i;
    try {
      UTF8.decode(bytes.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return i;
}

/**
 * The page's text: UTF-8 unless the page declares another charset in its first bytes (Arabic sites still serve
 * windows-1256). Throws INVALID_ARTICLE when the bytes are no text in the declared (or default) encoding.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new AppError('INVALID_ARTICLE', 'binary content (NUL bytes), not text');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (declared === undefined || hasBom || /^utf-?8$/.test(declared)) return decodeUtf8(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared, { fatal: true });
  } catch {
    throw new AppError('INVALID_ARTICLE', `unknown charset "${declared}" declared by the page`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new AppError('INVALID_ARTICLE', `not ${declared} text, although the page declares it`);
  }
}
