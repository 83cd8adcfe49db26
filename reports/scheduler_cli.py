"""``dealtrail run`` (the scheduler daemon) and ``dealtrail status`` (the last run of every job)."""

from __future__ import annotations

import click

from dealtrail import lang as lang_mod
from dealtrail.cli import Context, echo, pass_ctx
from dealtrail.messages import code_word, say


@click.command()
@pass_ctx
def run(obj: Context) -> None:
    """Run indexing, rules and digests on their schedule until stopped (SIGTERM or Ctrl+C).

    Mailboxes are indexed every schedule.index_every_minutes; after each index the tag
    replies are applied and the rules run for the clients that changed; all rules run
    hourly; digests go out at digest.send_at in each recipient's time zone.

    Example: dealtrail --config dealtrail.toml -v run
    """
    from .scheduler import run_forever

    run_forever(obj.settings, obj.database_path())


@click.command()
@pass_ctx
def status(obj: Context) -> None:
    """Show the last run of every scheduled job (index per mailbox, rules, digests).

    Example: dealtrail --config dealtrail.toml status
    """
    from .scheduler import last_runs

    db = obj.open_db()
    found = last_runs(db)
    if not found:
        echo("status_none")
        return
    # The summaries are stored as the jobs logged them, in English.
    lang = lang_mod.operator()
    headers = tuple(say("status_headers", lang).split(","))
    table = [(r["job"], r["started_at"], r["finished_at"] or "-", code_word("job", r["status"], lang),
              (r["summary"] or "")[:100]) for r in found]
    widths = [max(len(str(row[i])) for row in (headers, *table)) for i in range(len(headers))]
    for row in (headers, *table):
        click.echo("  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=False)).rstrip())
