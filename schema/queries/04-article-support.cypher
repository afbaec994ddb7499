// Everything one article supports: every meeting, participation and statement with evidence in it, and the span.
// Set the article id first, e.g. `:param articleId => 'seed-001'`. Returns paths; the Table view lists the spans in text order.
MATCH (article:Article {id: $articleId})
MATCH supported = (fact)-[evidence:EVIDENCED_BY]->(article)
OPTIONAL MATCH context = (fact)-[:IN|ABOUT]->(:Meeting)
RETURN supported, context, labels(fact)[0] AS fact, fact.id AS factId, evidence.start AS start, evidence.end AS end, evidence.text AS span
ORDER BY start;
