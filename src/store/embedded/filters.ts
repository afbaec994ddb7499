// The filtered list reads of the embedded store (port.ts documents the semantics) and name resolution.
// Read-only SQL; the same filters Neo4j's adapter applies, proven equal by the contract suite.
import type { ActorRecord, MeetingRecord, StatementRecord } from '../../domain.js';
import { nameKey } from '../../names.js';
import type { ActorFilter, ListWindow, MeetingFilter, StatementFilter } from '../port.js';
import type { ActorRow, MeetingRow, StatementRow } from './rows.js';
import { IDS, MEETING_ORDER, STATEMENT_ORDER, toActor, toMeeting, toStatement } from './rows.js';
import type { SearchFolding } from '../search.js';
import type { Db } from './sqlite.js';
import { sql } from './sqlite.js';

export function filterMeetings(db: Db, filter: MeetingFilter): MeetingRecord[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (present(filter.series)) {
    const seriesId = resolveSeriesIn(db, filter.series);
    if (seriesId === null) return [];
    where.push('m.series_id = ?');
    params.push(seriesId);
  }
  if (filter.round !== undefined && filter.round !== null) {
    where.push('m.round = ?');
    params.push(filter.round);
  }
  // A meeting spans [startDate or endDate, endDate or startDate]; undated meetings never match a date range.
  if (present(filter.from)) {
    where.push('coalesce(m.end_date, m.start_date) >= ?');
    params.push(filter.from);
  }
  if (present(filter.to)) {
    where.push('coalesce(m.start_date, m.end_date) <= ?');
    params.push(filter.to);
  }
  if (present(filter.attendee)) {
    const actorIds = resolveActorIn(db, filter.attendee);
    if (actorIds.length === 0) return [];
    where.push(`m.id IN (SELECT meeting_id FROM participations WHERE actor_id IN ${IDS})`);
    params.push(JSON.stringify(actorIds));
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const rows = sql(db, `SELECT m.* FROM meetings m ${clause} ORDER BY ${MEETING_ORDER} LIMIT ?`).all(
    ...params,
    limitOf(filter),
  ) as MeetingRow[];
  return rows.map(toMeeting);
}

export function filterActors(db: Db, filter: ActorFilter): ActorRecord[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.kind !== undefined && filter.kind !== null) {
    where.push('a.kind = ?');
    params.push(filter.kind);
  }
  if (present(filter.search)) {
    const needle = nameKey(filter.search);
    if (needle === '') return [];
    // instr, not LIKE: a plain substring test, with no wildcard characters to escape.
    where.push('a.id IN (SELECT actor_id FROM actor_keys WHERE instr(key, ?) > 0)');
    params.push(needle);
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const rows = sql(db, `SELECT a.* FROM actors a ${clause} ORDER BY a.id LIMIT ?`).all(...params, limitOf(filter));
  return (rows as ActorRow[]).map(toActor);
}

export function filterStatements(db: Db, filter: StatementFilter, search: SearchFolding): StatementRecord[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (present(filter.speaker)) {
    const speakerIds = resolveActorIn(db, filter.speaker);
    if (speakerIds.length === 0) return [];
    where.push(`s.speaker_id IN ${IDS}`);
    params.push(JSON.stringify(speakerIds));
  }
  if (present(filter.meetingId)) {
    where.push('s.meeting_id = ?');
    params.push(filter.meetingId);
  }
  if (present(filter.from)) {
    where.push('s.date >= ?');
    params.push(filter.from);
  }
  if (present(filter.to)) {
    where.push('s.date <= ?');
    params.push(filter.to);
  }
  if (present(filter.search)) {
    const terms = search.terms(filter.search);
    if (terms.length === 0) return [];
    // Each term a quoted FTS5 string: implicit AND, and no term is read as an operator.
    where.push('s.seq IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)');
    params.push(terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(' '));
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const rows = sql(db, `SELECT s.* FROM statements s ${clause} ORDER BY ${STATEMENT_ORDER} LIMIT ?`).all(
    ...params,
    limitOf(filter),
  ) as StatementRow[];
  return rows.map(toStatement);
}

/** A window's `first` as SQLite's LIMIT: -1 is no limit. */
export function limitOf(window: ListWindow | undefined): number {
  const first = window?.first;
  return first === undefined || first === null || first < 0 ? -1 : first;
}

export function present(v: string | null | undefined): v is string {
  return v !== undefined && v !== null && v.trim() !== '';
}

/** Exact id first; else the actors any of whose names folds to the query's key, sorted by id. */
export function resolveActorIn(db: Db, idOrName: string): string[] {
  if (sql(db, 'SELECT 1 FROM actors WHERE id = ?').get(idOrName) !== undefined) return [idOrName];
  const key = nameKey(idOrName);
  if (key === '') return [];
  return sql(db, 'SELECT DISTINCT actor_id FROM actor_keys WHERE key = ? ORDER BY actor_id')
    .pluck()
    .all(key) as string[];
}

/** Exact id first; else the first series (by id) whose name or alias folds to the query's key. */
export function resolveSeriesIn(db: Db, idOrAlias: string): string | null {
  if (sql(db, 'SELECT 1 FROM series WHERE id = ?').get(idOrAlias) !== undefined) return idOrAlias;
  const key = nameKey(idOrAlias);
  if (key === '') return null;
  const id = sql(db, 'SELECT series_id FROM series_keys WHERE key = ? ORDER BY series_id LIMIT 1').pluck().get(key);
  return (id as string | undefined) ?? null;
}
