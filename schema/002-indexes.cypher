// Neo4j schema, part 2: range and text indexes behind the API's filters and orderings.
// Uniqueness constraints (001) already index every id, Article.url and Article.contentHash.

CREATE RANGE INDEX meeting_round IF NOT EXISTS FOR (n:Meeting) ON (n.round);
CREATE RANGE INDEX meeting_start_date IF NOT EXISTS FOR (n:Meeting) ON (n.startDate);
CREATE RANGE INDEX meeting_end_date IF NOT EXISTS FOR (n:Meeting) ON (n.endDate);
CREATE RANGE INDEX meeting_status IF NOT EXISTS FOR (n:Meeting) ON (n.status);
CREATE RANGE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);
CREATE RANGE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE RANGE INDEX participation_role IF NOT EXISTS FOR (n:Participation) ON (n.role);
CREATE RANGE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
// Substring search over folded names (listActors search): CONTAINS is what a text index serves.
CREATE TEXT INDEX name_key_text IF NOT EXISTS FOR (n:NameKey) ON (n.key);
// Evidence spans of an article's title (headline) rather than its text. Declaring the property also lets every query
// that reads it plan without an unknown-key warning on a database no title span has reached yet.
CREATE RANGE INDEX evidence_in_title IF NOT EXISTS FOR ()-[e:EVIDENCED_BY]-() ON (e.inTitle);
