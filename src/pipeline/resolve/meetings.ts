// Stage 7: meetings — the numbered meetings of each series with status (HELD/PLANNED), dates, windows and place from
// the sentences that mention them, "the next meeting" as round+1 of its series, and other meetings (quartets, summits)
// without a round.
// Pure. Status: dates decide against publishedAt; otherwise future cues against past cues in the same sentences.
import type { Evidence, MeetingFact, MeetingStatus } from '../../domain.js';
import type { DateMention } from '../extract/dates.js';
import { addDays, yearBefore } from '../extract/dates.js';
import type { Doc } from '../doc.js';
import type { CalendarRow, CueName } from '../knowledge.js';
import { evidence, hasCue, sentenceMentions, span } from '../doc.js';
import { cueOf, entriesOf } from '../extract/mentions.js';
import type { Mention } from '../extract/mentions.js';
import type { RoundMention } from '../extract/rounds.js';
import { seriesInArticle } from '../extract/series.js';
import { calendarStatus, onFirstOrLastDay, pastFirstDay, underWayOnDay } from '../extract/known-meetings.js';
import { seriesRow } from '../rows.js';
import { locativeWord } from '../normalize/clitics.js';

export interface RoundInfo {
  /** The meeting's id: `<series>-<round>`. */
  id: string;
  series: string;
  round: number;
  status: MeetingStatus;
  mentions: RoundMention[];
  dates: DateMention | null;
  window: DateMention | null;
  placeId: string | null;
  /** Its mentions in the article's headline (headline.ts), as evidence in the title. */
  headline?: Evidence[];
  /** The round the headline reports, adopted as the round the article reports (headline.ts decides). */
  headlineFocus?: true;
}

/** A numbered meeting's id comes from its series' id: "<seriesId>-<round>". */
export function meetingId(series: string, round: number): string {
  return `${series}-${round}`;
}

function newInfo(series: string, round: number, status: MeetingStatus): RoundInfo {
  return {
    id: meetingId(series, round),
    series,
    round,
    status,
    mentions: [],
    dates: null,
    window: null,
    placeId: null,
  };
}

/** Sentence-level votes: how many future and past cues a sentence carries (near a token range, when given). */
function votes(
  doc: Doc,
  sentence: number,
  near?: { first: number; last: number },
  futureCue: CueName = 'future',
): { future: number; past: number } {
  let future = 0;
  let past = 0;
  for (const m of sentenceMentions(doc, sentence)) {
    if (near && (m.first > near.last + 10 || m.last < near.first - 10)) continue;
    if (hasCue(m, futureCue)) future++;
    if (hasCue(m, 'past')) past++;
  }
  return { future, past };
}

/** The date expression of the sentence that belongs to a meeting mention: the nearest after it, else before it. */
function nearestDate(
  doc: Doc,
  r: RoundMention,
  kinds: DateMention['kind'][],
  others: RoundMention[],
): DateMention | null {
  const cands = doc.dates.filter((d) => d.sentence === r.sentence && kinds.includes(d.kind));
  const owner = (d: DateMention): RoundMention | undefined => {
    let best: RoundMention | undefined;
    let bestDist = Infinity;
    for (const o of [r, ...others.filter((x) => x !== r && x.sentence === r.sentence)]) {
      // A date follows its event more often than it precedes it: twice the distance before, and the one after on ties.
      const dist = d.first >= o.last ? d.first - o.last : (o.first - d.last) * 2 + 0.5;
      if (dist < bestDist) {
        best = o;
        bestDist = dist;
      }
    }
    return best;
  };
  // "... wrapped up on Wednesday, pushing the decision to a further meeting in August": a date past another
  // meeting noun announced as next belongs to that meeting.
  const ms = sentenceMentions(doc, r.sentence);
  const crossesFuture = (d: DateMention): boolean =>
    ms.some(
      (m) =>
        hasCue(m, 'meeting') &&
        ms.some((x) => hasCue(x, 'next', 'upcoming') && x.last <= m.first && m.first - x.last <= 1) &&
        (d.first >= r.last ? m.first >= r.last && m.last <= d.first : m.first >= d.last && m.last <= r.first),
    );
  const mine = cands.filter((d) => owner(d) === r && !crossesFuture(d));
  return mine.find((d) => d.first >= r.last) ?? [...mine].reverse().find((d) => d.last <= r.first) ?? null;
}

