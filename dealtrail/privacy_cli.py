"""Commands: ``dealtrail purge`` (retention) and ``dealtrail forget`` (erasure on request)."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import click

from . import privacy as privacy_mod
from .cli import Context, echo, pass_ctx
from .messages import Msg


@click.command()
@click.option("--before", required=True, metavar="DATE",
              help="Remove the text of messages sent before this date (2026-01-01).")
@click.option("--mailbox", "mailboxes", multiple=True,
              help="Only this configured mailbox (repeatable); all mailboxes by default.")
@pass_ctx
def purge(obj: Context, before: str, mailboxes: tuple[str, ...]) -> None:
    """Remove message text and quotes sent before a date; counts and facts stay.

    New text, snippets, the full-text index and the sentences kept as evidence go;
    dates, statuses, amounts and every report for a past period stay as they were.
    The file is then vacuumed, so the text is gone from the database and its WAL.

    Example: dealtrail purge --before 2026-01-01
    """
    try:
        day = datetime.strptime(before, "%Y-%m-%d").date()
    except ValueError:
        raise click.BadParameter(f"{before!r} is not a date; write it as 2026-01-01",
                                 param_hint="--before") from None
    moment = datetime.combine(day, time(0), tzinfo=ZoneInfo(obj.settings.company.timezone))
    db = obj.open_db()
    report = privacy_mod.purge_text(db, moment, list(mailboxes) or None)
    db.conn.close()
    backups = privacy_mod.remove_backups(obj.database_path())
    _done(report.line(), backups)


def _done(line: str, backups: list[Any]) -> None:
    """What purge or forget did, and the pre-migration backups that held the same data."""
    echo("privacy_done", line=line,
         backups=Msg("privacy_backups", count=len(backups)) if backups else "")


@click.command()
@click.option("--client", default="", help="The client's name or one of its domains.")
@click.option("--address", default="", help="One person's e-mail address.")
@pass_ctx
def forget(obj: Context, client: str, address: str) -> None:
    """Erase one client's or one person's data everywhere: messages, quotes, facts, tags, digests.

    The erasure is recorded with its time, the operator and the scope, never the
    name or address. To keep the person's new mail out too, add the address or
    @domain to [privacy] deny.

    Example: dealtrail forget --address olga@client.example
    """
    if bool(client) == bool(address):
        raise click.UsageError("name exactly one of --client or --address")
    db = obj.open_db()
    report = privacy_mod.forget(db, obj.settings, client=client, address=address)
    db.conn.close()
    backups = privacy_mod.remove_backups(obj.database_path())
    _done(report.line(), backups)
