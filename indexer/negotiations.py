"""The negotiation step after each sync: mail signals, meetings and calls folded into deals.

Every client with a real two-way conversation with a manager (the client wrote
something more than a thank-you and the manager wrote too, or they met, or they
spoke on the phone) is a negotiation of that manager: one deal per client and
manager, or one per product when thread subjects clearly name different
products. For each deal the step sets, from the store alone:

* the **stage**, with its evidence (the Message-ID or event UID and the quoted
  sentence): first contact -> lead; the client's second message or call (not one
  setting up a call or meeting still ahead), a meeting, or a letter looking back on a
  conversation -> qualified; an offer sent
  -> proposal; terms discussed after it, or the client's yes to go ahead -> negotiation; a
  contract draft sent -> contract; a signed contract, or a sale
  booked after the contract -> won; a decline, or ``pipeline.lost_after_days``
  of silence -> lost;
* the **amount** and **expected close** the mail names (every change of the
  expected close lands in ``deal_history``, which the slipped-deal rule reads);
* the **next contact**, with its source: the earliest of a future meeting or
  call, an open dated promise of the manager, a date the client asked for, and
  the date a person set (``#next``, the pane, a CRM import); a talk planned with the client
  plans each of its open deals, a document promised just before a talk leaves the talk;
* the status of the **client's commitments** (kept when the client wrote again
  by the deadline, broken when the deadline passed in silence; :mod:`indexer.commitments`).

A field a person set (tag, pane, import) is never changed by inference; the
person's value stands until a person changes it again. The step is idempotent:
running it twice changes nothing the second time.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from dealtrail import access, clock, contacts
from dealtrail.config import Settings
from dealtrail.contacts import record_past_meetings
from dealtrail.deals import create_deal, match_deal, update_deal
from dealtrail.store import transaction
from indexer.commitments import settle_commitments
from indexer.deal_conversations import meetings_of, names_product, retitled
from indexer.deal_prices import CLAUSE, an_extra, largest_sum
from indexer.deal_words import MOVED_RE, OUR_VAGUE_GRAINS

log = logging.getLogger(__name__)

ACTOR = "dealtrail"
SOURCE = "inference"
#: deal_history sources that mean a person set the field (inference leaves it alone).
PERSON_SOURCES = ("tag", "pane", "import")
_CHUNK = 400
#: A meeting this many days after a date the client asked for answers the request.
MEETING_ANSWERS_DAYS = 3
_SOURCE_RANK = {"calendar": 0, "call": 1, "promise": 2, "client_request": 2}
#: The manager's promises that plan a talk with the client, not a document (``promises.action``).
_TALK_ACTIONS = ("call", "meet")
#: What the manager owes the client until it is done, a document or an answer: once the rules
#: find it broken, it is still the contact due for ``OWED_DAYS`` after its day, whoever wrote
#: since (the client chasing it does not send it); older, it is only a broken promise.
_OWED_ACTIONS = ("send", "reply")
OWED_DAYS = 7


@dataclass(frozen=True)
class Evidence:
    """One dated fact of a negotiation: a message, a meeting or call, a signal or a sale."""

    at: str                 # UTC ISO time
    kind: str               # inbound | outbound | meeting | call | call_in | proposal | terms
                            # | contract | won | lost | sale | silence
    ref: str = ""           # Message-ID, event UID, "call:<id>" or "sale:<id>"
    quote: str = ""

    def as_json(self) -> str:
        key = "message_id" if "@" in self.ref else "ref"
        return json.dumps({key: self.ref, "quote": self.quote, "at": self.at, "kind": self.kind},
                          ensure_ascii=False)


_ORDER = {"lead": 0, "qualified": 1, "proposal": 2, "negotiation": 3, "contract": 4, "won": 5}


#: A deal with an offer out is lost when the client has not answered this many of our
#: follow-ups over this many days since it last wrote, spoke or met.
IGNORED_FOLLOW_UPS = 2
IGNORED_FOR_DAYS = 30


def infer_stage(facts: Sequence[Evidence], *, now: datetime, lost_after_days: int = 0,
                stages: Sequence[str] = tuple(_ORDER) + ("lost",), talk_planned: str = ""
                ) -> tuple[str, Evidence] | None:
    """The stage the facts show and the fact that shows it (None: no facts at all).

    Facts are read in time order; a stage only moves forward, except that a decline
    makes the deal lost and a later offer or contract reopens it, and a new offer in a
    letter of its own after the contract draft moves the deal back to the offer, unless it
    prices a clause of the draft (``deal_prices.CLAUSE``) or an extra well under the deal's
    sums (``deal_prices.an_extra``). Stages that are
    not configured are skipped. ``talk_planned``: when a meeting or call with the
    client still ahead was first named (UTC ISO; "" when none is ahead): the client's
    letters from then on set it up and leave a lead a lead, since the needs are talked
    through there.
    """
    ordered = sorted(facts, key=lambda f: (f.at, _KIND_ORDER.get(f.kind, 9)))
    if not ordered:
        return None
    ours = {f.ref for f in ordered if f.kind == "outbound"}
    # The letters that carry a contract, looked up for each later offer (a set: a long
    # negotiation has thousands of facts).
    contract_refs = {f.ref for f in ordered if f.kind == "contract"}
    stage, shown = "lead", ordered[0]
    inbound = 0
    proposal_at = ""
    last_contact: Evidence | None = None
    last_heard: Evidence | None = None

    def move(to: str, fact: Evidence) -> None:
        nonlocal stage, shown
        if to in stages or to == "lead":
            stage, shown = to, fact

    largest = 0.0        # the largest sum the deal's offers and contracts named so far
    for fact in ordered:
        rank = _ORDER.get(stage, -1)
        before = largest
        if fact.kind in ("proposal", "contract"):
            largest = max(largest, largest_sum(fact.quote))
        if fact.kind in ("inbound", "relayed", "outbound", "meeting", "call", "call_in"):
            last_contact = fact
        if fact.kind in ("inbound", "relayed", "meeting", "call", "call_in"):
            last_heard = fact
        if fact.kind in ("inbound", "call_in"):
            # The client calling is the client coming back, as a second message is; the
            # manager calling back answers, as a reply does, and leaves a lead a lead.
            inbound += 1
            if inbound >= 2 and stage == "lead" and not (talk_planned
                                                          and fact.at >= talk_planned):
                move("qualified", fact)
        elif fact.kind in ("meeting", "talked", "priced"):
            # A price told as information (a price list, the market's) answers the needs
            # being talked through: it qualifies a lead and offers nothing.
            if stage == "lead":
                move("qualified", fact)
        elif fact.kind == "proposal":
            proposal_at = proposal_at or fact.at
            if stage == "lost" or rank < _ORDER["proposal"]:
                move("proposal", fact)
            elif (stage == "contract" and fact.ref != shown.ref
                  and fact.ref not in contract_refs and not CLAUSE.search(fact.quote)
                  and not an_extra(fact.quote, before)):
                # A new offer after the contract draft, in a letter of its own: the draft is
                # set aside and the deal is back at the offer (a smaller scope re-quoted),
                # until the client bargains over the new one.
                proposal_at = fact.at
                move("proposal", fact)
        elif fact.kind in ("terms", "accepted"):
            # Bargaining over the offer, or the client's yes to go ahead: the talks are on.
            if stage == "proposal" and proposal_at and fact.at > proposal_at:
                move("negotiation", fact)
            elif fact.kind == "terms" and fact.ref in ours and stage in ("lead", "qualified"):
                # Our answer to the client's bargaining (the price bettered, its floor named)
                # is an offer made and bargained over, though no signal read the first offer.
                from indexer.deal_outcomes import ANSWER_TO_BARGAINING
                if ANSWER_TO_BARGAINING.search(fact.quote.lower()):
                    move("negotiation", fact)
        elif fact.kind == "contract":
            if stage == "lost" or rank < _ORDER["contract"]:
                move("contract", fact)
        elif fact.kind == "won":
            move("won", fact)
        elif fact.kind == "sale":
            # A sale booked once the client's needs were understood (or after an offer or a
            # contract) closes the negotiation: an offer made by phone or in words the
            # signals miss still ends in the sale. A sale right after a first contact is
            # another, earlier piece of business.
            # A sale after the client declined an offer is the decline undone: the client
            # came back and bought.
            if stage in ("qualified", "proposal", "negotiation", "contract") or (
                    stage == "lost" and proposal_at):
                move("won", fact)
        elif fact.kind == "lost" and stage != "won":
            move("lost", fact)
    if stage in ("proposal", "negotiation", "contract") and last_heard is not None:
        # The client stopped answering: our offer stands, we wrote again and again, and
        # nothing came back for weeks. That silence is the decline the client never wrote.
        chased = [f for f in ordered if f.kind == "outbound" and f.at > last_heard.at]
        if (len(chased) >= IGNORED_FOLLOW_UPS and clock.parse_iso(last_heard.at)
                < now - timedelta(days=IGNORED_FOR_DAYS)):
            move("lost", Evidence(chased[-1].at, "silence", chased[-1].ref,
                                  f"no answer since {last_heard.at[:10]}"))
    if (stage not in ("won", "lost") and lost_after_days > 0 and last_contact is not None
            and clock.parse_iso(last_contact.at) < now - timedelta(days=lost_after_days)):
        move("lost", Evidence(last_contact.at, "silence", last_contact.ref,
                              f"no contact since {last_contact.at[:10]}"))
    return stage, shown


# Same-moment facts: a message's own signals come after the message itself.
_KIND_ORDER = {"inbound": 0, "relayed": 0, "outbound": 0, "meeting": 0, "call": 0, "call_in": 0, "talked": 1,
               "priced": 1,
               "proposal": 1, "contract": 2,
               "terms": 3, "accepted": 3, "sale": 4, "won": 5, "lost": 6}


@dataclass
class FoldReport:
    """What one run of the step did."""

    clients: int = 0
    created: int = 0
    changed: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        return (f"negotiations: {self.clients} clients, {self.created} deals created, "
                f"{self.changed} fields changed in {self.seconds:.2f}s")


@dataclass
class _Pair:
    """Everything the step knows about one client and one manager."""

    manager_id: int = 0
    messages: list[tuple] = field(default_factory=list)    # (id, mid, thread, dir, at, subject,
                                                           #  attachment, manager)
    signals: list[dict[str, Any]] = field(default_factory=list)
    events: list[tuple] = field(default_factory=list)      # (uid, start, summary)
    calls: list[tuple] = field(default_factory=list)       # (contact id, at, incoming)
    call_notes: list[tuple] = field(default_factory=list)  # (at, the call log's note)
    call_plans: list[dict[str, Any]] | None = None         # what the notes plan, read once
    promises: list[tuple] = field(default_factory=list)    # (id, thread, due, status, made,
                                                           #  action, grain, text)
    joined: list[tuple] = field(default_factory=list)      # the head's promises, as promises
    topics: dict[int, str] = field(default_factory=dict)   # a moved conversation's product


def fold_negotiations(db: sqlite_utils.Database, settings: Settings, *,
                      clients: Iterable[int] | None = None, now: datetime | None = None
                      ) -> FoldReport:
    """Build or refresh the deals of ``clients`` (None: every client with mail, a meeting
    or a call).

    Runs in one transaction; idempotent.
    """
    import time

    started = time.perf_counter()
    moment = now or clock.now()
    report = FoldReport()
    with transaction(db):
        record_past_meetings(db, moment)
        report.changed += retire_intermediary_deals(db, moment)
        if clients is None:
            scope = [r[0] for r in db.conn.execute(
                "SELECT client_id FROM messages WHERE client_id IS NOT NULL"
                " UNION SELECT client_id FROM events WHERE client_id IS NOT NULL"
                " UNION SELECT client_id FROM contacts ORDER BY 1")]
        else:
            wanted = set(clients)
            wanted.update(r[0] for r in db.conn.execute(
                "SELECT DISTINCT client_id FROM deals WHERE status = 'open'"))
            scope = sorted(wanted)
        report.clients = len(scope)
        for start in range(0, len(scope), _CHUNK):
            _fold_chunk(db, settings, scope[start:start + _CHUNK], moment, report)
    report.seconds = time.perf_counter() - started
    log.info(report.line())
    return report


def retire_intermediary_deals(db: sqlite_utils.Database, now: datetime) -> int:
    """Void the open deals this step made for a client that is an intermediary (a broker,
    dealer or agent: ``clients.kind``); returns how many.

    Such a deal is no negotiation (the fold makes none for an intermediary), yet one made
    before the intermediary was known (listed later, shown by its own mail later, or made
    before ``clients.kind`` existed) stayed open on the board. It is not deleted: its status
    becomes ``void`` through :func:`update_deal`, whose history keeps who did it, when and
    why (the Message-ID of the letter that showed the intermediary, or ``directory``); a
    deal a person made or touched (a tag, the pane, a CRM import) is left as it is.
    """
    found = db.conn.execute(
        "SELECT d.id, c.kind_source, c.kind_evidence FROM deals d JOIN clients c"
        " ON c.id = d.client_id WHERE c.kind = 'intermediary' AND d.status = 'open'"
        " AND d.external_id IS NULL AND NOT EXISTS (SELECT 1 FROM deal_history h"
        f" WHERE h.deal_id = d.id AND h.source IN ({_marks(PERSON_SOURCES)}))",
        PERSON_SOURCES).fetchall()
    for deal_id, kind_source, evidence in found:
        try:
            ref = str(json.loads(evidence or "{}").get("message_id") or "")
        except ValueError:
            ref = ""
        update_deal(db, deal_id, {"status": "void"}, actor=ACTOR, source=SOURCE,
                    source_ref=ref or kind_source or "directory", at=now)
    return len(found)


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


def _fold_chunk(db: sqlite_utils.Database, settings: Settings, ids: list[int], now: datetime,
                report: FoldReport) -> None:
    conn = db.conn
    marks = _marks(ids)
    # Per client: each message once (a copy in several mailboxes is one message), the
    # managers whose mailbox received it, and the threads each manager took part in.
    messages: dict[int, list[tuple]] = defaultdict(list)
    first_row: dict[str, int] = {}
    receivers: dict[str, set[int]] = defaultdict(set)
    threads_of: dict[tuple[int, int], set[int]] = defaultdict(set)
    for row in conn.execute(
            "SELECT id, message_id, thread_id, direction, sent_at, subject, has_attachment,"
            " client_id, manager_id, intermediary_id FROM messages WHERE client_id IN"
            f" ({marks}) AND deleted = 0 AND direction IN ('in', 'out')"
            " AND manager_id IS NOT NULL ORDER BY sent_at, id", ids):
        key = row[1] or f"row:{row[0]}"
        client_id, manager_id = row[7], row[8]
        threads_of[(client_id, manager_id)].add(row[2])
        if row[3] == "in":
            receivers[key].add(manager_id)
        if key in first_row:
            continue
        first_row[key] = row[0]
        messages[client_id].append((row[0], key, row[2], row[3], row[4], row[5], row[6],
                                    manager_id, row[9]))
    signals: dict[int, list[dict[str, Any]]] = defaultdict(list)
    seen_signals: set[tuple] = set()
    for row in conn.execute(
            "SELECT s.id, s.message_id, s.kind, s.side, s.text, s.span_start, s.value, s.due_at,"
            " s.at, s.manager_id, s.client_id, s.thread_id, s.status, s.deal_id, m.message_id"
            f" FROM deal_signals s JOIN messages m ON m.id = s.message_id"
            f" WHERE s.client_id IN ({marks}) ORDER BY s.at, s.id", ids):
        sig = dict(zip(("id", "message", "kind", "side", "text", "span_start", "value", "due_at",
                        "at", "manager_id", "client_id", "thread_id", "status", "deal_id", "ref"),
                       row, strict=True))
        key = (sig["ref"] or f"row:{sig['message']}", sig["kind"], sig["span_start"])
        if key in seen_signals:
            continue                  # the same message's signal from another mailbox's copy
        seen_signals.add(key)
        signals[sig["client_id"]].append(sig)
    moved = retitled(messages, signals)
    for rows in messages.values():
        rows[:] = [(*m[:2], moved.get(m[1], (m[2],))[0], *m[3:]) for m in rows]
    for sigs in signals.values():
        for s in sigs:
            s["thread_id"] = moved.get(s["ref"] or "", (s["thread_id"],))[0]
    pairs: dict[tuple[int, int], _Pair] = defaultdict(_Pair)
    for (client_id, manager_id), joined in threads_of.items():
        topics = {conv: code for conv, thread, code in moved.values() if thread in joined}
        joined |= set(topics)
        pair = pairs[(client_id, manager_id)]
        pair.topics = {conv: code for conv, code in topics.items() if code}
        pair.messages = [m for m in messages[client_id] if m[2] in joined]
        pair.signals = [g for g in signals[client_id] if g["thread_id"] in joined]
        pair.manager_id = manager_id
    for uid, start, summary, client_id, manager_id in conn.execute(
            "SELECT uid, start_at, summary, client_id, manager_id FROM events"
            f" WHERE client_id IN ({marks}) AND {contacts.held_sql('')}"
            " AND manager_id IS NOT NULL ORDER BY start_at", ids):
        pairs[(client_id, manager_id)].events.append((uid, start, summary))
        pairs[(client_id, manager_id)].manager_id = manager_id
    for ident, at, client_id, manager_id, incoming, note in conn.execute(
            "SELECT k.id, k.at, k.client_id, k.manager_id, c.direction = 'in', c.note"
            " FROM contacts k LEFT JOIN calls c ON c.id = k.call_id"
            f" WHERE k.client_id IN ({marks}) AND k.channel = 'call'", ids):
        pairs[(client_id, manager_id)].calls.append((ident, at, bool(incoming)))
        if note:
            pairs[(client_id, manager_id)].call_notes.append((at, note))
        pairs[(client_id, manager_id)].manager_id = manager_id
    for (ident, thread_id, due, status, made, action, client_id, manager_id, ref, grain,
         text) in conn.execute(
            "SELECT p.id, p.thread_id, p.due_at, p.status, p.made_at, p.action, p.client_id,"
            " p.manager_id, m.message_id, p.due_grain, p.text FROM promises p"
            " LEFT JOIN messages m ON m.id = p.message_id"
            f" WHERE p.client_id IN ({marks}) AND p.party = 'manager'"
            " AND p.manager_id IS NOT NULL", ids):
        thread_id = moved.get(ref or "", (thread_id,))[0]
        if (client_id, manager_id) in pairs:
            pairs[(client_id, manager_id)].promises.append((ident, thread_id, due, status, made,
                                                            action, grain or "day", text))
    sales: dict[int, list[tuple]] = defaultdict(list)
    for ident, client_id, product_id, booked_on, deal_id in conn.execute(
            "SELECT id, client_id, product_id, booked_on, deal_id FROM sales"
            f" WHERE client_id IN ({marks}) AND amount_minor > 0", ids):
        sales[client_id].append((ident, product_id, booked_on, deal_id))
    deals: dict[int, list[dict[str, Any]]] = defaultdict(list)
    cur = conn.execute(f"SELECT * FROM deals WHERE client_id IN ({marks}) ORDER BY id", ids)
    names = [c[0] for c in cur.description]
    for row in cur:
        deal = dict(zip(names, row, strict=True))
        deals[deal["client_id"]].append(deal)
    person = _person_fields(db, [d["id"] for ds in deals.values() for d in ds])
    products = {r[0]: r[1] for r in conn.execute("SELECT code, id FROM products")}
    heads = {r[0] for r in conn.execute("SELECT id FROM managers WHERE role = 'head'")}
    zones = dict(conn.execute("SELECT id, timezone FROM managers"))
    last_contact = {(r[0], r[1]): r[2] for r in conn.execute(
        "SELECT client_id, manager_id, max(at) FROM contacts"
        f" WHERE client_id IN ({marks}) GROUP BY client_id, manager_id", ids)}
    # Who owns a client is answered once (dealtrail/access.py), for the rules and the pane too.
    owners = {(r[0], r[1]) for r in conn.execute(
        f"SELECT id, owner FROM (SELECT c.id, {access.client_owner_sql('c.id')} AS owner"
        f" FROM clients c WHERE c.id IN ({marks}) AND c.source = 'directory')"
        " WHERE owner IS NOT NULL", ids)}
    unlisted = {r[0] for r in conn.execute(
        f"SELECT id FROM clients WHERE id IN ({marks}) AND source NOT IN ('directory', 'tag')",
        ids)}
    # A broker, dealer or agent speaks for clients and is none (indexer/intermediary.py).
    brokers = {r[0] for r in conn.execute(
        f"SELECT id FROM clients WHERE id IN ({marks}) AND kind = 'intermediary'", ids)}
    talking = {key for key, pair in pairs.items()
               if (_two_way(pair, now) or (key in owners and _wrote(pair)))
               and not (key[0] in unlisted and _sourcing(pair)) and key[0] not in brokers}
    talking -= _counterparties(conn, {key: pairs[key] for key in talking if key[0] in unlisted})
    led = {key for key in talking if key[1] in heads
           and any(c == key[0] and m not in heads for c, m in talking)}
    leading: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for key in talking - led:
        leading[key[0]].append(key)
    for (client_id, head_id) in led:
        # What the head promised in a manager's conversation is agreed in that manager's deal.
        for key in leading[client_id]:
            pairs[key].joined += [p for p in pairs[(client_id, head_id)].promises
                                  if p[1] in threads_of[key]]
    for (client_id, manager_id) in sorted(talking):
        # The head of sales who joins a conversation a manager leads does not take it over.
        if (client_id, manager_id) in led:
            continue
        pair = pairs[(client_id, manager_id)]
        split: list[tuple[dict[str, Any], set[int] | None, int | None]] = []
        for product, threads in _split(pair, products):
            found = match_deal(deals[client_id], manager_id, product)
            if found is None:
                deal = _create(db, settings, client_id, manager_id, product, pair, threads, now)
                deals[client_id].append(deal)
                report.created += 1
            else:
                deal = found
            split.append((deal, threads, product))
        # A client's meetings and calls are about the negotiations still open: with one of
        # the client's deals won and another open, the won one plans no contact of them.
        closed = {deal["id"] for deal, threads, product in split if len(split) > 1 and _closed(
            deal, _facts(deal, pair, threads, sales[client_id], now,
                         threads is None or deal["product_id"] in (product, None)),
            settings, now)}
        still_open = len(closed) < len(split)
        codes = {ident: code for code, ident in products.items()}
        open_deals = [(deal["id"], codes.get(product or 0), threads)
                      for deal, threads, product in split if deal["id"] not in closed]
        agenda = (meetings_of(pair.events, open_deals, pair.messages, settings.product_words())
                  if len(open_deals) > 1 else None)
        for deal, threads, product in split:
            report.changed += _refresh(db, settings, deal, pair, threads, product,
                                       person.get(deal["id"], {}), sales[client_id],
                                       last_contact.get((client_id, manager_id)), now,
                                       zones.get(manager_id) or settings.company.timezone,
                                       shared=not (deal["id"] in closed and still_open),
                                       on_agenda=None if agenda is None else {
                                           uid for uid, ids in agenda.items()
                                           if deal["id"] in ids})


def _our_offer(signal: dict[str, Any]) -> bool:
    """The signal is our price put to the correspondent: the manager's offer or contract."""
    return signal["kind"] in ("proposal", "contract") and signal["side"] == "manager"


