"""Importing plans, sales and exchange rates from CSV or XLSX files.

Files are read by :mod:`dealtrail.tables` (CSV in UTF-8 or Windows-1251 with
comma, semicolon or tab separators, as 1C and Excel export them, or XLSX), which
checks the header first: an unknown or missing column is one error. Headers may
be in English or Russian. Every row is checked next and every row error is
collected; if there is any, nothing is imported and :class:`ImportFileError`
lists them ("plans.csv row 14, column 'manager': unknown manager 'ivanov@'").

- Plans: period, scope (company | team | manager), team, manager (email),
  product (code, name or "all"), metric (amount | deals), amount, currency.
  Re-importing a plan for the same period, scope, team, manager, product and
  metric keeps the previous one as an inactive version (active=0, version+1).
- Sales: external_id, date, manager, product, client, amount, currency.
  Negative amounts are refunds; "1 234,56" and "1,234.56" are both read.
  Rows are de-duplicated by external_id: a re-import updates changed rows.
  A sale of a deal already won takes the deal's id and its provisional
  ``deal:<id>`` sale goes (:func:`dealtrail.deals.settle_sales`).
  The booking date is the manager's local date of the sale.
- FX rates: currency, date, rate (units of base currency per one unit).
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from dealtrail import clock
from dealtrail.addresses import client_key
from dealtrail.config import Settings
from dealtrail.deals import settle_sales
from dealtrail.directory import People, Products, load_directory, sync_directory
from dealtrail.errors import ConfigError
from dealtrail.messages import Msg, reason
from dealtrail.periods import parse_period
from dealtrail.store import rows, transaction
from dealtrail.tables import Reading, raise_collected, read_table

from .sales import exponent

log = logging.getLogger(__name__)

PLAN_HEADERS = {
    "period": ("period", "период"), "scope": ("scope", "уровень", "область"),
    "team": ("team", "команда", "отдел"), "manager": ("manager", "менеджер", "email"),
    "product": ("product", "продукт"), "metric": ("metric", "метрика", "показатель"),
    "amount": ("amount", "сумма", "план", "plan"), "currency": ("currency", "валюта"),
}
SALES_HEADERS = {
    "external_id": ("external_id", "id", "номер", "номер документа", "документ", "document"),
    "date": ("date", "дата", "дата документа", "booked_on"),
    "manager": ("manager", "менеджер", "ответственный", "email"),
    "product": ("product", "продукт", "номенклатура"),
    "client": ("client", "клиент", "контрагент", "покупатель"),
    "amount": ("amount", "сумма", "сумма документа"),
    "currency": ("currency", "валюта"),
}
PLAN_REQUIRED = ("period", "amount")
SALES_REQUIRED = ("external_id", "date", "amount")
FX_HEADERS = {"currency": ("currency", "валюта"), "date": ("date", "дата", "on_date"),
              "rate": ("rate", "курс")}


# --------------------------------------------------------------------- values

_SPACES = re.compile(r"[\s\u00a0\u202f']")


def parse_amount(value: Any, currency: str) -> int:
    """Minor units of ``currency`` from 1234.56, "1 234,56", "1,234.56", "-5", "(1 000,00)"."""
    if isinstance(value, bool) or value is None or value == "":
        raise ValueError(Msg("cell_empty_amount"))
    if isinstance(value, (int, float, Decimal)):
        number = Decimal(str(value))
    else:
        text = _SPACES.sub("", str(value))
        negative = text.startswith("(") and text.endswith(")")
        text = text.strip("()").replace("−", "-")
        if "," in text and "." in text:
            if text.rfind(",") > text.rfind("."):
                text = text.replace(".", "").replace(",", ".")
            else:
                text = text.replace(",", "")
        elif text.count(",") > 1 or re.fullmatch(r"-?\d{1,3},\d{3}", text):
            text = text.replace(",", "")
        else:
            text = text.replace(",", ".")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValueError(Msg("cell_not_number", value=value)) from None
        if negative:
            number = -number
    minor = number * (Decimal(10) ** exponent(currency))
    if minor != minor.to_integral_value():
        raise ValueError(Msg("cell_too_many_decimals", value=value, currency=currency))
    return int(minor)


_DATE_FORMATS = ("%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d", "%d/%m/%Y")
_DATETIME_FORMATS = ("%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M",
                     "%d.%m.%y %H:%M", "%m/%d/%Y %I:%M %p", "%m/%d/%Y %I:%M:%S %p",
                     "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%Y/%m/%d %H:%M:%S")


def parse_moment(value: Any, default_tz: str) -> date | datetime:
    """A date, or an aware datetime (naive times are read in ``default_tz``)."""
    zone = ZoneInfo(default_tz)
    if isinstance(value, datetime):
        if value.time() == time(0) and value.tzinfo is None:
            return value.date()
        return value if value.tzinfo else value.replace(tzinfo=zone)
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    if not text:
        raise ValueError(Msg("cell_empty_date"))
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    for fmt in _DATETIME_FORMATS:
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=zone)
        except ValueError:
            pass
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(Msg("cell_not_date", value=text)) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def booking_date(value: Any, manager_tz: str, company_tz: str) -> date:
    """The manager's local calendar date of a sale given as a date or a moment."""
    moment = parse_moment(value, company_tz)
    if isinstance(moment, datetime):
        return moment.astimezone(ZoneInfo(manager_tz)).date()
    return moment


