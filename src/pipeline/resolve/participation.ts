// Stage 8: participation — who took / takes part in a numbered meeting of a series, in which role (its standing role
// in that series unless the text says another), and who headed a delegation. Pure. An actor counts only in a sentence with a participation cue that refers to a round; country
// names count in lists or next to a delegation word (so "talks on Syria" makes no participant); invited or absent
// actors and history in passing ("since 2017") make none.
import type { ParticipationFact, ParticipationRole } from '../../domain.js';
import type { CueName } from '../knowledge.js';
import { memberRole } from '../knowledge.js';
import type { Doc } from '../doc.js';
import { hasCue, quoteMask, sentenceMentions, span } from '../doc.js';
import type { RoundInfo } from './meetings.js';
import type { Mention } from '../extract/mentions.js';
import { entriesOf } from '../extract/mentions.js';
import { actorOf, delegationTitle, heads } from './heads.js';
import type { Persons } from '../extract/persons.js';
import { articleFrames, focusRound, sourceOfAnnouncement } from './frames.js';
import { chairedBy, mediatedBy, mediatorPersons } from './mediators.js';

const PARTICIPATION_CUES: CueName[] = ['participate', 'attend', 'guarantor', 'observer', 'host'];

interface Candidate {
  id: string;
  /** The role the text states (hosting, attending as an observer); else the actor's standing role in the series. */
  stated: 'HOST' | 'OBSERVER' | null;
  mention: Mention;
}

/**
 * An actor's role at a meeting of a series: a stated host hosts; a member has its standing role, and a stated observer
 * that is not a guarantor or a party observes; a member that only ever hosts (Kazakhstan in Astana) is placed only
 * when the text says it hosts.
 */
export function roleIn(doc: Doc, series: string, id: string, stated: Candidate['stated']): ParticipationRole | null {
  if (stated === 'HOST') return 'HOST';
  const standing = memberRole(doc.knowledge, series, id);
  if (standing === 'HOST') return null;
  if (stated === 'OBSERVER' && standing !== 'GUARANTOR' && standing !== 'PARTY') return 'OBSERVER';
  return standing;
}

/**
 * A reference to another process: a series other than the ones the sentence's meetings belong to, or a process that
 * is no series of ours ("the national dialogue congress"); "in Geneva" after a preposition is a venue, not the talks.
 */
function otherProcessRef(doc: Doc, m: Mention, series: ReadonlySet<string>): boolean {
  const named = entriesOf(m, 'series');
  if (!named.length) return hasCue(m, 'otherSeries');
  if (named.some((e) => series.has(e.id))) return false;
  return named.some((e) => e.form !== 'short') || !hasCue(doc.cover[m.first - 1], 'locPrep');
}

/** Whether a token is filler between list items: punctuation of a list, "and", articles, "of" ("de la", "و"). */
function filler(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t) return false;
  if (t.kind === 'punct') return [',', '-', '–', '—', '(', ')', "'", '"', '،'].includes(t.text);
  if (t.text.length === 1) return true; // "l'", "d'"
  const x = doc.cover[i];
  if (!x || !x.entries.every((e) => e.type === 'cue')) return false;
  return hasCue(x, 'stop', 'rangeJoin', 'dateFiller');
}

/** Words between two mentions, not counting list fillers: 0 for "Russia, Turkey", "de la Russie, de la Turquie". */
function gap(doc: Doc, a: Mention, b: Mention): number {
  const [from, to] = a.last <= b.first ? [a.last, b.first] : [b.last, a.first];
  if (from > to) return Infinity;
  let n = 0;
  for (let i = from; i < to; i++) if (!filler(doc, i)) n++;
  return n;
}

/**
 * The state is the subject of a hosting verb: before it ("Kazakhstan will no longer host"), after it where the verb
 * comes first ("تستضيفها كازاخستان"), or after "hosted by" — not "hosting of Syria talks".
 */
function hosts(doc: Doc, m: Mention): boolean {
  return sentenceMentions(doc, m.sentence).some((x) => {
    if (x === m || !hasCue(x, 'host') || gap(doc, m, x) >= 4) return false;
    return m.last <= x.first || doc.lex.verbFirst || hasCue(x, 'hostBy');
  });
}

/** A cue of the given kinds within `dist` words of the mention, list fillers not counted. */
function near(doc: Doc, m: Mention, cues: CueName[], dist: number): boolean {
  const ms = sentenceMentions(doc, m.sentence);
  return ms.some((x) => x !== m && hasCue(x, ...cues) && gap(doc, m, x) < dist);
}

/**
 * A state named inside a title or next to a ministry ("نائب وزير خارجية كازاخستان", "Russian Deputy Foreign
 * Minister", "the Kazakh Foreign Ministry") is an affiliation, not a delegation — unless a delegation word is between.
 */
