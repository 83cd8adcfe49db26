"""Who is who: managers, products and mailboxes from the config; clients from the directory file.

``sync_directory`` is idempotent and cheap; every command that writes calls
it first, so the database always reflects the current config. ``open_synced``
opens the database and does that once, for the commands whose first read names
the config's managers or products (the digest, the server, the scheduler): on a
database nothing was indexed into yet they would find none. ``load_directory``
reads it back for reports and imports: :class:`People` finds a manager by email,
local part or name, :class:`Products` a product by code, name or alias.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from . import clock
from .access import revoke_credentials
from .calls import link_calls
from .config import Settings
from .errors import NotFound
from .messages import Msg, reason
from .store import open_db, rows, transaction
from .tables import Reading, Row, raise_collected, read_table

log = logging.getLogger(__name__)

DIRECTORY_COLUMNS: dict[str, tuple[str, ...]] = {
    "client": ("клиент", "name", "название"),
    "domains": ("domain", "домены", "домен"),
    "owner": ("менеджер", "manager", "ответственный"),
    "segment": ("сегмент",),
    "phones": ("phone", "телефоны", "телефон", "phone numbers"),
    "kind": ("тип", "type", "role", "роль"),
    "emails": ("email", "e-mail", "e-mails", "почта", "адреса"),
}
#: What the ``kind`` column may say: a client (the default, an empty cell too) or a party
#: that brings clients and speaks for them (a broker, dealer, reseller, agent, advertising
#: agency, a vendor's channel partner): its mail counts toward the end client's deal.
CLIENT_KINDS: dict[str, str] = {
    "": "client", "client": "client", "клиент": "client", "customer": "client",
    "intermediary": "intermediary", "посредник": "intermediary", "broker": "intermediary",
    "брокер": "intermediary", "agent": "intermediary", "агент": "intermediary",
    "agency": "intermediary", "агентство": "intermediary", "dealer": "intermediary",
    "дилер": "intermediary", "reseller": "intermediary", "реселлер": "intermediary",
    "partner": "intermediary", "партнёр": "intermediary", "партнер": "intermediary",
}
DIRECTORY_REQUIRED = ("client", "domains")


def sync_directory(db: sqlite_utils.Database, settings: Settings) -> None:
    """Upsert managers, products and mailboxes from settings, and the client directory file."""
    _sync_config(db, settings)
    if settings.clients.directory:
        import_client_directory(db, settings.path(settings.clients.directory), settings)
    link_calls(db)


def scratch_directory(settings: Settings) -> tuple[sqlite_utils.Database, Reading | None]:
    """A database in memory, set up by the schema and the config, holding the client
    directory's readable rows: who is who for ``dealtrail check`` to read the other import
    files against, as their importers would, with nothing written anywhere. Returns it and
    the reading of the directory (None when the config names none)."""
    import sqlite3

    from .store import Database, migrate_db

    db = Database(sqlite3.connect(":memory:", isolation_level=None))
    migrate_db(db)
    reading = None
    with transaction(db):
        _sync_config(db, settings)
        if settings.clients.directory:
            reading = read_client_directory(settings.path(settings.clients.directory), settings,
                                            load_directory(db, settings)[0])
            _store_clients(db, reading.items)
    return db, reading


def _sync_config(db: sqlite_utils.Database, settings: Settings) -> None:
    """Managers, products and mailboxes as the config lists them."""
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


def open_synced(path: str | Path, settings: Settings) -> sqlite_utils.Database:
    """The database at ``path`` (created and migrated if need be) with the config's
    managers, products, mailboxes and client directory synced into it."""
    db = open_db(path)
    try:
        with transaction(db):
            sync_directory(db, settings)
    except BaseException:
        db.conn.close()
        raise
    return db


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
    """Load clients (client, domains, owner, segment, phones, kind, emails); all row errors at once,
    nothing on error.

    ``phones`` holds one or more numbers (comma, semicolon or new line between
    them) in any usual form; they are stored in E.164 and link calls to the client.
    ``kind`` says whether the row is a client (empty) or an intermediary (:data:`CLIENT_KINDS`).
    """
    reading = read_client_directory(path, settings, load_directory(db, settings)[0])
    raise_collected(reading.errors)
    _store_clients(db, reading.items)
    log.info("client directory %s: %d clients", path, len(reading.items))
    return len(reading.items)


def read_client_directory(path: Path, settings: Settings, people: People) -> Reading:
    """Read and check every row of the client directory; nothing is stored (the import and
    ``dealtrail check`` both read it here)."""
    # Imported here: every sync reads the directory module, few import a directory, and
    # the phone number library costs ~0.01 s to import.
    from .phones import normalize, split_cell

    errors: list[str] = []
    parsed: list[tuple[str, list[str], str, str, list[str], str]] = []
    managers = {m.email for m in settings.managers}
    phone_rows: dict[str, int] = {}
    bad_rows = 0
    for row in read_table(path, DIRECTORY_COLUMNS, required=DIRECTORY_REQUIRED):
        before = len(errors)
        if not row.text("client"):
            errors.append(row.error("client", Msg("cell_empty")))
            continue
        # A client is known by a domain, its people's addresses or its phones: a free-mail
        # client has no domain of its own, and a cell left empty is right for it.
        if not (row.text("domains") or row.text("emails") or row.text("phones")):
            errors.append(row.error("domains", Msg("cell_no_identity")))
            continue
        # The owner is named as every import names a manager (People.find): e-mail, login
        # or full name, of someone in [[managers]] now.
        written = row.text("owner")
        found = people.find(written) if written else None
        owner = found["email"].lower() if found else ""
        if written and owner not in managers:
            errors.append(row.error("owner", Msg("cell_unknown_owner", value=written.lower())))
            continue
        # ``emails``: the client's people's own addresses, a free-mail one too (its
        # mail is the client's); ``domains`` may list such an address as well.
        written_domains = ",".join((row.text("domains"), row.text("emails")))
        domains = [d.strip().lower().lstrip("@")
                   for d in written_domains.replace(";", ",").replace("\n", ",").split(",")
                   if d.strip()]
        phones: list[str] = []
        for written in split_cell(row.text("phones")):
            try:
                phone = normalize(written, settings.company.country)
            except ValueError as exc:
                errors.append(row.error("phones", reason(exc)))
                break
            if phone in phone_rows and phone_rows[phone] != row.number:
                errors.append(row.error("phones", Msg("cell_phone_twice", value=written,
                                                      row=phone_rows[phone])))
                break
            phone_rows[phone] = row.number
            phones.append(phone)
        kind = CLIENT_KINDS.get(row.text("kind").casefold())
        if kind is None:
            errors.extend(kind_errors([row]))
            continue
        parsed.append((row.text("client"), domains, owner, row.text("segment"), phones, kind))
        bad_rows += len(errors) > before      # a bad phone still reads the rest of its row
    return Reading(parsed, errors, len(parsed) - bad_rows)


def _store_clients(db: sqlite_utils.Database,
                   parsed: list[tuple[str, list[str], str, str, list[str], str]]) -> None:
    stamp = clock.iso(clock.now())
    conn = db.conn
    for name, domains, owner, segment, phones, kind in parsed:
        # The directory's word on the kind is final: the mail never makes a listed client
        # an intermediary (indexer/intermediary.py), nor a listed intermediary a client.
        conn.execute(
            "INSERT INTO clients (name, owner_email, segment, source, key, created_at, kind,"
            " kind_source, kind_evidence) VALUES (?,?,?,'directory',?,?,?,'directory','')"
            " ON CONFLICT (key) DO UPDATE SET name=excluded.name,"
            " owner_email=excluded.owner_email, segment=excluded.segment, source='directory',"
            " kind=excluded.kind, kind_source='directory', kind_evidence=''",
            (name, owner or None, segment, f"dir:{name.lower()}", stamp, kind),
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
                merge_client(db, previous[0], client_id)
            person = conn.execute("SELECT id FROM clients WHERE key = ?",
                                  (f"person:{domain}",)).fetchone() if "@" in domain else None
            if person and person[0] != client_id:
                # A free-mail address the directory lists: its mail so far was a person's.
                merge_client(db, person[0], client_id)
        # The directory is the truth for its clients' numbers: it replaces their
        # earlier directory numbers and wins over a number read from a signature.
        conn.execute("DELETE FROM client_phones WHERE client_id = ? AND source = 'directory'",
                     (client_id,))
        conn.executemany(
            "INSERT INTO client_phones (phone, client_id, source) VALUES (?,?,'directory')"
            " ON CONFLICT (phone) DO UPDATE SET client_id=excluded.client_id, source='directory',"
            " message_id=NULL", [(phone, client_id) for phone in phones])


def kind_errors(table: Iterable[Row]) -> list[str]:
    """One error line per directory row whose ``kind`` is neither a client nor an
    intermediary (what ``dealtrail check`` and the import both say)."""
    return [row.error("kind", Msg("cell_client_kind", value=row.text("kind")))
            for row in table if row.text("kind").casefold() not in CLIENT_KINDS]


def merge_client(db: sqlite_utils.Database, old: int, new: int) -> None:
    """Make everything of client ``old`` (an auto-created domain's, a free-mail person's) the
    listed client ``new``'s, and drop ``old``."""
    for table in ("messages", "threads", "events", "contacts", "deals", "promises", "sales",
                  "complaints", "violations", "people", "calls", "client_phones", "deal_signals"):
        db.conn.execute(f"UPDATE {table} SET client_id = ? WHERE client_id = ?", (new, old))
    db.conn.execute("DELETE FROM clients WHERE id = ? AND source IN ('auto', 'person')", (old,))


