"""``dealtrail demo``: the whole product on an invented bank, with one command."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console

from dealtrail.lang import operator
from dealtrail.messages import say


@click.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="demo-out",
              show_default=True, help="Work folder for the demo bank (recreated each run).")
@click.option("--once", is_flag=True, help="Do everything except serving the dashboard, then exit.")
@click.option("--seed", type=int, default=7, show_default=True, help="Generator seed.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface the dashboard listens on.")
@click.option("--port", type=int, default=8443, show_default=True,
              help="Port of the dashboard and pane (make demo PORT=8444 passes it).")
def demo(out_dir: str, once: bool, seed: int, host: str, port: int) -> None:
    """Generate the demo bank, index it, run rules and reports, write digests, serve the dashboard.

    A port that is taken is reported before anything else runs, with the
    command that picks another one.

    Example: dealtrail demo --once --out demo-out
    """
    from .run import run_demo

    if not once:
        from addin.server import ensure_port_free

        from .company import LOCALE

        ensure_port_free(host, port, locale=LOCALE,
                         fix="make demo PORT={port} (or: dealtrail demo --port {port})")
    console = Console()
    result = run_demo(Path(out_dir), seed=seed, console=console)
    if once:
        return
    import os

    from addin.server import serve
    from dealtrail import config as config_mod

    from .generate import AS_OF

    # The demo bank lives on its own date; the server shows it as of that moment.
    os.environ["DEALTRAIL_NOW"] = AS_OF.isoformat()
    settings = config_mod.load(result.config)
    codes = pairing_codes(settings, result.database)
    lang = operator()
    console.print(say("demo_serving", lang, port=port))
    for email, code in codes:
        console.print(say("demo_sign_in", lang, email=email, code=code))
    serve(settings, result.database, host, port)


def pairing_codes(settings: object, database: Path) -> list[tuple[str, str]]:
    """One-time sign-in codes for the head and the first manager of the demo bank."""
    from addin.auth import invite
    from dealtrail.store import open_db

    from .company import HEAD, MANAGERS

    db = open_db(database)
    try:
        return [(email, invite(db, settings, email).code)  # type: ignore[arg-type]
                for email in (HEAD.email, MANAGERS[0].email)]
    finally:
        db.conn.close()