def _wrote(pair: _Pair) -> bool:
    """The client wrote the manager something more than a thank-you."""
    thanks = {s["ref"] for s in pair.signals if s["kind"] == "thanks"}
    return any(m[3] == "in" and m[1] not in thanks for m in pair.messages)


def _sourcing(pair: _Pair) -> bool:
    """The manager opened the conversation by asking the correspondent for its price or,
    never offering one, was the first to bargain over a price; or the manager, never
    offering one, spoke to it of our client as a third party ("the customer asks for May",
    «клиента предупрежу»), whoever wrote first: a supplier being sourced or serving our
    client (a hotel, a carrier, the vendor whose licences we resell), not a client. So is
    one the manager wrote to first and never offered a price, that quoted us its own
    ("the partner price is USD 140 per seat"): it sells to us. The
    buyer bargains; the seller offers and answers. Only for correspondents neither the
    directory nor a person named a client."""
    offered = any(_our_offer(s) for s in pair.signals)
    if not offered and any(s["kind"] == "for_client" for s in pair.signals):
        return True               # whoever wrote first
    first = pair.messages[0] if pair.messages else None
    if first is None or first[3] != "out":
        return False
    if any(s["kind"] == "quote_asked" and (s["ref"] or f"row:{s['message']}") == first[1]
           for s in pair.signals):
        return True
    if not offered and any(s["kind"] == "sells" for s in pair.signals):
        return True               # it quoted us its price: it sells to us
    bargained = next((s for s in pair.signals if s["kind"] == "terms"), None)
    return bargained is not None and bargained["side"] == "manager" and not offered


