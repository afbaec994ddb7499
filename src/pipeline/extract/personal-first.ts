// Stage 6e: "the first meeting" that is a person's first, not the series' first — "il primo incontro con la
// partecipazione di Pedersen", "für Pedersen die ersten Astana-Verhandlungen", "Pedersen's first Astana meeting":
// an envoy's first attendance, not round 1. Cue words ("forPerson") are data. Pure.
import type { Doc } from '../doc.js';
import { hasCue } from '../doc.js';

/** Tokens either side of the "first" phrase searched for the person it is the first of. */
const PERSON_REACH = 6;

function isPerson(doc: Doc, k: number): boolean {
  return !!doc.cover[k]?.entries.some((e) => e.type === 'person');
}

/**
 * A known person at token k, introduced by "for" or "the participation (of)" — one small word allowed between — or
 * followed by a possessive "'s".
 */
function personOfFirst(doc: Doc, k: number): boolean {
  const m = doc.cover[k];
  if (!m || !isPerson(doc, k)) return false;
  const possessive = ["'", '’'].includes(doc.tokens[m.last]?.text ?? '') && doc.tokens[m.last + 1]?.text === 's';
  const before = doc.cover[m.first - 1];
  const small = before && hasCue(before, 'stop') && !hasCue(before, 'forPerson') ? doc.cover[before.first - 1] : before;
  return possessive || hasCue(small, 'forPerson');
}

/** Whether a punctuation mark stands in [a, b): an aside ("the first round, with X, ...") is not a restriction. */
function punctuated(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++)
    if (doc.tokens[k]?.kind === 'punct' && !["'", '’'].includes(doc.tokens[k]?.text ?? '')) return true;
  return false;
}

/**
 * Whether the round-1 phrase [first, last) is a person's first meeting: that person named right beside it in its
 * clause, with no punctuation between (a restriction of "first", not an aside about the meeting).
 */
export function personalFirst(doc: Doc, first: number, last: number): boolean {
  const from = Math.max(0, first - PERSON_REACH);
  const to = Math.min(doc.tokens.length, last + PERSON_REACH);
  for (let k = from; k < to; k++) {
    if (k >= first && k < last) continue;
    if (!personOfFirst(doc, k)) continue;
    const m = doc.cover[k];
    const [a, b] = k < first ? [m?.last ?? k, first] : [last, m?.first ?? k];
    if (!punctuated(doc, a, b)) return true;
  }
  return false;
}

/** Tokens after the "first" phrase searched for whom the encounter is between ("أول لقاء رسمي بينهما"). */
const ENCOUNTER_REACH = 4;

function isActor(doc: Doc, k: number): boolean {
  return !!doc.cover[k]?.entries.some((e) => e.type === 'person' || e.type === 'state' || e.type === 'org');
}

/**
 * "the first direct meeting between them", "أول لقاء رسمي بينهما", "its first formal meeting with the envoy",
 * "أول اجتماع يجمعهم", "the first meeting between the two delegations": "first" restricted to an encounter of given
 * parties — a reciprocal word ("between them", cue "reciprocal"), "between" and a pair of sides, or "with" and an
 * actor right after the phrase, in its clause — is the first time those parties meet, not the series' first meeting.
 */
export function encounterFirst(doc: Doc, first: number, last: number): boolean {
  if (doc.lex.modifiersBeforeNoun && !namesSeries(doc, first, last) && pairBefore(doc, last)) return true;
  const end = Math.min(doc.tokens.length, last + ENCOUNTER_REACH);
  for (let k = last; k < end; k++) {
    const t = doc.tokens[k];
    if (!t || t.kind === 'newline' || (t.kind === 'punct' && !["'", '’'].includes(t.text))) return false;
    const m = doc.cover[k];
    if (hasCue(m, 'reciprocal')) return true;
    // "between the two delegations", "بين الرئيسين": the pair of sides a sentence has named.
    if (m && hasCue(m, 'between') && hasCue(doc.cover[m.last], 'partyPair', 'coChairPair')) return true;
    if (m && hasCue(m, 'companion') && isActor(doc, m.last)) return true;
  }
  return false;
}

/** Whether the phrase [first, last) names a series ("ilk Astana toplantısı": the series' first, whoever met). */
function namesSeries(doc: Doc, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (doc.cover[k]?.entries.some((e) => e.type === 'series')) return true;
  return false;
}

/** Tokens after "first ... meeting" searched for the pair of sides a postposition closes ("X ile Y arasında"). */
const POSTPOSITION_REACH = 12;

/**
 * "ilk görüşme Rusya temsilcileri ile rejimin temsilcileri arasında gerçekleşiyor" (the first talk is between the
 * Russians and the government's envoys): where "between" follows its sides, an actor and then "between" after the
 * phrase, in its clause, make it the first encounter of those sides.
 */
function pairBefore(doc: Doc, last: number): boolean {
  const end = Math.min(doc.tokens.length, last + POSTPOSITION_REACH);
  let actor = false;
  for (let k = last; k < end; k++) {
    const t = doc.tokens[k];
    if (!t || t.kind === 'newline' || (t.kind === 'punct' && !["'", '’'].includes(t.text))) return false;
    if (isActor(doc, k)) actor = true;
    else if (actor && hasCue(doc.cover[k], 'between')) return true;
  }
  return false;
}
