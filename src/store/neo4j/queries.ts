// Every Cypher statement the Neo4j adapter runs, as named constants: tests/store/explain.test.ts EXPLAINs each one.
// Rule: data travels only as parameters; fragments below are constants, never built from input. The record maps and
// the write path are built from the graph model (../cypher.ts); read patterns name its labels and types, which
// tests/store/model.test.ts checks against the model.
import type { EvidenceOwner, Label, Link } from '../cypher.js';
import {
  KIND_LABEL,
  LABEL,
  LINKS,
  PROPS,
  REL,
  linkedId,
  createEvidence,
  mergeEvidence,
  mergeNameKey,
  mergeNode,
  mergeRel,
  nodeById,
  setProps,
} from '../cypher.js';

// ---- projections: one map per record, the shape src/store/neo4j/records.ts reads ----
// Inner pattern variables carry a unique prefix so they never capture a variable of the enclosing query.

const EVIDENCE = (owner: string): string =>
  `[(${owner})-[ev_rel:${REL.evidence.type}]->(ev_article:${LABEL.article}) | ` +
  `{articleId: ev_article.id, text: ev_rel.text, start: ev_rel.start, end: ev_rel.end, inTitle: ev_rel.inTitle}]`;

/** `v {.id, .prop, ..., field: linked id, ...}`: a node's properties and its links read back as ids. */
const project = (v: string, props: readonly string[], links: readonly Link[] = []): string =>
  `${v} {${['.id', ...props.map((p) => `.${p}`), ...links.map((l) => linkedId(v, l, `${v}_${l.field}`))].join(', ')}}`;

/** Lists leave out an article's text and hash (the dump alone carries them). */
const ARTICLE_MAP = project('a', PROPS.Article.slice(0, PROPS.Article.indexOf('text')));
const SERIES_MAP = project('s', PROPS.MeetingSeries);
const ACTOR_MAP = project('a', PROPS.Actor, LINKS.Actor);
const PLACE_MAP = project('p', PROPS.Place, LINKS.Place);
const MEETING_MAP = project('m', PROPS.Meeting, LINKS.Meeting);
const PARTICIPATION_MAP = project('p', PROPS.Participation, LINKS.Participation);
/** `searchText` is the store's own folding of the text, not part of the record. */
const STATEMENT_MAP = project(
  's',
  PROPS.Statement.filter((p) => p !== 'searchText'),
  LINKS.Statement,
);
// The dump (export) alone carries every evidence span; other reads leave evidence to EVIDENCE_OF_*.
const withEvidence = (map: string, owner: string): string => `${map.slice(0, -1)}, evidence: ${EVIDENCE(owner)}}`;

/** The port's orders: meetings by (round, startDate, id), statements by (date, id), nulls last. */
const MEETING_ORDER = 'ORDER BY m.round IS NULL, m.round, m.startDate IS NULL, m.startDate, m.id';
const STATEMENT_ORDER = 'ORDER BY s.date IS NULL, s.date, s.id';

/**
 * The write path's statements keep their first plan: every lookup there is a unique-index seek whatever the graph's
 * size, while a graph growing from empty makes Neo4j replan each statement again and again (its statistics diverge
 * every batch), which cost more CPU than the writes themselves (measured: BENCHMARKS.md, ingest).
 */
const KEEP_PLAN = 'CYPHER replan=skip';

// ---- articles and duplicates ----

export const FIND_DUPLICATE = `
OPTIONAL MATCH (by_id:Article {id: $id})
OPTIONAL MATCH (by_url:Article {url: $url})
OPTIONAL MATCH (by_hash:Article {contentHash: $contentHash})
RETURN coalesce(by_id.id, by_url.id, by_hash.id) AS id`;

