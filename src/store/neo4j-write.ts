// The Neo4j write path: one article in one managed transaction, merged by the same rules as the embedded store.
// Under the writer lock: duplicate check, validation (validate.ts), stored facts read, merged in TypeScript
// (merge.ts), written back with UNWIND ... MERGE. Both steps are the embedded store's own rules.
import neo4j from 'neo4j-driver';
import type { ManagedTransaction } from 'neo4j-driver';
import type { ArticleDelta, Evidence, LocalizedName, SeriesFact } from '../domain.js';
import { participationId } from '../domain.js';
import type { ActorState, MeetingFields, StatementFields } from './merge.js';
import { actorKeys, mergeActor, mergeMeeting, mergePlace, mergeSeries, mergeStatement, seriesKeys } from './merge.js';
import * as q from './neo4j-queries.js';
import { toActorState, toMeetingFields, toPlace, toSeries, toStatementFields } from './neo4j-records.js';
import type { Row } from './neo4j-records.js';
import type { WriteOutcome } from './port.js';
import { searchText } from './search.js';
import type { ReferenceKind } from './validate.js';
import { danglingReference, externalReferences, validateDelta } from './validate.js';

type ArticleKey = { id: string; url: string | null; contentHash: string };

/** The stored article with the same id, else the same URL, else the same content hash. */
export async function findDuplicateIn(tx: ManagedTransaction, a: ArticleKey): Promise<string | null> {
  const result = await tx.run(q.FIND_DUPLICATE, { id: a.id, url: a.url, contentHash: a.contentHash });
  return (result.records[0]?.get('id') as string | null | undefined) ?? null;
}

export async function writeDeltaIn(tx: ManagedTransaction, delta: ArticleDelta): Promise<WriteOutcome> {
  await tx.run(q.WRITE_LOCK);
  const existing = await findDuplicateIn(tx, delta.article);
  if (existing !== null) return { status: 'duplicate', articleId: delta.article.id, existingId: existing };
  validateDelta(delta);
  await checkReferences(tx, delta);
  await writeFacts(tx, delta);
  return { status: 'written', articleId: delta.article.id };
}

async function writeFacts(tx: ManagedTransaction, delta: ArticleDelta): Promise<void> {
  const { article } = delta;
  await tx.run(q.CREATE_ARTICLE, { ...article });

  // Facts with the same id inside one delta merge in order, exactly as sequential upserts would.
  const series = new Map<string, SeriesFact>();
  const storedSeries = await readStored(tx, q.GET_SERIES, ids(delta.series), toSeries);
  for (const f of delta.series) series.set(f.id, mergeSeries(series.get(f.id) ?? storedSeries.get(f.id) ?? null, f));

  const actors = new Map<string, ActorState>();
  const storedActors = await readStored(tx, q.GET_ACTORS, ids(delta.actors), toActorState);
  for (const f of delta.actors)
    actors.set(f.id, mergeActor(actors.get(f.id) ?? storedActors.get(f.id) ?? null, f, article));

  const places = new Map<string, ReturnType<typeof mergePlace>>();
  const storedPlaces = await readStored(tx, q.GET_PLACES, ids(delta.places), toPlace);
  for (const f of delta.places) places.set(f.id, mergePlace(places.get(f.id) ?? storedPlaces.get(f.id) ?? null, f));

  const meetings = new Map<string, MeetingFields>();
  const storedMeetings = await readStored(tx, q.GET_MEETINGS, ids(delta.meetings), toMeetingFields);
  for (const f of delta.meetings) {
    meetings.set(f.id, mergeMeeting(meetings.get(f.id) ?? storedMeetings.get(f.id) ?? null, f));
  }

  const statements = new Map<string, StatementFields>();
  const storedStatements = await readStored(tx, q.GET_STATEMENTS, ids(delta.statements), toStatementFields);
  for (const f of delta.statements) {
    statements.set(f.id, mergeStatement(statements.get(f.id) ?? storedStatements.get(f.id) ?? null, f, article.id));
  }

  const seriesRows = [...series.values()];
  const actorRows = [...actors.values()];
  const placeRows = [...places.values()];
  const meetingRows = [...meetings.values()];
  await tx.run(q.MERGE_SERIES, { rows: seriesRows });
  await tx.run(q.MERGE_ACTORS, { rows: actorRows.map((a) => ({ ...a, ...nameLists(a.names) })) });
  await tx.run(q.MERGE_PLACES, { rows: placeRows.map((p) => ({ ...p, ...nameLists(p.names) })) });
  await tx.run(q.MERGE_MEETINGS, { rows: meetingRows.map((m) => ({ ...m, round: integerOrNull(m.round) })) });

  await tx.run(q.LINK_AFFILIATIONS, { rows: actorRows });
  await tx.run(q.LINK_PLACE_COUNTRIES, { rows: placeRows });
  await tx.run(q.LINK_MEETINGS, { rows: meetingRows });
  await tx.run(q.REPLACE_SERIES_KEYS, { rows: seriesRows.map((s) => ({ id: s.id, keys: seriesKeys(s) })) });
  await tx.run(q.REPLACE_ACTOR_KEYS, { rows: actorRows.map((a) => ({ id: a.id, keys: actorKeys(a) })) });
  const oldKeys = [...[...storedActors.values()].flatMap(actorKeys), ...[...storedSeries.values()].flatMap(seriesKeys)];
  if (oldKeys.length > 0) await tx.run(q.DROP_ORPHAN_KEYS, { keys: [...new Set(oldKeys)] });

  const participations = delta.participations.map((p) => ({ ...p, id: participationId(p) }));
  await tx.run(q.MERGE_PARTICIPATIONS, { rows: participations });
  await tx.run(q.MERGE_STATEMENTS, {
    rows: [...statements.values()].map((s) => ({ ...s, searchText: searchText(s.text) })),
  });

  await tx.run(q.EVIDENCE_MEETINGS, { rows: evidenceRows(delta.meetings) });
  await tx.run(q.EVIDENCE_PARTICIPATIONS, { rows: evidenceRows(participations) });
  await tx.run(q.EVIDENCE_STATEMENTS, { rows: evidenceRows(delta.statements) });
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

function evidenceRows(owners: readonly { id: string; evidence: readonly Evidence[] }[]): Record<string, unknown>[] {
  return owners.flatMap((o) =>
    o.evidence.map((e) => ({
      ownerId: o.id,
      articleId: e.articleId,
      text: e.text,
      start: neo4j.int(e.start),
      end: neo4j.int(e.end),
    })),
  );
}

/** Every id a delta refers to must be defined in the delta or stored already; names the first that is not. */
async function checkReferences(tx: ManagedTransaction, delta: ArticleDelta): Promise<void> {
  const refs = externalReferences(delta);
  if (refs.length === 0) return;
  const kinds: ReferenceKind[] = ['actors', 'series', 'places', 'meetings', 'articles'];
  const lists = Object.fromEntries(
    kinds.map((k) => [k, [...new Set(refs.filter((r) => r.kind === k).map((r) => r.id))]]),
  );
  const record = (await tx.run(q.EXISTING_IDS, lists)).records[0];
  const existing = new Set(
    kinds.flatMap((k) => ((record?.get(k) as string[] | undefined) ?? []).map((id) => `${k}|${id}`)),
  );
  const missing = refs.find((r) => !existing.has(`${r.kind}|${r.id}`));
  if (missing) throw danglingReference(delta.article.id, missing);
}
