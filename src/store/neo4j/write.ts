// The Neo4j write path: a batch of articles in one managed transaction, merged by the same rules as the embedded
// store. Under the writer lock: duplicate checks, validation (validate.ts) and reference checks decide which articles
// are written, in order, as if one by one; the stored facts are read once, merged in TypeScript (merge.ts), and
// written back with one UNWIND ... MERGE per statement kind, so a batch costs ~20 queries whatever its size.
import neo4j from 'neo4j-driver';
import type { ManagedTransaction } from 'neo4j-driver';
import type { ArticleDelta, Evidence, LocalizedName, SeriesFact } from '../../domain.js';
import { participationId } from '../../domain.js';
import type { ActorState, StatementFields } from '../merge.js';
import { actorKeys, compareText, mergeActor, mergePlace, mergeSeries, mergeStatement, seriesKeys } from '../merge.js';
import { deriveMeetings } from './claims.js';
import * as q from './queries.js';
import { toActorState, toPlace, toSeries, toStatementFields } from './records.js';
import type { Row } from './records.js';
import type { BatchOutcome, WriteOutcome } from '../port.js';
import type { SearchFolding } from '../search.js';
import type { Reference, ReferenceKind } from '../validate.js';
import { danglingReference, externalReferences, validateDelta } from '../validate.js';
import { AppError } from '../../errors.js';

type ArticleKey = { id: string; url: string | null; contentHash: string };

/** The stored article with the same id, else the same URL, else the same content hash. */
export async function findDuplicateIn(tx: ManagedTransaction, a: ArticleKey): Promise<string | null> {
  const result = await tx.run(q.FIND_DUPLICATE, { id: a.id, url: a.url, contentHash: a.contentHash });
  return (result.records[0]?.get('id') as string | null | undefined) ?? null;
}

/** One article: a batch of one, whose rejection is thrown rather than reported. */
export async function writeDeltaIn(
  tx: ManagedTransaction,
  delta: ArticleDelta,
  search: SearchFolding,
): Promise<WriteOutcome> {
  const [outcome] = await writeDeltasIn(tx, [delta], search);
  if (outcome === undefined) throw new AppError('INTERNAL', 'a batch of one answered nothing');
  if (outcome.status === 'rejected') throw outcome.error;
  return outcome;
}

/** Writes the batch's accepted articles and reports each article's outcome, in order. */
export async function writeDeltasIn(
  tx: ManagedTransaction,
  deltas: readonly ArticleDelta[],
  search: SearchFolding,
): Promise<BatchOutcome[]> {
  await tx.run(q.WRITE_LOCK);
  const outcomes = await admit(tx, deltas);
  const accepted = deltas.filter((_, i) => outcomes[i]?.status === 'written');
  if (accepted.length > 0) await writeFacts(tx, accepted, search);
  return outcomes;
}

/**
 * Decides each article's fate in order, as sequential writes would: a duplicate of a stored or earlier article adds
 * nothing; bad data, or a reference to an id neither stored nor defined by itself or an earlier accepted article,
 * rejects it alone.
 */
async function admit(tx: ManagedTransaction, deltas: readonly ArticleDelta[]): Promise<BatchOutcome[]> {
  const stored = await findDuplicatesIn(
    tx,
    deltas.map((d) => d.article),
  );
  const refs = deltas.map((d) => safeReferences(d));
  const existing = await existingIds(
    tx,
    refs.flatMap((r) => (Array.isArray(r) ? r : [])),
  );
  const seen = { id: new Map<string, string>(), url: new Map<string, string>(), hash: new Map<string, string>() };
  return deltas.map((delta, i): BatchOutcome => {
    const a = delta.article;
    const dup =
      stored[i] ??
      seen.id.get(a.id) ??
      (a.url === null ? undefined : seen.url.get(a.url)) ??
      seen.hash.get(a.contentHash);
    if (dup !== undefined) return { status: 'duplicate', articleId: a.id, existingId: dup };
    const r = refs[i];
    if (r === undefined || r instanceof Error) {
      return { status: 'rejected', articleId: a.id, error: r ?? new AppError('INTERNAL', 'no references') };
    }
    const missing = r.find((ref) => !existing.has(`${ref.kind}|${ref.id}`));
    if (missing) return { status: 'rejected', articleId: a.id, error: danglingReference(a.id, missing) };
    seen.id.set(a.id, a.id);
    if (a.url !== null) seen.url.set(a.url, a.id);
    seen.hash.set(a.contentHash, a.id);
    for (const [kind, list] of definedIds(delta)) for (const id of list) existing.add(`${kind}|${id}`);
    return { status: 'written', articleId: a.id };
  });
}

