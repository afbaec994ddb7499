// Statements by a person, found by id or by part of any name or alias (case-insensitive), e.g. `:param name => 'Lavrentiev'`.
// Each statement with its date, the meeting it was about and the article (title, source, URL) it was read in.
MATCH (p:Person)
WHERE p.id = $name OR toLower(p.name) CONTAINS toLower($name) OR any(alias IN p.aliases WHERE toLower(alias) CONTAINS toLower($name))
MATCH (p)-[:SAID]->(s:Statement)-[:IN_ARTICLE]->(article:Article)
OPTIONAL MATCH (s)-[:ABOUT]->(m:Meeting)
RETURN p.name AS speaker, s.date AS date, s.kind AS kind, s.text AS text, m.name AS meeting,
       article.title AS title, article.source AS source, article.url AS url
ORDER BY date, text;
