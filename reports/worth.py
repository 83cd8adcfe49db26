"""What a deal is worth, and what says so: the one answer every channel shows.

A won deal the accounting booked a sale of (``dealtrail.deals.settle_sales`` tied it) is
worth that sale, what plan/fact counts for it, whatever the mail said. Else a deal's own
amount is set by the mail that names one (the negotiation step), a tag (``#amount``), the
pane or a CRM import; its latest change in ``deal_history`` says which, and the message or
file behind it. A deal nothing prices has no amount (``None``), never an invented zero: the
client's other sales of the product (booked long before the win, or long after it) are
sales of their own in plan/fact, not this deal's worth (docs/reports.md, "A won deal's
sale").

``source`` is ``mail``, ``tag``, ``pane``, ``import`` (a CRM deals file) or ``sales``;
``ref`` is the Message-ID, file or sale numbers behind it.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any, NamedTuple

import sqlite_utils

from .sales import Fx

# Deals per query (well under every SQL engine's parameter limit).
_CHUNK = 500

# deal_history sources as people read them: the negotiation step's is the mail.
_SOURCES = {"inference": "mail"}


class Worth(NamedTuple):
    """A deal's amount (minor units of ``currency``; None: nothing prices it) and its source."""

    amount: int | None
    currency: str
    source: str
    ref: str


def worth(db: sqlite_utils.Database, fx: Fx, deal_ids: list[int]) -> dict[int, Worth]:
    """Per deal id, what it is worth and what says so (see the module's docstring)."""
    out: dict[int, Worth] = {}
    for start in range(0, len(deal_ids), _CHUNK):
        part = deal_ids[start:start + _CHUNK]
        marks = ",".join("?" * len(part))
        deals = db.conn.execute(
            "SELECT id, amount_minor, currency, status, client_id, product_id FROM deals"
            f" WHERE id IN ({marks})", part).fetchall()
        said: dict[int, tuple[str, str]] = {}
        for deal_id, source, ref in db.conn.execute(
                "SELECT deal_id, source, source_ref FROM deal_history"
                f" WHERE deal_id IN ({marks}) AND field = 'amount_minor' ORDER BY id", part):
            said[deal_id] = (_SOURCES.get(source, source), ref or "")
        won = [d for d in deals if d[3] == "won"]
        booked = _booked(db, fx, won)
        for ident, amount, currency, _status, _client, _product in deals:
            if ident in booked:
                out[ident] = booked[ident]
            elif amount:
                source, ref = said.get(ident, ("", ""))
                out[ident] = Worth(int(amount), currency, source, ref)
            else:
                out[ident] = Worth(None, currency, "", "")
    return out


def _booked(db: sqlite_utils.Database, fx: Fx, deals: list[tuple[Any, ...]]) -> dict[int, Worth]:
    """Won deals priced by the accounting's sales tied to them: one currency as booked,
    several summed in the base currency (a sale with no rate left out, as reports do)."""
    if not deals:
        return {}
    ids = [d[0] for d in deals]
    marks = ",".join("?" * len(ids))
    sales: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in db.conn.execute(
            "SELECT deal_id, external_id, booked_on, amount_minor, currency FROM sales"
            f" WHERE deal_id IN ({marks}) AND source = 'import' AND amount_minor <> 0"
            " ORDER BY booked_on, id", ids):
        sales[row[0]].append(row)
    out: dict[int, Worth] = {}
    for ident, mine in sales.items():
        ref = ", ".join(str(s[1]) for s in mine)
        if len({s[4].upper() for s in mine}) == 1:
            out[ident] = Worth(sum(int(s[3]) for s in mine), mine[0][4], "sales", ref)
            continue
        based = [fx.to_base(int(s[3]), s[4], date.fromisoformat(s[2][:10])) for s in mine]
        out[ident] = Worth(sum(b for b in based if b is not None), fx.base, "sales", ref)
    return out