/** The delta's external references once it validates, else the validation error. */
function safeReferences(delta: ArticleDelta): Reference[] | AppError {
  try {
    validateDelta(delta);
    return externalReferences(delta);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
}

function definedIds(d: ArticleDelta): [ReferenceKind, string[]][] {
  return [
    ['actors', d.actors.map((x) => x.id)],
    ['series', d.series.map((x) => x.id)],
    ['places', d.places.map((x) => x.id)],
    ['meetings', d.meetings.map((x) => x.id)],
    ['articles', [d.article.id]],
  ];
}

async function findDuplicatesIn(tx: ManagedTransaction, articles: readonly ArticleKey[]): Promise<(string | null)[]> {
  const rows = articles.map((a, i) => ({ i: neo4j.int(i), id: a.id, url: a.url, contentHash: a.contentHash }));
  const result = await tx.run(q.FIND_DUPLICATES, { rows });
  const found = new Map(result.records.map((r) => [Number(r.get('i')), r.get('id') as string | null] as const));
  return articles.map((_, i) => found.get(i) ?? null);
}

/** Which of the referenced ids are stored, as "kind|id" keys. */
async function existingIds(tx: ManagedTransaction, refs: readonly Reference[]): Promise<Set<string>> {
  if (refs.length === 0) return new Set();
  const kinds: ReferenceKind[] = ['actors', 'series', 'places', 'meetings', 'articles'];
  const lists = Object.fromEntries(
    kinds.map((k) => [k, [...new Set(refs.filter((r) => r.kind === k).map((r) => r.id))]]),
  );
  const record = (await tx.run(q.EXISTING_IDS, lists)).records[0];
  return new Set(kinds.flatMap((k) => ((record?.get(k) as string[] | undefined) ?? []).map((id) => `${k}|${id}`)));
}

async function writeFacts(
  tx: ManagedTransaction,
  deltas: readonly ArticleDelta[],
  search: SearchFolding,
): Promise<void> {
  const all = <T>(pick: (d: ArticleDelta) => readonly T[]): T[] => deltas.flatMap(pick);
  await tx.run(q.CREATE_ARTICLES, { rows: deltas.map((d) => ({ ...d.article })) });

  // Facts with the same id merge in order, exactly as sequential upserts would: stored value first, then each delta.
  const storedSeries = await readStored(tx, q.GET_SERIES, ids(all((d) => d.series)), toSeries);
  const storedActors = await readStored(tx, q.GET_ACTORS, ids(all((d) => d.actors)), toActorState);
  const storedPlaces = await readStored(tx, q.GET_PLACES, ids(all((d) => d.places)), toPlace);
  const storedStatements = await readStored(tx, q.GET_STATEMENTS, ids(all((d) => d.statements)), toStatementFields);
  const series = new Map<string, SeriesFact>();
  const actors = new Map<string, ActorState>();
  const places = new Map<string, ReturnType<typeof mergePlace>>();
  const statements = new Map<string, StatementFields>();
  for (const { article, ...d } of deltas) {
    for (const f of d.series) series.set(f.id, mergeSeries(series.get(f.id) ?? storedSeries.get(f.id) ?? null, f));
    for (const f of d.actors) {
      actors.set(f.id, mergeActor(actors.get(f.id) ?? storedActors.get(f.id) ?? null, f, article));
    }
    for (const f of d.places) places.set(f.id, mergePlace(places.get(f.id) ?? storedPlaces.get(f.id) ?? null, f));
    for (const f of d.statements) {
      const before = statements.get(f.id) ?? storedStatements.get(f.id) ?? null;
      statements.set(f.id, mergeStatement(before, f, article.id));
    }
  }

  // Most articles repeat what is stored: unchanged series, actors and places are not rewritten (nor re-indexed).
  const seriesRows = changed(series, storedSeries);
  const actorRows = changed(actors, storedActors);
  const placeRows = changed(places, storedPlaces);
  const { meetings: meetingRows, claims } = await deriveMeetings(tx, deltas);
  await runRows(tx, q.MERGE_SERIES, seriesRows);
  await runRows(
    tx,
    q.MERGE_ACTORS,
    actorRows.map((a) => ({ ...a, ...nameLists(a.names) })),
  );
  await runRows(
    tx,
    q.MERGE_PLACES,
    placeRows.map((p) => ({ ...p, ...nameLists(p.names) })),
  );
  await runRows(
    tx,
    q.MERGE_MEETINGS,
    meetingRows.map((m) => ({ ...m, round: integerOrNull(m.round), claimCount: neo4j.int(m.claimCount) })),
  );
  await runRows(
    tx,
    q.CREATE_MEETING_CLAIMS,
    lastPerPair(claims).map((c) => ({ ...c, round: integerOrNull(c.round) })),
  );

  await runRows(tx, q.LINK_AFFILIATIONS, actorRows);
  await runRows(tx, q.LINK_PLACE_COUNTRIES, placeRows);
  await runRows(
    tx,
    q.LINK_MEETINGS,
    meetingRows.map((m) => ({ id: m.id, seriesId: m.seriesId, placeId: m.placeId })),
  );
  const seriesKeyRows = keyChanges(seriesRows, storedSeries, seriesKeys);
  const actorKeyRows = keyChanges(actorRows, storedActors, actorKeys);
  await runRows(tx, q.MERGE_SERIES_KEYS, seriesKeyRows);
  await runRows(tx, q.MERGE_ACTOR_KEYS, actorKeyRows);
  const dropped = [...new Set([...seriesKeyRows, ...actorKeyRows].flatMap((r) => r.remove))];
  if (dropped.length > 0) await tx.run(q.DROP_ORPHAN_KEYS, { keys: dropped });

  const participations = all((d) => d.participations).map((p) => ({ ...p, id: participationId(p) }));
  await runRows(tx, q.MERGE_PARTICIPATIONS, leastRepresentation(participations));
  await runRows(
    tx,
    q.MERGE_STATEMENTS,
    [...statements.values()].map((s) => ({ ...s, searchText: search.text(s.text) })),
  );

  const created = new Set(deltas.map((d) => d.article.id));
  await writeEvidence(
    tx,
    created,
    q.NEW_EVIDENCE_MEETINGS,
    q.EVIDENCE_MEETINGS,
    all((d) => d.meetings),
  );
  await writeEvidence(tx, created, q.NEW_EVIDENCE_PARTICIPATIONS, q.EVIDENCE_PARTICIPATIONS, participations);
  await writeEvidence(
    tx,
    created,
    q.NEW_EVIDENCE_STATEMENTS,
    q.EVIDENCE_STATEMENTS,
    all((d) => d.statements),
  );
}

/**
 * The owners' evidence spans: those in an article this batch created with CREATE (none can be stored yet), any other
 * (a span in a stored article, which the port allows) with MERGE.
 */
async function writeEvidence(
  tx: ManagedTransaction,
  created: ReadonlySet<string>,
  createQuery: string,
  mergeQuery: string,
  owners: readonly { id: string; evidence: readonly Evidence[] }[],
): Promise<void> {
  const rows = evidenceRows(owners);
  await runRows(tx, createQuery, byArticleAndOwner(rows.filter((r) => created.has(r.articleId))));
  await runRows(
    tx,
    mergeQuery,
    rows.filter((r) => !created.has(r.articleId)),
  );
}

/** Spans nested per article, then per owner (the shape of the NEW_EVIDENCE_* rows), in their first order. */
function byArticleAndOwner(
  rows: readonly EvidenceRow[],
): { articleId: string; owners: { id: string; spans: object[] }[] }[] {
  const articles = new Map<string, Map<string, object[]>>();
  for (const { ownerId, articleId, ...span } of rows) {
    let owners = articles.get(articleId);
    if (owners === undefined) articles.set(articleId, (owners = new Map<string, object[]>()));
    const spans = owners.get(ownerId);
    if (spans === undefined) owners.set(ownerId, [span]);
    else spans.push(span);
  }
  return [...articles].map(([articleId, owners]) => ({
    articleId,
    owners: [...owners].map(([id, spans]) => ({ id, spans })),
  }));
}

/** The last claim of each (meeting, article) pair, as MERGE then SET one after the other would leave it. */
function lastPerPair<T extends { id: string; articleId: string }>(claims: readonly T[]): T[] {
  return [...new Map(claims.map((c) => [JSON.stringify([c.id, c.articleId]), c] as const)).values()];
}

/** An UNWIND statement over `rows`; none at all when there is no row (a round trip saved). */
async function runRows(tx: ManagedTransaction, query: string, rows: readonly object[]): Promise<void> {
  if (rows.length > 0) await tx.run(query, { rows });
}

/** The merged facts that differ from their stored state (new ones included), compared field by field. */
function changed<T extends { id: string }>(merged: ReadonlyMap<string, T>, stored: ReadonlyMap<string, T>): T[] {
  return [...merged.values()].filter((x) => {
    const before = stored.get(x.id);
    return before === undefined || !sameFields(before, x);
  });
}

function sameFields<T extends object>(a: T, b: T): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof T)[]);
  return [...keys].every((k) => JSON.stringify(a[k] ?? null) === JSON.stringify(b[k] ?? null));
}

