"""Rendering any report's plain data as a terminal table, CSV, XLSX or JSON.

Each report becomes one or more sections (title, columns, rows). Terminal
tables round money to whole units with thousands separators; CSV and XLSX
carry exact amounts in major units plus the currency, so a spreadsheet can
sum them. Column titles and section titles exist in English and Russian.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from dealtrail.config import Settings
from dealtrail.errors import ConfigError
from dealtrail.shown import for_csv, for_terminal, for_xlsx, runs_as_formula
from rules.i18n import rule_name

from .i18n import CATALOGUE, amount_source_label, source_label
from .sales import exponent

log = logging.getLogger(__name__)

FORMATS = ("table", "csv", "xlsx", "json")

LABELS: dict[str, tuple[str, str]] = {
    "level": ("Level", "Уровень"), "name": ("Name", "Название"), "plan": ("Plan", "План"),
    "fact": ("Fact", "Факт"), "pct": ("% of plan", "% плана"),
    "forecast_run_rate": CATALOGUE["col_forecast"],
    "forecast_weighted": ("Weighted pipeline", "Взвешенная воронка"),
    "needed_per_day": ("Needed per day", "Нужно в день"), "days": ("Business days", "Раб. дни"),
    "code": ("Code", "Код"), "client": ("Client", "Клиент"), "product": ("Product", "Продукт"),
    "manager": ("Manager", "Менеджер"), "manager_name": ("Manager", "Менеджер"), "stage": ("Stage", "Этап"), "amount": ("Amount", "Сумма"),
    "agreements": ("Agreed", "Договорённости"), "last_contact_at": ("Last contact", "Посл. контакт"),
    "next_contact_at": ("Next contact", "След. контакт"),
    "next_contact_source": ("Source", "Источник"),
    "amount_source": ("Amount from", "Сумма из"), "overdue": ("Overdue", "Просрочено"),
    "open_deals": ("Open deals", "Открытые сделки"), "active_clients": ("Active clients", "Активные клиенты"),
    "inbound_per_day": ("In/day", "Вх./день"), "outbound_per_day": ("Out/day", "Исх./день"),
    "calls_per_day": ("Calls/day", "Звонки/день"),
    "meetings_this_week": ("Meetings this wk", "Встречи (эта нед.)"),
    "meetings_next_week": ("Meetings next wk", "Встречи (след. нед.)"),
    "unanswered": ("Unanswered", "Без ответа"), "overdue_items": ("Overdue items", "Просрочки"),
    "overdue_contacts": CATALOGUE["col_overdue"],
    "median_first_response_hours": ("1st reply, h", "1-й ответ, ч"),
    "load_index": ("Load index", "Индекс загрузки"), "previous": ("Previous", "Пред. период"),
    "delta_previous": ("Δ prev., %", "Δ к пред., %"), "last_year": ("Last year", "Год назад"),
    "delta_last_year": ("Δ year, %", "Δ к году, %"), "refunds": ("Refunds", "Возвраты"),
    "count": ("Sales", "Продажи"), "violations": ("Violations", "Нарушения"),
    "violations_trend": ("Δ viol.", "Δ наруш."), "complaints": ("Complaints", "Жалобы"),
    "complaints_trend": ("Δ compl.", "Δ жалоб"), "by_rule": ("By rule", "По правилам"),
    "kind": ("Kind", "Тип"), "rule": ("Rule", "Правило"), "severity": ("Severity", "Важность"),
    "summary": ("Summary", "Суть"), "since": ("Since", "С"), "commission": ("Commission", "Премия"),
    "effective_rate": ("Eff. rate, %", "Эфф. ставка, %"),
    "slipped_amount": ("Slipped deals", "Перенесённые сделки"), "currency": ("Currency", "Валюта"),
    "section": ("Section", "Раздел"),
    "status": ("Status", "Итог"), "deals": ("Deals", "Сделки"),
    "closed_at": ("Closed", "Закрыта"), "lost_reason": ("Why lost", "Причина проигрыша"),
    "month": ("Month", "Месяц"), "total": ("Total", "Всего"),
}
TITLES: dict[str, tuple[str, str]] = {
    "plan": ("Plan / fact", "План / факт"), "pipeline": ("Negotiations", "Переговоры"),
    "workload": ("Workload", "Загрузка"), "sales": ("Sales", "Продажи"),
    "violations_by_manager": ("Complaints and violations by manager",
                              "Жалобы и нарушения по менеджерам"),
    "violations_by_client": ("Complaints and violations by client", "Жалобы и нарушения по клиентам"),
    "violations_open": ("Open violations and complaints", "Открытые нарушения и жалобы"),
    "motivation": ("Motivation", "Мотивация"),
    "closed_totals": ("Won and lost", "Выиграно и проиграно"),
    "closed": ("Won and lost deals", "Выигранные и проигранные сделки"),
    "trends_plan_fact": ("Plan / fact by month", "План / факт по месяцам"),
    "trends_violations": CATALOGUE["trend_violations"],
}
KINDS = {"violation": ("violation", "нарушение"), "complaint": ("complaint", "жалоба")}
# The words the digest uses for a won or lost deal (reports/i18n.py), one list for both.
STATUSES = {"won": CATALOGUE["closed_won_one"], "lost": CATALOGUE["closed_lost_one"],
            "void": ("no negotiation", "не переговоры")}
#: A column of one week's count in the trends report: ``week:`` and the week's Monday.
WEEK = "week:"
LEVELS = {"company": ("company", "компания"), "team": ("team", "команда"),
          "manager": ("manager", "менеджер"), "product": ("product", "продукт")}


@dataclass
class Section:
    """One table of a report: a title key, (column key, value kind) pairs and the rows."""

    title: str
    columns: list[tuple[str, str]]   # kind: money | pct | int | float | text | time | bool
    rows: list[dict[str, Any]]
    currency: str = ""


def sections(report: str, data: Any) -> list[Section]:
    """Turn a report's plain data into the tables shown or exported."""
    if report == "plan":
        rows = [{**r, "days": f"{r['days_elapsed']}/{r['days_total']}"} for r in data["rows"]]
        unit = "float" if data.get("metric") == "deals" else "money"   # deal counts
        return [Section("plan", [("level", "level"), ("name", "text"), ("plan", unit),
                                 ("fact", unit), ("pct", "pct"), ("forecast_run_rate", unit),
                                 ("forecast_weighted", unit), ("needed_per_day", unit),
                                 ("days", "text")], rows, data["currency"])]
    if report == "pipeline":
        return [Section("pipeline", [("code", "text"), ("client", "text"), ("product", "text"),
                                     ("manager_name", "text"), ("stage", "text"),
                                     ("amount", "money"), ("amount_source", "text"),
                                     ("agreements", "text"), ("last_contact_at", "time"),
                                     ("next_contact_at", "time"), ("next_contact_source", "text"),
                                     ("overdue", "bool")], list(data))]
    if report == "workload":
        return [Section("workload", [("manager_name", "text"), ("open_deals", "int"),
                                     ("active_clients", "int"), ("inbound_per_day", "float"),
                                     ("outbound_per_day", "float"), ("calls_per_day", "float"),
                                     ("meetings_this_week", "int"),
                                     ("meetings_next_week", "int"), ("unanswered", "int"),
                                     ("overdue_contacts", "int"),
                                     ("median_first_response_hours", "float"),
                                     ("load_index", "float")],
                        [{**r, "manager_name": r["name"]} for r in data])]
    if report == "sales":
        rows = [{**r, "delta_previous": r["delta_previous"]["pct"],
                 "delta_last_year": r["delta_last_year"]["pct"]} for r in data["rows"]]
        total = data["total"]
        rows.append({"name": "Σ", "amount": total["amount"], "previous": total["previous"],
                     "last_year": total["last_year"], "refunds": total["refunds"],
                     "count": sum(r["count"] for r in data["rows"]),
                     "delta_previous": total["delta_previous"]["pct"],
                     "delta_last_year": total["delta_last_year"]["pct"]})
        return [Section("sales", [("name", "text"), ("amount", "money"), ("previous", "money"),
                                  ("delta_previous", "pct"), ("last_year", "money"),
                                  ("delta_last_year", "pct"), ("refunds", "money"),
                                  ("count", "int")], rows, data["currency"])]
    if report == "violations":
        counts = [("violations", "int"), ("violations_trend", "int"), ("complaints", "int"),
                  ("complaints_trend", "int"), ("by_rule", "text")]
        # ``by_rule`` stays a mapping here: rules are named in the reader's language as shown.
        return [Section("violations_by_manager", [("name", "text"), *counts], data["by_manager"]),
                Section("violations_by_client", [("client", "text"), *counts], data["by_client"]),
                Section("violations_open", [("code", "text"), ("kind", "text"), ("rule", "text"),
                                            ("severity", "text"), ("manager_name", "text"),
                                            ("client", "text"), ("summary", "text"),
                                            ("since", "time")], data["open"])]
    if report == "motivation":
        rows = [{**r, "effective_rate": round(r["effective_rate"] * 100, 2)} for r in data]
        currency = data[0]["currency"] if data else ""
        return [Section("motivation", [("manager", "text"), ("plan", "money"), ("fact", "money"),
                                       ("pct", "pct"), ("commission", "money"),
                                       ("effective_rate", "float"), ("slipped_amount", "money")],
                        rows, currency)]
    if report == "closed":
        cur = data["currency"]
        totals = [{"status": status, "deals": data["totals"][status]["count"],
                   "amount": data["totals"][status]["amount_base"], "currency": cur}
                  for status in ("won", "lost")]
        # Every amount is in the base currency, as the board's columns add them up.
        deals = [{**r, "amount": r["amount_base"], "currency": cur} for r in data["rows"]]
        return [Section("closed_totals", [("status", "text"), ("deals", "int"),
                                          ("amount", "money")], totals, cur),
                Section("closed", [("code", "text"), ("client", "text"), ("manager_name", "text"),
                                   ("product", "text"), ("status", "text"), ("amount", "money"),
                                   ("amount_source", "text"), ("closed_at", "time"),
                                   ("lost_reason", "text")], deals, cur)]
    if report == "trends":
        pf, weekly = data["plan_fact"], data["violations"]
        months = [{"level": line["level"], "key": line["key"], "name": line["name"], **point}
                  for line in pf["series"] for point in line["points"]
                  if point["plan"] is not None or point["fact"]]
        weeks = [f"{WEEK}{w}" for w in weekly["weeks"]]
        per_week = [{"name": r["name"], "total": r["total"], **dict(zip(weeks, r["counts"],
                                                                         strict=True))}
                    for r in weekly["rows"]]
        return [Section("trends_plan_fact", [("level", "level"), ("name", "text"),
                                             ("month", "text"), ("plan", "money"),
                                             ("fact", "money"), ("pct", "pct")],
                        months, pf["currency"]),
                Section("trends_violations", [("name", "text"), ("total", "int"),
                                              *((w, "int") for w in weeks)], per_week)]
    raise ConfigError(f"unknown report {report!r}; use one of plan, pipeline, workload, sales, "
                      "violations, motivation, closed, trends")


