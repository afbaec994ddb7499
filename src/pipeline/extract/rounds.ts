// Stage 6: numbered meetings of a series in every way of saying them — "الجولة الـ20", "الاجتماع العشرين",
// "20th round", "Astana-14", "Geneva IV", "جنيف 4", "6. Astana görüşmesinde", "هفدهمین نشست", "the next meeting" —
// each attributed to the series its phrase names (series.ts). Pure.
import type { Doc } from '../doc.js';
import { foldKey } from '../normalize/fold.js';
import { cueWords, hasCue, sentenceMentions } from '../doc.js';
import type { Mention } from './mentions.js';
import { cueOf, entriesOf, mentionsByFirst } from './mentions.js';
import { datedLaunches, findLaunches } from './launch.js';
import { countedEarlier, ellipticalOrdinals, firstRounds, listedOrdinals } from './counted-rounds.js';
import { namesADocument } from './documents.js';
import { encounterFirst, personalFirst } from './personal-first.js';
import { firstSittingOfLater } from './first-sitting.js';
import { attributeSeries, namedSeries, seriesInArticle } from './series.js';
import { seriesRow } from '../rows.js';
import { bareArticle } from '../normalize/clitics.js';

export interface RoundMention {
  /** The series the meeting belongs to (series.ts decides when the phrase does not name it). */
  series: string;
  /** null for "the next meeting" (resolved by meetings.ts). */
  round: number | null;
  next: boolean;
  first: number;
  last: number;
  sentence: number;
  /** "the next, eleventh, meeting": numbered, and said to be the one ahead. */
  ahead?: boolean;
  /**
   * "the upcoming meeting", "новый раунд" (with next): the meeting ahead, which is the one the article reports when
   * that one is still ahead, not necessarily the one after it.
   */
  upcoming?: boolean;
  /** Named by the series' name and a number ("Geneva II", "Astana-14"). */
  byName?: boolean;
  /**
   * "the previous meeting", "its predecessor" (the round before the one named nearest), "the most recent round" (the
   * last one held): unnumbered, resolved by meetings.ts against the numbered rounds.
   */
  before?: 'previous' | 'latest';
  /** Names a document of the meeting ("the Geneva-1 communiqué"): the meeting is named, the sentence is not about it. */
  document?: boolean;
  /** Said by the series' launch ("was launched on 23 January 2017"): the first round, told as the series' past. */
  launch?: true;
}

/** A round mention before its series is decided: `series` is the one its own words name, or ''. */
export type RawRound = RoundMention;

const MAX_ROUND = 40;
/** Tokens after a meeting noun searched for its number ("الجولة الـ 20", "round no. 9"). */
const NUMBER_AFTER_NOUN = 5;
/** Tokens after a series name searched for its number ("Astana-14", "جنيف - 4"). */
const NUMBER_AFTER_NAME = 3;
/** Tokens before a meeting noun searched for its ordinal ("the 20th new high-level international meeting"). */
const ORDINAL_BEFORE_NOUN = 8;
/** Tokens after a numbered phrase in which another meeting's word makes it that meeting's ("8th round of the quartet"). */
const OTHER_MEETING_AFTER = 8;
/** Words of a meeting between its ordinal and its noun, on either side, ("the 12th regular intra-Syrian talks"), at most. */
const MODIFIERS_BETWEEN = 4;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

function roundNumber(doc: Doc, i: number): number | null {
  const t = doc.tokens[i];
  if (t?.kind !== 'num' || t.text.length > 2) return null;
  const n = Number(t.text);
  if (n < 1 || n > MAX_ROUND || inDate(doc, i)) return null;
  // "15 and 16 June", "4-5 июля", "14, 15 and 16 March": a day of a date, not a round. Another day number reached with
  // no range word or comma between ("جنيف 3 في 25 شباط", Geneva 3 on 25 February) starts a date of its own: the number before it is not a day.
  let joined = false;
  for (let j = i + 1; j < i + 5 && j < doc.tokens.length; j++) {
    if (hasCue(doc.cover[j], 'month')) return null;
    const x = doc.tokens[j];
    if (x?.kind === 'num' && !joined) break;
    if (hasCue(doc.cover[j], 'rangeJoin') || x?.text === ',') joined = true;
    if (x && x.kind === 'word' && !hasCue(doc.cover[j], 'dateFiller', 'rangeJoin')) break;
  }
  return countsDays(doc, i) || countsTime(doc, i) ? null : n;
}

/**
 * "the May 3-4 international meeting": a number the dates stage read as part of a date (a day of a range after its
 * month) is that date's, not a meeting's count.
 */
function inDate(doc: Doc, i: number): boolean {
  if (!doc.dates.some((d) => d.first <= i && i < d.last)) return false;
  // "In December, the 11th round ...": a number marked as an ordinal right before a meeting noun is the meeting's,
  // whatever date the words before it made of it.
  let j = i + 1;
  if (doc.tokens[j]?.text === '-') j++;
  if (!hasCue(doc.cover[j], 'ordinalSuffix')) return true;
  return !hasCue(doc.cover[doc.cover[j]?.last ?? j], 'meeting');
}

/** "back in Geneva 14 days from now", "خلال 15 يوما": a number before a unit of time counts time, not meetings. */
function countsTime(doc: Doc, i: number): boolean {
  const j = doc.tokens[i + 1]?.text === '-' ? i + 2 : i + 1;
  return hasCue(doc.cover[j], 'timeUnit');
}

/** "on the 2nd day of the talks", "görüşmelerin 2. gününde": a number marked as an ordinal of a day counts days. */
function countsDays(doc: Doc, i: number): boolean {
  let j = i + 1;
  while (['.', "'", '-'].includes(doc.tokens[j]?.text ?? '') || hasCue(doc.cover[j], 'ordinalSuffix')) j++;
  return hasCue(doc.cover[j], 'dayNoun');
}

