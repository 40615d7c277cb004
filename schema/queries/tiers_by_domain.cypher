// name: tiers_by_domain
// description: Best versus excellent cases by organisation domain, per edition.
MATCH (c:Case)-[:AWARDED]->(a:Award)
MATCH (c)-[:IN_DOMAIN]->(d:OrgDomain)
RETURN d.name AS domain, d.order AS domain_order, a.edition AS edition,
       sum(CASE a.tier WHEN 'best' THEN 1 ELSE 0 END) AS best,
       sum(CASE a.tier WHEN 'excellent' THEN 1 ELSE 0 END) AS excellent,
       count(c) AS total
ORDER BY domain_order, edition
