// name: mechanisms_of_province
// description: Mechanisms used by cases of one province, with their families and cases.
// param: province str — province name as in the gazetteer (江苏省, 甘肃省, 内蒙古自治区)
MATCH (p:Region {level: 'province', name: $province})
MATCH (c:Case)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(p)
MATCH (c)-[:USES]->(m:Mechanism)
OPTIONAL MATCH (m)-[:BROADER]->(f:MechanismFamily)
WITH m, c, f ORDER BY c.id
RETURN m.name AS mechanism, collect(DISTINCT f.name) AS families, count(DISTINCT c) AS cases,
       collect(DISTINCT c.id) AS case_ids
ORDER BY cases DESC, mechanism
