// Stage 6d: rounds said without a number on the meeting itself — a count of the meetings before it ("two earlier
// rounds in the Kazakh capital brought nothing": this is the third) and an ordinal standing alone for the meeting
// ("the talks, the sixth of their kind, ..."; "the meeting was the eleventh."). Cue words are data (lexicon
// "priorCount", "meetingDual", "ofItsKind", "predicateCopula"). Pure.
import type { Doc } from '../doc.js';
import { hasCue } from '../doc.js';
import type { Mention } from './mentions.js';
import { cueOf, entriesOf } from './mentions.js';

export interface CountedRound {
  round: number;
  first: number;
  last: number;
}

const MAX_COUNT = 40;
/** Tokens before a counted phrase searched for its "earlier"/"already" word ("had already hosted two meetings"). */
const PRIOR_BEFORE = 4;
/** Tokens after the plural noun searched for it ("dos rondas anteriores", "جولتان سابقتان"). */
const PRIOR_AFTER = 2;

/** The count of a plural meeting noun: "two", "2", one adjective allowed between ("two similar meetings"). */
function countOf(doc: Doc, noun: Mention): { value: number; first: number } | null {
  if (hasCue(noun, 'meetingDual')) return { value: 2, first: noun.first };
  // "два предыдущих раунда", "two earlier rounds": a counted noun may stand in the singular where the count governs it.
  const plural = hasCue(noun, 'meetingPlural');
  if (!plural && !hasCue(noun, 'meeting')) return null;
  for (let j = noun.first - 1; j >= Math.max(0, noun.first - 2); j--) {
    const t = doc.tokens[j];
    if (t?.kind === 'num') {
      const n = Number(t.text);
      return plural && n >= 1 && n <= MAX_COUNT ? { value: n, first: j } : null;
    }
    const m = doc.cover[j];
    const v = m ? cueOf(m, 'cardinal')?.value : undefined;
    if (m && v !== undefined) return { value: v, first: m.first };
    if (!m || !hasCue(m, 'priorCount', 'roundAdjective')) return null;
    j = m.first;
  }
  return null;
}

/** Tokens after a plural meeting noun searched for its count where adjectives follow nouns ("الجولات الـ20"). */
const COUNT_AFTER = 2;
/** Characters of a definite article written apart from the number it precedes ("الـ 20"). */
const ARTICLE_CHARS = 2;

/**
 * "الجولات العشرون السابقة", "الجولات الـ20 الماضية": where adjectives follow their noun (lexicon
 * "adjectivesAfterNoun"), a definite plural meeting noun may be counted by a number after it (a digit, a cardinal, or
 * the decade word an ordinal shares with the cardinal); only with an "earlier" word right after it (checked by the
 * caller), which makes it a count of the meetings before this one, not a list.
 */
function countAfter(doc: Doc, noun: Mention): { value: number; first: number; last: number } | null {
  if (!doc.lex.adjectivesAfterNoun || !hasCue(noun, 'meetingPlural')) return null;
  for (let j = noun.last; j < Math.min(doc.tokens.length, noun.last + COUNT_AFTER); j++) {
    const t = doc.tokens[j];
    if (t?.sentence !== noun.sentence) return null;
    if (t.kind === 'num') {
      const n = Number(t.text);
      return n >= 2 && n <= MAX_COUNT ? { value: n, first: noun.first, last: j + 1 } : null;
    }
    const m = doc.cover[j];
    const v = m ? (cueOf(m, 'cardinal')?.value ?? cueOf(m, 'ordinal')?.value) : undefined;
    if (m && v !== undefined) return v >= 2 ? { value: v, first: noun.first, last: m.last } : null;
    // "الـ" written apart before the digits is the only word allowed between.
    if (t.kind !== 'word' || t.text.length > ARTICLE_CHARS) return null;
  }
  return null;
}