def major(amount_minor: int | None, currency: str) -> Decimal | None:
    """Exact major units (Decimal) of an integer minor-unit amount."""
    if amount_minor is None:
        return None
    return Decimal(int(amount_minor)).scaleb(-exponent(currency or "RUB"))


def format_money(amount_minor: int | None, currency: str, locale: str = "en", *,
                 whole: bool = True) -> str:
    """ "12 345 678 RUB" (ru) or "12,345,678 RUB" (en); exact kopecks when ``whole`` is False."""
    value = major(amount_minor, currency)
    if value is None:
        return "—"
    digits = 0 if whole else exponent(currency)
    value = value.quantize(Decimal(1).scaleb(-digits), ROUND_HALF_UP)
    text = f"{value:,.{digits}f}"
    if locale == "ru":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return f"{text} {currency}"


def _cell(value: Any, kind: str, currency: str, locale: str, tz: str) -> str:
    if value is None or value == "":
        return "—"
    if kind == "money":
        return format_money(value, currency, locale)
    if kind == "pct":
        return f"{value:.1f}%".replace(".", "," if locale == "ru" else ".")
    if kind == "float":
        return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", "," if locale == "ru" else ".")
    if kind == "time":
        moment = datetime.fromisoformat(str(value))
        return moment.astimezone(ZoneInfo(tz)).strftime("%d.%m.%Y %H:%M" if locale == "ru"
                                                        else "%Y-%m-%d %H:%M")
    if kind == "bool":
        return ("да" if locale == "ru" else "yes") if value else ""
    if kind == "level":
        return LEVELS.get(value, (value, value))[locale == "ru"]
    return str(value)