function placeOf(doc: Doc, sentence: number): string | null {
  for (const m of sentenceMentions(doc, sentence)) {
    const place = entriesOf(m, 'place')[0];
    const prev = doc.cover[m.first - 1];
    if (place && hasCue(prev, 'locPrep')) return place.id;
    if (
      place &&
      !entriesOf(m, 'series').length &&
      m.first > 0 &&
      locativeWord(doc.dict.clitics, doc.tokens[m.first]?.text ?? '')
    )
      return place.id;
  }
  return null;
}

type Rounds = Map<string, RoundInfo>;

/** "A second round" as the cut-off last words of a text says nothing about that round. */
function isStub(doc: Doc, r: RoundMention): boolean {
  const last = doc.sentences[doc.sentences.length - 1];
  return (
    !!last &&
    r.sentence === last.index &&
    doc.tokens.slice(last.first, last.last).filter((t) => t.kind === 'word' || t.kind === 'num').length < 5 &&
    !/[.!?]/.test(doc.tokens[last.last - 1]?.text ?? '')
  );
}

/**
 * "الذي انتهى اليوم": a relative day dates a meeting in a sentence that is not about the future. In one that is, only
 * "today" (a weekday may be next week's), after the meeting's words and with no month ahead ("the fourth round ... will get going today with bilateral
 * talks"): a meeting that starts on the day of the report is under way; a today before them is usually the day
 * something was announced.
 */
function relativeDay(doc: Doc, r: RoundMention, explicit: RoundMention[]): DateMention | null {
  const d = nearestDate(doc, r, ['relative'], explicit);
  if (!d || votes(doc, r.sentence, r).future === 0) return d;
  const window = doc.dates.some((x) => x.sentence === r.sentence && (x.kind === 'month' || x.kind === 'window'));
  const today = d.start === doc.article.publishedAt && hasCue(doc.cover[d.first], 'relday');
  return today && d.first >= r.last && !window ? d : null;
}

/** Numbered mentions gathered per meeting, each with the dates, window and place of its sentences. */
function collectExplicit(doc: Doc, explicit: RoundMention[], byRound: Rounds, all: RoundMention[]): void {
  // The relative mentions own the dates nearest them too ("a new round opened on Tuesday, after the fifth ended").
  // So do "the previous/latest round" ("the 12th round began Thursday, while the latest one, ended on 29 November,
  // ...": that day is the latest one's).
  const owners = all.filter((m) => m.round !== null || m.next || m.before);
  for (const r of explicit) {
    const round = r.round as number;
    const id = meetingId(r.series, round);
    const info = byRound.get(id) ?? newInfo(r.series, round, 'HELD');
    info.mentions.push(r);
    info.dates ??= nearestDate(doc, r, ['day', 'range'], owners);
    if (!info.dates) info.dates = relativeDay(doc, r, owners);
    info.window ??= nearestDate(doc, r, ['month', 'window'], owners);
    info.placeId ??= placeOf(doc, r.sentence);
    byRound.set(id, info);
  }
}

/** Tokens between a preparing word and the meeting it prepares ("preparations for the group's 21st meeting"). */
const PREPARED_GAP = 4;

/** A preparing word just before the meeting's phrase: "getting ready for the 21st meeting", "подготовка к 19-й встрече". */
function beingPrepared(doc: Doc, r: RoundMention): boolean {
  return sentenceMentions(doc, r.sentence).some(
    (x) => hasCue(x, 'preparing') && x.last <= r.first && r.first - x.last <= PREPARED_GAP,
  );
}

/** Tokens between an appeal and the meeting it asks for ("urged the committee to hold its sixth meeting"). */
const APPEAL_GAP = 8;

/**
 * "urged that the committee's sixth meeting be convened", "طالبت بعقد الجولة السادسة": a meeting only ever named as
 * what someone urges is one not yet held.
 */
function appealedFor(doc: Doc, r: RoundMention): boolean {
  return sentenceMentions(doc, r.sentence).some(
    (x) => hasCue(x, 'appeal') && x.last <= r.first && r.first - x.last <= APPEAL_GAP,
  );
}

