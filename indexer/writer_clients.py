"""The clients of a run of messages, for the writer: read up front, new ones stored together.

:class:`indexer.writer.Writer` decides which client a message belongs to; this
keeps the client_domains and clients rows a run needs in memory, so deciding
costs no query per message, and holds the clients the run creates until the
run is stored (they get the ids SQLite would give them).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from dealtrail.addresses import FREEMAIL_DOMAINS, domain_of, lookup
from indexer.analysis import Analysis

if TYPE_CHECKING:
    from indexer.writer import Writer

CHUNK = 500  # bound parameters per IN (...) lookup


class ClientRows:
    """The client lookups a run of messages needs, read in two queries, and the clients it adds.

    What is in ``asked`` is answered from here, anything else by SQLite. A new client
    gets the id SQLite would give it and is stored by :meth:`flush`, before its rows.
    """

    def __init__(self, writer: Writer, analyses: list[Analysis]) -> None:
        self.conn = writer.conn
        domains: set[str] = set()
        keys: set[str] = set()
        by_domain, by_person = writer._client_by_domain, writer._client_by_person
        for address in {c.lower() for a in analyses for c in asked_for(a)}:
            domain = domain_of(address)
            if not domain or domain in writer.internal or domain in by_domain:
                continue    # nothing to look up, or decided earlier in the run
            if domain not in FREEMAIL_DOMAINS or address not in by_person:
                listed, key = lookup(address)
                domains.update(listed)
                keys.add(key)
        self.domains: dict[str, int] = {}
        self.keys: dict[str, int] = {}
        for part in chunks(sorted(domains)):
            self.domains.update(self.conn.execute(
                f"SELECT domain, client_id FROM client_domains WHERE domain IN ({marks(part)})",
                part))
        for part in chunks(sorted(keys)):
            self.keys.update(self.conn.execute(
                f"SELECT key, id FROM clients WHERE key IN ({marks(part)})", part))
        self.asked = domains | keys
        self.next_id = 0
        self.clients: list[tuple] = []
        self.client_domains: list[tuple[str, int]] = []

    def add(self, key: str, row: tuple, domain: str | None) -> int:
        if not self.next_id:
            self.next_id = int(self.conn.execute(
                "SELECT coalesce(max(id), 0) + 1 FROM clients").fetchone()[0])
        client_id = self.next_id
        self.next_id += 1
        self.clients.append((client_id, *row))
        self.keys[key] = client_id
        if domain and domain not in self.domains:
            self.client_domains.append((domain, client_id))
            self.domains[domain] = client_id
            self.asked.add(domain)
        return client_id

    def flush(self) -> None:
        if self.clients:
            self.conn.executemany(
                "INSERT INTO clients (id, name, owner_email, segment, source, key, created_at)"
                " VALUES (?, ?, ?, '', ?, ?, ?)", self.clients)
            self.conn.executemany(
                "INSERT OR IGNORE INTO client_domains (domain, client_id) VALUES (?,?)",
                self.client_domains)
        self.clients, self.client_domains = [], []


def asked_for(a: Analysis) -> tuple[str, ...]:
    """The addresses whose client filing ``a`` may ask for: its counterparts and, for a
    letter of an intermediary, the party it speaks for (Cc'd or in the forwarded letter)."""
    voice = a.speaks_for.parties if a.speaks_for is not None else ()
    return (*a.counterparts, *voice, *a.msg.to, *a.msg.cc)


def chunks(values: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def marks(values: list[Any]) -> str:
    return ",".join("?" * len(values))