def _label(key: str, locale: str) -> str:
    if key.startswith(WEEK):                    # a week by its Monday: 16.11 / 11/16
        monday = key[len(WEEK):]
        return f"{monday[8:10]}.{monday[5:7]}" if locale == "ru" else f"{monday[5:7]}/{monday[8:10]}"
    return LABELS.get(key, (key, key))[locale == "ru"]


# Columns that say who or what a row is about: never dropped, never squeezed below their value.
NAME_COLUMNS = ("code", "name", "client", "manager", "manager_name")
NAME_MIN_WIDTH = 24                      # a longer name folds onto a second line
# On a narrow terminal the table drops columns in this order (first dropped first) until the
# rest fits, rather than squeezing names to nothing; `--format csv` keeps every column.
DROP_ORDER = ("amount_source", "lost_reason", "closed_at", "next_contact_source", "median_first_response_hours", "needed_per_day", "days",
              "refunds", "by_rule", "last_contact_at", "meetings_next_week", "agreements",
              "level", "forecast_weighted", "last_year", "delta_last_year", "rule",
              "complaints_trend", "violations_trend", "slipped_amount", "effective_rate",
              "meetings_this_week", "calls_per_day", "outbound_per_day", "inbound_per_day",
              "previous", "since", "severity", "kind", "active_clients", "load_index", "count",
              "product", "plan", "commission", "overdue", "next_contact_at", "amount")