/** Status from the meeting's dates against publishedAt, else future against past cues; true when nothing decided. */
function decideStatus(doc: Doc, info: RoundInfo): boolean {
  const pub = doc.article.publishedAt;
  const d = info.dates ?? info.window;
  // A meeting that "began this morning" and ends tomorrow is under way: held.
  const underWay = (): boolean =>
    info.mentions.some((m) => sentenceMentions(doc, m.sentence).some((x) => hasCue(x, 'underWay')));
  let future = 0;
  let past = 0;
  for (const m of info.mentions) {
    const v = votes(doc, m.sentence, m);
    future += v.future;
    past += v.past;
  }
  // A window ("before the end of the year", "the first half of 2025") is always ahead of the speaker.
  if (d && d.kind === 'window') info.status = d.end >= pub ? 'PLANNED' : 'HELD';
  else if (d && d.kind !== 'relative') {
    info.status = d.start > pub && !underWay() ? 'PLANNED' : 'HELD';
    // "held on December 21-22", "met in December" in an August article: a day or month with no year, told in the
    // past, is last year's.
    // (A day told in the past after publication is held even with its year: the text's tense is trusted.)
    // Also when another meeting's "started" in the sentence made it held ("the new round started on Monday, after the
    // first ended on 1 November").
    if (d.start > pub && past > 0 && future === 0) {
      const day = info.dates === d;
      const month = !day && d.kind === 'month' && !d.yearStated;
      if (day) info.dates = yearBefore(d);
      if (month) info.window = yearBefore(d);
      if (day || month) info.status = 'HELD';
    }
  }
  // "تنطلق غدا": a relative day after publication is ahead, unless the meeting is already under way ("ستنتهي غدا",
  // "will end tomorrow": the day is its end).
  else if (d && d.start > pub && !underWay()) {
    if (!votes(doc, d.sentence, d, 'endVerb').future) info.status = 'PLANNED';
    // The day it ends is not the day it started.
    else if (info.dates === d) info.dates = null;
  }
  // "تبدأ اليوم", "opens today": a relative day that is the meeting's own (dated only outside future sentences) and not
  // after publication is under way or over: held.
  else if (d && info.dates === d) info.status = 'HELD';
  // "Work has begun to prepare the 21st meeting", "التحضير للجولة 22": a meeting being prepared has not been held,
  // whatever else the sentence says has begun.
  else if (info.mentions.some((m) => beingPrepared(doc, m)) || info.mentions.every((m) => appealedFor(doc, m)))
    info.status = 'PLANNED';
  else {
    // "продолжается очередной раунд", "the talks are under way": told as going on, whatever else points ahead.
    info.status = future > past && !underWay() ? 'PLANNED' : 'HELD';
    return future === 0 && past === 0;
  }
  return false;
}

/** "The next, eleventh, meeting": an ordinal on "next" is the round ahead, unless a past day is its own. */
function markAhead(doc: Doc, byRound: Rounds): void {
  for (const info of byRound.values()) {
    const d = info.dates ?? info.window;
    if (info.mentions.some((m) => m.ahead) && !(d && d.kind !== 'relative' && d.end <= doc.article.publishedAt))
      info.status = 'PLANNED';
  }
}

/**
 * "(we agreed) that the tenth round takes place in Sochi": a round named only inside reported content, with no tense
 * either way, after a round of its series the article reports as held, is the one being arranged.
 */
function markArranged(doc: Doc, byRound: Rounds, undecided: RoundInfo[]): void {
  const shown = [...byRound.values()].filter((i) => i.status === 'HELD' && !undecided.includes(i));
  for (const info of undecided) {
    const reported = info.mentions.every((m) =>
      sentenceMentions(doc, m.sentence).some((x) => x.last <= m.first && hasCue(x, 'content')),
    );
    if (reported && shown.some((r) => r.series === info.series && r.round < info.round)) info.status = 'PLANNED';
  }
}

/**
 * "The session will convene on Monday" in a report from the day before it opened, "the fourth round, held in
 * December" read as ahead: a meeting the series' calendar dates is ahead of a report written before it opened and
 * over in one written after it closed, whatever the tense of the sentences about it.
 */
/** Whether the text gives a meeting a day, month or window of its own that is not over on the article's day. */
function ownDaysAhead(doc: Doc, info: RoundInfo): boolean {
  const d = info.dates ?? info.window;
  return !!d && d.end >= doc.article.publishedAt.slice(0, 10);
}

/**
 * Whether the text puts a meeting ahead by dates of its own: a day after the article's day ("tomorrow", "on 16
 * February"), or a month or window not over ("will be held in June").
 */
function ownDaysAfterReport(doc: Doc, info: RoundInfo): boolean {
  const pub = doc.article.publishedAt.slice(0, 10);
  const ahead = (d: DateMention): boolean => (d.kind === 'month' || d.kind === 'window' ? d.end >= pub : d.start > pub);
  const here = doc.dates.filter((d) => info.mentions.some((m) => m.sentence === d.sentence));
  return here.some(ahead) || [info.dates, info.window].some((d) => !!d && ahead(d));
}

