// name: mechanism_spread
// description: Where a mechanism (or every mechanism of a family) spread: cases by province and edition.
// param: mechanism str — canonical name, alias or family name (公推直选, 网格化管理, 基层民主与选举)
MATCH (m:Mechanism)
WHERE m.name = $mechanism OR $mechanism IN coalesce(m.aliases, [])
   OR EXISTS { MATCH (m)-[:BROADER]->(f:MechanismFamily) WHERE f.name = $mechanism OR f.en = $mechanism }
MATCH (c:Case)-[:USES]->(m)
OPTIONAL MATCH (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(p:Region {level: 'province'})
WITH coalesce(p.name, '(no region)') AS province, c.competition AS competition, c.edition AS edition, c, m
ORDER BY c.id, m.name
RETURN competition, province, edition, count(DISTINCT c) AS cases, collect(DISTINCT c.id) AS case_ids,
       collect(DISTINCT m.name) AS mechanisms
ORDER BY competition, edition, province
