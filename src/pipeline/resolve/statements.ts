// Stage 9: statements — every attributed quote or reported statement: speech cue, speaker (a person, a role
// reference such as "المسؤول الروسي", or the previous speaker for "وأضاف"/"he added"), kind, date and meeting.
// Pure. Dates follow GUIDELINE rule 4: an explicit or relative date of the speech, the meeting's day for remarks
// at its close, null for "earlier", else the day the surrounding text talks about, else publishedAt.
import type { IsoDate, StatementFact, StatementKind } from '../../domain.js';
import type { DateMention } from '../extract/dates.js';
import type { Doc } from '../doc.js';
import { hasCue, quoteMask, sentenceMentions, span } from '../doc.js';
import type { RoundInfo } from './meetings.js';
import type { Mention } from '../extract/mentions.js';
import { entriesOf } from '../extract/mentions.js';
import { focusRound } from './frames.js';
import { conjoinedAfter, conjoinedBefore } from './heads.js';
import type { PersonMention, Persons } from '../extract/persons.js';

export interface FoundStatement {
  fact: StatementFact;
  /** The meeting (id) the statement was made at or about. */
  meeting: string | null;
  atClosing: boolean;
}

function roleRefSpeaker(doc: Doc, ref: Mention, persons: Persons, before: number): string | null {
  // "المسؤول الروسي", "the Iranian official", "the government negotiator": the latest person of that state (or of
  // the government a strong name stands for); "المبعوث": the latest envoy.
  const next = doc.cover[ref.last];
  // "Iran's envoy": a country name with a possessive says whose envoy as a demonym does.
  const possessive = doc.tokens[ref.first - 1]?.text === 's' && doc.tokens[ref.first - 2]?.text === "'";
  const prev = doc.cover[possessive ? ref.first - 3 : ref.first - 1];
  const state = [next, prev].flatMap((m) =>
    m ? entriesOf(m, 'state').filter((e) => e.form !== 'name' || (possessive && m === prev)) : [],
  )[0]?.id;
  const word = span(doc, ref.first, ref.last).text;
  const seen = persons.mentions.filter((p) => p.first < before).reverse();
  for (const p of seen) {
    const info = persons.info.get(p.id);
    if (!info) continue;
    if (
      state
        ? info.affiliation === state
        : [...info.surfaces, info.title ?? ''].some((s) => s.includes(word.replace(/^ال/, '')))
    )
      return p.id;
  }
  return state ? null : (seen[0]?.id ?? null);
}

