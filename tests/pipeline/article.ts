// Test helpers: an Article for the pipeline from a text, a language and a publication date, and the two readings of
// its facts that the table tests compare (attendance triples, delegation heads, distinct speakers).
import type { Article } from '../../src/domain.js';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

export function article(text: string, language = 'ar', publishedAt = '2023-06-21', id = 't-1'): Article {
  return { id, url: null, title: null, source: null, publishedAt, language, text, contentHash: id };
}

/** Every participation of the text as "meeting|actor|role", sorted. */
export function attendanceTriples(text: string, lang: string, date: string): string[] {
  return extractFacts(article(text, lang, date), seedKnowledge)
    .facts.participations.map((p) => `${p.meetingId}|${p.actorId}|${p.role}`)
    .sort();
}

/** "round|actor|role" of every state and organization the text makes attend (no bare PARTICIPANT), sorted. */
export function roundAttendance(text: string, lang: string, date: string): string[] {
  const facts = extractFacts(article(text, lang, date), seedKnowledge).facts;
  const round = new Map(facts.meetings.map((m) => [m.id, m.round]));
  return facts.participations
    .filter((p) => p.role !== 'PARTICIPANT')
    .map((p) => `${round.get(p.meetingId) ?? '-'}|${p.actorId}|${p.role}`)
    .sort();
}

/** Every delegation head of the text as "meeting|person|represented actor", sorted; only meetings whose id starts so. */
export function delegateTriples(text: string, lang: string, date: string, meetingPrefix = ''): string[] {
  return extractFacts(article(text, lang, date), seedKnowledge)
    .facts.participations.filter((p) => p.meetingId.startsWith(meetingPrefix) && p.role === 'PARTICIPANT')
    .map((p) => `${p.meetingId}|${p.actorId}|${p.representingId ?? '-'}`)
    .sort();
}

/** The distinct speakers of the text's statements, in order of first statement. */
export function speakerIds(text: string, lang: string): string[] {
  return [...new Set(extractFacts(article(text, lang), seedKnowledge).facts.statements.map((s) => s.speakerId))];
}

/** A sentence per language that opens the 20th Astana round: the lead the table tests add a sentence to. */
export const ROUND_20_LEADS: Record<string, string> = {
  en: 'The twentieth round of the Astana talks on Syria got under way on Tuesday.',
  ar: 'بدأت الثلاثاء الجولة العشرون من اجتماعات أستانا بشأن سوريا.',
  ru: 'Во вторник начался двадцатый раунд переговоров в астанинском формате по Сирии.',
  tr: "Astana formatındaki Suriye görüşmelerinin 20. turu salı günü Astana'da başladı.",
  fr: "Le vingtième round des discussions d'Astana sur la Syrie a débuté mardi.",
  es: 'La vigésima ronda de las conversaciones de Astaná sobre Siria arrancó el martes.',
  kk: 'Сирия бойынша Астана форматындағы 20-шы кездесу сейсенбіде басталды.',
  de: 'Die 20. Runde der Astana-Gespräche über Syrien ist am Dienstag in der kasachischen Hauptstadt eröffnet worden.',
  fa: 'دور بیستم مذاکرات آستانه درباره سوریه روز سه‌شنبه در پایتخت قزاقستان آغاز شد.',
};

/** What `sentence` adds, after its language's lead, to the attendance of the text ("round|actor|role"). */
export function addedAttendance(sentence: string, lang: string, date = '2023-06-21'): string[] {
  const lead = ROUND_20_LEADS[lang] ?? '';
  const base = new Set(roundAttendance(lead, lang, date));
  return roundAttendance(`${lead} ${sentence}`, lang, date).filter((x) => !base.has(x));
}