def _min_width(key: str, kind: str, header: str, cells: list[str]) -> int:
    """The narrowest a column may get: whole numbers and names, the longest word elsewhere."""
    longest = max((cell_len(c) for c in cells), default=1)
    heading = max((cell_len(w) for w in header.split()), default=1)   # headers wrap at spaces
    if kind in ("money", "pct", "int", "float", "bool", "time", "level"):
        return max(longest, heading)
    if key in NAME_COLUMNS:
        return max(min(longest, NAME_MIN_WIDTH), heading)
    words = [cell_len(w) for c in cells for w in c.split()]
    return max(min(max(words, default=1), 12), heading)


def _fit(columns: list[tuple[str, str]], widths: dict[str, int], width: int) -> list[str]:
    """The keys of the columns dropped so that the rest fit ``width`` terminal cells
    (weeks go oldest first, after every other column that may go)."""
    shown = [k for k, _ in columns]
    dropped: list[str] = []
    for key in (*DROP_ORDER, *(k for k in shown if k.startswith(WEEK))):
        if sum(widths[k] + 3 for k in shown) + 1 <= width:
            break
        if key in shown:
            shown.remove(key)
            dropped.append(key)
    return dropped


def _share(keys: list[str], least: dict[str, int], most: dict[str, int], width: int) -> dict[str, int]:
    """Column widths within ``width`` cells: each its least, the rest given names first, then text."""
    out = {k: least[k] for k in keys}
    spare = width - sum(v + 3 for v in out.values()) - 1
    for group in ([k for k in keys if k in NAME_COLUMNS], keys):
        for key in group:
            grant = max(0, min(spare, most[key] - out[key]))
            out[key] += grant
            spare -= grant
    return out


def _named(sec: Section, settings: Settings | None, locale: str) -> list[dict[str, Any]]:
    """Rows with codes shown as names: stages and products from the config, kinds translated."""
    keys = {k for k, _ in sec.columns}
    out = []
    for row in sec.rows:
        row = dict(row)
        if settings is not None and "stage" in keys and row.get("stage"):
            row["stage"] = settings.pipeline.label(row["stage"], locale)
        if settings is not None and "product" in keys and row.get("product"):
            row["product"] = settings.product_name(row["product"], locale)
        if settings is not None and row.get("level") == "product" and row.get("key"):
            row["name"] = settings.product_name(row["key"], locale)
        if "status" in keys and row.get("status") in STATUSES:
            row["status"] = STATUSES[row["status"]][locale == "ru"]
        if "kind" in keys and row.get("kind") in KINDS:
            row["kind"] = KINDS[row["kind"]][locale == "ru"]
        if "severity" in keys and f"severity_{row.get('severity')}" in CATALOGUE:
            row["severity"] = CATALOGUE[f"severity_{row['severity']}"][locale == "ru"]
        if locale == "ru" and row.get("name_ru"):        # sales rows carry both names
            row["name"] = row["name_ru"]
        if "next_contact_source" in keys:
            row["next_contact_source"] = source_label(row.get("next_contact_source"), locale)
        if "amount_source" in keys:
            row["amount_source"] = amount_source_label(row.get("amount_source"), locale)
        if "summary" in keys and locale == "ru" and row.get("summary_ru"):
            row["summary"] = row["summary_ru"]                   # violations carry both lines
        if "rule" in keys and row.get("rule"):
            row["rule"] = (KINDS["complaint"][locale == "ru"] if row["rule"] == "complaint"
                           else rule_name(row["rule"], locale))
        if "by_rule" in keys and isinstance(row.get("by_rule"), dict):
            row["by_rule"] = ", ".join(f"{rule_name(k, locale)} {v}"
                                       for k, v in sorted(row["by_rule"].items()))
        out.append(row)
    return out


