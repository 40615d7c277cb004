// name: top_regions_per_edition
// description: Provinces that won the most awards in each edition of each competition, with best and excellent counts.
// param: limit int = 5 — provinces per edition
MATCH (c:Case)-[:AWARDED]->(a:Award)-[:OF_EDITION]->(e:Edition)
MATCH (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(p:Region {level: 'province'})
WITH e.competition AS competition, e.number AS edition, p.name AS province, count(c) AS awards,
     sum(CASE a.tier WHEN 'best' THEN 1 ELSE 0 END) AS best,
     sum(CASE a.tier WHEN 'excellent' THEN 1 ELSE 0 END) AS excellent
ORDER BY competition, edition, awards DESC, province
WITH competition, edition, collect({province: province, awards: awards, best: best, excellent: excellent})[0..$limit] AS top
UNWIND top AS t
RETURN competition, edition, t.province AS province, t.awards AS awards, t.best AS best, t.excellent AS excellent
ORDER BY competition, edition, awards DESC, province
