"""Importing a call log exported by the telephony (CSV or XLSX).

A row is one call: its time, direction (in or out), the manager (email,
internal extension or the manager's own number, as ``[[managers]]`` lists
them), the client's phone and the duration; or, as PBX CDRs write them, the
two sides of the call (the side on a manager's line is the manager and tells
the direction), and several rows of one call sharing an id (a ring group, a
transfer) are merged. Headers are read in English or Russian as PBX and CRM
exports write them (``reports.call_words``); a company whose
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
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from dealtrail.calls import client_by_phone, link_calls, record_call
from dealtrail.config import Settings
from dealtrail.directory import People
from dealtrail.errors import ConfigError
from dealtrail.messages import Msg, reason
from dealtrail.phones import normalize
from dealtrail.store import transaction
from dealtrail.tables import Reading, Row, Table, normalize_header, raise_collected, read_table

from .call_words import (
    CALL_COLUMNS,
    CUCM_MARK,
    DIRECTIONS,
    IGNORED_COLUMNS,
    INTERNAL,
    MISSED,
    TYPE_ROW,
    answered,
    line_keys,
    unit_seconds,
    word,
)
from .imports import _prepare, parse_moment

log = logging.getLogger(__name__)

CALL_REQUIRED = ("time", "direction", "manager", "phone")
# Columns that stand in for a required one: two sides of the call name the manager, the
# client and the direction; a day column with a time-of-day column make the time.
_OPTIONS = ("ignore", "timezone")
_STAND_INS = {"time": ("date",), "direction": ("caller", "callee"),
              "manager": ("caller", "callee"), "phone": ("caller", "callee")}


def columns(mapping: Mapping[str, str], base: Mapping[str, Sequence[str]] = CALL_COLUMNS,
            where: str = "imports.calls_columns") -> dict[str, tuple[str, ...]]:
    """The built-in headers plus the company's own from the config (column -> its header).

    A header the config maps is that column only, even when a built-in name of another
    column spells it the same way. Two keys are no column: ``ignore`` lists headers to
    skip, ``timezone`` is the zone of the export's times that carry no offset. A header the
    config ignores is no column either, even when a built-in name spells it that way.
    """
    merged = {name: tuple(aliases) for name, aliases in base.items()}
    if base is CALL_COLUMNS:
        skipped = {normalize_header(h) for h in str(mapping.get("ignore", "")).split(";")}
        merged = {name: tuple(a for a in aliases if normalize_header(a) not in skipped)
                  for name, aliases in merged.items()}
    for name, header in mapping.items():
        if name in _OPTIONS and base is CALL_COLUMNS:
            if name == "timezone":
                try:
                    ZoneInfo(str(header))
                except (ValueError, KeyError):
                    raise ConfigError(f"{where}.timezone: unknown time zone {header!r}; write "
                                      "an IANA name such as 'UTC' or 'Europe/Moscow'") from None
            continue
        if name not in merged:
            raise ConfigError(f"{where}.{name}: not a column of this import; "
                              f"columns: {', '.join(merged)}")
        key = normalize_header(header)
        merged = {other: tuple(a for a in aliases if normalize_header(a) != key)
                  for other, aliases in merged.items()}
        merged[name] = (*merged[name], str(header))
    return merged


def ignored(mapping: Mapping[str, str]) -> tuple[str, ...]:
    """The headers the import skips: the known exports' own and ``ignore`` ("A; B" or "*")."""
    own = [h.strip() for h in str(mapping.get("ignore", "")).split(";") if h.strip()]
    return (*IGNORED_COLUMNS, *own)


def _require(table: Table) -> None:
    """Every required column, or the columns that stand in for it, is in the file."""
    have = set(table.columns)
    table.require([c for c in CALL_REQUIRED
                   if c not in have and not have.issuperset(_STAND_INS[c])], CALL_COLUMNS)


