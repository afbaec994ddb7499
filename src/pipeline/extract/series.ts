// Stage 6a: which series a numbered meeting belongs to. A number never crosses series: the series its own phrase
// names ("Astana-14", "the eighth round of the Constitutional Committee"), else the one named just before it in its
// clause, else among the series the article names the one whose calendar has that number at about the article's date,
// the one its sentence last named, whose meetings go by its noun ("session" for the Constitutional Committee), or that
// the article names most. Pure; series are data (series.json).
import type { Doc } from '../doc.js';
import type { SeriesRow } from '../knowledge.js';
import { hasCue, sentenceMentions } from '../doc.js';
import type { Mention } from './mentions.js';
import { entriesOf } from './mentions.js';
import type { RawRound, RoundMention } from './rounds.js';
import { alreadyHeld, namedInArticle, notYetReached, seriesByCalendar, underWayAtPlace } from './known-meetings.js';
import { seriesRow } from '../rows.js';
import { addDays } from './dates.js';

/** Tokens after a numbered phrase in which a series name claims it ("the 8th round of talks of the Committee"). */
const SERIES_AFTER = 8;
/** Tokens before a numbered phrase in which a series name claims it ("Astana talks: the 20th round"). */
const SERIES_BEFORE = 8;
/** Tokens between a round and a numbered meeting of a series that make it a round within that meeting. */
const SUB_ROUND_GAP = 4;

/** Series named by a mention, in the forms given. */
function seriesOf(m: Mention | undefined, forms: ('name' | 'short' | 'meeting')[]): string[] {
  return m
    ? entriesOf(m, 'series')
        .filter((e) => forms.includes(e.form))
        .map((e) => e.id)
    : [];
}

/** The series named by a mention between two token positions (the words of one numbered phrase). */
export function namedSeries(doc: Doc, a: { first: number }, b: { last: number }): string | null {
  // The mentions that start inside the range, through the token cover (mentions do not overlap): a scan of every
  // mention of the article per numbered phrase made this linear in the article for each round found.
  const end = Math.max(b.last, a.first + 1);
  for (let j = Math.max(0, a.first); j < end; j++) {
    const m = doc.cover[j];
    if (!m || m.first !== j || m.last > end) continue;
    const id = seriesOf(m, ['name', 'short', 'meeting'])[0];
    if (id) return id;
  }
  return null;
}

const inArticleOf = new WeakMap<Doc, string[]>();

/**
 * The series the article names — by a name that alone denotes it, by a name of its meeting, or by a short name with
 * a number ("جنيف 4") — most named first, earliest first on ties.
 */
export function seriesInArticle(doc: Doc): string[] {
  // Asked by several stages; the answer depends on the doc's mentions only, which no stage changes.
  let named = inArticleOf.get(doc);
  if (!named) {
    named = countSeries(doc);
    inArticleOf.set(doc, named);
  }
  return [...named];
}

/**
 * Reads a doc in the scope of the whole article: a headline read alone ("Round 11 opens in the Kazakh capital") takes
 * the series its body names, and a body that says only "the talks" the series its headline names. The doc's own
 * series come first; the others follow in their order.
 */
export function widenScope(doc: Doc, more: readonly string[]): void {
  const own = seriesInArticle(doc);
  inArticleOf.set(doc, [...own, ...more.filter((id) => !own.includes(id))]);
}

function countSeries(doc: Doc): string[] {
  const count = new Map<string, { n: number; first: number }>();
  for (const m of doc.mentions) {
    if (!m.entries.some((e) => e.type === 'series')) continue;
    const next = doc.tokens[m.last]?.text === '-' ? doc.tokens[m.last + 1] : doc.tokens[m.last];
    const numbered = next?.kind === 'num' || /^[ivx]+$/.test(next?.text ?? '');
    for (const id of seriesOf(m, numbered ? ['name', 'meeting', 'short'] : ['name', 'meeting'])) {
      const c = count.get(id) ?? { n: 0, first: m.first };
      c.n++;
      count.set(id, c);
    }
  }
  const named = [...count.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([id]) => id);
  // A set and a loop rather than `includes` and spreads of mapped arrays: an article that names no series made an
  // empty array of another element kind meet the same inlined builtins, and each such meeting recompiled this.
  const seen = new Set(named);
  // A venue names a series only in an article that names none outright: in a report of one process, the city where
  // another meets ("the Astana talks feed into the talks in Geneva") is a place, not that other process.
  const outright = named.length > 0;
  for (const s of doc.knowledge.series)
    if (!seen.has(s.id) && ((!outright && atVenue(doc, s)) || underWayAtPlace(doc, s))) named.push(s.id);
  return named;
}