/** "the last two rounds" counts back from now, not from the first meeting. */
function countsBack(doc: Doc, first: number): boolean {
  const before = doc.cover[first - 1] ?? doc.cover[first - 2];
  return hasCue(before, 'latest', 'next', 'upcoming');
}

/** A word marking the counted meetings as held before this one, near the phrase and in its sentence. */
function markedPrior(doc: Doc, first: number, last: number, sentence: number): boolean {
  const to = Math.min(doc.tokens.length, last + PRIOR_AFTER);
  for (let j = Math.max(0, first - PRIOR_BEFORE); j < to; j++)
    if (doc.tokens[j]?.sentence === sentence && hasCue(doc.cover[j], 'priorCount')) return true;
  return false;
}

/** "two earlier rounds", "два предыдущих раунда", "جولتان سابقتان": N meetings before this one make it round N+1. */
export function countedEarlier(doc: Doc): CountedRound[] {
  const out: CountedRound[] = [];
  for (const m of doc.mentions) {
    const count = countOf(doc, m);
    if (count && count.value + 1 <= MAX_COUNT && !countsBack(doc, count.first)) {
      if (markedPrior(doc, count.first, m.last, m.sentence))
        out.push({ round: count.value + 1, first: count.first, last: m.last });
      continue;
    }
    const after = count ? null : countAfter(doc, m);
    // The "earlier" word must follow the count itself: "الجولات العشرون السابقة".
    if (after && after.value + 1 <= MAX_COUNT && hasCue(doc.cover[after.last], 'priorCount'))
      out.push({ round: after.value + 1, first: after.first, last: after.last });
  }
  return out;
}

const CLAUSE_END = ['.', ',', ';', '،', '!', '?', ':', ')'];

/** A meeting word or a series' name in the sentence before a token: what an elliptical ordinal stands for. */
function meetingBefore(doc: Doc, j: number, sentence: number): boolean {
  for (let k = j - 1; k >= 0 && doc.tokens[k]?.sentence === sentence; k--) {
    const m = doc.cover[k];
    if (m && (hasCue(m, 'meeting') || entriesOf(m, 'series').length > 0)) return true;
  }
  return false;
}

/** "was the eleventh", "وهي الثامنة": a copula right before, one article-like word allowed between. */
function afterCopula(doc: Doc, at: number): boolean {
  if (hasCue(doc.cover[at - 1], 'predicateCopula')) return true;
  const between = doc.cover[at - 1];
  const word = !between || hasCue(between, 'roundAdjective');
  return word && doc.tokens[at - 1]?.kind === 'word' && hasCue(doc.cover[at - 2], 'predicateCopula');
}

/**
 * "the talks, the sixth of their kind", "the meeting was the eleventh.", "وهي الثامنة من نوعها": an ordinal with no
 * noun after it (a clause ends, or "of its kind" follows) in a sentence that named the meeting before it. From the
 * second on: "the first" alone is mostly someone being first.
 */
export function ellipticalOrdinals(doc: Doc): CountedRound[] {
  const out: CountedRound[] = [];
  for (const m of doc.mentions) {
    const value = cueOf(m, 'ordinal')?.value;
    if (value === undefined || value < 2 || value > MAX_COUNT) continue;
    const after = doc.tokens[m.last];
    const kind = doc.cover[m.last];
    const ends = !after || after.sentence !== m.sentence || CLAUSE_END.includes(after.text);
    const ofKind = hasCue(kind, 'ofItsKind');
    // Without "of its kind" the ordinal must be a predicate ("was the eleventh."), not an adjective of some noun.
    if (!ofKind && !(ends && afterCopula(doc, m.first))) continue;
    if (!meetingBefore(doc, m.first, m.sentence)) continue;
    out.push({ round: value, first: m.first, last: ofKind && kind ? kind.last : m.last });
  }
  return out;
}