/** Name keys to add and to remove per owner: keys an owner kept are not touched (merged, not rewritten). */
function keyChanges<T extends { id: string }>(
  merged: readonly T[],
  stored: ReadonlyMap<string, T>,
  keysOf: (x: T) => string[],
): { id: string; add: string[]; remove: string[] }[] {
  return merged
    .map((x) => {
      const before = stored.get(x.id);
      const old = new Set(before ? keysOf(before) : []);
      const now = new Set(keysOf(x));
      return { id: x.id, add: [...now].filter((k) => !old.has(k)), remove: [...old].filter((k) => !now.has(k)) };
    })
    .filter((r) => r.add.length > 0 || r.remove.length > 0);
}

/** One row per participation: the smallest non-null representation of the batch (Cypher compares it with the stored). */
function leastRepresentation<T extends { id: string; representingId: string | null }>(rows: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const r of rows) {
    const seen = byId.get(r.id);
    const better =
      r.representingId !== null &&
      (seen?.representingId == null || compareText(r.representingId, seen.representingId) < 0);
    if (seen === undefined || better) byId.set(r.id, r);
  }
  return [...byId.values()];
}

async function readStored<T extends { id: string }>(
  tx: ManagedTransaction,
  query: string,
  keys: string[],
  map: (row: Row) => T,
): Promise<Map<string, T>> {
  if (keys.length === 0) return new Map();
  const result = await tx.run(query, { ids: keys });
  return new Map(result.records.map((r) => map(r.get('record') as Row)).map((x) => [x.id, x] as const));
}