function byCalendar(doc: Doc, byRound: Rounds): void {
  for (const info of byRound.values()) {
    const row = seriesRow(doc.knowledge, info.series);
    const status = row ? calendarStatus(doc, row, info.round) : null;
    if (status) info.status = status;
    // Under way by the calendar, unless the text gives it days of its own not yet over ("the second meeting, on 23
    // February": the text knows of a postponement the calendar does not; "will be held in June").
    else if (row && pastFirstDay(doc, row, info.round) && !ownDaysAhead(doc, info)) info.status = 'HELD';
    // "The talks open today", "تبدأ اليوم اجتماعات أستانا 5", told in the future on the day the calendar has them
    // open (or close): a report of that day is written while they are under way, unless the text puts their start
    // on a later day ("opening was put off to tomorrow").
    else if (row && onFirstOrLastDay(doc, row, info.round) && !ownDaysAfterReport(doc, info)) info.status = 'HELD';
  }
}

/**
 * Whether a round has not yet begun when the article is written: planned, or dated from publication on ("due on 1-2
 * August" in a report of 1 August).
 */
function ahead(doc: Doc, info: RoundInfo): boolean {
  return info.status === 'PLANNED' || (!!info.dates && info.dates.start >= doc.article.publishedAt);
}

/** Days after a dated round's last day in which a report still tells of it as the round of the day. */
const CURRENT_AFTER = 1;

/**
 * The round of the series going on when the article is written: held, and dated around publication (its days, or
 * the series' calendar, cover the article's day). "A new round", "another round" in a report of that round is it.
 */
function currentRound(doc: Doc, own: RoundInfo[]): number | null {
  const pub = doc.article.publishedAt.slice(0, 10);
  const now = own.filter((i) => {
    if (i.status !== 'HELD') return false;
    const d = i.dates;
    if (d && d.start <= pub && pub <= addDays(d.end, CURRENT_AFTER)) return true;
    const row = seriesRow(doc.knowledge, i.series);
    return !d && !!row && underWayOnDay(doc, row, i.round);
  });
  return now.length ? Math.max(...now.map((i) => i.round)) : null;
}

/** "another meeting in August": a date after the mention and after publication makes it a meeting still to come. */
function datedAhead(doc: Doc, r: RoundMention): boolean {
  const d = nearestDate(doc, r, ['day', 'range', 'month', 'window', 'relative'], []);
  return !!d && d.first >= r.last && d.start > doc.article.publishedAt.slice(0, 10);
}

/** "A new round opened on Tuesday, after the fifth ended in March": the new round is told as held in its sentence. */
function toldAsHeld(doc: Doc, r: RoundMention): boolean {
  const v = votes(doc, r.sentence);
  return v.past > v.future;
}

/**
 * "The next meeting" of a series: after the highest round of it the article reports as held. "The upcoming meeting",
 * "a new round", "another round" is the round going on when the article is written, else the highest numbered one
 * while that one is still ahead, else the one after the last held (held itself when its sentence tells it so).
 */
function resolveNext(doc: Doc, mentions: RoundMention[], byRound: Rounds): void {
  for (const r of mentions.filter((x) => x.next)) {
    const own = [...byRound.values()].filter((i) => i.series === r.series);
    const highest = own.reduce<RoundInfo | null>((a, i) => (a && a.round >= i.round ? a : i), null);
    const heldRounds = own.filter((i) => i.status === 'HELD').map((i) => i.round);
    const now = r.upcoming && !datedAhead(doc, r) ? currentRound(doc, own) : null;
    const itself = now ?? (r.upcoming && highest && ahead(doc, highest) ? highest.round : null);
    const after = r.upcoming ? null : numberedBefore(r, mentions);
    if (!heldRounds.length && itself === null && after === null) continue;
    const top = Math.max(...heldRounds);
    const round = itself ?? (after === null ? null : after + 1) ?? own.find((i) => i.round > top)?.round ?? top + 1;
    r.round = round;
    const id = meetingId(r.series, round);
    const held = r.upcoming && toldAsHeld(doc, r);
    const known = byRound.get(id);
    const info = known ?? newInfo(r.series, round, held ? 'HELD' : 'PLANNED');
    // "Another round" that is the round going on, "a new round opened on Tuesday": the round the sentence is about,
    // as a numbered mention is, not one spoken of ahead.
    if (now !== null || (held && info.status === 'HELD')) r.next = false;
    info.mentions.push(r);
    // Only what follows "the next meeting" dates it: a date before it is usually the day of the announcement.
    const afterIt = (d: DateMention | null): DateMention | null => (d && d.first >= r.last ? d : null);
    info.window ??= afterIt(nearestDate(doc, r, ['month', 'window'], []));
    info.dates ??= afterIt(nearestDate(doc, r, ['day', 'range'], []));
    // "whereas at the next round in July 2021 ..." told a year on: its own days are over, so it was held.
    const days = info.dates ?? info.window;
    // Only with its year stated: a yearless day was placed by the dates stage, not by the text.
    if (!known && days?.yearStated && days.end < doc.article.publishedAt.slice(0, 10)) info.status = 'HELD';
    byRound.set(id, info);
  }
}