def _counterparties(conn: Any, pairs: dict[tuple[int, int], _Pair]) -> set[tuple[int, int]]:
    """The pairs whose correspondent was on another client's letters or meetings with the
    manager before it first wrote: the other side of that client's deal (its supplier, its
    beneficiary) asking about it, not a client of its own. Asked only of correspondents
    neither the directory nor a person named a client; one query reads where they were."""
    first = {key: at for key, pair in pairs.items()
             if (at := next((m[4] for m in pair.messages if m[3] == "in"), None))}
    if not first:
        return set()
    clients = sorted({key[0] for key in first})
    senders: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for client_id, manager_id, sender in conn.execute(
            "SELECT DISTINCT client_id, manager_id, lower(from_addr) FROM messages WHERE"
            f" client_id IN ({_marks(clients)}) AND direction = 'in' AND deleted = 0", clients):
        if (client_id, manager_id) in first:
            senders[sender].add((client_id, manager_id))
    if not senders:
        return set()
    marks = _marks(list(senders))
    found: set[tuple[int, int]] = set()
    for manager_id, client_id, address, at in conn.execute(
            "SELECT m.manager_id, m.client_id, lower(j.value), m.sent_at FROM messages m,"
            " json_each(m.to_addrs) j WHERE m.deleted = 0 AND m.client_id IS NOT NULL"
            f" AND lower(j.value) IN ({marks}) UNION ALL"
            " SELECT m.manager_id, m.client_id, lower(j.value), m.sent_at FROM messages m,"
            " json_each(m.cc_addrs) j WHERE m.deleted = 0 AND m.client_id IS NOT NULL"
            f" AND lower(j.value) IN ({marks}) UNION ALL"
            " SELECT e.manager_id, e.client_id, j.value, e.start_at FROM events e,"
            " json_each(e.attendees) j WHERE e.deleted = 0 AND e.client_id IS NOT NULL"
            f" AND j.value IN ({marks})", list(senders) * 3):
        found |= {key for key in senders[address]
                  if key[1] == manager_id and key[0] != client_id and at < first[key]}
    return found


