"""Installs come from uv.lock: it must describe exactly what pyproject.toml asks for."""

import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]


def _declared() -> set[tuple[str, str, frozenset, str]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = [(line, None) for line in project["dependencies"]]
    for extra, lines in project.get("optional-dependencies", {}).items():
        wanted += [(line, extra) for line in lines]
    declared = set()
    for line, extra in wanted:
        requirement = Requirement(line)
        declared.add(
            (
                requirement.name.lower(),
                str(requirement.specifier),
                frozenset(requirement.extras),
                extra or "",
            )
        )
    return declared


def _locked() -> tuple[set[tuple[str, str, frozenset, str]], list[dict]]:
    lock = tomllib.loads((ROOT / "uv.lock").read_text())
    (ours,) = [p for p in lock["package"] if p.get("source", {}).get("editable") == "."]
    locked = set()
    for entry in ours["metadata"]["requires-dist"]:
        marker = entry.get("marker", "")
        extra = marker.split("==")[1].strip(" '\"") if "extra ==" in marker else ""
        locked.add(
            (
                entry["name"].lower(),
                str(Requirement(f"x{entry.get('specifier', '')}").specifier),
                frozenset(entry.get("extras", [])),
                extra,
            )
        )
    return locked, lock["package"]


def test_the_lock_was_made_from_the_current_pyproject():
    locked, _ = _locked()
    declared = _declared()
    assert declared - locked == set(), "in pyproject.toml, not in uv.lock: run make lock"
    assert locked - declared == set(), "in uv.lock, no longer in pyproject.toml: run make lock"


def test_every_locked_distribution_is_pinned_with_a_hash():
    _, packages = _locked()
    for package in packages:
        if package.get("source", {}).get("editable"):
            continue
        files = package.get("wheels", []) + ([package["sdist"]] if "sdist" in package else [])
        assert files, package["name"]
        assert all(f["hash"].startswith("sha256:") for f in files), package["name"]
