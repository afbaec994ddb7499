// Splits a byte stream into lines without ever holding more than one capped line: a 50 MB line costs its cap, not
// gigabytes of strings. Lines end at "\n" (a "\r" before it is dropped); a last line without one counts too.

export interface RawLine {
  /** The line's bytes without its end, or null when it passed the cap (its bytes were dropped as they came). */
  line: Buffer | null;
  /** Bytes the line took in the input, its end included: the progress bar advances by it. */
  bytes: number;
}

interface Pending {
  parts: Buffer[];
  held: number;
  seen: number;
  over: boolean;
}

const empty = (): Pending => ({ parts: [], held: 0, seen: 0, over: false });

function take(p: Pending, piece: Buffer, maxBytes: number): void {
  p.seen += piece.length;
  if (p.over) return;
  if (p.held + piece.length > maxBytes) {
    p.over = true;
    p.parts = [];
    p.held = 0;
    return;
  }
  p.parts.push(piece);
  p.held += piece.length;
}

function finish(p: Pending, withEnd: boolean): RawLine {
  let line: Buffer | null = p.over ? null : Buffer.concat(p.parts, p.held);
  if (line !== null && line.length > 0 && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
  return { line, bytes: p.seen + (withEnd ? 1 : 0) };
}

export async function* readLines(input: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<RawLine> {
  let pending = empty();
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(0x0a, from); nl !== -1; nl = buf.indexOf(0x0a, from)) {
      take(pending, buf.subarray(from, nl), maxBytes);
      yield finish(pending, true);
      pending = empty();
      from = nl + 1;
    }
    if (from < buf.length) take(pending, buf.subarray(from), maxBytes);
  }
  if (pending.seen > 0 || pending.over) yield finish(pending, false);
}
