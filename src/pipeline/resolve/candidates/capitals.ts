// Capitals standing for their states ("Moscow, Tehran and Ankara signed", "Damascus and the opposition attended",
// "the delegation of Damascus"): a sentence's actor read from a capital in a list or next to a delegation word.
// Pure; which place is a capital of which state is gazetteer data.
import type { Doc } from '../../doc.js';
import type { Mention } from '../../extract/mentions.js';
import { entriesOf } from '../../extract/mentions.js';
import { hasCue } from '../../doc.js';
import { actorOf } from '../heads.js';
import type { Actor } from './sentence.js';
import { gap } from './words.js';
import { placeRow } from '../../rows.js';

/** The state whose capital the mention names, or null. */
function capitalOf(doc: Doc, x: Mention): string | null {
  const id = entriesOf(x, 'place')[0]?.id;
  const row = placeRow(doc.knowledge, id);
  return row?.capital && row.country ? row.country : null;
}

/** The chain of other capitals joined by list fillers around `m`. */
function capitalList(doc: Doc, ms: Mention[], m: Mention): Mention[] {
  const list = [m];
  for (let grew = true; grew;) {
    grew = false;
    for (const x of ms)
      if (!list.includes(x) && capitalOf(doc, x) && list.some((y) => gap(doc, x, y) === 0)) {
        list.push(x);
        grew = true;
      }
  }
  return list.slice(1);
}

/** "Damascus and the opposition": the capital listed right next to an organization named as an actor. */
function listedWithOrganization(doc: Doc, ms: Mention[], m: Mention): boolean {
  return ms.some((x) => x !== m && actorOf(x)?.form === 'org' && gap(doc, m, x) === 0);
}

/**
 * "the delegation of Damascus", "وفد دمشق", "Damascus delegation": the capital right next to a delegation word, with
 * at most one word between that is no preposition of place or address ("a delegation to Damascus", "وفد إلى دمشق").
 */
function delegationOf(doc: Doc, ms: Mention[], m: Mention): boolean {
  return ms.some((x) => {
    if (x === m || !hasCue(x, 'delegation')) return false;
    const [from, to] = x.last <= m.first ? [x.last, m.first] : [m.last, x.first];
    if (to - from > 1 || to < from) return false;
    return to === from || !hasCue(doc.cover[from], 'locPrep', 'titleTo', 'prep');
  });
}

/** Words between a capital and the verb of sending it is the subject of ("Tehran also sent", "أوفدت طهران"). */
const SENDER_GAP = 1;

/**
 * "Tehran sent a deputy foreign minister to lead its delegation", "وأوفدت أنقرة وفدا", "Москва направила делегацию":
 * news names a government by its capital as the subject of a verb of sending — right before the verb, or right after
 * it where the verb comes first.
 */
function sends(doc: Doc, ms: Mention[], m: Mention): boolean {
  return ms.some(
    (v) =>
      hasCue(v, 'send') &&
      (v.first >= m.last ? v.first - m.last <= SENDER_GAP : doc.lex.verbFirst && m.first - v.last <= SENDER_GAP),
  );
}

/**
 * The capital of a state stands for the state when it is listed with other states' capitals ("Moscow, Tehran and
 * Ankara signed"), listed with an organization ("Damascus and the opposition"), names a delegation or sends one; not after
 * "in" ("in Moscow, Ankara or Tehran" names places to meet, not the states meeting).
 */
export function standIn(doc: Doc, ms: Mention[], m: Mention): Actor | null {
  const own = capitalOf(doc, m);
  if (!own) return null;
  const list = capitalList(doc, ms, m);
  // Three at least: two capitals are mostly relations between them ("ties between Ankara and Damascus").
  const stands =
    list.length >= 2 || listedWithOrganization(doc, ms, m) || delegationOf(doc, ms, m) || sends(doc, ms, m);
  if (!stands) return null;
  const head = Math.min(m.first, ...list.map((x) => x.first));
  return hasCue(doc.cover[head - 1], 'locPrep') ? null : { id: own, form: 'name' };
}
