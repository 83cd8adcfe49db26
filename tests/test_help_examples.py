"""Every ``Example:`` in a command's ``--help`` runs as shown.

The examples are collected from the click tree (every group and command), parsed by
click itself (an unknown or misplaced option fails), and then run against a small
workspace made here: a config naming the managers, mailbox and files the examples
name, a Maildir, and the import files. Only the commands that serve until stopped
are parsed without running; they are named below with the reason.
"""

from __future__ import annotations

import inspect
import os
import re
import shlex
import shutil
import warnings
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from dealtrail.cli import cli

# ": dealtrail ..." or ": echo '...' | dealtrail ...", up to the end of the paragraph.
SHOWN = re.compile(r":\s+((?:echo\s+'[^']*'\s*\|\s*)?dealtrail\s.*?)(?:\n\s*\n|\Z)", re.S)
# Commands that run until stopped: parsed only.
PARSE_ONLY = {
    "run": "the scheduler runs until stopped (tests/test_scheduler.py runs its jobs)",
    "serve": "the web service runs until stopped (tests/test_demo_serve.py serves it)",
}
# Shown with a violation code that only a database with violations has.
NEEDS_DATA = {
    "violations waive": "V-12 must exist; waiving is run by tests/test_rules_cli.py",
}
# What a person does before the example, as they would do it.
BEFORE = {
    "users revoke": [["users", "invite", "anna@bank.ru"]],
}

CONFIG = """\
database = "dealtrail.db"

[company]
name = "Example Bank"
internal_domains = ["bank.ru"]
base_currency = "RUB"
country = "RU"
timezone = "Europe/Moscow"

[[managers]]
email = "head@bank.ru"
name = "Olga Head"
role = "head"
team = "corp"

[[managers]]
email = "anna@bank.ru"
name = "Anna Petrova"
team = "corp"

[[managers]]
email = "ivanov@bank.ru"
name = "Ivan Ivanov"
team = "corp"

[[products]]
code = "credit"
name_en = "Loans"
name_ru = "Кредиты"

[[mailboxes]]
name = "ivanov-mail"
kind = "maildir"
owner = "ivanov@bank.ru"
path = "mail/ivanov"

[digest]
sender = "dealtrail@bank.ru"
out_dir = "digests"
"""

MESSAGE = """\
From: Petr Client <petr@client.ru>
To: ivanov@bank.ru
Subject: Credit line
Date: Mon, 02 Nov 2026 10:00:00 +0300
Message-ID: <{n}@client.ru>

Could you send the credit line terms by Friday?
"""


def commands() -> list[tuple[str, click.Command]]:
    """(path, command) of the root group and every group and command under it."""
    found: list[tuple[str, click.Command]] = []

    def walk(command: click.Command, path: list[str]) -> None:
        found.append((" ".join(path), command))
        if isinstance(command, click.Group):
            for name in command.list_commands(click.Context(command)):
                sub = command.get_command(click.Context(command), name)
                if sub is not None:
                    walk(sub, [*path, name])

    walk(cli, [])
    return found


def help_examples() -> list[tuple[str, str]]:
    """(command path, example command line) for every example in the click tree."""
    return [(path, " ".join(shown.split())) for path, command in commands()
            for shown in SHOWN.findall(inspect.cleandoc(command.help or ""))]


def split_example(line: str) -> tuple[list[str], str | None]:
    """The dealtrail arguments of a shown line, and what ``echo`` pipes into it."""
    words = shlex.split(line)
    stdin = None
    if words[0] == "echo":
        bar = words.index("|")
        stdin = " ".join(words[1:bar]) + "\n"
        words = words[bar + 1:]
    assert words[0] == "dealtrail", line
    return [os.path.expanduser(w) for w in words[1:]], stdin


def parse(args: list[str]) -> click.Context:
    """Parse with click's own parser down to the leaf command, without running it."""
    command: click.Command = cli
    ctx = cli.make_context("dealtrail", list(args))
    while isinstance(command, click.Group):
        with warnings.catch_warnings():  # click 8.2+: the sub-command still sits here
            warnings.simplefilter("ignore", DeprecationWarning)
            rest = [*getattr(ctx, "protected_args", []), *ctx.args]
        name, sub, rest = command.resolve_command(ctx, rest)
        assert sub is not None and name is not None
        command, ctx = sub, sub.make_context(name, rest, parent=ctx)
    return ctx