def to_table(report: str, data: Any, console: Console, *, locale: str = "en",
             tz: str = "UTC", title: str | None = None, settings: Settings | None = None) -> None:
    """Print the report as rich tables that fit the console's width.

    Numbers and names keep their full width; headers and free text wrap; when even that is too
    wide, the least needed columns (:data:`DROP_ORDER`) are left out and the caption names them.
    """
    for sec in sections(report, data):
        table = Table(title=title or TITLES[sec.title][locale == "ru"], show_lines=False)
        # Names, subjects and summaries come from mail: shown as typed, never as console
        # markup or control sequences (dealtrail.shown).
        cells = [[for_terminal(_cell(row.get(k), kind, row.get("currency") or sec.currency,
                                     locale, tz))
                  for k, kind in sec.columns] for row in _named(sec, settings, locale)]
        least = {key: _min_width(key, kind, _label(key, locale), [r[i] for r in cells])
                 for i, (key, kind) in enumerate(sec.columns)}
        most = {key: max([least[key], cell_len(_label(key, locale)), *(cell_len(r[i]) for r in cells)])
                for i, (key, _) in enumerate(sec.columns)}
        dropped = _fit(sec.columns, least, console.width)
        keep = [i for i, (key, _) in enumerate(sec.columns) if key not in dropped]
        widths = _share([sec.columns[i][0] for i in keep], least, most, console.width)
        for i in keep:
            key, kind = sec.columns[i]
            numeric = kind in ("money", "pct", "int", "float")
            table.add_column(_label(key, locale), justify="right" if numeric else "left",
                             overflow="fold", width=min(widths[key], 48 if key not in NAME_COLUMNS
                                                        and not numeric else widths[key]))
        for row_cells in cells:
            table.add_row(*(Text(row_cells[i]) for i in keep))
        notes = []
        if not sec.rows:
            notes.append("нет данных" if locale == "ru" else "no data")
        weeks = [k for k in dropped if k.startswith(WEEK)]
        if weeks:
            notes.append(f"ранние недели (до {_label(weeks[-1], locale)}: {len(weeks)}) не "
                         "поместились" if locale == "ru" else
                         f"{len(weeks)} earlier weeks (to {_label(weeks[-1], locale)}) not shown")
        dropped = [k for k in dropped if not k.startswith(WEEK)]
        if dropped:
            names = ", ".join(_label(k, locale) for k in dropped)
            notes.append(f"не поместились: {names} (шире терминал или --format csv)" if locale == "ru"
                         else f"not shown at this width: {names} (widen the terminal or use --format csv)")
        table.caption = "; ".join(notes) or None
        console.print(table)


def _flat(sec: Section, row: dict[str, Any]) -> list[Any]:
    out: list[Any] = []
    for key, kind in sec.columns:
        value = row.get(key)
        if kind == "money" and value is not None:
            value = major(value, row.get("currency") or sec.currency)
        elif isinstance(value, dict):                 # counts by rule: "rule n, rule n"
            value = ", ".join(f"{k} {v}" for k, v in sorted(value.items()))
        out.append(value)
    return out


def _headers(sec: Section, locale: str) -> list[str]:
    # A spreadsheet gets each week's full date.
    heads = [k[len(WEEK):] if k.startswith(WEEK) else _label(k, locale) for k, _ in sec.columns]
    if any(kind == "money" for _, kind in sec.columns):
        heads.append(_label("currency", locale))
    return heads


