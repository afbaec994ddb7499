// Stage 9a: who speaks — for one speech cue of a sentence, the speaker: a person named by the cue's word order, a
// role reference ("المسؤول الروسي"), a pronoun ("he said"), or the previous speaker for a bare "وأضاف". Each rule is a
// named function with its window sizes named; statements.ts walks the sentences and dates what is said. Pure.
import type { Doc } from '../doc.js';
import type { Dictionary } from '../extract/dictionary.js';
import { capitalized, cueWords, hasCase, hasCue, span } from '../doc.js';
import type { Mention } from '../extract/mentions.js';
import { entriesOf } from '../extract/mentions.js';
import type { PersonMention, Persons } from '../extract/persons.js';
import type { Sentence } from '../normalize/tokens.js';
import { conjoined, employer } from './heads.js';
import { foldKey } from '../normalize/fold.js';
import { tokenize } from '../normalize/tokens.js';
import { readingsOf, withoutArticle } from '../normalize/clitics.js';

/** Tokens after a speech verb within which its speaker may stand ("said on Tuesday the Russian envoy X"). */
export const SPEAKER_AFTER = 14;
/** "according to": the source within this many tokens of the phrase (or after a "by" word). */
export const ACCORDING_SOURCE = 10;
/** A postposition ("X'e göre") names its source within this many tokens before it. */
export const POSTPOSITION_SOURCE = 4;
/** "Russian envoy X: …": title words that may open a line before the person whose words follow its colon. */
export const HEADING_TITLE = 12;
/** A role reference ("the Iranian official") within this many tokens after the verb … */
export const ROLE_REF_AFTER = 4;
/** … or ending within this many tokens before it. */
export const ROLE_REF_BEFORE = 3;
/** A verb-final clause's subject set off by a comma opens the sentence within this many tokens. */
export const OPENING_SUBJECT = 3;
/** A bare "وأضاف" continues a speaker named at most this many sentences before. */
export const CONTINUE_SENTENCES = 6;
/** "a senior Russian official": words that may stand between an indefinite article and its role word. */
export const INDEFINITE_BEFORE = 2;
/** … and the whole phrase between them, title and organization words included, at most this many tokens. */
export const INDEFINITE_TITLE_BEFORE = 7;
/** "X, <apposition>, said": an apposition of at most this many tokens between the subject and the verb. */
export const APPOSITION_LENGTH = 14;
/** "the Turkish top diplomat": words (uncovered or title words) that may stand between a demonym and its role. */
export const ROLE_ADJECTIVES = 2;
/** ", said the Russian envoy X": an inverted subject within this many tokens after the verb. */
export const INVERTED_SUBJECT = 12;
/** A light verb ("أعاد", "delivered") speaks with a speech noun as its object within this many tokens after it. */
export const LIGHT_VERB_OBJECT = 16;
/** "with the Kazakh ambassador-at-large X": a companion word governs a person within this many tokens after it. */
export const COMPANION_BEFORE = 6;

/** What the speaker rules read about one speech cue. */
export interface CueContext {
  doc: Doc;
  persons: Persons;
  sent: Sentence;
  /** The sentence's mentions. */
  ms: Mention[];
  /** The sentence's speech cues outside quotes. */
  cues: Mention[];
  cue: Mention;
  mask: boolean[];
  /** Where the speaker window after the cue ends: its content word, a colon or a quote. */
  stop: number;
  /** Where an institution's report opens in this sentence: persons from there on are inside what it says. */
  reportFrom: number;
  /** The report was opened by an institution or nameless sources, which relay what the persons inside it said. */
  relayed?: boolean;
}

/** The last speaker, for "وأضاف" / "he added" and the date of a continued statement. */
export interface PreviousSpeaker {
  speaker: string;
  sentence: number;
}

/** The speech cues of a sentence outside quotes; a source word that is also a common word only after a comma. */
export function speechCues(doc: Doc, ms: Mention[], mask: boolean[]): Mention[] {
  // "…, so Lawrentjew": "so" is a source word only after a comma ("so viele" is not).
  return ms.filter(
    (m) =>
      (hasCue(m, 'speech', 'continue', 'citing') ||
        lightSpeechVerb(ms, m) ||
        possessedSpeech(doc, m) !== undefined ||
        passiveSpeech(doc, m)) &&
      !mask[m.first] &&
      !compoundWord(doc, m) &&
      (!hasCue(m, 'afterComma') || doc.tokens[m.first - 1]?.text === ','),
  );
}

/**
 * "In Pedersen's view,", "وفي بيان بيدرسن:": a speech noun whose possessor is a person — before it with a possessive
 * mark, or right after it where the possessed noun comes first (the Arabic construct) — is that person's speech.
 */
function possessedSpeech(doc: Doc, m: Mention): number | undefined {
  if (!hasCue(m, 'possessedSpeech')) return undefined;
  const person = (k: number): boolean => !!doc.cover[k]?.entries.some((e) => e.type === 'person');
  if (doc.lex.verbFirst) return person(m.last) ? m.last : undefined;
  const mark = doc.tokens[m.first - 2]?.text;
  const before = doc.cover[m.first - 3];
  return (mark === "'" || mark === '’') && doc.tokens[m.first - 1]?.text === 's' && before && person(before.first)
    ? before.first
    : undefined;
}

/** "a été annoncée", "fue anunciada": a participle of speech is a verb of speech after a passive auxiliary. */
function passiveSpeech(doc: Doc, m: Mention): boolean {
  return hasCue(m, 'passiveSpeech') && hasCue(doc.cover[m.first - 1], 'passiveAux');
}

/** "so-called", "much-announced": a cue joined to the word before it by a hyphen is part of an adjective, no verb. */
function compoundWord(doc: Doc, m: Mention): boolean {
  const dash = doc.tokens[m.first - 1];
  const word = doc.tokens[m.first - 2];
  const cue = doc.tokens[m.first];
  return dash?.text === '-' && word?.kind === 'word' && !!cue && word.end === dash.start && dash.end === cue.start;
}

/**
 * "أعاد X، مندوب سورية، التأكيد على", "وجّه X اتهاما", "delivered a briefing": a light verb speaks when a speech noun
 * is its object; where the verb comes first its subject stands between them.
 */
function lightSpeechVerb(ms: Mention[], m: Mention): boolean {
  return (
    hasCue(m, 'lightVerb') &&
    ms.some((n) => n.first >= m.last && n.first - m.last <= LIGHT_VERB_OBJECT && hasCue(n, 'speechNoun'))
  );
}

/** The first content word ("that", "أن", "что") after a cue, or undefined. */
export function contentAfter(ms: Mention[], cue: Mention): number | undefined {
  return ms.find((m) => m.first >= cue.last && hasCue(m, 'content'))?.first;
}

/** Where the speaker window after a cue ends: its content word, a colon or a long quote, else the sentence end. */
export function windowEnd(doc: Doc, ms: Mention[], cue: Mention, sent: Sentence): number {
  let stop = contentAfter(ms, cue) ?? sent.last;
  for (let j = cue.last; j < stop; j++)
    if (doc.tokens[j]?.text === ':' || (doc.tokens[j]?.text === '"' && longQuote(doc, j))) stop = j;
    else if (doc.tokens[j]?.text === '"') j = shortQuoteEnd(doc, j);
  return stop;
}

