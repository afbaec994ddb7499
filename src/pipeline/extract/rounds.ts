// Stage 6: round mentions of the Astana series in every way of saying them — "الجولة الـ20", "الاجتماع العشرين",
// "20th round", "Astana-14", "6. Astana görüşmesinde", "هفدهمین نشست", "the next meeting". Pure.
import type { Doc } from '../doc.js';
import { hasCue } from '../doc.js';
import type { Mention } from './mentions.js';
import { cueOf, entriesOf } from './mentions.js';

export interface RoundMention {
  /** null for "the next meeting" (resolved by meetings.ts). */
  round: number | null;
  next: boolean;
  first: number;
  last: number;
  sentence: number;
  /** "the next, eleventh, meeting": numbered, and said to be the one ahead. */
  ahead?: boolean;
  /**
   * "the previous meeting", "its predecessor" (the round before the one named nearest), "the most recent round" (the
   * last one held): unnumbered, resolved by meetings.ts against the numbered rounds.
   */
  before?: 'previous' | 'latest';
}

const MAX_ROUND = 40;

/** Whether the article speaks of the Astana format at all (a series name or "international meeting on Syria"). */
export function astanaContext(doc: Doc): boolean {
  return doc.mentions.some((m) => entriesOf(m, 'series').some((e) => e.id === 'astana') || hasCue(m, 'astanaPhrase'));
}

function roundNumber(doc: Doc, i: number): number | null {
  const t = doc.tokens[i];
  if (t?.kind !== 'num' || t.text.length > 2) return null;
  const n = Number(t.text);
  if (n < 1 || n > MAX_ROUND) return null;
  // "15 and 16 June", "4-5 июля": a day of a date, not a round.
  for (let j = i + 1; j < i + 5 && j < doc.tokens.length; j++) {
    if (hasCue(doc.cover[j], 'month')) return null;
    const x = doc.tokens[j];
    if (x && x.kind === 'word' && !hasCue(doc.cover[j], 'dateFiller', 'rangeJoin')) break;
  }
  return n;
}

/** Skips filler tokens ("ال" of "الـ20", hyphens, quotes, "no.") going forward from i. */
function isSeriesAt(doc: Doc, j: number): boolean {
  const m = doc.cover[j];
  return !!m && entriesOf(m, 'series').length > 0;
}

function skipForward(doc: Doc, i: number, max: number): number[] {
  const out: number[] = [];
  for (let j = i; j < doc.tokens.length && out.length < max; j++) {
    const t = doc.tokens[j];
    if (!t) break;
    out.push(j);
    if (!(
      t.text === 'ال' ||
      t.text === '-' ||
      t.text === '"' ||
      t.text === '–' ||
      hasCue(doc.cover[j], 'roundFiller', 'roundAdjective') ||
      isSeriesAt(doc, j) // "جولة أستانا السادسة عشرة"
    ))
      break;
  }
  return out;
}

