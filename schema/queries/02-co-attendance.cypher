// Co-attendance of states in the series $series, as a table: each pair of states with how many numbered rounds both
// attended (any role) and which, in round order; strongest pairs first. Set `:param series => 'astana'` first.
// (A table, not a drawing: Community edition has no virtual relationships to draw pairs as edges.)
MATCH (a:State)-[:TOOK_PART]->(:Participation)-[:IN]->(m:Meeting)-[:PART_OF]->(:MeetingSeries {id: $series})
MATCH (b:State)-[:TOOK_PART]->(:Participation)-[:IN]->(m)
WHERE a.id < b.id AND m.round IS NOT NULL
WITH a, b, m.round AS round
ORDER BY round
WITH a, b, collect(DISTINCT round) AS rounds
RETURN a.name AS state, b.name AS other, size(rounds) AS roundsTogether, rounds
ORDER BY roundsTogether DESC, state, other;
