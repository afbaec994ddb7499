// Checks a delta's values before any store writes it, so every adapter refuses the same bad input the same way.
// Pure. Throws AppError('BAD_USER_INPUT') naming the first bad fact; references are checked by the adapters.
import type { ArticleDelta, Evidence } from '../domain.js';
import { ACTOR_KINDS, MEETING_STATUSES, PARTICIPATION_ROLES, participationId, STATEMENT_KINDS } from '../domain.js';
import { AppError } from '../errors.js';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Ids and URLs are index keys: Neo4j refuses values over ~8 KB in an index (and the run with them), so both stores
 * refuse longer ones here, for that article only. Real ids and URLs are far shorter.
 */
export const MAX_KEY_LENGTH = 2048;

export function validateDelta(delta: ArticleDelta): void {
  const { article } = delta;
  const fail = (what: string, problem: string): never => {
    throw new AppError('BAD_USER_INPUT', `article ${clip(article.id)}: ${what}: ${problem}`);
  };
  const key = (what: string, field: string, value: unknown): void => {
    if (typeof value === 'string' && value.length > MAX_KEY_LENGTH)
      fail(what, `${field} is longer than ${MAX_KEY_LENGTH} characters (${value.length})`);
  };
  const id = (what: string, value: unknown): void => {
    if (typeof value !== 'string' || value.trim() === '') fail(what, 'missing id');
    key(what, 'id', value);
  };
  const oneOf = (what: string, field: string, value: unknown, allowed: readonly string[]): void => {
    if (typeof value !== 'string' || !allowed.includes(value))
      fail(what, `${field} "${String(value)}" is not one of ${allowed.join(', ')}`);
  };
  const date = (what: string, field: string, value: string | null, required = false): void => {
    if (value === null && !required) return;
    if (typeof value !== 'string' || !ISO_DATE.test(value))
      fail(what, `${field} "${String(value)}" is not an ISO date`);
  };
  const evidence = (what: string, list: readonly Evidence[]): void => {
    for (const e of list) {
      const offsets = Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end >= e.start;
      if (!offsets) fail(what, `evidence offsets ${e.start}..${e.end} are not a span`);
      if (typeof e.text !== 'string') fail(what, 'evidence without text');
    }
  };

  id('article', article.id);
  key('article', 'url', article.url);
  date('article', 'publishedAt', article.publishedAt, true);
  for (const a of delta.actors) {
    id('actor', a.id);
    oneOf(`actor ${a.id}`, 'kind', a.kind, ACTOR_KINDS);
  }
  for (const s of delta.series) id('series', s.id);
  for (const p of delta.places) id('place', p.id);
  for (const m of delta.meetings) {
    const what = `meeting ${m.id}`;
    id('meeting', m.id);
    oneOf(what, 'status', m.status, MEETING_STATUSES);
    if (m.round !== null && !Number.isInteger(m.round)) fail(what, `round ${m.round} is not an integer`);
    date(what, 'startDate', m.startDate);
    date(what, 'endDate', m.endDate);
    date(what, 'windowStart', m.windowStart);
    date(what, 'windowEnd', m.windowEnd);
    evidence(what, m.evidence);
  }
  for (const p of delta.participations) {
    const what = `participation ${participationId(p)}`;
    oneOf(what, 'role', p.role, PARTICIPATION_ROLES);
    evidence(what, p.evidence);
  }
  for (const s of delta.statements) {
    const what = `statement ${s.id}`;
    id('statement', s.id);
    oneOf(what, 'kind', s.kind, STATEMENT_KINDS);
    date(what, 'date', s.date);
    evidence(what, s.evidence);
  }
}

/** A value short enough to quote in a message: the start of a long one, marked as cut. */
export function clip(value: string, max = 80): string {
  return value.length <= max ? value : `${value.slice(0, max)}… (${value.length} characters)`;
}

/** The tables a fact may refer to, by the port's names. */
export type ReferenceKind = 'actors' | 'series' | 'places' | 'meetings' | 'articles';

export interface Reference {
  kind: ReferenceKind;
  id: string;
  /** The referring fact, for the error message. */
  what: string;
}

/**
 * Every id a delta refers to that the delta does not define itself: each must already be stored.
 * Shared by the adapters, which only differ in how they look the ids up.
 */
export function externalReferences(delta: ArticleDelta): Reference[] {
  const defined: Record<ReferenceKind, Set<string>> = {
    actors: new Set(delta.actors.map((a) => a.id)),
    series: new Set(delta.series.map((s) => s.id)),
    places: new Set(delta.places.map((p) => p.id)),
    meetings: new Set(delta.meetings.map((m) => m.id)),
    articles: new Set([delta.article.id]),
  };
  const refs: Reference[] = [];
  const need = (kind: ReferenceKind, id: string | null, what: string): void => {
    if (id !== null && !defined[kind].has(id)) refs.push({ kind, id, what });
  };
  const needEvidence = (evidence: readonly Evidence[], what: string): void => {
    for (const e of evidence) need('articles', e.articleId, `evidence of ${what}`);
  };
  for (const a of delta.actors) need('actors', a.affiliationId, `actor ${a.id}`);
  for (const p of delta.places) need('actors', p.countryId, `place ${p.id}`);
  for (const m of delta.meetings) {
    need('series', m.seriesId, `meeting ${m.id}`);
    need('places', m.placeId, `meeting ${m.id}`);
    needEvidence(m.evidence, `meeting ${m.id}`);
  }
  for (const p of delta.participations) {
    const what = `participation ${participationId(p)}`;
    need('meetings', p.meetingId, what);
    need('actors', p.actorId, what);
    need('actors', p.representingId, what);
    needEvidence(p.evidence, what);
  }
  for (const s of delta.statements) {
    need('actors', s.speakerId, `statement ${s.id}`);
    need('meetings', s.meetingId, `statement ${s.id}`);
    needEvidence(s.evidence, `statement ${s.id}`);
  }
  return refs;
}

export function danglingReference(articleId: string, ref: Reference): AppError {
  return new AppError(
    'BAD_USER_INPUT',
    `article ${articleId}: ${ref.what} refers to unknown ${ref.kind} id "${ref.id}"`,
  );
}
