// Stage 3c: negated participation verbs — "не участвовать", "nicht teilnehmen", "no participará", "لم يشارك": an
// attending, participating or sending word right after a negation particle of the lexicon reads as a negation cue,
// so every participation rule that reads negation (negated subjects, clauses, lists) sees it. Pure; the particles
// are lexicon data (cue "negParticle"), so a language without them is unchanged.
import type { Entry } from './dictionary.js';
import type { Mention } from './mentions.js';
import { withEntry } from './mentions.js';
import type { Token } from '../normalize/tokens.js';

const NEGATION: Entry = { type: 'cue', cue: 'negation' };
const VERBS = new Set(['attend', 'participate', 'send', 'meetWith']);

/**
 * Words between two token positions, punctuation not counted, nor the raising words a negation reaches across ("not
 * expected to take part", "لا يتوقع أن يشارك"): cue "negRaise" of the lexicon, in the mentions between.
 */
function wordsBetween(tokens: Token[], between: Mention[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const raising = between.some(
      (m) => m.first <= i && i < m.last && m.entries.some((e) => e.type === 'cue' && e.cue === 'negRaise'),
    );
    if (tokens[i]?.kind !== 'punct' && !raising) n++;
  }
  return n;
}

function isParticle(m: Mention): boolean {
  return m.entries.some((e) => e.type === 'cue' && e.cue === 'negParticle');
}

function isVerb(m: Mention): boolean {
  return (
    m.entries.some((e) => e.type === 'cue' && VERBS.has(e.cue)) &&
    !m.entries.some((e) => e.type === 'cue' && e.cue === 'negation')
  );
}

/**
 * Marks the participation words a particle negates: the particle right before (raising words between), in the same
 * sentence ("not only delegations of ..." has a word between and stays). Mentions are in text order, so one pass suffices.
 */
export function negateVerbs(mentions: Mention[], tokens: Token[]): void {
  let particle: Mention | null = null;
  let since: Mention[] = [];
  for (const m of mentions) {
    if (isParticle(m)) {
      particle = m;
      since = [];
      continue;
    }
    since.push(m);
    if (!particle || particle.sentence !== m.sentence || !isVerb(m)) continue;
    if (wordsBetween(tokens, since, particle.last, m.first) === 0) withEntry(m, NEGATION);
  }
}