def _two_way(pair: _Pair, now: datetime) -> bool:
    """The client wrote something more than a thank-you in a conversation the manager wrote
    in, or they met or spoke on the phone.

    (A client of the directory writing to the manager who owns it is a lead already, even
    before the answer: it is no unknown sender; the caller adds that case.)
    """
    wrote = _wrote(pair)
    answered = any(m[3] == "out" and m[7] == pair.manager_id for m in pair.messages)
    stamp = clock.iso(now)
    return (wrote and answered) or bool(pair.calls) or any(e[1] <= stamp for e in pair.events)


def _split(pair: _Pair, products: dict[str, int]) -> list[tuple[int | None, set[int] | None]]:
    """(product id, the threads of its deal) per deal of the pair; None threads: every thread.

    Separate deals only when thread subjects are about at least two different products
    (a subject is about the product it names first), or about one product both sides name
    in a thread whose subject names none, where the manager sent an offer or a contract. Any
    other thread whose subject names none is
    about the first of those products its letters name, else about the product of the
    conversation started last before it (the talk goes on where it stood: a contract
    thread opened after the forward's thread is the forward's), else of the earliest.
    """
    first_named: dict[int, tuple[int, str]] = {}
    in_text: dict[int, str] = {}
    named: Counter[str] = Counter()
    sides: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for s in pair.signals:
        if s["kind"] == "product":
            named[s["value"]] += 1
            # A subject is about the product it names first.
            if s["span_start"] == -2:
                first_named.setdefault(s["thread_id"], (s["span_start"], s["value"]))
            elif s["span_start"] >= 0:
                in_text.setdefault(s["thread_id"], s["value"])
                sides[s["thread_id"]][s["side"]].add(s["value"])
    owner = {t: code for t, (_, code) in first_named.items()} | pair.topics
    # A conversation whose subject names no product is about the one product both sides
    # name in its letters when the manager priced it there (an offer or a contract sent):
    # the client asks of it, the manager answers of it and quotes it. One side naming a
    # product, a letter naming it once in passing, or talk with nothing priced moves nothing.
    offered = {s["thread_id"] for s in pair.signals if _our_offer(s)}
    for thread, by_side in sides.items():
        both = by_side["client"] & by_side["manager"]
        if thread not in owner and thread in offered and len(both) == 1:
            owner[thread] = next(iter(both))
    distinct = list(dict.fromkeys(owner[m[2]] for m in pair.messages if m[2] in owner))
    if len(distinct) < 2:
        code = distinct[0] if distinct else (named.most_common(1)[0][0] if len(named) == 1
                                             else None)
        return [(products.get(code) if code else None, None)]
    threads: dict[str, set[int]] = {code: set() for code in distinct}
    latest = distinct[0]
    for m in pair.messages:                      # in time order
        if m[2] not in owner:
            text_names = in_text.get(m[2])
            owner[m[2]] = text_names if text_names in threads else latest
        latest = owner[m[2]]
        threads[owner[m[2]]].add(m[2])
    return [(products.get(code), threads[code]) for code in distinct]


