// The embedded store's write path: merging each fact into what is stored. One article is all or nothing: a duplicate
// adds nothing, a dangling reference or a bad value rolls the whole article back. A batch is one transaction (one
// fsync) with each article in its own savepoint, so a rejected article is rolled back alone. Within a batch, the actor,
// series and place rows read or written are remembered (BatchMemo): the few actors that most articles name are read
// and parsed once per batch, not once per article.
import type {
  ActorFact,
  Article,
  ArticleDelta,
  Evidence,
  ParticipationFact,
  PlaceFact,
  SeriesFact,
  StatementFact,
} from '../../domain.js';
import { participationId } from '../../domain.js';
import type { BatchOutcome, WriteOutcome } from '../port.js';
import { actorKeys, mergeActor, mergePlace, mergeSeries, mergeStatement, seriesKeys } from '../merge.js';
import type { MeetingClaim } from '../claims.js';
import { claimsOf, deriveMeeting } from '../claims.js';
import { BatchMemo } from './memo.js';
import type { ActorRow, MeetingClaimRow, PlaceRow, SeriesRow, StatementRow } from './rows.js';
import type { ActorState } from '../merge.js';
import { toActorState, toMeetingClaim, toPlace, toSeries, toStatementFields } from './rows.js';
import type { SearchFolding } from '../search.js';
import { danglingReference, externalReferences, validateDelta } from '../validate.js';
import type { Db } from './sqlite.js';
import { sql, translate } from './sqlite.js';

type ArticleKey = { id: string; url: string | null; contentHash: string };

/** The stored article with the same id, else the same non-null URL, else the same content hash. */
export function findDuplicateIn(db: Db, a: ArticleKey): string | null {
  const byId = sql(db, 'SELECT id FROM articles WHERE id = ?').pluck().get(a.id) as string | undefined;
  if (byId !== undefined) return byId;
  if (a.url !== null) {
    const byUrl = sql(db, 'SELECT id FROM articles WHERE url = ?').pluck().get(a.url) as string | undefined;
    if (byUrl !== undefined) return byUrl;
  }
  const byHash = sql(db, 'SELECT id FROM articles WHERE content_hash = ?').pluck().get(a.contentHash) as
    string | undefined;
  return byHash ?? null;
}

export function writeDelta(db: Db, delta: ArticleDelta, search: SearchFolding): WriteOutcome {
  try {
    return db
      .transaction((): WriteOutcome => {
        const touched = new Set<string>();
        const outcome = writeIn(db, delta, touched, new BatchMemo(), search);
        deriveMeetings(db, touched);
        return outcome;
      })
      .immediate();
  } catch (e) {
    throw translate(e, `writing article ${delta.article.id}`);
  }
}

/**
 * Many articles in one transaction (group commit); a rejected one spoils nothing else. Rejections are rare, and a
 * savepoint per article is not free (SQLite copies every page an article changes into its sub-journal first: about
 * 30 pages of 4 KB per synthetic article, a third of the write's CPU), so the batch is first written without them.
 * When an article fails there, that whole transaction is rolled back and the batch is written again with a savepoint
 * per article, which rejects the culprit alone: the same outcomes and the same graph either way.
 */
export function writeDeltas(db: Db, deltas: readonly ArticleDelta[], search: SearchFolding): BatchOutcome[] {
  const outcomes = writeAllOrNone(db, deltas, search);
  return outcomes ?? writeEachInSavepoint(db, deltas, search);
}

/** The batch in one transaction without savepoints, or null (nothing written) when any article fails to write. */
function writeAllOrNone(db: Db, deltas: readonly ArticleDelta[], search: SearchFolding): BatchOutcome[] | null {
  const touched = new Set<string>();
  const memo = new BatchMemo();
  try {
    return db
      .transaction((): BatchOutcome[] => {
        const outcomes = deltas.map((delta): BatchOutcome => writeIn(db, delta, touched, memo, search));
        deriveMeetings(db, touched);
        return outcomes;
      })
      .immediate();
  } catch (e) {
    const error = translate(e, `writing ${deltas.length} articles`);
    // Bad data is sorted out article by article; anything else (a busy store, a full disk) fails the batch as it is.
    if (error.code !== 'BAD_USER_INPUT' && error.code !== 'INVALID_ARTICLE') throw error;
    return null;
  }
}

