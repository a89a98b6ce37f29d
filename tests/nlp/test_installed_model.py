"""The Danish model ships inside the wheel and loads from an installed package, offline."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Run inside the fresh environment: any network use fails, then the model is loaded.
CHECK = """
import json, socket, sys

def no_network(*args, **kwargs):
    raise OSError("network used at run time")

socket.socket.connect = no_network
socket.create_connection = no_network
import kronist
from kronist.nlp import has_trained_model, load_pipeline

nlp = load_pipeline("da")
doc = nlp("Statsminister Mette Frederiksen besøgte Aarhus tirsdag.")
print(json.dumps({
    "package": kronist.__file__,
    "trained": has_trained_model("da"),
    "pipes": nlp.pipe_names,
    "entities": [(e.text, e.label_) for e in doc.ents],
    "pos": [t.pos_ for t in doc],
}))
"""


def _build_wheel(out: Path) -> Path:
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    result = subprocess.run(
        [*command, "--no-index", "-w", str(out), str(ROOT)], capture_output=True, text=True
    )
    if result.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {result.stderr[-500:]}")
    return next(out.glob("kronist-*.whl"))


def _fresh_env(path: Path) -> Path:
    """A new virtual environment that sees the dependencies (not kronist) of this one."""
    venv.EnvBuilder(with_pip=False).create(path)
    python = path / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # a plain path entry: the .pth files of this environment (the editable kronist) stay inactive
    (Path(site) / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return Path(site)


@pytest.mark.slow
def test_model_loads_from_an_installed_wheel_without_network(tmp_path):
    wheel = _build_wheel(tmp_path / "dist")
    site = _fresh_env(tmp_path / "env")
    install = [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index"]
    subprocess.run([*install, "--target", str(site), str(wheel)], check=True, capture_output=True)
    result = subprocess.run(
        [str(tmp_path / "env" / "bin" / "python"), "-c", CHECK],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["package"].startswith(str(site))
    assert found["trained"] is True
    assert {"tok2vec", "parser", "ner"} <= set(found["pipes"])
    assert ("Aarhus", "LOC") in [tuple(e) for e in found["entities"]]
    assert "VERB" in found["pos"]