def row_dict(cursor: Any) -> dict[str, Any] | None:
    row = cursor.fetchone()
    return None if row is None else dict(zip([c[0] for c in cursor.description], row, strict=True))


# -- reading it back: who is who ---------------------------------------------------------


@dataclass
class People:
    """Managers known to the database, with team and time zone completed from the settings."""

    rows: list[dict[str, Any]]
    _by_id: dict[int, dict[str, Any]] = field(default_factory=dict)
    _by_email: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_id = {r["id"]: r for r in self.rows}
        self._by_email = {r["email"].lower(): r for r in self.rows}

    def by_id(self, ident: int | None) -> dict[str, Any] | None:
        return self._by_id.get(ident) if ident is not None else None

    def find(self, text: str) -> dict[str, Any] | None:
        """A manager by email (or its local part, or full name); None when unknown."""
        key = text.strip().lower()
        if key in self._by_email:
            return self._by_email[key]
        for r in self.rows:
            if r["name"].strip().lower() == key or r["email"].split("@")[0] == key.rstrip("@"):
                return r
            parts = r["name"].lower().split()
            if len(parts) > 1 and " ".join(reversed(parts)) == key:
                return r
        return None

    def by_email(self, text: str) -> dict[str, Any]:
        found = self.find(text)
        if found is None:
            raise NotFound(Msg("found_no_manager", value=text))
        return found


