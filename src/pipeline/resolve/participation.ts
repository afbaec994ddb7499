// Stage 8: participation — who took / takes part in a numbered meeting of a series, in which role (its standing role
// in that series unless the text says another), and who headed a delegation. Pure. An actor counts only in a sentence with a participation cue that refers to a round; country
// names count in lists or next to a delegation word (so "talks on Syria" makes no participant); invited or absent
// actors and history in passing ("since 2017") make none.
import type { ParticipationFact, ParticipationRole } from '../../domain.js';
import { memberRole } from '../knowledge.js';
import type { Doc } from '../doc.js';
import { evidence, hasAnyCue, hasCue, quoteMask, sentenceMentions } from '../doc.js';
import type { RoundInfo } from './meetings.js';
import type { Mention } from '../extract/mentions.js';
import { cueOf, entriesOf } from '../extract/mentions.js';
import { actorOf, delegationTitle, heads, headsAnOffice } from './heads.js';
import type { Persons } from '../extract/persons.js';
import type { Frame } from './frames.js';
import { articleFrames, focusRound, sourceOfAnnouncement } from './frames.js';
import { chairedBy, mediatedBy, mediatorPersons } from './mediators.js';
import type { Candidate } from './candidates/sentence.js';
import { PARTICIPATION_CUES, candidates, sentenceOf } from './candidates.js';
import { DOCUMENT_CUES, talksBetween } from './candidates/admissions.js';
import { standardOfComparison } from './compared.js';
import { sidesSitting } from './membership.js';
import { seriesRow } from '../rows.js';
import { namesDelegateTitle, titledDelegates } from './titled.js';

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

/** The participations found so far, one per (meeting, actor, role), each with every sentence that supports it. */
class Found {
  readonly facts = new Map<string, ParticipationFact>();
  constructor(
    private readonly doc: Doc,
    private readonly rounds: RoundInfo[],
  ) {}

  info(id: string): RoundInfo | undefined {
    // A loop, not `find`: round lists of several element kinds reach here, and the inlined builtin recompiled callers.
    for (const r of this.rounds) if (r.id === id) return r;
    return undefined;
  }

  add(
    meeting: string,
    actorId: string,
    role: ParticipationRole,
    representingId: string | null,
    first: number,
    last: number,
  ): void {
    const key = `${meeting}|${actorId}|${role}`;
    const ev = evidence(this.doc, first, last);
    const prev = this.facts.get(key);
    if (prev) prev.evidence.push(ev);
    else this.facts.set(key, { meetingId: meeting, actorId, role, representingId, evidence: [ev] });
  }

  /** An actor placed at a meeting in the role it has there (none: not placed). */
  place(meeting: string, c: Pick<Candidate, 'id' | 'stated'>, first: number, last: number): void {
    const series = this.info(meeting)?.series;
    const role = series ? roleIn(this.doc, series, c.id, c.stated) : null;
    if (role) this.add(meeting, c.id, role, null, first, last);
  }
}

const TAKES_PART = ['attend', 'participate', 'head', 'headActive', 'mediate', 'coChair'] as const;
/** The cues by which a sentence says someone comes to a meeting: it attends, arrives or is expected there. */
const COMES = ['attend', 'mediate', 'coChair', 'arrive'] as const;

/** The cues by which a sentence says someone is at a meeting, not only that they speak of it or chair the body. */
const PRESENT = ['attend', 'participate', 'head', 'headActive', 'mediate', 'arrive', 'sponsor'] as const;
/** The cues of a meeting's opening or close, which put whoever acts then at the meeting they open or close. */
const EDGES = ['opening', 'closing'] as const;
/** Tokens between an opening or closing word and the meeting it is the opening or close of ("at the close of the sixth round"). */
const EDGE_REACH = 3;

