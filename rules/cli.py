"""``dealtrail rules ...`` and ``dealtrail violations ...``: parse options, call the library."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import click

from dealtrail import access
from dealtrail.cli import Context, echo, pass_ctx
from dealtrail.lang import operator
from dealtrail.messages import code_word, say
from dealtrail.shown import for_csv, terminal_cell

from . import engine
from .i18n import rule_finds
from .violations import STATUSES, list_violations, parse_violation_id


@click.group()
def rules() -> None:
    """Run the rules that find broken promises and missed deadlines.

    Example: dealtrail rules run
    """


@rules.command("run")
@click.option("--rule", "names", multiple=True, help="Run only this rule (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@pass_ctx
def run_cmd(obj: Context, names: tuple[str, ...], as_json: bool) -> None:
    """Evaluate the rules now and update the violations.

    Example: dealtrail rules run --rule broken_promise
    """
    db = obj.open_db()
    summary = engine.run_rules(db, obj.settings, only=list(names) or None)
    if as_json:
        click.echo(json.dumps(summary.as_dict(), ensure_ascii=False))
        return
    _table(_said("rules_col_rule", "rules_col_opened", "rules_col_still_open", "rules_col_resolved", "rules_col_kept_late",
                 "rules_col_errors", "rules_col_seconds"),
           [[r.rule, r.opened, r.still_open, r.resolved, r.kept_late,
             r.error or r.errors, f"{r.duration:.2f}"] for r in summary.results],
           title=say("rules_run_title", operator()))
    if summary.errors:
        raise SystemExit(1)


@rules.command("list")
@pass_ctx
def list_cmd(obj: Context) -> None:
    """Show the installed rules, whether each is enabled, and its configuration.

    Example: dealtrail rules list
    """
    registry = engine.Registry.default()
    configs = engine.validate_config(obj.settings, registry)
    lang = operator()
    data = []
    for rule in registry:
        conf = configs[rule.name]
        extra = {k: v for k, v in conf.items() if k not in ("enabled", "severity")}
        # The rule's code and its settings' keys stay as [rules.<name>] in the config spells them.
        data.append([rule.name, code_word("enabled", "yes" if conf["enabled"] else "no", lang),
                     code_word("severity", conf["severity"], lang), rule_finds(rule, lang),
                     ", ".join(f"{k}={v}" for k, v in extra.items())])
    _table(_said("rules_col_rule", "rules_col_enabled", "rules_col_severity", "rules_col_finds",
                 "rules_col_settings"), data, title=say("rules_list_title", lang))


@click.group()
def violations() -> None:
    """List and waive violations found by the rules.

    Example: dealtrail violations list --status open
    """


@violations.command("list")
@click.option("--manager", help="Only this manager's violations (email).")
@click.option("--rule", help="Only this rule.")
@click.option("--status", type=click.Choice(STATUSES), help="Only this status.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="Output format.")
@click.option("--locale", type=click.Choice(["en", "ru"]), default=None,
              help="Language of the description (default: --lang, else the company's).")
@pass_ctx
def list_violations_cmd(obj: Context, manager: str | None, rule: str | None, status: str | None,
                        fmt: str, locale: str | None) -> None:
    """List violations, newest deadline first.

    Example: dealtrail violations list --manager anna@bank.ru --status open --format json
    """
    db = obj.open_db()
    loc = locale or obj.content_locale()
    items = list_violations(db, manager=manager, rule=rule, status=status, locale=loc)
    if fmt == "json":
        click.echo(json.dumps(items, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        buf = io.StringIO()
        cols = ["code", "rule", "manager", "client", "deal", "due", "status", "severity",
                "summary", "text"]
        writer = csv.writer(buf)
        writer.writerow(cols + ["evidence"])
        for item in items:
            # Client names and summaries come from mail: never a formula (dealtrail.shown).
            writer.writerow([for_csv(item[c]) if item[c] is not None else "" for c in cols]
                            + [json.dumps(item["evidence"], ensure_ascii=False)])
        click.echo(buf.getvalue(), nl=False)
    else:
        lang = operator()
        _table(_said("rules_col_code", "rules_col_rule", "rules_col_manager", "rules_col_client", "rules_col_due",
                     "rules_col_status", "rules_col_severity", "rules_col_what"),
               [[i["code"], i["rule"], i["manager"], i["client"], (i["due"] or "")[:16],
                 code_word("violation", i["status"], lang), code_word("severity", i["severity"], lang),
                 i["text"]] for i in items],
               title=say("violations_title", operator(), count=len(items)))


@violations.command("waive")
@click.argument("violation")
@click.option("--reason", required=True, help="Why this violation is accepted.")
@click.option("--by", "by", default=None, help="Who waives it (email; default: the head).")
@click.option("--false-alarm", is_flag=True,
              help="It should never have been found: the company's layer learns from it.")
@pass_ctx
def waive_cmd(obj: Context, violation: str, reason: str, by: str | None,
              false_alarm: bool) -> None:
    """Waive a violation with a reason; it will never reopen.

    Example: dealtrail violations waive V-12 --reason "not a promise" --false-alarm
    """
    who = by or next((m.email for m in obj.settings.managers if access.waives_violations(m)), "head")
    row = engine.waive(obj.open_db(), parse_violation_id(violation), reason=reason, by=who,
                       false_alarm=false_alarm)
    echo("waived", code=f"V-{row['id']}", by=row["waived_by"], reason=row["waive_reason"])


def _said(*keys: str) -> list[str]:
    """Column headers in the operator's language."""
    return [say(key, operator()) for key in keys]


def _table(columns: list[str], data: list[list[Any]], *, title: str) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in data:
        # Summaries and client names come from mail: never markup or control sequences.
        table.add_row(*(terminal_cell("" if v is None else v) for v in row))
    Console().print(table)
