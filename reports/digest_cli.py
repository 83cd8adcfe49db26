"""``dealtrail digest preview`` and ``dealtrail digest send``."""

from __future__ import annotations

import click

from dealtrail import clock
from dealtrail.cli import Context, echo, pass_ctx, said


@click.group()
def digest() -> None:
    """Preview and send the daily and weekly digest emails.

    Example: dealtrail digest preview --to head@bank.ru --out head.html
    """


@digest.command()
@click.option("--to", "recipient", required=True, help="The recipient's email (from [[managers]]).")
@click.option("--out", type=click.Path(dir_okay=False), help="Write the HTML here (default: stdout).")
@click.option("--kind", type=click.Choice(["daily", "weekly"]), default="daily", show_default=True,
              help="Which digest: the daily or the weekly one.")
@click.option("--text", "as_text", is_flag=True, help="Print the text/plain part instead of HTML.")
@pass_ctx
def preview(obj: Context, recipient: str, out: str | None, kind: str, as_text: bool) -> None:
    """Render one recipient's digest as it would be sent now, without sending it.

    Example: dealtrail digest preview --to ivanov@bank.ru --kind weekly --out weekly.html
    """
    from dealtrail.directory import open_synced
    from dealtrail.store import write_private

    from .digest import build_digest

    db = open_synced(obj.database_path(), obj.settings)
    built = build_digest(db, obj.settings, recipient, kind, clock.now())
    body = built.text if as_text else built.html
    if out:
        write_private(out, body)
        echo("digest_preview_wrote", subject=built.subject, target=out, count=len(built.items))
    else:
        click.echo(body)


@digest.command()
@click.option("--now", "send_now", is_flag=True,
              help="Send the daily digest now even on a day off (still once per day).")
@click.option("--to", "recipients", multiple=True, help="Only these recipients (repeatable).")
@click.option("--kind", type=click.Choice(["daily", "weekly"]),
              help="Send this kind only (default: what is due today).")
@pass_ctx
def send(obj: Context, send_now: bool, recipients: tuple[str, ...], kind: str | None) -> None:
    """Send the digests due today that were not sent yet; each recipient gets each one once.

    Example: dealtrail digest send --to ivanov@bank.ru
    """
    from dealtrail.directory import open_synced
    from dealtrail.store import record_job

    from .scheduler import run_digests

    db = open_synced(obj.database_path(), obj.settings)
    kinds = [kind] if kind else (["daily"] if send_now else None)
    started = clock.iso(clock.now())
    result = run_digests(db, obj.settings, only=list(recipients) or None, kinds=kinds)
    record_job(db, "digest", "failed" if result.failed else "ok", result.line(), started)
    click.echo(said(result.line()))
    if result.failed:
        raise SystemExit(1)