def _with_currency(sec: Section, row: dict[str, Any]) -> list[Any]:
    values = _flat(sec, row)
    if any(kind == "money" for _, kind in sec.columns):
        values.append(row.get("currency") or sec.currency)
    return values


def to_csv(report: str, data: Any, *, locale: str = "en") -> str:
    """CSV text; a report with several sections gets a leading section column."""
    secs = sections(report, data)
    buf = io.StringIO()
    writer = csv.writer(buf)
    many = len(secs) > 1
    for i, sec in enumerate(secs):
        if i == 0 or many:
            if i:
                writer.writerow([])
            writer.writerow(([_label("section", locale)] if many else []) + _headers(sec, locale))
        for row in sec.rows:
            writer.writerow(([sec.title] if many else [])
                            + [for_csv(v) for v in _with_currency(sec, row)])
    return buf.getvalue()


def to_xlsx(report: str, data: Any, path: Path, *, locale: str = "en") -> None:
    """An XLSX workbook with one sheet per section."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for sec in sections(report, data):
        title = TITLES[sec.title][locale == "ru"]
        sheet = book.create_sheet("".join("-" if ch in "[]:*?/\\" else ch for ch in title)[:31])
        sheet.append(_headers(sec, locale))
        for row in sec.rows:
            values = [float(v) if isinstance(v, Decimal) else
                      for_xlsx(", ".join(map(str, v)) if isinstance(v, (list, dict)) else v)
                      for v in _with_currency(sec, row)]
            sheet.append(values)
            for cell, value in zip(sheet[sheet.max_row], values, strict=False):
                if runs_as_formula(value):
                    cell.data_type = "s"     # text from mail stays text (dealtrail.shown)
    book.save(path)


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


def render(report: str, data: Any, fmt: str = "table", *, out: str | Path | None = None,
           console: Console | None = None, locale: str = "en", tz: str = "UTC",
           settings: Settings | None = None) -> str | None:
    """Render ``data`` of ``report`` in ``fmt``; write to ``out`` when given, else print/return."""
    if fmt not in FORMATS:
        raise ConfigError(f"format {fmt!r} is not one of {', '.join(FORMATS)}")
    if fmt == "xlsx":
        if not out:
            raise ConfigError("--format xlsx needs --out FILE.xlsx")
        to_xlsx(report, data, Path(out), locale=locale)
        return None
    if fmt == "table":
        if out:
            with open(out, "w", encoding="utf-8") as fh:
                to_table(report, data, Console(file=fh, width=200), locale=locale, tz=tz,
                         settings=settings)
            return None
        # Piped or captured output keeps every column readable instead of 80 columns wide.
        wide = console or Console(width=None if sys.stdout.isatty() else 200)
        to_table(report, data, wide, locale=locale, tz=tz, settings=settings)
        return None
    text = to_csv(report, data, locale=locale) if fmt == "csv" else to_json(data)
    if out:
        Path(out).write_text(text, encoding="utf-8")
        return None
    return text


def print_five_answers(db: sqlite_utils.Database, settings: Settings, console: Console,
                       period: str | None = None, as_of: datetime | None = None) -> None:
    """Print the five answers: plan %, negotiations, workload, sales by product and seller,
    complaints and violations."""
    from . import api

    locale = settings.company.locale
    tz = settings.company.timezone
    steps: list[tuple[str, Callable[[], Any], str | None]] = [
        ("plan", lambda: api.plan_fact(db, settings, period, as_of=as_of), None),
        ("pipeline", lambda: api.negotiations(db, settings, as_of=as_of), None),
        ("workload", lambda: api.workload(db, settings, as_of=as_of), None),
        ("sales", lambda: api.sales(db, settings, period, by="product", as_of=as_of),
         "Продажи по продуктам" if locale == "ru" else "Sales by product"),
        ("sales", lambda: api.sales(db, settings, period, by="manager", as_of=as_of),
         "Продажи по менеджерам" if locale == "ru" else "Sales by salesperson"),
        ("violations", lambda: api.complaints_and_violations(db, settings, period, as_of=as_of),
         None),
    ]
    for report, compute, title in steps:
        to_table(report, compute(), console, locale=locale, tz=tz, title=title, settings=settings)
