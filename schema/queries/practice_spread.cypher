// name: practice_spread
// description: Where a named practice (exact name) or the practices of a mechanism (with its narrower mechanisms) spread, by province and edition.
// param: name str — a practice's name (五零工作法) or a mechanism's name (基层党校: 家庭党校, 流动党校 … included)
MATCH (p:Practice)
WHERE p.name = $name
   OR EXISTS { MATCH (p)-[:INSTANCE_OF]->(:Mechanism)-[:HAS_BROADER*0..3]->(m:Mechanism) WHERE m.name = $name }
MATCH (c:Case)-[:NAMES]->(p)
OPTIONAL MATCH (p)-[:INSTANCE_OF]->(m:Mechanism)
OPTIONAL MATCH (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(r:Region {level: 'province'})
WITH coalesce(r.name, '(no region)') AS province, c.edition AS edition, c, p, m
ORDER BY c.id, p.name
RETURN province, edition, count(DISTINCT c) AS cases, collect(DISTINCT c.id) AS case_ids,
       collect(DISTINCT p.name) AS practices, collect(DISTINCT m.name) AS mechanisms
ORDER BY edition, province
