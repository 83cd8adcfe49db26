"""The rules engine: a small hook spec, a registry, and the run that writes violations.

A rule is any object with a ``name``, a ``default_config`` mapping and an
``evaluate(ctx)`` method yielding :class:`Finding` objects; it may also have
``resolve(ctx)`` yielding :class:`Resolution` objects. Built-in rules are
registered through the same ``dealtrail.rules`` entry-point group a
third-party package would use, so nothing here knows their names.

The engine owns the violation lifecycle. For each rule, in one transaction:

* a finding whose key is new is inserted (``open``, or ``kept_late`` when the
  rule already knows the obligation was met after its deadline);
* a finding for an existing ``open`` violation keeps it open (its summary and
  evidence are refreshed), or closes it as ``kept_late``;
* an ``open`` violation in the evaluated scope that no finding names any more
  is ``resolved`` (the condition is gone), unless the rule's ``resolve`` said
  otherwise;
* a ``resolved`` violation that is found again is reopened; ``waived`` and
  ``kept_late`` ones are never touched again.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as dtime
from importlib import metadata
from typing import Any, Protocol, runtime_checkable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlite_utils

from dealtrail import access, clock, labels
from dealtrail.answered import (
    close_answered_complaints,
    close_answered_requests,
    established_clients,
)
from dealtrail.config import Settings
from dealtrail.contacts import record_past_meetings
from dealtrail.directory import load_directory
from dealtrail.errors import ConfigError, NotFound, RuleError
from dealtrail.messages import Msg
from dealtrail.store import record_job, rows, transaction
from dealtrail.workdays import BusinessCalendar, company_calendar

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "dealtrail.rules"
SEVERITIES = ("low", "medium", "high")
# Keys every rule accepts, with their defaults (a rule may override the default).
COMMON_CONFIG: dict[str, Any] = {"enabled": True, "severity": "medium", "lookback_days": 90}
OPEN, RESOLVED, KEPT_LATE, WAIVED = "open", "resolved", "kept_late", "waived"
# How a deal is named in violations (SQL over ``deals d``): its title, else its CRM id, else D-<id>.
DEAL_LABEL = "coalesce(nullif(d.title, ''), d.external_id, 'D-' || d.id)"


@dataclass(frozen=True)
class Finding:
    """One violation as a rule sees it now.

    ``key`` is the rule's natural key (the engine prefixes the rule name);
    ``status`` is ``open``, or ``kept_late`` with ``resolved_at`` when the
    obligation was met after ``due_at``. ``evidence`` is JSON-serialisable
    and carries what a person needs to check the claim (message and event
    ids, the promise's text) plus the parameters templates render.
    """

    key: str
    summary: str
    due_at: datetime | None
    manager_id: int | None = None
    client_id: int | None = None
    deal_id: int | None = None
    promise_id: int | None = None
    evidence: Mapping[str, Any] = field(default_factory=dict)
    status: str = OPEN
    resolved_at: datetime | None = None
    severity: str | None = None


@dataclass(frozen=True)
class Resolution:
    """An explicit close of a violation the rule no longer reports (``key`` without prefix)."""

    key: str
    status: str = RESOLVED            # resolved | kept_late
    at: datetime | None = None
    evidence: Mapping[str, Any] = field(default_factory=dict)


@runtime_checkable
class Rule(Protocol):
    """What a rule must provide.

    Optional attributes, not part of the check: ``resolve(ctx)`` yielding
    :class:`Resolution`; ``description`` (one line for ``rules list``); and
    ``windowed`` (default True): the rule only looks at obligations due within
    ``lookback_days``, so the engine leaves older open violations alone
    instead of resolving them. A rule about a current state (a stale deal)
    sets ``windowed = False`` and reports every case whatever its age.
    """

    name: str
    default_config: Mapping[str, Any]

    def evaluate(self, ctx: RuleContext) -> Iterable[Finding]:
        """Yield every violation that holds now within ``ctx``'s scope and look-back window."""
        ...


@dataclass
class RuleResult:
    """What one rule did in one run."""

    rule: str
    opened: int = 0
    still_open: int = 0
    resolved: int = 0
    kept_late: int = 0
    errors: int = 0
    error: str = ""
    duration: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "opened": self.opened, "still_open": self.still_open,
                "resolved": self.resolved, "kept_late": self.kept_late, "errors": self.errors,
                "error": self.error, "duration": round(self.duration, 3)}