/** The batch in one transaction, each article in a savepoint: a rejected one is rolled back alone. */
function writeEachInSavepoint(db: Db, deltas: readonly ArticleDelta[], search: SearchFolding): BatchOutcome[] {
  const touched = new Set<string>();
  const memo = new BatchMemo();
  const writeOne = db.transaction((delta: ArticleDelta): WriteOutcome => writeIn(db, delta, touched, memo, search));
  try {
    return db
      .transaction((): BatchOutcome[] => {
        const outcomes = deltas.map((delta): BatchOutcome => {
          memo.begin();
          try {
            const outcome = writeOne(delta);
            memo.commit();
            return outcome;
          } catch (e) {
            // The article's savepoint is rolled back: so is what the memo learnt from it.
            memo.rollback();
            const error = translate(e, `writing article ${delta.article.id}`);
            if (error.code !== 'BAD_USER_INPUT' && error.code !== 'INVALID_ARTICLE') throw error;
            return { status: 'rejected', articleId: delta.article.id, error };
          }
        });
        deriveMeetings(db, touched);
        return outcomes;
      })
      .immediate();
  } catch (e) {
    const error = translate(e, `writing ${deltas.length} articles`);
    // A batch that fails at commit (a deferred check) is retried one article at a time, so only the culprit fails.
    if (error.code !== 'BAD_USER_INPUT' || deltas.length === 1) throw error;
    return deltas.map((delta) => {
      try {
        return writeDelta(db, delta, search);
      } catch (one) {
        const e1 = translate(one, `writing article ${delta.article.id}`);
        if (e1.code !== 'BAD_USER_INPUT') throw e1;
        return { status: 'rejected', articleId: delta.article.id, error: e1 };
      }
    });
  }
}

/** One article inside the caller's transaction; the meetings whose claims it changed are added to `touched`. */
function writeIn(
  db: Db,
  delta: ArticleDelta,
  touched: Set<string>,
  memo: BatchMemo,
  search: SearchFolding,
): WriteOutcome {
  const existing = findDuplicateIn(db, delta.article);
  if (existing !== null) return { status: 'duplicate', articleId: delta.article.id, existingId: existing };
  validateDelta(delta);
  checkReferences(db, delta, memo);
  writeFacts(db, delta, touched, memo, search);
  return { status: 'written', articleId: delta.article.id };
}

/** Each kind of fact in the order that lets later ones refer to earlier ones (deferred keys allow any order). */
function writeFacts(db: Db, delta: ArticleDelta, touched: Set<string>, memo: BatchMemo, search: SearchFolding): void {
  writeArticleRow(db, delta.article);
  for (const fact of delta.series) writeSeries(db, fact, memo);
  for (const fact of delta.actors) writeActor(db, fact, delta.article, memo);
  for (const fact of delta.places) writePlace(db, fact, memo);
  writeMeetings(db, delta, touched);
  for (const fact of delta.participations) writeParticipation(db, fact);
  for (const fact of delta.statements) writeStatement(db, fact, delta.article.id, search);
}

function writeArticleRow(db: Db, article: Article): void {
  sql(
    db,
    `INSERT INTO articles (id, url, title, source, published_at, language, text, content_hash)
     VALUES (@id, @url, @title, @source, @publishedAt, @language, @text, @contentHash)`,
  ).run(article);
}

function writeSeries(db: Db, fact: SeriesFact, memo: BatchMemo): void {
  const known = memo.get<SeriesRow, SeriesFact>('series', fact.id, (id) => {
    const row = sql(db, 'SELECT * FROM series WHERE id = ?').get(id) as SeriesRow | undefined;
    return row && { row, state: toSeries(row) };
  });
  const stored = known?.row;
  const s = mergeSeries(known ? known.state : null, fact);
  const row = { id: s.id, name: s.name, aliases: listJson(s.aliases) };
  // Most articles repeat what is stored: an unchanged row is not rewritten, its name keys not refolded.
  if (stored !== undefined && sameRow(stored, row)) return;
  memo.set('series', s.id, { row, state: s });
  sql(
    db,
    `INSERT INTO series (id, name, aliases) VALUES (@id, @name, @aliases)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, aliases = excluded.aliases`,
  ).run(row);
  replaceKeys(db, 'series_keys', 'series_id', s.id, seriesKeys(s));
}

/** The JSON of each merged list serialized so far (merge.ts hands back the stored list when a fact adds nothing). */
const listJsons = new WeakMap<readonly unknown[], string>();

/** A merged list's JSON column, serialized once per list: lists are never changed after they are merged. */
function listJson(list: readonly unknown[]): string {
  let json = listJsons.get(list);
  if (json === undefined) {
    json = JSON.stringify(list);
    listJsons.set(list, json);
  }
  return json;
}

/** Whether every column of `row` equals the stored row's. */
function sameRow<T extends object>(stored: T, row: Partial<T>): boolean {
  return (Object.keys(row) as (keyof T)[]).every((k) => stored[k] === row[k]);
}

