// The series' parties named together by a collective noun ("the two delegations", "every Syrian party", "الوفدين",
// "les parties syriennes", "the three delegations"): the noun stands for the standing PARTY members of the sentence's
// series. Pure; the nouns are lexicon cues (partyNoun for all the parties; partyPair for a dual and partyTrio for a
// counted three, each fitting only a series with that many parties).
import { hasCue, sentenceMentions } from '../../doc.js';
import type { Mention } from '../../extract/mentions.js';
import type { CueName } from '../../knowledge.js';
import { actorOf } from '../heads.js';
import { negated } from './negation.js';
import { lostToOtherProcess } from './processes.js';
import type { Candidate, Sentence } from './sentence.js';

/** Words after the noun in which a named actor is its complement ("the two delegations, Russian and Turkish"). */
const COMPLEMENT = 3;

/**
 * Whether the sentence before names actors that are no party, enough to be what a counted noun points back at ("X met
 * the Iranian delegation. The two delegations discussed ..."): one besides the speaker's own for a dual, two for three.
 */
function countPointsBack(s: Sentence, n: number): boolean {
  if (s.index === 0) return false;
  const others = new Set<string>();
  for (const m of sentenceMentions(s.doc, s.index - 1)) {
    const a = actorOf(m);
    if (a !== null && !s.parties.includes(a.id)) others.add(a.id);
  }
  return others.size >= n - 1;
}

/** Collective nouns that count the parties: each fits only a series with exactly that many. */
const COUNTED: readonly [CueName, number][] = [
  ['partyPair', 2],
  ['partyTrio', 3],
];

/** The ids the collective noun `m` stands for: all the parties, or all of a counted number that fits the series. */
function partiesOf(s: Sentence, m: Mention): string[] {
  if (hasCue(m, 'partyNoun')) return s.parties;
  const n = s.parties.length;
  const fits = COUNTED.some(([cue, count]) => hasCue(m, cue) && count === n);
  return fits && !countPointsBack(s, n) ? s.parties : [];
}

/** Whether a named actor follows the noun closely: the noun then names that actor's delegations, not the parties. */
function hasComplement(s: Sentence, m: Mention): boolean {
  return s.actors.some((x) => x.m.first >= m.last && x.m.first - m.last < COMPLEMENT && !spelledOut(s, x.m, m));
}

/** Words a parenthesis after a collective noun may hold ("(government and opposition)"). */
const PARENTHESIS = 8;

/** A mention inside a parenthesis right after a collective noun spells out whom the noun names. */
function spelledOut(s: Sentence, x: Mention, noun: Mention): boolean {
  const { tokens } = s.doc;
  if (tokens[noun.last]?.text !== '(' || x.first <= noun.last || x.first - noun.last > PARENTHESIS) return false;
  for (let k = noun.last + 1; k < x.first; k++) if (tokens[k]?.text === ')') return false;
  return true;
}

/**
 * Whether the sentence names a party itself, other than to spell out a collective noun: a parenthesis that names
 * only some of the parties in words we know ("delegazioni siriane (governo e opposizione)") still spells out the
 * noun, which stands for all of them.
 */
function namesAParty(s: Sentence): boolean {
  const nouns = s.ms.filter((m) => partiesOf(s, m).length > 0);
  return s.actors.some((x) => s.parties.includes(x.a.id) && !nouns.some((n) => spelledOut(s, x.m, n)));
}

/**
 * "The two delegations attended", "every Syrian party confirmed it will take part", "بمشاركة الوفدين": the parties of
 * the series by a collective noun, in a sentence about taking part that names none of them itself.
 */
export function partiesByRole(s: Sentence): Candidate[] {
  const out: Candidate[] = [];
  if (!s.parties.length || s.onlyBy || namesAParty(s)) return out;
  if (s.history) return out;
  // "Both sides will take part in further meetings": other meetings than the sentence's round.
  if (!s.ownRound && s.ms.some((m) => hasCue(m, 'meetingPlural', 'otherMeeting', 'next', 'upcoming'))) return out;
  for (const m of s.ms) {
    const ids = partiesOf(s, m);
    if (!ids.length || negated(s, m) || lostToOtherProcess(s, m) || hasComplement(s, m)) continue;
    for (const id of ids) if (!out.some((c) => c.id === id)) out.push({ id, stated: null, mention: m });
  }
  return out;
}