export function findStatements(doc: Doc, persons: Persons, rounds: RoundInfo[]): FoundStatement[] {
  const mask = quoteMask(doc);
  const out: FoundStatement[] = [];
  const focus = focusRound(rounds);
  let previous: { speaker: string; date: IsoDate | null; sentence: number } | null = null;
  const spokenOn = new Map<DateMention, string>();
  for (const sent of doc.sentences) {
    const ms = sentenceMentions(doc, sent.index);
    const previousSpeaker: string | null = previous === null ? null : (previous as { speaker: string }).speaker;
    // "…, so Lawrentjew": a source word that is also a common word ("so viele") counts only after a comma.
    const cues = ms.filter(
      (m) =>
        hasCue(m, 'speech', 'continue') &&
        !mask[m.first] &&
        (!hasCue(m, 'afterComma') || doc.tokens[m.first - 1]?.text === ','),
    );
    const done = new Set<string>();
    // "وأفادت وكالة ... وأوضحت أن": a later verb of the sentence with no subject of its own continues the institution.
    // What the institution says opens at its content word ("بأن"): persons from there on are inside its report.
    let reportFrom = Infinity;
    for (const cue of cues) {
      const contentAt = ms.find((m) => m.first >= cue.last && hasCue(m, 'content'))?.first;
      let stop = contentAt ?? sent.last;
      for (let j = cue.last; j < stop; j++)
        if (doc.tokens[j]?.text === ':' || (doc.tokens[j]?.text === '"' && longQuote(doc, j))) stop = j;
        else if (doc.tokens[j]?.text === '"') j = shortQuoteEnd(doc, j);
      const afterWin = persons.mentions.filter(
        (p) =>
          p.sentence === sent.index && p.first >= cue.last && p.first < Math.min(stop, cue.last + 14) && !mask[p.first],
      );
      const beforeWin = persons.mentions.filter(
        (p) =>
          p.sentence === sent.index &&
          p.last <= cue.first &&
          !mask[p.first] &&
          !cues.some((c) => c !== cue && c.first > p.last && c.last <= cue.first),
      );
      // "RIA Novosti reports", "the Kazakh Foreign Ministry said", "أفادت وكالة الأنباء": an institution speaks, and
      // a person named in what it says is no speaker.
      if (institutionSubject(doc, cue)) {
        reportFrom = Math.min(
          reportFrom,
          ms.find((m) => m.first >= cue.last && hasCue(m, 'content'))?.first ?? Infinity,
        );
        continue;
      }
      const verbFirst = doc.lex.verbFirst || hasCue(cue, 'according', 'quoteIntro');
      // "according to a participant list": the source follows the phrase; a document there is nobody's speech.
      const according = hasCue(cue, 'according');
      // A postposition ("Lavrentyev'e göre", "X'in açıklamasına göre") names its source right before it.
      const sourceBefore = hasCue(cue, 'accordingBefore');
      const speaker: PersonMention | undefined = sourceBefore
        ? beforeWin.filter((p) => cue.first - p.last <= 4).pop()
        : according
          ? afterWin.find(
              (p) =>
                p.first - cue.last <= 10 ||
                ms.some((m) => m.first >= cue.last && m.last <= p.first && hasCue(m, 'byWord')),
            )
          : verbFirst
            ? (afterWin[0] ?? beforeWin.filter((p) => p.first < reportFrom).pop())
            : // "The opposition delegation, headed by X, said": the delegation spoke, and only persons are speakers.
              beforeWin.length
              ? beforeWin.find((p) => !delegationAppositive(doc, p))
              : afterWin[0];
      let speakerId = speaker?.id ?? null;
      if (!speakerId) {
        const win = ms.filter((m) => m.first >= cue.last && m.first < Math.min(stop, cue.last + 4));
        // "Iran's envoy, for his part, said": a discourse phrase between commas does not part subject and verb.
        const aside = doc.tokens[cue.first - 1]?.text === ',' ? doc.cover[cue.first - 2] : undefined;
        const end =
          aside && hasCue(aside, 'discourse') && doc.tokens[aside.first - 1]?.text === ','
            ? aside.first - 1
            : cue.first;
        // Verb-final clauses open with their subject set off by a comma ("Rus diplomat, ... vurguladı").
        const opening = (m: Mention): boolean =>
          m.last <= end && m.first - sent.first <= 3 && doc.tokens[m.last]?.text === ',';
        const winBefore = according ? [] : ms.filter((m) => (m.last <= end && m.first >= end - 3) || opening(m));
        const ref = [...win, ...winBefore].find((m) => hasCue(m, 'roleRef'));
        // "по его словам", "selon lui", "ona göre": the pronoun may be part of the speech phrase itself.
        const pronoun = [...win, ...winBefore, cue].some((m) => hasCue(m, 'pronoun'));
        const bare =
          cue.last >= stop || hasCue(doc.cover[cue.last], 'prep', 'content') || doc.tokens[cue.last]?.kind === 'punct';
        if (ref) speakerId = roleRefSpeaker(doc, ref, persons, cue.first);
        else if (pronoun) speakerId = pronounSpeaker(doc, persons, sent.index, cue.first) ?? previousSpeaker;
        // A verb with no subject continues the previous speaker where the verb comes first ("وأضاف،"); in other
        // languages the subject is a pronoun, and "Kazakh officials said" is nobody's statement.
        else if (
          bare &&
          reportFrom === Infinity &&
          doc.lex.verbFirst &&
          hasCue(cue, 'continue', 'speech') &&
          previous &&
          sent.index - previous.sentence <= 6
        )
          speakerId = previous.speaker;
      }
      if (!speakerId) continue;
      // "Lavrentiev and Khaji said", "قال لافرنتييف وخاجي": every conjunct of the speaker spoke.
      const group: string[] = [speakerId, ...coSpeakers(doc, ms, persons, sent.index, speakerId, mask)];
      for (const who of group) {
        if (done.has(who)) continue;
        done.add(who);
        const pre = (d: DateMention): boolean =>
          d.sentence === sent.index &&
          d.first < stop &&
          !mask[d.first] &&
          (d.kind === 'day' || d.kind === 'relative' || d.kind === 'range');
        const roundsHere = rounds.filter((r) => r.mentions.some((m) => m.sentence === sent.index && !m.next));
        const preMs = ms.filter((m) => m.first < stop);
        // "في ختام أعمال أستانة", "at the close of the 20th meeting": the close of a series' round, not of any talks.
        const atClosing = preMs.some(
          (m) =>
            hasCue(m, 'closing') &&
            ms.some((x) => x.first >= m.last && x.first <= m.last + 5 && entriesOf(x, 'series').length > 0),
        );
        // "عقب الجلسة الختامية", "after the closing session": the last day of the round in focus.
        const closingSession = preMs.some((m) => hasCue(m, 'closingSession')) && !roundsHere.length;
        const meeting = roundsHere[0]?.id ?? (atClosing || closingSession ? focus : null);
        // Speech is reported after it happened: a date after publication belongs to what was said, not to the saying.
        const ownDate = doc.dates.find(
          (d) => pre(d) && !rounds.some((r) => r.dates === d) && d.start <= doc.article.publishedAt,
        );
        let date: IsoDate | null;
        if (ownDate) date = ownDate.start;
        else if ((atClosing || closingSession) && meeting !== null)
          date = rounds.find((r) => r.id === meeting)?.dates?.end ?? doc.article.publishedAt;
        // "Earlier", and remarks to a news agency or in an interview with no day given: the day is not determinable.
        else if (preMs.some((m) => hasCue(m, 'earlier', 'mediaRef'))) date = null;
        else if (previous && previous.speaker === who && sent.index - previous.sentence <= 2) date = previous.date;
        // The day another speaker spoke on is theirs, not the day the text is about.
        else
          date = contextDate(doc, sent.index, mask, (d) => (spokenOn.get(d) ?? who) !== who) ?? doc.article.publishedAt;
        if (ownDate) spokenOn.set(ownDate, who);
        const quoted = doc.tokens.slice(cue.last, sent.last).some((t, k) => t.text === '"' && mask[cue.last + k]);
        const kind: StatementKind = quoted ? 'QUOTE' : 'REPORTED';
        const s = span(doc, sent.first, sent.last);
        const content = span(doc, Math.min(stop, sent.last - 1), sent.last).text.replace(/^[\s:،,"]+/, '');
        out.push({
          fact: {
            id: `${doc.article.id}:${who}:${s.start}`,
            speakerId: who,
            kind,
            // A statement text carries words: a bare "." (a verb at the end of the sentence) gives the sentence.
            text: /\p{L}/u.test(content) ? content : s.text,
            date,
            meetingId: meeting,
            language: doc.article.language,
            evidence: [{ articleId: doc.article.id, text: s.text, start: s.start, end: s.end }],
          },
          meeting,
          atClosing,
        });
        previous = { speaker: who, date, sentence: sent.index };
      }
    }
  }
  return out;
}

/**
 * The subject of a speech verb is an institution (a news agency, a ministry): the word right before the verb, or in
 * verb-first order the one right after it. A title ("Foreign Minister X said") is a person's, not an institution.
 */
function institutionSubject(doc: Doc, cue: Mention): boolean {
  const institution = (at: Mention | undefined): boolean =>
    !!at &&
    !hasCue(at, 'title', 'titleWord') &&
    !at.entries.some((e) => e.type === 'person') &&
    (hasCue(at, 'institution', 'ministry') || entriesOf(at, 'org').length > 0);
  // A name in quotation marks ("نسبت "سانا"", "the "Kazinform" agency reported") is read past its marks.
  const quote = (k: number): boolean => doc.tokens[k]?.text === '"';
  const at = doc.lex.verbFirst ? cue.last + (quote(cue.last) ? 1 : 0) : cue.first - 1 - (quote(cue.first - 1) ? 1 : 0);
  if (institution(doc.cover[at])) return true;
  // Verb-final clauses set their subject off by a comma at the opening ("Anadolu Ajansı, ... bildirdi").
  const sent = doc.sentences[cue.sentence];
  if (!sent) return false;
  for (let k = sent.first; k < Math.min(cue.first, sent.first + 4); k++)
    if (doc.tokens[k]?.text === ',') return institution(doc.cover[k - 1]);
  return false;
}

/** The persons joined to a speaker by "and" on the same side of the verb, outside quotes. */
function coSpeakers(
  doc: Doc,
  ms: Mention[],
  persons: Persons,
  sentence: number,
  speaker: string,
  mask: boolean[],
): string[] {
  const ps = persons.mentions.filter((p) => p.sentence === sentence && !mask[p.first]);
  const at = ps.find((p) => p.id === speaker);
  if (!at) return [];
  return [...conjoinedBefore(doc, ms, ps, at), ...conjoinedAfter(doc, ms, ps, at)].map((p) => p.id);
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

/**
 * "He said": the person the sentence or the one before it is about — the first person named in the sentence before
 * the verb, else the first one named in the previous sentence ("Alloush struck a sharper tone. '...,' he said").
 */
function pronounSpeaker(doc: Doc, persons: Persons, sentence: number, before: number): string | null {
  const here = persons.mentions.find((p) => p.sentence === sentence && p.last <= before);
  if (here) return here.id;
  return persons.mentions.find((p) => p.sentence === sentence - 1)?.id ?? null;
}

/** The closing mark of a short quote opened at i (a name such as “RT”). */
function shortQuoteEnd(doc: Doc, i: number): number {
  for (let j = i + 1; j < Math.min(doc.tokens.length, i + 5); j++) if (doc.tokens[j]?.text === '"') return j;
  return i;
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
      (doc.sentences[d.sentence]?.paragraph ?? 0) >= para - 2,
  );
  return ds.length ? (ds[ds.length - 1]?.start ?? null) : null;
}