/** For each article of a batch ($rows: i, id, url, contentHash): the stored article it duplicates, if any. */
export const FIND_DUPLICATES = `${KEEP_PLAN} 
UNWIND $rows AS r
OPTIONAL MATCH (by_id:Article {id: r.id})
OPTIONAL MATCH (by_url:Article {url: r.url})
OPTIONAL MATCH (by_hash:Article {contentHash: r.contentHash})
WITH r, coalesce(by_id.id, by_url.id, by_hash.id) AS id WHERE id IS NOT NULL
RETURN DISTINCT r.i AS i, id`;

export const LIST_ARTICLES = `MATCH (a:Article) RETURN ${ARTICLE_MAP} AS record ORDER BY a.id LIMIT $first`;
export const DUMP_ARTICLES = `MATCH (a:Article) RETURN ${project('a', PROPS.Article)} AS record ORDER BY a.id`;
export const GET_ARTICLES = `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN ${ARTICLE_MAP} AS record`;

/** Articles with any evidence of the meeting or of a participation in it. */
export const SOURCES_BY_MEETINGS = `
MATCH (m:Meeting) WHERE m.id IN $ids
CALL (m) {
  MATCH (m)-[:EVIDENCED_BY]->(a:Article) RETURN a
  UNION
  MATCH (m)<-[:IN]-(:Participation)-[:EVIDENCED_BY]->(a:Article) RETURN a
}
RETURN DISTINCT m.id AS key, ${ARTICLE_MAP} AS record ORDER BY record.id`;

export const MEETINGS_BY_ARTICLES = `
MATCH (a:Article) WHERE a.id IN $ids
CALL (a) {
  MATCH (m:Meeting)-[:EVIDENCED_BY]->(a) RETURN m
  UNION
  MATCH (m:Meeting)<-[:IN]-(:Participation)-[:EVIDENCED_BY]->(a) RETURN m
}
RETURN a.id AS key, ${MEETING_MAP} AS record ${MEETING_ORDER}`;

// ---- series and actors ----

export const LIST_SERIES = `MATCH (s:MeetingSeries) RETURN ${SERIES_MAP} AS record ORDER BY s.id`;
export const GET_SERIES = `${KEEP_PLAN} UNWIND $ids AS id MATCH (s:MeetingSeries {id: id}) RETURN ${SERIES_MAP} AS record`;

/** The id itself when it is one, else every series known by the folded key. */
export const RESOLVE_SERIES = `
OPTIONAL MATCH (exact:MeetingSeries {id: $id})
OPTIONAL MATCH (:NameKey {key: $key})<-[:KNOWN_AS]-(named:MeetingSeries)
RETURN exact.id AS exact, collect(named.id) AS named`;

export const RESOLVE_ACTOR = `
OPTIONAL MATCH (exact:Actor {id: $id})
OPTIONAL MATCH (:NameKey {key: $key})<-[:KNOWN_AS]-(named:Actor)
RETURN exact.id AS exact, collect(DISTINCT named.id) AS named`;

export const GET_ACTORS = `${KEEP_PLAN} UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN ${ACTOR_MAP} AS record`;

/** $needle: a folded substring of any name key, or null for no name filter. */
export const LIST_ACTORS = `
MATCH (a:Actor)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($needle IS NULL OR EXISTS { MATCH (a)-[:KNOWN_AS]->(k:NameKey) WHERE k.key CONTAINS $needle })
RETURN ${ACTOR_MAP} AS record ORDER BY a.id LIMIT $first`;

export const GET_PLACES = `${KEEP_PLAN} UNWIND $ids AS id MATCH (p:Place {id: id}) RETURN ${PLACE_MAP} AS record`;
export const LIST_PLACES = `MATCH (p:Place) RETURN ${PLACE_MAP} AS record ORDER BY p.id`;

// ---- meetings ----

