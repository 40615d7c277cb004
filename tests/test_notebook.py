"""examples/spread.ipynb: committed without outputs, and runs top to bottom against a real Neo4j."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "examples" / "spread.ipynb"


def test_committed_notebook_has_no_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    for c in code:
        assert c.outputs == [] and c.execution_count is None, c.source[:40]
    assert "widgets" not in nb.metadata


def _text(cell) -> str:
    parts = []
    for o in cell.outputs:
        if o.output_type == "stream":
            parts.append(o.text)
        elif "data" in o:
            parts.extend(str(v) for v in o.data.values())
    return "\n".join(parts)


@pytest.mark.neo4j
def test_notebook_runs_top_to_bottom(neo4j_conn, tmp_path):
    from nbclient import NotebookClient

    import kg

    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    cells = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not any(o.output_type == "error" for o in c.outputs) for c in cells)
    assert (tmp_path / "kg-out" / "manifest.json").is_file()  # the kernel worked in tmp_path and saved the build there
    b = kg.open_build(tmp_path / "kg-out", notify=None)
    gtzx, wgh = kg.spread(b, "公推直选"), kg.spread(b, "网格化")
    by_source = {c.source.split("\n")[0]: _text(c) for c in cells}
    spread_out = by_source['gtzx = kg.spread(b, "公推直选")']
    assert all(cid in spread_out for cid in gtzx.case_id)
    wgh_out = by_source['wgh = kg.spread(b, "网格化管理")']
    assert len(wgh) > 0 and all(cid in wgh_out for cid in wgh.case_id)
    view_cell = next(c for c in cells if c.source.startswith("kg.view("))
    page = next(o.data["text/html"] for o in view_cell.outputs if "data" in o and "text/html" in o.data)
    assert page.startswith("<iframe ") and 'sandbox="allow-scripts"' in page
    cypher_out = _text(cells[-1])
    for cid in [*gtzx.case_id, *wgh.case_id]:  # Neo4j answers what the graph says
        assert cid in cypher_out, cid
