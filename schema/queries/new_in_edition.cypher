// name: new_in_edition
// description: Mechanisms that first appear in edition N of a competition (no case of an earlier edition of it uses them).
// param: edition int = 2 — the edition number
// param: competition str = 全国基层党建创新典型案例 — the competition's name (editions of different competitions are never compared)
MATCH (c:Case {edition: $edition, competition: $competition})-[:USES]->(m:Mechanism)
WHERE NOT EXISTS { MATCH (m)<-[:USES]-(e:Case {competition: $competition}) WHERE e.edition < $edition }
WITH m, c ORDER BY c.id
RETURN m.name AS mechanism, coalesce(m.discovered, false) AS discovered, count(c) AS cases, collect(c.id) AS case_ids
ORDER BY cases DESC, mechanism