/** A meeting spans [startDate or endDate, endDate or startDate]; undated meetings never match a date range. */
const MEETING_FILTER = `
MATCH (m:Meeting)
WHERE ($seriesId IS NULL OR EXISTS { MATCH (m)-[:PART_OF]->(:MeetingSeries {id: $seriesId}) })
  AND ($round IS NULL OR m.round = $round)
  AND ($from IS NULL OR coalesce(m.endDate, m.startDate) >= $from)
  AND ($to IS NULL OR coalesce(m.startDate, m.endDate) <= $to)
  AND ($attendeeIds IS NULL OR EXISTS {
    MATCH (m)<-[:IN]-(:Participation)<-[:TOOK_PART]-(attendee:Actor) WHERE attendee.id IN $attendeeIds })`;

export const LIST_MEETINGS = `${MEETING_FILTER}
RETURN ${MEETING_MAP} AS record ${MEETING_ORDER} LIMIT $first`;

/**
 * LIST_MEETINGS with each meeting's participations, in one query and one row: what the attendance queries select
 * next, fetched with the meetings instead of in more round trips. The meeting and actor are the ones just matched,
 * so their ids need no second walk; when $actors, the attendees come once each, not once per participation.
 */
export const LIST_MEETINGS_WITH = `${MEETING_FILTER}
WITH m ${MEETING_ORDER} LIMIT $first
CALL (m) {
  OPTIONAL MATCH (a:Actor)-[:TOOK_PART]->(p:Participation)-[:IN]->(m)
  WITH a, p ORDER BY p.id
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE p {.id, .role, meetingId: m.id, actorId: a.id,
    ${linkedId('p', LINKS.Participation[2], 'p_representingId')}} END) AS parts, collect(a) AS attendees
}
WITH m, parts, attendees ${MEETING_ORDER}
WITH collect({record: ${MEETING_MAP}, parts: parts}) AS meetings, collect(attendees) AS attendees
CALL (attendees) {
  UNWIND attendees AS list
  UNWIND list AS a
  WITH DISTINCT a WHERE $actors
  RETURN collect(${ACTOR_MAP}) AS actors
}
RETURN meetings, actors`;

export const GET_MEETINGS = `UNWIND $ids AS id MATCH (m:Meeting {id: id}) RETURN ${MEETING_MAP} AS record`;

/** Every article's claim about each meeting (src/store/claims.ts), with the article's date for the tie-break. */
// Equal claims of a meeting come back as one, with their count and latest date (claims.ts `weight`): a meeting named
// by thousands of articles holds few distinct claims, and every batch that names it reads them again.
/**
 * Each meeting's tally of claims (claims.ts tallyClaims, one JSON string per group of equal claims) when it still
 * stands for every CLAIMED relationship the meeting has: the count is the node's degree, read without expanding the
 * claims, so the read costs the batch's meetings whatever the corpus. `tally` null: written by a version without
 * tallies, or claims added since (the backfill at open): read the claims themselves (GET_MEETING_CLAIMS).
 */
export const GET_MEETING_TALLIES = `${KEEP_PLAN}
UNWIND $ids AS id
MATCH (m:${LABEL.meeting} {id: id})
WITH id, m, COUNT { (m)-[:${REL.claimed.type}]->() } AS claims
RETURN id, CASE WHEN claims = 0 THEN [] WHEN m.claimCount = claims THEN m.claimTally ELSE null END AS tally`;

export const GET_MEETING_CLAIMS = `${KEEP_PLAN}
UNWIND $ids AS id
MATCH (m:Meeting {id: id})-[c:CLAIMED]->(a:Article)
WITH m.id AS id, c.name AS name, c.seriesId AS seriesId, c.round AS round, c.status AS status,
  c.startDate AS startDate, c.endDate AS endDate, c.windowStart AS windowStart, c.windowEnd AS windowEnd,
  c.placeId AS placeId, count(*) AS weight, max(a.publishedAt) AS publishedAt, min(a.id) AS articleId
RETURN {id: id, name: name, seriesId: seriesId, round: round, status: status, startDate: startDate, endDate: endDate,
  windowStart: windowStart, windowEnd: windowEnd, placeId: placeId, articleId: articleId, publishedAt: publishedAt,
  weight: weight} AS record`;
