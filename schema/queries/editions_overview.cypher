// name: editions_overview
// description: Per competition and edition: cases, awards by tier, provinces, mechanisms and narratives.
MATCH (k:Competition)<-[:OF_COMPETITION]-(e:Edition)<-[:IN_EDITION]-(c:Case)
OPTIONAL MATCH (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(p:Region {level: 'province'})
OPTIONAL MATCH (c)-[:USES]->(m:Mechanism)
RETURN k.name AS competition, e.number AS edition, e.name AS name, e.year AS year, count(DISTINCT c) AS cases,
       count(DISTINCT CASE WHEN c.tier = 'best' THEN c END) AS best,
       count(DISTINCT CASE WHEN c.tier = 'excellent' THEN c END) AS excellent,
       count(DISTINCT CASE WHEN c.kind CONTAINS 'narrative' THEN c END) AS with_narrative,
       count(DISTINCT p) AS provinces, count(DISTINCT m) AS mechanisms
ORDER BY competition, edition, year