function writeActor(db: Db, fact: ActorFact, article: Article, memo: BatchMemo): void {
  const known = memo.get<ActorRow, ActorState>('actors', fact.id, (id) => {
    const row = sql(db, 'SELECT * FROM actors WHERE id = ?').get(id) as ActorRow | undefined;
    return row && { row, state: toActorState(row) };
  });
  const stored = known?.row;
  const a = mergeActor(known ? known.state : null, fact, article);
  const row: ActorRow = {
    id: a.id,
    kind: a.kind,
    name: a.name,
    name_lang: a.nameLang,
    names: listJson(a.names),
    aliases: listJson(a.aliases),
    iso3: a.iso3,
    title: a.title,
    title_date: a.titleDate,
    affiliation_id: a.affiliationId,
  };
  if (stored !== undefined && sameRow(stored, row)) return;
  memo.set('actors', a.id, { row, state: a });
  sql(
    db,
    `INSERT INTO actors (id, kind, name, name_lang, names, aliases, iso3, title, title_date, affiliation_id)
     VALUES (@id, @kind, @name, @name_lang, @names, @aliases, @iso3, @title, @title_date, @affiliation_id)
     ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, name_lang = excluded.name_lang,
       names = excluded.names, aliases = excluded.aliases, iso3 = excluded.iso3, title = excluded.title,
       title_date = excluded.title_date, affiliation_id = excluded.affiliation_id`,
  ).run(row);
  // The keys fold the name, the names and the aliases: a new title alone leaves them as they are.
  const { name, names, aliases } = row;
  if (stored === undefined || !sameRow(stored, { name, names, aliases })) {
    replaceKeys(db, 'actor_keys', 'actor_id', a.id, actorKeys(a));
  }
}

function writePlace(db: Db, fact: PlaceFact, memo: BatchMemo): void {
  const known = memo.get<PlaceRow, PlaceFact>('places', fact.id, (id) => {
    const row = sql(db, 'SELECT * FROM places WHERE id = ?').get(id) as PlaceRow | undefined;
    return row && { row, state: toPlace(row) };
  });
  const stored = known?.row;
  const p = mergePlace(known ? known.state : null, fact);
  const row: PlaceRow = { id: p.id, name: p.name, names: listJson(p.names), country_id: p.countryId };
  if (stored !== undefined && sameRow(stored, row)) return;
  memo.set('places', p.id, { row, state: p });
  sql(
    db,
    `INSERT INTO places (id, name, names, country_id) VALUES (@id, @name, @names, @country_id)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, names = excluded.names, country_id = excluded.country_id`,
  ).run(row);
}

/**
 * Stores the article's claim about each meeting (replacing its own earlier one); the meeting row is re-derived from
 * all its claims once per transaction (deriveMeetings), not once per article. Until then a new meeting's row holds
 * this first claim, so that later articles of the batch may refer to it.
 */
function writeMeetings(db: Db, delta: ArticleDelta, touched: Set<string>): void {
  for (const claim of claimsOf(delta.meetings, delta.article)) {
    sql(
      db,
      `INSERT INTO meeting_claims (meeting_id, article_id, name, series_id, round, status, start_date, end_date,
         window_start, window_end, place_id)
       VALUES (@id, @articleId, @name, @seriesId, @round, @status, @startDate, @endDate, @windowStart, @windowEnd,
         @placeId)
       ON CONFLICT (meeting_id, article_id) DO UPDATE SET name = excluded.name, series_id = excluded.series_id,
         round = excluded.round, status = excluded.status, start_date = excluded.start_date,
         end_date = excluded.end_date, window_start = excluded.window_start, window_end = excluded.window_end,
         place_id = excluded.place_id`,
    ).run(claim);
    sql(
      db,
      `INSERT INTO meetings (id, name, series_id, round, status, start_date, end_date, window_start, window_end, place_id)
       VALUES (@id, @name, @seriesId, @round, @status, @startDate, @endDate, @windowStart, @windowEnd, @placeId)
       ON CONFLICT (id) DO NOTHING`,
    ).run(deriveMeeting(claim.id, [claim]));
    touched.add(claim.id);
  }
  for (const fact of delta.meetings) addEvidence(db, 'meeting_evidence', 'meeting_id', fact.id, fact.evidence);
}