export const DUMP_MEETINGS = `MATCH (m:Meeting) RETURN ${withEvidence(MEETING_MAP, 'm')} AS record ORDER BY m.id`;

export const MEETINGS_BY_SERIES = `
MATCH (m:Meeting)-[:PART_OF]->(series:MeetingSeries) WHERE series.id IN $ids
RETURN series.id AS key, ${MEETING_MAP} AS record ${MEETING_ORDER}`;

// ---- participations ----

export const PARTICIPATIONS_BY_MEETINGS = `
MATCH (actor:Actor)-[:TOOK_PART]->(p:Participation)-[:IN]->(meeting:Meeting)
WHERE meeting.id IN $ids AND ($role IS NULL OR p.role = $role) AND ($kind IS NULL OR actor.kind = $kind)
RETURN meeting.id AS key, ${PARTICIPATION_MAP} AS record ORDER BY p.id`;

/** $limit: at most this many per actor (the subquery cuts each actor's list before projecting it). */
export const PARTICIPATIONS_BY_ACTORS = `
UNWIND $ids AS key
MATCH (actor:Actor {id: key})
CALL (actor) { MATCH (actor)-[:TOOK_PART]->(p:Participation) RETURN p ORDER BY p.id LIMIT $limit }
RETURN key, ${PARTICIPATION_MAP} AS record ORDER BY key, p.id`;

export const DUMP_PARTICIPATIONS = `MATCH (p:Participation) RETURN ${withEvidence(PARTICIPATION_MAP, 'p')} AS record ORDER BY p.id`;

// ---- statements ----

const STATEMENT_FILTER = `
WHERE ($speakerIds IS NULL OR speaker.id IN $speakerIds)
  AND ($meetingId IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(:Meeting {id: $meetingId}) })
  AND ($from IS NULL OR s.date >= $from)
  AND ($to IS NULL OR s.date <= $to)`;

export const LIST_STATEMENTS = `
MATCH (speaker:Actor)-[:SAID]->(s:Statement)
${STATEMENT_FILTER}
RETURN ${STATEMENT_MAP} AS record ${STATEMENT_ORDER} LIMIT $first`;

/** $query: Lucene terms of src/store/search.ts, each quoted, joined by AND, over the pre-folded `searchText`. */
export const SEARCH_STATEMENTS = `
CALL db.index.fulltext.queryNodes('statement_search', $query) YIELD node AS s
MATCH (speaker:Actor)-[:SAID]->(s)
${STATEMENT_FILTER}
RETURN ${STATEMENT_MAP} AS record ${STATEMENT_ORDER} LIMIT $first`;

/** Each owner's statements in the port's order, at most $limit each: a page reads the page, not the list. */
const statementsBy = (owner: string, pattern: string): string => `
UNWIND $ids AS key
MATCH (owner:${owner} {id: key})
CALL (owner) { MATCH ${pattern} RETURN s ${STATEMENT_ORDER} LIMIT $limit }
RETURN key, ${STATEMENT_MAP} AS record ORDER BY key, s.date IS NULL, s.date, s.id`;

export const STATEMENTS_BY_ACTORS = statementsBy('Actor', '(owner)-[:SAID]->(s:Statement)');
export const STATEMENTS_BY_MEETINGS = statementsBy('Meeting', '(s:Statement)-[:ABOUT]->(owner)');
export const STATEMENTS_BY_ARTICLES = statementsBy('Article', '(s:Statement)-[:IN_ARTICLE]->(owner)');

/** Evidence of each owner, sorted by (article, start, end), at most $limit each; one per label (no label params). */
const evidenceOf = (owner: string): string => `
UNWIND $ids AS key
MATCH (owner:${owner} {id: key})
CALL (owner) {
  MATCH (owner)-[e:EVIDENCED_BY]->(a:Article)
  RETURN a.id AS articleId, e.text AS text, e.start AS start, e.end AS end, e.inTitle AS inTitle
    ORDER BY articleId, start, end LIMIT $limit
}
RETURN key, {articleId: articleId, text: text, start: start, end: end, inTitle: inTitle} AS record`;