/** Persons after the cue, before its window ends, outside quotes. */
function personsAfter(c: CueContext): PersonMention[] {
  const { doc, persons, sent, cue, stop, mask } = c;
  // The window opens past a source phrase right after the verb ("betonte nach Angaben der Agentur TASS der …").
  const from = hasCue(cue, 'according') ? cue.last : pastSource(doc, cue.last);
  return persons.mentions.filter(
    (p) =>
      p.sentence === sent.index &&
      p.first >= cue.last &&
      p.first < Math.min(stop, from + SPEAKER_AFTER) &&
      !mask[p.first],
  );
}

/**
 * Persons before the cue in its sentence, outside quotes, with no other cue between them and it, nor a clause break
 * ("Jaafari arrived, while the opposition said", "فيما أوضحت مصادر أممية": the verb has a subject of its own).
 */
function personsBefore(c: CueContext): PersonMention[] {
  const { persons, sent, cue, cues, mask, ms } = c;
  return persons.mentions.filter(
    (p) =>
      p.sentence === sent.index &&
      p.last <= cue.first &&
      !mask[p.first] &&
      !cues.some((o) => o !== cue && o.first > p.last && o.last <= cue.first) &&
      !ms.some((m) => m.first >= p.last && m.last <= cue.first && hasCue(m, 'clauseBreak')),
  );
}

/**
 * The subject among the persons before a verb: the one right before it ("At his meeting with Brahimi, Muallem
 * said"), else the first ("Lavrov, after meeting Zarif, said"); never a delegation's head in apposition nor a
 * possessor.
 */
function subjectBefore(c: CueContext, before: PersonMention[]): PersonMention | undefined {
  const { doc, cue } = c;
  const ok = before.filter((p) => !delegationAppositive(doc, p) && !possessor(doc, p) && !companion(doc, p, before));
  return ok.find((p) => adjacent(doc, p.last, cue.first)) ?? ok[0];
}

/**
 * "At his meeting with Brahimi, Muallem said", "в беседах с послом X выразили": a person governed by a companion
 * word ("with", "с", "مع") in the words just before it (titles between) is whom the subject was with.
 */
function companion(doc: Doc, p: PersonMention, others: PersonMention[]): boolean {
  for (let k = p.first - 1; k >= 0 && k >= p.first - COMPANION_BEFORE; k--) {
    const t = doc.tokens[k];
    const m = doc.cover[k];
    if (!t || t.kind !== 'word' || others.some((o) => o.first <= k && k < o.last)) return false;
    if (m && hasCue(m, 'speech', 'content')) return false;
    if (m && hasCue(m, 'companion')) return true;
  }
  return false;
}

/**
 * "said the Russian leader during his talks with his Kazakh counterpart, X": a person after the verb whom a companion
 * word between them governs is who the speaker was with, not the speaker.
 */
function withCompanionWord(c: CueContext, p: PersonMention): boolean {
  const { doc } = c;
  const word = c.ms.find(
    (m) => m.first >= c.cue.last && m.last <= p.first && p.first - m.last <= COMPANION_BEFORE && hasCue(m, 'companion'),
  );
  if (!word) return false;
  // Only the person's own apposition between ("with his Kazakh counterpart, X"), not "told reporters" and the like.
  for (let j = word.last; j < p.first; j++) {
    const m = doc.cover[j];
    const t = doc.tokens[j];
    if (t?.text === ',' || (m && (titleLike(m) || hasCue(m, 'roleRef', 'stop', 'pronoun')))) continue;
    return false;
  }
  return true;
}

/** Only adverbs of the speech phrase ("also", "further") stand between two tokens. */
function adjacent(doc: Doc, from: number, to: number): boolean {
  for (let j = from; j < to;) {
    const m = doc.cover[j];
    if (!m || !hasCue(m, 'prep')) return false;
    j = m.last;
  }
  return true;
}

/**
 * The person the cue's word order names: before a postposition ("Lavrentyev'e göre"), after "according to", after a
 * verb that comes first ("قال X"), else before the verb ("X said"), or after it where nobody precedes it.
 */
export function namedSpeaker(c: CueContext): PersonMention | undefined {
  const { doc, cue, ms, reportFrom } = c;
  const owner = possessedSpeech(doc, cue);
  if (owner !== undefined) return c.persons.mentions.find((p) => p.first <= owner && owner < p.last);
  // "According to him, X was content", "по его словам, X", "بحسب قوله فإن X": the phrase names its speaker by a
  // pronoun; a person after it is what is said (the pronoun is resolved by unnamedSpeaker).
  if (hasCue(cue, 'pronounSource')) return undefined;
  // "was announced by X", "a été annoncée par X": a passive speech verb names its speaker as its agent, and its
  // subject is what was said.
  if (hasCue(doc.cover[cue.first - 1], 'passiveAux')) return passiveAgent(c);
  // "цитирует ТАСС X", "zitierte die Agentur X", "со ссылкой на X": whoever relays, the person cited is the speaker.
  if (hasCue(cue, 'citing')) return citedPerson(c);
  // "the spokeswoman of envoy X, Y, said": X is named as whom the title holder serves, and speaks not.
  const before = personsBefore(c).filter(
    (p) => !employer(doc, p) && !spokenOf(c, p) && !officeOwner(doc, p) && !roleSubjectBetween(c, p),
  );
  // "أعلن X، خلال مؤتمر مع نظيره Y، أن": where the verb comes first, a person the verb's phrase was with is no
  // subject after it either (its subject stands right after the verb).
  const others = personsAfter(c);
  const after = others.filter(
    (p) =>
      !employer(doc, p) &&
      !spokenOf(c, p) &&
      !officeOwner(doc, p) &&
      !withCompanionWord(c, p) &&
      !(doc.lex.verbFirst && companion(doc, p, [...before, ...others])),
  );
  if (hasCue(cue, 'accordingBefore')) return before.filter((p) => cue.first - p.last <= POSTPOSITION_SOURCE).pop();
  // "according to a participant list": the source follows the phrase; a document there is nobody's speech.
  if (hasCue(cue, 'according')) {
    const source = after.find(
      (p) =>
        p.first - cue.last <= ACCORDING_SOURCE ||
        ms.some((m) => m.first >= cue.last && m.last <= p.first && hasCue(m, 'byWord')),
    );
    // "According to the envoy, Ms. X, his deputy, has met ...", "according to SANA, X heads the delegation": a role
    // or an institution closed by a comma is the source, and the person after the comma is what it tells.
    return source && roleClosed(c, source) ? undefined : source;
  }
  if (doc.lex.verbFirst && hasCue(cue, 'participle')) return after[0] ?? participleSubject(c, before);
  if (doc.lex.verbFirst && roleAfterVerb(c, after)) return undefined;
  const clauseSubject = doc.lex.verbFirst ? contentClauseSubject(c, before) : undefined;
  if (clauseSubject) return clauseSubject.first < reportFrom || c.relayed ? clauseSubject : undefined;
  if (doc.lex.verbFirst || hasCue(cue, 'quoteIntro'))
    return after[0] ?? before.filter((p) => p.first < reportFrom).pop();
  // "X, the Kazakh spokesman, said Y will come": the comma before the verb closes the subject's apposition.
  const apposed = apposedSubject(c, before);
  if (apposed) return apposed;
  const afterComma = invertedSubject(c, after);
  if (afterComma) return afterComma;
  if (!after.length && invertedNameless(c)) return undefined;
  // "The opposition delegation, headed by X, said": the delegation spoke, and only persons are speakers.
  if (before.length) return subjectBefore(c, before);
  // "He told reporters Lavrov had left", "An official said Lavrov had left": a pronoun or a role word before the verb
  // is the subject, not a person after it.
  if (pronounSubject(c) || roleBeforeVerb(c)) return undefined;
  // "A TASS source said X will come", "Those at the talks thanked President X": where the subject must precede its
  // verb, words opening the clause before an uninverted verb are its subject, and a person after it is spoken of.
  if (doc.lex.subjectBeforeVerb && !inverted(doc, cue) && subjectWordsBefore(c)) return undefined;
  return after[0];
}

