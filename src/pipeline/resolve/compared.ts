// A meeting named as the standard a sentence compares another with: "what sets Geneva II apart from Geneva I is that
// the Syrians attend it", "unlike the fourth round, both delegations came", "ما يميز جنيف 2 عن جنيف 1". What the
// sentence says of who attends is said of the compared meeting, not of the standard. Cue words are data
// ("comparedWith": a marker right before the standard; "differ" and "fromStandard": a verb of distinguishing earlier
// in the clause and the preposition that introduces the standard). Pure.
import type { Doc } from '../doc.js';
import { hasCue } from '../doc.js';
import { bareArticle } from '../normalize/clitics.js';

/** Small words allowed between the marker and the meeting's first word ("unlike the fourth round"). */
const MARKER_GAP = 2;
/** Tokens before the "from" searched for the verb of distinguishing. */
const DIFFER_REACH = 12;

function clauseEnd(doc: Doc, j: number): boolean {
  const t = doc.tokens[j];
  return !t || t.kind === 'newline' || ['.', ';', '؛', ':', '،', ','].includes(t.text);
}

/** Whether a verb of distinguishing stands before token j in its clause ("يميز ... عن", "differs ... from"). */
function differsBefore(doc: Doc, j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - DIFFER_REACH); k--) {
    if (clauseEnd(doc, k)) return false;
    if (hasCue(doc.cover[k], 'differ')) return true;
  }
  return false;
}

/** Whether the meeting phrase starting at token `first` is the standard of a comparison. */
export function standardOfComparison(doc: Doc, first: number): boolean {
  let j = first - 1;
  for (let gap = 0; gap <= MARKER_GAP && j >= 0; gap++) {
    const m = doc.cover[j];
    if (hasCue(m, 'comparedWith')) return true;
    if (hasCue(m, 'fromStandard') && differsBefore(doc, m?.first ?? j)) return true;
    const t = doc.tokens[j];
    const small =
      hasCue(m, 'stop') || ['«', '"', '“'].includes(t?.text ?? '') || (!!t && bareArticle(doc.dict.clitics, t.text));
    if (!small) return false;
    j = (m?.first ?? j) - 1;
  }
  return false;
}
