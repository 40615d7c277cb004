"""`kg query` cannot read the host, reach the network, change data or run unbounded (issue 13, part 1).

The tokenizer-level allowlist is tested on its own (pure), then every disguise is run
through the CLI against a real Neo4j, proving that nothing was read from disk (a secret
file's marker never appears), nothing reached the network (a local HTTP server records
zero requests) and nothing changed (the database snapshot is identical).
"""

from __future__ import annotations


import pytest

from tests.http_recorder import recording_server
from click.testing import CliRunner

from kg.cli import main
from kg.errors import KgError
from kg.loaders.neo4j import load_queries, snapshot
from kg.query_guard import check, tokenize

SECRET = "kg-h13-secret-marker"

# (name, cypher with {file} / {http} placeholders, expected code)
DISGUISES = [
    ("file url", "LOAD CSV FROM '{file}' AS l FIELDTERMINATOR ':' RETURN l[0] LIMIT 3", "E520"),
    ("passwd", "LOAD CSV FROM 'file:///etc/passwd' AS l FIELDTERMINATOR ':' RETURN l[0] LIMIT 3", "E520"),
    ("environ", "LOAD CSV FROM 'file:///proc/self/environ' AS l RETURN l", "E520"),
    ("shadow count", "LOAD CSV FROM 'file:///etc/shadow' AS l RETURN count(l)", "E520"),
    ("http ssrf", "LOAD CSV FROM '{http}' AS l RETURN l", "E520"),
    ("lower case", "load csv from '{file}' as l return l", "E520"),
    ("mixed case", "LoAd CsV WiTh HeAdErS FrOm '{http}' AS l RETURN l", "E520"),
    ("block comment", "MATCH (n) WITH count(n) AS c /* harmless */ LOAD CSV FROM '{file}' AS l RETURN l", "E520"),
    ("line comment", "WITH 1 AS x // only a comment\nLOAD CSV FROM '{http}' AS l RETURN l", "E520"),
    ("comment inside", "LOAD/**/CSV FROM '{file}' AS l RETURN l", "E520"),
    ("call subquery", "CALL { LOAD CSV FROM '{http}' AS l RETURN l } RETURN l", "E520"),
    ("scoped subquery", "WITH 1 AS x CALL (x) { LOAD CSV FROM '{file}' AS l RETURN l } RETURN l", "E520"),
    ("exists subquery", "RETURN EXISTS { LOAD CSV FROM '{http}' AS l RETURN l } AS e", "E520"),
    ("cypher prefix", "CYPHER runtime=interpreted LOAD CSV FROM '{file}' AS l RETURN l", "E521"),
    ("cypher version", "CYPHER 5 LOAD CSV FROM '{http}' AS l RETURN l", "E521"),
    ("explain prefix", "EXPLAIN LOAD CSV FROM '{http}' AS l RETURN l", "E521"),
    ("profile prefix", "PROFILE LOAD CSV FROM '{file}' AS l RETURN l", "E521"),
    ("two statements", "RETURN 1; LOAD CSV FROM '{http}' AS l RETURN l", "E522"),
    ("two after comment", "RETURN 1 /* ; */ ; MATCH (n) DETACH DELETE n", "E522"),
    ("escaped quote", "RETURN \"a\\\" // \" AS x LOAD CSV FROM '{http}' AS l RETURN l", "E520"),
    ("doubled quote", "RETURN 'it\\'s' AS x LOAD CSV FROM '{file}' AS l RETURN l", "E520"),
    ("fullwidth", "ＬＯＡＤ CSV FROM '{http}' AS l RETURN l", "E520"),
    ("zero width", "LO\u200bAD CSV FROM '{http}' AS l RETURN l", "E527"),
    ("unterminated comment", "RETURN 1 AS x /* LOAD CSV FROM '{http}' AS l RETURN l", "E523"),
    ("unterminated string", "RETURN 1 AS x, 'LOAD CSV FROM {http} AS l RETURN l", "E523"),
    ("terminate", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "E520"),
    ("show transactions", "SHOW TRANSACTIONS", "E520"),
    ("stats clear", "CALL db.stats.clear()", "E521"),
    ("resample", "CALL db.resampleOutdatedIndexes()", "E521"),
    ("replanning", "CALL db.prepareForReplanning()", "E521"),
    ("backtick procedure", "CALL `db.stats.clear`()", "E521"),
    ("backtick parts", "CALL `db` . `stats`.clear()", "E521"),
    ("use system", "USE system SHOW USERS", "E520"),
    ("create", "CREATE (n:Case {id: 'x'}) RETURN n", "E503"),
    ("merge", "MERGE (n:Case {id: 'x'}) RETURN n", "E503"),
    ("delete in subquery", "MATCH (n) CALL (n) { DETACH DELETE n } RETURN 1", "E503"),
    ("set", "MATCH (n) SET n.x = 1 RETURN n", "E503"),
    ("foreach", "FOREACH (x IN [1] | CREATE (:Case {id: 'x'}))", "E503"),
    ("in transactions", "UNWIND [1] AS x CALL (x) { RETURN x AS y } IN TRANSACTIONS RETURN y", "E520"),
]