/**
 * "At the close of the eighth session the envoy announced that the ninth opens in July", "the co-chairs agreed that
 * the next round be held on the 25th", "the envoy gave no press conference when the seventh round ended": of a round
 * other than the one the article reports, what the mediator or the co-chairs say or agree is no attendance. There the
 * sentence must say that someone takes part, arrives, meets someone, mediates or sponsors, or speak of the opening or
 * close of that very round, and not in the negative.
 */
function onlySpokenOf(doc: Doc, view: ArticleView, info: RoundInfo, sentence: number): boolean {
  if (view.focus === null || info.id === view.focus) return false;
  const ms = sentenceMentions(doc, sentence);
  if (ms.some((m) => hasCue(m, 'negation'))) return true;
  // A co-chair word is among the participation cues, but naming the co-chairs says nothing of where they are.
  if (ms.some((m) => hasAnyCue(m, PRESENT) && !hasCue(m, 'coChair', 'coChairPair')) || meetsWith(doc, ms)) return false;
  const own = info.mentions.filter((r) => r.sentence === sentence);
  return !ms.some((m) => hasAnyCue(m, EDGES) && own.some((r) => r.first >= m.last && r.first - m.last <= EDGE_REACH));
}

/** A series' mediator, by its envoy or a mediating word, at each meeting the sentence is about. */
function placeMediators(
  doc: Doc,
  view: ArticleView,
  found: Found,
  persons: Persons,
  targets: string[],
  sentence: number,
): void {
  const { first, last } = doc.sentences[sentence] ?? { first: 0, last: 0 };
  const rounds = view.rounds;
  for (const t of targets) {
    const info = found.info(t);
    const series = info?.series;
    if (!info || !series || onlySpokenOf(doc, view, info, sentence)) continue;
    // Speaking about a planned meeting is not heading it ("the envoy said the next session opens on the 30th"): at a
    // planned one the mediator's person heads only where the sentence says they take part, arrive or mediate; their
    // actor still mediates it. A person of the mediator who is not one of its envoys (a deputy, a spokeswoman) heads only
    // where the sentence says someone leads or opens the meeting, or that they meet the sides there: "his deputy will
    // hold contacts with the parties", "شرع نائب المبعوث في لقاءات مع الأطراف" tell of the deputy standing in.
    const heads =
      found.info(t)?.status !== 'PLANNED' ||
      sentenceMentions(doc, sentence).some((m) => hasAnyCue(m, TAKES_PART) || hasCue(m, 'arrive'));
    // "X, who heads the UN's information service, also attended": heading an office is not leading the delegation.
    const leads = sentenceMentions(doc, sentence).some(
      (m) => hasCue(m, 'opening') || (hasCue(m, 'head', 'headActive') && !headsAnOffice(doc, m, persons.mentions)),
    );
    const held = found.info(t)?.status !== 'PLANNED';
    const acts = sentenceMentions(doc, sentence).some((m) => hasAnyCue(m, TAKES_PART));
    // Those at another body's gathering of an earlier day are not at a round still ahead that the sentence carries.
    const named = found.info(t)?.mentions.some((m) => m.sentence === sentence && !m.next) ?? false;
    const elsewhere = !held && !named && earlierGathering(doc, sentence);
    for (const h of mediatorPersons(doc, sentence, persons, series)) {
      if (h.mediates) found.place(t, { id: h.representing, stated: null }, first, last);
      // "X considered that keeping the envoy in his post is better": an envoy inside what someone else says does not
      // act, unless the sentence says they take part or meet someone ("said that its meeting with the envoy ...").
      const ms = sentenceMentions(doc, sentence);
      const from = ms.find((m) => hasCue(m, 'content') && m.last <= h.at);
      const reported =
        !acts && !!from && !ms.some((m) => m.first >= from.last && m.last <= h.at && hasCue(m, 'meeting'));
      if (
        !heads ||
        reported ||
        elsewhere ||
        !(h.envoy || leads || (held && meetsSidesAfter(doc, persons, h.at))) ||
        (absentInClause(doc, h.at) && memberRole(doc.knowledge, series, h.representing) === 'MEDIATOR')
      )
        continue;
      if (!h.mediates && !envoyComes(doc, sentence)) continue;
      // Another member's envoy attests its delegation only by heading it.
      if (!h.mediates) found.place(t, { id: h.representing, stated: null }, first, last);
      found.add(t, h.person, 'PARTICIPANT', h.representing, first, last);
    }
    for (const a of mediatedBy(doc, sentence, series)) found.add(t, a, 'MEDIATOR', null, first, last);
    // Each co-chair is at the round named nearest to it ("the co-chairs agreed to use session 4 for the agenda of
    // session 3" places them at the fourth).
    for (const c of chairedBy(doc, sentence, series))
      if (nearestRound(doc, rounds, targets, sentence, c.at) === t)
        found.place(t, { id: c.actor, stated: null }, first, last);
  }
}