function inTitle(doc: Doc, m: Mention): boolean {
  if (hasCue(doc.cover[m.first - 1], 'ministry') || hasCue(doc.cover[m.last], 'ministry')) return true;
  for (let j = Math.max(0, m.first - 3); j < Math.min(doc.tokens.length, m.last + 3); j++) {
    const x = doc.cover[j];
    // "Vertreter", "representatives": a title word that also names a delegation does not make one.
    if (!x || x === m || x.sentence !== m.sentence || !hasCue(x, 'title') || hasCue(x, 'delegation')) continue;
    // Arabic and Persian name the state after the title ("وزير الخارجية الأمريكي"); a title after the state starts
    // the object of a verb ("أوفدت الولايات المتحدة مساعد وزير الخارجية").
    if (doc.lex.verbFirst && x.first >= m.last) continue;
    const [a, b] = x.last <= m.first ? [x.last, m.first] : [m.last, x.first];
    let blocked = false;
    for (let k = a; k < b; k++) if (hasCue(doc.cover[k], 'delegation') || doc.tokens[k]?.text === ',') blocked = true;
    if (!blocked) return true;
  }
  return false;
}

/** "Jordan, which had joined earlier rounds, did not send a delegation": the actor nearest before a negated verb. */
function negatedSubject(ms: Mention[], m: Mention): boolean {
  const neg = ms.find((x) => x.first >= m.last && hasCue(x, 'negation'));
  if (!neg) return false;
  if (ms.some((x) => x !== m && x.first >= m.last && x.last <= neg.first && actorOf(x) !== null)) return false;
  // Where the subject follows the verb ("بينما غاب عنها ممثل الولايات المتحدة"), the negation is about that one.
  const next = ms.find((x) => x.first >= neg.last && actorOf(x) !== null);
  return !next || next.sentence !== m.sentence || next.first - neg.last > 4;
}

/** A cue of the kind in the same comma-delimited clause as the mention. */
function sameClause(doc: Doc, ms: Mention[], m: Mention, cue: CueName): boolean {
  return ms.some((x) => {
    if (x === m || !hasCue(x, cue)) return false;
    const [a, b] = x.first < m.first ? [x.last, m.first] : [m.last, x.first];
    for (let k = a; k < b; k++) if (doc.tokens[k]?.text === ',' || doc.tokens[k]?.text === ';') return false;
    return true;
  });
}

/**
 * "a ministerial meeting of the foreign ministers of Russia, Syria, Iran and Turkey": the list an actor stands in
 * is governed by the word before its first item; another meeting's word there makes them that meeting's members.
 */
function otherMeetingList(doc: Doc, m: Mention): boolean {
  let j = m.first - 1;
  for (let n = 0; j >= 0 && n < 20; n++) {
    const x = doc.cover[j];
    if (x && actorOf(x)) j = x.first - 1;
    else if (filler(doc, j)) j--;
    else break;
  }
  return hasCue(doc.cover[j], 'otherMeeting');
}

/**
 * The capital of a state, listed with other states' capitals and not after "in", stands for the state ("Moscow,
 * Tehran and Ankara signed").
 */