def _open(settings: Settings, path: Path) -> Table:
    table = read_table(path, columns(settings.imports.calls_columns),
                       mapped_in="imports.calls_columns", ignored=("*",),
                       ignore_in="imports.calls_columns")
    if normalize_header(table.headers.get("call_group")) != CUCM_MARK:
        table = read_table(path, columns(settings.imports.calls_columns),
                           mapped_in="imports.calls_columns",
                           ignored=ignored(settings.imports.calls_columns),
                           ignore_in="imports.calls_columns")
    _require(table)
    return table


def check_files(settings: Settings) -> None:
    """For ``dealtrail check``: ``[imports.calls_columns]`` names columns of this import (the
    call log itself is read row by row: :func:`read_calls`)."""
    columns(settings.imports.calls_columns)


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
    if re.fullmatch(r"\d+[.,]0+", text):           # 372.0 from a spreadsheet's number
        return int(text.split(".")[0].split(",")[0])
    spelled = unit_seconds(str(value))              # "6 мин 12 сек", "1 h 2 min"
    if spelled is not None:
        return spelled
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

    def __init__(self, people: People, settings: Settings) -> None:
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
        """The manager a cell names, as written or by the extension inside a SIP channel,
        "sip:101@pbx" or "Anna Petrova (101)"; None when it names no manager."""
        for key in line_keys(text) if text.strip() else ():
            found = self._find(key)
            if found is not None:
                return found
        return None

    def _find(self, text: str) -> dict[str, Any] | None:
        if text in self.by_line:
            return self.by_line[text]
        found = self.people.find(text)
        if found is not None or "@" in text:
            return found
        try:
            return self.by_line.get(normalize(text, self.region))
        except ValueError:
            return None


class _Skip(Exception):
    """A row that is no client call: an internal call between two of our lines."""


class _NoLine(Exception):
    """A row on which neither side is a manager's line; the short numbers it names."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__(lines)
        self.lines = lines


class _Bad(Exception):
    """A cell that cannot be read: the column and what is wrong with it."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


# A time of day in its own column: 24-hour, or 12-hour with AM/PM as US exports write it
# ("8:31:00 AM", "3:05 p.m.").
_TIME_OF_DAY = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s*m\.?)?", re.I)


def _time_of_day(written: str) -> time:
    """``written`` (a whole cell matching :data:`_TIME_OF_DAY`) as a time; ValueError if none."""
    found = _TIME_OF_DAY.fullmatch(written.strip())
    assert found is not None
    hour, minute, second = int(found[1]), int(found[2]), int(found[3] or 0)
    if found[4]:
        if not 1 <= hour <= 12:
            raise ValueError(Msg("cell_time_of_day", value=written))
        hour = hour % 12 + (12 if found[4].lower() == "p" else 0)
    return time(hour, minute, second)


def _when(row: Row, zone: str) -> datetime:
    """The call's start: one cell, a day and a time of day in two, or Unix seconds."""
    column = "time" if row.get("time") is not None else "date"
    value = row.get(column)
    day = row.get("date") if column == "time" else None
    try:
        if (isinstance(value, int) and not isinstance(value, bool) and value >= 10 ** 8) or \
                (isinstance(value, str) and re.fullmatch(r"\d{9,10}|\d{12,13}", value)):
            digits = str(value)                                     # a Unix time (CUCM)
            return datetime.fromtimestamp(int(digits) / (1000 if len(digits) > 10 else 1), UTC)
        if day is not None and (isinstance(value, time) or
                                (isinstance(value, str) and _TIME_OF_DAY.fullmatch(value.strip()))):
            column = "date"
            if isinstance(value, str) and isinstance(day, str) and \
                    _TIME_OF_DAY.fullmatch(value.strip())[4]:     # type: ignore[index]
                # An AM/PM time says the day is written month first, as in one cell.
                column = "time"
                at = _time_of_day(value)
                column = "date"
                twelve = (f"{at.hour % 12 or 12}:{at.minute:02d}:{at.second:02d} "
                          f"{'PM' if at.hour >= 12 else 'AM'}")
                moment = parse_moment(f"{day.strip()} {twelve}", zone)
                if not isinstance(moment, datetime):
                    raise ValueError(Msg("cell_no_time_of_day", value=day))
                return moment
            on = parse_moment(day, zone)
            column = "time"
            at = value if isinstance(value, time) else _time_of_day(value)
            on_day = on.date() if isinstance(on, datetime) else on
            return datetime.combine(on_day, at, tzinfo=ZoneInfo(zone))
        moment = parse_moment(value, zone)
    except ValueError as exc:
        raise _Bad(column, reason(exc)) from None
    if not isinstance(moment, datetime):
        raise _Bad(column, Msg("cell_no_time_of_day", value=row.text(column)))
    return moment