@dataclass
class RunSummary:
    """The results of one ``run_rules`` call, per rule."""

    results: list[RuleResult] = field(default_factory=list)
    duration: float = 0.0

    @property
    def errors(self) -> int:
        return sum(r.errors for r in self.results)

    def get(self, name: str) -> RuleResult:
        for result in self.results:
            if result.rule == name:
                return result
        raise KeyError(name)

    def line(self) -> str:
        """One log line: per rule opened/open/resolved/errors, and the total time."""
        parts = tuple(Msg("rule_failed", rule=r.rule, opened=r.opened, open=r.still_open,
                          resolved=r.resolved + r.kept_late, error=r.error) if r.errors else
                      Msg("rule_counts", rule=r.rule, opened=r.opened, open=r.still_open,
                          resolved=r.resolved + r.kept_late)
                      for r in self.results)
        return Msg("rules_line", parts=parts, seconds=f"{self.duration:.2f}")

    def as_dict(self) -> dict[str, Any]:
        return {"rules": [r.as_dict() for r in self.results], "errors": self.errors,
                "duration": round(self.duration, 3)}


# --------------------------------------------------------------------------- registry

def load_entry_point_rules() -> list[Rule]:
    """Every rule registered in the ``dealtrail.rules`` entry-point group, built-ins included."""
    found: list[Rule] = []
    for ep in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        try:
            obj = ep.load()
        except Exception as exc:  # noqa: BLE001 - a broken plug-in must not stop the others
            log.error("rule %s (%s) cannot be loaded: %s; reinstall the package that provides it",
                      ep.name, ep.value, exc)
            continue
        rule = obj() if isinstance(obj, type) else obj
        if not isinstance(rule, Rule):
            log.error("entry point %s (%s) is not a rule: it needs name, default_config and "
                      "evaluate(ctx)", ep.name, ep.value)
            continue
        found.append(rule)
    return found


class Registry:
    """An ordered set of rules by name; built from entry points or an explicit list."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self._rules: dict[str, Rule] = {}
        for rule in rules:
            if rule.name in self._rules:
                raise RuleError(f"two rules are named {rule.name!r}; rename one of them")
            self._rules[rule.name] = rule

    @classmethod
    def default(cls) -> Registry:
        return cls(load_entry_point_rules())

    def names(self) -> list[str]:
        return list(self._rules)

    def __iter__(self):
        return iter(self._rules.values())

    def __len__(self) -> int:
        return len(self._rules)

    def get(self, name: str) -> Rule:
        try:
            return self._rules[name]
        except KeyError:
            raise NotFound(Msg("found_no_rule", value=name,
                               installed=", ".join(self._rules) or Msg("rules_none"))) from None


def rule_config(rule: Rule, settings: Settings) -> dict[str, Any]:
    """The rule's effective configuration: common keys, its defaults, then ``[rules.<name>]``."""
    merged: dict[str, Any] = {**COMMON_CONFIG, **dict(rule.default_config)}
    given = settings.rules.get(rule.name, {})
    for key, value in given.items():
        where = f"rules.{rule.name}.{key}"
        if key not in merged:
            raise ConfigError(Msg("rules_unknown_key", where=where, allowed=", ".join(sorted(merged))))
        default = merged[key]
        if isinstance(default, bool):
            ok = isinstance(value, bool)
        elif isinstance(default, (int, float)):
            ok = isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0
        elif isinstance(default, (list, tuple)):
            ok = isinstance(value, (list, tuple))
        else:
            ok = isinstance(value, type(default))
        if not ok:
            raise ConfigError(Msg("rules_expected", where=where, kind=_kind(default), default=default,
                                  value=value))
        merged[key] = value
    if merged["severity"] not in SEVERITIES:
        raise ConfigError(Msg("config_one_of", where=f"rules.{rule.name}.severity",
                              value=merged["severity"], allowed=", ".join(SEVERITIES)))
    return merged


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return Msg("rules_kind_bool")
    if isinstance(value, (int, float)):
        return Msg("rules_kind_number")
    if isinstance(value, (list, tuple)):
        return Msg("rules_kind_list")
    return Msg("rules_kind_text")


