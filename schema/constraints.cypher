// Constraints and indexes applied by kg load before any write (idempotent: IF NOT EXISTS).
// One uniqueness constraint on `id` for every node label of schema/graph.toml.
CREATE CONSTRAINT kg_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_case_id IF NOT EXISTS FOR (n:Case) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_award_id IF NOT EXISTS FOR (n:Award) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_edition_id IF NOT EXISTS FOR (n:Edition) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_orgdomain_id IF NOT EXISTS FOR (n:OrgDomain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_mechanism_id IF NOT EXISTS FOR (n:Mechanism) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_mechanismfamily_id IF NOT EXISTS FOR (n:MechanismFamily) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_competition_id IF NOT EXISTS FOR (n:Competition) REQUIRE n.id IS UNIQUE;
// Lookups the query library makes by value.
CREATE INDEX kg_region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
CREATE INDEX kg_mechanism_name IF NOT EXISTS FOR (n:Mechanism) ON (n.name);
CREATE INDEX kg_case_edition IF NOT EXISTS FOR (n:Case) ON (n.edition);
CREATE INDEX kg_case_competition IF NOT EXISTS FOR (n:Case) ON (n.competition);