function standIn(doc: Doc, ms: Mention[], m: Mention): ReturnType<typeof actorOf> {
  const capitalOf = (x: Mention): string | null => {
    const id = entriesOf(x, 'place')[0]?.id;
    const row = doc.knowledge.places.find((p) => p.id === id);
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

/** Actors named in the sentence as taking part, with their roles. */
function candidates(
  doc: Doc,
  sentence: number,
  persons: Persons,
  series: ReadonlySet<string>,
  ownRound = false,
): Candidate[] {
  const ms = sentenceMentions(doc, sentence);
  // History in passing ("since 2017") places no one at this round, except the host ("which it has hosted since").
  const history = ms.some((m) => hasCue(m, 'history'));
  // A sentence about another process (another series, a congress) does not place anyone at a round.
  const otherProcess = ms.some((m) => otherProcessRef(doc, m, series));
  // "At the Astana talks, in which Russia, Turkey and Iran take part, the Constitutional Committee's work ...": a
  // process named in passing claims only the actors nearer to it than to the meeting's own name.
  const ownRef = (x: Mention): boolean => hasCue(x, 'meeting') || entriesOf(x, 'series').some((e) => series.has(e.id));
  const ownName = ms.some(ownRef);
  if (otherProcess && !ownRound && !ownName) return [];
  // The reference that governs an actor is the nearest one before it ("At the Astana talks, in which Russia, Turkey
  // and Iran take part, ..."), else the nearest after it ("Russia and Iran took part in the Astana talks").
  const claimedByOther = (m: Mention): boolean => {
    const refs = ms.filter((x) => otherProcessRef(doc, x, series) || ownRef(x));
    const before = refs.filter((x) => x.last <= m.first).pop();
    const governing = before ?? refs.find((x) => x.first >= m.last);
    return !!governing && otherProcessRef(doc, governing, series);
  };
  const negAt = ms.find((m) => hasCue(m, 'negation'))?.first ?? Infinity;
  const inPerson = (m: Mention): boolean =>
    persons.mentions.some(
      (p) =>
        p.sentence === sentence &&
        m.first >= p.first - 6 &&
        m.last <= p.first &&
        ms.some((x) => hasCue(x, 'title') && x.first >= m.first - 3 && x.last <= p.first),
    );
  const actors = ms
    .map((m) => ({ m, a: actorOf(m) ?? standIn(doc, ms, m) }))
    .filter((x): x is { m: Mention; a: NonNullable<ReturnType<typeof actorOf>> } => x.a !== null);
  const out: Candidate[] = [];
  for (const [k, { m, a }] of actors.entries()) {
    // Invited, absent or boycotting: after such a word, or in the same clause ("the United States were absent").
    if (m.first > negAt || sameClause(doc, ms, m, 'negation') || negatedSubject(ms, m)) continue;
    if (otherMeetingList(doc, m)) continue;
    // "the Syrian Arab Republic's sovereignty": a possessive names an attribute, unless a delegation or a joint
    // statement follows ("Iran, Russia, and Turkey's joint statement").
    const possessive = doc.tokens[m.last]?.text === "'" && doc.tokens[m.last + 1]?.text === 's';
    if (possessive && !hasCue(doc.cover[m.last + 2], 'delegation', 'participate')) continue;
    if ((a.form === 'name' || a.form === 'demonym') && (inTitle(doc, m) || inPerson(m))) continue;
    // "envoy for Syria", "спецпосланник ... по Сирии": the object of a title.
    const objectOf = hasCue(doc.cover[m.first - 1], 'titleObject') && !hasCue(doc.cover[m.first - 1], 'rangeJoin');
    if (a.form === 'name' && objectOf) continue;
    const delegation = near(doc, m, ['delegation'], 2);
    const listed = actors.some((o, j) => j !== k && o.a.form !== 'demonym' && gap(doc, m, o.m) === 0);
    // One state hosts: a country in a list next to "venue" is a guest.
    const host = hosts(doc, m) && a.form !== 'demonym' && a.form !== 'org' && !listed;
    if (host) {
      out.push({ id: a.id, stated: 'HOST', mention: m });
      continue;
    }
    if (history) continue;
    // "The United States sent X ... to follow the session as an observer": the one state of an observer sentence.
    const loneObserver =
      a.form === 'name' &&
      actors.filter((o) => o.a.id !== a.id && o.a.form !== 'org').length === 0 &&
      ms.some((x) => hasCue(x, 'observer'));
    // "Jordan took part", "участвовала Иордания": a state right next to an attending verb is its subject.
    const subject = a.form === 'name' && near(doc, m, ['attend'], 2) && !hasCue(doc.cover[m.first - 1], 'titleObject');
    const ok =
      loneObserver ||
      subject ||
      a.form === 'org' ||
      a.form === 'strong' ||
      (a.form === 'name' && (listed || delegation)) ||
      (a.form === 'demonym' && delegation);
    if (!ok) continue;
    // Next to another process ("the constitutional committee") only actors named as guarantors or observers count.
    if (otherProcess && (ownRound || claimedByOther(m)) && !near(doc, m, ['guarantor', 'observer'], 6)) continue;
    out.push({ id: a.id, stated: near(doc, m, ['observer'], 12) ? 'OBSERVER' : null, mention: m });
  }
  return out;
}

export function findParticipation(doc: Doc, rounds: RoundInfo[], persons: Persons): ParticipationFact[] {
  const out = new Map<string, ParticipationFact>();
  const info = (id: string): RoundInfo | undefined => rounds.find((r) => r.id === id);
  const add = (
    meeting: string,
    actorId: string,
    role: ParticipationRole,
    representingId: string | null,
    first: number,
    last: number,
  ): void => {
    const key = `${meeting}|${actorId}|${role}`;
    const s = span(doc, first, last);
    const ev = { articleId: doc.article.id, text: s.text, start: s.start, end: s.end };
    const prev = out.get(key);
    if (prev) prev.evidence.push(ev);
    else out.set(key, { meetingId: meeting, actorId, role, representingId, evidence: [ev] });
  };
  /** An actor placed at a meeting in the role it has there (none: not placed). */
  const place = (meeting: string, c: Pick<Candidate, 'id' | 'stated'>, first: number, last: number): void => {
    const series = info(meeting)?.series;
    const role = series ? roleIn(doc, series, c.id, c.stated) : null;
    if (role) add(meeting, c.id, role, null, first, last);
  };
  /** A series' mediator, by its envoy or a mediating word, at each meeting the sentence is about. */
  const mediators = (targets: string[], sentence: number, first: number, last: number): void => {
    for (const t of targets) {
      const series = info(t)?.series;
      if (!series) continue;
      for (const h of mediatorPersons(doc, sentence, persons, series)) {
        place(t, { id: h.representing, stated: null }, first, last);
        add(t, h.person, 'PARTICIPANT', h.representing, first, last);
      }
      for (const a of mediatedBy(doc, sentence, series)) add(t, a, 'MEDIATOR', null, first, last);
      for (const a of chairedBy(doc, sentence, series)) place(t, { id: a, stated: null }, first, last);
    }
  };
  if (!rounds.length) return [];
  const mask = quoteMask(doc);
  const frames = articleFrames(doc, rounds);
  const focus = focusRound(rounds);
  const focusHeld = focus !== null && info(focus)?.status === 'HELD';
  for (const sent of doc.sentences) {
    const ms = sentenceMentions(doc, sent.index);
    const participates = ms.some((m) => hasCue(m, ...PARTICIPATION_CUES));
    const headed = ms.some((m) => hasCue(m, 'head', 'headActive', 'attend') || delegationTitle(doc, m));
    const frame = frames[sent.index];
    if (frame?.kind === 'rounds') mediators(frame.rounds, sent.index, sent.first, sent.last);
    if (!participates && !headed) continue;
    // Before the article names a round only the host is placed, at the round it reports ("Kazakhstan will no longer
    // host the talks ... as the 20th round was wrapping up").
    if (frame?.kind === 'preamble' && participates) {
      const series = new Set([info(frame.round)?.series ?? '']);
      for (const c of candidates(doc, sent.index, persons, series).filter((x) => x.stated === 'HOST'))
        add(frame.round, c.id, 'HOST', null, sent.first, sent.last);
      continue;
    }
    // A general description of the format, or a sentence about no round, places no one.
    if (frame?.kind !== 'rounds') continue;
    const targets = frame.rounds;
    // With several rounds in one sentence, each actor goes to the round mentioned nearest to it.
    const nearest = (first: number): string => {
      const r = nearestRound(doc, rounds, targets, sent.index, first);
      // "'...that the tenth round takes place in Sochi,' said X, who led his country's delegation": a planned round
      // inside a quote does not govern an actor outside it; the round the article reports does.
      const named = info(r);
      const quoted = named?.mentions.filter((m) => m.sentence === sent.index && !m.next).every((m) => mask[m.first]);
      if (named?.status === 'PLANNED' && quoted && !mask[first] && focus !== null && focusHeld) return focus;
      const at = named?.mentions.find((m) => m.sentence === sent.index && !m.next)?.first ?? -1;
      if (
        named?.status === 'PLANNED' &&
        focus !== null &&
        focusHeld &&
        sourceOfAnnouncement(doc, sent.index, first, at)
      )
        return focus;
      return r;
    };
    // "led by", "heads" alone name a head, not the sentence's other actors ("a process led and owned by Syria").
    const ownRound = rounds.some((r) => r.mentions.some((m) => m.sentence === sent.index && !m.next));
    const series = new Set(targets.map((t) => info(t)?.series ?? ''));
    for (const c of participates ? candidates(doc, sent.index, persons, series, ownRound) : [])
      place(nearest(c.mention.first), c, sent.first, sent.last);
    for (const h of heads(doc, sent.index, persons)) {
      // The delegation a head leads took part too ("Ahmed Toma heads the Syrian armed opposition").
      place(nearest(h.at), { id: h.representing, stated: null }, sent.first, sent.last);
      add(nearest(h.at), h.person, 'PARTICIPANT', h.representing, sent.first, sent.last);
    }
  }
  return [...out.values()];
}

/** Of the meetings a sentence is about, the one mentioned nearest to a token. */
function nearestRound(doc: Doc, rounds: RoundInfo[], targets: string[], sentence: number, first: number): string {
  let best = targets[0] ?? '';
  if (targets.length === 1) return best;
  let dist = Infinity;
  for (const r of rounds) {
    if (!targets.includes(r.id)) continue;
    for (const m of r.mentions) {
      if (m.sentence !== sentence || m.next) continue;
      // "The previous round" named after the actor governs it less than a round named before it ("Astana 5
      // opens, attended by the Syrian delegation ... and all the parties at the previous round").
      const d = m.before && m.first > first ? (m.first - first) * 2 : Math.abs(m.first - first);
      if (d < dist) {
        dist = d;
        best = r.id;
      }
    }
  }
  return best;
}
