// A document named after a meeting: "the Geneva-1 communiqué", "بيان جنيف 1", "la déclaration de Genève I". The
// meeting is named (it was held: the document came out of it), but a sentence that cites its document is not about
// that meeting: who accepts or rejects the communiqué today attends the meeting under way, not the one of 2012.
// Document nouns are data (lexicon cue "documentNoun"). Pure.
import type { Doc } from '../doc.js';
import { hasCue } from '../doc.js';
import type { RoundMention } from './rounds.js';

/** Punctuation that may stand between a meeting's name and its document noun ("Geneva-1’s", closing quotes). */
const BETWEEN = new Set(['"', '”', '“', '»', '«', "'", '’', '-']);

/** The first token at or beyond j, stepping by `step`, that is not one of the punctuation BETWEEN. */
function skipPunct(doc: Doc, j: number, step: 1 | -1): number {
  let k = j;
  while (k >= 0 && k < doc.tokens.length && BETWEEN.has(doc.tokens[k]?.text ?? '')) k += step;
  return k;
}

/** Whether a meeting named by its series' name and number stands for a document of it, by a noun next to it. */
export function namesADocument(doc: Doc, r: Pick<RoundMention, 'first' | 'last' | 'byName'>): boolean {
  if (!r.byName) return false;
  const after = doc.cover[skipPunct(doc, r.last, 1)];
  const before = doc.cover[skipPunct(doc, r.first - 1, -1)];
  return hasCue(after, 'documentNoun') || hasCue(before, 'documentNoun');
}
