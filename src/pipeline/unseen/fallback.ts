// A fallback for articles in a language with no lexicon: the cue-driven stages find nothing there (no meeting word,
// no ordinal, no verb of attending is known), yet such an article still names the series, gives the round as a number
// and names states. What is read without the language: a number (digits with any affix, or a Roman numeral) close to
// a name of a series or one of its meeting nouns; day numbers next to a month (the month names of the language from
// the platform's Intl data) are dates, not rounds; the series' calendar tells which of the rounds found the article
// reports (the one held about its publication). Members of the series named in the article take their standing
// role at that round, only in sentences about the meeting (see memberParticipations). Pure.
import type { MeetingFact, MeetingStatus, ParticipationFact } from '../../domain.js';
import type { Doc } from '../doc.js';
import { evidence, hasCaseAt, originalWord } from '../doc.js';
import { addDays } from '../extract/dates.js';
import type { Mention } from '../extract/mentions.js';
import type { Knowledge, SeriesRow } from '../knowledge.js';
import { foldKey } from '../normalize/fold.js';
import { tokenize } from '../normalize/tokens.js';
import { standingRole } from '../rows.js';
import type { Persons } from '../extract/persons.js';
import type { FoundStatement } from '../resolve/statements.js';
import type { Reported } from './people.js';
import { unseenHeads, unseenQuotes, unseenSpeech } from './people.js';

/** Word tokens between a number and a series name for the number to be the series' round ("20. runda rozmów w ..."). */
const NAME_WINDOW = 6;
/** Word tokens between a number and a meeting noun of the series ("20. runda", "第20轮"). */
const NOUN_WINDOW = 2;
/** Days around publication a reported round is held in: a report of the round, not of its history. */
const REPORT_BEFORE = 20;
const REPORT_AFTER = 10;
/** The largest round number read: larger numbers are days, counts and years. */
const MAX_ROUND = 99;
/**
 * Members a sentence names for any of them to attend by it. Two (a list; a member named alone is as often the
 * subject of the talks) gave attendance precision .76 against .73 but F1 .579 against .596 left-one-language-out.
 */
const LISTED = 1;

/** Where the article names a series: by one of its names, or by a meeting noun of it. */
interface SeriesHit {
  series: string;
  first: number;
  last: number;
  sentence: number;
  noun: boolean;
}

interface RoundHit {
  series: string;
  round: number;
  /** Token range of the number and the series word it was read with. */
  first: number;
  last: number;
  sentence: number;
}

const monthWords = new Map<string, ReadonlySet<string>>();

/**
 * The words a month is written with in the language (and in English, which many articles quote): month names in
 * every form Intl gives, and the words of a numeric date ("月", "日", "월"). A number next to one is a day, not a round.
 */