/** A number with an ordinal mark right after it, a hyphen allowed between ("13-го", "20th", "6.", "13ème"). */
function suffixedNumber(doc: Doc, j: number): boolean {
  const k = doc.tokens[j + 1]?.text === '-' ? j + 2 : j + 1;
  return hasCue(doc.cover[k], 'ordinalSuffix') || doc.tokens[j + 1]?.text === '.';
}

/** The value of an ordinal right before or after token range [a, b): a word ("sixth") or a marked number ("6th"). */
function adjacentOrdinal(doc: Doc, a: number, b: number): { value: number; first: number; last: number } | null {
  const after = doc.cover[b];
  const av = after ? cueOf(after, 'ordinal')?.value : undefined;
  if (after && av !== undefined) return { value: av, first: after.first, last: after.last };
  const before = doc.cover[a - 1];
  const bv = before ? cueOf(before, 'ordinal')?.value : undefined;
  if (before && bv !== undefined) return { value: bv, first: before.first, last: before.last };
  for (let j = a - 1; j >= Math.max(0, a - 4); j--) {
    if (doc.tokens[j]?.kind !== 'num') continue;
    const n = roundNumber(doc, j);
    return n !== null && suffixedNumber(doc, j) ? { value: n, first: j, last: a } : null;
  }
  return null;
}

function isSeriesAt(doc: Doc, j: number): boolean {
  const m = doc.cover[j];
  return !!m && entriesOf(m, 'series').length > 0;
}

/** Whether a token is filler inside a numbered phrase: "ال" of "الـ20", hyphens, quotes, "no.", adjectives. */
function phraseFiller(doc: Doc, j: number): boolean {
  const t = doc.tokens[j];
  return (
    !!t &&
    (['-', '"', '–', "'", '′', '″', '“', '”'].includes(t.text) ||
      bareArticle(doc.dict.clitics, t.text) ||
      hasCue(doc.cover[j], 'roundFiller', 'roundAdjective') ||
      isSeriesAt(doc, j)) // "جولة أستانا السادسة عشرة"
  );
}

/** The token positions after i up to the first that is not filler (included), at most max. */
function skipForward(doc: Doc, i: number, max: number): number[] {
  const out: number[] = [];
  for (let j = i; j < doc.tokens.length && out.length < max; j++) {
    out.push(j);
    if (!phraseFiller(doc, j)) break;
  }
  return out;
}

/**
 * "the eighth round of the quartet", "dörtlü toplantının 8. turu", "the working group's sixth meeting": a numbered
 * phrase [a, b) with another meeting's word (or a body meeting within the round) in its clause, after it (before it
 * where possessors come first).
 */
function ofOtherMeeting(doc: Doc, a: number, b: number): boolean {
  const back = !!doc.lex.modifiersBeforeNoun;
  const end = back ? Math.max(-1, a - 1 - OTHER_MEETING_AFTER) : Math.min(doc.tokens.length, b + OTHER_MEETING_AFTER);
  for (let j = back ? a - 1 : b; j !== end; j += back ? -1 : 1) {
    if (doc.tokens[j]?.text === ',' || doc.tokens[j]?.text === '.') return false;
    // A series' name ends the search: "the 8th round of the Constitutional Committee" is that series' round.
    if (isSeriesAt(doc, j)) return false;
    // "opened the 13th round of talks with bilateral meetings": what the round goes with is held within it.
    if (!back && hasCue(doc.cover[j], 'companion')) return false;
    if (hasCue(doc.cover[j], 'otherSeries', 'otherMeeting', 'subMeeting')) return true;
  }
  return false;
}

/** The series that number their meetings after their name ("Astana-14") or in Roman numerals ("Geneva IV"). */
function numberedAfterName(doc: Doc, m: Mention): { id: string; roman: boolean }[] {
  return entriesOf(m, 'series').flatMap((e) => {
    const row = seriesRow(doc.knowledge, e.id);
    if (!row) return [];
    const after = row.numbers.includes('afterName');
    const roman = row.numbers.includes('roman');
    return after || roman ? [{ id: e.id, roman }] : [];
  });
}

/** Whether the mention names a series that numbers its meetings after its name (numberedAfterName, without a list). */
function numbersAfterName(doc: Doc, m: Mention): boolean {
  for (const e of m.entries) {
    if (e.type !== 'series') continue;
    const numbers = seriesRow(doc.knowledge, e.id)?.numbers;
    if (numbers && (numbers.includes('afterName') || numbers.includes('roman'))) return true;
  }
  return false;
}

/** A series that numbers its meetings before its name ("6. Astana", "the 20th Astana meeting"). */
function numberedBeforeName(doc: Doc, m: Mention): boolean {
  return entriesOf(m, 'series').some((e) => seriesRow(doc.knowledge, e.id)?.numbers.includes('beforeName'));
}

interface Found {
  round: number;
  first: number;
  last: number;
  named: string | null;
  ahead?: boolean;
  byName?: boolean;
}

/** The shortest ending that marks an ordinal as standing for its noun ("-üncüsü" of "yirmi üçüncüsü"). */
const POSSESSIVE_MARK = 4;

/**
 * "Astana görüşmelerinin yirmi üçüncüsü" (the 23rd of the Astana talks): where modifiers come first, an ordinal after
 * the meeting noun numbers it only when it carries the possessive ending that makes it stand for the noun.
 */