/**
 * The person a citing word names, with no punctuation between them (the agency that cites and the person's titles
 * may stand there), outside quotes: after the word ("citing X", "со ссылкой на X"); in a verb-final language the
 * postposition follows the person ("Lavrentyev'e atfen", "Лаврентьевке сілтеме жасап"), else after it.
 */
function citedPerson(c: CueContext): PersonMention | undefined {
  const { doc, cue } = c;
  const plain = (from: number, to: number): boolean =>
    doc.tokens.slice(from, to).every((t) => t.kind === 'word' || WORD_MARKS.has(t.text));
  if (doc.lex.verbFinal) {
    const p = personsBefore(c).pop();
    if (p && cue.first - p.last <= POSTPOSITION_SOURCE && plain(p.last, cue.first)) return p;
  }
  const p = personsAfter(c)[0];
  return p && plain(cue.last, p.first) ? p : undefined;
}

/** Marks inside a phrase ("l'envoyé", "UN-Gesandte", a quoted agency name), not between clauses. */
const WORD_MARKS = new Set(['"', "'", '’', '-']);

/** Words of the verb's own clause stand before it: anything but adverbs of the speech phrase ("also") and quotes. */
function subjectWordsBefore(c: CueContext): boolean {
  const { doc, sent, cue, mask } = c;
  for (let j = sent.first; j < cue.first; j++) {
    const t = doc.tokens[j];
    if (!t || t.kind !== 'word' || mask[j]) continue;
    const m = doc.cover[j];
    if (m && hasCue(m, 'prep', 'discourse')) j = m.last - 1;
    else return true;
  }
  return false;
}

/**
 * "وتابعت المصادر أن بشار الجعفري، رئيس وفد الحكومة، سأل دي ميستورا": after a content word the clause puts its
 * subject first even where verbs come first; a person right after the content word, right before the verb or with
 * an apposition closed by commas, is the verb's subject, and a person after the verb is its object. Inside a
 * person's report that subject speaks not (what X said Y asked is X's statement); sources and agencies relay it.
 */
function contentClauseSubject(c: CueContext, before: PersonMention[]): PersonMention | undefined {
  const { doc } = c;
  const p = before[before.length - 1];
  if (!p || !hasCue(doc.cover[p.first - 1], 'content')) return undefined;
  return adjacent(doc, p.last, c.cue.first) || apposedSubject(c, [p]) === p ? p : undefined;
}

/**
 * "وعرض العبدة ما دار في لقائه بالمبعوث بيدرسن، موضحا أن": a circumstantial participle shares the subject of the
 * clause it follows — the first person before it (whom that clause met or named comes later), not a possessor nor
 * one the subject was with; nobody inside what an earlier verb reported.
 */
function participleSubject(c: CueContext, before: PersonMention[]): PersonMention | undefined {
  const { doc, reportFrom } = c;
  return before.find(
    (p) => p.first < reportFrom && !possessor(doc, p) && !companion(doc, p, before) && !delegationAppositive(doc, p),
  );
}

/**
 * "انور جايناكوف، سخنگوی وزارت خارجه، گفت", "Ivanov, the Russian envoy, said": a person followed by a comma and an
 * apposition of titles, states and organizations that a comma closes right before the verb is its subject.
 */
function apposedSubject(c: CueContext, before: PersonMention[]): PersonMention | undefined {
  const { doc, cue } = c;
  if (doc.tokens[cue.first - 1]?.text !== ',') return undefined;
  const p = before[before.length - 1];
  const from = (p?.last ?? 0) + 1;
  if (!p || doc.tokens[p.last]?.text !== ',' || cue.first - 1 - from > APPOSITION_LENGTH) return undefined;
  let titled = false;
  for (let j = from; j < cue.first - 1; j++) {
    const t = doc.tokens[j];
    const m = doc.cover[j];
    if (!t || t.text === ',' || t.text === '"' || t.kind === 'newline') return undefined;
    if (m && hasCue(m, 'speech', 'content', 'clauseBreak')) return undefined;
    titled ||= titleLike(m);
  }
  return titled ? p : undefined;
}

/**
 * "Russian presidential envoy X", "المبعوث الروسي X": where the phrase that ends at person-token k opens, when only
 * title, state, organization and small words (or uncovered words inside a title run) stand before it from a start
 * that `opens` accepts; else undefined.
 */
export function titledFrom(doc: Doc, k: number, opens: (j: number) => boolean): number | undefined {
  for (let j = k, n = 0; n <= HEADING_TITLE; n++) {
    if (opens(j)) return j;
    const m = doc.cover[j - 1];
    const t = doc.tokens[j - 1];
    if (!t || t.kind === 'newline' || (t.kind === 'punct' && !['-', "'", '’'].includes(t.text))) return undefined;
    if (t.kind === 'punct') j--;
    else if (m && (titleLike(m) || hasCue(m, 'stop', 'titleTo', 'roleRef'))) j = m.first;
    else if (!m && t.kind === 'word' && inTitleRun(doc, j - 1)) j--;
    else return undefined;
  }
  return undefined;
}

/**
 * "X: …", "X, the UN envoy: …": the colon right after a person, or after their apposition — a comma and at most
 * APPOSITION_LENGTH words with no speech or content word and no quote; else undefined.
 */
export function apposedColon(doc: Doc, after: number): number | undefined {
  if (doc.tokens[after]?.text === ':') return after;
  if (doc.tokens[after]?.text !== ',' && doc.tokens[after]?.text !== '،') return undefined;
  for (let j = after + 1; j <= after + 1 + APPOSITION_LENGTH; j++) {
    const t = doc.tokens[j];
    if (!t || t.kind === 'newline' || t.text === '"') return undefined;
    if (t.text === ':') return j > after + 1 ? j : undefined;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== "'" && t.text !== '’') return undefined;
    const m = doc.cover[j];
    if (hasCue(m, 'speech', 'content', 'clauseBreak') || m?.entries.some((e) => e.type === 'person')) return undefined;
  }
  return undefined;
}

/**
 * "X arrived in Astana on Monday, a source close to the talks told the agency": after a comma, a role word with no
 * comma between it and the verb is the verb's subject; the person before the comma is inside what the source told.
 */
function roleSubjectBetween(c: CueContext, p: PersonMention): boolean {
  const { doc, ms, cue } = c;
  const comma = (from: number, to: number): boolean => doc.tokens.slice(from, to).some((t) => t.text === ',');
  return ms.some(
    (m) =>
      hasCue(m, 'roleRef', 'anonymousSource') &&
      m.first > p.last &&
      m.last <= cue.first &&
      comma(p.last, m.first) &&
      !comma(m.last, cue.first),
  );
}

/**
 * "X est arrivé lundi, a indiqué une source diplomatique", "…, said a source close to the talks": an inverted verb
 * whose subject right after it is a nameless source or a role word, with no name after it, tells what comes before
 * it; nobody named there speaks.
 */