def _currency(value: Any, settings: Settings) -> str:
    text = str(value or "").strip().upper()
    if not text:
        return settings.company.base_currency.upper()
    if text in ("РУБ", "РУБ.", "RUR", "₽"):
        return "RUB"
    if not re.fullmatch(r"[A-Z]{3}", text):
        raise ValueError(Msg("cell_currency", value=value))
    return text


def _prepare(db: sqlite_utils.Database, settings: Settings) -> tuple[People, Products]:
    """Make sure configured managers and products are in the database, then read them."""
    with transaction(db):
        sync_directory(db, settings)
    return load_directory(db, settings)


# --------------------------------------------------------------------- plans

def read_plans(settings: Settings, path: Path, people: People, goods: Products) -> Reading:
    """Read and check every row of a plans file; nothing is stored (``import_plans`` and
    ``dealtrail check`` both read it here)."""
    errors: list[str] = []
    parsed: list[dict[str, Any]] = []
    seen: dict[tuple[Any, ...], int] = {}
    for row in read_table(path, PLAN_HEADERS, required=PLAN_REQUIRED):
        n = row.number
        try:
            per = parse_period(str(row.get("period") or ""))
        except ConfigError:
            errors.append(row.error("period", Msg("cell_period", value=row.get("period"))))
            continue
        scope = str(row.get("scope") or "").lower() or ("manager" if row.get("manager") else "company")
        if scope not in ("company", "team", "manager"):
            errors.append(row.error("scope", Msg("cell_scope", value=scope)))
            continue
        team = str(row.get("team") or "")
        manager_id = None
        if scope == "manager":
            who = people.find(str(row.get("manager") or "")) if row.get("manager") else None
            if who is None:
                errors.append(row.error("manager", Msg("cell_unknown_manager",
                                                       value=row.text("manager"))
                                        if row.get("manager") else Msg("cell_scope_manager")))
                continue
            manager_id, team = who["id"], team or who["team"]
        if scope == "team" and not team:
            errors.append(row.error("team", Msg("cell_scope_team")))
            continue
        product_text = str(row.get("product") or "").strip()
        product_id = None
        if product_text and product_text.lower() not in ("all", "все", "*"):
            found = goods.find(product_text)
            if found is None:
                errors.append(row.error("product", Msg("cell_unknown_product", value=product_text)))
                continue
            product_id = found["id"]
        metric = str(row.get("metric") or "amount").lower()
        if metric not in ("amount", "deals"):
            errors.append(row.error("metric", Msg("cell_metric", value=metric)))
            continue
        try:
            currency = _currency(row.get("currency"), settings)
        except ValueError as exc:
            errors.append(row.error("currency", reason(exc)))
            continue
        try:
            amount = (parse_amount(row.get("amount"), currency) if metric == "amount"
                      else int(Decimal(_SPACES.sub("", str(row.get("amount"))))))
        except (ValueError, InvalidOperation) as exc:
            errors.append(row.error("amount", reason(exc) if isinstance(exc, ValueError) else
                                    Msg("cell_not_number", value=row.get("amount"))))
            continue
        if amount < 0:
            errors.append(row.error("amount", Msg("cell_plan_negative", value=row.get("amount"))))
            continue
        key = (per.key, scope, team if scope == "team" else "", manager_id, product_id, metric)
        if key in seen:
            errors.append(row.error(None, Msg("cell_same_plan", row=seen[key])))
            continue
        seen[key] = n
        parsed.append({"period": per.key, "period_kind": per.kind, "scope": scope,
                       "team": team, "manager_id": manager_id, "product_id": product_id,
                       "metric": metric, "amount_minor": amount, "currency": currency})
    return Reading(parsed, errors, len(parsed))


