// Stage 8c: delegates known by their title — "X, the Russian envoy, said", "enviado de Irán X", "X بصفته ممثلاً
// للحكومة": news of a round names a state's or a side's delegate by a title beside the name (cue delegateTitle)
// without any verb of heading. The actor the title names (its state, government or head of state; else the person's
// own affiliation) is whom they represent. Where the round is held, participation places that person as its head
// (a standing title said of a round still ahead is no attendance). Pure.
import type { Doc } from '../doc.js';
import { hasCue, sentenceMentions } from '../doc.js';
import type { Mention } from '../extract/mentions.js';
import { isHard } from '../extract/mentions.js';
import type { Persons } from '../extract/persons.js';
import { actorOf, employer, formerAround, possessor } from './heads.js';

/** Tokens a title phrase beside a name may span, and words in it the dictionary does not know ("top", "permanent"). */
const PHRASE_REACH = 14;
const UNKNOWN_WORDS = 2;
/** Tokens after the title phrase in which a negation says the delegate is absent ("X, the envoy, will not attend"). */
const NEGATION_AFTER = 3;
const COMMAS = new Set([',', '،']);
const QUOTES = new Set(['"', '«', '»', '“', '”', "'", '’']);

export interface TitledDelegate {
  person: string;
  representing: string;
  at: number;
}

/** A mention that may stand inside a title phrase: title words, actors, the small words between them. */
function inTitle(m: Mention): boolean {
  if (hasCue(m, 'speech', 'content', 'attend', 'head', 'headActive', 'meeting')) return false;
  // "and" ends the phrase; "to" also joins ranges but after a title says whom it serves ("envoy to the UN").
  if (hasCue(m, 'relative', 'negation')) return false;
  if (hasCue(m, 'alsoJoin', 'rangeJoin') && !hasCue(m, 'titleObject', 'titleTo', 'employerOf')) return false;
  if (
    hasCue(m, 'title', 'titleWord', 'delegateTitle', 'ministry') ||
    hasCue(m, 'titleObject', 'titleTo', 'employerOf', 'stop', 'genitiveEnding')
  )
    return true;
  return actorOf(m) !== null || m.entries.some((e) => e.type === 'person');
}

/** A token that ends a title phrase: a clause comma, a hard break, a quote. */
function ends(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return !t || isHard(t) || (t.kind === 'punct' && !["'", '’', '-'].includes(t.text));
}

/** Token k is the "s" of a possessive "'s" ("the regime's negotiator"): part of the phrase, whatever else it reads as. */
function possessiveS(doc: Doc, k: number): boolean {
  return doc.tokens[k]?.text === 's' && ["'", '’'].includes(doc.tokens[k - 1]?.text ?? '');
}

/** The mentions of the title phrase from token `from` on, in `dir` (+1 after the name, -1 before it). */
function phrase(doc: Doc, from: number, dir: 1 | -1, sentence: number): Mention[] {
  const out: Mention[] = [];
  let unknown = 0;
  for (let k = from, n = 0; n < PHRASE_REACH; n++) {
    const t = doc.tokens[k];
    if (!t || t.sentence !== sentence || ends(doc, k)) break;
    const m = possessiveS(doc, k) ? undefined : doc.cover[k];
    if (m) {
      if (!inTitle(m)) break;
      if (!out.includes(m)) out.push(m);
      k = dir === 1 ? m.last : m.first - 1;
      continue;
    }
    if (t.kind === 'punct' || possessiveS(doc, k)) {
      k += dir;
      continue;
    }
    if (t.kind !== 'word' || ++unknown > UNKNOWN_WORDS) break;
    k += dir;
  }
  return dir === 1 ? out : out.reverse();
}

/**
 * The title phrase beside a name: after it (past a comma or "in the capacity of": "X, the Russian envoy,", "أيمن
 * سوسان بصفته ممثلاً للحكومة", "علي خاجي المبعوث الإيراني") or right before it ("Russian envoy X").
 */
function titleBeside(doc: Doc, p: Persons['mentions'][number]): Mention[] {
  let k = p.last;
  const t = doc.tokens[k];
  if (t && [',', '،', '('].includes(t.text)) k++;
  else if (hasCue(doc.cover[k], 'capacity')) k = doc.cover[k]?.last ?? k + 1;
  const after = phrase(doc, k, 1, p.sentence);
  if (after.some((m) => hasCue(m, 'delegateTitle'))) return after;
  const fronted = frontedTitle(doc, p);
  if (fronted.length) return fronted;
  const before = phrase(doc, p.first - 1, -1, p.sentence);
  // Right before the name the phrase must end at it: "Russian envoy X", not "envoy, X" (a list).
  if (!before.length || before[before.length - 1]?.last !== p.first) return [];
  // "President Putin", "the envoy of President Putin": a leader's title right before the name is the name's own.
  if (hasCue(before[before.length - 1], 'leaderTitle')) return [];
  // "A, the special representative of President X": a phrase opened by a comma after another name is that name's
  // apposition, and X is only inside it.
  const open = (before[0]?.first ?? p.first) - 1;
  let q = open - 1;
  while (QUOTES.has(doc.tokens[q]?.text ?? '')) q--;
  const prior = doc.cover[q];
  return COMMAS.has(doc.tokens[open]?.text ?? '') && prior?.entries.some((e) => e.type === 'person') ? [] : before;
}

/**
 * "The Russian envoy, Alexander Lavrentiev, said ...": a title opening the sentence, the name in apposition after
 * its comma. Only at the sentence's start (quotes and small words before it at most): elsewhere "title, X" is a list.
 */
