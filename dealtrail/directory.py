"""Who is who: managers, products and mailboxes from the config; clients from the directory file.

``sync_directory`` is idempotent and cheap; every command that writes calls
it first, so the database always reflects the current config.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import sqlite_utils

from . import clock
from .access import revoke_credentials
from .config import Settings
from .tables import raise_collected, read_table

log = logging.getLogger(__name__)

DIRECTORY_COLUMNS: dict[str, tuple[str, ...]] = {
    "client": ("клиент", "name", "название"),
    "domains": ("domain", "домены", "домен"),
    "owner": ("менеджер", "manager", "ответственный"),
    "segment": ("сегмент",),
    # Client phone numbers (for matching a call log); accepted now, stored by the call import.
    "phones": ("phone", "телефоны", "телефон"),
}
DIRECTORY_REQUIRED = ("client", "domains")


def sync_directory(db: sqlite_utils.Database, settings: Settings) -> None:
    """Upsert managers, products and mailboxes from settings, and the client directory file."""
    conn = db.conn
    sync_managers(db, settings)
    for p in settings.products:
        conn.execute(
            "INSERT INTO products (code, name_en, name_ru, aliases) VALUES (?,?,?,?)"
            " ON CONFLICT (code) DO UPDATE SET name_en=excluded.name_en, name_ru=excluded.name_ru,"
            " aliases=excluded.aliases",
            (p.code, p.name_en, p.name_ru,
             json.dumps([a.lower() for a in p.aliases], ensure_ascii=False)),
        )
    for mb in settings.mailboxes:
        conn.execute(
            "INSERT INTO mailboxes (name, kind, owner_email, purpose) VALUES (?,?,?,?)"
            " ON CONFLICT (name) DO UPDATE SET kind=excluded.kind, owner_email=excluded.owner_email,"
            " purpose=excluded.purpose",
            (mb.name, mb.kind, mb.owner, mb.purpose),
        )
    if settings.clients.directory:
        import_client_directory(db, settings.path(settings.clients.directory), settings)


def sync_managers(db: sqlite_utils.Database, settings: Settings) -> list[str]:
    """Make ``managers`` match ``[[managers]]``; returns the e-mails just deactivated.

    A person no longer in the config is deactivated and loses every token,
    pairing code and Entra ID link: putting them back in the config makes them
    active again, but they need a new code from an administrator.
    """
    conn = db.conn
    for m in settings.managers:
        conn.execute(
            "INSERT INTO managers (email, name, role, team, timezone, locale, active)"
            " VALUES (?,?,?,?,?,?,1) ON CONFLICT (email) DO UPDATE SET name=excluded.name,"
            " role=excluded.role, team=excluded.team, timezone=excluded.timezone,"
            " locale=excluded.locale, active=1",
            (m.email, m.name, m.role, m.team, m.timezone, m.locale),
        )
    listed = {m.email.lower() for m in settings.managers}
    gone = [(mid, email) for mid, email in
            conn.execute("SELECT id, email FROM managers WHERE active = 1").fetchall()
            if email.lower() not in listed]
    for mid, email in gone:
        conn.execute("UPDATE managers SET active = 0 WHERE id = ?", (mid,))
        revoke_credentials(db, mid)
        log.warning("%s is no longer in [[managers]]: deactivated, tokens revoked", email)
    return [email for _, email in gone]


def import_client_directory(db: sqlite_utils.Database, path: Path, settings: Settings) -> int:
    """Load clients (client, domains, owner, segment); all row errors at once, nothing on error."""
    errors: list[str] = []
    parsed: list[tuple[str, list[str], str, str]] = []
    managers = {m.email for m in settings.managers}
    for row in read_table(path, DIRECTORY_COLUMNS, required=DIRECTORY_REQUIRED):
        missing = [c for c in DIRECTORY_REQUIRED if not row.text(c)]
        if missing:
            errors.append(row.error(missing[0], "is empty"))
            continue
        owner = row.text("owner").lower()
        if owner and owner not in managers:
            errors.append(row.error("owner", f"unknown owner {owner!r} (not in [[managers]])"))
            continue
        domains = [d.strip().lower().lstrip("@")
                   for d in row.text("domains").replace(";", ",").split(",") if d.strip()]
        parsed.append((row.text("client"), domains, owner, row.text("segment")))
    raise_collected(errors)
    stamp = clock.iso(clock.now())
    conn = db.conn
    for name, domains, owner, segment in parsed:
        conn.execute(
            "INSERT INTO clients (name, owner_email, segment, source, key, created_at)"
            " VALUES (?,?,?,'directory',?,?) ON CONFLICT (key) DO UPDATE SET name=excluded.name,"
            " owner_email=excluded.owner_email, segment=excluded.segment, source='directory'",
            (name, owner or None, segment, f"dir:{name.lower()}", stamp),
        )
        client_id = conn.execute("SELECT id FROM clients WHERE key = ?",
                                 (f"dir:{name.lower()}",)).fetchone()[0]
        for domain in domains:
            previous = conn.execute("SELECT client_id FROM client_domains WHERE domain = ?",
                                    (domain,)).fetchone()
            conn.execute("INSERT INTO client_domains (domain, client_id) VALUES (?,?)"
                         " ON CONFLICT (domain) DO UPDATE SET client_id=excluded.client_id",
                         (domain, client_id))
            if previous and previous[0] != client_id:
                # An auto-created client for this domain is merged into the directory one.
                _merge_client(db, previous[0], client_id)
    log.info("client directory %s: %d clients", path, len(parsed))
    return len(parsed)


def _merge_client(db: sqlite_utils.Database, old: int, new: int) -> None:
    for table in ("messages", "threads", "events", "contacts", "deals", "promises", "sales",
                  "complaints", "violations", "people"):
        db.conn.execute(f"UPDATE {table} SET client_id = ? WHERE client_id = ?", (new, old))
    db.conn.execute("DELETE FROM clients WHERE id = ? AND source = 'auto'", (old,))


def row_dict(cursor: Any) -> dict[str, Any] | None:
    row = cursor.fetchone()
    return None if row is None else dict(zip([c[0] for c in cursor.description], row, strict=True))
