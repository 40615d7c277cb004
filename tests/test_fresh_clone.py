"""The README's two commands on a fresh clone: the steps that are safe to repeat on this machine."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", text, flags=re.S)]


def test_readme_opens_with_the_two_commands():
    first, second = readme_commands()[:2]
    assert first == "python3 -m pip install -e . && kg build && kg spread 公推直选"
    assert second == "scripts/test"
    script = (REPO / "scripts" / "test").read_text(encoding="utf-8")
    for pkg in ("chromium", "chromium-driver", "fonts-noto-cjk", "openjdk-17-jdk-headless", "maven", "antiword"):
        assert pkg in script
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert 'exec "$(dirname "$0")/../scripts/test" "$@"' in ci


def test_fresh_clone_installs_builds_and_reads_its_saved_build(tmp_path):
    """git clone → venv (system site packages: the dependencies are on this machine) → the README's first
    command, with pip told not to fetch what is already installed → kg-out/ saved and read back."""
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--no-hardlinks", str(REPO), str(clone)], check=True)
    assert (clone / "scripts" / "test").stat().st_mode & 0o111, "scripts/test must be executable"
    subprocess.run(["bash", "-n", str(clone / "scripts" / "test")], check=True)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    env = {k: v for k, v in os.environ.items() if k not in ("KG_GRAPH", "PYTHONPATH")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env['PATH']}"
    first = readme_commands()[0].replace("python3 -m pip install -e .",
                                         "python3 -m pip install -q --no-deps -e .")
    r = subprocess.run(["bash", "-c", first], cwd=clone, env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "case/e1-best-08" in r.stdout and "no saved build" not in r.stderr
    where = subprocess.run([str(venv / "bin" / "python"), "-c", "import kg; print(kg.__file__)"], cwd=tmp_path, env=env,
                           capture_output=True, text=True, check=True).stdout.strip()
    assert Path(where).resolve().is_relative_to(clone.resolve()), where  # the clone's kg, not another one
    assert (clone / "kg-out" / "manifest.json").is_file()
    # the README's unit-only command, limited to one test file (scripts/test itself runs everything)
    unit = next(c for c in readme_commands() if "not neo4j and not browser" in c)
    unit = unit.replace('python3 -m pip install -e ".[test]"', 'python3 -m pip install -q --no-deps -e ".[test]"')
    r = subprocess.run(["bash", "-c", unit + " -p no:cacheprovider tests/test_cli.py"], cwd=clone, env=env,
                       capture_output=True, text=True)
    assert r.returncode == 0 and " passed" in r.stdout, r.stdout[-2000:] + r.stderr[-2000:]
    shutil.rmtree(clone / "kg-out")