/** Tokens between an absence word and the envoy it is said of ("will miss the opening session, the UN envoy X"). */
const ABSENT_REACH = 10;

/**
 * "ويغيب عن جلستها الافتتاحية المبعوث الخاص ستافان دي ميستورا", "the envoy, X, will not attend the opening": an envoy
 * with an absence word (cue negation) in their clause, before them within reach or right after them, heads nothing;
 * the body they serve may still mediate through a deputy.
 */
function absentInClause(doc: Doc, at: number): boolean {
  const breaks = (k: number): boolean => ['،', ',', ';', '.', ':'].includes(doc.tokens[k]?.text ?? '');
  for (let k = at - 1; k >= Math.max(0, at - ABSENT_REACH) && !breaks(k); k--)
    if (hasCue(doc.cover[k], 'negation')) return true;
  const person = doc.cover[at];
  const after = doc.cover[person?.last ?? at + 1];
  return hasCue(after, 'negation');
}

/**
 * An envoy of a member that does not mediate ("the UN envoy" at talks the UN observes) heads its delegation where the
 * sentence says someone takes part, arrives or is expected ("X is expected at the meeting", "X joins the
 * negotiators tomorrow") and nothing is negated ("X, who is not taking part, said ..."): what the envoy only says
 * about a round does not place them at it.
 */
function envoyComes(doc: Doc, sentence: number): boolean {
  const ms = sentenceMentions(doc, sentence);
  // A delegation word alone ("the delegations of X and Jordan", "met the envoy") says no one comes.
  const comes = ms.some((m) => hasAnyCue(m, COMES) && !hasCue(m, 'delegation')) || meetsWith(doc, ms);
  return comes && !ms.some((m) => hasCue(m, 'negation'));
}

/**
 * "the Turkish delegation held its first meetings with X", "X met the Syrian team", "يعقد X لقاءات مع الوفود": in a
 * sentence about a round, meeting someone there (a meeting verb with its object, or a meeting noun with "with" right
 * after it) is being there. A verb closing its clause where objects follow the verb ("the delegations of X and of
 * Syria met") says only that two sides met, not whom the envoy met.
 */
function meetsWith(doc: Doc, ms: Mention[]): boolean {
  return ms.some(
    (m) =>
      (hasCue(m, 'meetWith') && !hasCue(m, 'negation') && (doc.lex.verbFinal || !closesClause(doc, m.last))) ||
      (hasCue(m, 'meeting', 'meetingPlural') && hasCue(doc.cover[m.last], 'companion')),
  );
}

/** Tokens from a person to the meeting words of which they are the subject ("X, his deputy, will hold contacts"). */
const MEETS_AFTER_REACH = 12;

/**
 * "Ramzy, his deputy, would hold contacts with the parties", "شرع نائب المبعوث، X، في لقاءات مع الأطراف": meeting
 * words after the person at `at`, within reach, make them the one who meets — unless another subject stands between:
 * a person, an actor ("the sides held contacts"), or a speech word ("X told reporters that the sides met").
 */