function possessiveOrdinal(doc: Doc, ord: Mention): boolean {
  const word = doc.tokens[ord.last - 1]?.text ?? '';
  return (doc.lex.cues.predicateOrdinal ?? []).some((e) => e.length >= POSSESSIVE_MARK && word.includes(foldKey(e)));
}

/** After a meeting noun: "الجولة 22", "الجولة العاشرة", "round 9", "جولة أستانا السادسة عشرة". */
function numberAfterNoun(doc: Doc, m: Mention, byFirst: Map<number, Mention>): Found | null {
  for (const j of skipForward(doc, m.last, NUMBER_AFTER_NOUN)) {
    const ord = byFirst.get(j);
    const ov =
      ord && (!doc.lex.modifiersBeforeNoun || possessiveOrdinal(doc, ord)) ? cueOf(ord, 'ordinal')?.value : undefined;
    // "the round's second week", "the round's third day": an ordinal before a day noun numbers a time within it.
    if (ord && ov !== undefined && hasCue(doc.cover[ord.last], 'dayNoun')) return null;
    if (ord && ov !== undefined) return { round: ov, first: m.first, last: ord.last, named: namedSeries(doc, m, ord) };
    const n = roundNumber(doc, j);
    if (n !== null) return { round: n, first: m.first, last: j + 1, named: namedSeries(doc, m, { last: j + 1 }) };
    if (doc.tokens[j]?.kind === 'word' && !phraseFiller(doc, j)) return afterAdjectives(doc, m, byFirst);
  }
  return null;
}

/**
 * "الاجتماع الدولي رفيع المستوى الـ12", "جولة المشاورات الجديدة السابعة", "הסבב הבינלאומי ה-12": where adjectives
 * follow the noun and the ordinal follows them, a few words no lexicon knows may stand between; only an ordinal word or
 * a number marked by the article or a hyphen ends the phrase there, since a bare number after free words may count
 * anything.
 */
function afterAdjectives(doc: Doc, m: Mention, byFirst: Map<number, Mention>): Found | null {
  if (!doc.lex.ordinalAfterAdjectives) return null;
  let adjectives = 0;
  for (let j = m.last; j < doc.tokens.length && adjectives <= MODIFIERS_BETWEEN; j++) {
    const t = doc.tokens[j];
    if (!t || t.sentence !== m.sentence) return null;
    const ord = byFirst.get(j);
    const ov = ord ? cueOf(ord, 'ordinal')?.value : undefined;
    if (ord && ov !== undefined) return { round: ov, first: m.first, last: ord.last, named: namedSeries(doc, m, ord) };
    if (t.kind === 'num') {
      const prev = doc.tokens[j - 1]?.text ?? '';
      const marked = prev === '-' || bareArticle(doc.dict.clitics, prev) || hasCue(doc.cover[j - 1], 'roundFiller');
      const n = marked ? roundNumber(doc, j) : null;
      return n === null ? null : { round: n, first: m.first, last: j + 1, named: namedSeries(doc, m, { last: j + 1 }) };
    }
    // "جولة المشاورات الجديدة السابعة": a meeting noun the round is of stands between as well.
    if (phraseFiller(doc, j) || hasCue(doc.cover[j], 'meeting')) continue;
    if (t.kind !== 'word' || doc.cover[j]) return null;
    adjectives++;
  }
  return null;
}

/** After a series name: "Astana-14", "أستانا 4", "Geneva IV", "جنيف 2". */
function numberAfterName(doc: Doc, m: Mention): Found | null {
  const series = numberedAfterName(doc, m);
  const first = series[0];
  if (!first) return null;
  for (const j of skipForward(doc, m.last, NUMBER_AFTER_NAME)) {
    const t = doc.tokens[j];
    const roman = first.roman && t?.kind === 'word' ? (ROMAN[t.text] ?? null) : null;
    const n = roman ?? roundNumber(doc, j) ?? numberBeforeBound(doc, m, j);
    if (n !== null) return { round: n, first: m.first, last: j + 1, named: first.id, byName: true };
    if (t?.kind === 'word' && !phraseFiller(doc, j)) return null;
  }
  return null;
}

/**
 * "halts Geneva 3 until 25 February", "يوقف مفاوضات جنيف 3 حتى 25 شباط": a number right after a series' name and
 * right before a range word written as a word ("until", "حتى") is the meeting's number, not the first day of a span:
 * a span of days opens with its own word ("from", "من") or stands apart from the name, never glued to it.
 */
function numberBeforeBound(doc: Doc, m: Mention, j: number): number | null {
  const glued = j === m.last || (j === m.last + 1 && doc.tokens[m.last]?.text === '-');
  const t = doc.tokens[j];
  const next = doc.tokens[j + 1];
  if (!glued || t?.kind !== 'num' || t.text.length > 2 || next?.kind !== 'word') return null;
  if (!hasCue(doc.cover[j + 1], 'rangeJoin')) return null;
  const n = Number(t.text);
  return n >= 1 && n <= MAX_ROUND ? n : null;
}

/**
 * "в Нур-Султане 18-я встреча", "Astana'da 18'inci toplantı": a number with an ordinal ending is the meeting's ordinal
 * even right after a place; only a bare number names the place's own meeting ("Riyadh 2").
 */
function markedOrdinal(doc: Doc, j: number): boolean {
  const k = doc.tokens[j + 1]?.text === '-' || doc.tokens[j + 1]?.text === "'" ? j + 2 : j + 1;
  return hasCue(doc.cover[k], 'ordinalSuffix');
}

/**
 * "the Riyadh 2 conference", "Vienna-2 talks": a number right after a place that names no series numbers that
 * place's meeting, not the noun after it.
 */