export const EVIDENCE_OF_MEETINGS = evidenceOf('Meeting');
export const EVIDENCE_OF_PARTICIPATIONS = evidenceOf('Participation');
export const EVIDENCE_OF_STATEMENTS = evidenceOf('Statement');

/** Per-key counts: each a degree or a short pattern count, never a list read. */
const countOf = (owner: string, pattern: string): string => `
UNWIND $ids AS key
MATCH (owner:${owner} {id: key})
RETURN key, ${pattern} AS n`;

export const COUNT_PARTICIPATIONS_BY_MEETING = countOf('Meeting', 'COUNT { (owner)<-[:IN]-(:Participation) }');
export const COUNT_PARTICIPATIONS_BY_ACTOR = countOf('Actor', 'COUNT { (owner)-[:TOOK_PART]->(:Participation) }');
export const COUNT_STATEMENTS_BY_MEETING = countOf('Meeting', 'COUNT { (owner)<-[:ABOUT]-(:Statement) }');
export const COUNT_STATEMENTS_BY_ACTOR = countOf('Actor', 'COUNT { (owner)-[:SAID]->(:Statement) }');
export const COUNT_MEETINGS_BY_SERIES = countOf('MeetingSeries', 'COUNT { (owner)<-[:PART_OF]-(:Meeting) }');
export const COUNT_SOURCES_BY_MEETING = `
UNWIND $ids AS key
MATCH (owner:Meeting {id: key})
CALL (owner) {
  MATCH (owner)-[:EVIDENCED_BY]->(a:Article) RETURN a
  UNION
  MATCH (owner)<-[:IN]-(:Participation)-[:EVIDENCED_BY]->(a:Article) RETURN a
}
RETURN key, count(DISTINCT a) AS n`;

export const GET_STATEMENTS = `${KEEP_PLAN} UNWIND $ids AS id MATCH (s:Statement {id: id}) RETURN ${STATEMENT_MAP} AS record`;
export const DUMP_STATEMENTS = `MATCH (s:Statement) RETURN ${withEvidence(STATEMENT_MAP, 's')} AS record ORDER BY s.id`;

// ---- whole graph ----

export const COUNTS = `
RETURN COUNT { MATCH (:Article) } AS articles, COUNT { MATCH (:Actor) } AS actors,
  COUNT { MATCH (:MeetingSeries) } AS series, COUNT { MATCH (:Place) } AS places,
  COUNT { MATCH (:Meeting) } AS meetings, COUNT { MATCH (:Participation) } AS participations,
  COUNT { MATCH (:Statement) } AS statements`;

/** Whether clear() may wipe: the test marker, and how much else the database holds. */
export const TEST_MARKER = `
OPTIONAL MATCH (meta:DiplographMeta {id: 'diplograph'})
RETURN meta.testDatabase = true AS marked, COUNT { MATCH (n) WHERE NOT n:DiplographMeta } AS nodes`;

/** Deletes in batches so a large test graph does not need one huge transaction state. */
export const CLEAR_BATCH = `
MATCH (n) WHERE NOT n:DiplographMeta
WITH n LIMIT 5000
DETACH DELETE n
RETURN count(*) AS deleted`;

export const MARK_TEST_DATABASE = `
MERGE (meta:DiplographMeta {id: 'diplograph'})
SET meta.testDatabase = true`;

// ---- the write path: one managed transaction per batch runs these in order (src/store/neo4j/write.ts) ----

/**
 * Taken first by every article write: the node's write lock serializes writers, so reading the stored facts,
 * merging them in TypeScript (src/store/merge.ts, shared with the embedded store) and writing back is safe.
 */
export const WRITE_LOCK = `${KEEP_PLAN} 
MERGE (meta:DiplographMeta {id: 'diplograph'})
ON CREATE SET meta.testDatabase = false
SET meta.writes = coalesce(meta.writes, 0) + 1`;

