"""Whom a letter belongs to, for the writer: past brokers to the end client, and free-mail
addresses to the listed company they clearly write for.

:class:`indexer.writer.Writer` files each message under the client of its counterparts
(:meth:`~indexer.writer.Writer.client_for`, :mod:`dealtrail.addresses`); this part of it
skips an intermediary (a broker, dealer or agent: ``clients.kind``, listed in the directory
or read from its own mail by :mod:`indexer.intermediary`) for the client it speaks for, and
ties a free-mail address to a listed company when the letter shows it clearly
(:func:`dealtrail.addresses.company_named`).
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

from dealtrail.addresses import company_named, domain_of, is_freemail, with_parents
from dealtrail.directory import merge_client
from indexer.analysis import Analysis

if TYPE_CHECKING:
    from indexer.writer import BatchResult, _Segment

log = logging.getLogger(__name__)


class Parties:
    """The writer's choice of client past intermediaries, and its free-mail ties (a mixin of
    :class:`indexer.writer.Writer`, which holds the state it reads)."""

    conn: Any
    db: Any
    settings: Any
    internal: frozenset[str]
    _clients: Any
    _client_by_person: dict[str, int | None]
    _intermediaries: set[int]
    _named: set[int]
    _marked: dict[int, str]
    _companies: list[tuple[int, str, list[str]]]
    _company_ids: set[int]
    _phones: dict[str, int]
    _ties: list[tuple[str, int, str, str]]
    _refile: list[tuple[str, int, int]]

    if TYPE_CHECKING:
        # Provided by indexer.writer.Writer, the one place that files an address to a client.
        def client_for(self, address: str, name: str = "") -> int | None: ...

        def _listed(self, domain: str) -> int | None: ...

    def _client_of(self, seg: _Segment, a: Analysis) -> tuple[int | None, int | None]:
        """The client a message belongs to, and the intermediary it came through (None when
        it went to the client itself): its first counterpart's client that is no intermediary.

        A broker, dealer or agent (``clients.kind``, from the directory or read from its
        own mail: :mod:`indexer.intermediary`) is skipped for the end client on the same
        letter; a letter with the intermediary alone belongs to the client it speaks for (a
        listed client named beside its words or whose letter it forwards, an address Cc'd or
        in the letter it forwards), else to the client of the thread it answers, else to the
        intermediary, which is never a negotiation.
        """
        msg = a.msg
        self._tie_free_mail(a)
        found: list[int] = []
        for address in a.counterparts:
            client_id = self.client_for(address, msg.from_name if address == msg.from_addr else "")
            if client_id and client_id not in found:
                found.append(client_id)
        if not found:
            return None, None
        voice = a.speaks_for if a.direction == "in" else None
        # A listed client it speaks for: named in the sentence that shows it, or the sender
        # of the letter it forwards.
        listed = [c for c in (company_named(voice.sentence, self._companies),
                              *map(self._company_of, voice.forwarded))
                  if c and c != found[0]] if voice is not None else []
        marked = voice is not None and found[0] not in self._named and found[0] not in \
            self._intermediaries and bool(voice.strong or voice.parties or listed)
        if marked and voice is not None:
            self._mark(found[0], msg.message_id, voice.sentence,
                       voice.forwarded[0] if voice.forwarded and not voice.sentence else "")
        chosen = self._through(seg, a, found, listed, voice)
        if marked and chosen[0] not in (None, found[0]):
            # Its letters in this thread before it showed what it is belong to the same client.
            self._refile.append((msg.message_id, found[0], chosen[0]))
        return chosen

    def _through(self, seg: _Segment, a: Analysis, found: list[int], listed: list[int],
                 voice: Any) -> tuple[int | None, int | None]:
        """The client of a letter whose counterparts' clients are ``found``, past the
        intermediaries among them (:meth:`_client_of`), and the intermediary it came through."""
        msg = a.msg
        real = next((c for c in found if c not in self._intermediaries), None)
        if real is not None:
            return real, None
        if listed:
            return listed[0], found[0]
        # The party it speaks for: named by its address in the letter (Cc'd or forwarded).
        parties = voice.parties if voice is not None and voice.parties else tuple(
            x for x in (*msg.to, *msg.cc) if x.lower() not in a.counterparts)
        for address in parties:
            client_id = self.client_for(address)
            if client_id and client_id not in self._intermediaries:
                return client_id, found[0]
        refs = [r for r in (msg.references + ((msg.in_reply_to,) if msg.in_reply_to else ())) if r]
        for ref in sorted(set(refs)):
            thread_id = seg.thread_of_message_id.get(ref)
            if thread_id is not None:
                client_id = seg.thread(thread_id).client_id
                if client_id and client_id not in self._intermediaries:
                    return client_id, found[0]
                break
        return found[0], None

    def _tie_free_mail(self, a: Analysis) -> None:
        """Tie a free-mail address on ``a`` to the directory company the letter clearly shows
        (:mod:`dealtrail.addresses`): the sender's signature or display name names it («ООО
        «Маркетон» — бухгалтерия»), the signature carries one of its listed numbers, or its
        local part is one; its own people (its domain) are on the
        letter with it; or the manager's letter to that address alone greets it by name."""
        msg = a.msg
        sender = msg.from_addr.lower()
        # (address, client, clue): the clue is kept as the tie's evidence (_ties_flush).
        ties: list[tuple[str, int, str]] = []
        if a.direction == "in" and is_freemail(sender) and self._listed(sender) is None:
            on_letter = {c for c in map(self._company_of, (*msg.to, *msg.cc)) if c}
            phones = {self._phones[p] for p in (*a.phones, *_phone_address(
                sender, self.settings.company.country)) if p in self._phones}
            if named := company_named(a.signature, self._companies):
                ties.append((sender, named, "signature"))
            elif named := company_named(msg.from_name, self._companies):
                ties.append((sender, named, "display_name"))
            elif len(phones) == 1:
                ties.append((sender, phones.pop(), "phone"))
            elif len(on_letter) == 1 and a.speaks_for is None:
                ties.append((sender, on_letter.pop(), "colleagues"))
        elif a.direction == "in" and (own := self._company_of(sender)) and a.speaks_for is None:
            ties += [(x.lower(), own, "colleagues") for x in (*msg.to, *msg.cc)
                     if is_freemail(x) and self._listed(x.lower()) is None]
        elif (a.direction == "out" and len(a.counterparts) == 1
              and is_freemail(a.counterparts[0]) and self._listed(a.counterparts[0]) is None):
            greeting = "\n".join(a.new_text.strip().splitlines()[:2])[:300]
            client = company_named(greeting, self._companies)
            if client:
                ties.append((a.counterparts[0].lower(), client, "greeting"))
        for address, client, clue in ties:
            if self._clients is not None:
                self._clients.domains[address] = client
                self._clients.asked.add(address)
            self._client_by_person[address] = client
            self._ties.append((address, client, msg.message_id, clue))

    def _company_of(self, address: str) -> int | None:
        """The directory company (no intermediary) whose domain ``address`` is at; None for
        free mail, our own addresses and companies nobody listed."""
        domain = domain_of(address)
        if not domain or domain in self.internal or is_freemail(address):
            return None
        client = next((c for c in map(self._listed, with_parents(domain)) if c is not None), None)
        return client if client in self._company_ids else None

    def _ties_flush(self, result: BatchResult) -> None:
        """Store the run's free-mail ties: the address is the company's from now on, and what
        was filed under the person it was taken for so far is the company's too. The letter
        and the clue that made the tie are its evidence, kept with the address (the pane
        shows them with the client's card)."""
        for address, client, message_id, clue in self._ties:
            self.conn.execute("INSERT OR IGNORE INTO client_domains (domain, client_id, evidence)"
                              " VALUES (?,?,?)", (address, client, json.dumps(
                                  {"message_id": message_id, "clue": clue})))
            person = self.conn.execute("SELECT id FROM clients WHERE key = ? AND source ="
                                       " 'person'", (f"person:{address}",)).fetchone()
            if person and person[0] != client:
                merge_client(self.db, int(person[0]), client)
                result.clients.discard(int(person[0]))
            result.clients.add(client)
            log.info("%s is tied to client %d by message %s", address, client, message_id)
        self._ties.clear()

    def _mark(self, client_id: int, message_id: str, sentence: str, forwarded: str = ""
              ) -> None:
        """Take ``client_id`` for an intermediary from now on, with the sentence that showed
        it (stored once the run's new clients are, :meth:`_kinds_flush`)."""
        if client_id in self._intermediaries:
            return
        self._intermediaries.add(client_id)
        shown = {"message_id": message_id, "quote": sentence}
        if forwarded:
            shown["forwarded"] = forwarded      # it passed on this listed client's letter
        self._marked[client_id] = json.dumps(shown, ensure_ascii=False)

    def _kinds(self) -> None:
        """Which clients are intermediaries, and which a person named (never re-kinded):
        read at the start of each run, as another mailbox's worker may have found some."""
        self._intermediaries = {int(r[0]) for r in self.conn.execute(
            "SELECT id FROM clients WHERE kind = 'intermediary'")}
        self._named = {int(r[0]) for r in self.conn.execute(
            "SELECT id FROM clients WHERE source IN ('directory', 'tag') OR kind_source <> ''")}
        # The listed companies a free-mail address may be tied to, with their domains and
        # numbers (:meth:`_tie_free_mail`).
        self._companies = [(int(r[0]), r[1] or "", (r[2] or "").split()) for r in self.conn.execute(
            "SELECT c.id, c.name, group_concat(d.domain, ' ') FROM clients c LEFT JOIN"
            " client_domains d ON d.client_id = c.id WHERE c.source = 'directory'"
            " AND c.kind = 'client' GROUP BY c.id")]
        self._company_ids = {c[0] for c in self._companies}
        self._phones = {r[0]: int(r[1]) for r in self.conn.execute(
            "SELECT p.phone, p.client_id FROM client_phones p JOIN clients c ON c.id = p.client_id"
            " WHERE p.source = 'directory' AND c.kind = 'client'")}

    def _refile_flush(self, result: BatchResult) -> None:
        """Move an intermediary's earlier letters of a thread (filed under it before its words
        showed what it is) to the client the thread turned out to be about."""
        for message_id, broker, end in self._refile:
            row = self.conn.execute("SELECT thread_id FROM messages WHERE message_id = ? AND"
                                    " client_id = ? LIMIT 1", (message_id, end)).fetchone()
            if not row or row[0] is None:
                continue
            ids = [int(r[0]) for r in self.conn.execute(
                "SELECT id FROM messages WHERE thread_id = ? AND client_id = ?", (row[0], broker))]
            if not ids:
                continue
            marks = ",".join("?" * len(ids))
            self.conn.execute(f"UPDATE messages SET client_id = ?, intermediary_id = ? WHERE id IN"
                              f" ({marks})", (end, broker, *ids))
            for table in ("promises", "deal_signals", "contacts", "complaints"):
                self.conn.execute(f"UPDATE {table} SET client_id = ? WHERE client_id = ? AND"
                                  f" message_id IN ({marks})", (end, broker, *ids))
            self.conn.execute("UPDATE threads SET client_id = ? WHERE id = ? AND client_id = ?",
                              (end, row[0], broker))
            result.clients.add(end)
        self._refile.clear()

    def _kinds_flush(self) -> None:
        self.conn.executemany(
            "UPDATE clients SET kind = 'intermediary', kind_source = 'inferred',"
            " kind_evidence = ? WHERE id = ? AND kind_source = ''",
            [(evidence, client_id) for client_id, evidence in self._marked.items()])
        self._marked.clear()


def _phone_address(address: str, country: str) -> tuple[str, ...]:
    """The number a phone-number address is (``79161234567@mail.ru``), in E.164; () if none."""
    local = address.partition("@")[0]
    if not (local.isdigit() and 10 <= len(local) <= 12):
        return ()
    from dealtrail.phones import normalize

    try:
        return (normalize(local, country),)
    except ValueError:
        return ()
