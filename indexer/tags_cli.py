"""``dealtrail tags ...``: list tag commands, apply pending ones now, try a text."""

from __future__ import annotations

import json

import click

from dealtrail import clock
from dealtrail.cli import Context, pass_ctx, said
from dealtrail.errors import ConfigError
from dealtrail.lang import operator
from dealtrail.messages import code_word
from dealtrail.shown import for_terminal


@click.group()
def tags() -> None:
    """Deal updates sent by email with tags (#stage proposal #next friday).

    Example: dealtrail tags list --status rejected
    """


@tags.command("list")
@click.option("--status", type=click.Choice(["applied", "rejected", "pending"]),
              help="Only commands with this status.")
@click.option("--limit", type=int, default=50, show_default=True, help="How many, newest first.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@pass_ctx
def list_cmd(obj: Context, status: str | None, limit: int, as_json: bool) -> None:
    """Show the tag commands received: who, what, applied or why rejected.

    Example: dealtrail tags list --status pending
    """
    from indexer.tags_apply import list_commands

    lang = operator()
    for row in list_commands(obj.open_db(), status, limit):
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
            continue
        changes = json.loads(row["changes"] or "[]")
        what = "; ".join(f"{c['target']} {c['field']}: {c['old']} -> {c['new']}" for c in changes)
        # The sender, the deal and the values come from mail (dealtrail.shown); the reason was
        # said to the sender in the sender's language, and is shown as it was said.
        click.echo(for_terminal(f"#{row['id']} {row['received_at'][:16]} {row['sender']}"
                                f" {code_word('tag', row['status'], lang)} {row['target'] or '-'}"
                                f" {what or row['reason']}"))


@tags.command("apply")
@click.option("--no-confirm", is_flag=True, help="Do not email confirmations.")
@pass_ctx
def apply_cmd(obj: Context, no_confirm: bool) -> None:
    """Decide the tag commands indexed but not applied yet (this also runs after every index).

    Example: dealtrail tags apply
    """
    from indexer.tags_apply import process_pending

    report = process_pending(obj.open_db(), obj.settings, confirm=not no_confirm)
    click.echo(said(report.line()))


@tags.command("parse")
@click.argument("text")
@click.option("--at", "at", help="Pretend the message was sent at this ISO time (default: now).")
@click.option("--tz", "tz", default="", help="The sender's time zone (default: the company's).")
@click.option("--lang", type=click.Choice(["en", "ru"]), default=None,
              help="Language of the explanation (default: the command line's, see dealtrail --lang).")
@pass_ctx
def parse_cmd(obj: Context, text: str, at: str | None, tz: str, lang: str | None) -> None:
    """Show what a text would do, without changing anything.

    Example: dealtrail tags parse "#stage proposal #next friday 11:00 Client agreed on the rate"
    """
    from indexer.tags import explain

    try:
        settings = obj.settings
    except ConfigError:
        settings = None   # no config: default pipeline stages, no products
    when = clock.parse_iso(at) if at else None
    for line in explain(text.replace("\\n", "\n"), settings, at=when, timezone=tz,
                        lang=lang or operator()):
        click.echo(line)
