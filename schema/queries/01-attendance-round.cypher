// Who attended round $round of the series $series: each actor, its role (on the Participation node) and whom a person
// represented. Set the parameters first, e.g. `:param series => 'astana'` and `:param round => 20` (series ids:
// astana, constitutional-committee, geneva). Returns paths, so Neo4j Browser draws the round's neighbourhood.
MATCH (m:Meeting {round: $round})-[:PART_OF]->(:MeetingSeries {id: $series})
MATCH attended = (a:Actor)-[:TOOK_PART]->(p:Participation)-[:IN]->(m)
OPTIONAL MATCH represented = (p)-[:REPRESENTING]->(:Actor)
RETURN attended, represented;
