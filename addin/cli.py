"""Commands of the add-in part: ``serve``, ``addin manifest``, ``users invite|list|revoke``."""

from __future__ import annotations

from typing import Any

import click

from dealtrail import lang as lang_mod
from dealtrail.cli import Context, echo, pass_ctx
from dealtrail.domain import ROLES
from dealtrail.messages import code_word, say


@click.command()
@click.option("--host", default=None, help="Interface to listen on (default: server.host).")
@click.option("--port", type=int, default=None, help="Port (default: server.port, 8443).")
@pass_ctx
def serve(obj: Context, host: str | None, port: int | None) -> None:
    """Serve the Outlook pane, the dashboard and the JSON API over HTTPS.

    --port overrides server.port; a port that is taken is reported before
    anything is printed or created, with a free one to use instead.

    Example: dealtrail --config dealtrail.toml serve --port 8443
    """
    from .server import serve as run

    run(obj.settings, obj.database_path(), host, port)


@click.group()
def addin() -> None:
    """The Outlook add-in.

    Example: dealtrail addin manifest --url https://dealtrail.example.com --out manifest.xml
    """


@addin.command()
@click.option("--url", default="https://localhost:8443", show_default=True,
              help="The server's https origin the manifest points at.")
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="Write to this file instead of standard output.")
def manifest(url: str, out: str | None) -> None:
    """Print or write the add-in manifest for the server at URL.

    Example: dealtrail addin manifest --url https://dealtrail.example.com --out manifest.xml
    """
    from . import manifest as manifest_mod

    if out:
        target = manifest_mod.write(url, out)
        echo("manifest_wrote", target=target)
    else:
        click.echo(manifest_mod.render(url), nl=False)


def _synced(obj: Context) -> Any:
    """The database with ``managers`` matching the config (removed people deactivated)."""
    from dealtrail.directory import sync_managers
    from dealtrail.store import transaction

    db = obj.open_db()
    with transaction(db):
        sync_managers(db, obj.settings)
    return db


@click.group()
def users() -> None:
    """Who may use the pane and the dashboard.

    Example: dealtrail users invite anna@bank.ru
    """


@users.command()
@click.argument("email")
@pass_ctx
def invite(obj: Context, email: str) -> None:
    """Make a one-time pairing code for EMAIL to type into the pane.

    Example: dealtrail users invite anna@bank.ru
    """
    from . import auth

    made = auth.invite(_synced(obj), obj.settings, email)
    echo("users_code", email=made.email, code=made.code, until=made.expires_at)


@users.command(name="list")
@pass_ctx
def list_(obj: Context) -> None:
    """List users, their roles and live tokens.

    Example: dealtrail users list
    """
    from . import auth

    found = auth.list_users(_synced(obj))
    if not found:
        echo("users_none")
    lang = lang_mod.operator()
    width = max(8, *(len(code_word("role", role, lang)) for role in ROLES))   # the longest role
    for row in found:
        role = code_word("role", row["role"], lang).ljust(width)
        click.echo(say("users_row", lang, email=row["email"], role=role,
                       state=say("users_active" if row["active"] else "users_inactive", lang),
                       tokens=row["tokens"] or 0, codes=row["pending_codes"] or 0,
                       last=row["last_used_at"] or "-"))


@users.command()
@click.argument("email")
@pass_ctx
def revoke(obj: Context, email: str) -> None:
    """Revoke every token and pairing code of EMAIL.

    Example: dealtrail users revoke anna@bank.ru
    """
    from . import auth

    count = auth.revoke(_synced(obj), email)
    echo("users_revoked", count=count, email=email)
