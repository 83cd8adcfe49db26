"""Sales by product or by salesperson, and the money arithmetic every report shares.

Amounts are integer minor units. Everything is summed in the company's base
currency; a sale in another currency is converted at the rate of its booking
date (the latest known rate on or before that date, from the ``fx_rates`` table,
else ``imports.fx_rates`` in the configuration). A sale with no known rate is
left out and named in the report's ``warnings``.
"""

from __future__ import annotations

import bisect
import logging
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

import sqlite_utils

from dealtrail import clock
from dealtrail.config import Settings
from dealtrail.directory import load_directory
from dealtrail.periods import Period, resolve
from dealtrail.store import rows

log = logging.getLogger(__name__)

# ISO 4217 minor-unit exponents that are not 2.
_EXPONENTS = {"JPY": 0, "KRW": 0, "VND": 0, "CLP": 0, "ISK": 0, "HUF": 2,
              "BHD": 3, "KWD": 3, "OMR": 3, "JOD": 3, "TND": 3, "IQD": 3, "LYD": 3}


def exponent(currency: str) -> int:
    """Digits after the decimal point for ``currency`` (2 unless ISO 4217 says otherwise)."""
    return _EXPONENTS.get(currency.upper(), 2)


class Fx:
    """Converts minor units of any currency to the base currency's minor units."""

    def __init__(self, db: sqlite_utils.Database, settings: Settings) -> None:
        self.base = settings.company.base_currency.upper()
        self._table: dict[str, tuple[list[date], list[Decimal]]] = {}
        found: dict[str, list[tuple[date, Decimal]]] = defaultdict(list)
        for row in rows(db, "SELECT currency, on_date, rate FROM fx_rates ORDER BY currency, on_date"):
            found[row["currency"].upper()].append((date.fromisoformat(row["on_date"]),
                                                   Decimal(str(row["rate"]))))
        for cur, pairs in found.items():
            self._table[cur] = ([d for d, _ in pairs], [r for _, r in pairs])
        self._fallback = {k.upper(): Decimal(str(v)) for k, v in settings.imports.fx_rates.items()}
        self.missing: set[str] = set()

    def rate(self, currency: str, on: date | None) -> Decimal | None:
        """Base units per unit of ``currency`` on ``on``; None when unknown."""
        cur = currency.upper()
        if cur == self.base:
            return Decimal(1)
        table = self._table.get(cur)
        if table:
            days, rates = table
            if on is None:
                return rates[-1]
            i = bisect.bisect_right(days, on)
            return rates[i - 1] if i else rates[0]
        return self._fallback.get(cur)

    def to_base(self, amount_minor: int, currency: str, on: date | None = None) -> int | None:
        """``amount_minor`` of ``currency`` in base minor units; None (and remembered) when no rate."""
        cur = currency.upper()
        if cur == self.base:
            return int(amount_minor)
        rate = self.rate(cur, on)
        if rate is None:
            self.missing.add(cur)
            return None
        scale = Decimal(10) ** (exponent(self.base) - exponent(cur))
        value = (Decimal(int(amount_minor)) * rate * scale).quantize(Decimal(1), ROUND_HALF_EVEN)
        return int(value)

    def warnings(self) -> list[str]:
        return [f"no exchange rate for {cur} to {self.base}; its amounts are left out "
                f"(add it to imports.fx_rates or the fx_rates table)" for cur in sorted(self.missing)]


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def sales_by(db: sqlite_utils.Database, fx: Fx, start: date, end: date,
             keys: Iterable[str] = ("manager_id", "product_id"),
             manager_ids: Iterable[int] | None = None, product_id: int | None = None
             ) -> dict[tuple[Any, ...], dict[str, int]]:
    """Net sales, refunds and count per key tuple for booking dates in [start, end], in base units."""
    cols = list(keys)
    where = ["booked_on >= ?", "booked_on <= ?"]
    params: list[Any] = [fx.base, start.isoformat(), end.isoformat()]
    if manager_ids is not None:
        ids = list(manager_ids)
        if not ids:
            return {}
        where.append(f"manager_id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    if product_id is not None:
        where.append("product_id = ?")
        params.append(product_id)
    select = ", ".join(cols)
    sql = (f"SELECT {select}{',' if cols else ''} currency, "
           "CASE WHEN currency = ? THEN '' ELSE booked_on END AS day, "
           "SUM(amount_minor) AS net, SUM(CASE WHEN amount_minor < 0 THEN amount_minor ELSE 0 END) "
           "AS refunds, SUM(CASE WHEN amount_minor > 0 THEN 1 ELSE 0 END) AS n "
           f"FROM sales WHERE {' AND '.join(where)} "
           f"GROUP BY {select}{',' if cols else ''} currency, "
           "CASE WHEN currency = ? THEN '' ELSE booked_on END")
    params.append(fx.base)
    out: dict[tuple[Any, ...], dict[str, int]] = defaultdict(lambda: {"net": 0, "refunds": 0, "count": 0})
    for row in rows(db, sql, params):
        on = _day(row["day"]) if row["day"] else None
        net = fx.to_base(row["net"], row["currency"], on)
        if net is None:
            continue
        refunds = fx.to_base(row["refunds"], row["currency"], on) or 0
        acc = out[tuple(row[c] for c in cols)]
        acc["net"] += net
        acc["refunds"] += refunds
        acc["count"] += row["n"]
    return dict(out)


def _delta(now: int, before: int) -> dict[str, Any]:
    pct = None if before == 0 else round((now - before) / abs(before) * 100, 1)
    return {"abs": now - before, "pct": pct}


def sales_report(db: sqlite_utils.Database, settings: Settings, period: str | Period | None, *,
                 by: str = "product", manager: str | None = None, product: str | None = None,
                 as_of: datetime | None = None) -> dict[str, Any]:
    """Sales per product or per manager: this period, the previous one, the same one last year."""
    if by not in ("product", "manager"):
        from dealtrail.errors import ConfigError
        raise ConfigError(f"sales report: by={by!r} is not one of product, manager")
    moment = as_of or clock.now()
    per = resolve(period, moment, settings.company.timezone)
    fx = Fx(db, settings)
    people, goods = load_directory(db, settings)
    manager_ids = None
    if manager:
        m = people.by_email(manager)
        manager_ids = [m["id"]]
    product_id = goods.resolve(product)["id"] if product else None
    key = "product_id" if by == "product" else "manager_id"
    today = clock.local_date(moment, settings.company.timezone)
    periods = {"current": per, "previous": per.previous(), "last_year": per.last_year()}
    data = {}
    for name, p in periods.items():
        end = min(p.end, today) if name == "current" else p.end
        data[name] = sales_by(db, fx, p.start, end, (key,), manager_ids, product_id)
    # The current period counts up to ``as_of``; the previous one and last year's are complete.
    keys = set().union(*(d.keys() for d in data.values()))
    out_rows: list[dict[str, Any]] = []
    for k in sorted(keys, key=lambda t: (t[0] is None, t[0] or 0)):
        ident = k[0]
        cur, prev, ly = (data[n].get(k, {"net": 0, "refunds": 0, "count": 0}) for n in periods)
        if by == "product":
            info = goods.by_id(ident)
            label = {"key": info["code"] if info else None,
                     "name": (info["name_en"] if info else "(no product)"),
                     "name_ru": (info["name_ru"] if info else "(без продукта)")}
        else:
            info = people.by_id(ident)
            label = {"key": info["email"] if info else None,
                     "name": info["name"] if info else "(no manager)",
                     "name_ru": info["name"] if info else "(без менеджера)"}
        out_rows.append({**label, "amount": cur["net"], "refunds": cur["refunds"],
                         "count": cur["count"], "previous": prev["net"], "last_year": ly["net"],
                         "delta_previous": _delta(cur["net"], prev["net"]),
                         "delta_last_year": _delta(cur["net"], ly["net"])})
    out_rows.sort(key=lambda r: -r["amount"])
    total = {n: sum(v["net"] for v in d.values()) for n, d in data.items()}
    return {
        **per.as_dict(), "as_of": clock.iso(moment), "by": by, "currency": fx.base,
        "previous_period": periods["previous"].key, "last_year_period": periods["last_year"].key,
        "rows": out_rows,
        "total": {"amount": total["current"], "previous": total["previous"],
                  "last_year": total["last_year"],
                  "refunds": sum(v["refunds"] for v in data["current"].values()),
                  "delta_previous": _delta(total["current"], total["previous"]),
                  "delta_last_year": _delta(total["current"], total["last_year"])},
        "warnings": fx.warnings(),
    }
