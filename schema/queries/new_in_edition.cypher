// name: new_in_edition
// description: Mechanisms that first appear in edition N (no case of an earlier edition uses them).
// param: edition int = 2 — the edition number
MATCH (c:Case {edition: $edition})-[:USES]->(m:Mechanism)
WHERE NOT EXISTS { MATCH (m)<-[:USES]-(e:Case) WHERE e.edition < $edition }
WITH m, c ORDER BY c.id
RETURN m.name AS mechanism, coalesce(m.discovered, false) AS discovered, count(c) AS cases, collect(c.id) AS case_ids
ORDER BY cases DESC, mechanism
