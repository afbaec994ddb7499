// Heads and statements for an article in a language with no lexicon, read from structure alone: no head cue ("led
// by", "headed") and no speech verb is known there, but the gazetteer knows persons (in every script it holds) and
// whom they work for, and quotation marks are the same in every language that uses them (gazetteer/scripts.json).
// Pure.
import type { ParticipationFact, StatementFact } from '../../domain.js';
import type { Doc } from '../doc.js';
import { evidence, span } from '../doc.js';
import type { PersonMention, Persons } from '../extract/persons.js';
import { actorRow, standingRole } from '../rows.js';
import { tokenize, unspacedLetter } from '../normalize/tokens.js';
import { foldKey } from '../normalize/fold.js';

/** The meeting the fallback found the article to report: its id, series, and the sentences about it. */
export interface Reported {
  id: string;
  series: string;
  /** Sentences that name the series or a round of it (and the sentence after each). */
  about: ReadonlySet<number>;
  /** Sentences that name the series by name or noun. */
  seriesIn: ReadonlySet<number>;
  /** Actors named per sentence (dictionary mentions and inflected member names). */
  actorsIn: ReadonlyMap<number, ReadonlySet<string>>;
}

/** The actor a known person works for, from the gazetteer (the article cannot say so in words we read). */
function affiliationOf(doc: Doc, persons: Persons, id: string): string | null {
  const info = persons.info.get(id);
  if (!info?.known) return null;
  return info.affiliation ?? actorRow(doc.knowledge, id)?.affiliation ?? null;
}

/**
 * Heads of delegation: a known person whose employer is a member of the series (not its host, whose officials
 * speak about the meeting rather than sit in it), named in a sentence that names that employer or the series.
 * "ロシア代表団(団長はアレクサンドル・ラヴレンチエフ)", "vyakilishi vya Urusi vikiongozwa na Lavrentiev".
 */
export function unseenHeads(doc: Doc, persons: Persons, r: Reported): ParticipationFact[] {
  const out = new Map<string, ParticipationFact>();
  for (const p of persons.mentions) {
    const rep = affiliationOf(doc, persons, p.id);
    if (!rep) continue;
    const role = standingRole(doc.knowledge, r.series, rep);
    if (!role || role === 'HOST') continue;
    const near = r.actorsIn.get(p.sentence)?.has(rep) === true || r.seriesIn.has(p.sentence);
    if (!near || !r.about.has(p.sentence)) continue;
    const ev = evidence(doc, p.first, p.last);
    const known = out.get(p.id);
    if (known) known.evidence.push(ev);
    else out.set(p.id, { meetingId: r.id, actorId: p.id, role: 'PARTICIPANT', representingId: rep, evidence: [ev] });
  }
  return [...out.values()];
}

/**
 * Words a quotation has at least for it to be speech rather than a quoted name or title; in a script written
 * without spaces, three letters count as a word ("「シリア諸国民大会」", a congress's name, is no speech).
 * Left-one-language-out statements: 4 words F1 .637, 5 .613, 6 .587.
 */
const SPEECH_WORDS = 4;
const LETTERS_PER_WORD = 3;

interface Quote {
  first: number;
  last: number;
  sentence: number;
}