function numbersAPlace(doc: Doc, j: number): boolean {
  const k = doc.tokens[j - 1]?.text === '-' ? j - 2 : j - 1;
  const m = doc.cover[k];
  return !!m && entriesOf(m, 'series').length === 0 && entriesOf(m, 'place').length > 0;
}

/** "the next, eleventh, meeting", "Следующий, 19-й раунд": "next" right before an ordinal, a comma allowed between. */
function nextBefore(doc: Doc, first: number): boolean {
  const k = doc.tokens[first - 1]?.text === ',' ? first - 2 : first - 1;
  return hasCue(doc.cover[k], 'next', 'upcoming');
}

const QUOTES = ['"', "'", '“', '”', '«', '»'];

/**
 * Whether an ordinal (a word, a marked number, or the mark of one) stands right before token j, quotes allowed
 * between: "ikinci teknik toplantı", "20-я «астанинская» встреча" name the meeting across one adjective no lexicon
 * lists.
 */
function ordinalRightBefore(doc: Doc, j: number): boolean {
  let k = j - 1;
  while (k >= 0 && QUOTES.includes(doc.tokens[k]?.text ?? '')) k--;
  const x = doc.cover[k];
  if (x && (cueOf(x, 'ordinal') !== undefined || hasCue(x, 'ordinalSuffix'))) return true;
  // "23. garantörler toplantısı": the ordinal's dot stands between.
  if (doc.tokens[k]?.text === '.' && doc.tokens[k - 1]?.kind === 'num') k--;
  return doc.tokens[k]?.kind === 'num' && suffixedNumber(doc, k);
}

/**
 * Whether a word between an ordinal and a meeting noun may be the meeting's modifier: one no lexicon knows, or a noun
 * of the parties who meet ("11. garantörler toplantısı": the 11th guarantors' meeting). A verb or any other known word
 * ends the phrase ("первой прошла встреча": the first thing held was a meeting).
 */
function modifierOfMeeting(x: Mention | undefined): boolean {
  return !x || (x.last - x.first === 1 && hasCue(x, 'guarantor', 'observer', 'delegation', 'partyNoun'));
}

/**
 * "the eighth and last round", "восьмой и последний раунд", "l'ottavo e ultimo ciclo": a "last" word right before the
 * noun, joined by "and" to an ordinal before it: that ordinal and its place.
 */
function lastJoinedOrdinal(doc: Doc, last: Mention): { value: number; first: number; last: number } | null {
  if (!hasCue(last, 'latest')) return null;
  const and = doc.cover[last.first - 1];
  if (!and || and.last !== last.first || !hasCue(and, 'alsoJoin')) return null;
  const ord = doc.cover[and.first - 1];
  const value = ord && ord.last === and.first ? cueOf(ord, 'ordinal')?.value : undefined;
  return ord && value !== undefined ? { value, first: ord.first, last: ord.last } : null;
}

/** A word that may modify a meeting noun: unknown, a party noun, an adjective of rounds, a state's or series' name. */
function meetingModifierAt(doc: Doc, k: number): boolean {
  const x = doc.cover[k];
  if (doc.tokens[k]?.kind !== 'word') return false;
  return modifierOfMeeting(x) || (!!x && (hasCue(x, 'roundAdjective') || entriesOf(x, 'state').length > 0));
}

/**
 * Whether an ordinal stands before token j across a run of the meeting's modifiers ("the 12th regular intra-Syrian
 * talks", "12-м очередном межсирийском туре", "on ikinci yüksek düzeyli uluslararası toplantı"): news writing stacks
 * adjectives between a round's ordinal and its noun, and which ones is open-ended, so the run is read by its shape
 * (words no other stage claims, hyphens, quotes) rather than listed.
 */
function ordinalBeforeModifiers(doc: Doc, j: number): boolean {
  let k = j;
  for (let words = 0; words <= MODIFIERS_BETWEEN;) {
    if (ordinalRightBefore(doc, k)) return true;
    const t = doc.tokens[k - 1];
    if (t && ['-', ...QUOTES].includes(t.text)) {
      k--;
      continue;
    }
    if (!meetingModifierAt(doc, k - 1)) return false;
    k = doc.cover[k - 1]?.first ?? k - 1;
    words++;
  }
  return false;
}