def validate_config(settings: Settings, registry: Registry | None = None) -> dict[str, dict]:
    """Check every ``[rules.*]`` table; raise ConfigError naming the first bad key."""
    registry = registry or Registry.default()
    for name in settings.rules:
        if name not in registry.names():
            raise ConfigError(Msg("rules_no_such", where=f"rules.{name}",
                                  installed=", ".join(registry.names()) or Msg("rules_none")))
    return {rule.name: rule_config(rule, settings) for rule in registry}


# --------------------------------------------------------------------------- context

class RuleContext:
    """Everything a rule reads: the database, its config, the clock, scope and calendars."""

    def __init__(self, db: sqlite_utils.Database, settings: Settings, rule_name: str,
                 config: Mapping[str, Any], *, now: datetime,
                 clients: frozenset[int] | None, established: set[int] | None = None) -> None:
        self.db = db
        self.conn = db.conn
        self.settings = settings
        self.rule = rule_name
        self.config = config
        self.now = now
        self.now_iso = clock.iso(now)
        self.clients = clients
        self.window_start = now - timedelta(days=float(config.get("lookback_days", 90)))
        self.window_iso = clock.iso(self.window_start)
        self.calendar: BusinessCalendar = company_calendar(settings)
        self._company_tz = ZoneInfo(settings.company.timezone)
        self._managers = _manager_directory(db, settings)
        self._deals: dict[int, tuple[int, str]] | None = None
        # what ctx.established() answers, when the run has read it already
        self._established: set[int] | None = established

    # scope -------------------------------------------------------------
    def scope(self, column: str) -> tuple[str, dict[str, Any]]:
        """SQL ``AND <column> IN (...)`` limiting a query to the run's clients, and its
        named parameter (``:scope_clients``); empty for a full run."""
        if self.clients is None:
            return "", {}
        return (f" AND {column} IN (SELECT value FROM json_each(:scope_clients))",
                {"scope_clients": json.dumps(sorted(self.clients))})

    def established(self) -> set[int]:
        """The clients that may raise violations: in the directory or spoken with both ways
        (:mod:`dealtrail.answered`); an unknown sender raises none before that."""
        if self._established is None:
            self._established = established_clients(self.db)
        return self._established

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        """Run a read query and return plain dicts."""
        return rows(self.db, sql, params)

    def temp_table(self, name: str, columns: Sequence[str], data: Iterable[Sequence[Any]]) -> str:
        """(Re)create ``temp.<name>`` holding ``data``, so Python-computed windows join in SQL."""
        table = f"rules_{self.rule}_{name}"
        self.conn.execute(f"DROP TABLE IF EXISTS temp.{table}")
        self.conn.execute(f"CREATE TEMP TABLE {table} ({', '.join(columns)})")
        marks = ",".join("?" for _ in columns)
        self.conn.executemany(f"INSERT INTO temp.{table} VALUES ({marks})", data)
        return f"temp.{table}"

    # people and time ------------------------------------------------------
    def manager(self, manager_id: int | None) -> dict[str, Any]:
        """``{"id", "email", "name", "tz"}`` of a manager (company zone when unknown)."""
        if manager_id is not None and manager_id in self._managers:
            return self._managers[manager_id]
        return {"id": manager_id, "email": "", "name": "", "tz": self._company_tz}

    def manager_ids(self) -> list[int]:
        """Every manager id in the database."""
        return list(self._managers)

    def tz(self, manager_id: int | None) -> ZoneInfo:
        """The manager's time zone: settings first, then the managers table, then the company's."""
        return self.manager(manager_id)["tz"]

    def open_deal(self, client_id: int | None) -> tuple[int | None, str]:
        """The client's open deal a violation is about (the most recently updated), or None.

        Mail, meetings and complaints carry a client but no deal; naming the
        deal lets the head see at once what is at stake.
        """
        if self._deals is None:
            scope_sql, params = self.scope("d.client_id")
            self._deals = {}
            sql = (f"SELECT d.id, d.client_id, {DEAL_LABEL} AS title FROM deals d"
                   f" WHERE d.status = 'open'{scope_sql} ORDER BY d.updated_at, d.id")
            for r in rows(self.db, sql, params):
                self._deals[r["client_id"]] = (r["id"], r["title"])
        return self._deals.get(client_id, (None, "")) if client_id is not None else (None, "")

    def end_of_local_day(self, day: date, tz: ZoneInfo) -> datetime:
        """The last second of ``day`` in ``tz`` (the deadline of "by <day>")."""
        return datetime.combine(day, dtime(23, 59, 59), tz)

    def workdays_deadline(self, start: datetime, days: int, tz: ZoneInfo) -> datetime:
        """End of working hours on the ``days``-th workday after ``start``'s local date."""
        local = start.astimezone(tz).date()
        target = self.calendar.add_workdays(local, days) if days else self.calendar.next_workday(local)
        return datetime.combine(target, self.calendar.work_end, tz)

    def business_hours_deadline(self, start: datetime, hours: float, tz: ZoneInfo) -> datetime:
        return self.calendar.add_business_hours(start, hours, tz)


