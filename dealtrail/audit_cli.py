"""Command: ``dealtrail audit``, the access audit and the check of its hash chain."""

from __future__ import annotations

import sys

import click

from . import audit as audit_mod
from .cli import Context, echo, pass_ctx, said
from .lang import operator
from .messages import say
from .shown import for_terminal


@click.command()
@click.option("--person", help="Only this person (e-mail, or the OS user for the CLI).")
@click.option("--client", help="Only this client (id, name or directory key).")
@click.option("--since", help="Only from this date or UTC time on (2026-12-01).")
@click.option("--limit", type=click.IntRange(1, 100_000), default=200, show_default=True,
              help="At most this many entries, newest first.")
@click.option("--verify", is_flag=True,
              help="Check the hash chain instead; exit 1 naming the first bad entry.")
@click.option("--expect", metavar="ID:HASH",
              help="With --verify: an entry and hash written down earlier must still be there.")
@pass_ctx
def audit(obj: Context, person: str | None, client: str | None, since: str | None, limit: int,
          verify: bool, expect: str | None) -> None:
    """Who read which client or report, when and from where; --verify checks nothing was
    removed or changed.

    Example: dealtrail audit --person anna@bank.ru --since 2026-12-01
    """
    db = obj.open_db()
    if verify:
        verdict = audit_mod.verify(db, expect)
        click.echo(said(verdict.line()), err=not verdict.ok)
        if not verdict.ok:
            sys.exit(1)
        return
    found = audit_mod.entries(db, person=person, client=client, since=since, limit=limit)
    if not found:
        echo("audit_none", err=True)
        return
    lang = operator()
    for e in found:
        who = e["client_name"] or (say("audit_client", lang, id=e["client_id"])
                                   if e["client_id"] else "-")
        status = f" {e['status']}" if e["status"] else ""
        fields = (f"#{e['id']}", e["at"], e["actor"], f"{e['channel']}:{e['source']}",
                  f"{e['action']}{status}", who, e["detail"])
        # client names can come from mail: no control characters reach the terminal
        click.echo("\t".join(for_terminal(f) for f in fields))