/** Quotations of at least SPEECH_TOKENS tokens, by their marks, within a paragraph. */
function quotations(doc: Doc, pairs: readonly (readonly [string, string])[]): Quote[] {
  const out: Quote[] = [];
  for (const [open, close] of pairs) {
    let at = -1;
    for (let i = 0; i < doc.tokens.length; i++) {
      const t = doc.tokens[i];
      if (!t || t.kind === 'newline') {
        at = -1;
        continue;
      }
      if (at >= 0 && t.text === close) {
        if (wordsIn(doc, at + 1, i) >= SPEECH_WORDS)
          out.push({ first: at, last: i + 1, sentence: doc.tokens[at]?.sentence ?? -1 });
        at = -1;
      } else if (at < 0 && t.text === open) at = i;
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

/** Words of tokens [first, last): word and number tokens, a letter of an unspaced script half a word. */
function wordsIn(doc: Doc, first: number, last: number): number {
  let n = 0;
  for (let i = first; i < last; i++) {
    const t = doc.tokens[i];
    if (t?.kind === 'word') n += unspacedLetter(t.text) ? 1 / LETTERS_PER_WORD : 1;
    else if (t?.kind === 'num') n++;
  }
  return n;
}

/** The known person named nearest a quotation outside it, in its sentence or else the one before. */
function speakerOf(doc: Doc, persons: Persons, q: Quote): PersonMention | null {
  const outside = persons.mentions.filter(
    (p) => (p.last <= q.first || p.first >= q.last) && persons.info.get(p.id)?.known,
  );
  for (const s of [q.sentence, q.sentence - 1]) {
    const here = outside.filter((p) => p.sentence === s);
    const best = here.sort((a, b) => distance(a, q) - distance(b, q))[0];
    if (best) return best;
  }
  return null;
}

function distance(p: PersonMention, q: Quote): number {
  return p.last <= q.first ? q.first - p.last : p.first - q.last;
}

/**
 * Quotations attributed to the known person named nearest them (in their sentence, else the sentence before):
 * a quote mark is read the same in every language, a speech verb is not. `meeting`: the round the article reports.
 */
export function unseenQuotes(doc: Doc, persons: Persons, meeting: string | null): StatementFact[] {
  const out = new Map<string, StatementFact>();
  for (const q of quotations(doc, doc.knowledge.scripts?.quotes ?? [['"', '"']])) {
    const p = speakerOf(doc, persons, q);
    if (!p) continue;
    if ([...out.values()].some((x) => x.speakerId === p.id)) continue;
    const statement = statementOf(doc, p.id, 'QUOTE', q.first, q.last, meeting);
    out.set(statement.id, statement);
  }
  return [...out.values()];
}

/** A statement of `speaker` over tokens first..last, dated by the article, at the round it reports. */
function statementOf(
  doc: Doc,
  speaker: string,
  kind: StatementFact['kind'],
  first: number,
  last: number,
  meeting: string | null,
): StatementFact {
  const s = span(doc, first, last);
  return {
    id: `${doc.article.id}:${speaker}:${s.start}`,
    speakerId: speaker,
    kind,
    text: s.text,
    date: doc.article.publishedAt,
    meetingId: meeting,
    language: doc.article.language,
    evidence: [evidence(doc, first, last)],
  };
}

/** Tokens before a speech verb within which its speaker is named ("라브렌티예프 러시아 대통령 특사는 … 밝혔다"). */
const SPEAKER_BEFORE = 40;

const speechWordsBy = new WeakMap<object, Map<string, string[][]>>();

/** The speech verbs gazetteer/scripts.json lists for a language, each as its folded tokens; once per knowledge load. */
function speechWords(doc: Doc): string[][] {
  const scripts = doc.knowledge.scripts;
  if (!scripts?.speech) return [];
  let byLang = speechWordsBy.get(scripts);
  if (!byLang) speechWordsBy.set(scripts, (byLang = new Map<string, string[][]>()));
  const lang = doc.article.language.split('-')[0] ?? doc.article.language;
  let words = byLang.get(lang);
  if (!words) {
    words = (scripts.speech[lang] ?? []).map((w) => tokenize(foldKey(w)).map((t) => t.text));
    byLang.set(lang, words);
  }
  return words;
}

/**
 * Whether the tokens from i spell one of the verbs. A spaced word may end otherwise by one letter ("말했다",
 * "말했고", "말했으며": the verb's last syllable is its ending); letters of an unspaced script match exactly.
 */
function verbAt(doc: Doc, i: number, verbs: string[][]): boolean {
  return verbs.some((v) =>
    v.every((w, k) => {
      const t = doc.tokens[i + k]?.text ?? '';
      return k === v.length - 1 && !unspacedLetter(w)
        ? t.startsWith(w.slice(0, -1)) && t.length <= w.length + 1
        : t === w;
    }),
  );
}

/**
 * Reported speech in a language with no lexicon whose speech verbs scripts.json lists ("…다고 밝혔다", "…表示"):
 * the first known person named before the verb in its sentence, outside quotations, is the speaker (every language
 * listed opens the clause with its subject: "페데르센 특사는 라브렌티예프 특사와 만난 뒤 …고 밝혔다"). `meeting`: the
 * round the article reports.
 */
export function unseenSpeech(doc: Doc, persons: Persons, meeting: string | null): StatementFact[] {
  const verbs = speechWords(doc);
  if (verbs.length === 0) return [];
  const inQuote = quotedTokens(doc, doc.knowledge.scripts?.quotes ?? [['"', '"']]);
  const out = new Map<string, StatementFact>();
  for (let i = 0; i < doc.tokens.length; i++) {
    if (inQuote[i] || !verbAt(doc, i, verbs)) continue;
    const sentence = doc.tokens[i]?.sentence;
    const p = persons.mentions
      .filter(
        (x) =>
          x.sentence === sentence &&
          x.last <= i &&
          i - x.last <= SPEAKER_BEFORE &&
          !inQuote[x.first] &&
          persons.info.get(x.id)?.known,
      )
      .shift();
    if (!p || out.has(p.id)) continue;
    const sent = doc.sentences[sentence ?? -1];
    if (!sent) continue;
    out.set(p.id, statementOf(doc, p.id, 'REPORTED', sent.first, sent.last, meeting));
  }
  return [...out.values()];
}

/** Tokens inside a quotation of the scripts' marks (the marks themselves included), within a paragraph. */
function quotedTokens(doc: Doc, pairs: readonly (readonly [string, string])[]): boolean[] {
  const out = new Array<boolean>(doc.tokens.length).fill(false);
  for (const q of quotations(doc, pairs)) for (let i = q.first; i < q.last; i++) out[i] = true;
  return out;
}