/**
 * "the 15th meeting's agenda in February, whereas at the next round in July": the round of the series numbered
 * before "the next round" in its sentence, which it counts from; null when none.
 */
function numberedBefore(r: RoundMention, mentions: RoundMention[]): number | null {
  let found: number | null = null;
  for (const o of mentions)
    if (
      o.sentence === r.sentence &&
      o.series === r.series &&
      o.round !== null &&
      !o.next &&
      !o.launch &&
      o.last <= r.first
    )
      found = o.round;
  return found;
}

/** "The previous meeting", "the most recent round": resolved against the numbered rounds of the same series. */
function resolveBefore(doc: Doc, mentions: RoundMention[], explicit: RoundMention[], byRound: Rounds): void {
  for (const r of mentions.filter((x) => x.before)) {
    const anchored = roundBefore(r, mentions, byRound);
    const round = anchored === null ? null : datedBeforeItsRound(doc, r, anchored, byRound);
    if (round === null || round < 1) continue;
    r.round = round;
    const id = meetingId(r.series, round);
    const info = byRound.get(id) ?? newInfo(r.series, round, 'HELD');
    info.mentions.push(r);
    info.dates ??= nearestDate(doc, r, ['day', 'range'], explicit);
    info.placeId ??= placeOf(doc, r.sentence);
    byRound.set(id, info);
  }
}

/**
 * The rounds as the sentences about them see them: a mention that names a document of the meeting ("the Geneva-1
 * communiqué") makes the meeting known but its sentence not about it, so it governs no one's attendance or speech.
 */
export function actingRounds(rounds: RoundInfo[]): RoundInfo[] {
  return rounds.map((r) => ({ ...r, mentions: r.mentions.filter((m) => !m.document) }));
}

/**
 * The numbered meetings of the doc's round mentions. `headline` (headline.ts) adds the rounds the article's headline
 * names to the ones the text names, once their status is known and before "the next meeting" and "the previous
 * round" are resolved: a body that says only "the next round" counts from the headline's round.
 */
export function resolveRounds(
  doc: Doc,
  mentions: RoundMention[],
  headline: (own: RoundInfo[]) => RoundInfo[] = (own) => own,
): RoundInfo[] {
  const byRound: Rounds = new Map();
  const explicit = mentions.filter((r) => r.round !== null && !isStub(doc, r));
  collectExplicit(doc, explicit, byRound, mentions);
  renumberPhases(doc, byRound);
  const undecided = [...byRound.values()].filter((info) => decideStatus(doc, info));
  markAhead(doc, byRound);
  markArranged(doc, byRound, undecided);
  byCalendar(doc, byRound);
  for (const info of enumerated(doc, mentions)) if (!byRound.has(info.id)) byRound.set(info.id, info);
  for (const info of headline([...byRound.values()])) byRound.set(info.id, info);
  resolveNext(doc, mentions, byRound);
  resolveBefore(doc, mentions, explicit, byRound);
  for (const info of byRound.values()) dropDatesBeforeCalendar(doc, info);
  return [...byRound.values()].sort((a, b) => a.series.localeCompare(b.series) || a.round - b.round);
}

/** Days after a round's calendar end past which a day the text gives a phrase of that number is not that round's. */
const PHASE_AFTER_ROUND = 180;

/** The calendar round whose span holds a day: from its start to its end, else up to the next round's start. */
function calendarRoundOn(rows: CalendarRow[], day: string): number | null {
  const dated = rows.filter((r) => r.start !== undefined).sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
  for (let k = 0; k < dated.length; k++) {
    const r = dated[k];
    if (!r?.start || r.start > day) continue;
    const next = dated[k + 1]?.start;
    if (r.end !== undefined ? day <= r.end : next === undefined || day < next) return r.round;
  }
  return null;
}