function monthWordsOf(lang: string): ReadonlySet<string> {
  let out = monthWords.get(lang);
  if (out) return out;
  const words = new Set<string>();
  const locales = [lang, 'en'].filter((l) => {
    try {
      return Intl.DateTimeFormat.supportedLocalesOf([l]).length > 0;
    } catch {
      return false;
    }
  });
  // Long forms only: short ones are common words (Polish "sie", August, is "się" folded).
  const shapes: Intl.DateTimeFormatOptions[] = [{ month: 'long' }, { day: 'numeric', month: 'long' }];
  for (const locale of locales)
    for (const shape of shapes) {
      const format = new Intl.DateTimeFormat(locale, { ...shape, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++)
        for (const part of format.formatToParts(new Date(Date.UTC(2023, m, 15))))
          if (part.type === 'month' || part.type === 'literal')
            for (const t of tokenize(foldKey(part.value))) if (t.kind === 'word') words.add(t.text);
    }
  monthWords.set(lang, (out = words));
  return out;
}

/**
 * Month words without the letters of numerals: Chinese months are numbered ("十二月"), and their numeral letters
 * are the round's too ("第十二轮"); the month sign after them ("月") still makes a date.
 */
function withoutNumerals(months: ReadonlySet<string>, k: Knowledge): ReadonlySet<string> {
  const letters = new Set((k.scripts?.numerals ?? []).flatMap((n) => [...n.digits, n.ten, ...(n.alsoTwo ?? [])]));
  if (![...months].some((w) => letters.has(w))) return months;
  return new Set([...months].filter((w) => !letters.has(w)));
}

const ROMAN = /^[IVXL]{2,6}$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** The value of a Roman numeral written in capitals ("XX", "IV"), if the token is one. */
function romanValue(text: string): number | null {
  if (!ROMAN.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN_VALUES[text[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[text[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

/** The round a token may give: a short number (in any script's digits), a Roman numeral in capitals, or a
 * numeral written in letters ("十一"; its value at its first letter, see numeralRuns). */
function numberAt(doc: Doc, i: number): number | null {
  const t = doc.tokens[i];
  if (!t) return null;
  if (t.kind === 'num') {
    const n = decimalValue(t.text);
    return n !== null && n >= 1 && n <= MAX_ROUND && t.text.length <= 2 ? n : null;
  }
  const lettered = numeralRuns(doc).get(i);
  if (lettered !== undefined) return lettered >= 1 && lettered <= MAX_ROUND ? lettered : null;
  if (t.kind === 'word' && hasCaseAt(doc, i)) return romanValue(originalWord(doc, i));
  return null;
}

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * The value of a string of decimal digits of any script ("21", "२१", "٢١"): Unicode keeps each script's digits in a
 * run of ten from zero, so a digit's value is how far it is from the start of its run.
 */
function decimalValue(text: string): number | null {
  let n = 0;
  for (const c of text) {
    let code = c.codePointAt(0) ?? 0;
    let value = 0;
    while (value < 9 && DECIMAL_DIGIT.test(String.fromCodePoint(code - 1))) {
      code--;
      value++;
    }
    if (!DECIMAL_DIGIT.test(c)) return null;
    n = n * 10 + (value % 10);
  }
  return text.length > 0 ? n : null;
}

const numeralCache = new WeakMap<Doc, Map<number, number>>();

/**
 * Numerals written in letters (gazetteer/scripts.json: Han "十一" 11, "二十" 20, "第三" 3), each a run of one-letter
 * tokens: its value, at the run's last token (a number is read where it stands next to the series word after it);
 * the run's other tokens map to nothing. Once per document.
 */
function numeralRuns(doc: Doc): Map<number, number> {
  let out = numeralCache.get(doc);
  if (out) return out;
  out = new Map();
  const systems = doc.knowledge.scripts?.numerals ?? [];
  for (const sys of systems) {
    const digit = new Map<string, number>(sys.digits.map((d, v) => [d, v]));
    for (const z of sys.alsoZero ?? []) digit.set(z, 0);
    for (const two of sys.alsoTwo ?? []) digit.set(two, 2);
    for (let i = 0; i < doc.tokens.length; i++) {
      let j = i;
      const letters: string[] = [];
      while (j < doc.tokens.length) {
        const text = doc.tokens[j]?.text ?? '';
        if (doc.tokens[j]?.kind !== 'word' || (!digit.has(text) && text !== sys.ten)) break;
        letters.push(text);
        j++;
      }
      if (letters.length === 0) continue;
      const value = letteredValue(letters, digit, sys.ten);
      // A lone digit letter is a word as often as a number ("唯一", "一项"): read only after an ordinal prefix.
      const ordinal = (sys.ordinalPrefix ?? []).includes(doc.tokens[i - 1]?.text ?? '');
      if (value !== null && (letters.length > 1 || ordinal)) out.set(j - 1, value);
      i = j - 1;
    }
  }
  numeralCache.set(doc, out);
  return out;
}

/** "十一" 11, "二十" 20, "二十一" 21, "三" 3: digits with at most one sign of ten; null for any other run ("一一"). */
function letteredValue(letters: string[], digit: ReadonlyMap<string, number>, ten: string): number | null {
  const at = letters.indexOf(ten);
  if (at < 0) return letters.length === 1 ? (digit.get(letters[0] ?? '') ?? null) : null;
  if (at > 1 || letters.length - at > 2 || letters.lastIndexOf(ten) !== at) return null;
  const tens = at === 0 ? 1 : (digit.get(letters[0] ?? '') ?? 0);
  const units = at === letters.length - 1 ? 0 : (digit.get(letters[at + 1] ?? '') ?? 0);
  return tens * 10 + units;
}

/** The nearest word or number token before (step -1) or after (step 1) token i, in its sentence. */
function neighbour(doc: Doc, i: number, step: 1 | -1): number | null {
  const sentence = doc.tokens[i]?.sentence;
  for (let j = i + step; j >= 0 && j < doc.tokens.length; j += step) {
    const t = doc.tokens[j];
    if (!t || t.sentence !== sentence || t.kind === 'newline') return null;
    if (t.kind === 'word' || t.kind === 'num') return j;
    if (t.text !== '.' && t.text !== '-' && t.text !== '/') return null;
  }
  return null;
}

/**
 * A number that is part of a date: next to a month word, or joined by a dash, a slash or a dot to another number
 * ("20-21", "15.06."), or itself longer than a round number.
 */
function partOfDate(doc: Doc, i: number, months: ReadonlySet<string>): boolean {
  for (const step of [-1, 1] as const) {
    const j = neighbour(doc, i, step);
    if (j === null) continue;
    const t = doc.tokens[j];
    if (!t) continue;
    if (t.kind === 'word' && months.has(t.text)) return true;
    const between = doc.tokens.slice(Math.min(i, j) + 1, Math.max(i, j));
    if (t.kind === 'num' && between.length > 0) return true;
  }
  return false;
}

/** Word and number tokens from a to b (either order), exclusive of both ends. */
function wordsBetween(doc: Doc, a: number, b: number): number {
  let n = 0;
  for (let i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
    const k = doc.tokens[i]?.kind;
    if (k === 'word' || k === 'num') n++;
  }
  return n;
}

/** Every place the article names a series, by name (any form) or by one of its meeting nouns. */
function seriesHits(doc: Doc): SeriesHit[] {
  const out: SeriesHit[] = [];
  const push = (m: Mention, series: string, noun: boolean): void => {
    out.push({ series, first: m.first, last: m.last, sentence: m.sentence, noun });
  };
  for (const m of doc.mentions)
    for (const e of m.entries) {
      if (e.type === 'series') push(m, e.id, false);
      else if (e.type === 'seriesNoun') push(m, e.id, true);
    }
  return out;
}

/** Rounds read as numbers next to a series' name or noun; a noun counts only where the series is named too. */
function roundHits(doc: Doc, hits: SeriesHit[], named: ReadonlySet<string>): RoundHit[] {
  const months = withoutNumerals(monthWordsOf(doc.article.language), doc.knowledge);
  const out: RoundHit[] = [];
  const nameIn = new Set(hits.filter((h) => !h.noun).map((h) => `${h.sentence}|${h.series}`));
  for (let i = 0; i < doc.tokens.length; i++) {
    const n = numberAt(doc, i);
    if (n === null || partOfDate(doc, i, months)) continue;
    const sentence = doc.tokens[i]?.sentence ?? -1;
    for (const h of hits) {
      if (h.sentence !== sentence) continue;
      const gap = h.first > i ? wordsBetween(doc, i, h.first) : wordsBetween(doc, h.last - 1, i);
      const near = h.noun ? gap <= NOUN_WINDOW : gap <= NAME_WINDOW;
      // A meeting noun numbers a series' round where the sentence names the series, or the article names only it.
      const claimed = !h.noun || nameIn.has(`${sentence}|${h.series}`) || (named.size === 1 && named.has(h.series));
      if (!near || !claimed) continue;
      out.push({ series: h.series, round: n, first: Math.min(i, h.first), last: Math.max(i + 1, h.last), sentence });
      break;
    }
  }
  return out;
}

/** The calendar row's start of a round, if the series' calendar knows it. */
function startOf(s: SeriesRow | undefined, round: number): string | null {
  return s?.calendar?.find((r) => r.round === round)?.start ?? null;
}

/** Whether the calendar allows the round: known, or the one after its last (not yet in it). */
function possible(s: SeriesRow | undefined, round: number): boolean {
  const rows = s?.calendar ?? [];
  if (rows.length === 0) return true;
  return rows.some((r) => r.round === round) || round === Math.max(...rows.map((r) => r.round)) + 1;
}

/** Held by publication (the calendar's start is not after it), planned when the calendar puts it later. */
function statusOf(start: string | null, published: string): MeetingStatus {
  return start !== null && start > addDays(published, 1) ? 'PLANNED' : 'HELD';
}

/** The round the article reports: the one the calendar holds about its publication, if exactly one such is found. */
function reportedRound(k: Knowledge, rounds: RoundHit[], published: string): RoundHit | null {
  const from = addDays(published, -REPORT_BEFORE);
  const to = addDays(published, REPORT_AFTER);
  const near = new Map<string, RoundHit>();
  for (const r of rounds) {
    const start = startOf(
      k.series.find((s) => s.id === r.series),
      r.round,
    );
    if (start !== null && start >= from && start <= to && !near.has(`${r.series}-${r.round}`))
      near.set(`${r.series}-${r.round}`, r);
  }
  return near.size === 1 ? ([...near.values()][0] ?? null) : null;
}

/**
 * Sentences about a meeting: those that name a series or a meeting noun of it, or give a round, and the sentence
 * right after each in its paragraph ("... the 20th round opened. Delegations of Russia, Turkey and Iran attend.").
 */
function meetingSentences(doc: Doc, hits: SeriesHit[], rounds: RoundHit[]): ReadonlySet<number> {
  const out = new Set<number>();
  for (const s of [...hits.map((h) => h.sentence), ...rounds.map((r) => r.sentence)]) {
    out.add(s);
    const here = doc.sentences[s];
    const next = doc.sentences[s + 1];
    if (here && next && next.paragraph === here.paragraph) out.add(s + 1);
  }
  return out;
}

/** Actor ids a mention names: a state (by name, not by an adjective alone), or an organization. */
function actorsOf(m: Mention): string[] {
  const out: string[] = [];
  for (const e of m.entries) {
    if (e.type === 'state' && e.form !== 'demonym') out.push(e.id);
    else if (e.type === 'org') out.push(e.id);
  }
  return out;
}

/** Letters a stem is looked up by: its first four. */
const STEM_KEY = 4;
/** Letters an inflected name may add to its stem ("Rosj" + "i", "Iran" + "em"). */
const MOST_ADDED = 3;

const stemTables = new WeakMap<Knowledge, Map<string, Map<string, { stem: string; id: string }[]>>>();

/** Names from this many letters lose their last one, an ending in many languages ("Rosja", "Турция"). */
const ENDING_FROM = 5;

/** A one-word name without the letter a case ending may replace (no script's vowels are known here). */
function stemOf(word: string): string {
  return word.length >= ENDING_FROM ? word.slice(0, -1) : word;
}

/**
 * Stems of the members' one-word state names in the language (and in every language where it has none), by their
 * first letters: a language with no lexicon has no case endings listed, and "Rosji", "Iranu", "Турции" are still
 * the states. Built once per knowledge load and language.
 */
function memberStems(k: Knowledge, lang: string): Map<string, { stem: string; id: string }[]> {
  let byLang = stemTables.get(k);
  if (!byLang) stemTables.set(k, (byLang = new Map<string, Map<string, { stem: string; id: string }[]>>()));
  let table = byLang.get(lang);
  if (table) return table;
  table = new Map();
  const members = new Set(k.series.flatMap((s) => s.members.map((m) => m.actor)));
  for (const id of members) {
    const names = [
      ...Object.values(k.countryNames[id] ?? {}).flat(),
      ...Object.values(k.otherCountryNames?.[id] ?? {}).flat(),
      ...Object.values(k.states.find((st) => st.iso3 === id)?.names ?? {}).flat(),
    ];
    for (const name of new Set(names.map(foldKey))) {
      if (name.includes(' ')) continue;
      const stem = stemOf(name);
      if (stem.length < STEM_KEY) continue;
      const key = stem.slice(0, STEM_KEY);
      const list = table.get(key) ?? [];
      if (!list.some((x) => x.stem === stem && x.id === id)) list.push({ stem, id });
      table.set(key, list);
    }
  }
  byLang.set(lang, table);
  return table;
}

/** The member a word not found in the dictionary names by an inflected form of its name, if any. */
function stemmedMember(doc: Doc, i: number): string | null {
  const t = doc.tokens[i];
  if (t?.kind !== 'word' || t.text.length < STEM_KEY || doc.cover[i]) return null;
  const list = memberStems(doc.knowledge, doc.article.language).get(t.text.slice(0, STEM_KEY)) ?? [];
  const hit = list.find((x) => t.text.startsWith(x.stem) && t.text.length - x.stem.length <= MOST_ADDED);
  return hit?.id ?? null;
}

/** Every actor named in the sentence, by a dictionary mention or an inflected member name: [actor, first, last]. */
function sentenceActors(doc: Doc, about: ReadonlySet<number>): [string, number, number][] {
  const out: [string, number, number][] = [];
  for (const m of doc.mentions) if (about.has(m.sentence)) for (const a of actorsOf(m)) out.push([a, m.first, m.last]);
  for (let i = 0; i < doc.tokens.length; i++) {
    if (!about.has(doc.tokens[i]?.sentence ?? -1)) continue;
    const id = stemmedMember(doc, i);
    if (id) out.push([id, i, i + 1]);
  }
  return out;
}

/**
 * Members of the series named in sentences about the meeting, with their standing role there. A host is never
 * placed by default (its row says so), so it is left out.
 */
function memberParticipations(doc: Doc, round: RoundHit, about: ReadonlySet<number>, id: string): ParticipationFact[] {
  const out = new Map<string, ParticipationFact>();
  const named = sentenceActors(doc, about).flatMap(([actor, first, last]) => {
    const role = standingRole(doc.knowledge, round.series, actor);
    return role && role !== 'HOST' ? [{ actor, role, first, last, sentence: doc.tokens[first]?.sentence ?? -1 }] : [];
  });
  // Members listed together attend; a member named alone in its sentence is as often the subject of the talks.
  const members = new Map<number, Set<string>>();
  for (const n of named) members.set(n.sentence, (members.get(n.sentence) ?? new Set()).add(n.actor));
  for (const n of named) {
    if ((members.get(n.sentence)?.size ?? 0) < LISTED) continue;
    const ev = evidence(doc, n.first, n.last);
    const p = out.get(n.actor);
    if (p) p.evidence.push(ev);
    else out.set(n.actor, { meetingId: id, actorId: n.actor, role: n.role, representingId: null, evidence: [ev] });
  }
  return [...out.values()];
}

/**
 * The meetings and participations of an article in a language with no lexicon, from numbers next to series names,
 * when the cue-driven stages found no numbered meeting. `docs`: the article's text and, if read apart, its title.
 */
export function unseenLanguageFacts(
  docs: Doc[],
  persons?: Persons,
): { meetings: MeetingFact[]; participations: ParticipationFact[]; reported: Reported | null } {
  const meetings = new Map<string, MeetingFact>();
  const named = new Set(
    docs.flatMap((d) =>
      seriesHits(d)
        .filter((h) => !h.noun)
        .map((h) => h.series),
    ),
  );
  const read = docs.map((doc) => {
    const hits = seriesHits(doc);
    const rounds = roundHits(doc, hits, named).filter((r) =>
      possible(
        doc.knowledge.series.find((s) => s.id === r.series),
        r.round,
      ),
    );
    for (const r of rounds) addMeeting(doc, r, meetings);
    return { doc, hits, about: meetingSentences(doc, hits, rounds), rounds };
  });
  const first = docs[0];
  if (!first) return { meetings: [], participations: [], reported: null };
  const found = read.flatMap((x) => x.rounds);
  const reported =
    reportedRound(first.knowledge, found, first.article.publishedAt) ??
    (found.length === 0 ? meetingUnderWay(read[0]?.hits ?? [], first, meetings) : null);
  const id = reported ? `${reported.series}-${reported.round}` : '';
  if (!reported || meetings.get(id)?.status !== 'HELD')
    return { meetings: [...meetings.values()], participations: [], reported: null };
  const byActor = new Map<string, ParticipationFact>();
  const body = read[0];
  if (body) body.about = aboutReported(body, reported, read);
  for (const { doc, about } of read)
    for (const p of memberParticipations(doc, reported, about, id)) {
      const known = byActor.get(p.actorId);
      if (known) known.evidence.push(...p.evidence);
      else byActor.set(p.actorId, p);
    }
  const about = body ? { id, series: reported.series, ...sentencesOf(body.doc, body.hits, body.about) } : null;
  const heads = about && persons ? unseenHeads(first, persons, about) : [];
  return { meetings: [...meetings.values()], participations: [...byActor.values(), ...heads], reported: about };
}

interface Reading {
  doc: Doc;
  rounds: RoundHit[];
  about: ReadonlySet<number>;
}

/**
 * The body's sentences about the reported round, the way news is written: besides those naming it (and the next
 * one), the lead — the first paragraph after the title line — when the headline or that title line names it. The
 * whole paragraph naming it was tried too: no gain left-one-language-out, and it lets a member named two sentences
 * later in another topic attend. Left-one-language-out attendance .592 → .609, heads .482 → .506.
 */
function aboutReported(body: Reading, reported: RoundHit, read: Reading[]): ReadonlySet<number> {
  const same = (r: RoundHit): boolean => r.series === reported.series && r.round === reported.round;
  const out = new Set(body.about);
  const titleLine = titleLineOf(body.doc);
  const headlined = read.some((x, n) => x.rounds.some((r) => same(r) && (n > 0 || (titleLine && r.sentence === 0))));
  if (headlined) for (const s of leadSentences(body.doc, titleLine)) out.add(s);
  return out;
}

/** Whether the body opens with a title line: a first sentence alone in its paragraph. */
function titleLineOf(doc: Doc): boolean {
  const first = doc.sentences[0];
  return !!first && doc.sentences.filter((s) => s.paragraph === first.paragraph).length === 1;
}

/** The lead: the first paragraph, or the one after the title line. */
function leadSentences(doc: Doc, titleLine: boolean): number[] {
  const lead = doc.sentences[titleLine ? 1 : 0]?.paragraph;
  return doc.sentences.filter((s) => s.paragraph === lead).map((s) => s.index);
}

/** The body's sentences about the meeting, those naming the series, and the actors each names. */
function sentencesOf(
  doc: Doc,
  hits: SeriesHit[],
  about: ReadonlySet<number>,
): Pick<Reported, 'about' | 'seriesIn' | 'actorsIn'> {
  const actorsIn = new Map<number, Set<string>>();
  for (const [actor, at] of sentenceActors(doc, about)) {
    const s = doc.tokens[at]?.sentence ?? -1;
    actorsIn.set(s, (actorsIn.get(s) ?? new Set()).add(actor));
  }
  return { about, seriesIn: new Set(hits.map((h) => h.sentence)), actorsIn };
}

/** Days around a meeting's calendar dates an article published then reports it. */
const UNDER_WAY_SLACK = 1;

/**
 * The round of a series named by name (not by a meeting noun alone) that its calendar holds on the day of
 * publication, give or take a day, when the article gives no round number: "the talks in the Astana format opened
 * today". Added as a meeting, evidence the first naming of the series.
 */
function meetingUnderWay(hits: SeriesHit[], doc: Doc, meetings: Map<string, MeetingFact>): RoundHit | null {
  const published = doc.article.publishedAt;
  const found: RoundHit[] = [];
  for (const series of new Set(hits.filter((h) => !h.noun).map((h) => h.series))) {
    const row = doc.knowledge.series.find((s) => s.id === series);
    for (const r of row?.calendar ?? []) {
      if (!r.start || r.status === 'CANCELLED') continue;
      const from = addDays(r.start, -UNDER_WAY_SLACK);
      const to = addDays(r.end ?? r.start, UNDER_WAY_SLACK);
      const hit = hits.find((h) => h.series === series && !h.noun);
      if (hit && published >= from && published <= to)
        found.push({ series, round: r.round, first: hit.first, last: hit.last, sentence: hit.sentence });
    }
  }
  const only = found.length === 1 ? found[0] : undefined;
  if (!only) return null;
  addMeeting(doc, only, meetings);
  return only;
}

/** The meeting a round hit names, added once; a later hit adds its evidence. */
function addMeeting(doc: Doc, r: RoundHit, meetings: Map<string, MeetingFact>): void {
  const id = `${r.series}-${r.round}`;
  const ev = evidence(doc, r.first, r.last);
  const known = meetings.get(id);
  if (known) {
    known.evidence.push(ev);
    return;
  }
  const row = doc.knowledge.series.find((s) => s.id === r.series);
  meetings.set(id, {
    id,
    name: `${row?.name ?? r.series}, round ${r.round}`,
    seriesId: r.series,
    round: r.round,
    status: statusOf(startOf(row, r.round), doc.article.publishedAt),
    startDate: null,
    endDate: null,
    windowStart: null,
    windowEnd: null,
    placeId: null,
    evidence: [ev],
  });
}

/**
 * Adds the fallback's meetings and participations to those the cue-driven stages found (in place), when those made
 * nobody attend a numbered meeting; a meeting they found already is kept as they found it.
 */
export function addUnseenFacts(
  docs: Doc[],
  meetings: MeetingFact[],
  participations: ParticipationFact[],
  people?: { persons: Persons; statements: FoundStatement[] },
): void {
  const numbered = new Set(meetings.filter((m) => m.round !== null).map((m) => m.id));
  let reported: string | null = null;
  if (!participations.some((p) => numbered.has(p.meetingId))) {
    const unseen = unseenLanguageFacts(docs, people?.persons);
    const known = new Set(meetings.map((m) => m.id));
    meetings.push(...unseen.meetings.filter((m) => !known.has(m.id)));
    participations.push(...unseen.participations);
    reported = unseen.reported?.id ?? null;
  }
  const body = docs[0];
  // Quotes only where the cue-driven stages attributed none: they read the language's own speech verbs if any.
  if (!people || !body || people.statements.length > 0) return;
  const quoted = unseenQuotes(body, people.persons, reported);
  // Reported speech by the language's verbs (scripts.json) for speakers no quotation gave.
  const speech = unseenSpeech(body, people.persons, reported).filter(
    (f) => !quoted.some((q) => q.speakerId === f.speakerId),
  );
  for (const fact of [...quoted, ...speech])
    people.statements.push({ fact, meeting: fact.meetingId, atClosing: false });
}
