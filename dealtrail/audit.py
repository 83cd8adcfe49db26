"""The access audit: who read which client's data or which report, when and from where.

Every read through the JSON API (the pane and the dashboard call nothing
else) and every ``dealtrail report`` command writes one row to
``access_audit``. The table is append-only: triggers refuse UPDATE and
DELETE. Triggers only stop honest mistakes, since whoever owns the database
file can drop them, so every entry also carries the SHA-256 of the entry
before it, over a canonical serialisation of all its fields including its id.
:func:`verify` walks the chain and names the first entry that was edited or
that follows a removed one; the ``AUTOINCREMENT`` sequence, which SQLite
keeps apart from the rows, tells that the newest entries were cut off. An
owner who rewrites the whole chain and the sequence is caught only against a
head hash kept elsewhere: ``dealtrail audit --verify`` prints it, to be
written down outside the database.

An entry names people, client ids, the route or report and its options; it
never holds message content.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import sqlite_utils

from . import clock
from .addresses import clients_named
from .errors import BadRequest, ConfigError
from .messages import Msg
from .store import rows, transaction

GENESIS = "0" * 64
FIELDS = ("id", "at", "actor", "channel", "source", "action", "client_id", "detail", "status",
          "prev_hash")


def entry_hash(entry: Mapping[str, Any]) -> str:
    """SHA-256 of an entry: its fields in a fixed order as compact JSON (UTF-8, sorted keys)."""
    canonical = json.dumps([entry[name] for name in FIELDS], ensure_ascii=False,
                           separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def detail_json(values: Mapping[str, Any]) -> str:
    """The options of a read (ids, report parameters) as canonical JSON, empty ones left out."""
    kept = {k: v for k, v in values.items() if v not in (None, "", [], ())}
    return json.dumps(kept, ensure_ascii=False, separators=(",", ":"), sort_keys=True,
                      default=str) if kept else ""


def record(db: sqlite_utils.Database, *, actor: str, channel: str, source: str, action: str,
           client_id: int | None = None, detail: str = "", status: int = 0) -> int:
    """Append one entry and return its id: one short write transaction, one INSERT.

    The previous hash is the newest row's (found by primary key), so the cost
    does not grow with the log.
    """
    with transaction(db) as conn:
        seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'access_audit'"
                           ).fetchone()
        last = conn.execute("SELECT id, hash FROM access_audit ORDER BY id DESC LIMIT 1"
                            ).fetchone()
        entry: dict[str, Any] = {
            "id": max(int(seq[0]) if seq else 0, int(last[0]) if last else 0) + 1,
            "at": clock.iso(clock.now()), "actor": actor, "channel": channel, "source": source,
            "action": action, "client_id": client_id, "detail": detail, "status": int(status),
            "prev_hash": last[1] if last else GENESIS,
        }
        entry["hash"] = entry_hash(entry)
        names = (*FIELDS, "hash")
        conn.execute(f"INSERT INTO access_audit ({', '.join(names)})"
                     f" VALUES ({', '.join('?' * len(names))})", [entry[n] for n in names])
    return int(entry["id"])


@dataclass(frozen=True)
class Verdict:
    """The result of :func:`verify`: ``bad_id`` is None when the chain holds."""

    entries: int
    head_id: int | None
    head_hash: str
    bad_id: int | None = None
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.bad_id is None

    def line(self) -> Msg:
        """One line for people: the head to write down, or the first bad entry."""
        if self.ok:
            return Msg("audit_ok", entries=self.entries, head=self.head_id or 0,
                       hash=self.head_hash)
        return Msg("audit_broken", id=self.bad_id, problem=self.problem)


def _walk(db: sqlite_utils.Database) -> Iterator[dict[str, Any]]:
    cursor = db.conn.execute(f"SELECT {', '.join(FIELDS)}, hash FROM access_audit ORDER BY id")
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def verify(db: sqlite_utils.Database, expect_head: str | None = None) -> Verdict:
    """Walk the chain from the first entry; stop at the first that does not hold.

    ``expect_head`` (``ID:HASH`` as printed by an earlier verification) also
    checks that this entry is still there, unchanged.
    """
    prev_hash, prev_id, count = GENESIS, 0, 0
    anchor_id, anchor_hash = _anchor(expect_head)
    anchor_seen = False
    for entry in _walk(db):
        count += 1
        eid = int(entry["id"])
        if eid != prev_id + 1:
            missing = f"#{prev_id + 1}" if eid == prev_id + 2 else f"#{prev_id + 1}..#{eid - 1}"
            return Verdict(count, prev_id, prev_hash, eid, Msg("audit_removed", missing=missing))
        if entry["prev_hash"] != prev_hash:
            return Verdict(count, prev_id, prev_hash, eid, Msg("audit_not_following"))
        if entry_hash(entry) != entry["hash"]:
            return Verdict(count, prev_id, prev_hash, eid, Msg("audit_changed"))
        if anchor_id == eid:
            anchor_seen = True
            if entry["hash"] != anchor_hash:
                return Verdict(count, prev_id, prev_hash, eid, Msg("audit_anchor_differs"))
        prev_hash, prev_id = entry["hash"], eid
    seq = db.conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'access_audit'").fetchone()
    if seq and int(seq[0]) > prev_id:
        return Verdict(count, prev_id, prev_hash, prev_id + 1,
                       Msg("audit_tail_removed", first=prev_id + 1, last=int(seq[0])))
    if anchor_id is not None and not anchor_seen:
        return Verdict(count, prev_id, prev_hash, anchor_id, Msg("audit_anchor_gone"))
    return Verdict(count, prev_id or None, prev_hash)


def _anchor(expect_head: str | None) -> tuple[int | None, str]:
    if not expect_head:
        return None, ""
    number, _, digest = expect_head.partition(":")
    if not number.lstrip("#").isdigit() or len(digest) != 64:
        raise ConfigError(f"--expect {expect_head!r}: use ID:HASH as printed by "
                          "dealtrail audit --verify, e.g. 42:3f0c...")
    return int(number.lstrip("#")), digest.lower()


def entries(db: sqlite_utils.Database, *, person: str | None = None, client: str | None = None,
            since: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """The newest entries first, filtered by person (e-mail or OS user), client (id or name)
    and ``since`` (a date or UTC time, inclusive)."""
    where: list[str] = ["1 = 1"]
    args: list[Any] = []
    if person:
        where.append("lower(a.actor) = ?")
        args.append(person.strip().lower())
    if client:
        if client.strip().isdigit():
            where.append("a.client_id = ?")
            args.append(int(client))
        else:
            # The name in any case (dealtrail.addresses: SQLite folds only ASCII), or the key.
            named = clients_named(db.conn, client)
            where.append(f"a.client_id IN (SELECT id FROM clients WHERE lower(key) = ?"
                         f" OR id IN ({','.join('?' * len(named))}))")
            args += [client.strip().lower(), *named]
    if since:
        where.append("a.at >= ?")
        args.append(_since(since))
    args.append(limit)
    return rows(db, "SELECT a.id, a.at, a.actor, a.channel, a.source, a.action, a.client_id,"
                    " c.name AS client_name, a.detail, a.status FROM access_audit a"
                    " LEFT JOIN clients c ON c.id = a.client_id"
                    f" WHERE {' AND '.join(where)} ORDER BY a.id DESC LIMIT ?", args)


def _since(value: str) -> str:
    value = value.strip()
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
        moment = datetime.fromisoformat(value)
        return clock.iso(moment if moment.tzinfo else moment.replace(tzinfo=UTC))
    except ValueError:
        raise BadRequest(f"since {value!r} is not a date; use 2026-12-01 or "
                         "2026-12-01T09:00:00+00:00") from None