/**
 * "An open session on January 22 in Montreux launched the first round of the Geneva talks", told in 2014: in a series
 * whose numbered meetings are conferences with rounds of their own, a round counted by an ordinal (not by the series'
 * name and number) and dated by the text long after the calendar's round of that number ended is a round within the
 * conference the calendar has on that day: its phrases count that one's rounds and its facts are that one's.
 */
function renumberPhases(doc: Doc, byRound: Rounds): void {
  for (const info of [...byRound.values()]) {
    const row = seriesRow(doc.knowledge, info.series);
    const d = info.dates;
    if (!row?.conferenceRounds || !d || d.kind === 'relative' || info.mentions.some((m) => m.byName)) continue;
    const own = row.calendar?.find((r) => r.round === info.round);
    const ended = own?.end ?? own?.start;
    if (!ended || addDays(ended, PHASE_AFTER_ROUND) >= d.start) continue;
    const round = calendarRoundOn(row.calendar ?? [], d.start);
    if (round === null || round === info.round) continue;
    // The phrases now name that round: later stages (participation, statements) read the mentions' numbers.
    for (const m of info.mentions) m.round = round;
    byRound.delete(info.id);
    const into = byRound.get(meetingId(info.series, round));
    if (into) {
      into.mentions.push(...info.mentions);
      into.dates ??= info.dates;
      into.placeId ??= info.placeId;
    } else byRound.set(meetingId(info.series, round), { ...info, id: meetingId(info.series, round), round });
  }
}

/** Days before the calendar's start of a round within which a date in the text may still be that round's. */
const EARLIER_THAN_CALENDAR = 60;

/**
 * "The previous round was held from 13 to 27 April 2016", read as the first Astana round (which the calendar has in
 * January 2017): a meeting is put off, never brought forward by months, so days the text gives long before the
 * calendar's start of that round are another meeting's.
 */
function dropDatesBeforeCalendar(doc: Doc, info: RoundInfo): void {
  const start = seriesRow(doc.knowledge, info.series)?.calendar?.find((r) => r.round === info.round)?.start;
  if (!start) return;
  const limit = addDays(start, -EARLIER_THAN_CALENDAR);
  if (info.dates && info.dates.end < limit) info.dates = null;
  if (info.window && info.window.end < limit) info.window = null;
}

/** Date kinds that place a meeting before another: a day, a range of days, a month. */
const OWN_DATE_KINDS: DateMention['kind'][] = ['day', 'range', 'month'];

/**
 * "At the last round, in November, ..." in a report of the round that opened in April, "جولة المحادثات الأخيرة التي
 * اختتمت في 19 أيار" next to the round opening in July: "the latest round" dated by its own words before the round it
 * was resolved to began (by the text, else by the series' calendar) is the round before that one.
 */
function datedBeforeItsRound(doc: Doc, r: RoundMention, round: number, byRound: Rounds): number {
  if (r.before !== 'latest') return round;
  // The anchor itself (held), or a round already counted back from a planned anchor, which only a date with its year
  // stated moves further back ("the most recent meeting took place in December 2019" before the 16th): a yearless
  // month was placed by the dates stage, not by the text.
  const info = byRound.get(meetingId(r.series, round));
  if (info && info.status !== 'HELD') return round;
  const calendar = seriesRow(doc.knowledge, r.series)?.calendar?.find((c) => c.round === round)?.start;
  const start = info?.dates?.start ?? calendar;
  const found = nearestDate(doc, r, OWN_DATE_KINDS, []);
  if (!info && !found?.yearStated) return round;
  // "In January, the last meeting ended ..." in an October report: a month with no year of a meeting already held is
  // this year's or last year's, never next year's.
  const own = found && !found.yearStated && found.start > doc.article.publishedAt ? yearBefore(found) : found;
  // Days after the report are no held round's: that date is another meeting's.
  const past = !!own && own.end < doc.article.publishedAt.slice(0, 10);
  return start && own && past && own.end < start ? round - 1 : round;
}

/**
 * "The previous meeting" is the round before the one named nearest to it (before it in the text first);
 * "the most recent round" is that round when it was held, else the one before it ("the 22nd round will open next
 * week ... the most recent round was held in January" is the 21st).
 */