/** The ordinal words of a sentence after token `from`, as value and place. */
function ordinalsAfter(doc: Doc, from: number, sentence: number): CountedRound[] {
  const out: CountedRound[] = [];
  for (const m of doc.mentions) {
    if (m.sentence !== sentence || m.first < from) continue;
    const value = cueOf(m, 'ordinal')?.value;
    if (value !== undefined) out.push({ round: value, first: m.first, last: m.last });
  }
  return out;
}

/**
 * "Astana has hosted two meetings: the first in late January, the second in mid-February", "عقدت جولتان، الأولى في
 * كانون الثاني والثانية في شباط": a count of the format's meetings followed, in its sentence, by ordinals from the
 * first up to the count, each standing for one of them (at least two of them, as a list does).
 */
export function listedOrdinals(doc: Doc): CountedRound[] {
  const out: CountedRound[] = [];
  for (const m of doc.mentions) {
    if (!hasCue(m, 'meetingPlural', 'meetingDual')) continue;
    const count = countOf(doc, m);
    if (!count || count.value < 2 || countsBack(doc, count.first)) continue;
    const listed = ordinalsAfter(doc, m.last, m.sentence).filter((o) => o.round <= count.value);
    if (new Set(listed.map((o) => o.round)).size >= 2) out.push(...listed);
  }
  return out;
}

/** The most meetings "the first N rounds" is read as naming one by one. */
const FIRST_N_MAX = 10;

interface Word {
  value: number;
  first: number;
  last: number;
}

/** A count at a token: digits or a cardinal word (whose mention covers the token). */
function countAt(doc: Doc, j: number): Word | null {
  const t = doc.tokens[j];
  if (t?.kind === 'num') {
    const n = Number(t.text);
    return n >= 2 && n <= FIRST_N_MAX ? { value: n, first: j, last: j + 1 } : null;
  }
  const m = doc.cover[j];
  const v = m ? cueOf(m, 'cardinal')?.value : undefined;
  return m && v !== undefined && v >= 2 && v <= FIRST_N_MAX ? { value: v, first: m.first, last: m.last } : null;
}

/** Whether the mention covering a token is the ordinal "first". */
function firstAt(doc: Doc, j: number): Word | null {
  const m = doc.cover[j];
  return m && cueOf(m, 'ordinal')?.value === 1 ? { value: 1, first: m.first, last: m.last } : null;
}

/**
 * "the first three rounds of talks took place in Astana", "первые три раунда", "les trois premiers cycles", "ilk üç
 * tur", "الجولات الثلاث الأولى", "سه دور نخست": a count joined to "first" on a meeting noun names its rounds 1 to N.
 * Word orders differ by language: both words before the noun in either order, both after it, or the count before and
 * "first" after. One phrase per count, with its span.
 */
export function firstRounds(doc: Doc): { count: number; first: number; last: number }[] {
  const out: { count: number; first: number; last: number }[] = [];
  for (const m of doc.mentions) {
    if (!hasCue(m, 'meetingPlural', 'meeting')) continue;
    // "held their first four rounds on January 23-24, ...": days listed after the count number the rounds with their
    // dates (meetings.ts, enumerated).
    if (doc.dates.some((d) => d.sentence === m.sentence && d.first >= m.last)) continue;
    const b1 = m.first - 1;
    const countB = countAt(doc, b1);
    const firstB = firstAt(doc, b1);
    const pairs: [Word | null, Word | null][] = [
      [countB, countB ? firstAt(doc, countB.first - 1) : null],
      [firstB ? countAt(doc, firstB.first - 1) : null, firstB],
      [countAt(doc, m.last), null],
      [countB, firstAt(doc, m.last)],
    ];
    const after = pairs[2]?.[0];
    if (pairs[2] && after) pairs[2][1] = firstAt(doc, after.last);
    for (const [count, first] of pairs) {
      if (!count || !first) continue;
      out.push({
        count: count.value,
        first: Math.min(count.first, first.first, m.first),
        last: Math.max(count.last, first.last, m.last),
      });
      break;
    }
  }
  return out;
}
