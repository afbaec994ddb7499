// Neo4j schema, part 1: uniqueness on every merge key. Applied idempotently by src/store/neo4j-schema.ts on open.
// Statements end with ";" at the end of a line; "//" lines are comments. Community edition features only.
//
// The graph model (see schema/model.md for the picture):
//   (:Actor:State|:Organization|:Person {id, kind, name, nameLang, nameLangs, nameValues, aliases, iso3, title, titleDate})
//   (:MeetingSeries {id, name, aliases})
//   (:Meeting {id, name, round, status, startDate, endDate, windowStart, windowEnd})
//   (:Place {id, name, nameLangs, nameValues})
//   (:Article {id, url, title, source, publishedAt, language, text, contentHash})
//   (:Participation {id, role})            -- id "<meetingId>|<actorId>|<role>"; a node so evidence can hang off it
//   (:Statement {id, kind, text, date, language, searchText})
//   (:NameKey {key})                        -- a folded name (src/names.ts nameKey) that actors and series are known by
//   (:DiplographMeta {id: 'diplograph', testDatabase})  -- serializes writers; marks a database tests may wipe
//
//   (:Person)-[:AFFILIATED_WITH]->(:Actor)
//   (:Actor)-[:TOOK_PART]->(:Participation)-[:IN]->(:Meeting)
//   (:Participation)-[:REPRESENTING]->(:Actor)
//   (:Meeting)-[:PART_OF]->(:MeetingSeries)      (:Meeting)-[:LOCATED_IN]->(:Place)-[:IN_COUNTRY]->(:Actor)
//   (:Actor)-[:SAID]->(:Statement)-[:ABOUT]->(:Meeting)      (:Statement)-[:IN_ARTICLE]->(:Article)
//   (:Meeting|:Participation|:Statement)-[:EVIDENCED_BY {start, end, text}]->(:Article)
//   (:Actor|:MeetingSeries)-[:KNOWN_AS]->(:NameKey)
//
// Dates are ISO strings ("2023-06-21"): they compare and sort as text exactly as in the embedded store.
// Localized names are two parallel lists (nameLangs[i], nameValues[i]) because a property cannot hold maps.
// Evidence is a relationship to its article; its identity is (owner, article, start, end), kept unique by the
// writer (MERGE under the DiplographMeta lock), since Community cannot constrain relationships.

CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_series_id IF NOT EXISTS FOR (n:MeetingSeries) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_url IF NOT EXISTS FOR (n:Article) REQUIRE n.url IS UNIQUE;
CREATE CONSTRAINT article_content_hash IF NOT EXISTS FOR (n:Article) REQUIRE n.contentHash IS UNIQUE;
CREATE CONSTRAINT participation_id IF NOT EXISTS FOR (n:Participation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:NameKey) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT diplograph_meta_id IF NOT EXISTS FOR (n:DiplographMeta) REQUIRE n.id IS UNIQUE;