/** Before a meeting noun or a series name: "the 20th round", "twentieth meeting", "6. Astana", "пятом раунде". */
function ordinalBefore(doc: Doc, m: Mention, isMeeting: boolean): Found | null {
  let modifiersSkipped = 0;
  for (let j = m.first - 1, steps = 0; j >= 0 && steps < ORDINAL_BEFORE_NOUN; steps++) {
    const x = doc.cover[j];
    const t = doc.tokens[j];
    if (!t) return null;
    // Words of the meeting after the ordinal, unknown to the lexicons or known words that count nothing else ("the
    // second technical meeting", "11. garantörler toplantısı": the guarantors' meeting), a few at most.
    const word = x && x !== m ? x : t.kind === 'word' && !x ? { first: j, last: j + 1 } : null;
    const canSkip = isMeeting && word && modifiersSkipped < MODIFIERS_BETWEEN && modifierOfMeeting(x);
    if (canSkip && ordinalBeforeModifiers(doc, word.first)) {
      modifiersSkipped++;
      j = word.first - 1;
      steps--;
      continue;
    }
    if (x && x !== m) {
      const ov = cueOf(x, 'ordinal')?.value;
      if (ov !== undefined) {
        // "روز نخست اجلاس" (the first day of the meeting): an ordinal after a day noun is the day's.
        if (hasCue(doc.cover[x.first - 1], 'dayNoun')) return null;
        const ahead = nextBefore(doc, x.first);
        return { round: ov, first: x.first, last: m.last, named: namedSeries(doc, x, m), ahead };
      }
      // "l'ottavo e ultimo ciclo", "the eighth and final round": an ordinal joined to "last" numbers the noun too.
      const joined = lastJoinedOrdinal(doc, x);
      if (joined) return { round: joined.value, first: joined.first, last: m.last, named: namedSeries(doc, joined, m) };
      // "the 20th Syria meeting", "20. Suriye toplantısı": adjectives, the series and a country may intervene.
      if (hasCue(x, 'roundAdjective', 'ordinalSuffix') || isSeriesAt(doc, x.first) || entriesOf(x, 'state').length) {
        j = x.first - 1;
        continue;
      }
      return null;
    }
    if (t.kind === 'num') {
      if (numbersAPlace(doc, j) && !markedOrdinal(doc, j)) return null;
      const suffixed = suffixedNumber(doc, j);
      // A series name needs an ordinal mark ("6. Astana"); a bare number before it is anything else.
      if (!((!doc.lex.digitsBeforeNounCount && isMeeting) || suffixed)) return null;
      const n = roundNumber(doc, j);
      if (n === null) return null;
      return { round: n, first: j, last: m.last, named: namedSeries(doc, { first: j }, m), ahead: nextBefore(doc, j) };
    }
    // "the next, eleventh, meeting": an ordinal set off by commas still numbers the noun (and wins over next).
    const before = doc.cover[j - 1];
    const commaOrdinal =
      t.text === ',' &&
      !!before &&
      (cueOf(before, 'ordinal') !== undefined || hasCue(before, 'roundAdjective', 'ordinalSuffix'));
    if (!commaOrdinal && !(t.kind === 'punct' && ['.', '-', "'", '"', '°'].includes(t.text))) return null;
    j--;
  }
  return null;
}

/** Mentions of a series' name or of an adjective a relative word may stand beyond ("the next Astana-format meeting"). */
const RELATIVE_BRIDGE = 3;

/**
 * "the next Astana-format international meeting", "اجتماع أستانا المقبل": the series' name and adjectives between
 * the meeting noun and its relative word, walked from the noun (backwards, then forwards) to the first mention that
 * is neither; that mention is included, as it may be the relative word.
 */
function bridged(doc: Doc, m: Mention): Mention[] {
  const out: Mention[] = [];
  const bridge = (x: Mention): boolean => isSeriesAt(doc, x.first) || hasCue(x, 'roundAdjective');
  for (const dir of [-1, 1]) {
    let j = dir < 0 ? m.first - 1 : m.last;
    for (let steps = 0; steps < RELATIVE_BRIDGE; steps++) {
      if (doc.tokens[j]?.text === '-') j += dir;
      const x = doc.cover[j];
      if (!x || x === m || doc.tokens[j]?.sentence !== m.sentence) break;
      out.push(x);
      if (!bridge(x) || hasCue(x, 'next', 'upcoming', 'previous', 'latest')) break;
      j = dir < 0 ? x.first - 1 : x.last;
    }
  }
  return out;
}

/** "the next meeting", "الاجتماع المقبل", "the previous round", "the most recent round": unnumbered references. */
function relativeRound(doc: Doc, m: Mention): Omit<RawRound, 'series' | 'sentence'> | null {
  // "the previous May meeting", "the next June round": a month name may stand between the word and the noun.
  const month = hasCue(doc.cover[m.first - 1], 'month') ? 1 : 0;
  // A month after the noun is its date, not part of the phrase ("the next round in July"): left to the dates.
  // The phrase's reach and its relative words, read by loops: the filtered lists, their union and spreads were made at
  // every meeting word that no number follows.
  const near: Near = { first: m.first, last: m.last, next: false, upcoming: false, previous: false, latest: false };
  for (const x of sentenceMentions(doc, m.sentence)) {
    const adjacent =
      x !== m &&
      (x.last === m.first ||
        ((x.first === m.last || x.first === m.last + 1) && !hasCue(x, 'month')) ||
        (month && x.last === m.first - 1));
    if (adjacent) addNear(near, x);
  }
  for (const x of bridged(doc, m)) if (hasCue(x, 'next', 'upcoming', 'previous', 'latest')) addNear(near, x);
  const { first, last } = near;
  if (near.next) return { round: null, next: true, first, last };
  if (near.upcoming) return { round: null, next: true, upcoming: true, first, last };
  // "earlier meetings", "اجتماعات سابقة": several meetings before are no one round.
  if (hasCue(m, 'meetingPlural')) return null;
  if (near.previous) return { round: null, next: false, first, last, before: 'previous' };
  if (near.latest) return { round: null, next: false, first, last, before: 'latest' };
  return null;
}

/** What the mentions next to a meeting word add to its relative phrase: their reach and relative words. */
interface Near {
  first: number;
  last: number;
  next: boolean;
  upcoming: boolean;
  previous: boolean;
  latest: boolean;
}

function addNear(near: Near, x: Mention): void {
  near.first = Math.min(near.first, x.first);
  near.last = Math.max(near.last, x.last);
  near.next ||= hasCue(x, 'next');
  near.upcoming ||= hasCue(x, 'upcoming');
  near.previous ||= hasCue(x, 'previous');
  near.latest ||= hasCue(x, 'latest');
}

/** "the first sitting" while a later meeting is under way: a mention of that meeting (see first-sitting.ts). */
function asSittingOfLater<T extends { round: number | null; first: number; last: number; named?: string | null }>(
  doc: Doc,
  r: T,
): T {
  const later = firstSittingOfLater(doc, r.first, r.last);
  return later ? { ...r, round: later.round, named: later.series } : r;
}

