// Who attended round $round of the Astana talks: each actor, its role (on the Participation node) and whom a person represented.
// Set the parameter first, e.g. `:param round => 20`. Returns paths, so Neo4j Browser draws the round's neighbourhood.
MATCH (m:Meeting {round: $round})-[:PART_OF]->(:MeetingSeries {id: 'astana'})
MATCH attended = (a:Actor)-[:TOOK_PART]->(p:Participation)-[:IN]->(m)
OPTIONAL MATCH represented = (p)-[:REPRESENTING]->(:Actor)
RETURN attended, represented;