function ids(facts: readonly { id: string }[]): string[] {
  return [...new Set(facts.map((f) => f.id))];
}

/** Localized names as two parallel lists: a Neo4j property cannot hold maps. */
function nameLists(names: readonly LocalizedName[]): { nameLangs: string[]; nameValues: string[] } {
  return { nameLangs: names.map((n) => n.lang), nameValues: names.map((n) => n.value) };
}

function integerOrNull(n: number | null): ReturnType<typeof neo4j.int> | null {
  return n === null ? null : neo4j.int(n);
}

/** One row per distinct span (first text kept), so that MERGE never races itself inside one UNWIND. */
type EvidenceRow = Record<string, unknown> & { ownerId: string; articleId: string };

function evidenceRows(owners: readonly { id: string; evidence: readonly Evidence[] }[]): EvidenceRow[] {
  const rows = new Map<string, EvidenceRow>();
  for (const o of owners) {
    for (const e of o.evidence) {
      const key = JSON.stringify([o.id, e.articleId, e.start, e.end]);
      if (rows.has(key)) continue;
      rows.set(key, {
        ownerId: o.id,
        articleId: e.articleId,
        text: e.text,
        start: neo4j.int(e.start),
        end: neo4j.int(e.end),
        // Every span carries the property (false in the text), so that reads never name a key the database lacks.
        inTitle: e.inTitle === true,
      });
    }
  }
  return [...rows.values()];
}