export function findRounds(doc: Doc): RoundMention[] {
  const inArticle = seriesInArticle(doc);
  if (!inArticle.length) return [];
  const out: RawRound[] = [];
  const push: Push = (found, listed = false) => {
    // "the first meeting with Pedersen taking part" is no round at all, before it could be a sitting of a later one.
    if (
      found.round === 1 &&
      (personalFirst(doc, found.first, found.last) || encounterFirst(doc, found.first, found.last))
    )
      return;
    const r = found.round === 1 && !found.named && !listed ? asSittingOfLater(doc, found) : found;
    // The rounds one phrase lists ("the first three rounds") share its span; other phrases may not overlap.
    if (out.some((o) => o.first < r.last && r.first < o.last && !(listed && o.first === r.first && o.last === r.last)))
      return;
    // A launch names the series it starts ("the committee started work in Geneva"): a place after it that is another
    // process's name elsewhere says where, not whose meeting.
    if (r.round !== null && !r.launch && ofOtherMeeting(doc, r.first, r.last)) return;
    const { named, ...rest } = r;
    const document = namesADocument(doc, r) ? { document: true } : {};
    out.push({ ...rest, ...document, series: named ?? '', sentence: doc.tokens[r.first]?.sentence ?? 0 });
  };
  // "the first three rounds" before the phrases inside it ("سه دور نخست": its "first round" is one of the three).
  firstOfCount(doc, push);
  const byFirst = mentionsByFirst(doc.mentions);
  for (const m of doc.mentions) {
    // "its predecessor", "سابقتها": a word that alone names the round before.
    if (hasCue(m, 'predecessor')) push({ round: null, next: false, first: m.first, last: m.last, before: 'previous' });
    const coordinated = coordinatedOrdinals(doc, m);
    for (const o of coordinated)
      push({ round: o.value, next: false, first: o.first, last: o.last, named: namedSeries(doc, o, m) });
    if (coordinated.length) continue;
    const ofPlural = pluralOrdinal(doc, m);
    if (ofPlural) {
      push({
        round: ofPlural.value,
        next: false,
        first: ofPlural.first,
        last: m.last,
        named: namedSeries(doc, ofPlural, m),
      });
      continue;
    }
    const isMeeting = hasCue(m, 'meeting');
    const afterName = numbersAfterName(doc, m);
    const beforeName = numberedBeforeName(doc, m);
    const described = !isMeeting && !beforeName ? describedRound(doc, m) : null;
    if (described) {
      push({ ...described, next: false });
      continue;
    }
    if (!isMeeting && !afterName && !beforeName) continue;
    const found =
      (isMeeting ? numberAfterNoun(doc, m, byFirst) : null) ??
      numberAfterName(doc, m) ??
      (isMeeting || beforeName ? ordinalBefore(doc, m, isMeeting) : null);
    if (found) {
      push({
        round: found.round,
        next: false,
        first: found.first,
        last: found.last,
        named: found.named,
        ...(found.ahead ? { ahead: true } : {}),
        ...(found.byName ? { byName: true } : {}),
      });
      continue;
    }
    const relative = isMeeting ? relativeRound(doc, m) : null;
    // "the latest round of Astana talks": the series named anywhere in the relative phrase is its series.
    if (relative) push({ ...relative, named: namedSeries(doc, m, m) ?? namedSeries(doc, relative, relative) });
  }
  meetAgain(doc, push);
  countedTimes(doc, push);
  countedLatest(doc, push);
  predicateOrdinals(doc, push);
  const numbered = out.length;
  unnumberedForms(doc, push);
  const weaker = new Set(out.slice(numbered).map(at));
  // "the committee started its work": the launch is the first meeting.
  // "launched in January 2017" in a report of a later round: the day the calendar gives the first meeting.
  for (const l of [...findLaunches(doc, inArticle), ...datedLaunches(doc, inArticle)])
    push({ round: 1, next: false, first: l.first, last: l.last, named: l.series, launch: true });
  const strong = new Set(
    out
      .slice(0, numbered)
      .filter((r) => r.round !== null && !r.document)
      .map(at),
  );
  const kept = out.filter((r) => !sessionWithin(doc, r, out)).sort((a, b) => a.first - b.first);
  return withoutWeakerForms(attributeSeries(doc, kept, inArticle), strong, weaker);
}

/**
 * "the 12th regular intra-Syrian talks within the Astana process": a series' descriptive name that ends in a meeting
 * noun ("intra-Syrian talks") carries the noun an ordinal before it numbers. A description fits several processes, so
 * the round's series is left to attribution (the series the clause goes on to name, the calendar), not to the
 * description.
 */
function describedRound(doc: Doc, m: Mention): { round: number; first: number; last: number; named: null } | null {
  if (!entriesOf(m, 'series').length || m.last - m.first < 2) return null;
  if (!cueWords(doc.lex, 'meeting').has(doc.tokens[m.last - 1]?.text ?? '')) return null;
  const found = ordinalBefore(doc, m, true);
  return found ? { round: found.round, first: found.first, last: found.last, named: null } : null;
}

/** A round mention's place in the text, which names it across series attribution. */
function at(r: { first: number; last: number }): string {
  return `${String(r.first)}:${String(r.last)}`;
}

/**
 * Rounds whose number is not on the meeting ("the sixth of their kind", "two earlier rounds") are weaker than a
 * numbered phrase: they stand only for a series no phrase of the article numbers itself ("a fifth round in Geneva"
 * does not stop "this city had hosted two such meetings" from counting the Astana rounds).
 */
