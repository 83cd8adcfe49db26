"""``dealtrail index``: run every configured mailbox, or import one Maildir without a config."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from dealtrail.cli import Context, pass_ctx


@click.command()
@click.option("--mailbox", "mailboxes", multiple=True, help="Only this mailbox (repeatable).")
@click.option("--maildir", type=click.Path(exists=True, file_okay=False),
              help="One-shot import of a Maildir, no config file needed (with --owner and --db).")
@click.option("--owner", help="With --maildir: the email of the mailbox's owner.")
@click.option("--workers", type=int, default=1, show_default=True,
              help="Parser processes (the writer is always one).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@pass_ctx
def index(obj: Context, mailboxes: tuple[str, ...], maildir: str | None, owner: str | None,
          workers: int, quiet: bool) -> None:
    """Read new mail and calendar items from every configured mailbox into the database.

    Re-running with no new mail changes nothing. Example: dealtrail index --mailbox ivanov-mail

    One-shot archive import: dealtrail index --maildir ~/Maildir --owner me@bank.ru --db my.db
    """
    from indexer.runner import index_configured, index_maildir

    if maildir:
        if not owner or not obj.db_path:
            raise click.UsageError("--maildir needs --owner EMAIL and --db FILE")
        report = index_maildir(Path(maildir), owner, Path(obj.db_path), workers=workers,
                               progress=not quiet)
        click.echo(report.line())
        return
    reports = index_configured(obj.settings, obj.database_path(), only=mailboxes, workers=workers,
                               progress=not quiet)
    for report in reports:
        click.echo(report.line())
    if any(r.error for r in reports):
        sys.exit(1)