/** Which of the referenced ids exist already (each list: ids the delta refers to but does not define). */
export const EXISTING_IDS = `${KEEP_PLAN} 
CALL () { UNWIND $actors AS id MATCH (n:Actor {id: id}) RETURN collect(n.id) AS actors }
CALL () { UNWIND $series AS id MATCH (n:MeetingSeries {id: id}) RETURN collect(n.id) AS series }
CALL () { UNWIND $places AS id MATCH (n:Place {id: id}) RETURN collect(n.id) AS places }
CALL () { UNWIND $meetings AS id MATCH (n:Meeting {id: id}) RETURN collect(n.id) AS meetings }
CALL () { UNWIND $articles AS id MATCH (n:Article {id: id}) RETURN collect(n.id) AS articles }
RETURN actors, series, places, meetings, articles`;

export const CREATE_ARTICLES = `${KEEP_PLAN} 
UNWIND $rows AS r
CREATE (a:${LABEL.article} {id: r.id, publishedAt: r.publishedAt, language: r.language, text: r.text, contentHash: r.contentHash})
SET a.url = r.url, a.title = r.title, a.source = r.source`;

export const MERGE_SERIES = `${KEEP_PLAN} 
UNWIND $rows AS r
${mergeNode('s', LABEL.series, 'r.id')}
SET ${setProps('s', LABEL.series, 'r')}`;

/** Kind labels come from a fixed CASE, never from data. */
export const MERGE_ACTORS = `${KEEP_PLAN} 
UNWIND $rows AS r
${mergeNode('a', LABEL.actor, 'r.id')}
SET ${setProps('a', LABEL.actor, 'r')}
REMOVE a:${Object.values(KIND_LABEL).join(':')}
${Object.entries(KIND_LABEL)
  .map(([kind, label]) => `FOREACH (_ IN CASE WHEN r.kind = '${kind}' THEN [1] ELSE [] END | SET a:${label})`)
  .join('\n')}`;

export const MERGE_PLACES = `${KEEP_PLAN} 
UNWIND $rows AS r
${mergeNode('p', LABEL.place, 'r.id')}
SET ${setProps('p', LABEL.place, 'r')}`;

/** With the meeting's tally of claims and how many claims it stands for (GET_MEETING_TALLIES). */
export const MERGE_MEETINGS = `${KEEP_PLAN} 
UNWIND $rows AS r
${mergeNode('m', LABEL.meeting, 'r.id')}
SET ${setProps('m', LABEL.meeting, 'r')}, m.claimTally = r.claimTally, m.claimCount = r.claimCount`;

/**
 * One claim per (meeting, article). The batch's claims are those of its own articles, created by the same
 * transaction (duplicates are never written), so no claim can exist yet: CREATE, not MERGE, which would expand the
 * meeting's or the article's relationships to look for one (write.ts passes one row per pair).
 */
export const CREATE_MEETING_CLAIMS = `${KEEP_PLAN} 
UNWIND $rows AS r
MATCH ${nodeById('m', LABEL.meeting, 'r.id')}
MATCH ${nodeById('a', LABEL.article, 'r.articleId')}
CREATE (m)-[c:${REL.claimed.type}]->(a)
SET c.name = r.name, c.seriesId = r.seriesId, c.round = r.round, c.status = r.status, c.startDate = r.startDate,
  c.endDate = r.endDate, c.windowStart = r.windowStart, c.windowEnd = r.windowEnd, c.placeId = r.placeId`;

/**
 * Databases written before meeting claims existed (5d76a44) hold meetings and their evidence but no CLAIMED
 * relationships: each article with evidence for a meeting gets the claim of the fields stored for that meeting, so
 * the next write derives the meeting from every report, not its own alone. Only missing claims are written, so it is
 * a no-op on a database written with claims and safe to run at every open (the embedded store's v1 -> v2 migration).
 * A meeting given claims here loses its tally (GET_MEETING_TALLIES): its next write reads its claims themselves.
 */