def _create(db: sqlite_utils.Database, settings: Settings, client_id: int, manager_id: int,
            product: int | None, pair: _Pair, threads: set[int] | None, now: datetime
            ) -> dict[str, Any]:
    first = next((m for m in pair.messages if threads is None or m[2] in threads), None)
    title = _title(first[5]) if first else (pair.events[0][2] if pair.events else "")
    deal_id = create_deal(db, client_id=client_id, manager_id=manager_id, actor=ACTOR,
                          source=SOURCE, source_ref=first[1] if first else "", product_id=product,
                          currency=settings.company.base_currency, title=title[:200], at=now)
    cur = db.conn.execute("SELECT * FROM deals WHERE id = ?", (deal_id,))
    return dict(zip([c[0] for c in cur.description], cur.fetchone(), strict=True))


def _title(subject: str) -> str:
    text = subject.strip()
    while True:
        head, sep, rest = text.partition(":")
        if sep and head.strip().lower() in ("re", "fw", "fwd", "отв", "пересл", "ответ"):
            text = rest.strip()
        else:
            return text


def _person_fields(db: sqlite_utils.Database, deal_ids: list[int]) -> dict[int, dict[str, Any]]:
    """Per deal, the fields a person set last (field -> (value, source, ref)), and under
    ``"close_seen"`` the time of the last close date inference applied."""
    out: dict[int, dict[str, Any]] = defaultdict(dict)
    for start in range(0, len(deal_ids), _CHUNK):
        part = deal_ids[start:start + _CHUNK]
        for deal_id, name, value, source, ref, at in db.conn.execute(
                "SELECT deal_id, field, new_value, source, source_ref, at FROM deal_history"
                f" WHERE deal_id IN ({_marks(part)}) AND (source IN ({_marks(PERSON_SOURCES)})"
                " OR (source = ? AND field = 'expected_close')) ORDER BY id",
                (*part, *PERSON_SOURCES, SOURCE)):
            if source == SOURCE:
                out[deal_id]["close_seen"] = max(out[deal_id].get("close_seen", ""), at)
            else:
                out[deal_id][name] = (value, source, ref)
    return out


