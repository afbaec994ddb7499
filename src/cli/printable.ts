// Text from input files (names, reasons quoting their content) reaches the terminal and logs: control characters in
// it could move the cursor, recolour or rewrite the screen, or split one log line into two. They are shown escaped.

// C0 controls, DEL, C1 controls, line/paragraph separators, and bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The text with each control character written as \xHH or \uHHHH. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