function invertedNameless(c: CueContext): boolean {
  const { doc, ms, cue } = c;
  return (
    inverted(doc, cue) &&
    ms.some(
      (m) => hasCue(m, 'roleRef', 'anonymousSource') && m.first >= cue.last && m.first - cue.last <= ROLE_REF_AFTER,
    )
  );
}

/** A role word or an institution stands between the cue and the person, and a comma closes it before the person. */
function roleClosed(c: CueContext, p: PersonMention): boolean {
  const { doc, ms, cue } = c;
  const role = ms.find(
    (m) =>
      m.first >= cue.last &&
      m.last <= p.first &&
      (hasCue(m, 'roleRef', 'title', 'institution', 'office', 'documentNoun', 'ministry') ||
        hasCue(m, 'delegation') ||
        entriesOf(m, 'org').length > 0 ||
        entriesOf(m, 'state').length > 0),
  );
  return !!role && doc.tokens.slice(role.last, p.first).some((t) => t.text === ',');
}

/**
 * ", said Vasily X", "…, рассказал "Интерфаксу" глава пресс-службы X": after a comma, a dash or a closing quote, the
 * subject may follow the verb, with nothing but titles, organizations and states between them.
 */
function invertedSubject(c: CueContext, after: PersonMention[]): PersonMention | undefined {
  const { doc, cue } = c;
  if (!inverted(doc, cue)) return undefined;
  const p = after[0];
  const from = pastSource(doc, cue.last);
  if (!p || p.first - from > INVERTED_SUBJECT) return undefined;
  for (let j = from; j < p.first;) {
    const m = doc.cover[j];
    const t = doc.tokens[j];
    if (m && titleLike(m)) j = m.last;
    // A name in quotation marks ("Интерфаксу") is the medium spoken to.
    else if (t?.text === '"') j = shortQuoteEnd(doc, j) + 1;
    else if (t && (t.text === ',' || (!m && t.kind === 'word' && inTitleRun(doc, j)))) j++;
    else return undefined;
  }
  return p;
}

/** The first token at or after k that is no quotation mark or stop word ("informó la agencia TASS"). */
function pastArticles(doc: Doc, k: number): number {
  for (let n = 0; n < 3; n++) {
    const m = doc.cover[k];
    // A quotation mark, or the apostrophe of an elided article ("l'agenzia", "l'agence").
    if (['"', "'", '’'].includes(doc.tokens[k]?.text ?? '')) k++;
    // An article may also be a title's small word ("la" in "ministra de la …"): still only an article here.
    else if (m && m.entries.every((e) => e.type === 'cue' && (e.cue === 'stop' || e.cue === 'titleWord'))) k = m.last;
    else break;
  }
  return k;
}

/**
 * "…, сообщает РИА Новости.": an institution at k that closes the clause (names and quotation marks may follow it) is
 * the inverted subject; in "…, said the opposition wants" it opens what is said.
 */
function closingInstitution(doc: Doc, k: number, institution: (m: Mention | undefined) => boolean): boolean {
  if (!institution(doc.cover[k])) return false;
  let j = doc.cover[k]?.last ?? k + 1;
  // "ha comunicato l'ambasciata russa,": a demonym after the institution qualifies it.
  const qualifier = (m: Mention | undefined): boolean => institution(m) || (!!m && entriesOf(m, 'state').length > 0);
  while (doc.tokens[j]?.text === '"' || qualifier(doc.cover[j])) j = doc.cover[j]?.last ?? j + 1;
  const t = doc.tokens[j];
  // "…, said the opposition's absence proved": a possessive opens what is said about the institution.
  if (POSSESSIVE_MARKS.has(t?.text ?? '') && doc.tokens[j + 1]?.text === 's') return false;
  return !t || t.kind === 'punct' || t.kind === 'newline' || t.sentence !== doc.tokens[k]?.sentence;
}

const POSSESSIVE_MARKS = new Set(["'", '’']);

/** The verb follows a comma, a dash or a closing quote: its subject may come after it. */
function inverted(doc: Doc, cue: Mention): boolean {
  const prev = doc.tokens[cue.first - 1]?.text;
  return prev === ',' || prev === '-' || prev === '—' || prev === '"';
}

/** An uncovered word inside a title run ("глава пресс-службы"): a title or institution word stands on either side. */
function inTitleRun(doc: Doc, j: number): boolean {
  return titleLike(doc.cover[j - 1]) || titleLike(doc.cover[j + 1]);
}

/** A title, institution, state or organization word: what may stand between a verb and its inverted subject. */
function titleLike(m: Mention | undefined): boolean {
  return (
    !!m &&
    (hasCue(m, 'title', 'titleWord', 'institution', 'ministry', 'office') ||
      entriesOf(m, 'state').length > 0 ||
      entriesOf(m, 'org').length > 0)
  );
}

/** "Assad's removal": a person named as a possessor is what is spoken of, not who speaks. */
export function possessor(doc: Doc, p: PersonMention): boolean {
  return doc.tokens[p.last]?.text === "'" && doc.tokens[p.last + 1]?.text === 's';
}

/** The agent of a passive speech verb: a person right after "by" ("par", "por", "da") that follows the verb. */
function passiveAgent(c: CueContext): PersonMention | undefined {
  const { doc, cue } = c;
  const by = doc.cover[cue.last];
  if (!by || by.first !== cue.last || !hasCue(by, 'passiveAgent')) return undefined;
  return personsAfter(c).find((p) => p.first - by.last <= ROLE_REF_AFTER && !employer(doc, p));
}

/**
 * "بيان أصدره مكتب X", "the office of X", "le bureau de X": an office named after the person who heads it speaks as
 * an institution; its head is not the speaker.
 */
function officeOwner(doc: Doc, p: PersonMention): boolean {
  const prev = doc.cover[p.first - 1];
  if (prev && prev.last === p.first && hasCue(prev, 'office') && !hasCue(prev, 'title')) return true;
  const office = prev && hasCue(prev, 'employerOf') ? doc.cover[prev.first - 1] : undefined;
  return !!office && office.last === prev?.first && hasCue(office, 'office') && !hasCue(office, 'title');
}

/**
 * "Lavrov'un katılacağını bildirdi", "Lavrov's presence was confirmed": a person in the genitive (an apostrophe
 * with "'s" or with the language's genitive ending) possesses what follows and is spoken of — unless what follows,
 * past a date or one plain word ("X'in dünkü açıklamasında"), is the speech itself ("Lavrentyev'in açıklamasında", "X's statement").
 */
function spokenOf(c: CueContext, p: PersonMention): boolean {
  const { doc, cues } = c;
  const mark = doc.tokens[p.last]?.text ?? '';
  if (mark !== "'" && mark !== '’') return false;
  const english = doc.tokens[p.last + 1]?.text === 's';
  if (!english && !hasCue(doc.cover[p.last + 1], 'genitiveEnding')) return false;
  const speech = (k: number): boolean =>
    cues.some((m) => m.first === k) || hasCue(doc.cover[k], 'possessedSpeech', 'speechNoun');
  const k = doc.dates.find((d) => d.first === p.last + 2)?.last ?? p.last + 2;
  // One plain word may qualify the speech noun ("dünkü", "latest").
  return !speech(k) && !(doc.tokens[k]?.kind === 'word' && !doc.cover[k] && speech(k + 1));
}

