// Capitals standing for their states ("Moscow, Tehran and Ankara signed"): a sentence's actor read from a list of
// capitals. Pure; which place is a capital of which state is gazetteer data.
import type { Doc } from '../../doc.js';
import type { Mention } from '../../extract/mentions.js';
import { entriesOf } from '../../extract/mentions.js';
import { hasCue } from '../../doc.js';
import type { Actor } from './sentence.js';
import { gap } from './words.js';
import { placeRow } from '../../rows.js';

/**
 * The capital of a state, listed with other states' capitals and not after "in", stands for the state ("Moscow,
 * Tehran and Ankara signed").
 */
export function standIn(doc: Doc, ms: Mention[], m: Mention): Actor | null {
  const capitalOf = (x: Mention): string | null => {
    const id = entriesOf(x, 'place')[0]?.id;
    const row = placeRow(doc.knowledge, id);
    return row?.capital && row.country ? row.country : null;
  };
  const own = capitalOf(m);
  if (!own) return null;
  // The chain of capitals joined by list fillers around this one.
  const list = [m];
  for (let grew = true; grew;) {
    grew = false;
    for (const x of ms)
      if (!list.includes(x) && capitalOf(x) && list.some((y) => gap(doc, x, y) === 0)) {
        list.push(x);
        grew = true;
      }
  }
  list.shift();
  // Three at least: two capitals are mostly relations between them ("ties between Ankara and Damascus").
  if (list.length < 2) return null;
  // Venues: "in Moscow, Ankara or Tehran" names places to meet, not the states meeting.
  const head = Math.min(m.first, ...list.map((x) => x.first));
  return hasCue(doc.cover[head - 1], 'locPrep') ? null : { id: own, form: 'name' };
}