ACCEPTED = [
    "MATCH (n:Case) WHERE n.title CONTAINS 'LOAD CSV FROM' RETURN n.set AS s, {create: 1} AS m // DELETE",
    "CALL db.labels() YIELD label RETURN label;",
    "MATCH (n) CALL (n) { RETURN count(*) AS c } RETURN c",
    "RETURN $limit AS l, [x IN range(1, 3) WHERE x > 1 | x] AS xs",
    "MATCH (n:`Case`) RETURN n.`title` AS `CREATE`",
    "RETURN 'a;b' AS semicolon_in_string",
]


def _fill(cypher: str, file: str, http: str) -> str:
    return cypher.replace("{file}", file).replace("{http}", http)


@pytest.mark.parametrize("name,cypher,code", DISGUISES, ids=[d[0] for d in DISGUISES])
def test_guard_refuses_each_disguise(name, cypher, code):
    with pytest.raises(KgError) as e:
        check(_fill(cypher, "file:///tmp/x.csv", "http://127.0.0.1:9/x.csv"))
    assert e.value.code == code
    assert "line " in str(e.value) or code == "E503"


@pytest.mark.parametrize("cypher", ACCEPTED)
def test_guard_accepts_reads(cypher):
    assert check(cypher) == cypher.rstrip(";")


def test_every_named_query_passes_the_guard():
    for q in load_queries().values():
        assert check(q.cypher) == q.cypher


def test_tokenizer_keeps_strings_comments_and_backticks_apart():
    toks = tokenize("RETURN 'a // b' AS `x``y` /* c */ // d\n, $p")
    assert [(t.kind, t.text) for t in toks] == [
        ("word", "RETURN"), ("string", "'a // b'"), ("word", "AS"), ("quoted", "x`y"), ("punct", ","), ("punct", "$"), ("word", "p"),
    ]


# --- against the real server ------------------------------------------------------------------


@pytest.fixture(scope="module")
def recording():
    with recording_server("x.csv", b"a,b\n1,2\n", "text/csv") as rec:
        yield rec


@pytest.fixture(scope="module")
def recorder(recording):
    return recording.url


@pytest.fixture()
def secret_file(tmp_path):
    p = tmp_path / "secret.csv"
    p.write_text(f"{SECRET}:x:0\n", encoding="utf-8")
    return p


@pytest.fixture()
def seeded(neo4j_driver, neo4j_conn):
    neo4j_driver.execute_query("CREATE (:Case {id: 'case/h13-a', title: 'a'})-[:USES {key: 'k'}]->(:Mechanism {id: 'm/h13'})",
                               database_=neo4j_conn.database)
    return neo4j_driver