function meetsSidesAfter(doc: Doc, persons: Persons, at: number): boolean {
  const sentence = doc.tokens[at]?.sentence ?? -1;
  const from = doc.cover[at]?.last ?? at + 1;
  const ms = sentenceMentions(doc, sentence).filter((m) => m.first >= from && m.first - from <= MEETS_AFTER_REACH);
  const meet = ms.find(
    (m) =>
      (hasCue(m, 'meetWith') && !hasCue(m, 'negation')) ||
      (hasCue(m, 'meeting', 'meetingPlural') && hasCue(doc.cover[m.last], 'companion')),
  );
  if (!meet) return false;
  const between = ms.filter((m) => m.last <= meet.first);
  if (between.some((m) => hasCue(m, 'speech', 'content', 'partyNoun', 'delegation') || actorOf(m) !== null))
    return false;
  return !persons.mentions.some((p) => p.first >= from && p.last <= meet.first);
}

/** Token k ends a clause: the sentence ends, or hard punctuation stands there. */
function closesClause(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return !t || t.sentence !== doc.tokens[k - 1]?.sentence || (t.kind === 'punct' && !QUOTE_MARKS.has(t.text));
}

const QUOTE_MARKS = new Set(['"', '«', '»', '“', '”']);

/**
 * "X, the Russian envoy, said ...": a delegate known by the title beside the name heads the delegation of the actor
 * it names at the round the sentence is about — where that round is held and the actor has a role in its series
 * (a mediator's envoys are placed by their standing, above). At a round still ahead a standing title is no attendance.
 */
function placeTitled(
  doc: Doc,
  view: ArticleView,
  found: Found,
  persons: Persons,
  targets: string[],
  sentence: number,
): void {
  if (!namesDelegateTitle(doc, sentence)) return;
  const { first, last } = doc.sentences[sentence] ?? { first: 0, last: 0 };
  for (const d of titledDelegates(doc, sentence, persons)) {
    const round = roundFor(doc, view, found, targets, sentence, d.at);
    const info = found.info(round);
    if (info?.status !== 'HELD' || absentInClause(doc, d.at)) continue;
    const member = seriesRow(doc.knowledge, info.series)?.members.find((m) => m.actor === d.representing);
    if (!member || member.envoys || !roleIn(doc, info.series, d.representing, null)) continue;
    found.place(round, { id: d.representing, stated: null }, first, last);
    found.add(round, d.person, 'PARTICIPANT', d.representing, first, last);
  }
}

/**
 * Before the article names a round only the host is placed, at the round it reports ("Kazakhstan will no longer
 * host the talks ... as the 20th round was wrapping up").
 */
function placePreambleHosts(doc: Doc, found: Found, persons: Persons, round: string, sentence: number): void {
  const sent = doc.sentences[sentence];
  if (!sent) return;
  const s = sentenceOf(doc, sentence, persons, new Set([found.info(round)?.series ?? '']), false);
  for (const c of candidates(s).filter((x) => x.stated === 'HOST'))
    found.add(round, c.id, 'HOST', null, sent.first, sent.last);
}

/** What the whole article says about its rounds, read once for every sentence. */
interface ArticleView {
  rounds: RoundInfo[];
  mask: boolean[];
  frames: Frame[];
  focus: string | null;
  focusHeld: boolean;
}

/**
 * With several rounds in one sentence, each actor goes to the round mentioned nearest to it — except that a planned
 * round inside a quote does not govern an actor outside it ("'...that the tenth round takes place in Sochi,' said X,
 * who led his country's delegation"); the round the article reports does.
 */
