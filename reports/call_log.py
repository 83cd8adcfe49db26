"""Importing a call log exported by the telephony (CSV or XLSX).

A row is one call: its time, direction (in or out), the manager (email,
internal extension or the manager's own number, as ``[[managers]]`` lists
them), the client's phone and the duration. Headers are read in English or
Russian as PBX and CRM exports write them (``CALL_COLUMNS``); a company whose
export names a column otherwise maps it in ``[imports] calls_columns``
(``phone = "Номер абонента"``). Missed and unanswered calls (duration 0) are
kept but are no contact. A client's number is matched in E.164 against the
client directory's ``phones`` column and the numbers read from signatures; a
number not known yet is kept and linked later.

Every row is checked first and every error collected ("calls.csv row 7,
column 'client_phone': '12345' is not a phone number ..."); when there is
any, nothing is imported. The import is one transaction and keyed by the
export's call id, or else by manager, time, number and direction, so
importing the same file again changes nothing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

from dealtrail.calls import client_by_phone, link_calls, record_call
from dealtrail.config import Settings
from dealtrail.errors import ConfigError
from dealtrail.messages import Msg, reason
from dealtrail.phones import normalize
from dealtrail.store import transaction
from dealtrail.tables import raise_collected, read_table

from .imports import _prepare, parse_moment

log = logging.getLogger(__name__)

CALL_COLUMNS: dict[str, tuple[str, ...]] = {
    "call_id": ("id", "call id", "call_id", "uid", "id звонка", "идентификатор", "идентификатор звонка"),
    "time": ("date", "datetime", "date/time", "start", "start time", "call time", "started_at",
             "время", "дата", "дата и время", "время звонка", "дата звонка", "начало",
             "начало звонка", "дата начала"),
    "direction": ("type", "call type", "направление", "тип", "тип звонка"),
    "manager": ("employee", "user", "extension", "ext", "email", "agent", "менеджер", "сотрудник",
                "ответственный", "пользователь", "внутренний номер", "добавочный", "оператор"),
    "phone": ("client_phone", "client phone", "number", "phone number", "caller", "callee",
              "external number", "телефон", "номер", "телефон клиента", "номер клиента",
              "номер абонента", "абонент", "внешний номер"),
    "duration": ("duration_s", "duration, s", "seconds", "talk time", "billsec", "длительность",
                 "продолжительность", "длительность, сек", "длительность разговора",
                 "время разговора"),
    "status": ("result", "disposition", "статус", "результат", "статус звонка"),
    "note": ("comment", "notes", "комментарий", "примечание", "заметка"),
}
CALL_REQUIRED = ("time", "direction", "manager", "phone")

_DIRECTION = {
    "in": "in", "inbound": "in", "incoming": "in", "входящий": "in", "входящий звонок": "in",
    "вход": "in", "вход.": "in", "вх": "in", "вх.": "in",
    "out": "out", "outbound": "out", "outgoing": "out", "исходящий": "out",
    "исходящий звонок": "out", "исх": "out", "исх.": "out",
    "missed": "in", "пропущенный": "in", "пропущенный звонок": "in",
}
_INTERNAL = {"internal", "внутренний", "внутренний звонок"}
_UNANSWERED = {"missed", "no answer", "noanswer", "busy", "failed", "пропущенный",
               "не отвечен", "нет ответа", "занято", "неотвеченный", "не дозвонились"}


def columns(mapping: Mapping[str, str], base: Mapping[str, Sequence[str]] = CALL_COLUMNS,
            where: str = "imports.calls_columns") -> dict[str, tuple[str, ...]]:
    """The built-in headers plus the company's own from the config (column -> its header)."""
    merged = {name: tuple(aliases) for name, aliases in base.items()}
    for name, header in mapping.items():
        if name not in merged:
            raise ConfigError(f"{where}.{name}: not a column of this import; "
                              f"columns: {', '.join(merged)}")
        merged[name] = (*merged[name], str(header))
    return merged


def check_files(settings: Settings) -> None:
    """For ``dealtrail check``: the configured call log exists and its header is understood."""
    from dealtrail.preflight import check_header

    table = columns(settings.imports.calls_columns)
    if settings.imports.calls:
        check_header("imports.calls", settings.path(settings.imports.calls), table, CALL_REQUIRED,
                     mapped_in="imports.calls_columns")


