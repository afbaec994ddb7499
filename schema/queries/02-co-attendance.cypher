// Co-attendance network of states: two states are linked by the number of Astana rounds both attended (any role).
// A table (Community edition has no virtual relationships); strongest pairs first.
MATCH (a:State)-[:TOOK_PART]->(:Participation)-[:IN]->(m:Meeting)-[:PART_OF]->(:MeetingSeries {id: 'astana'})
MATCH (b:State)-[:TOOK_PART]->(:Participation)-[:IN]->(m)
WHERE a.id < b.id
WITH a, b, collect(DISTINCT m.round) AS rounds
RETURN a.name AS state, b.name AS other, size(rounds) AS roundsTogether, [r IN rounds WHERE r IS NOT NULL] AS roundNumbers
ORDER BY roundsTogether DESC, state, other;