function roundFor(
  doc: Doc,
  view: ArticleView,
  found: Found,
  targets: string[],
  sentence: number,
  first: number,
): string {
  const r = nearestRound(doc, view.rounds, targets, sentence, first);
  const named = found.info(r);
  const own = named?.mentions.filter((m) => m.sentence === sentence && !m.next) ?? [];
  // A round the sentence does not name itself (carried, or "the next meeting") is in no quote of it.
  const quoted = own.length > 0 && own.every((m) => view.mask[m.first]);
  if (named?.status === 'PLANNED' && quoted && !view.mask[first] && view.focus !== null && view.focusHeld)
    return view.focus;
  // "According to Russia, Iran and Turkey, the 16th round will ...": the source of an announcement is at the round
  // the article reports.
  const at = named?.mentions.find((m) => m.sentence === sentence && !m.next)?.first ?? -1;
  if (
    named?.status === 'PLANNED' &&
    view.focus !== null &&
    view.focusHeld &&
    sourceOfAnnouncement(doc, sentence, first, at)
  )
    return view.focus;
  return r;
}

/** The actors and delegation heads of one sentence about rounds of a series, placed at those rounds. */
function placeSentence(
  doc: Doc,
  view: ArticleView,
  found: Found,
  persons: Persons,
  targets: string[],
  index: number,
  participates: boolean,
): void {
  const sent = doc.sentences[index];
  if (!sent) return;
  const at = (first: number): string => roundFor(doc, view, found, targets, index, first);
  // "led by", "heads" alone name a head, not the sentence's other actors ("a process led and owned by Syria").
  const ownRound = view.rounds.some((r) => r.mentions.some((m) => m.sentence === index && !m.next));
  const series = new Set(targets.map((t) => found.info(t)?.series ?? ''));
  if (participates) {
    const s = sentenceOf(doc, index, persons, series, ownRound);
    for (const c of candidates(s)) found.place(at(c.mention.first), c, sent.first, sent.last);
  }
  const earlier = !ownRound && earlierGathering(doc, index);
  for (const h of heads(doc, index, persons)) {
    if (earlier && found.info(at(h.at))?.status === 'PLANNED') continue;
    // The delegation a head leads took part too ("Ahmed Toma heads the Syrian armed opposition").
    found.place(at(h.at), { id: h.representing, stated: null }, sent.first, sent.last);
    found.add(at(h.at), h.person, 'PARTICIPANT', h.representing, sent.first, sent.last);
  }
}

/**
 * "The coalition's political body met in Istanbul yesterday, and A, B and C took part in it": a gathering the
 * sentence says met on a day before the article's (a relative day word, "yesterday", "أمس") is not a round still
 * ahead that the sentence carries from its neighbours without naming it; those at that gathering head nothing there.
 */
function earlierGathering(doc: Doc, index: number): boolean {
  const ms = sentenceMentions(doc, index);
  return ms.some((m) => hasCue(m, 'gather', 'meetWith')) && ms.some((m) => (cueOf(m, 'relday')?.value ?? 0) < 0);
}

/**
 * A sentence that says who sponsors a round it reports ("held under the aegis of ..."), or what came out of a round
 * it names ("the three sponsors could not bridge their differences at the seventh round").
 */
function sponsoredOrConcluded(doc: Doc, view: ArticleView, index: number): boolean {
  const ms = sentenceMentions(doc, index);
  const ownRound = view.rounds.some((r) => r.mentions.some((m) => m.sentence === index && !m.next));
  if (ownRound && ms.some((m) => hasCue(m, 'outcome'))) return true;
  if (!ms.some((m) => hasCue(m, 'sponsor'))) return false;
  const frame = view.frames[index];
  const targets = frame?.kind === 'rounds' ? frame.rounds : [];
  const series = new Set(view.rounds.filter((r) => targets.includes(r.id)).map((r) => r.series));
  return ownRound || !ms.some((m) => entriesOf(m, 'series').some((e) => series.has(e.id)));
}

/** The sides a sentence gives as the make-up of a body sitting at the round the article reports, placed there. */
function placeSittingBody(doc: Doc, view: ArticleView, found: Found, sentence: number): void {
  const focus = view.focus === null ? undefined : found.info(view.focus);
  const sent = doc.sentences[sentence];
  if (!focus || !sent) return;
  for (const id of sidesSitting(doc, sentence, focus, view.rounds))
    found.place(focus.id, { id, stated: null }, sent.first, sent.last);
}