/** Re-derives each meeting from every claim stored for it (a meeting whose claims were all rolled back is left). */
function deriveMeetings(db: Db, ids: Iterable<string>): void {
  for (const id of ids) {
    const claims = storedClaims(db, id);
    if (claims.length === 0) continue;
    sql(
      db,
      `UPDATE meetings SET name = @name, series_id = @seriesId, round = @round, status = @status,
         start_date = @startDate, end_date = @endDate, window_start = @windowStart, window_end = @windowEnd,
         place_id = @placeId
       WHERE id = @id`,
    ).run(deriveMeeting(id, claims));
  }
}

/**
 * A meeting's claims, equal ones read as one with their count and latest date (claims.ts `weight`): a meeting named
 * by thousands of articles holds few distinct claims, and every batch that names it reads them all again.
 */
function storedClaims(db: Db, meetingId: string): MeetingClaim[] {
  const rows = sql(
    db,
    `SELECT c.meeting_id, min(c.article_id) AS article_id, c.name, c.series_id, c.round, c.status, c.start_date,
       c.end_date, c.window_start, c.window_end, c.place_id, max(a.published_at) AS published_at, count(*) AS weight
     FROM meeting_claims c JOIN articles a ON a.id = c.article_id WHERE c.meeting_id = ?
     GROUP BY c.name, c.series_id, c.round, c.status, c.start_date, c.end_date, c.window_start, c.window_end,
       c.place_id`,
  ).all(meetingId) as (MeetingClaimRow & { weight: number })[];
  return rows.map((r) => ({ ...toMeetingClaim(r), weight: r.weight }));
}

function writeParticipation(db: Db, fact: ParticipationFact): void {
  const id = participationId(fact);
  // Representation: the smallest id any report gives, so that the order of reports does not matter.
  sql(
    db,
    `INSERT INTO participations (id, meeting_id, actor_id, role, representing_id) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET representing_id = CASE
       WHEN representing_id IS NULL OR excluded.representing_id < representing_id
       THEN coalesce(excluded.representing_id, representing_id) ELSE representing_id END`,
  ).run(id, fact.meetingId, fact.actorId, fact.role, fact.representingId);
  addEvidence(db, 'participation_evidence', 'participation_id', id, fact.evidence);
}

function writeStatement(db: Db, fact: StatementFact, articleId: string, search: SearchFolding): void {
  const stored = sql(db, 'SELECT * FROM statements WHERE id = ?').get(fact.id) as StatementRow | undefined;
  const s = mergeStatement(stored ? toStatementFields(stored) : null, fact, articleId);
  if (stored === undefined) {
    const { lastInsertRowid } = sql(
      db,
      `INSERT INTO statements (id, speaker_id, kind, text, date, meeting_id, language, article_id)
         VALUES (@id, @speakerId, @kind, @text, @date, @meetingId, @language, @articleId)`,
    ).run(s);
    sql(db, 'INSERT INTO statements_fts (rowid, body) VALUES (?, ?)').run(lastInsertRowid, search.text(s.text));
  } else {
    sql(db, 'UPDATE statements SET date = ?, meeting_id = ? WHERE id = ?').run(s.date, s.meetingId, s.id);
  }
  addEvidence(db, 'statement_evidence', 'statement_id', s.id, fact.evidence);
}

/** Merges the folded names an owner is known by: keys it kept are left alone, new ones added, dropped ones removed. */
function replaceKeys(db: Db, table: string, owner: string, id: string, keys: readonly string[]): void {
  const list = JSON.stringify(keys);
  sql(db, `DELETE FROM ${table} WHERE ${owner} = ? AND key NOT IN (SELECT value FROM json_each(?))`).run(id, list);
  const insert = sql(db, `INSERT INTO ${table} (key, ${owner}) VALUES (?, ?) ON CONFLICT DO NOTHING`);
  for (const key of keys) insert.run(key, id);
}

function addEvidence(db: Db, table: string, owner: string, id: string, evidence: readonly Evidence[]): void {
  // Only an identical span is skipped; any other constraint (a bad offset) still fails the article.
  const insert = sql(
    db,
    `INSERT INTO ${table} (${owner}, article_id, span_start, span_end, text, in_title) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (${owner}, article_id, span_start, span_end) DO NOTHING`,
  );
  for (const e of evidence) insert.run(id, e.articleId, e.start, e.end, e.text, e.inTitle ? 1 : 0);
}

/** Every id a delta refers to must be defined in the delta or stored already; names the first that is not. */
function checkReferences(db: Db, delta: ArticleDelta, memo: BatchMemo): void {
  for (const ref of externalReferences(delta)) {
    if (memo.holds(ref.kind, ref.id)) continue;
    if (sql(db, `SELECT 1 FROM ${ref.kind} WHERE id = ?`).get(ref.id) === undefined) {
      throw danglingReference(delta.article.id, ref);
    }
  }
}
