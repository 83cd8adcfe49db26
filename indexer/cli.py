"""``dealtrail index``: run every configured mailbox, or import one Maildir without a config."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from dealtrail.cli import Context, echo, pass_ctx, said


@click.command()
@click.option("--mailbox", "mailboxes", multiple=True, help="Only this mailbox (repeatable).")
@click.option("--maildir", type=click.Path(exists=True, file_okay=False),
              help="One-shot import of a Maildir, no config file needed (with --owner and --db).")
@click.option("--owner", help="With --maildir: the email of the mailbox's owner.")
@click.option("--workers", type=click.IntRange(min=0), default=0,
              help="Processes that fetch, parse and analyse (the writer is always one); "
                   "default 0 = one per CPU, at most 4; 1 = everything in this process.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--reset-mailbox", "reset", multiple=True, metavar="NAME",
              help="Forget where this mailbox's sync stopped and read it again from the start "
                   "(repeatable); stored items are kept and never doubled. The fix for a broken "
                   "checkpoint.")
@pass_ctx
def index(obj: Context, mailboxes: tuple[str, ...], maildir: str | None, owner: str | None,
          workers: int, quiet: bool, reset: tuple[str, ...]) -> None:
    """Read new mail and calendar items from every configured mailbox into the database.

    Then apply the tag replies that arrived and run the rules for the clients that
    changed: the same post-sync step as `dealtrail run`. Re-running with no new mail
    changes nothing. Example: dealtrail index --mailbox ivanov-mail

    One-shot archive import (--db is a global option, before the command):
    dealtrail --db my.db index --maildir ~/Maildir --owner me@bank.ru

    After an error naming a broken checkpoint: dealtrail index --reset-mailbox ivanov-mail
    """
    from indexer.runner import default_workers, index_configured, index_maildir

    workers = workers or default_workers()

    if maildir:
        if not owner or not obj.db_path:
            raise click.UsageError("--maildir needs --owner EMAIL and --db FILE")
        if reset:
            raise click.UsageError("--reset-mailbox is for configured mailboxes; a --maildir "
                                   "import has no saved position to forget")
        report = index_maildir(Path(maildir), owner, Path(obj.db_path), workers=workers,
                               progress=not quiet)
    else:
        if reset:
            from indexer.sync import reset_mailbox

            known = {m.name for m in obj.settings.mailboxes}
            unknown = [name for name in reset if name not in known]
            if unknown:
                raise click.BadParameter(f"no mailbox named {unknown[0]!r} in the config; "
                                         f"the mailboxes are: {', '.join(sorted(known))}",
                                         param_hint="--reset-mailbox")
            db = obj.open_db()
            try:
                for name in reset:
                    folders = reset_mailbox(db, name)
                    echo("index_reset", name=name, folders=folders)
            finally:
                db.conn.close()
        report = index_configured(obj.settings, obj.database_path(), only=mailboxes,
                                  workers=workers, progress=not quiet)
    for line in report.lines():
        click.echo(said(line))
    if report.error:
        sys.exit(1)
