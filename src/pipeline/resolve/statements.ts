// Stage 9: statements — every attributed quote or reported statement: speech cue, speaker (speakers.ts), kind,
// date and meeting. Pure. Dates follow GUIDELINE rule 4: an explicit or relative date of the speech, the meeting's
// day for remarks at its close, null for "earlier", else the day the surrounding text talks about, else publishedAt.
import type { IsoDate, StatementFact, StatementKind } from '../../domain.js';
import type { DateMention } from '../extract/dates.js';
import type { Doc } from '../doc.js';
import { evidence, hasCue, quoteMask, sentenceMentions, span } from '../doc.js';
import type { RoundInfo } from './meetings.js';
import type { Mention } from '../extract/mentions.js';
import { entriesOf } from '../extract/mentions.js';
import { focusRound } from './frames.js';
import { calendarRow } from './calendar.js';
import type { Persons } from '../extract/persons.js';
import type { CueContext, PreviousSpeaker } from './speakers.js';
import {
  apposedColon,
  coSpeakers,
  contentAfter,
  institutionSubject,
  namedSpeaker,
  speechCues,
  titledFrom,
  unnamedSpeaker,
  windowEnd,
} from './speakers.js';

/** "في ختام أعمال أستانة": a closing word names a series' round within this many tokens after it. */
export const CLOSING_SERIES = 5;
/** The same speaker's statement this many sentences later keeps the date of the earlier one. */
export const SAME_SPEECH_SENTENCES = 2;
/** The day the text talks about is read from relative dates at most this many paragraphs back. */
export const CONTEXT_PARAGRAPHS = 2;
/** "dün başlayan", "which opened Wednesday", "بدأ الطرفان أمس": a start verb this many words from a date dates a start. */
export const START_VERB_REACH = 3;

export interface FoundStatement {
  fact: StatementFact;
  /** The meeting (id) the statement was made at or about. */
  meeting: string | null;
  atClosing: boolean;
}

/** What the article has said so far: the last speaker and the day each explicit date was spoken on. */
interface Reading {
  previous: (PreviousSpeaker & { date: IsoDate | null }) | null;
  spokenOn: Map<DateMention, string>;
}

export function findStatements(doc: Doc, persons: Persons, rounds: RoundInfo[]): FoundStatement[] {
  const mask = quoteMask(doc);
  const out: FoundStatement[] = [];
  const reading: Reading = { previous: null, spokenOn: new Map() };
  for (const sent of doc.sentences) {
    const ms = sentenceMentions(doc, sent.index);
    const cues = speechCues(doc, ms, mask);
    const done = new Set<string>();
    const heading = colonSpeaker(doc, persons, sent, mask);
    if (heading) {
      const cue: Mention = {
        entries: [],
        cues: [],
        first: heading.last,
        last: heading.last + 1,
        start: 0,
        end: 0,
        sentence: sent.index,
      };
      const c: CueContext = { doc, persons, sent, ms, cues, cue, mask, stop: heading.last + 1, reportFrom: Infinity };
      done.add(heading.id);
      out.push(statement(c, heading.id, rounds, reading));
    }
    // "وأفادت وكالة ... وأوضحت أن": a later verb of the sentence with no subject of its own continues the institution
    // or speaker; persons from the content on are inside the report.
    let reportFrom = Infinity;
    let relayed = false;
    for (const cue of cues) {
      // "…, while Y stressed", "في حين أكد Y": a clause break ends the report; a person after it may speak again.
      if (ms.some((m) => hasCue(m, 'clauseBreak') && m.first >= reportFrom && m.last <= cue.first)) {
        reportFrom = Infinity;
        relayed = false;
      }
      const c: CueContext = {
        doc,
        persons,
        sent,
        ms,
        cues,
        cue,
        mask,
        stop: windowEnd(doc, ms, cue, sent),
        reportFrom,
        relayed,
      };
      // "RIA Novosti reports", "the Kazakh Foreign Ministry said", "أفادت وكالة الأنباء": an institution speaks, and
      // a person named in what it says is no speaker.
      // A citing word ("цитирует ТАСС X") speaks for the person it cites, whoever its subject is.
      if (!hasCue(cue, 'citing') && institutionSubject(doc, cue, persons)) {
        const from = contentAfter(ms, cue) ?? Infinity;
        if (from < reportFrom) relayed = true;
        reportFrom = Math.min(reportFrom, from);
        continue;
      }
      const speaker = namedSpeaker(c)?.id ?? unnamedSpeaker(c, reading.previous);
      if (!speaker) continue;
      // "وتابع الناطق أن X أكد بدوره": what a speaker reports opens at its content word; a person named there is
      // inside the report, no speaker of a later verb of the sentence.
      reportFrom = Math.min(reportFrom, contentAfter(ms, cue) ?? Infinity);
      for (const who of [speaker, ...coSpeakers(c, speaker)]) {
        if (done.has(who)) continue;
        done.add(who);
        out.push(statement(c, who, rounds, reading));
      }
    }
  }
  return out;
}

