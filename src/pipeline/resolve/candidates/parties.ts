// The series' parties named together by a collective noun ("the two delegations", "every Syrian party", "الوفدين",
// "les parties syriennes"): the noun stands for the standing PARTY members of the sentence's series. Pure; the nouns
// are lexicon cues (partyNoun for all the parties, partyPair for a dual that fits only a series of two parties).
import { hasCue, sentenceMentions } from '../../doc.js';
import type { Mention } from '../../extract/mentions.js';
import { actorOf } from '../heads.js';
import { negated } from './negation.js';
import { lostToOtherProcess } from './processes.js';
import type { Candidate, Sentence } from './sentence.js';

/** Words after the noun in which a named actor is its complement ("the two delegations, Russian and Turkish"). */
const COMPLEMENT = 3;

/**
 * Whether the sentence before names an actor that is no party: a dual then points back at those two ("X met the
 * Iranian delegation. The two delegations discussed ...").
 */
function pairPointsBack(s: Sentence): boolean {
  if (s.index === 0) return false;
  return sentenceMentions(s.doc, s.index - 1).some((m) => {
    const a = actorOf(m);
    return a !== null && !s.parties.includes(a.id);
  });
}

/** The ids the collective noun `m` stands for: all the parties, or both of exactly two. */
function partiesOf(s: Sentence, m: Mention): string[] {
  if (hasCue(m, 'partyNoun')) return s.parties;
  return hasCue(m, 'partyPair') && s.parties.length === 2 && !pairPointsBack(s) ? s.parties : [];
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
