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