def _manager_directory(db: sqlite_utils.Database, settings: Settings) -> dict[int, dict[str, Any]]:
    # Who is who, and in which zone, as the reports read it (dealtrail.directory).
    out: dict[int, dict[str, Any]] = {}
    for row in load_directory(db, settings)[0].rows:
        email = (row["email"] or "").lower()
        zone_name = row["timezone"] or settings.company.timezone
        try:
            zone = ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError):
            log.warning("manager %s has unknown time zone %r; using the company's", email, zone_name)
            zone = ZoneInfo(settings.company.timezone)
        out[row["id"]] = {"id": row["id"], "email": email, "name": row["name"], "tz": zone}
    return out


# --------------------------------------------------------------------------- run

def run_rules(db: sqlite_utils.Database, settings: Settings, *,
              clients: Iterable[int] | None = None, only: Sequence[str] | None = None,
              raise_errors: bool = False, registry: Registry | Iterable[Rule] | None = None
              ) -> RunSummary:
    """Evaluate the enabled rules and write their violations; one transaction per rule.

    ``clients`` limits evaluation (and automatic resolution) to those clients,
    for incremental runs after indexing. ``only`` picks rules by name. A rule
    that raises is logged, counted and skipped unless ``raise_errors``.
    """
    if registry is None:
        registry = Registry.default()
    elif not isinstance(registry, Registry):
        registry = Registry(registry)
    configs = validate_config(settings, registry)
    if only:
        for name in only:
            registry.get(name)  # NotFound naming the installed rules
    scope = frozenset(int(c) for c in clients) if clients is not None else None
    now = clock.now()
    # A meeting stored before it happened is a contact now that it has (the calendar
    # may never change again to tell the indexer).
    with transaction(db):
        record_past_meetings(db, now)
        # A complaint that reached no manager is the client owner's, for every reader.
        access.assign_complaints(db)
        # A complaint or a request the manager has answered (mail, call, meeting) is closed.
        close_answered_complaints(db, now)
        close_answered_requests(db, now)
    started = time.perf_counter()
    summary = RunSummary()
    with _read_heavy(db, full=scope is None):
        _run_each(db, settings, registry, configs, only, scope, now, raise_errors, summary)
    summary.duration = time.perf_counter() - started
    log.info(summary.line())
    if scope is None:
        record_job(db, "rules", "failed" if summary.errors else "ok", summary.line(),
                   started_at=clock.iso(now))
    return summary