/** One speaker's statement at a cue: its meeting, date, kind, text and evidence; the reading moves on. */
function statement(c: CueContext, who: string, rounds: RoundInfo[], reading: Reading): FoundStatement {
  const { doc, sent, cue, stop, mask } = c;
  const found = statementMeeting(c, rounds);
  const { atClosing, closingSession } = found;
  const date = statementDate(c, who, rounds, reading, found.meeting, atClosing || closingSession);
  const meeting = found.meeting ?? roundOfTheDay(c, rounds, date);
  const quoted = doc.tokens.slice(cue.last, sent.last).some((t, k) => t.text === '"' && mask[cue.last + k]);
  const kind: StatementKind = quoted ? 'QUOTE' : 'REPORTED';
  const s = span(doc, sent.first, sent.last);
  const content = span(doc, Math.min(stop, sent.last - 1), sent.last).text.replace(/^[\s:،,"]+/, '');
  reading.previous = { speaker: who, date, sentence: sent.index };
  return {
    fact: {
      id: `${doc.article.id}:${who}:${s.start}`,
      speakerId: who,
      kind,
      // A statement text carries words: a bare "." (a verb at the end of the sentence) gives the sentence.
      text: /\p{L}/u.test(content) ? content : s.text,
      date,
      meetingId: meeting,
      language: doc.article.language,
      evidence: [evidence(doc, sent.first, sent.last)],
    },
    meeting,
    atClosing,
  };
}

/**
 * The meeting a statement is at or about: a round named in its sentence; or, for remarks at the close of a series'
 * round ("في ختام أعمال أستانة") or after the closing session, the round in focus.
 */
function statementMeeting(
  c: CueContext,
  rounds: RoundInfo[],
): { meeting: string | null; atClosing: boolean; closingSession: boolean } {
  const { ms, sent, stop } = c;
  const roundsHere = rounds.filter((r) => r.mentions.some((m) => m.sentence === sent.index && !m.next));
  const preMs = ms.filter((m) => m.first < stop);
  const atClosing = preMs.some(
    (m) =>
      hasCue(m, 'closing') &&
      ms.some((x) => x.first >= m.last && x.first <= m.last + CLOSING_SERIES && entriesOf(x, 'series').length > 0),
  );
  const closingSession = preMs.some((m) => hasCue(m, 'closingSession')) && !roundsHere.length;
  const meeting = roundsHere[0]?.id ?? (atClosing || closingSession ? focusRound(rounds, c.doc) : null);
  return { meeting, atClosing, closingSession };
}

/** The first and last day of a round: from its own dates in the text, else from its series' calendar. */
function roundDays(doc: Doc, r: RoundInfo | undefined): { start: IsoDate; end: IsoDate } | null {
  if (!r) return null;
  if (r.dates) return { start: r.dates.start, end: r.dates.end };
  const row = calendarRow(doc.knowledge, r.series, r.round);
  return row?.start && row.end ? { start: row.start, end: row.end } : null;
}

/**
 * "The 20th round closed yesterday. Lavrentiev said …", "«…», добавил он": a statement whose sentence names no round
 * but which was made on a day of the round the article reports was made at that round (news of a round quotes its
 * participants in later sentences, with the round named once in the headline or the lead).
 */
function roundOfTheDay(c: CueContext, rounds: RoundInfo[], date: IsoDate | null): string | null {
  if (date === null) return null;
  const focus = focusRound(rounds, c.doc);
  const days = roundDays(
    c.doc,
    rounds.find((r) => r.id === focus),
  );
  return days && days.start <= date && date <= days.end ? focus : null;
}

/**
 * "At the 19th round in November, X said …", "في الجولة السابقة قال X": a statement at a round other than the one the
 * article reports, which ended before the day the text talks about, was made on a day the text does not tell.
 */
function atEarlierRound(c: CueContext, rounds: RoundInfo[], meeting: string | null, day: IsoDate): boolean {
  if (meeting === null || meeting === focusRound(rounds, c.doc)) return false;
  const days = roundDays(
    c.doc,
    rounds.find((r) => r.id === meeting),
  );
  return !!days && days.end < day;
}

/**
 * The day a statement was made: its own date before its content (never after publication: that is what was said,
 * not the saying); the meeting's last day for remarks at its close; none for "earlier" or an interview; the same
 * speaker's previous date; else the day the text talks about; else publication.
 */
function statementDate(
  c: CueContext,
  who: string,
  rounds: RoundInfo[],
  reading: Reading,
  meeting: string | null,
  closing: boolean,
): IsoDate | null {
  const { doc, sent, stop, mask, ms } = c;
  const own = (d: DateMention): boolean =>
    d.sentence === sent.index &&
    d.first < stop &&
    !mask[d.first] &&
    (d.kind === 'day' || d.kind === 'relative' || d.kind === 'range') &&
    !rounds.some((r) => r.dates === d) &&
    !datesStart(doc, ms, d) &&
    d.start <= doc.article.publishedAt;
  const ownDate = doc.dates.find(own);
  if (ownDate) {
    reading.spokenOn.set(ownDate, who);
    return ownDate.start;
  }
  if (closing && meeting !== null) return rounds.find((r) => r.id === meeting)?.dates?.end ?? doc.article.publishedAt;
  if (ms.some((m: Mention) => m.first < stop && hasCue(m, 'earlier', 'mediaRef'))) return null;
  const prev = reading.previous;
  if (prev && prev.speaker === who && sent.index - prev.sentence <= SAME_SPEECH_SENTENCES) return prev.date;
  // The day another speaker spoke on is theirs, not the day the text is about.
  const theirs = (d: DateMention): boolean => (reading.spokenOn.get(d) ?? who) !== who;
  const day = contextDate(doc, sent.index, mask, theirs) ?? doc.article.publishedAt;
  return atEarlierRound(c, rounds, meeting, day) ? null : day;
}

/**
 * "the talks, which began yesterday", "dün başlayan görüşmeler", "بدأ الطرفان أمس الخميس الجولة": a date next to a
 * verb of starting (no punctuation between) tells when something began, not when the speaker spoke.
 */
function datesStart(doc: Doc, ms: Mention[], d: DateMention): boolean {
  return ms.some((m) => {
    if (!hasCue(m, 'startedVerb', 'launchVerb', 'startedForm')) return false;
    const [from, to] = m.last <= d.first ? [m.last, d.first] : [d.last, m.first];
    if (to < from || to - from > START_VERB_REACH) return false;
    return !doc.tokens.slice(from, to).some((t) => t.kind === 'punct' || t.kind === 'newline');
  });
}

/** "Lavrov: …" must say at least this many words after the colon to be a quote, not a label. */
export const COLON_QUOTE_WORDS = 3;

/**
 * "Lavrentyev: Ev sahipliği sırayla yapılabilir", "لافروف: روسيا ستشارك", "Russian envoy X: …", "X, the UN envoy: …":
 * a line that opens with a person's name, with their title before it or an apposition after it, and a colon quotes
 * that person (the headline and subheading form of news writing in every language).
 */
function colonSpeaker(doc: Doc, persons: Persons, sent: Doc['sentences'][number], mask: boolean[]) {
  const lineStart = (k: number): boolean => k === sent.first || doc.tokens[k - 1]?.kind === 'newline';
  const p = persons.mentions.find(
    (m) => m.sentence === sent.index && !mask[m.first] && titledFrom(doc, m.first, lineStart) !== undefined,
  );
  const colon = p ? apposedColon(doc, p.last) : undefined;
  if (!p || colon === undefined) return undefined;
  let words = 0;
  for (let j = colon + 1; j < sent.last && doc.tokens[j]?.kind !== 'newline'; j++)
    if (doc.tokens[j]?.kind === 'word') words++;
  return words >= COLON_QUOTE_WORDS ? p : undefined;
}

/** The day the text around a sentence talks about: the latest relative day ("أمس الثلاثاء", "on Tuesday") before it. */
function contextDate(doc: Doc, sentence: number, mask: boolean[], skip: (d: DateMention) => boolean): IsoDate | null {
  const para = doc.sentences[sentence]?.paragraph ?? 0;
  const ds = doc.dates.filter(
    (d) =>
      d.kind === 'relative' &&
      d.sentence < sentence &&
      d.start <= doc.article.publishedAt &&
      !skip(d) &&
      !mask[d.first] &&
      (doc.sentences[d.sentence]?.paragraph ?? 0) >= para - CONTEXT_PARAGRAPHS,
  );
  return ds.length ? (ds[ds.length - 1]?.start ?? null) : null;
}