function withoutWeakerForms(all: RoundMention[], strong: Set<string>, weaker: Set<string>): RoundMention[] {
  const numberedSeries = new Set(all.filter((r) => strong.has(at(r))).map((r) => r.series));
  return all.filter((r) => !weaker.has(at(r)) || !numberedSeries.has(r.series));
}

/**
 * "The three guarantor delegations held their second meeting to finalize the closing document of the 14th round",
 * "the working group held its sixth meeting on the sidelines of the 25th round": a lower-numbered meeting of some of
 * the delegations ("their", "اجتماعها": cue groupPossessive) or of a body within the round (cue subMeeting) in a
 * sentence that names a higher-numbered round is a session within that round, not a round of its own.
 */
function sessionWithin(doc: Doc, r: RawRound, all: RawRound[]): boolean {
  // The possessor is a word before the phrase ("their") or a suffix of its noun ("اجتماعها الثاني").
  if (r.round === null) return false;
  const possessed = hasCue(doc.cover[r.first - 1], 'groupPossessive') || hasCue(doc.cover[r.first], 'groupPossessive');
  // "the working group on detainees held its sixth meeting": a body that meets within the round, named before.
  const body = sentenceMentions(doc, r.sentence).some((m) => m.last <= r.first && hasCue(m, 'subMeeting'));
  if (!possessed && !body) return false;
  const round = r.round;
  return all.some((o) => o !== r && o.sentence === r.sentence && o.round !== null && o.round > round);
}

/**
 * Rounds whose number is not on the meeting ("the sixth of their kind", "two earlier rounds"): only where no phrase of
 * the article numbers a meeting itself, since those forms are weaker than a numbered phrase.
 */
function unnumberedForms(doc: Doc, push: Push): void {
  for (const r of [...listedOrdinals(doc), ...ellipticalOrdinals(doc), ...countedEarlier(doc)])
    push({ ...r, next: false });
}

/** "خامس جولات اللجنة": an ordinal word right before a plural meeting noun, where the language says so. */
function pluralOrdinal(doc: Doc, m: Mention): { value: number; first: number; last: number } | null {
  if (!doc.lex.ordinalBeforePlural || !hasCue(m, 'meetingPlural')) return null;
  const before = doc.cover[m.first - 1];
  const value = before && before.last === m.first ? cueOf(before, 'ordinal')?.value : undefined;
  return before && value !== undefined ? { value, first: before.first, last: before.last } : null;
}

/** An ordinal, as value and span. */
interface Ordinal {
  value: number;
  first: number;
  last: number;
}

/** The ordinal whose span ends right before token `end`: a word ("third") or a marked number ("3rd", "3.", "3-й"). */
function ordinalEndingAt(doc: Doc, end: number): Ordinal | null {
  const m = doc.cover[end - 1];
  const v = m ? cueOf(m, 'ordinal')?.value : undefined;
  if (m && v !== undefined && m.last === end) return { value: v, first: m.first, last: end };
  const mark = doc.tokens[end - 1];
  if (!hasCue(m, 'ordinalSuffix') && mark?.text !== '.') return null;
  const j = doc.tokens[end - 2]?.text === '-' ? end - 3 : end - 2;
  const n = roundNumber(doc, j);
  return n === null ? null : { value: n, first: j, last: end };
}

/** The ordinal whose span starts at token `start`. */
function ordinalStartingAt(doc: Doc, start: number): Ordinal | null {
  const m = doc.cover[start];
  const v = m ? cueOf(m, 'ordinal')?.value : undefined;
  if (m && v !== undefined && m.first === start) return { value: v, first: start, last: m.last };
  const n = roundNumber(doc, start);
  if (n === null || !suffixedNumber(doc, start)) return null;
  const k = doc.tokens[start + 1]?.text === '-' ? start + 2 : start + 1;
  return { value: n, first: start, last: doc.cover[k]?.last ?? k + 1 };
}

/** Tokens between coordinated ordinals: "and the", ", ", "и". */
const COORDINATION_GAP = 3;

/** Whether tokens [from, to) join two ordinals: "and" or a comma, function words besides; nothing (a fused "و"). */
export function coordinates(doc: Doc, from: number, to: number): boolean {
  if (to - from > COORDINATION_GAP) return false;
  let join = from === to;
  for (let j = from; j < to; j++) {
    const t = doc.tokens[j];
    if (t?.kind === 'punct' ? t.text === ',' || t.text === '،' : hasCue(doc.cover[j], 'rangeJoin', 'alsoJoin'))
      join = true;
    else if (t?.kind === 'punct' || !hasCue(doc.cover[j], 'stop')) return false;
  }
  return join;
}

/**
 * "the 20th and the 21st rounds", "третий и четвёртый раунды", "الجولتين الثالثة والرابعة", "las rondas tercera y
 * cuarta": two or more ordinals coordinated with one meeting noun (plural or dual; before a noun, also one in the
 * singular: "an der 19. und 20. Runde") before it or, where adjectives follow their noun, after it: a round for each.
 */
function coordinatedOrdinals(doc: Doc, m: Mention): Ordinal[] {
  // "an der 19. und 20. Runde", "the first and second round": a noun in the singular may follow ordinals it shares.
  if (!hasCue(m, 'meetingPlural', 'meetingDual', 'meeting')) return [];
  const before: Ordinal[] = [];
  for (let o = ordinalEndingAt(doc, m.first); o;) {
    before.unshift(o);
    let j = o.first;
    while (j > 0 && j > o.first - COORDINATION_GAP - 1 && !ordinalEndingAt(doc, j)) j--;
    const next = ordinalEndingAt(doc, j);
    if (!next || !coordinates(doc, j, o.first)) break;
    o = next;
  }
  if (before.length >= 2) return before;
  if (!doc.lex.adjectivesAfterNoun || !hasCue(m, 'meetingPlural', 'meetingDual')) return [];
  const after: Ordinal[] = [];
  for (let o = ordinalStartingAt(doc, m.last); o;) {
    after.push(o);
    let j = o.last;
    while (j < doc.tokens.length && j < o.last + COORDINATION_GAP + 1 && !ordinalStartingAt(doc, j)) j++;
    const next = ordinalStartingAt(doc, j);
    if (!next || !coordinates(doc, o.last, j)) break;
    o = next;
  }
  return after.length >= 2 ? after : [];
}