@dataclass
class Products:
    """Products known to the database, found by code, English or Russian name, or alias."""

    rows: list[dict[str, Any]]

    def by_id(self, ident: int | None) -> dict[str, Any] | None:
        return next((r for r in self.rows if r["id"] == ident), None) if ident is not None else None

    def find(self, text: str) -> dict[str, Any] | None:
        key = text.strip().lower()
        for r in self.rows:
            names = {r["code"].lower(), r["name_en"].lower(), r["name_ru"].lower(), *r["aliases"]}
            if key in names:
                return r
        return None

    def resolve(self, text: str) -> dict[str, Any]:
        found = self.find(text)
        if found is None:
            known = ", ".join(r["code"] for r in self.rows) or Msg("rules_none")
            raise NotFound(Msg("found_no_product", value=text, known=known))
        return found


def load_directory(db: sqlite_utils.Database, settings: Settings) -> tuple[People, Products]:
    """Managers and products as stored, completed from the settings: who is who for reports
    and rules. For a person in ``[[managers]]`` the settings win (name, role, time zone): the
    table is their copy, brought up to date only when the directory is next synced."""
    conf = {m.email: m for m in settings.managers}
    people = []
    for r in rows(db, "SELECT id, email, name, role, team, timezone, locale, active FROM managers"):
        c = conf.get(r["email"].lower())
        if c is not None:
            r["team"] = r["team"] or c.team
            r["name"], r["role"], r["timezone"] = c.name, c.role, c.timezone
        people.append(r)
    goods = []
    for r in rows(db, "SELECT id, code, name_en, name_ru, aliases FROM products ORDER BY code"):
        try:
            r["aliases"] = [str(a).lower() for a in json.loads(r["aliases"] or "[]")]
        except ValueError:
            r["aliases"] = []
        goods.append(r)
    return People(people), Products(goods)
