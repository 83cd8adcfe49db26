"""The README's "Setting it up for a real team", run in its order on a company it was not written for.

Every ``dealtrail`` line of that block runs as shown (the head's address put in for the
example's), except those that cannot end in a test (``init`` writes the example over the
company's file, ``serve`` and ``run`` serve until stopped). A new team that follows the
block must get a plan report with its plan and fact, and a digest in its SMTP server.
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dealtrail.cli import cli

REPO = Path(__file__).resolve().parents[1]
COMPANY = REPO / "tests" / "companies" / "schetdvor"
HEAD = "gromova@schetdvor.ru"
NOT_IN_A_TEST = ("init", "serve", "run")


def setup_block() -> list[list[str]]:
    """The dealtrail command lines of the README's set-up block, in order."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Setting it up for a real team", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "the set-up section has no sh block"
    commands = []
    for line in block.group(1).splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("dealtrail "):
            commands.append(shlex.split(line.replace("head@bank.example", HEAD))[1:])
    return commands


def test_the_setup_block_gives_a_plan_with_its_fact_and_sends_the_digest(
        tmp_path: Path, smtp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    company = tmp_path / "company"
    shutil.copytree(COMPANY, company)
    config = company / "dealtrail.toml"
    config.write_text(config.read_text(encoding="utf-8") + f"""
[digest]
sender = "dealtrail@schetdvor.ru"
tag_address = "deals@schetdvor.ru"

{smtp.toml()}""", encoding="utf-8")
    monkeypatch.chdir(company)
    monkeypatch.setenv("COLUMNS", "220")
    commands = setup_block()
    words = [" ".join(c for c in command if not c.startswith("-"))
             for command in commands]
    assert any("plans import" in w for w in words) and any("sales import" in w for w in words)
    plan_output = ""
    for command in commands:
        verb = [w for w in command if not w.startswith("-") and w != "dealtrail.toml"]
        if verb and verb[0] in NOT_IN_A_TEST:
            continue
        result = CliRunner().invoke(cli, ["--lang", "en", *command])
        assert result.exit_code == 0, f"{' '.join(command)}: {result.output}"
        if verb[:2] == ["report", "plan"]:
            plan_output = result.output
    company_row = next(line for line in plan_output.splitlines() if "Счётный двор" in line)
    digits = re.sub(r"[\s,\xa0]", "", company_row)           # either language's separators
    assert "5200000RUB" in digits and "2413200RUB" in digits, plan_output
    assert [m.rcpt_tos for m in smtp.to(HEAD)] == [[HEAD]]
