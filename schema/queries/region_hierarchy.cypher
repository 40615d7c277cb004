// name: region_hierarchy
// description: The regions under a province (prefectures and counties) with their cases.
// param: province str — province name (甘肃省)
MATCH (p:Region {level: 'province', name: $province})
MATCH (r:Region)-[:PART_OF*0..2]->(p)
OPTIONAL MATCH (r)-[:PART_OF]->(parent:Region)
OPTIONAL MATCH (c:Case)-[:LOCATED_IN]->(r)
WITH r, parent, c ORDER BY c.id
RETURN r.level AS level, r.code AS code, r.name AS name, parent.name AS parent,
       coalesce(r.historical, false) AS historical, r.current_name AS current_name, collect(c.id) AS cases
ORDER BY code
