"""Who is who: managers, products and mailboxes from the config; clients from the directory file.

``sync_directory`` is idempotent and cheap; every command that writes calls
it first, so the database always reflects the current config.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlite_utils

from . import clock
from .config import Settings
from .errors import ImportFileError

log = logging.getLogger(__name__)

DIRECTORY_COLUMNS = ("client", "domains", "owner", "segment")


def sync_directory(db: sqlite_utils.Database, settings: Settings) -> None:
    """Upsert managers, products and mailboxes from settings, and the client directory file."""
    conn = db.conn
    for m in settings.managers:
        conn.execute(
            "INSERT INTO managers (email, name, role, team, timezone, locale, active)"
            " VALUES (?,?,?,?,?,?,1) ON CONFLICT (email) DO UPDATE SET name=excluded.name,"
            " role=excluded.role, team=excluded.team, timezone=excluded.timezone,"
            " locale=excluded.locale, active=1",
            (m.email, m.name, m.role, m.team, m.timezone, m.locale),
        )
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


def read_table(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a CSV (UTF-8 or windows-1251, comma or semicolon) or XLSX file, numbered from 2."""
    if not path.exists():
        raise ImportFileError(f"{path}: file not found")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        sheet = book.active
        it = sheet.iter_rows(values_only=True)
        header = [str(h or "").strip().lower() for h in next(it, [])]
        for number, values in enumerate(it, start=2):
            if values is None or all(v is None for v in values):
                continue
            yield number, {h: "" if v is None else str(v).strip() for h, v in zip(header, values, strict=False)}
        return
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1251")
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if text.strip() else csv.excel
    reader = csv.DictReader(text.splitlines(), dialect=dialect)
    for number, row in enumerate(reader, start=2):
        clean = {str(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        if any(clean.values()):
            yield number, clean


def import_client_directory(db: sqlite_utils.Database, path: Path, settings: Settings) -> int:
    """Load clients (client, domains, owner, segment); all row errors at once, nothing on error."""
    errors: list[str] = []
    parsed: list[tuple[str, list[str], str, str]] = []
    managers = {m.email for m in settings.managers}
    for number, row in read_table(path):
        missing = [c for c in ("client", "domains") if not row.get(c)]
        if missing:
            errors.append(f"{path.name} row {number}: missing {', '.join(missing)}")
            continue
        owner = row.get("owner", "").lower()
        if owner and owner not in managers:
            errors.append(f"{path.name} row {number}: unknown owner {owner!r} (not in [[managers]])")
            continue
        domains = [d.strip().lower().lstrip("@") for d in row["domains"].replace(";", ",").split(",")
                   if d.strip()]
        parsed.append((row["client"], domains, owner, row.get("segment", "")))
    if errors:
        raise ImportFileError("; ".join(errors[:20]) + (f" (and {len(errors) - 20} more)"
                                                         if len(errors) > 20 else ""))
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