/** A pronoun ("he", "او") right before the verb in a language whose subject precedes it. */
function pronounSubject(c: CueContext): boolean {
  const { doc, ms, cue } = c;
  return ms.some((m) => m.last <= cue.first && cue.first - m.last <= 2 && hasCue(m, 'pronoun') && !doc.lex.verbFirst);
}

/**
 * No person named by word order: a role reference near the verb ("Iran's envoy, for his part, said"), a pronoun
 * ("по его словам", "he said"), or, where the verb comes first and stands bare ("وأضاف،"), the previous speaker.
 */
export function unnamedSpeaker(c: CueContext, previous: PreviousSpeaker | null): string | null {
  const { doc, ms, cue, sent, stop, persons, reportFrom } = c;
  const according = hasCue(cue, 'according');
  // A citing word names whom it cites; nobody is cited by a pronoun or a left-out subject here.
  if (hasCue(cue, 'citing')) return null;
  const win = ms.filter((m) => m.first >= cue.last && m.first < Math.min(stop, cue.last + ROLE_REF_AFTER));
  const end = subjectEnd(doc, cue);
  // Verb-final clauses open with their subject, set off by a comma ("Rus diplomat, ... vurguladı") or not ("Ол
  // келіссөздердің ... айтты": the object comes between).
  const opening = (m: Mention): boolean =>
    m.last <= end &&
    m.first - sent.first <= OPENING_SUBJECT &&
    (doc.tokens[m.last]?.text === ',' || !!doc.lex.verbFinal);
  const winBefore = according
    ? []
    : ms.filter((m) => (m.last <= end && m.first >= end - ROLE_REF_BEFORE) || opening(m));
  const ref = [...win, ...winBefore].find((m) => hasCue(m, 'roleRef'));
  // "an official said", "un diplomate a déclaré": a role introduced as new is somebody the article does not name.
  if (ref && indefinite(doc, ref)) return null;
  const recent = previous && sent.index - previous.sentence <= CONTINUE_SENTENCES ? previous.speaker : null;
  // "US President Donald trump said": a role word right before a capitalized word we could not read as a person is
  // that person's title, not a reference back to somebody named earlier.
  if (ref && titleOfUnread(doc, ref)) return null;
  if (ref) return roleRefSpeaker(doc, ref, persons, cue.first, recent);
  // "по его словам", "selon lui", "ona göre": the pronoun may be part of the speech phrase itself. Where the subject
  // precedes the verb, a pronoun after it opens what is said ("X said he would come"), unless the verb is inverted.
  const late = doc.lex.verbFirst || doc.lex.verbSecond || inverted(doc, cue);
  if (hasCue(cue, 'pronounSource') || [...(late ? win : []), ...winBefore, cue].some((m) => hasCue(m, 'pronoun')))
    return pronounSpeaker(c, previous) ?? previous?.speaker ?? null;
  // A verb with no subject continues the previous speaker where the verb comes first ("وأضاف،"); in other
  // languages the subject is a pronoun, and "Kazakh officials said" is nobody's statement.
  const bare =
    cue.last >= stop || hasCue(doc.cover[cue.last], 'prep', 'content') || doc.tokens[cue.last]?.kind === 'punct';
  const dropped =
    doc.lex.verbFirst || (doc.lex.proDrop && !subjectWordsBefore(c)) || (doc.lex.verbFinal && !nominalBefore(c));
  // "…, وفق "فرانس برس"": a source phrase names its source, never a subject left out.
  if (!bare || reportFrom !== Infinity || !dropped || according) return null;
  return droppedSubject(c, previous);
}

/**
 * "Görüşmelerin yararlı geçtiğini söyledi": in a verb-final clause nothing that could be its subject — a person, a
 * state, an organization, a title, a role, an institution or a pronoun — stands before the verb.
 */
function nominalBefore(c: CueContext): boolean {
  const { ms, sent, cue } = c;
  return ms.some(
    (m) =>
      m.first >= sent.first &&
      m.last <= cue.first &&
      (m.entries.some((e) => e.type !== 'cue') ||
        hasCue(m, 'title', 'roleRef', 'institution', 'ministry', 'pronoun', 'delegation')),
  );
}

/**
 * "والتقى X الوفد التركي. وأكد أن …", "X se reunió con la delegación. Dijo que …": a verb with its subject left out
 * continues the one the text was just about — the speaker of the sentence before, else that sentence's subject (its
 * first person, before any content word, outside quotes, no possessor), else a speaker of the last few sentences.
 */
function droppedSubject(c: CueContext, previous: PreviousSpeaker | null): string | null {
  const { doc, persons, sent, mask } = c;
  const last = previousProse(doc, sent.index);
  if (previous && previous.sentence >= last) return previous.speaker;
  const prior = doc.sentences[last];
  // Only a verb opening its sentence ("وأكد أن"), not one inside a clause ("ببيان شدد على"), takes up the subject;
  // a verb-final clause has its object before the verb (and no subject there: nominalBefore).
  if (prior && last < sent.index && (doc.lex.verbFinal || !subjectWordsBefore(c))) {
    const content = doc.tokens.findIndex(
      (_t, k) => k >= prior.first && k < prior.last && hasCue(doc.cover[k], 'content', 'speech'),
    );
    const before = content < 0 ? prior.last : content;
    // "La portavoz de X", "X’in heyeti", "X's team": a person governed by another word is no subject.
    const governed = (p: PersonMention): boolean =>
      POSSESSIVE_MARKS.has(doc.tokens[p.last]?.text ?? '') || employer(doc, p) || officeOwner(doc, p);
    const subject = persons.mentions.find(
      (p) => p.sentence === last && p.last <= before && !mask[p.first] && !governed(p),
    );
    if (subject) return subject.id;
  }
  return previous && sent.index - previous.sentence <= CONTINUE_SENTENCES ? previous.speaker : null;
}

/**
 * "وقال مسؤول روسي طلب عدم ذكر اسمه إن X سيصل": a role word right after a verb that comes first is its subject; a
 * person after the verb speaks only as that role's apposition, right after its phrase ("قال المبعوث الروسي X").
 */
function roleAfterVerb(c: CueContext, after: PersonMention[]): boolean {
  const { doc, cue } = c;
  const role = doc.cover[cue.last];
  if (!role || !hasCue(role, 'roleRef')) return false;
  // The role's own phrase: titles, states, organizations, small words, quotation marks and commas
  // ("قال المبعوث الأممي إلى "سوريا" "X"").
  let k = role.last;
  for (let n = 0; k < role.last + INVERTED_SUBJECT && n < INVERTED_SUBJECT; n++) {
    const m = doc.cover[k];
    const t = doc.tokens[k];
    if (m && (titleLike(m) || hasCue(m, 'stop', 'titleTo'))) k = m.last;
    else if (!m && (t?.text === '"' || t?.text === ',')) k++;
    else break;
  }
  return !after.some((p) => p.first === k);
}

/** "An official said X would come", "a senior Russian diplomat told reporters X": a role word ends the subject. */
function roleBeforeVerb(c: CueContext): boolean {
  const { ms, cue } = c;
  return ms.some((m) => hasCue(m, 'roleRef') && m.last <= cue.first && cue.first - m.last <= ROLE_REF_BEFORE - 2);
}

/** The role word is written as one of the lexicon's indefinite words, not as a variant with a clitic or article. */
function indefiniteAsWritten(doc: Doc, ref: Mention): boolean {
  const written = doc.tokens
    .slice(ref.first, ref.last)
    .map((t) => t.text)
    .join(' ');
  return cueWords(doc.lex, 'indefinite').has(written);
}

