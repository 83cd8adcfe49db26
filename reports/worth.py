"""What a deal is worth, and what says so: the one answer every channel shows.

A won deal the accounting booked a sale of (``dealtrail.deals.settle_sales`` tied it) is
worth that sale, what plan/fact counts for it, whatever the mail said. Else a deal's own
amount is set by the mail that names one (the negotiation step), a tag (``#amount``), the
pane or a CRM import; its latest change in ``deal_history`` says which, and the message or
file behind it. A won deal with no amount of its own is worth what the accounting booked
for it: the sales of its client and product not tied to another deal (the same sales the
negotiation step reads to call it won). A deal nothing prices has no amount (``None``),
never an invented zero.

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
            if ident in booked and booked[ident].tied:
                out[ident] = booked[ident].worth
            elif amount:
                source, ref = said.get(ident, ("", ""))
                out[ident] = Worth(int(amount), currency, source, ref)
            elif ident in booked:
                out[ident] = booked[ident].worth
            else:
                out[ident] = Worth(None, currency, "", "")
    return out


class _Booked(NamedTuple):
    worth: Worth
    tied: bool      # the accounting's sales tied to the deal (else its client's and product's)


def _booked(db: sqlite_utils.Database, fx: Fx, deals: list[tuple[Any, ...]]) -> dict[int, _Booked]:
    """Won deals priced by the accounting's sales tied to them, else by their client's booked
    sales of their product: one currency as booked, several summed in the base currency (a
    sale with no rate left out, as reports do)."""
    if not deals:
        return {}
    clients = sorted({d[4] for d in deals})
    marks = ",".join("?" * len(clients))
    sales: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in db.conn.execute(
            "SELECT client_id, product_id, deal_id, external_id, booked_on, amount_minor, currency,"
            " source FROM sales"
            f" WHERE client_id IN ({marks}) AND amount_minor <> 0 ORDER BY booked_on, id",
            clients):
        sales[row[0]].append(row)
    out: dict[int, _Booked] = {}
    for ident, _amount, _currency, _status, client_id, product_id in deals:
        mine = [s for s in sales[client_id] if s[2] == ident and s[7] == "import"]
        tied = bool(mine)
        if not tied:
            mine = [s for s in sales[client_id] if s[2] in (None, ident)
                    and (product_id is None or s[1] is None or s[1] == product_id)]
        if not mine:
            continue
        ref = ", ".join(str(s[3]) for s in mine)
        currencies = {s[6].upper() for s in mine}
        if len(currencies) == 1:
            out[ident] = _Booked(Worth(sum(int(s[5]) for s in mine), mine[0][6], "sales", ref), tied)
            continue
        based = [fx.to_base(int(s[5]), s[6], date.fromisoformat(s[4][:10])) for s in mine]
        out[ident] = _Booked(Worth(sum(b for b in based if b is not None), fx.base, "sales", ref),
                             tied)
    return out
