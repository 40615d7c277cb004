"""Data files of kg (lexicons, ontology, shapes, constraints, Cypher queries).

Installed as ``kg.schema``; this file only tells where the data lives.
"""

from pathlib import Path

DIR = Path(__file__).resolve().parent