@pytest.mark.neo4j
@pytest.mark.parametrize("name,cypher,code", DISGUISES, ids=[d[0] for d in DISGUISES])
def test_kg_query_refuses_disguise_on_real_server(name, cypher, code, seeded, neo4j_conn, recorder, recording, secret_file):
    before = snapshot(seeded, neo4j_conn.database)
    recording.hits.clear()
    r = CliRunner().invoke(main, ["query", "--cypher", _fill(cypher, secret_file.as_uri(), recorder)])
    assert r.exit_code == 2, r.output
    assert code in r.output and "Traceback" not in r.output
    assert SECRET not in r.output and "root:" not in r.output and "NEO4J_PASSWORD" not in r.output
    assert recording.hits == []
    assert snapshot(seeded, neo4j_conn.database) == before


@pytest.mark.neo4j
def test_server_config_refuses_file_and_network_even_without_the_guard(seeded, neo4j_conn, recorder, recording, secret_file):
    """Defence in depth: the launcher (and docker-compose.yml) turn off file URLs and outgoing LOAD CSV."""
    from neo4j.exceptions import ClientError

    recording.hits.clear()
    for url in (secret_file.as_uri(), "file:///etc/passwd", recorder):
        with pytest.raises(ClientError) as e:
            seeded.execute_query(f"LOAD CSV FROM '{url}' AS l RETURN l", database_=neo4j_conn.database)
        assert SECRET not in str(e.value)
    assert recording.hits == []


@pytest.mark.neo4j
def test_reads_still_work_and_runaway_queries_time_out(seeded, neo4j_conn):
    import time

    r = CliRunner().invoke(main, ["query", "--cypher", "MATCH (n:Case) RETURN n.id AS id", "--format", "csv"])
    assert r.exit_code == 0 and r.output.splitlines() == ["id", "case/h13-a"]
    t0 = time.monotonic()
    r = CliRunner().invoke(main, ["query", "--timeout", "2", "--cypher",
                                  "UNWIND range(1, 10000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n"])
    assert r.exit_code == 2 and "E524" in r.output, r.output
    assert time.monotonic() - t0 < 60


@pytest.mark.neo4j
@pytest.mark.parametrize("args,code", [
    (["--cypher", "RETURN 1/0"], "E528"),
    (["--cypher", "MATCH (n RETURN n"], "E528"),
    (["--cypher", "   // nothing\n"], "E509"),
    (["new_in_edition", "--param", "edition=abc"], "E525"),
    (["new_in_edition", "--param", "edition=1e23"], "E525"),
    (["new_in_edition", "--param", "edition=100000000000000000000000"], "E525"),
    (["--uri", "http://127.0.0.1:7474", "--cypher", "RETURN 1"], "E534"),
    (["--uri", "not a uri", "--cypher", "RETURN 1"], "E534"),
], ids=["div by zero", "syntax", "empty", "int abc", "int 1e23", "int huge", "http uri", "garbage uri"])
def test_kg_query_bad_input_is_one_coded_line(args, code, seeded):
    r = CliRunner().invoke(main, ["query", *args])
    assert r.exit_code == 2 and code in r.output and "Traceback" not in r.output, r.output
    assert len(r.output.strip().splitlines()) == 1


def test_compose_file_configures_the_same_defence():
    from pathlib import Path

    import yaml

    compose = yaml.safe_load((Path(__file__).resolve().parents[1] / "docker-compose.yml").read_text(encoding="utf-8"))
    svc = compose["services"]["neo4j"]
    env = svc["environment"]
    assert env["NEO4J_dbms_security_allow__csv__import__from__file__urls"] == "false"
    assert env["NEO4J_internal_dbms_cypher__ip__blocklist"] == "0.0.0.0/0,::/0"
    assert env["NEO4J_db_transaction_timeout"].endswith("s")
    imp = env["NEO4J_server_directories_import"]
    assert any(t.split(":")[0] == imp for t in svc["tmpfs"])  # an empty tmpfs, not a host folder