/** Days after a series' last known meeting during which its venue may still name it. */
const VENUE_AFTER_LAST = 365;

/**
 * Whether the article was written well after the last meeting the series' calendar knows: by then other processes
 * meet at its venue ("the committee's sixth session in Geneva" is no Geneva round), and its venue no longer names it.
 */
function pastItsCalendar(doc: Doc, s: SeriesRow): boolean {
  const rows = s.calendar ?? [];
  const last = rows.reduce<string>((d, r) => {
    const day = r.end ?? r.start ?? '';
    return day > d ? day : d;
  }, '');
  return last !== '' && addDays(last, VENUE_AFTER_LAST) < doc.article.publishedAt;
}

/**
 * "talks on Syria ... in Nur-Sultan": the series' venue under another name, with a meeting word and one of its
 * members in the article, names the series (after every series named outright).
 */
function atVenue(doc: Doc, s: SeriesRow): boolean {
  const venues = s.venues ?? [];
  if (!venues.length || pastItsCalendar(doc, s)) return false;
  const named = namedInArticle(doc);
  return venues.some((v) => named.places.has(v)) && named.meeting && s.members.some((m) => named.actors.has(m.actor));
}

function clauseBreak(doc: Doc, j: number): boolean {
  const t = doc.tokens[j]?.text;
  return t === ',' || t === '.' || t === ';' || t === '،' || t === ':';
}

/**
 * A series named after the phrase in its clause: "the eighth round of the Constitutional Committee". A short name
 * that is also a place ("Geneva") claims the phrase only for a series the article names: "its first meeting at the
 * UN's seat in Geneva" in a report of the committee is the committee's.
 */
function namedAfter(doc: Doc, r: RawRound, inArticle: string[]): string | null {
  for (let j = r.last; j < Math.min(doc.tokens.length, r.last + SERIES_AFTER); j++) {
    if (clauseBreak(doc, j) || doc.tokens[j]?.kind === 'newline') return null;
    const m = doc.cover[j];
    // "الجولة 19 ستتناول ملف اللجنة الدستورية", "round 19 will take up the committee's file": a word no lexicon knows
    // (a verb, mostly) ends the phrase; the series named past it is what the round is about, not whose round it is.
    // Unless the series' name goes on right after it ("للجنة الدستورية": a prefixed first word of the name).
    // "within the Astana process", "в рамках астанинского процесса": words that put a meeting in its series go on to
    // the series' name.
    if (m && hasCue(m, 'seriesFrame')) {
      j = m.last - 1;
      continue;
    }
    if (!m && doc.tokens[j]?.kind === 'word' && !seriesOf(doc.cover[j + 1], ['name']).length) return null;
    // "the fifth round in Geneva": a name that needs its meeting next to it is a place after "in".
    const place = hasCue(doc.cover[(m?.first ?? j) - 1], 'locPrep');
    const id = seriesOf(m, place ? ['name', 'meeting'] : ['name', 'short', 'meeting'])[0];
    if (id && (inArticle.includes(id) || seriesOf(m, ['name', 'meeting']).includes(id))) return id;
    // "This seventh round of talks in Geneva follows the international meeting on Syria": the place ends the
    // phrase; a series named past it belongs to what the sentence goes on to say.
    if (place && m && seriesOf(m, ['short']).length) return null;
  }
  return null;
}

/** A series named before the phrase in its clause: "Astana talks' 20th round". */
function namedBefore(doc: Doc, r: RawRound): string | null {
  for (let j = r.first - 1; j >= Math.max(0, r.first - SERIES_BEFORE); j--) {
    if (clauseBreak(doc, j) || doc.tokens[j]?.kind === 'newline') return null;
    const id = seriesOf(doc.cover[j], ['name', 'meeting'])[0];
    if (id) return id;
    // Only words of the round phrase may stand between ("Astana's 20th round", "Astana görüşmelerinin 20'nci
    // toplantısı"); another word ends it: "the composition of the constitutional committee following the 11th
    // round of talks" is no round of the committee.
    const x = doc.cover[j];
    // "Astana süreci kapsamındaki 12. tur": where the series comes first, the words that frame it stand between.
    const phraseWord =
      !!x && hasCue(x, 'stop', 'meeting', 'roundAdjective', 'roundFiller', 'ordinalSuffix', 'seriesFrame');
    if (doc.tokens[j]?.kind === 'word' && !phraseWord) return null;
  }
  return null;
}

