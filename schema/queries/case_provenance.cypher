// name: case_provenance
// description: A case with its award, edition, region chain, domain, mechanisms and every source span.
// param: case_id str — a case id (case/e2-excellent-30)
MATCH (c:Case {id: $case_id})
OPTIONAL MATCH (c)-[s:SOURCED_FROM]->(d:Document)
WITH c, collect({document: d.name, kind: s.kind, span_start: s.span_start, span_end: s.span_end}) AS sources
OPTIONAL MATCH (c)-[:LOCATED_IN]->(r:Region)
OPTIONAL MATCH path = (r)-[:PART_OF*0..2]->(top:Region)
WITH c, sources, r, path ORDER BY length(path) DESC
WITH c, sources, r, head(collect([n IN nodes(path) | n.name])) AS chain
OPTIONAL MATCH (c)-[:IN_DOMAIN]->(dm:OrgDomain)
OPTIONAL MATCH (c)-[u:USES]->(m:Mechanism)
WITH c, sources, chain, dm, m, u ORDER BY m.name
RETURN c.id AS case_id, c.subject AS subject, c.title AS title, c.edition AS edition, c.tier_label AS tier,
       c.rank AS rank, chain AS region_chain, dm.name AS domain,
       collect({mechanism: m.name, text: u.text, span_start: u.span_start, span_end: u.span_end}) AS mechanisms,
       sources
