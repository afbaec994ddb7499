// The extraction pipeline as one call: normalize → tokens → mentions → dates/rounds/persons → meetings,
// participation, statements → graph facts. Pure and synchronous: text and knowledge in, facts with evidence
// spans out. Never imports the store or GraphQL; the default knowledge is loaded once by src/knowledge.ts.
import type { Article, Facts, ParticipationFact } from '../domain.js';
import { loadKnowledge } from '../knowledge.js';
import { findDates } from './dates.js';
import type { Doc } from './doc.js';
import type { Dictionary } from './gazetteer.js';
import { buildDictionary } from './gazetteer.js';
import { assemble } from './graph.js';
import type { Knowledge } from './knowledge.js';
import { otherMeetings, resolveRounds, roundMeetings, meetingId } from './meetings.js';
import type { Mention } from './mentions.js';
import { findMentions } from './mentions.js';
import { fold } from './normalize.js';
import { findParticipation } from './participation.js';
import { findPersons } from './persons.js';
import { findRounds } from './rounds.js';
import { findStatements } from './statements.js';
import { sentences, tokenize } from './tokens.js';

export interface PipelineResult {
  facts: Facts;
  /** Extraction gaps (an unresolved mention, an unclear date): reported, never thrown. */
  warnings: string[];
}

const dictionaries = new WeakMap<Knowledge, Map<string, Dictionary>>();

function dictionaryFor(k: Knowledge, lang: string): Dictionary {
  let byLang = dictionaries.get(k);
  if (!byLang) {
    byLang = new Map();
    dictionaries.set(k, byLang);
  }
  const base = lang.split('-')[0] ?? lang;
  let d = byLang.get(base);
  if (!d) {
    d = buildDictionary(k, base);
    byLang.set(base, d);
  }
  return d;
}

/** Normalizes and indexes an article: the analysed document every stage reads. */
export function analyse(article: Article, knowledge: Knowledge = loadKnowledge()): Doc {
  const dict = dictionaryFor(knowledge, article.language);
  const folded = fold(article.text);
  const tokens = tokenize(folded.text);
  const sents = sentences(tokens);
  const mentions = findMentions(dict, tokens, folded, article.text);
  const cover: (Mention | undefined)[] = new Array<Mention | undefined>(tokens.length);
  for (const m of mentions) for (let i = m.first; i < m.last; i++) cover[i] = m;
  const cues = dict.lexicon.cues;
  const dates = findDates(tokens, mentions, article.publishedAt, cues.dateFiller ?? [], cues.rangeJoin ?? []);
  return {
    article,
    knowledge,
    dict,
    lex: dict.lexicon,
    folded,
    tokens,
    sentences: sents,
    mentions,
    cover,
    dates,
    warnings: [],
  };
}

export function runPipeline(article: Article, knowledge: Knowledge = loadKnowledge()): PipelineResult {
  const doc = analyse(article, knowledge);
  const persons = findPersons(doc);
  const rounds = resolveRounds(doc, findRounds(doc));
  const meetings = roundMeetings(doc, rounds);
  const participations = findParticipation(doc, rounds, persons);
  const found = findStatements(doc, persons, rounds);
  // Remarks at the close of a round by an official of a state or an organization (a UN envoy) place that official
  // at the round for them; an organization not yet placed there attends in its own role (the UN as observer).
  for (const s of found) {
    const own = persons.info.get(s.fact.speakerId)?.affiliation ?? null;
    const org = doc.knowledge.actors.find((a) => a.id === own && a.kind !== 'PERSON');
    const aff = doc.knowledge.states.some((x) => x.iso3 === own) || org ? own : null;
    if (!s.atClosing || s.round === null || !aff) continue;
    const mid = meetingId(s.round);
    if (participations.some((p) => p.meetingId === mid && p.actorId === s.fact.speakerId)) continue;
    participations.push({
      meetingId: mid,
      actorId: s.fact.speakerId,
      role: 'PARTICIPANT',
      representingId: aff,
      evidence: s.fact.evidence,
    });
    if (org?.role && !participations.some((p) => p.meetingId === mid && p.actorId === org.id))
      participations.push({
        meetingId: mid,
        actorId: org.id,
        role: org.role,
        representingId: null,
        evidence: s.fact.evidence,
      });
  }
  const others = otherMeetings(doc, rounds);
  for (const o of others) {
    meetings.push(o.meeting);
    for (const a of o.actors) {
      const p: ParticipationFact = {
        meetingId: o.meeting.id,
        actorId: a,
        role: 'PARTICIPANT',
        representingId: null,
        evidence: o.meeting.evidence,
      };
      participations.push(p);
    }
  }
  if (!rounds.length && /astana|أستان|استان|астан|آستان/i.test(article.text))
    doc.warnings.push('Astana is named but no numbered round was found');
  for (const s of found) if (s.fact.date === null) doc.warnings.push(`statement ${s.fact.id}: date not determinable`);
  const facts = assemble(doc, {
    meetings,
    participations,
    statements: found.map((s) => s.fact),
    persons: persons.info,
  });
  return { facts, warnings: doc.warnings };
}

/** Language of a text when the article does not say: by script, then by the lexicons' common words. */
export function detectLanguage(text: string, knowledge: Knowledge = loadKnowledge()): string {
  if (/[\u0600-\u06ff]/.test(text)) return /[پچژگ]/.test(text) ? 'fa' : 'ar';
  if (/[\u0400-\u04ff]/.test(text)) return 'ru';
  const words = tokenize(fold(text.slice(0, 5000)).text).filter((t) => t.kind === 'word');
  let best = 'en';
  let bestScore = 0;
  for (const lex of Object.values(knowledge.lexicons)) {
    if (lex.lang === 'ar' || lex.lang === 'fa' || lex.lang === 'ru') continue;
    const stop = new Set((lex.cues.stop ?? []).map((w) => fold(w).text));
    const score = words.filter((w) => stop.has(w.text)).length;
    if (score > bestScore) {
      best = lex.lang;
      bestScore = score;
    }
  }
  return best;
}