export const BACKFILL_MEETING_CLAIMS = `
MATCH (m:${LABEL.meeting})-[:${REL.evidence.type}]->(a:${LABEL.article})
WHERE NOT EXISTS { (m)-[:${REL.claimed.type}]->(a) }
WITH DISTINCT m, a
OPTIONAL MATCH (m)-[:${REL.series.type}]->(series:${LABEL.series})
OPTIONAL MATCH (m)-[:${REL.location.type}]->(place:${LABEL.place})
MERGE (m)-[c:${REL.claimed.type}]->(a)
SET c.name = m.name, c.seriesId = series.id, c.round = m.round, c.status = m.status, c.startDate = m.startDate,
  c.endDate = m.endDate, c.windowStart = m.windowStart, c.windowEnd = m.windowEnd, c.placeId = place.id
REMOVE m.claimTally, m.claimCount
RETURN count(c) AS claims`;

// Links are written after every node of the delta exists: a fact may name an id defined later in the same delta.
// Each replaces the link with the merged value (merge.ts decides; a stored link only ever gains a target).

/** The record's one link of this kind, replaced by the row's (none when the row's field is null). */
const replaceLink = (label: Label, link: Link): string => `${KEEP_PLAN}
UNWIND $rows AS r
MATCH ${nodeById('n', label, 'r.id')}
OPTIONAL MATCH (n)-[old:${link.rel.type}]->()
DELETE old
WITH DISTINCT n, r WHERE r.${link.field} IS NOT NULL
MATCH ${nodeById('target', link.rel.to, `r.${link.field}`)}
${mergeRel('n', link.rel, 'target')}`;

export const LINK_AFFILIATIONS = replaceLink(LABEL.actor, LINKS.Actor[0]);
export const LINK_PLACE_COUNTRIES = replaceLink(LABEL.place, LINKS.Place[0]);

/** A meeting's series and place, replaced together; a row's id that names no node links nothing. */
export const LINK_MEETINGS = `${KEEP_PLAN} 
UNWIND $rows AS r
MATCH ${nodeById('m', LABEL.meeting, 'r.id')}
OPTIONAL MATCH (m)-[old:${LINKS.Meeting.map((l) => l.rel.type).join('|')}]->()
DELETE old
WITH DISTINCT m, r
${LINKS.Meeting.map((l) => `OPTIONAL MATCH ${nodeById(l.field, l.rel.to, `r.${l.field}`)}`).join('\n')}
${LINKS.Meeting.map((l) => `FOREACH (x IN CASE WHEN ${l.field} IS NULL THEN [] ELSE [${l.field}] END | ${mergeRel('m', l.rel, 'x')})`).join('\n')}`;

/** Merges the folded names an actor or series is known by ($rows: id, add, remove); NameKey nodes are shared. */
const mergeKeys = (owner: Label): string => `${KEEP_PLAN}
UNWIND $rows AS r
MATCH ${nodeById('n', owner, 'r.id')}
CALL (n, r) { UNWIND r.remove AS key MATCH (n)-[old:${REL.knownAs.type}]->(:${LABEL.nameKey} {key: key}) DELETE old }
CALL (n, r) { UNWIND r.add AS key ${mergeNameKey('k', 'key')} ${mergeRel('n', REL.knownAs, 'k')} }`;

export const MERGE_ACTOR_KEYS = mergeKeys(LABEL.actor);
export const MERGE_SERIES_KEYS = mergeKeys(LABEL.series);

/** Keys nothing is known by any more (a display name that was replaced) go away. */
export const DROP_ORPHAN_KEYS = `${KEEP_PLAN} 
UNWIND $keys AS key
MATCH (k:${LABEL.nameKey} {key: key}) WHERE NOT EXISTS { MATCH (k)<-[:${REL.knownAs.type}]-() }
DELETE k`;