type Push = (r: Omit<RawRound, 'sentence' | 'series'> & { named?: string | null }, listed?: boolean) => void;

/** "the first three rounds of the Astana talks": rounds 1 to N, each of the phrase (counted-rounds.ts). */
function firstOfCount(doc: Doc, push: Push): void {
  for (const f of firstRounds(doc)) {
    const named = namedSeries(doc, f, f);
    for (let round = 1; round <= f.count; round++)
      push({ round, next: false, first: f.first, last: f.last, named }, true);
  }
}

/** A sentence that names another process or meeting (the constitutional committee, a summit). */
function otherProcess(doc: Doc, sentence: number): boolean {
  return sentenceMentions(doc, sentence).some((m) => hasCue(m, 'otherSeries', 'otherMeeting'));
}

/**
 * "gather for the 19th time", "zum sechsten Mal", "للمرة التاسعة عشرة", "в восьмой раз": the count of times the format
 * met is its round. From the third time on only: "for the first/second time" mostly tells of a participant.
 */
function countedTimes(doc: Doc, push: Push): void {
  for (const m of doc.mentions) {
    // The article speaks of the format (findRounds runs only then); the meeting itself may be named sentences before
    // ("The talks went on in Astana on Friday. ... For the sixth time, a delegation of the government ...").
    if (!hasCue(m, 'timesNoun') || otherProcess(doc, m.sentence)) continue;
    const ord = adjacentOrdinal(doc, m.first, m.last);
    if (ord && ord.value >= 3 && ord.value <= MAX_ROUND)
      push({ round: ord.value, next: false, first: Math.min(ord.first, m.first), last: Math.max(ord.last, m.last) });
  }
}

/**
 * "agreed to meet again in the second half of 2023", "اتفقوا على الاجتماع مجددا": the parties' next meeting, said
 * without a meeting noun; "the next meeting" of the series the sentence names, counted from its numbered round.
 */
function meetAgain(doc: Doc, push: Push): void {
  for (const m of doc.mentions)
    if (hasCue(m, 'meetAgain')) push({ round: null, next: true, first: m.first, last: m.last });
}

/** Where the marked ending of number j stands: after an apostrophe, or after the ordinal's dot too ("20.'si"). */
function predicateSuffixAt(doc: Doc, j: number): number {
  let k = j + 1;
  if (doc.tokens[k]?.text === '.' && doc.tokens[k + 1]?.text === "'") k++;
  return doc.tokens[k]?.text === "'" ? k + 1 : k;
}

/** Tokens after a predicate ordinal searched for the meeting it stands for ("20'ncisi yapılacak Astana görüşmeleri"). */
const PREDICATE_REACH = 9;

/**
 * "bu defa 20'ncisi yapılacak Astana görüşmeleri", "the talks, the ninth": a marked number standing for the meeting
 * named a few words on in the same sentence.
 */
function predicateOrdinals(doc: Doc, push: Push): void {
  doc.tokens.forEach((t, j) => {
    const suffix = predicateSuffixAt(doc, j);
    if (t.kind !== 'num' || !hasCue(doc.cover[suffix], 'predicateOrdinal')) return;
    const n = roundNumber(doc, j);
    if (n === null) return;
    for (let k = suffix + 1; k < Math.min(doc.tokens.length, j + PREDICATE_REACH); k++) {
      const x = doc.cover[k];
      if (doc.tokens[k]?.sentence !== t.sentence || doc.tokens[k]?.kind === 'num') return;
      const named = x ? (entriesOf(x, 'series')[0]?.id ?? null) : null;
      if (x && (hasCue(x, 'meeting') || named)) {
        push({ round: n, next: false, first: j, last: suffix + 1, named });
        return;
      }
    }
  });
}

/** The count right before a plural meeting noun: a number ("6 جولات") or a word ("six rounds", "шесть раундов"). */
function countBefore(doc: Doc, noun: number): { value: number; first: number } | null {
  const t = doc.tokens[noun - 1];
  if (t?.kind === 'num') {
    const n = roundNumber(doc, noun - 1);
    return n === null ? null : { value: n, first: noun - 1 };
  }
  const m = doc.cover[noun - 1];
  const v = m ? cueOf(m, 'cardinal')?.value : undefined;
  return m && v !== undefined ? { value: v, first: m.first } : null;
}

/**
 * "Six rounds have been held so far, the latest of them in mid-month", "شهدت 6 جولات، انعقدت أحدثها ...": a count
 * of the format's meetings followed by "the latest of them" names the last one counted: round N.
 */
function countedLatest(doc: Doc, push: Push): void {
  for (const m of doc.mentions) {
    if (!hasCue(m, 'meetingPlural')) continue;
    const count = countBefore(doc, m.first);
    if (!count || count.value < 2) continue;
    // The whole sentence: "the latest of them" may come after a long clause on where they were held.
    for (let k = m.last; k < doc.tokens.length && doc.tokens[k]?.sentence === m.sentence; k++) {
      if (!hasCue(doc.cover[k], 'latestOfCount')) continue;
      push({ round: count.value, next: false, first: count.first, last: m.last });
      break;
    }
  }
}