def _facts(deal: dict[str, Any], pair: _Pair, threads: set[int] | None, sales: list[tuple],
           now: datetime, primary: bool = True) -> list[Evidence]:
    """The dated facts of one deal: its threads' messages and stage signals, the pair's
    meetings and calls (``primary``: the deal is the one of its product), and the client's
    sales of the deal's product."""
    messages = [m for m in pair.messages if threads is None or m[2] in threads]
    signals = [s for s in pair.signals if threads is None or s["thread_id"] in threads]
    thanks = {s["ref"] for s in signals if s["kind"] == "thanks"}
    facts: list[Evidence] = []
    for _, mid, _, direction, at, *rest in messages:
        if direction == "out" or mid not in thanks:
            # A broker's letter about the client is contact, not the client coming back.
            kind = "outbound" if direction != "in" else "relayed" if rest[-1] else "inbound"
            facts.append(Evidence(at, kind, mid))
    stamp = clock.iso(now)
    if primary:
        facts += [Evidence(e[1], "meeting", e[0], e[2]) for e in pair.events if e[1] <= stamp]
        facts += [Evidence(at, "call_in" if incoming else "call", f"call:{ident}")
                  for ident, at, incoming in pair.calls]
    stage_kinds = ("proposal", "contract", "terms", "accepted", "won", "lost", "talked", "priced")
    facts += [Evidence(s["at"], s["kind"], s["ref"], s["text"]) for s in signals
              if s["kind"] in stage_kinds]
    for ident, sale_product, booked_on, sale_deal in sales:
        if sale_deal in (None, deal["id"]) and (deal["product_id"] is None or sale_product is None
                                                or sale_product == deal["product_id"]):
            facts.append(Evidence(f"{booked_on}T23:59:59+00:00", "sale", f"sale:{ident}"))
    return facts


def _closed(deal: dict[str, Any], facts: Sequence[Evidence], settings: Settings,
            now: datetime) -> bool:
    """The deal is won or lost: as a person set it, else as the facts show."""
    if deal["stage_source"] in PERSON_SOURCES:
        return deal["status"] in ("won", "lost")
    inferred = infer_stage(facts, now=now, lost_after_days=settings.pipeline.lost_after_days,
                           stages=settings.pipeline.stages)
    return inferred is not None and inferred[0] in ("won", "lost")


def _refresh(db: sqlite_utils.Database, settings: Settings, deal: dict[str, Any], pair: _Pair,
             threads: set[int] | None, product: int | None, person: dict[str, Any],
             sales: list[tuple], last_contact: str | None, now: datetime, tz: str, *,
             shared: bool = True, on_agenda: set[str] | None = None) -> int:
    """Set one deal's inferred fields; ``shared``: the client's meetings, calls and the
    dates named in its conversations plan this deal's contact (False for a deal closed while
    another of the client's is open: those are about the open one); ``on_agenda``: the uids
    of the client's meetings that are about this deal (None: all of them)."""
    def mine(thread_id: int | None) -> bool:
        return threads is None or thread_id in threads

    primary = threads is None or deal["product_id"] in (product, None)
    messages = [m for m in pair.messages if mine(m[2])]
    signals = [s for s in pair.signals if mine(s["thread_id"])]
    facts = _facts(deal, pair, threads, sales, now, primary)
    change: dict[str, Any] = {}
    ref = ""
    stamp = clock.iso(now)
    planned = min((s["at"] for s in signals if s["kind"] == "contact_date" and s["value"]
                   and clock.iso(clock.parse_iso(s["value"])) > stamp), default="")
    inferred = infer_stage(facts, now=now, lost_after_days=settings.pipeline.lost_after_days,
                           stages=settings.pipeline.stages, talk_planned=planned)
    # A CRM's stage is a person's word too, until inference has set the stage itself.
    by_person = ("stage" in person or "status" in person
                 or (deal["external_id"] and deal["stage_source"] != "inferred"))
    if inferred and not by_person:
        stage, shown = inferred
        ref = shown.ref
        change.update(stage=stage, stage_source="inferred", stage_evidence=shown.as_json())
        if stage == "won":
            change.update(status="won", won_at=deal["won_at"] or shown.at)
            if shown.kind == "sale":
                db.conn.execute("UPDATE sales SET deal_id = ? WHERE id = ? AND deal_id IS NULL",
                                (deal["id"], int(shown.ref.split(":")[1])))
        elif stage == "lost":
            change.update(status="lost", lost_reason=shown.quote[:500])
        else:
            change.update(status="open", won_at=None, lost_reason="")
    elif by_person and ("stage" in person or "status" in person):
        value, source, by_ref = person.get("stage") or person["status"]
        change.update(stage_source=source, stage_evidence=json.dumps(
            {"message_id" if "@" in by_ref else "ref": by_ref, "quote": "", "kind": source,
             "at": ""}, ensure_ascii=False))
    if "amount_minor" not in person and not deal["external_id"]:
        amounts = [s for s in signals if s["kind"] == "amount" and s["value"]]
        if amounts:
            minor, _, currency = amounts[-1]["value"].partition(" ")
            change.update(amount_minor=int(minor),
                          currency=currency or deal["currency"] or settings.company.base_currency)
    changed = 0
    if "expected_close" not in person:
        # Each close date the mail names is a change of its own, dated by its message,
        # so a date moved out of the month or quarter is a slip the rules can see.
        seen = person.get("close_seen", "")
        for s in signals:
            if s["kind"] == "close" and s["value"] and s["at"] > seen:
                changed += len(update_deal(db, deal["id"], {"expected_close": s["value"][:10]},
                                           actor=ACTOR, source=SOURCE, source_ref=s["ref"],
                                           at=clock.parse_iso(s["at"])))
                deal["expected_close"] = s["value"][:10]
    # A lost negotiation plans nothing: a client's old "let's revisit" or a promise made
    # before the loss is no next contact; a meeting still in the calendar, or a date a
    # person set, still is.
    lost = change.get("status", deal["status"]) == "lost"
    quiet = lost or not shared
    # A call or meeting planned with the client is the next contact of the deal whose
    # conversation planned it, and of those whose products it names; with one open deal,
    # of that deal wherever it was said. A document promised belongs to its own
    # conversation's deal.
    talks = [s for s in pair.signals if s["kind"] == "contact_date" and (
        on_agenda is None or mine(s["thread_id"])
        or names_product(db.conn, s["text"], deal["product_id"], settings.product_words()))]
    talks += _call_plans(pair, tz)
    nxt = _next_contact(pair, [] if quiet else talks, person, deal, last_contact, now,
                        primary and shared, (lambda _: False) if quiet else mine, ZoneInfo(tz),
                        any_thread=not quiet, on_agenda=on_agenda, names=None
                        if on_agenda is None else lambda text: names_product(
                            db.conn, text, deal["product_id"], settings.product_words()),
                        overdue=change.get("status", deal["status"]) == "open")
    if nxt is not None:
        change.update(next_contact_at=nxt[0], next_contact_source=nxt[1])
    elif deal["next_contact_source"] not in PERSON_SOURCES and deal["next_contact_at"]:
        change.update(next_contact_at=None, next_contact_source=None)
    done = update_deal(db, deal["id"], change, actor=ACTOR, source=SOURCE, source_ref=ref, at=now)
    for c in done:
        deal[c.field] = c.new
    meetings = ([e[1] for e in pair.events] + [at for _, at, _ in pair.calls]) if primary else []
    booked = [day for _, _, day, sale_deal in sales if sale_deal in (None, deal["id"])]
    settle_commitments(db, deal["id"], messages, signals, meetings, booked, now)
    promise_ids = [p[0] for p in pair.promises + pair.joined if mine(p[1])]
    for start in range(0, len(promise_ids), _CHUNK):
        part = promise_ids[start:start + _CHUNK]
        # "+deal_id": without it SQLite reads every promise not yet in a deal through the
        # promises_deal_text index (~1 ms a deal on 8,000 promises) instead of the few ids.
        db.conn.execute(f"UPDATE promises SET deal_id = ? WHERE id IN ({_marks(part)})"
                        " AND +deal_id IS NULL", (deal["id"], *part))
    return len(done) + changed


