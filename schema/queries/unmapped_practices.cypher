// name: unmapped_practices
// description: Practices mapped to no mechanism, with their family, the reason and the cases naming them.
// param: family str = * — a family name to keep (* = every family)
MATCH (c:Case)-[:NAMES]->(p:Practice)-[:IN_FAMILY]->(f:MechanismFamily)
WHERE NOT (p)-[:INSTANCE_OF]->(:Mechanism) AND ($family = '*' OR f.name = $family)
WITH p, f, c ORDER BY c.id
RETURN p.name AS practice, f.name AS family, p.reason AS reason, collect(c.id) AS case_ids
ORDER BY family, practice