/** Representation: the smallest non-null id any report gives, as in the embedded store (order cannot matter). */
export const MERGE_PARTICIPATIONS = `${KEEP_PLAN} 
UNWIND $rows AS r
MATCH ${nodeById('m', LABEL.meeting, 'r.meetingId')}
MATCH ${nodeById('a', LABEL.actor, 'r.actorId')}
${mergeNode('p', LABEL.participation, 'r.id')}
ON CREATE SET ${setProps('p', LABEL.participation, 'r')}
${mergeRel('a', REL.tookPart, 'p')}
${mergeRel('p', REL.in, 'm')}
WITH p, r WHERE r.representingId IS NOT NULL
OPTIONAL MATCH (p)-[old:${REL.representing.type}]->(was:${LABEL.actor})
WITH p, r, old, was WHERE was IS NULL OR r.representingId < was.id
DELETE old
WITH DISTINCT p, r
MATCH ${nodeById('x', LABEL.actor, 'r.representingId')}
${mergeRel('p', REL.representing, 'x')}`;

export const MERGE_STATEMENTS = `${KEEP_PLAN} 
UNWIND $rows AS r
MATCH ${nodeById('speaker', LABEL.actor, 'r.speakerId')}
MATCH ${nodeById('a', LABEL.article, 'r.articleId')}
${mergeNode('s', LABEL.statement, 'r.id')}
SET ${setProps('s', LABEL.statement, 'r')}
${mergeRel('speaker', REL.said, 's')}
${mergeRel('s', REL.inArticle, 'a')}
WITH s, r
OPTIONAL MATCH (s)-[old:${REL.about.type}]->()
DELETE old
WITH DISTINCT s, r
OPTIONAL MATCH ${nodeById('m', LABEL.meeting, 'r.meetingId')}
FOREACH (x IN CASE WHEN m IS NULL THEN [] ELSE [m] END | ${mergeRel('s', REL.about, 'x')})`;

// One per owner label: a label cannot be a parameter. An identical span (same article and offsets) is kept once.
function evidenceRows(label: EvidenceOwner): string {
  return `${KEEP_PLAN}
UNWIND $rows AS r
MATCH ${nodeById('n', label, 'r.ownerId')}
MATCH ${nodeById('a', LABEL.article, 'r.articleId')}
${mergeEvidence('n', 'a', 'r.start', 'r.end')}
ON CREATE SET e.text = r.text, e.inTitle = r.inTitle`;
}

/**
 * Spans in an article the same batch created: none can be stored yet, so they are created without MERGE's look for
 * an equal one (write.ts passes each distinct span once). Per span that look expanded the owner's or the article's
 * relationships; it was the largest query of a synthetic batch (~40% of the write's query time). $rows: one per
 * article, its owners each with their spans, so each article and owner is looked up once, not once per span.
 */
function newEvidenceRows(label: EvidenceOwner): string {
  return `${KEEP_PLAN}
UNWIND $rows AS r
MATCH ${nodeById('a', LABEL.article, 'r.articleId')}
UNWIND r.owners AS o
MATCH ${nodeById('n', label, 'o.id')}
UNWIND o.spans AS s
${createEvidence('n', 'a', 's.start', 's.end')}
SET e.text = s.text, e.inTitle = s.inTitle`;
}

export const EVIDENCE_MEETINGS = evidenceRows(LABEL.meeting);
export const EVIDENCE_PARTICIPATIONS = evidenceRows(LABEL.participation);
export const EVIDENCE_STATEMENTS = evidenceRows(LABEL.statement);
export const NEW_EVIDENCE_MEETINGS = newEvidenceRows(LABEL.meeting);
export const NEW_EVIDENCE_PARTICIPATIONS = newEvidenceRows(LABEL.participation);
export const NEW_EVIDENCE_STATEMENTS = newEvidenceRows(LABEL.statement);

/** After the schema is applied on open: full-text indexes fill asynchronously. */
export const AWAIT_INDEXES = 'CALL db.awaitIndexes($seconds)';