function roundBefore(r: RoundMention, mentions: RoundMention[], byRound: Rounds): number | null {
  // Numbered rounds and "the next meeting" once resolved ("the new round ... proposed at the close of the previous
  // meeting") anchor it.
  // The series' launch is no anchor: "launched in 2017 ..., the previous round was held in June" counts from the round
  // the article reports.
  const anchors = mentions.filter((x) => x.round !== null && !x.before && !x.launch && x.series === r.series);
  const before = anchors.filter((x) => x.last <= r.first);
  const after = anchors.filter((x) => x.first >= r.last);
  const anchor = before.length ? before[before.length - 1] : after[0];
  if (!anchor || anchor.round === null) return null;
  if (r.before === 'previous') return anchor.round - 1;
  return byRound.get(meetingId(r.series, anchor.round))?.status === 'PLANNED' ? anchor.round - 1 : anchor.round;
}

/**
 * "Four rounds have already been held: 23-24 January, 15-16 February, 14-15 March and 3-4 May": a count of held
 * meetings of the series followed by exactly that many dates numbers them from the first. "Three sessions preceded
 * it: ...": when they are said to precede the meeting the article reports and it has no number of its own, that
 * meeting is the next one (its evidence: the words "preceded it").
 */
function enumerated(doc: Doc, mentions: RoundMention[]): RoundInfo[] {
  const out: RoundInfo[] = [];
  const series = countedSeries(doc, mentions);
  if (!series) return out;
  for (const m of doc.mentions) {
    const n = m.entries.find((e) => e.type === 'cue' && e.cue === 'cardinal');
    const count = n?.type === 'cue' ? (n.value ?? 0) : 0;
    if (count < 2) continue;
    const noun = countedNoun(doc, m.last);
    if (!noun) continue;
    const dates = listedDays(doc, m);
    if (dates.length !== count || dates.some((d) => d.end > doc.article.publishedAt)) continue;
    dates.forEach((d, i) => {
      const r: RoundMention = { series, round: i + 1, next: false, first: d.first, last: d.last, sentence: d.sentence };
      out.push({ ...newInfo(series, i + 1, 'HELD'), mentions: [r], dates: d });
    });
    const preceded = sentenceMentions(doc, m.sentence).find((x) => hasCue(x, 'precededIt'));
    if (preceded && !mentions.some((r) => r.series === series && r.round !== null)) {
      const { first, last, sentence } = preceded;
      const r: RoundMention = { series, round: count + 1, next: false, first, last, sentence };
      out.push({ ...newInfo(series, count + 1, 'HELD'), mentions: [r] });
    }
  }
  return out;
}

/**
 * The days listed after a count in its sentence, in order: one reading per place (a day read twice, as the end of
 * one range and the start of another, counts once), and days with no year told as held ("took place on January
 * 23-24, ...") in a later report read as the year before, never the year after.
 */
function listedDays(doc: Doc, count: Mention): DateMention[] {
  const out: DateMention[] = [];
  const pub = doc.article.publishedAt.slice(0, 10);
  const past = votes(doc, count.sentence);
  for (const d of doc.dates) {
    if (d.sentence !== count.sentence || d.first <= count.last || (d.kind !== 'range' && d.kind !== 'day')) continue;
    const prev = out[out.length - 1];
    if (prev && d.first < prev.last) continue;
    out.push(d.end > pub && !d.yearStated && past.past > past.future ? yearBefore(d) : d);
  }
  return out;
}

/** The meeting noun a count stands before: next to it, past one word, or past "earlier" ("четыре предыдущих раунда"). */
function countedNoun(doc: Doc, at: number): Mention | undefined {
  let noun = doc.cover[at] ?? doc.cover[at + 1];
  if (noun && hasCue(noun, 'priorCount') && !hasCue(noun, 'meeting', 'meetingPlural')) noun = doc.cover[noun.last];
  return noun && hasCue(noun, 'meeting', 'meetingPlural') ? noun : undefined;
}

/** Which series' meetings are counted: that of the round mentions when they name one only, else the article's one. */
function countedSeries(doc: Doc, mentions: RoundMention[]): string | undefined {
  const named = new Set<string>();
  for (const r of mentions) named.add(r.series);
  if (named.size) return named.size === 1 ? named.values().next().value : undefined;
  const inArticle = seriesInArticle(doc);
  return inArticle.length === 1 ? inArticle[0] : undefined;
}

/** Gives a held round whose end is known and that lasted into a "second day" its start the day before. */
function secondDayStart(doc: Doc, info: RoundInfo): string | null {
  if (!info.dates || info.dates.start !== info.dates.end) return null;
  return doc.mentions.some((m) => hasCue(m, 'secondDay')) ? info.dates.start : null;
}

