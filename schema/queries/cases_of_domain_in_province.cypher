// name: cases_of_domain_in_province
// description: Cases of one organisation domain in one province.
// param: domain str — 农村, 城市社区, 非公企业, 国有企业, 机关, 高校, 事业单位, 兵团, 区域综合
// param: province str — province name (山东省)
MATCH (p:Region {level: 'province', name: $province})
MATCH (c:Case)-[:LOCATED_IN]->(r:Region)-[:PART_OF*0..2]->(p)
MATCH (c)-[:IN_DOMAIN]->(:OrgDomain {name: $domain})
RETURN c.id AS case_id, c.edition AS edition, c.tier_label AS tier, c.rank AS rank, r.name AS region,
       c.subject AS subject, c.title AS title
ORDER BY edition, case_id