export function findRounds(doc: Doc): RoundMention[] {
  if (!astanaContext(doc)) return [];
  const out: RoundMention[] = [];
  const push = (round: number | null, a: number, b: number, next = false, before?: RoundMention['before']): void => {
    if (out.some((r) => r.first < b && a < r.last)) return;
    // "the eighth round of the constitutional committee": a round of another process.
    for (let j = b; j < Math.min(doc.tokens.length, b + 8); j++) {
      if (doc.tokens[j]?.text === ',' || doc.tokens[j]?.text === '.') break;
      if (hasCue(doc.cover[j], 'otherSeries', 'otherMeeting')) return;
      if (entriesOf(doc.cover[j] ?? ({ entries: [] } as unknown as Mention), 'series').length) break;
    }
    const r: RoundMention = { round, next, first: a, last: b, sentence: doc.tokens[a]?.sentence ?? 0 };
    if (before) r.before = before;
    out.push(r);
  };
  const byFirst = new Map<number, Mention>(doc.mentions.map((m) => [m.first, m]));
  for (const m of doc.mentions) {
    // "its predecessor", "سابقتها": a word that alone names the round before.
    if (hasCue(m, 'predecessor')) push(null, m.first, m.last, false, 'previous');
    const isMeeting = hasCue(m, 'meeting', 'astanaPhrase');
    const isSeries = entriesOf(m, 'series').some((e) => e.id === 'astana');
    if (!isMeeting && !isSeries) continue;
    let found = false;
    // After the noun: "الجولة 22", "الجولة العاشرة", "Astana-14", "round 9", "أستانا 4".
    for (const j of skipForward(doc, m.last, isMeeting ? 5 : 3)) {
      const ord = byFirst.get(j);
      const ov = ord ? cueOf(ord, 'ordinal')?.value : undefined;
      if (ord && ov !== undefined && isMeeting) {
        push(ov, m.first, ord.last);
        found = true;
        break;
      }
      const n = roundNumber(doc, j);
      if (n !== null) {
        push(n, m.first, j + 1);
        found = true;
      }
      const filler =
        doc.tokens[j]?.text === 'ال' ||
        hasCue(doc.cover[j], 'roundFiller', 'roundAdjective') ||
        (isMeeting && isSeriesAt(doc, j));
      if (n !== null || (doc.tokens[j]?.kind === 'word' && !filler)) break;
    }
    if (found) continue;
    // Before the noun: "the 20th round", "twentieth meeting", "6. Astana", "هفدهمین نشست", "пятом раунде".
    for (let j = m.first - 1, steps = 0; j >= 0 && steps < 5; steps++) {
      const x = doc.cover[j];
      if (x && x !== m) {
        const ov = cueOf(x, 'ordinal')?.value;
        if (ov !== undefined) {
          push(ov, x.first, m.last);
          const k = doc.tokens[x.first - 1]?.text === ',' ? x.first - 2 : x.first - 1;
          const r = out.find((o) => o.first === x.first);
          if (r && hasCue(doc.cover[k], 'next')) r.ahead = true;
          found = true;
          break;
        }
        // "the 20th Syria meeting", "20. Suriye toplantısı": adjectives, the series and a country may intervene.
        if (
          hasCue(x, 'roundAdjective', 'ordinalSuffix') ||
          entriesOf(x, 'series').length ||
          entriesOf(x, 'state').length
        ) {
          j = x.first - 1;
          continue;
        }
        break;
      }
      const t = doc.tokens[j];
      if (!t) break;
      if (t.kind === 'num') {
        const suffixed = hasCue(doc.cover[j + 1], 'ordinalSuffix') || doc.tokens[j + 1]?.text === '.';
        // A series name needs an ordinal mark ("6. Astana"); a bare number before it is anything else.
        if ((!doc.lex.digitsBeforeNounCount && isMeeting) || suffixed) {
          const n = roundNumber(doc, j);
          if (n !== null) push(n, j, m.last);
          found = n !== null;
        }
        break;
      }
      // "the next, eleventh, meeting": an ordinal set off by commas still numbers the noun (and wins over next).
      const before = doc.cover[j - 1];
      const commaOrdinal = t.text === ',' && !!before && cueOf(before, 'ordinal') !== undefined;
      if (commaOrdinal || (t.kind === 'punct' && ['.', '-', "'", '"', '°'].includes(t.text))) {
        j--;
        continue;
      }
      break;
    }
    if (found || !isMeeting) continue;
    // "the next meeting", "الاجتماع المقبل", "la prochaine réunion".
    const near = doc.mentions.filter(
      (x) =>
        x !== m && x.sentence === m.sentence && (x.first === m.last || x.last === m.first || x.first === m.last + 1),
    );
    const [a, b] = [Math.min(m.first, ...near.map((x) => x.first)), Math.max(m.last, ...near.map((x) => x.last))];
    if (near.some((x) => hasCue(x, 'next'))) push(null, a, b, true);
    // "earlier meetings", "اجتماعات سابقة": several meetings before are no one round.
    else if (hasCue(m, 'meetingPlural')) continue;
    // "the previous round", "الجولة السابقة", "en son toplantı"; "the most recent round", "الجولة الأخيرة".
    else if (near.some((x) => hasCue(x, 'previous'))) push(null, a, b, false, 'previous');
    else if (near.some((x) => hasCue(x, 'latest'))) push(null, a, b, false, 'latest');
  }
  // The series name before a number also counts when the noun is missing ("Astana 10 talks" is covered above).
  return out.sort((a, b) => a.first - b.first);
}
