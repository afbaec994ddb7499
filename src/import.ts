// `diplograph import FILE`: a JSON Lines export (jsonlLines) written back into a store, so that export → import into
// an empty store reproduces the graph. Pure part: a dump cut into one ArticleDelta per article, written through the
// port like any ingested article (all-or-nothing per article, re-importing harmless).
import type { ArticleDelta, Evidence, MeetingFact, ParticipationFact, StatementFact } from './domain.js';
import { JSONL_TYPES } from './export.js';
import type { GraphDump } from './store/port.js';

/**
 * Each fact goes to the delta of every article that evidences it, carrying only that article's spans and the
 * dump's merged values (dates, status), so the store's merge gives back exactly the dumped fact in any order.
 * Actors, series and places travel with every delta that refers to them; ones no article refers to ride on the
 * first delta, so nothing of the dump is lost.
 */
export function dumpToDeltas(dump: GraphDump): ArticleDelta[] {
  const deltas = new Map<string, ArticleDelta>();
  for (const a of dump.articles) {
    const { text, contentHash, ...meta } = a;
    deltas.set(a.id, {
      article: { ...meta, text, contentHash },
      actors: [],
      series: [],
      places: [],
      meetings: [],
      participations: [],
      statements: [],
    });
  }
  const deltaOf = (articleId: string): ArticleDelta => {
    const d = deltas.get(articleId);
    if (!d) throw new Error(`the export names article "${articleId}" but holds no such article record`);
    return d;
  };
  const spread = <T extends { evidence: Evidence[] }>(fact: T, put: (d: ArticleDelta, f: T) => void): void => {
    for (const [articleId, evidence] of byArticle(fact.evidence)) put(deltaOf(articleId), { ...fact, evidence });
  };
  for (const m of dump.meetings) spread<MeetingFact>(m, (d, f) => d.meetings.push(f));
  for (const p of dump.participations) {
    const fact: ParticipationFact = {
      meetingId: p.meetingId,
      actorId: p.actorId,
      role: p.role,
      representingId: p.representingId,
      evidence: p.evidence,
    };
    spread<ParticipationFact>(fact, (d, f) => d.participations.push(f));
  }
  for (const s of dump.statements) {
    const { articleId, ...fact } = s;
    deltaOf(articleId).statements.push(fact satisfies StatementFact);
  }
  attachReferences(dump, [...deltas.values()]);
  return [...deltas.values()];
}

/** Adds to each delta the actors, series and places its facts point at (the store checks these references). */
function attachReferences(dump: GraphDump, deltas: ArticleDelta[]): void {
  const actors = new Map(dump.actors.map((a) => [a.id, a]));
  const meetings = new Map(dump.meetings.map((m) => [m.id, m]));
  const places = new Map(dump.places.map((p) => [p.id, p]));
  const series = new Map(dump.series.map((s) => [s.id, s]));
  const used = { actors: new Set<string>(), places: new Set<string>(), series: new Set<string>() };
  for (const d of deltas) {
    const actorIds = new Set<string>();
    const addActor = (id: string | null): void => {
      // An affiliation chain (person → state) is followed so that every referenced actor is present.
      for (let next = id; next !== null && !actorIds.has(next); next = actors.get(next)?.affiliationId ?? null) {
        actorIds.add(next);
      }
    };
    const meetingIds = new Set([
      ...d.meetings.map((m) => m.id),
      ...d.participations.map((p) => p.meetingId),
      ...d.statements.flatMap((s) => (s.meetingId === null ? [] : [s.meetingId])),
    ]);
    for (const p of d.participations) [p.actorId, p.representingId].forEach(addActor);
    for (const s of d.statements) addActor(s.speakerId);
    const placeIds = new Set<string>();
    const seriesIds = new Set<string>();
    for (const id of meetingIds) {
      const m = meetings.get(id);
      if (m?.placeId) placeIds.add(m.placeId);
      if (m?.seriesId) seriesIds.add(m.seriesId);
      // A meeting referred to without evidence from this article still has to exist when the article is written.
      if (m && !d.meetings.some((x) => x.id === id)) d.meetings.push({ ...m, evidence: [] });
    }
    for (const id of placeIds) addActor(places.get(id)?.countryId ?? null);
    d.actors.push(...pick(actors, actorIds, used.actors));
    d.places.push(...pick(places, placeIds, used.places));
    d.series.push(...pick(series, seriesIds, used.series));
  }
  const first = deltas[0];
  if (!first) return;
  const orphans = new Set(dump.actors.filter((a) => !used.actors.has(a.id)).map((a) => a.id));
  for (const id of [...orphans]) {
    for (
      let next = actors.get(id)?.affiliationId ?? null;
      next !== null;
      next = actors.get(next)?.affiliationId ?? null
    ) {
      if (orphans.has(next) || first.actors.some((a) => a.id === next)) break;
      orphans.add(next);
    }
  }
  first.actors.push(...pick(actors, orphans, used.actors));
  first.places.push(...dump.places.filter((p) => !used.places.has(p.id)));
  first.series.push(...dump.series.filter((s) => !used.series.has(s.id)));
}

function pick<T>(all: Map<string, T>, ids: Set<string>, used: Set<string>): T[] {
  const out: T[] = [];
  for (const id of ids) {
    const v = all.get(id);
    if (v === undefined) continue;
    used.add(id);
    out.push(v);
  }
  return out;
}

function byArticle(evidence: Evidence[]): Map<string, Evidence[]> {
  const out = new Map<string, Evidence[]>();
  for (const e of evidence) out.set(e.articleId, [...(out.get(e.articleId) ?? []), e]);
  return out;
}

/** A record of a diplograph export given to `ingest` instead of `import`: says so rather than "missing text". */
export function exportRecordType(input: unknown): string | null {
  if (typeof input !== 'object' || input === null) return null;
  const type = (input as { type?: unknown }).type;
  return typeof type === 'string' && type in JSONL_TYPES ? type : null;
}