def _direction(row: Row) -> str | None:
    """in, out, "missed" (in, not answered) or None when the export writes none."""
    written = row.text("direction")
    kind = word(written)
    if not kind:
        return None
    if kind in INTERNAL:
        raise _Skip
    if kind in MISSED:
        return "missed"
    found = DIRECTIONS.get(kind) or DIRECTIONS.get(kind.rstrip("."))
    if found is None:       # Teams writes the kind of line too: user_in, conf_out, ucap_in
        side = re.fullmatch(r"[a-z]+_(in|out)", kind)
        found = side.group(1) if side else None
    if found is None:
        raise _Bad("direction", Msg("cell_direction", value=written))
    return found


def _read(row: Row, managers: _Managers, settings: Settings) -> dict[str, Any]:
    """One row as a call, or _Skip / _Bad."""
    kind = _direction(row)
    direction = "in" if kind == "missed" else kind
    who = managers.find(row.text("manager")) if row.text("manager") else None
    if row.text("manager") and who is None:
        raise _Bad("manager", Msg("cell_call_manager", value=row.text("manager")))
    caller = managers.find(row.text("caller")) or managers.find(row.text("caller_line"))
    callee = managers.find(row.text("callee")) or managers.find(row.text("callee_line"))
    if who is None:
        if caller is not None and callee is not None:
            raise _Skip
        who = caller or callee
        if who is None and not (row.text("caller") or row.text("callee")):
            raise _Bad("manager", Msg("cell_call_manager", value=row.text("manager")))
        if who is None:
            # Neither side reached a manager: a caller who hung up in the voice menu, a ring
            # group nobody's phone answered, or an extension not in [[managers]] (said).
            raise _NoLine([t for t in (row.text("caller"), row.text("callee"))
                           if len(re.sub(r"\D", "", t)) < 7])
    side = ("out" if caller is not None and caller["id"] == who["id"] else
            "in" if callee is not None and callee["id"] == who["id"] else None)
    direction = direction or side
    if direction is None:
        raise _Bad("direction", Msg("cell_direction", value=row.text("direction")))
    column = "phone" if row.text("phone") else ("caller" if direction == "in" else "callee")
    written = row.text(column)
    if managers.find(written) is not None:
        raise _Skip                       # the other side is one of our lines too
    moment = _when(row, settings.imports.calls_columns.get("timezone")
                   or settings.company.timezone)
    try:
        phone = normalize(written, settings.company.country)
        column = "talk" if row.get("talk") is not None else "duration"
        duration = _duration(row.get(column))
    except ValueError as exc:
        raise _Bad(column, reason(exc)) from None
    status = row.text("status")
    if status:
        picked_up = answered(status)
        if picked_up is None:
            raise _Bad("status", Msg("cell_call_status", value=status))
        if not picked_up:
            duration = 0
    if kind == "missed":
        duration = 0
    return {"manager_id": who["id"], "at": moment, "direction": direction, "phone": phone,
            "duration_s": duration, "note": row.text("note")}


