// name: cases_sharing_mechanisms
// description: Cases that share mechanisms with a given case, most shared first.
// param: case_id str — a case id (case/e1-best-08)
MATCH (c:Case {id: $case_id})-[:USES]->(m:Mechanism)<-[:USES]-(o:Case)
WHERE o <> c
WITH o, m ORDER BY m.name
RETURN o.id AS case_id, o.subject AS subject, o.title AS title, o.edition AS edition,
       count(m) AS shared, collect(m.name) AS mechanisms
ORDER BY shared DESC, case_id