def _next_contact(pair: _Pair, signals: list[dict[str, Any]], person: dict[str, Any],
                  deal: dict[str, Any], last_contact: str | None, now: datetime, primary: bool,
                  mine: Any, tz: ZoneInfo, *, any_thread: bool = True,
                  on_agenda: set[str] | None = None, overdue: bool = True,
                  names: Callable[[str], bool] | None = None) -> tuple[str, str] | None:
    """The earliest planned contact still ahead, with its source; None when nothing is planned.

    ``signals``: the dates named to talk or meet; ``mine``: whether a conversation is the
    deal's; ``any_thread``: the manager's promises to call or meet count from any conversation
    with the client (with ``names``, only those whose words name the deal's product, unless
    nothing else plans the deal: the client has other deals, and a call promised in another's
    conversation is that deal's, as the days named there are); ``overdue``: whether the
    manager's promise to call or meet still counts once its day passed (an open deal's does;
    a won deal's is after-sales business).

    A meeting counts while it is ahead. A date the client asked for and a date a person
    set also count after they passed, until a contact happens after them: that is a
    missed next contact, which the rules report. So does the manager's dated promise to
    call or meet, while nothing else is planned ahead, and a document or an answer promised
    that the rules found broken, for ``OWED_DAYS`` after its day.
    """
    stamp = clock.iso(now)
    after = last_contact or ""
    # A call or visit the manager promised is held by a talk or answered by the manager's own
    # letter; the client's letter since (chasing it, "tried calling you") holds no talk: the
    # talk is still owed, for ``OWED_DAYS`` after its day, as a document is.
    ours_after = max([m[4] for m in pair.messages if m[3] == "out"]
                     + [at for _, at, _ in pair.calls]
                     + [e[1] for e in pair.events if e[1] <= stamp], default="")
    owed_since = clock.iso(now - timedelta(days=OWED_DAYS))
    # (when, source, when it was said: a promise's or a request's message time, whether the
    # two sides talk then: False for a document the manager promised to send)
    candidates: list[tuple[str, str, str, bool]] = []
    if primary:
        candidates += [(e[1], "calendar", "", True) for e in pair.events if e[1] >= stamp
                       and (on_agenda is None or e[0] in on_agenda)]
    # The head's promise in a conversation the manager leads plans the deal's contact too.
    # A call promised in another deal's conversation that names no product of this one
    # (``elsewhere``) plans this deal only when nothing of its own does (below).
    elsewhere: list[tuple[str, str, str, bool]] = []
    for p in pair.promises + pair.joined:
        if not (p[2] and p[3] in ("open", "broken") and (p[2] >= stamp or (
                overdue and ((p[2] > after or p[2] > ours_after and p[2] >= owed_since)
                             if p[5] in _TALK_ACTIONS
                             else p[5] in _OWED_ACTIONS and p[3] == "broken"
                             and p[2] >= owed_since)))
                and p[6] not in OUR_VAGUE_GRAINS):
            continue
        if mine(p[1]) or (p[5] in _TALK_ACTIONS and any_thread
                          and (names is None or names(p[7] or ""))):
            candidates.append((p[2], "promise", p[4], p[5] != "send"))
        elif p[5] in _TALK_ACTIONS and any_thread:
            elsewhere.append((p[2], "promise", p[4], True))
    answers: set[tuple[str, str]] = set()      # the client's own answers (day, when said)
    if signals:
        from indexer.contact_cues import own_answer
    for s in signals:
        if s["kind"] != "contact_date" or not s["value"]:
            continue
        named = datetime.fromisoformat(s["value"])
        if named.tzinfo is not None and not (named.hour or named.minute or named.second):
            # A day named with no hour is that day in the manager's calendar too: "could we
            # reconnect on 3 December?" from Shenzhen is not 2 December in Dubai.
            named = named.replace(tzinfo=tz)
        at = clock.iso(named)
        if s["side"] == "client" and own_answer(s["text"]):
            # The client's own answer by a day («решение сообщим в понедельник», "we will
            # revert by Friday") is the contact while it is ahead; once its day passed, the
            # client owes it, and the manager has nothing planned.
            if at >= stamp:
                candidates.append((at, "client_request", s["at"], True))
                answers.add((at, s["at"]))
        elif s["side"] == "client" and (at >= stamp or at > after):
            candidates.append((at, "client_request", s["at"], True))
        elif s["side"] == "manager" and (at >= stamp or overdue and at > after):
            # "созвонимся в четверг" from the manager
            candidates.append((at, "promise", s["at"], True))
        elif s["side"] == "call" and (at >= stamp or overdue and at > after):
            # the call log's note of a talk held: «договорились созвониться 30.11»; the day
            # agreed on the phone is due until a contact happens after it, as a request is
            candidates.append((at, "call", s["at"], True))
    # A talk moved by a later letter («перенесём звонок на четверг», "could we move our call
    # to Monday?") replaces the days named to talk before it: the old day is no contact due.
    moved = max((s["at"] for s in signals if s["kind"] == "contact_date" and s["value"]
                 and MOVED_RE.search(s["text"].lower())), default="")
    if moved:
        candidates = [c for c in candidates
                      if c[1] not in ("client_request", "promise") or c[2] >= moved]
    # A call held after a day was named in a letter, whose note names the day to talk
    # next, is where the two sides agreed it: the days the letters named before it are
    # talked over (the client's «созвонимся в среду», then the call: «договорились на
    # пятницу»).
    talked = max((c[2] for c in candidates if c[1] == "call"), default="")
    if talked:
        candidates = [c for c in candidates
                      if c[1] not in ("client_request", "promise") or c[2] > talked]
    set_by = person.get("next_contact_at")
    if set_by and set_by[0]:
        at = set_by[0]
        if at >= stamp or at > after:
            candidates.append((at, set_by[1], "", True))
    elif deal["next_contact_source"] == "import" and deal["next_contact_at"]:
        at = deal["next_contact_at"]
        if at >= stamp or at > after:
            candidates.append((at, "import", "", True))
    if not candidates:
        candidates = elsewhere
    # The manager's promise whose day passed in silence is the next contact only while
    # nothing else is planned ahead: a meeting or a new day named since replaces it.
    if any(c[0] >= stamp for c in candidates):
        candidates = [c for c in candidates if c[1] != "promise" or c[0] >= stamp]
    if not candidates:
        return None

    def on(c: tuple[str, str, str, bool]) -> date:
        return clock.parse_iso(c[0]).astimezone(tz).date()

    def answered(c: tuple[str, str, str, bool], days: list[date]) -> bool:
        return any(0 <= (day - on(c)).days <= MEETING_ANSWERS_DAYS for day in days)

    # A visit the manager promised, a day the client asked for and a day agreed on the phone
    # are answered by the meeting booked for the days right after them: the meeting is the
    # next contact.
    visits = {(p[2], p[4]) for p in pair.promises + pair.joined if p[5] == "meet"}
    asking = [c for c in candidates if c[1] in ("client_request", "call")
              or (c[1] == "promise" and (c[0], c[2]) in visits)]
    if primary and on_agenda is not None and asking:
        # Booked under another of the client's conversations (the one written in last), the
        # meeting still answers the day this deal's conversation named.
        candidates += [(e[1], "calendar", "", True) for e in pair.events
                       if e[1] >= stamp and e[0] not in on_agenda
                       and any(answered(c, [on((e[1], "", "", True))]) for c in asking)]
    meetings = [on(c) for c in candidates if c[1] == "calendar"]
    candidates = [c for c in candidates if c not in asking or not answered(c, meetings)]
    # The manager agreeing with a bare day to the day the client named answers it («наберите
    # мне 18 января» — «наберу 18-го»): a promise for the same day of another month, said
    # after the request, is the request's day, not a month earlier or later.
    asked = [(on(c), c[2]) for c in candidates if c[1] == "client_request"]
    candidates = [c for c in candidates if c[1] != "promise" or not any(
        day.day == on(c).day and day.month != on(c).month and said < c[2]
        for day, said in asked)]
    # A day the manager or the call log names later in the week the client asked for
    # («созвонимся на следующей неделе» — «наберу во вторник») is the day agreed: the
    # request's first day is not a contact due any more.
    later = [(on(c), c[2]) for c in candidates if c[1] in ("promise", "call") and c[3]]
    candidates = [c for c in candidates if c[1] != "client_request" or not any(
        0 < (day - on(c)).days < 7 and day.isocalendar()[:2] == on(c).isocalendar()[:2]
        and said > c[2] for day, said in later)]
    # A document promised for the days just before a call or meeting already planned gets
    # that talk ready ("I'll send the draft on Monday; see you on Wednesday"): the talk is
    # the next contact.
    talks = [on(c) for c in candidates if c[3]]
    candidates = [c for c in candidates if c[3] or not any(
        0 <= (day - on(c)).days <= MEETING_ANSWERS_DAYS for day in talks)]
    # The earliest day; on one day a meeting comes first, then a call, then whoever named
    # the day first (the manager's promise that agrees to the client's request is the
    # request's answer; the client's "ok, Thursday" agrees to the manager's), a person's date.
    # ... and the client's own answer promised for the day comes after the manager's plan.
    when, source, _, _ = min(candidates, key=lambda c: (
        on(c), _SOURCE_RANK.get(c[1], 9), (c[0], c[2]) in answers, c[2], c[0]))
    return when, source


def _call_plans(pair: _Pair, tz: str) -> list[dict[str, Any]]:
    """The contacts the call log's notes plan («Договорились созвониться 30.11», "call back
    on Thursday"), read as the manager's words are, dated from the call, as contact dates of
    side ``call``."""
    if pair.call_plans is not None:
        return pair.call_plans
    plans: list[dict[str, Any]] = []
    pair.call_plans = plans
    if not pair.call_notes:
        # No note to read: the signal rules (~1 s of pattern compilation in a process that
        # has not analysed mail, such as a sync with nothing new) are not imported.
        return plans
    from indexer.deal_signals import detect_signals

    zone = ZoneInfo(tz)
    for at, note in pair.call_notes:
        for found in detect_signals(note, direction="out",
                                    ref_time=clock.parse_iso(at).astimezone(zone)):
            if found.kind == "contact_date" and found.value:
                plans.append({"kind": "contact_date", "side": "call", "value": found.value,
                              "at": at, "text": found.text})
    return plans