/**
 * "two-day talks", "استمرت يومين", "İki gün sürecek", "двухдневные": a round of known length, dated by one day, runs
 * from that day when the day is its start ("began") and up to it when the day is its end ("ended"). The length may
 * stand in any sentence that names no other round.
 */
function lasting(doc: Doc, info: RoundInfo, rounds: RoundInfo[], day: string): [string, string] {
  const others = new Set(rounds.filter((r) => r !== info).flatMap((r) => r.mentions.map((m) => m.sentence)));
  const days = doc.mentions.find((m) => cueOf(m, 'durationDays') && !others.has(m.sentence));
  const n = days ? (cueOf(days, 'durationDays')?.value ?? 1) : 1;
  const at = info.dates?.sentence;
  if (n < 2 || at === undefined) return [day, day];
  const here = sentenceMentions(doc, at);
  const ended = here.some((m) => hasCue(m, 'endedVerb'));
  const started = here.some((m) => hasCue(m, 'startedVerb'));
  if (ended && !started) return [addDays(day, 1 - n), day];
  if (started && !ended) return [day, addDays(day, n - 1)];
  return [day, day];
}

export function roundMeetings(doc: Doc, rounds: RoundInfo[]): MeetingFact[] {
  return rounds.map((info) => {
    let start = info.dates?.start ?? null;
    let end = info.dates?.end ?? null;
    const second = secondDayStart(doc, info);
    if (second) [start, end] = [addDays(second, -1), second];
    if (start && start === end) [start, end] = lasting(doc, info, rounds, start);
    const window = info.status === 'PLANNED' && !start ? info.window : null;
    return {
      id: info.id,
      name: `${seriesRow(doc.knowledge, info.series)?.name ?? info.series}, round ${info.round}`,
      seriesId: info.series,
      round: info.round,
      status: info.status,
      startDate: start,
      endDate: end,
      windowStart: window?.start ?? null,
      windowEnd: window?.end ?? null,
      placeId: info.placeId,
      evidence: [...(info.headline ?? []), ...info.mentions.map((m) => evidence(doc, m.first, m.last))],
    };
  });
}

/**
 * Other meetings (quartets, summits, bilateral talks) in sentences that name one, date it, and say it happened or
 * will happen, without a round number of a series. Ids are stable: "other-<date>-<folded cue words>".
 */
export function otherMeetings(doc: Doc, rounds: RoundInfo[]): { meeting: MeetingFact; actors: string[] }[] {
  const out = new Map<string, { meeting: MeetingFact; actors: string[] }>();
  const pub = doc.article.publishedAt;
  for (const sent of doc.sentences) {
    if (rounds.some((r) => r.mentions.some((m) => m.sentence === sent.index))) continue;
    const ms = sentenceMentions(doc, sent.index);
    const cue = ms.find((m) => hasCue(m, 'otherMeeting'));
    const date = doc.dates.find(
      (d) => d.sentence === sent.index && (d.kind === 'day' || d.kind === 'range' || d.kind === 'relative'),
    );
    const v = votes(doc, sent.index);
    if (!cue || !date || v.future + v.past === 0) continue;
    const name = span(doc, cue.first, cue.last).text;
    const key = doc.tokens
      .slice(cue.first, cue.last)
      .map((t) => t.text)
      .join('-');
    const id = `other-${date.start}-${key}`;
    const status: MeetingStatus =
      date.start > pub || (date.kind === 'relative' && v.future > v.past) ? 'PLANNED' : 'HELD';
    const actors = new Set<string>();
    for (const m of ms) {
      const st = entriesOf(m, 'state').find((e) => e.form !== 'demonym');
      if (st && !hasCue(doc.cover[m.first - 1], 'title', 'titleWord')) actors.add(st.id);
    }
    const prev = out.get(id);
    const ev = evidence(doc, sent.first, sent.last);
    if (prev) {
      prev.meeting.evidence.push(ev);
      for (const a of actors) if (!prev.actors.includes(a)) prev.actors.push(a);
      continue;
    }
    out.set(id, {
      meeting: {
        id,
        name,
        seriesId: null,
        round: null,
        status,
        startDate: date.start,
        endDate: date.end,
        windowStart: null,
        windowEnd: null,
        placeId: placeOf(doc, sent.index),
        evidence: [ev],
      },
      actors: [...actors],
    });
  }
  return [...out.values()];
}