function frontedTitle(doc: Doc, p: Persons['mentions'][number]): Mention[] {
  if (!COMMAS.has(doc.tokens[p.first - 1]?.text ?? '')) return [];
  const before = phrase(doc, p.first - 2, -1, p.sentence);
  if (!before.length || before[before.length - 1]?.last !== p.first - 1) return [];
  let k = (before[0]?.first ?? 0) - 1;
  while (k >= 0 && QUOTES.has(doc.tokens[k]?.text ?? '')) k--;
  const start = doc.sentences[p.sentence]?.first ?? 0;
  return k < start && before.some((m) => hasCue(m, 'delegateTitle')) ? before : [];
}

/** The actor a delegate title names: its first actor not the object of the title ("envoy to Syria"). */
function titleActor(doc: Doc, ms: Mention[], persons: Persons): string | null {
  // "İran'ın Suriye özel temsilcisi": where modifiers come first, the owner in the genitive is whom the title serves;
  // the country before the noun is its object.
  const owner = ms.find((m) => actorOf(m) && hasCue(doc.cover[m.last + 1], 'genitiveEnding'));
  if (owner) return actorOf(owner)?.id ?? null;
  for (const m of ms) {
    if (hasCue(doc.cover[m.first - 1], 'titleObject', 'titleTo')) continue;
    const a = actorOf(m);
    if (a) return a.id;
    // "Putin's special envoy", "inviato del presidente X": a head of state's envoy represents their state.
    const boss = m.entries.find((e) => e.type === 'person');
    const aff = boss?.type === 'person' ? persons.info.get(boss.id)?.affiliation : null;
    if (aff) return aff;
  }
  return null;
}

/** The persons of a sentence named with a delegate title beside them, and whom the title says they represent. */
export function titledDelegates(doc: Doc, sentence: number, persons: Persons): TitledDelegate[] {
  const out: TitledDelegate[] = [];
  // "Earlier, X, the Russian envoy, had said that ...": what a delegate said before the report is not the round's.
  const ms = sentenceMentions(doc, sentence);
  if (ms.some((m) => hasCue(m, 'earlier'))) return out;
  for (const p of persons.mentions) {
    if (p.sentence !== sentence || out.some((o) => o.person === p.id)) continue;
    // "Lavrentiev's deputy", "the envoy of President X", "according to X": not someone acting at the round; nor is
    // "X, the former Russian envoy".
    if (employer(doc, p) || possessor(doc, p) || formerAround(doc, p)) continue;
    // "conflicting reports on the participation of X, the faction's representative": the complement of a noun of
    // taking part is what is reported on, not someone said to act. A verb of meeting there ("اجتمع X، كبير المفاوضين
    // الإيرانيين، بالوفد السوري", "met X, Iran's negotiator") has the delegate as its subject or its object.
    const before = doc.cover[p.first - 1];
    if (hasCue(before, 'participate', 'attend', 'arrive') && !hasCue(before, 'meetWith')) continue;
    // "According to the programme, the day closes with remarks by X, the Russian envoy": a source tells what is
    // planned or reported; the delegate is not said to act.
    if (ms.some((m) => m.last <= p.first && hasCue(m, 'according'))) continue;
    const title = titleBeside(doc, p);
    // "X, an opposition negotiator": an indefinite title names one of several, not the delegation's delegate.
    if (!title.some((m) => hasCue(m, 'delegateTitle')) || hasCue(title[0], 'indefinite')) continue;
    if (negatedAfter(doc, title) || officeTitle(doc, title)) continue;
    // A known person's own state comes first: "the Syria envoy of the UN" names what the envoy deals with.
    const info = persons.info.get(p.id);
    const rep = (info?.known ? info.affiliation : null) ?? titleActor(doc, title, persons);
    if (rep) out.push({ person: p.id, representing: rep, at: p.first });
  }
  return out;
}

/**
 * A standing office, not a role at the talks: a title with a portfolio — a country or organization as its object
 * ("special envoy for Syria", "Permanent Representative to the UN", "спецпосланник по Сирии", "مبعوث إلى سوريا", and
 * where modifiers come first a bare country before the title, "Suriye özel temsilcisi"). Its holder speaking about a
 * round is not said to take part in it; so is a special or a leader's envoy ("special envoy", "presidential envoy",
 * "inviato del presidente russo"). "The Russian envoy", "représentant de l'Iran" name a role there.
 */
function officeTitle(doc: Doc, title: Mention[]): boolean {
  // "special envoy", "presidential envoy", "the envoy of the Russian President": a standing office too.
  if (title.some((m) => hasCue(m, 'officeWord', 'leaderTitle'))) return true;
  return title.some((m) => {
    if (!actorOf(m)) return false;
    // "to the UN": an article may stand between.
    const prev = doc.cover[m.first - 1];
    const to =
      prev && hasCue(prev, 'stop') && !hasCue(prev, 'titleObject', 'titleTo') ? doc.cover[prev.first - 1] : prev;
    if (hasCue(to, 'titleObject', 'titleTo')) return true;
    return !!doc.lex.modifiersBeforeNoun && hasCue(m, 'titleWord') && !hasCue(doc.cover[m.last + 1], 'genitiveEnding');
  });
}

/** A negation right after the title phrase: "X, the Russian envoy, will not attend". */
function negatedAfter(doc: Doc, title: Mention[]): boolean {
  const end = Math.max(...title.map((m) => m.last));
  for (let k = end; k < end + NEGATION_AFTER; k++) if (hasCue(doc.cover[k], 'negation', 'negParticle')) return true;
  return false;
}

/** Whether the sentence has any delegate title at all: most have none, and are not read further. */
export function namesDelegateTitle(doc: Doc, sentence: number): boolean {
  return sentenceMentions(doc, sentence).some((m) => hasCue(m, 'delegateTitle'));
}