@contextmanager
def _read_heavy(db: sqlite_utils.Database, *, full: bool) -> Iterator[None]:
    """A full pass reads most of the file: a larger page cache and memory-mapped reads for
    its duration (the connection's own settings come back afterwards)."""
    if not full:
        yield
        return
    conn = db.conn
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    mmap = conn.execute("PRAGMA mmap_size").fetchone()
    conn.execute(f"PRAGMA cache_size = {-_CACHE_KIB}")
    conn.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache)}")
        conn.execute(f"PRAGMA mmap_size = {int(mmap[0]) if mmap else 0}")


_CACHE_KIB = 256 * 1024
_MMAP_BYTES = 2 * 1024 ** 3


def _run_each(db: sqlite_utils.Database, settings: Settings, registry: Registry,
              configs: dict[str, dict], only: Sequence[str] | None,
              scope: frozenset[int] | None, now: datetime, raise_errors: bool,
              summary: RunSummary) -> None:
    # Which clients may raise violations is read once per run: the rules write violations
    # and promise statuses, nothing it depends on (~5 ms a rule on 750 clients).
    established: set[int] | None = None
    for rule in registry:
        if only and rule.name not in only:
            continue
        config = configs[rule.name]
        if not config["enabled"]:
            continue
        result = RuleResult(rule.name)
        t0 = time.perf_counter()
        try:
            ctx = RuleContext(db, settings, rule.name, config, now=now, clients=scope,
                              established=established)
            with transaction(db):
                _apply(ctx, rule, result)
            established = ctx.established()
        except Exception as exc:
            result = RuleResult(rule.name, errors=1, error=f"{type(exc).__name__}: {exc}")
            if raise_errors:
                raise
            log.exception("rule %s failed and was skipped; the other rules ran", rule.name)
        result.duration = time.perf_counter() - t0
        summary.results.append(result)


