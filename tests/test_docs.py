"""Commands shown in the README and docs exist: a reader who copies them gets a real command."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from dealtrail.cli import cli

REPO = Path(__file__).resolve().parents[1]
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
BLOCK = re.compile(r"```(?:sh|bash|console|shell)\n(.*?)```", re.S)


def shown_commands() -> list[tuple[str, list[str]]]:
    found = []
    for doc in DOCS:
        for block in BLOCK.findall(doc.read_text(encoding="utf-8")):
            for line in block.splitlines():
                line = line.split("#")[0].strip().lstrip("$ ").strip()
                if line.startswith("dealtrail "):
                    found.append((doc.name, shlex.split(line)[1:]))
    return found


def command_path(words: list[str]) -> list[str]:
    """The sub-command words of a shown command line (options and their values dropped)."""
    path: list[str] = []
    group = cli
    skip = False
    for word in words:
        if skip:
            skip = False
            continue
        if word.startswith("-"):
            skip = word in ("--config", "--db", "--lang") and "=" not in word
            continue
        if not hasattr(group, "get_command"):
            break
        sub = group.get_command(None, word)  # type: ignore[arg-type]
        if sub is None:
            break
        path.append(word)
        group = sub
    return path


def test_readme_shows_the_two_commands_first() -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    first_block = BLOCK.search(text)
    assert first_block and "make demo" in first_block.group(1) and "make test" in first_block.group(1)
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)


@pytest.mark.parametrize("doc, words", shown_commands(), ids=lambda v: " ".join(v) if isinstance(v, list) else v)
def test_every_documented_command_exists(doc: str, words: list[str]) -> None:
    path = command_path(words)
    assert path, f"{doc}: 'dealtrail {' '.join(words)}' names no command"
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output


def all_commands() -> list[list[str]]:
    out: list[list[str]] = []

    def walk(group: object, path: list[str]) -> None:
        for name in group.list_commands(None):  # type: ignore[attr-defined]
            sub = group.get_command(None, name)  # type: ignore[attr-defined]
            if sub is None:
                continue
            if hasattr(sub, "list_commands"):
                walk(sub, path + [name])
            else:
                out.append(path + [name])

    walk(cli, [])
    return out


@pytest.mark.parametrize("path", all_commands(), ids=" ".join)
def test_every_command_help_has_an_example(path: list[str]) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output, f"'dealtrail {' '.join(path)} --help' has no Example: line"


def test_readme_links_point_at_files_that_exist() -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#:]+)\)", text)
    assert links
    missing = [link for link in links if not (REPO / link).exists()]
    assert missing == []