/**
 * An indefinite article opens the role's phrase ("a senior Russian official"): up to two other words may stand
 * between, and any title, office, state or organization words ("a US Department of State official").
 */
function indefinite(doc: Doc, ref: Mention): boolean {
  // A role word without its article is indefinite itself ("مسؤول روسي": "an official"); as written, not as a
  // variant with the article ("المسؤول").
  if (hasCue(ref, 'indefinite') && indefiniteAsWritten(doc, ref)) return true;
  let others = 0;
  for (let k = ref.first - 1; k >= 0 && k >= ref.first - INDEFINITE_TITLE_BEFORE; k--) {
    const m = doc.cover[k];
    if (hasCue(m, 'indefinite')) return true;
    if (doc.tokens[k]?.kind !== 'word' || m?.entries.some((e) => e.type === 'person')) return false;
    // "Department of State": a small word inside a title phrase goes with it.
    const inTitle = hasCue(m, 'stop') && titleLike(doc.cover[(m?.first ?? k) - 1]);
    if (m && (titleLike(m) || inTitle)) k = m.first;
    else if (++others > INDEFINITE_BEFORE) return false;
  }
  return false;
}

/** A capitalized word the dictionary does not know follows the role word: a name the person rules did not take. */
function titleOfUnread(doc: Doc, ref: Mention): boolean {
  const k = ref.last;
  const t = doc.tokens[k];
  if (!t || t.kind !== 'word' || doc.cover[k] || t.sentence !== doc.tokens[ref.first]?.sentence) return false;
  return hasCase(span(doc, k, k + 1).text) && capitalized(doc, k);
}

/** Where the subject before a verb ends: "Iran's envoy, for his part, said" reads past the discourse phrase. */
function subjectEnd(doc: Doc, cue: Mention): number {
  const aside = doc.tokens[cue.first - 1]?.text === ',' ? doc.cover[cue.first - 2] : undefined;
  return aside && hasCue(aside, 'discourse') && doc.tokens[aside.first - 1]?.text === ',' ? aside.first - 1 : cue.first;
}

/**
 * "المسؤول الروسي", "the Iranian official", "the government negotiator": the speaker just quoted when the reference
 * fits them ("Cavusoglu said … the Turkish top diplomat added"), else the latest person of that state (or of the
 * government a strong name stands for); "المبعوث": the latest envoy.
 */
function roleRefSpeaker(
  doc: Doc,
  ref: Mention,
  persons: Persons,
  before: number,
  recent: string | null,
): string | null {
  const state = roleRefState(doc, ref);
  // Folded, so "the minister" finds "Foreign Minister" and "الوزير" finds "وزير الخارجية".
  const word = withoutArticle(doc.dict.clitics, foldKey(span(doc, ref.first, ref.last).text));
  const fits = (id: string): boolean => {
    const info = persons.info.get(id);
    if (!info) return false;
    return state
      ? info.affiliation === state
      : [...info.surfaces, ...info.titles, info.title ?? ''].some((s) => foldKey(s).includes(word));
  };
  const seen = persons.mentions.filter((p) => p.first < before).reverse();
  // "Putin met Lavrentiev … the Russian president said": a state has one head of state and one of government, so
  // such a title picks out the person of that state whose title it heads, before the one just quoted or the latest.
  const titlesOf = (id: string): (string | null | undefined)[] => {
    const info = persons.info.get(id);
    return [info?.title, ...(info?.titles ?? [])];
  };
  const headed =
    state && hasCue(ref, 'leaderTitle')
      ? seen.find((p) => fits(p.id) && titlesOf(p.id).some((t) => titleHeadedBy(doc, t, word)))
      : null;
  if (headed) return headed.id;
  if (recent && state && fits(recent)) return recent;
  const found = seen.find((p) => fits(p.id));
  if (found) return found.id;
  // "المبعوث" alone is the latest envoy; "the president" alone is nobody named yet when no president is.
  return state || hasCue(ref, 'leaderTitle') ? null : (seen[0]?.id ?? null);
}

/**
 * A title whose first title word (the lexicon's, in the article's language) is the role word: "الرئيس الكازاخي",
 * "Kazakh President" for "president", not "Special Envoy of the Russian President".
 */
function titleHeadedBy(doc: Doc, title: string | null | undefined, word: string): boolean {
  if (!title) return false;
  const head = titleHead(doc.dict, title);
  if (head === null) return false;
  // The role word may carry the article or other clitics ("الرئيس" for "رئيس"): the lexicon's clitic readings say.
  return head === word || (readingsOf(doc.dict.clitics, head)?.all.includes(word) ?? false);
}

// Title heads by dictionary and title: a title is asked for every person seen before each leader's title, and
// tokenizing it again each time cost more than the rule. Bounded like the other memos against odd input.
const titleHeads = new WeakMap<Dictionary, Map<string, string | null>>();

/** The first word of a title that the dictionary lists as a title word (folded), or null. */
function titleHead(dict: Dictionary, title: string): string | null {
  let byTitle = titleHeads.get(dict);
  if (byTitle === undefined) titleHeads.set(dict, (byTitle = new Map<string, string | null>()));
  let head = byTitle.get(title);
  if (head === undefined) {
    head =
      tokenize(foldKey(title), dict.clitics.letters).find(
        (t) => t.kind === 'word' && (dict.phrases.get(t.text) ?? []).some((e) => e.type === 'cue' && e.cue === 'title'),
      )?.text ?? null;
    if (byTitle.size >= 10_000) byTitle.clear();
    byTitle.set(title, head);
  }
  return head;
}

/**
 * The state a role reference names: a demonym after it ("المسؤول الروسي"), or before it with up to
 * ROLE_ADJECTIVES words between ("the Turkish top diplomat"), or a country's possessive ("Iran's envoy").
 */
function roleRefState(doc: Doc, ref: Mention): string | undefined {
  // "Iran's envoy": a country name with a possessive says whose envoy as a demonym does.
  const possessive = doc.tokens[ref.first - 1]?.text === 's' && doc.tokens[ref.first - 2]?.text === "'";
  let k = possessive ? ref.first - 3 : ref.first - 1;
  const adjective = (j: number): boolean =>
    doc.tokens[j]?.kind === 'word' && (!doc.cover[j] || hasCue(doc.cover[j], 'titleWord'));
  for (let n = 0; !possessive && n < ROLE_ADJECTIVES && adjective(k); n++) k = (doc.cover[k]?.first ?? k) - 1;
  const prev = doc.cover[k];
  const next = doc.cover[ref.last];
  // "US President": a country's acronym right before the role word qualifies it as a demonym does.
  const acronym = (m: Mention, e: { upper?: boolean }): boolean => m === prev && m.last === ref.first && !!e.upper;
  return [next, prev].flatMap((m) =>
    m ? entriesOf(m, 'state').filter((e) => e.form !== 'name' || (possessive && m === prev) || acronym(m, e)) : [],
  )[0]?.id;
}

/**
 * The subject of a speech verb is an institution (a news agency, a ministry): the word right before the verb, or in
 * verb-first order the one right after it. A title ("Foreign Minister X said") is a person's, not an institution.
 */