def _apply(ctx: RuleContext, rule: Rule, result: RuleResult) -> None:
    prefix = f"{rule.name}:"
    findings: dict[str, Finding] = {}
    established = ctx.established()
    for f in rule.evaluate(ctx):
        if f.client_id is not None and f.client_id not in established:
            continue  # an unknown sender is not a client yet (dealtrail.answered)
        findings.setdefault(prefix + f.key, f)
    # What is stored already: the violations found again, and the open ones in scope
    # (the candidates for resolution), without reading the rule's whole history.
    scope_sql, scope_params = ctx.scope("client_id")
    cols = "id, key, status, client_id, due_at, summary, evidence, severity"
    existing = {r["key"]: r for r in rows(
        ctx.db, f"SELECT {cols} FROM violations WHERE rule = :rule AND key IN "
                "(SELECT value FROM json_each(:keys))",
        {"rule": rule.name, "keys": json.dumps(list(findings))})}
    open_in_scope = rows(
        ctx.db, f"SELECT {cols} FROM violations WHERE rule = :rule AND status = 'open'{scope_sql}",
        {"rule": rule.name, **scope_params})
    for r in open_in_scope:
        existing.setdefault(r["key"], r)
    now_iso = ctx.now_iso
    default_severity = ctx.config["severity"]
    seen: set[str] = set(findings)
    inserts: list[tuple[Any, ...]] = []
    updates: list[tuple[Any, ...]] = []
    for key, f in findings.items():
        due = clock.iso(f.due_at) if f.due_at else None
        resolved_at = clock.iso(f.resolved_at) if f.resolved_at else None
        evidence = json.dumps(dict(f.evidence), ensure_ascii=False, sort_keys=True, default=str)
        severity = f.severity or default_severity
        old = existing.get(key)
        if old is None:
            inserts.append((rule.name, key, f.manager_id, f.client_id, f.deal_id, f.promise_id,
                            severity, f.summary, evidence, due, now_iso, f.status,
                            resolved_at if f.status != OPEN else None))
            if f.status == OPEN:
                result.opened += 1
            else:
                result.kept_late += 1
            continue
        if old["status"] in (WAIVED, KEPT_LATE):
            continue
        if old["status"] == RESOLVED and f.status == OPEN:
            updates.append((OPEN, None, f.summary, evidence, due, severity, old["id"]))
            result.opened += 1
        elif old["status"] == OPEN and f.status == KEPT_LATE:
            updates.append((KEPT_LATE, resolved_at, f.summary, evidence, due, severity, old["id"]))
            result.kept_late += 1
        elif old["status"] == OPEN:
            result.still_open += 1
            if (old["summary"], old["evidence"], old["due_at"], old["severity"]) != (
                    f.summary, evidence, due, severity):
                updates.append((OPEN, None, f.summary, evidence, due, severity, old["id"]))
    conn = ctx.conn
    conn.executemany(
        "INSERT INTO violations (rule, key, manager_id, client_id, deal_id, promise_id, severity,"
        " summary, evidence, due_at, detected_at, status, resolved_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", inserts)
    conn.executemany(
        "UPDATE violations SET status=?, resolved_at=?, summary=?, evidence=?, due_at=?,"
        " severity=? WHERE id=?", updates)
    # Explicit resolutions from the rule, then the generic one: gone means resolved.
    closes: list[tuple[Any, ...]] = []
    resolver = getattr(rule, "resolve", None)
    explicit: set[str] = set()
    if callable(resolver):
        for res in resolver(ctx):
            key = prefix + res.key
            old = existing.get(key)
            if old is None or old["status"] != OPEN or key in seen:
                continue
            explicit.add(key)
            status = res.status if res.status in (RESOLVED, KEPT_LATE) else RESOLVED
            closes.append((status, clock.iso(res.at or ctx.now), old["id"]))
            if status == KEPT_LATE:
                result.kept_late += 1
            else:
                result.resolved += 1
    windowed = getattr(rule, "windowed", True)
    for key, old in existing.items():
        if old["status"] != OPEN or key in seen or key in explicit:
            continue
        if ctx.clients is not None and old["client_id"] not in ctx.clients:
            continue
        if windowed and old["due_at"] and old["due_at"] < ctx.window_iso:
            continue  # outside the window the rule looked at: leave it as it was
        closes.append((RESOLVED, now_iso, old["id"]))
        result.resolved += 1
    conn.executemany("UPDATE violations SET status=?, resolved_at=? WHERE id=?", closes)


# --------------------------------------------------------------------------- waive

def waive(db: sqlite_utils.Database, violation_id: int, *, reason: str, by: str,
          false_alarm: bool = False) -> dict[str, Any]:
    """Waive a violation (the head accepts it); a waived violation never reopens.

    ``false_alarm``: the violation should never have been found; its promise (or its
    summary) is stored as a label the company's own layer learns from.
    """
    if not reason.strip():
        raise RuleError(Msg("waive_reason", code=f"V-{violation_id}"))
    with transaction(db):
        found = rows(db, "SELECT id, status, summary FROM violations WHERE id = ?",
                     [violation_id])
        if not found:
            raise NotFound(Msg("found_no_violation", code=f"V-{violation_id}"))
        db.conn.execute(
            "UPDATE violations SET status=?, waived_by=?, waive_reason=?, resolved_at=?"
            " WHERE id=?", (WAIVED, by, reason.strip(), clock.iso(clock.now()), violation_id))
        if false_alarm:
            sentence, lang = (labels.promise_sentence(db.conn, violation_id)
                              or (found[0]["summary"], ""))
            labels.record_label(db.conn, kind=labels.FALSE_ALARM, sentence=sentence, lang=lang,
                                actor=by, source="waive", source_ref=f"V-{violation_id}",
                                target=f"V-{violation_id}")
    return rows(db, "SELECT * FROM violations WHERE id = ?", [violation_id])[0]
