"""setup.cfg installs what the product imports: no benchmark-only package for every user,
and no product import that a plain ``pip install`` would leave missing."""

from __future__ import annotations

import ast
import configparser
import importlib.metadata
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PRODUCT = ("dealtrail", "indexer", "rules", "reports", "addin", "demo")
# Required without being imported by name, and why.
DATA_ONLY = {"tzdata": "zoneinfo reads its time-zone database where the OS has none"}
# Imported only when asked for, from an extra a plain install leaves out, and which extra.
OPTIONAL = {"sqlcipher3": "encrypted"}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirements(section: str, key: str) -> set[str]:
    """Distribution names listed under ``[section] key`` of setup.cfg."""
    cfg = configparser.ConfigParser()
    cfg.read(REPO / "setup.cfg", encoding="utf-8")
    lines = [line.strip() for line in cfg[section][key].splitlines()]
    return {_norm(re.split(r"[<>=!~;\[ ]", line)[0]) for line in lines
            if line and not line.startswith("#")}


def product_imports() -> dict[str, str]:
    """Top-level third-party module -> the first product file that imports it."""
    found: dict[str, str] = {}
    for part in PRODUCT:
        for path in sorted((REPO / part).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    top = name.split(".")[0]
                    if top not in sys.stdlib_module_names and top not in PRODUCT:
                        found.setdefault(top, str(path.relative_to(REPO)))
    return found


def distributions_of(module: str) -> set[str]:
    return {_norm(d) for d in importlib.metadata.packages_distributions().get(module, [])}


def test_every_installed_requirement_is_imported_by_the_product() -> None:
    imported: set[str] = set()
    for module in product_imports():
        imported |= distributions_of(module)
    unused = requirements("options", "install_requires") - imported - set(DATA_ONLY)
    assert unused == set(), (
        f"install_requires lists {sorted(unused)}, which no module of {', '.join(PRODUCT)} "
        "imports: move benchmark-only packages to the bench extra")


def test_every_third_party_import_of_the_product_is_an_installed_requirement() -> None:
    required = requirements("options", "install_requires")
    missing = {module: where for module, where in product_imports().items()
               if not distributions_of(module) & required and module not in OPTIONAL}
    assert missing == {}, f"imported by the product but not in install_requires: {missing}"


def test_benchmark_only_packages_are_in_the_bench_extra() -> None:
    bench = requirements("options.extras_require", "bench")
    assert {"dateparser", "mail-parser-reply"} <= bench
    assert not bench & requirements("options", "install_requires")


def test_optional_imports_are_in_their_extra() -> None:
    for module, extra in OPTIONAL.items():
        assert module in requirements("options.extras_require", extra)
        assert module not in requirements("options", "install_requires")