def _merge(call: dict[str, Any], leg: dict[str, Any]) -> None:
    """One more row of a call told over several (a ring group, a transfer): the call starts
    with its first row, is answered by the first manager who picked up, and lasts the talk
    of every answered row."""
    call["at"] = min(call["at"], leg["at"])
    if leg["duration_s"]:
        if not call["duration_s"]:
            call["manager_id"] = leg["manager_id"]
        call["duration_s"] = (call["duration_s"] or 0) + leg["duration_s"]
    elif call["duration_s"] is None:
        call["duration_s"] = leg["duration_s"]
    if leg["note"] and leg["note"] not in call["note"]:
        call["note"] = f"{call['note']}; {leg['note']}" if call["note"] else leg["note"]


def read_calls(settings: Settings, path: Path, people: People) -> Reading:
    """Read and check every row of a call log; nothing is stored (``import_calls`` and
    ``dealtrail check`` both read it here). Its items are the calls, a call told over
    several rows merged; internal calls and calls that reached no manager's line are
    skipped, not errors."""
    managers = _Managers(people, settings)
    table = _open(settings, path)
    read = 0
    errors: list[str] = []
    ready: dict[str, dict[str, Any]] = {}
    seen: dict[str, tuple[int, tuple[Any, ...]]] = {}
    skipped = 0
    no_line: list[int] = []
    lines: set[str] = set()
    for row in table:
        if row.number == 2 and all(TYPE_ROW.fullmatch(str(v or "")) for v in row.values.values()):
            continue                      # CUCM's line of column types
        try:
            call = _read(row, managers, settings)
        except _Skip:
            skipped += 1
            continue
        except _NoLine as nobody:
            no_line.append(row.number)
            lines.update(nobody.lines)
            continue
        except _Bad as bad:
            errors.append(row.error(bad.column, bad.message))
            continue
        call_id = row.text("call_group") or row.text("call_id")
        key = (f"import:{call_id}" if call_id else
               f"import:{call['manager_id']}:{call['at'].timestamp():.0f}:{call['phone']}:"
               f"{call['direction']}")
        cells = tuple(row.values.values())
        if key in seen and (not call_id or seen[key][1] == cells):
            column = "time" if not call_id else "call_group" if row.text("call_group") else "call_id"
            errors.append(row.error(column, Msg("cell_same_call", row=seen[key][0])))
            continue
        read += 1
        if key in ready:
            _merge(ready[key], call)
        else:
            seen[key] = (row.number, cells)
            ready[key] = {"key": key, **call}
    return Reading(list(ready.values()), errors, read,
                   {"internal": skipped, "no_manager": len(no_line)},
                   {"lines_not_managers": sorted(lines)})


def import_calls(db: sqlite_utils.Database, settings: Settings, path: str | Path
                 ) -> dict[str, Any]:
    """Validate and import a call log; returns {file, inserted, updated, unchanged, ...}."""
    path = Path(path)
    people, _ = _prepare(db, settings)
    reading = read_calls(settings, path, people)
    raise_collected(reading.errors)
    counts = {"inserted": 0, "updated": 0, "unchanged": 0}
    unknown: set[str] = set()
    with transaction(db) as conn:
        for call in reading.items:
            client = client_by_phone(conn, call["phone"])
            if client is None:
                unknown.add(call["phone"])
            _, outcome = record_call(conn, client_id=client, source="import",
                                     source_ref=path.name, **call)
            counts[outcome] += 1
        link_calls(conn)
    result = {"file": str(path), **counts, "skipped_internal": reading.skipped["internal"],
              "skipped_no_manager": reading.skipped["no_manager"],
              **reading.extra, "unknown_numbers": sorted(unknown)}
    log.info("calls %s: %s, %d internal skipped, %d numbers not in the client directory",
             path, counts, reading.skipped["internal"], len(unknown))
    return result