/** Of the article's series, those that can have reached the phrase's number by the article's date (all if none). */
function reachable(doc: Doc, r: RawRound, inArticle: string[]): string[] {
  if (r.round === null || inArticle.length <= 1) return inArticle;
  const round = r.round;
  const left = inArticle.filter((id) => {
    const row = seriesRow(doc.knowledge, id);
    return !row || !notYetReached(doc, row, round);
  });
  return left.length ? left : inArticle;
}

/**
 * "urged the Constitutional Committee to hold its sixth meeting", "دعت اللجنة الدستورية إلى عقد جولتها السادسة": a
 * phrase whose possessive ("its", a possessed noun) stands for a series named before it in the sentence is that
 * series' round, whatever its noun.
 */
function possessedBy(doc: Doc, r: RawRound, inArticle: string[]): string | null {
  if (!hasCue(doc.cover[r.first - 1], 'ownerPossessive') && !hasCue(doc.cover[r.first], 'ownerPossessive')) return null;
  const earlier = sentenceMentions(doc, r.sentence).filter((m) => m.last <= r.first);
  for (let k = earlier.length - 1; k >= 0; k--) {
    const id = seriesOf(earlier[k], ['name', 'short', 'meeting'])[0];
    if (id && inArticle.includes(id)) return id;
  }
  return null;
}

/**
 * Among the article's series that can have reached the phrase's number by then (by their calendars), the one whose
 * calendar has that number at about the article's date, else the one the sentence last named before the phrase,
 * else by its noun, else the first.
 */
function inScope(doc: Doc, r: RawRound, named: string[]): string | null {
  const inArticle = reachable(doc, r, named);
  if (inArticle.length <= 1) return inArticle[0] ?? null;
  const known = r.round === null ? [] : seriesByCalendar(doc, inArticle, r.round);
  if (known.length === 1) return known[0] ?? null;
  const owner = possessedBy(doc, r, inArticle);
  if (owner) return owner;
  // The phrase's own noun first ("the 11th round of talks" after "the constitutional committee" is a round of talks).
  const nouns = sentenceMentions(doc, r.sentence)
    .filter((m) => m.first >= r.first && m.last <= r.last + 2)
    .flatMap((m) => entriesOf(m, 'seriesNoun').map((e) => e.id));
  const byNoun = inArticle.filter((id) => nouns.includes(id));
  if (byNoun.length === 1) return byNoun[0] ?? null;
  const earlier = sentenceMentions(doc, r.sentence).filter((m) => m.last <= r.first);
  for (let k = earlier.length - 1; k >= 0; k--) {
    const id = seriesOf(earlier[k], ['name', 'meeting'])[0];
    if (id && inArticle.includes(id)) return id;
  }
  return byNoun[0] ?? inArticle[0] ?? null;
}

/**
 * "the first round of the Geneva II conference", "الجولة الثانية من جنيف 2": a round within a numbered meeting. Also
 * after one of a series whose meetings are conferences with rounds of their own, when the meeting's own words name
 * its series and it has another number ("Geneva III saw its first meeting yesterday", "عرفت مفاوضات «جنيف 3» أمس
 * أول اجتماع رسمي"): the sub-meeting is no meeting of the series.
 */
function withinNumberedMeeting(r: RawRound, all: RawRound[], withRounds: readonly string[]): boolean {
  return all.some(
    (o) =>
      o !== r &&
      o.series !== '' &&
      o.round !== null &&
      ((o.first >= r.last && o.first - r.last <= SUB_ROUND_GAP) ||
        (withRounds.includes(o.series) &&
          o.round !== r.round &&
          o.sentence === r.sentence &&
          o.last <= r.first &&
          r.first - o.last <= SUB_ROUND_GAP)),
  );
}

/** The round mentions of the series whose meetings are conferences with rounds of their own. */
function conferenceRounds(raws: RawRound[], withRounds: readonly string[]): RawRound[] {
  return raws.filter((o) => withRounds.includes(o.series));
}