def import_plans(db: sqlite_utils.Database, settings: Settings, path: str | Path) -> dict[str, Any]:
    """Validate and import a plans file; returns {file, rows, replaced}."""
    path = Path(path)
    people, goods = _prepare(db, settings)
    reading = read_plans(settings, path, people, goods)
    raise_collected(reading.errors)
    parsed = reading.items
    stamp = clock.iso(clock.now())
    replaced = 0
    with transaction(db) as conn:
        for p in parsed:
            match = ("period = ? AND scope = ? AND team = ? AND manager_id IS ? AND product_id IS ? "
                     "AND metric = ?")
            team_key = p["team"] if p["scope"] == "team" else ""
            args: tuple[Any, ...] = (p["period"], p["scope"], team_key, p["manager_id"],
                                     p["product_id"], p["metric"])
            if p["scope"] != "team":
                match = match.replace("team = ? AND ", "")
                args = (p["period"], p["scope"], p["manager_id"], p["product_id"], p["metric"])
            version = conn.execute(f"SELECT MAX(version) FROM plans WHERE {match}", args).fetchone()[0]
            if version is not None:
                replaced += conn.execute(f"UPDATE plans SET active = 0 WHERE active = 1 AND {match}",
                                         args).rowcount
            conn.execute(
                "INSERT INTO plans (period, period_kind, scope, team, manager_id, product_id, metric,"
                " amount_minor, currency, version, active, source, imported_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,1,?,?)",
                (p["period"], p["period_kind"], p["scope"], p["team"], p["manager_id"],
                 p["product_id"], p["metric"], p["amount_minor"], p["currency"],
                 (version or 0) + 1, path.name, stamp))
    log.info("plans %s: %d rows, %d previous versions kept inactive", path, len(parsed), replaced)
    return {"file": str(path), "rows": len(parsed), "replaced": replaced}


# --------------------------------------------------------------------- sales

def read_sales(db: sqlite_utils.Database, settings: Settings, path: Path, people: People,
               goods: Products) -> Reading:
    """Read and check every row of a sales export (its items: one sale each); nothing
    is stored. ``db`` is only read, for the clients the sales name."""
    # A client by name as the export writes it, quotes and legal form aside, as the CRM
    # import reads it (dealtrail.addresses.client_key); the oldest of a name first.
    clients: dict[str, int] = {}
    for r in rows(db, "SELECT id, name FROM clients ORDER BY id"):
        clients.setdefault(client_key(r["name"] or ""), r["id"])
    company_tz = settings.company.timezone
    errors: list[str] = []
    parsed: dict[str, dict[str, Any]] = {}
    first_row: dict[str, int] = {}
    for row in read_table(path, SALES_HEADERS, required=SALES_REQUIRED):
        ext = row.text("external_id")
        if not ext:
            errors.append(row.error("external_id", Msg("cell_sale_id_empty")))
            continue
        if ext in first_row:
            errors.append(row.error("external_id", Msg("cell_repeats_row", value=ext,
                                                          row=first_row[ext])))
            continue
        first_row[ext] = row.number
        who = people.find(row.text("manager")) if row.get("manager") else None
        if row.get("manager") and who is None:
            errors.append(row.error("manager", Msg("cell_unknown_manager", value=row.text("manager"))))
            continue
        product_id = None
        if row.get("product"):
            found = goods.find(row.text("product"))
            if found is None:
                errors.append(row.error("product", Msg("cell_unknown_product",
                                                           value=row.text("product"))))
                continue
            product_id = found["id"]
        column = "currency"
        try:
            currency = _currency(row.get("currency"), settings)
            column = "amount"
            amount = parse_amount(row.get("amount"), currency)
            column = "date"
            booked = booking_date(row.get("date"), (who or {}).get("timezone") or company_tz,
                                  company_tz)
        except ValueError as exc:
            errors.append(row.error(column, reason(exc)))
            continue
        parsed[ext] = {"external_id": ext, "manager_id": who["id"] if who else None,
                       "product_id": product_id,
                       "client_id": clients.get(client_key(str(row.get("client") or ""))),
                       "booked_on": booked.isoformat(), "amount_minor": amount,
                       "currency": currency}
    return Reading(list(parsed.values()), errors, len(parsed))