/**
 * A sentence that names a document of its rounds with a guarantor near it ("the joint statement issued by Iran,
 * Russia and Turkey", "البيان الختامي للدول الثلاث"): it tells who wrote the round's document, who took part.
 */
function authoredDocument(doc: Doc, view: ArticleView, index: number): boolean {
  const ms = sentenceMentions(doc, index);
  if (!ms.some((m) => hasAnyCue(m, DOCUMENT_CUES))) return false;
  const frame = view.frames[index];
  if (frame?.kind !== 'rounds') return false;
  const series = new Set(view.rounds.filter((r) => frame.rounds.includes(r.id)).map((r) => r.series));
  return ms.some((m) => {
    if (hasCue(m, 'guarantor', 'guarantorTrio')) return true;
    const a = actorOf(m);
    return a !== null && [...series].some((x) => memberRole(doc.knowledge, x, a.id) === 'GUARANTOR');
  });
}

export function findParticipation(doc: Doc, rounds: RoundInfo[], persons: Persons): ParticipationFact[] {
  if (!rounds.length) return [];
  const found = new Found(doc, rounds);
  const focus = focusRound(rounds, doc);
  const view: ArticleView = {
    rounds,
    mask: quoteMask(doc),
    frames: articleFrames(doc, rounds),
    focus,
    focusHeld: focus !== null && found.info(focus)?.status === 'HELD',
  };
  for (const sent of doc.sentences) {
    const ms = sentenceMentions(doc, sent.index);
    const participates =
      ms.some((m) => hasAnyCue(m, PARTICIPATION_CUES)) ||
      sponsoredOrConcluded(doc, view, sent.index) ||
      authoredDocument(doc, view, sent.index) ||
      talksBetween(doc, ms).length > 0;
    const headed = ms.some((m) => hasCue(m, 'head', 'headActive', 'attend') || delegationTitle(doc, m));
    const frame = view.frames[sent.index];
    if (frame?.kind === 'rounds') placeMediators(doc, view, found, persons, frame.rounds, sent.index);
    // Before any round is named, a titled delegate is at the round the article reports (the lead tells of it).
    const titledAt = frame?.kind === 'rounds' ? frame.rounds : frame?.kind === 'preamble' ? [frame.round] : [];
    if (titledAt.length) placeTitled(doc, view, found, persons, titledAt, sent.index);
    placeSittingBody(doc, view, found, sent.index);
    if (!participates && !headed) continue;
    if (frame?.kind === 'preamble' && participates) placePreambleHosts(doc, found, persons, frame.round, sent.index);
    // A general description of the format, or a sentence about no round, places no one.
    // "these meetings" (frames.ts): the sentence places its actors at every round it points back to.
    else if (frame?.kind === 'rounds')
      for (const targets of frame.each ? frame.rounds.map((r) => [r]) : [frame.rounds])
        placeSentence(doc, view, found, persons, targets, sent.index, participates);
  }
  return [...found.facts.values()];
}

/** Of the meetings a sentence is about, the one mentioned nearest to a token. */
function nearestRound(doc: Doc, rounds: RoundInfo[], targets: string[], sentence: number, first: number): string {
  let best = targets[0] ?? '';
  if (targets.length === 1) return best;
  let dist = Infinity;
  // "What sets Geneva II apart from Geneva I is that the Syrians attend it": the standard a meeting is compared with
  // governs no one while the sentence names the compared one.
  const own = rounds
    .filter((r) => targets.includes(r.id))
    .flatMap((r) => r.mentions.filter((m) => m.sentence === sentence && !m.next));
  const standards = new Set(own.filter((m) => standardOfComparison(doc, m.first)));
  const skipStandards = standards.size > 0 && standards.size < own.length;
  for (const r of rounds) {
    if (!targets.includes(r.id)) continue;
    for (const m of r.mentions) {
      if (m.sentence !== sentence || m.next || (skipStandards && standards.has(m))) continue;
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
