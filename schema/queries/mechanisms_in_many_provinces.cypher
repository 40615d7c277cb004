// name: mechanisms_in_many_provinces
// description: Mechanisms that appear (themselves or through a narrower mechanism) in at least N provinces, with the provinces and editions.
// param: min_provinces int = 2 — the least number of provinces
MATCH (c:Case)-[:USES]->(:Mechanism)-[:HAS_BROADER*0..3]->(m:Mechanism)
MATCH (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(p:Region {level: 'province'})
WITH m, p, c ORDER BY p.name, c.edition
WITH m, collect(DISTINCT p.name) AS provinces, collect(DISTINCT c.edition) AS editions, count(DISTINCT c) AS cases
WHERE size(provinces) >= $min_provinces
RETURN m.name AS mechanism, size(provinces) AS n_provinces, provinces, editions, cases
ORDER BY n_provinces DESC, mechanism