def _duration(value: Any) -> int | None:
    """Seconds from 312, "312", "5:12", "0:05:12", "312 сек" or an XLSX time; None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(Msg("cell_duration", value=value))
    if isinstance(value, (int, float)):
        if value < 0:
            raise ValueError(Msg("cell_negative", value=value))
        return int(round(value))
    if isinstance(value, timedelta):
        return int(value.total_seconds())
    if isinstance(value, time):
        return value.hour * 3600 + value.minute * 60 + value.second
    text = re.sub(r"(?i)\s*(s|sec|secs|seconds|с|сек|сек\.)$", "", str(value).strip())
    if re.fullmatch(r"\d+", text):
        return int(text)
    parts = text.split(":")
    if 2 <= len(parts) <= 3 and all(re.fullmatch(r"\d{1,2}", p) for p in parts[1:]) \
            and re.fullmatch(r"\d+", parts[0]):
        seconds = 0
        for part in parts:
            seconds = seconds * 60 + int(part)
        return seconds
    raise ValueError(Msg("cell_duration", value=value))


class _Managers:
    """Finds the manager a call log row names: email, name, extension or own number."""

    def __init__(self, db: sqlite_utils.Database, settings: Settings) -> None:
        people, _ = _prepare(db, settings)
        self.people = people
        self.by_line: dict[str, dict[str, Any]] = {}
        region = settings.company.country
        for i, m in enumerate(settings.managers):
            row = people.find(m.email)
            if row is None:
                continue
            if m.extension.strip():
                self._add(m.extension.strip(), row, f"managers[{i}].extension")
            if m.phone.strip():
                try:
                    self._add(normalize(m.phone, region), row, f"managers[{i}].phone")
                except ValueError as exc:
                    raise ConfigError(f"managers[{i}].phone: {exc}") from None
        self.region = region

    def _add(self, key: str, row: dict[str, Any], where: str) -> None:
        other = self.by_line.get(key)
        if other is not None and other["id"] != row["id"]:
            raise ConfigError(f"{where}: {key} is also {other['email']}'s; each extension and "
                              "phone names one manager")
        self.by_line[key] = row

    def find(self, text: str) -> dict[str, Any] | None:
        text = text.strip()
        if not text:
            return None
        if text in self.by_line:
            return self.by_line[text]
        found = self.people.find(text)
        if found is not None or "@" in text:
            return found
        try:
            return self.by_line.get(normalize(text, self.region))
        except ValueError:
            return None


def import_calls(db: sqlite_utils.Database, settings: Settings, path: str | Path
                 ) -> dict[str, Any]:
    """Validate and import a call log; returns {file, inserted, updated, unchanged, ...}."""
    path = Path(path)
    managers = _Managers(db, settings)
    region = settings.company.country
    table = read_table(path, columns(settings.imports.calls_columns), required=CALL_REQUIRED,
                       mapped_in="imports.calls_columns")
    errors: list[str] = []
    ready: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    skipped = 0
    for row in table:
        kind = row.text("direction").lower()
        if kind in _INTERNAL:
            skipped += 1
            continue
        direction = _DIRECTION.get(kind)
        if direction is None:
            errors.append(row.error("direction", Msg("cell_direction", value=row.text("direction"))))
            continue
        who = managers.find(row.text("manager"))
        if who is None:
            errors.append(row.error("manager", Msg("cell_call_manager", value=row.text("manager"))))
            continue
        column = "time"
        try:
            moment = parse_moment(row.get("time"), settings.company.timezone)
            if not isinstance(moment, datetime):
                raise ValueError(Msg("cell_no_time_of_day", value=row.text("time")))
            column = "phone"
            phone = normalize(row.text("phone"), region)
            column = "duration"
            duration = _duration(row.get("duration"))
        except ValueError as exc:
            errors.append(row.error(column, reason(exc)))
            continue
        status = row.text("status").lower()
        if status in _UNANSWERED or kind in ("missed", "пропущенный", "пропущенный звонок"):
            duration = 0
        call_id = row.text("call_id")
        key = (f"import:{call_id}" if call_id else
               f"import:{who['id']}:{moment.timestamp():.0f}:{phone}:{direction}")
        if key in seen:
            errors.append(row.error("call_id" if call_id else "time",
                                    Msg("cell_same_call", row=seen[key])))
            continue
        seen[key] = row.number
        ready.append({"key": key, "manager_id": who["id"], "at": moment, "direction": direction,
                      "phone": phone, "duration_s": duration, "note": row.text("note")})
    raise_collected(errors)
    counts = {"inserted": 0, "updated": 0, "unchanged": 0}
    unknown: set[str] = set()
    with transaction(db) as conn:
        for call in ready:
            client = client_by_phone(conn, call["phone"])
            if client is None:
                unknown.add(call["phone"])
            _, outcome = record_call(conn, client_id=client, source="import",
                                     source_ref=path.name, **call)
            counts[outcome] += 1
        link_calls(conn)
    result = {"file": str(path), **counts, "skipped_internal": skipped,
              "unknown_numbers": sorted(unknown)}
    log.info("calls %s: %s, %d internal skipped, %d numbers not in the client directory",
             path, counts, skipped, len(unknown))
    return result
