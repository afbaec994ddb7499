// Which kind of mistake each missed or spurious fact of an evaluation is (issue 10): a fact found at another round
// is a wrong meeting, not a missed actor plus a spurious one, and the classes point at the stage to fix. Pure: the
// scored key sets in, counts per class out. The score.py-compatible metrics are computed elsewhere and not changed.

/** Counts per class, for the facts the graph missed and for those it added. */
export interface ClassCounts {
  missed: Record<string, number>;
  spurious: Record<string, number>;
}

export interface ErrorClasses {
  /** Article-level attendance "article|round|actor|role". */
  attendance: ClassCounts;
  /** Delegation heads "round|person". */
  delegates: ClassCounts;
  /** Statements "article|speaker". */
  statements: ClassCounts;
}

type Classify = (key: string[], own: string[][], other: string[][]) => string;

/** Counts the keys of `a` missing from `b` by class; `own` holds a's side, `other` b's side, split at "|". */
function countClasses(a: Set<string>, b: Set<string>, classify: Classify): Record<string, number> {
  const own = [...a].map((k) => k.split('|'));
  const other = [...b].map((k) => k.split('|'));
  const out: Record<string, number> = {};
  for (const k of a) {
    if (b.has(k)) continue;
    const c = classify(k.split('|'), own, other);
    out[c] = (out[c] ?? 0) + 1;
  }
  return out;
}

function classes(gold: Set<string>, predicted: Set<string>, missed: Classify, spurious: Classify): ClassCounts {
  return { missed: countClasses(gold, predicted, missed), spurious: countClasses(predicted, gold, spurious) };
}

/**
 * Attendance (article, round, actor, role), tried in this order: the same actor at the same round in another role
 * (wrongRole); the same actor and role at another round of the article (wrongMeeting); a round of which the other
 * side has nothing in the article (missedMeeting / spuriousMeeting); otherwise the actor (missedActor /
 * spuriousActor).
 */
function attendanceClass(side: 'missed' | 'spurious'): Classify {
  return ([art, round, actor, role], _own, other) => {
    const inArticle = other.filter((o) => o[0] === art);
    if (inArticle.some((o) => o[1] === round && o[2] === actor)) return 'wrongRole';
    if (inArticle.some((o) => o[1] !== round && o[2] === actor && o[3] === role)) return 'wrongMeeting';
    if (!inArticle.some((o) => o[1] === round)) return side === 'missed' ? 'missedMeeting' : 'spuriousMeeting';
    return side === 'missed' ? 'missedActor' : 'spuriousActor';
  };
}

/** Heads (round, person): the person at another round (wrongMeeting), a person not known to the gold, or absent. */
function delegateClass(side: 'missed' | 'spurious'): Classify {
  return ([round, person], _own, other) => {
    if (side === 'spurious' && person?.startsWith('unknown:')) return 'unknownPerson';
    if (other.some((o) => o[0] !== round && o[1] === person)) return 'wrongMeeting';
    if (!other.some((o) => o[0] === round)) return side === 'missed' ? 'missedMeeting' : 'spuriousMeeting';
    return side === 'missed' ? 'missedPerson' : 'spuriousPerson';
  };
}

/**
 * Statements (article, speaker): a speaker the gold does not know (unknownSpeaker); one outside any article
 * (noArticle); a speaker given in an article whose own speaker was missed (wrongSpeaker, on both sides); otherwise
 * the speaker alone (missedSpeaker / spuriousSpeaker).
 */
function statementClass(side: 'missed' | 'spurious'): Classify {
  return ([art, speaker], own, other) => {
    if (side === 'spurious' && speaker?.startsWith('unknown:')) return 'unknownSpeaker';
    if (side === 'spurious' && art === 'null') return 'noArticle';
    const ownHere = new Set(own.filter((o) => o[0] === art).map((o) => o[1]));
    const unmatched = other.filter((o) => o[0] === art && !ownHere.has(o[1]));
    if (unmatched.length) return 'wrongSpeaker';
    return side === 'missed' ? 'missedSpeaker' : 'spuriousSpeaker';
  };
}

export function errorClasses(
  attendance: { gold: Set<string>; predicted: Set<string> },
  delegates: { gold: Set<string>; predicted: Set<string> },
  statements: { gold: Set<string>; predicted: Set<string> },
): ErrorClasses {
  const of = (s: { gold: Set<string>; predicted: Set<string> }, f: (side: 'missed' | 'spurious') => Classify) =>
    classes(s.gold, s.predicted, f('missed'), f('spurious'));
  return {
    attendance: of(attendance, attendanceClass),
    delegates: of(delegates, delegateClass),
    statements: of(statements, statementClass),
  };
}

/** "wrongMeeting 4, missedActor 2": a class list for the text report, largest first. */
export function formatCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} ${String(n)}`)
    .join(', ');
}