def import_sales(db: sqlite_utils.Database, settings: Settings, path: str | Path) -> dict[str, Any]:
    """Validate and import an accounting sales export; returns {file, inserted, updated,
    unchanged, tied}: ``tied``, the sales found to be a won deal's (dealtrail.deals.settle_sales)."""
    path = Path(path)
    people, goods = _prepare(db, settings)
    reading = read_sales(db, settings, path, people, goods)
    raise_collected(reading.errors)
    parsed = {sale["external_id"]: sale for sale in reading.items}
    stamp = clock.iso(clock.now())
    counts = {"inserted": 0, "updated": 0, "unchanged": 0}
    fields = ("manager_id", "product_id", "client_id", "booked_on", "amount_minor", "currency")
    with transaction(db) as conn:
        for ext, s in parsed.items():
            cur = conn.execute(f"SELECT {', '.join(fields)} FROM sales WHERE external_id = ?", (ext,))
            old = cur.fetchone()
            if old is None:
                conn.execute(
                    "INSERT INTO sales (external_id, manager_id, product_id, client_id, booked_on,"
                    " amount_minor, currency, source, created_at) VALUES (?,?,?,?,?,?,?,'import',?)",
                    (ext, *(s[f] for f in fields), stamp))
                counts["inserted"] += 1
            elif tuple(old) != tuple(s[f] for f in fields):
                conn.execute(f"UPDATE sales SET {', '.join(f + ' = ?' for f in fields)} "
                             "WHERE external_id = ?", (*(s[f] for f in fields), ext))
                counts["updated"] += 1
            else:
                counts["unchanged"] += 1
        # A sale of a deal already won replaces its provisional one, in this transaction.
        counts["tied"] = settle_sales(db, {s["client_id"] for s in parsed.values()})
    log.info("sales %s: %s", path, counts)
    return {"file": str(path), **counts}


# --------------------------------------------------------------------- exchange rates

def import_fx(db: sqlite_utils.Database, settings: Settings, path: str | Path) -> dict[str, Any]:
    """Import exchange rates (currency, date, rate); a rate for an existing day is replaced."""
    path = Path(path)
    errors: list[str] = []
    parsed: list[tuple[str, str, str]] = []
    for row in read_table(path, FX_HEADERS, required=FX_HEADERS):
        column = "currency"
        try:
            currency = _currency(row.get("currency"), settings)
            column = "date"
            on = parse_moment(row.get("date"), settings.company.timezone)
            on_day = on.date() if isinstance(on, datetime) else on
            column = "rate"
            rate = Decimal(_SPACES.sub("", row.text("rate")).replace(",", "."))
            if rate <= 0:
                raise ValueError(Msg("cell_rate_positive", value=row.get("rate")))
        except (ValueError, InvalidOperation) as exc:
            errors.append(row.error(column, reason(exc) if isinstance(exc, ValueError) else
                                    Msg("cell_not_number", value=row.get(column))))
            continue
        parsed.append((currency, on_day.isoformat(), str(rate)))
    raise_collected(errors)
    with transaction(db) as conn:
        for item in parsed:
            set_fx_rate(conn, *item)
    return {"file": str(path), "rates": len(parsed)}


def set_fx_rate(conn: Any, currency: str, on_date: str, rate: str) -> None:
    """Store one rate: base-currency units per one unit of ``currency`` on ``on_date``."""
    conn.execute("INSERT INTO fx_rates (currency, on_date, rate) VALUES (?,?,?) "
                 "ON CONFLICT (currency, on_date) DO UPDATE SET rate = excluded.rate",
                 (currency.upper(), on_date, str(rate)))