export function institutionSubject(doc: Doc, cue: Mention, persons?: Persons): boolean {
  // An office ("مكتب المبعوث", "the government") is an institution even where it also stands inside titles.
  const institution = (at: Mention | undefined): boolean =>
    !!at &&
    !hasCue(at, 'title') &&
    !at.entries.some((e) => e.type === 'person') &&
    // "The statement insisted", "the communiqué stressed": a document speaks for those who issued it.
    (hasCue(at, 'office', 'documentNoun') ||
      (!hasCue(at, 'titleWord') && (hasCue(at, 'institution', 'ministry') || entriesOf(at, 'org').length > 0)));
  // A name in quotation marks ("نسبت "سانا"", "the "Kazinform" agency reported") is read past its marks.
  const quote = (k: number): boolean => doc.tokens[k]?.text === '"';
  const at = doc.lex.verbFirst ? cue.last + (quote(cue.last) ? 1 : 0) : cue.first - 1 - (quote(cue.first - 1) ? 1 : 0);
  // "صرح وفد المعارضة الذي يرأسه X بأن": where the verb comes first, a delegation speaks through its head.
  const throughHead = doc.lex.verbFirst && delegationSubject(doc, doc.cover[at]);
  // "Gegenüber der Agentur TASS sagte X": where the finite verb stands second, the phrase before it may be a
  // complement, and a person right after the verb is its subject.
  const fronted = !!doc.lex.verbSecond && personRightAfter(doc, cue.last, persons);
  if (!throughHead && !fronted && !spokenTo(doc, at) && (institution(doc.cover[at]) || stateSubject(doc, at)))
    return true;
  if (doc.lex.verbFirst && preposedInstitution(doc, cue, institution)) return true;
  if (!doc.lex.verbFirst && !fronted && institution(doc.cover[ofState(doc, at)])) return true;
  // "…, сообщает РИА Новости", "…, reported Reuters": after a comma, a dash or a quote the subject follows the verb.
  if (
    !doc.lex.verbFirst &&
    inverted(doc, cue) &&
    !apposedPerson(doc, cue) &&
    closingInstitution(doc, pastArticles(doc, cue.last), institution)
  )
    return true;
  // Verb-final languages set the subject off by a comma at the opening ("Anadolu Ajansı, ... bildirdi"); elsewhere
  // such an opening names a source ("По данным ТАСС, Педерсен выразил надежду"), and the verb has its own subject.
  const sent = doc.sentences[cue.sentence];
  if (!sent || !doc.lex.verbFinal) return false;
  for (let k = sent.first; k < Math.min(cue.first, sent.first + 4); k++)
    if (doc.tokens[k]?.text === ',') return institution(doc.cover[k - 1]) && !sourceOpening(doc, sent.first, k);
  return false;
}

/**
 * "به گزارش ایرنا،", "به نوشته رویترز،": an opening that a source phrase introduces names where the news comes from,
 * not the subject of the verb-final clause after its comma.
 */
function sourceOpening(doc: Doc, from: number, comma: number): boolean {
  for (let k = from; k < comma; k++) if (hasCue(doc.cover[k], 'according', 'citing')) return true;
  return false;
}

/** Tokens after a verb within which a person, past titles and articles only, is its inverted subject. */
export const RIGHT_AFTER = 8;

/**
 * "sagte der russische Gesandte X", "erklärte X": a person right after token k, with only titles, articles,
 * states and organizations before them.
 */
function personRightAfter(doc: Doc, k: number, persons: Persons | undefined): boolean {
  for (let j = k, n = 0; n < RIGHT_AFTER && j < doc.tokens.length; n++) {
    const m = doc.cover[j];
    if (m?.entries.some((e) => e.type === 'person') || persons?.mentions.some((p) => p.first === j)) return true;
    if (m && (titleLike(m) || hasCue(m, 'stop'))) j = m.last;
    else if (!m && doc.tokens[j]?.kind === 'word' && inTitleRun(doc, j)) j++;
    else return false;
  }
  return false;
}

/**
 * "betonte nach Angaben der Agentur TASS der Gesandte X", "заявил, по данным ТАСС, X": a source phrase right after a
 * verb (the source word, its articles and the institution it names) stands before the inverted subject; the first
 * token past it, else k.
 */
export function pastSource(doc: Doc, k: number): number {
  const source = doc.cover[k];
  if (!source || source.first !== k || !hasCue(source, 'according')) return k;
  let j = source.last;
  for (let n = 0; n < RIGHT_AFTER; n++) {
    const m = doc.cover[j];
    if (doc.tokens[j]?.text === '"') j++;
    else if (m && !m.entries.some((e) => e.type === 'person') && (titleLike(m) || hasCue(m, 'stop', 'institution')))
      j = m.last;
    else if (
      !m &&
      doc.tokens[j]?.kind === 'word' &&
      (titleLike(doc.cover[j + 1]) || hasCue(doc.cover[j + 1], 'institution'))
    )
      j++;
    else break;
  }
  return j;
}

/**
 * "…," X, the UN envoy, told TASS": the comma before the verb closes a person's apposition, so the person is the
 * subject and the institution after the verb is whom they spoke to.
 */
function apposedPerson(doc: Doc, cue: Mention): boolean {
  if (doc.tokens[cue.first - 1]?.text !== ',') return false;
  for (let j = cue.first - 2; j >= 0 && j >= cue.first - 2 - APPOSITION_LENGTH; j--) {
    const t = doc.tokens[j];
    if (!t || t.text === '"' || t.kind === 'newline' || t.sentence !== doc.tokens[cue.first]?.sentence) return false;
    if (t.text === ',') return clauseOpeningPerson(doc, doc.cover[j - 1]);
    if (hasCue(doc.cover[j], 'speech', 'content')) return false;
  }
  return false;
}

/** A person mention that opens its clause: after a quote, a comma or a dash, or at the sentence's start. */
function clauseOpeningPerson(doc: Doc, m: Mention | undefined): boolean {
  if (!m?.entries.some((e) => e.type === 'person')) return false;
  const before = doc.tokens[m.first - 1];
  return !before || before.sentence !== doc.tokens[m.first]?.sentence || before.kind === 'punct';
}

/**
 * "قال للأناضول", "قال لوكالة سانا X": an institution written with the preposition "to" on it (the lexicon's
 * prepositional proclitics) is whom the speaker spoke to, not the subject.
 */
function spokenTo(doc: Doc, at: number): boolean {
  const word = doc.tokens[at]?.text;
  if (!word || !doc.lex.verbFirst) return false;
  const forms = (doc.lex.clitics?.proclitics ?? [])
    .filter((p) => p.function === 'preposition')
    .flatMap((p) => [...Object.entries(p.contractions ?? {}), ...p.forms.map((f) => [f, ''] as const)]);
  // The word is read only through the preposition: without it, it is a dictionary word of its own.
  return forms.some(
    ([f, to]) => word.startsWith(f) && !doc.dict.phrases.has(word) && doc.dict.phrases.has(to + word.slice(f.length)),
  );
}

/**
 * "بأن الحكومة السورية أعلنت مشاركة وفدها الذي يرأسه X": after a content word the clause puts its subject before the
 * verb even where verbs come first; a state or an institution there speaks, and a person after the verb is what it
 * says. A delegation speaks through its head.
 */
function preposedInstitution(doc: Doc, cue: Mention, institution: (m: Mention | undefined) => boolean): boolean {
  const m = doc.cover[cue.first - 1];
  if (!m || m.entries.some((e) => e.type === 'person') || hasCue(m, 'title') || delegationSubject(doc, m)) return false;
  // The subject phrase: a state or institution word, with the one before it when that is one too ("وزارة الخارجية").
  const head = titleLike(doc.cover[m.first - 1]) ? doc.cover[m.first - 1] : m;
  if (!head || !hasCue(doc.cover[head.first - 1], 'content')) return false;
  return institution(m) || institution(head) || entriesOf(m, 'state').length > 0;
}

