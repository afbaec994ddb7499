// Article in, facts out: normalize (fold, tokens) → extract (mentions, dates, rounds, persons) → resolve (meetings,
// participation, statements) → graph (facts with every id defined once). Pure and synchronous: the knowledge is a
// required argument, loaded once by the composition root (src/seed.ts); no I/O, no clock.
import type { Article, Facts, ParticipationFact } from '../domain.js';
import { findDates } from './extract/dates.js';
import type { Doc } from './doc.js';
import type { Dictionary } from './extract/dictionary.js';
import { buildDictionary } from './extract/dictionary.js';
import { assemble } from './graph/assemble.js';
import type { Knowledge } from './knowledge.js';
import { applyCalendar } from './resolve/calendar.js';
import { closingRemarks } from './resolve/closing.js';
import { actingRounds, otherMeetings, resolveRounds, roundMeetings } from './resolve/meetings.js';
import { seriesInArticle } from './extract/series.js';
import type { Mention } from './extract/mentions.js';
import { findMentions } from './extract/mentions.js';
import { negateVerbs } from './extract/negated-verbs.js';
import { withoutUnbornSeries } from './extract/unborn-series.js';
import { fold } from './normalize/fold.js';
import { adoptHeadline, readHeadline } from './resolve/headline.js';
import { findParticipation } from './resolve/participation.js';
import { findPersons } from './extract/persons.js';
import { findRounds } from './extract/rounds.js';
import { findStatements } from './resolve/statements.js';
import { sentences, tokenize } from './normalize/tokens.js';
import { addUnseenFacts } from './unseen/fallback.js';
import { isUnseenLanguage } from './unseen/names.js';

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
  // By the article's own tag first ("ar", "en-GB"): one lookup per article, no split.
  let d = byLang.get(lang);
  if (!d) {
    const base = lang.split('-')[0] ?? lang;
    d = byLang.get(base) ?? buildDictionary(k, base);
    byLang.set(base, d);
    byLang.set(lang, d);
  }
  return d;
}

/**
 * Normalizes and indexes an article: the analysed document every stage reads (`headline`: the article is its title,
 * see Doc.headline).
 */
export function analyse(article: Article, knowledge: Knowledge, headline?: true): Doc {
  const dict = dictionaryFor(knowledge, article.language);
  const folded = fold(article.text);
  const tokens = tokenize(folded.text, dict.clitics.letters);
  // A language with no lexicon may write ordinals with a dot ("20. runda"): a dot after a short number ends no sentence.
  const dotOrdinals = dict.lexicon.dotOrdinals ?? isUnseenLanguage(knowledge, article.language);
  const sents = sentences(tokens, dict.abbreviations, dotOrdinals);
  const mentions = withoutUnbornSeries(
    findMentions(dict, tokens, folded, article.text),
    knowledge,
    article.publishedAt,
  );
  negateVerbs(mentions, tokens);
  const cover: (Mention | undefined)[] = new Array<Mention | undefined>(tokens.length);
  for (const m of mentions) for (let i = m.first; i < m.last; i++) cover[i] = m;
  const cues = dict.lexicon.cues;
  const dates = findDates(
    tokens,
    mentions,
    article.publishedAt,
    cues.dateFiller ?? [],
    cues.rangeJoin ?? [],
    dict.clitics,
  );
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
    // Always present, so that a headline's doc and a body's have one object shape: a doc made by adding the field
    // to a copy had another, and every rule that reads a doc was compiled for both (V8 "wrong map" deoptimizations).
    headline,
  };
}

export function extractFacts(article: Article, knowledge: Knowledge): PipelineResult {
  const doc = analyse(article, knowledge);
  const head = readHeadline(article, doc, knowledge);
  const persons = findPersons(doc);
  const named = resolveRounds(doc, findRounds(doc), (own) => adoptHeadline(own, head));
  const meetings = roundMeetings(doc, named);
  const rounds = actingRounds(named);
  const participations = findParticipation(doc, rounds, persons);
  const found = findStatements(doc, persons, rounds);
  closingRemarks(doc, found, persons, rounds, participations);
  const others = otherMeetings(doc, named);
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
  // An article in a language with no lexicon, where the cue-driven stages made nobody attend a numbered meeting.
  if (isUnseenLanguage(knowledge, article.language))
    addUnseenFacts(head ? [doc, head.doc] : [doc], meetings, participations, { persons, statements: found });
  applyCalendar(knowledge, article.publishedAt, meetings, participations);
  for (const series of seriesInArticle(doc))
    if (!rounds.some((r) => r.series === series))
      doc.warnings.push(`${series} is named but no numbered meeting was found`);
  for (const s of found) if (s.fact.date === null) doc.warnings.push(`statement ${s.fact.id}: date not determinable`);
  const facts = assemble(doc, {
    meetings,
    participations,
    statements: found.map((s) => s.fact),
    persons: persons.info,
  });
  return { facts, warnings: doc.warnings };
}