/**
 * The series whose meetings are conferences with rounds of their own (series.json "conferenceRounds") and that the
 * article names one of by name and number ("Geneva II"): their unclaimed "second round", "the new round" are the
 * conference's own.
 */
function conferencesNamed(doc: Doc, raws: RawRound[]): string[] {
  const withRounds = doc.knowledge.series.filter((s) => s.conferenceRounds).map((s) => s.id);
  return [...new Set(raws.filter((r) => r.byName && withRounds.includes(r.series)).map((r) => r.series))];
}

/**
 * "The thirteenth round of inter-Syrian talks ended today in Nur-Sultan", "a fifth round that the UN will host on 23
 * March in Geneva": a phrase given to a series by a description or by the article's scope, whose number that series'
 * calendar does not have at about the article's date, belongs to the one series of the article (or named in its
 * sentence) whose calendar has exactly that number then. A description ("inter-Syrian talks") fits several
 * processes; a number held at that time fits one.
 */
function calendarOwner(doc: Doc, r: RawRound, chosen: string, inArticle: string[], byScope: boolean): string | null {
  if (r.round === null) return null;
  const round = r.round;
  if (seriesByCalendar(doc, [chosen], round).length) return null;
  const inSentence = sentenceMentions(doc, r.sentence).flatMap((m) => seriesOf(m, ['name', 'short', 'meeting']));
  const others = [...new Set([...inArticle, ...inSentence])].filter((id) => id !== chosen);
  const known = seriesByCalendar(doc, others, round);
  if (known.length === 1) return known[0] ?? null;
  // "In Geneva, the sixth round ended on the 19th", told a month on, while the Astana talks had not yet had a fifth:
  // a number the series in scope had not reached by then belongs to the one that had. (A series named by its own
  // words keeps its number: the text may know what the calendar does not.)
  const row = seriesRow(doc.knowledge, chosen);
  if (!byScope || !row || !notYetReached(doc, row, round)) return null;
  const reached = others.filter((id) => {
    const o = seriesRow(doc.knowledge, id);
    return !!o && !notYetReached(doc, o, round) && alreadyHeld(doc, o, round);
  });
  return reached.length === 1 ? (reached[0] ?? null) : null;
}

/**
 * "the 15th meeting's agenda in February, whereas at the next round in July ...": "the next/previous round" with no
 * series of its own counts from the numbered round before it in its sentence, so it is that round's series, whatever
 * else the sentence names.
 */
function anchorSeries(r: RawRound, done: RoundMention[]): string | null {
  if (r.round !== null || (!r.next && !r.before)) return null;
  for (let k = done.length - 1; k >= 0; k--) {
    const o = done[k];
    if (o && o.sentence === r.sentence && o.round !== null && o.last <= r.first) return o.series;
  }
  return null;
}

/**
 * "The fifth round of the UN-sponsored peace talks opens today" beside "the parties that attended Geneva 4": an
 * ordinal the conference series' calendar has at about the article's date is the series' round, not one within the
 * conference named.
 */
function heldThen(doc: Doc, r: RawRound, series: string): boolean {
  return r.round !== null && seriesByCalendar(doc, [series], r.round).length > 0;
}

/** Gives every round mention its series, and drops those no series of the article can claim. */
export function attributeSeries(doc: Doc, raws: RawRound[], inArticle: string[]): RoundMention[] {
  const out: RoundMention[] = [];
  const conferences = conferencesNamed(doc, raws);
  const withRounds = doc.knowledge.series.filter((s) => s.conferenceRounds).map((s) => s.id);
  for (const r of raws) {
    if (r.series !== '') {
      out.push(r);
      continue;
    }
    if (r.round !== null && withinNumberedMeeting(r, raws, withRounds)) continue;
    // "a fresh session of the Geneva 2 talks": a new sitting of a numbered conference is within it too.
    if (r.next && withinNumberedMeeting(r, conferenceRounds(raws, withRounds), withRounds)) continue;
    const named = namedAfter(doc, r, inArticle) ?? namedBefore(doc, r);
    const chosen = named ?? anchorSeries(r, out) ?? inScope(doc, r, inArticle);
    if (!chosen || (!named && conferences.includes(chosen) && !heldThen(doc, r, chosen))) continue;
    out.push({ ...r, series: calendarOwner(doc, r, chosen, inArticle, !named) ?? chosen });
  }
  return out;
}