/**
 * "صرح الروس حول بقاء X", "Russia said X would attend": a state or its people in the subject's place (right after a
 * verb that comes first; else opening the clause before the verb) speak as a state, and a person named after them is
 * what they spoke about. "قال الروسي X" (a person right after the demonym) and "Lavrentiev of Russia said" (a word
 * before the state) keep their person.
 */
function stateSubject(doc: Doc, at: number): boolean {
  const m = doc.cover[at];
  if (!m || !entriesOf(m, 'state').length || m.entries.some((e) => e.type === 'person') || hasCue(m, 'title'))
    return false;
  if (delegationSubject(doc, m)) return false;
  if (doc.lex.verbFirst) return m.first === at && !doc.cover[m.last]?.entries.some((e) => e.type === 'person');
  if (m.last !== at + 1) return false;
  // An article may open the subject ("the Russians said"); any other word before it makes the state a complement.
  const k = hasCue(doc.cover[m.first - 1], 'stop') ? (doc.cover[m.first - 1]?.first ?? m.first) - 1 : m.first - 1;
  const t = doc.tokens[k];
  return !t || t.sentence !== doc.tokens[at]?.sentence || (t.kind === 'punct' && t.text !== "'" && t.text !== '’');
}

/**
 * A delegation in the subject's place ("وفد النظام", "the Russian delegation"): a delegation word in the mention or
 * right after it. It speaks through its head ("صرح وفد النظام الذي يرأسه X"), not as a state or an institution.
 */
function delegationSubject(doc: Doc, m: Mention | undefined): boolean {
  if (!m) return false;
  if (hasCue(m, 'delegation') || hasCue(doc.cover[m.last], 'delegation')) return true;
  const words = cueWords(doc.lex, 'delegation');
  return doc.tokens.slice(m.first, m.last).some((t) => words.has(t.text));
}

/**
 * "the Foreign Ministry of Kazakhstan said", "МИД Казахстана сообщил": where the word before the verb is a state, the
 * token before that state and its "of" word — the institution the state qualifies.
 */
function ofState(doc: Doc, at: number): number {
  const m = doc.cover[at];
  if (!m || !entriesOf(m, 'state').length) return -1;
  const k = m.first - 1;
  return hasCue(doc.cover[k], 'stop') && !hasCue(doc.cover[k], 'ministry') ? k - 1 : k;
}

/** "Lavrentiev and Khaji said", "قال لافرنتييف وخاجي": the persons joined to a speaker by "and", outside quotes. */
export function coSpeakers(c: CueContext, speaker: string): string[] {
  const { doc, ms, persons, sent, mask } = c;
  const ps = persons.mentions.filter((p) => p.sentence === sent.index && !mask[p.first]);
  const at = ps.find((p) => p.id === speaker);
  if (!at) return [];
  return [...conjoined(doc, ms, ps, at, 'before'), ...conjoined(doc, ms, ps, at, 'after')].map((p) => p.id);
}

/** ", headed by X,": the person named inside a delegation's apposition is not the subject of the sentence. */
function delegationAppositive(doc: Doc, p: PersonMention): boolean {
  const h = doc.cover[p.first - 1];
  return !!h && hasCue(h, 'head') && !hasCue(h, 'headActive') && doc.tokens[h.first - 1]?.text === ',';
}

/** A quotation mark that opens a quote of more than a name ("“RT”" is a name, not speech). */
function longQuote(doc: Doc, i: number): boolean {
  for (let j = i + 1; j < Math.min(doc.tokens.length, i + 5); j++)
    if (doc.tokens[j]?.text === '"' || doc.tokens[j]?.kind === 'newline') return false;
  return true;
}

/** The closing mark of a short quote opened at i (a name such as “RT”). */
function shortQuoteEnd(doc: Doc, i: number): number {
  for (let j = i + 1; j < Math.min(doc.tokens.length, i + 5); j++) if (doc.tokens[j]?.text === '"') return j;
  return i;
}

/** Tokens from a sentence's start within which a role word is its subject ("The UN envoy has put the blame ..."). */
const ROLE_SUBJECT_REACH = 4;

/**
 * "The UN envoy blamed the government of President Assad, which he said had ...": a role word opening the sentence,
 * no name right after it, is the subject "he" stands for; a person named after it is spoken of.
 */
function roleSubjectBefore(c: CueContext, p: PersonMention): boolean {
  return openingRole(c, p.first) !== undefined;
}

/** The role word opening the sentence before token `end`, with no name right after it ("The UN envoy has put …"). */
function openingRole(c: CueContext, end: number): Mention | undefined {
  const { doc, ms, sent, persons } = c;
  return ms.find(
    (m) =>
      hasCue(m, 'roleRef') &&
      m.first - sent.first <= ROLE_SUBJECT_REACH &&
      m.last < end &&
      !persons.mentions.some((x) => x.first === m.last || x.first === m.last + 1) &&
      doc.tokens[m.last]?.kind === 'word',
  );
}

/**
 * "He said": the person the sentence or the one before it is about — the first person named in the sentence before
 * the verb, else the first one named in the previous sentence ("Alloush struck a sharper tone. '...,' he said"). A
 * possessor ("Assad's removal") is spoken of, not the one speaking; so is a person named inside a quote ("'With Mr.
 * Pedersen we are discussing it,' he went on"). Among several persons of the previous sentence, the speaker just
 * quoted.
 */
function pronounSpeaker(c: CueContext, previous: PreviousSpeaker | null): string | null {
  const { doc, persons, sent, cue, mask } = c;
  const about = (p: PersonMention): boolean => !possessor(doc, p) && !mask[p.first];
  const here = persons.mentions.find((p) => p.sentence === sent.index && p.last <= cue.first && about(p));
  if (here && !roleSubjectBefore(c, here)) return here.id;
  // "Pedersen met … Jaafari said … The UN envoy has put the blame on …, which he said": "he" is the role that opens
  // the sentence, read as a role reference (the latest envoy), not the person of the sentence before.
  const role = openingRole(c, here?.first ?? cue.first);
  const byRole = role ? roleRefSpeaker(doc, role, persons, role.first, previous?.speaker ?? null) : null;
  if (byRole) return byRole;
  const last = previousProse(doc, sent.index);
  const there = persons.mentions.filter((p) => p.sentence === last && about(p));
  // "Bahra, Pedersen and Kuzbari on the eve of the talks. According to him, …": among several, the one just quoted.
  const same = previous && there.length > 1 ? there.find((p) => p.id === previous.speaker) : undefined;
  return (same ?? there[0])?.id ?? null;
}

/** Caption or subheading lines ("X, Y and Z on the eve of the talks") a pronoun may look back over. */
export const CAPTION_LINES = 3;

/**
 * The sentence a pronoun looks back to: the one before, past photo captions and subheadings (lines that end in a
 * word, not a sentence mark), which name people without telling anything about them.
 */
function previousProse(doc: Doc, sentence: number): number {
  let k = sentence - 1;
  for (let n = 0; n < CAPTION_LINES && k > 0 && captionLine(doc, k); n++) k--;
  return k;
}

function captionLine(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  if (!s) return false;
  let j = s.last - 1;
  while (j > s.first && doc.tokens[j]?.kind === 'newline') j--;
  return doc.tokens[j]?.kind === 'word';
}
