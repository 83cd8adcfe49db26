"""The files named in ``[imports]``, imported again by ``dealtrail run`` when they change.

Plans, sales exports, the CRM's deals export and the telephony's call log are
exported again by the systems that own them, usually to the same path. The
``imports`` job reads each configured file, compares the SHA-256 of its bytes
with the one recorded at its last successful import (table ``import_files``)
and imports only the files whose content changed, each through its own
importer (the same ones the ``plans``/``sales``/``deals``/``calls import``
commands use). A file with bad rows imports nothing (its importer says which
row and column) and is tried again at the next run; the others still import.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import sqlite_utils

from dealtrail import clock
from dealtrail.config import Settings
from dealtrail.errors import DealtrailError
from dealtrail.messages import Msg
from dealtrail.rowcheck import FileCheck, file_problem, read_file
from dealtrail.store import transaction
from dealtrail.tables import Reading, unreadable

log = logging.getLogger(__name__)

Importer = Callable[[sqlite_utils.Database, Settings, Path], dict[str, Any]]


def _plans(db: sqlite_utils.Database, settings: Settings, path: Path) -> dict[str, Any]:
    from .imports import import_plans
    return import_plans(db, settings, path)


def _sales(db: sqlite_utils.Database, settings: Settings, path: Path) -> dict[str, Any]:
    from .imports import import_sales
    return import_sales(db, settings, path)


def _deals(db: sqlite_utils.Database, settings: Settings, path: Path) -> dict[str, Any]:
    from .crm import import_deals
    return import_deals(db, settings, path)


def _calls(db: sqlite_utils.Database, settings: Settings, path: Path) -> dict[str, Any]:
    from .call_log import import_calls
    return import_calls(db, settings, path)


def _read(kind: str) -> Callable[[sqlite_utils.Database, Settings, Path], Reading]:
    """The pure reading half of an importer: every row checked, nothing stored."""
    def read(db: sqlite_utils.Database, settings: Settings, path: Path) -> Reading:
        from dealtrail.directory import load_directory

        from .call_log import read_calls
        from .crm import read_deals
        from .imports import read_plans, read_sales

        people, goods = load_directory(db, settings)
        if kind == "plans":
            return read_plans(settings, path, people, goods)
        if kind == "sales":
            return read_sales(db, settings, path, people, goods)
        if kind == "deals":
            return read_deals(db, settings, path, people, goods)
        return read_calls(settings, path, people)
    return read


_KINDS: dict[Importer, str] = {_plans: "plans", _sales: "sales", _deals: "deals",
                               _calls: "calls"}
_READERS: dict[Importer, Callable[[sqlite_utils.Database, Settings, Path], Reading]] = {
    importer: _read(kind) for importer, kind in _KINDS.items()}

# What an import did: the catalogue line of each kind and the fields of the importer's
# result it names. Said by the import commands (reports/cli.py) and the imports job alike.
_DONE: dict[str, tuple[str, tuple[str, ...]]] = {
    "plans": ("plans_imported", ("rows", "replaced")),
    "sales": ("sales_imported", ("inserted", "updated", "unchanged", "tied")),
    "calls": ("calls_imported", ("inserted", "updated", "unchanged")),
    "deals": ("deals_imported", ("created", "merged", "updated", "unchanged")),
}


def import_done(kind: str, file: str, done: Mapping[str, Any]) -> Msg:
    """What importing ``file`` (a ``plans``/``sales``/``calls``/``deals`` file) did, on one
    line in English and Russian, from its importer's result ``done``."""
    key, fields = _DONE[kind]
    return Msg(key, file=file, **{name: done[name] for name in fields})


def check_rows(settings: Settings, db: sqlite_utils.Database) -> list[FileCheck]:
    """For ``dealtrail check``: read every row of every configured file through its
    importer's reading half, against ``db`` (the scratch database of
    :func:`dealtrail.rowcheck.check_rows`); nothing is stored."""
    return [read_file(key, path, partial(_READERS[importer], db, settings, path))
            for key, path, importer in configured_files(settings)]


def configured_files(settings: Settings) -> list[tuple[str, Path, Importer]]:
    """(config key, path, importer) of every file ``[imports]`` names, in import order."""
    s = settings.imports
    found: list[tuple[str, Path, Importer]] = []
    if s.plans:
        found.append(("imports.plans", settings.path(s.plans), _plans))
    found += [(f"imports.sales[{i}]", settings.path(name), _sales)
              for i, name in enumerate(s.sales)]
    if s.deals:
        found.append(("imports.deals", settings.path(s.deals), _deals))
    if s.calls:
        found.append(("imports.calls", settings.path(s.calls), _calls))
    return found


@dataclass
class ImportsReport:
    """What one pass over the configured files did."""

    imported: list[str] = field(default_factory=list)     # "imports.calls: calls.csv: 3 new, ..."
    unchanged: list[str] = field(default_factory=list)    # config keys
    errors: list[str] = field(default_factory=list)       # one line each

    @property
    def failed(self) -> bool:
        return bool(self.errors)

    def line(self) -> str:
        """Everything on one line, in English and Russian (the job's summary)."""
        counts = (Msg("imports_counts_files", imported=len(self.imported),
                      unchanged=len(self.unchanged), files=tuple(self.imported))
                  if self.imported else
                  Msg("imports_counts", imported=0, unchanged=len(self.unchanged)))
        if self.errors:
            return Msg("imports_failed", count=len(self.errors), errors=tuple(self.errors),
                       counts=counts)
        return counts


def reimport_changed(db: sqlite_utils.Database, settings: Settings) -> ImportsReport:
    """Import every configured file whose content changed since its last import."""
    report = ImportsReport()
    for key, path, importer in configured_files(settings):
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as exc:
            report.errors.append(file_problem(key, unreadable(path, exc)))
            continue
        last = db.conn.execute("SELECT sha256, path FROM import_files WHERE key = ?",
                               (key,)).fetchone()
        if last is not None and tuple(last) == (digest, str(path)):
            report.unchanged.append(key)
            continue
        try:
            result = importer(db, settings, path)
        except DealtrailError as exc:
            report.errors.append(file_problem(key, exc))
            continue
        summary = import_done(_KINDS[importer], path.name, result)
        # Recorded after the import's own transaction: a crash in between imports the
        # file again next time, which the importers make harmless.
        with transaction(db) as conn:
            conn.execute(
                "INSERT INTO import_files (key, path, sha256, imported_at, summary)"
                " VALUES (?,?,?,?,?) ON CONFLICT (key) DO UPDATE SET path=excluded.path,"
                " sha256=excluded.sha256, imported_at=excluded.imported_at,"
                " summary=excluded.summary",
                (key, str(path), digest, clock.iso(clock.now()), summary))
        report.imported.append(Msg("imports_file", key=key, done=summary))
    return report