def leaf_path(args: list[str]) -> str:
    return " ".join(parse(args).command_path.split()[1:])


def write_maildir(root: Path, count: int) -> None:
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (root / "cur" / f"{n}.example:2,S").write_text(MESSAGE.format(n=n), encoding="utf-8")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory, smtp_server: Any) -> Path:
    """What the examples name: the config (sending through the test SMTP server), a mailbox,
    ~/Maildir, the import files, and the database after a first ``dealtrail index`` (the
    first thing a person runs)."""
    root = tmp_path_factory.mktemp("examples")
    smtp = (f'\n[smtp]\nhost = "{smtp_server.host}"\nport = {smtp_server.port}\n'
            'security = "none"\n')
    (root / "dealtrail.toml").write_text(CONFIG + smtp, encoding="utf-8")
    write_maildir(root / "mail" / "ivanov", 3)
    write_maildir(root / "Maildir", 2)
    plans = [["period", "scope", "team", "manager", "product", "metric", "amount", "currency"],
             ["2026-11", "manager", "corp", "anna@bank.ru", "credit", "amount", "1000000", "RUB"]]
    (root / "plans.csv").write_text("\n".join(",".join(r) for r in plans) + "\n", encoding="utf-8")
    book = Workbook()
    for row in plans:
        book.active.append(row)
    book.save(root / "plans.xlsx")
    (root / "export-1c.csv").write_text(
        "external_id;date;manager;product;client;amount;currency\n"
        "1C-1;2026-11-05;anna@bank.ru;credit;Client Ltd;250 000,00;RUB\n", encoding="utf-8")
    (root / "rates.csv").write_text("currency,date,rate\nUSD,2026-11-02,95.5\n", encoding="utf-8")
    (root / "calls.csv").write_text(
        "time,direction,manager,phone,duration\n"
        "2026-11-05 10:00,out,anna@bank.ru,+7 912 345-67-89,120\n", encoding="utf-8")
    (root / "crm-deals.csv").write_text(
        "ID;Название сделки;Стадия;Ответственный;Сумма;Компания;Домен\n"
        "1042;Кредитная линия;Новая;anna@bank.ru;1 500 000,00;Client Ltd;client.ru\n",
        encoding="utf-8")
    first = CliRunner().invoke(cli, ["--config", str(root / "dealtrail.toml"),
                                     "--db", str(root / "dealtrail.db"), "index", "--quiet"])
    assert first.exit_code == 0, first.output
    return root


EXAMPLES = help_examples()


def test_every_command_shows_an_example_this_test_can_run() -> None:
    # An example written in another form (in backticks, without "dealtrail") would not be
    # collected, and so not checked: every group and command must yield at least one.
    shown = {path for path, _ in EXAMPLES}
    paths = [path for path, _ in commands()]
    assert len(paths) > 40 and [path for path in paths if path not in shown] == []


@pytest.mark.parametrize("path, line", EXAMPLES, ids=[line for _, line in EXAMPLES])
def test_help_example_runs_as_shown(path: str, line: str, workspace: Path, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    here = tmp_path / "work"
    shutil.copytree(workspace, here)
    if line.startswith("dealtrail init"):
        (here / "dealtrail.toml").unlink()  # init refuses to overwrite a config
    monkeypatch.chdir(here)
    monkeypatch.setenv("HOME", str(here))
    monkeypatch.delenv("DEALTRAIL_CONFIG", raising=False)
    monkeypatch.delenv("DEALTRAIL_DB", raising=False)
    args, stdin = split_example(line)
    try:
        leaf = leaf_path(args)
    except click.ClickException as exc:
        pytest.fail(f"'dealtrail {path} --help' shows {line!r}, which click rejects: "
                    f"{exc.format_message()}")
    if leaf in PARSE_ONLY or leaf in NEEDS_DATA:
        return
    for before in BEFORE.get(leaf, []):
        done = CliRunner().invoke(cli, before)
        assert done.exit_code == 0, done.output
    result = CliRunner().invoke(cli, args, input=stdin, catch_exceptions=True)
    assert result.exit_code == 0, (
        f"'dealtrail {path} --help' shows {line!r}, which exits {result.exit_code}:\n"
        f"{result.output}\n{result.exception!r}")
