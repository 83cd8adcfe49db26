"""Every row of every import file, read by ``dealtrail check`` before anything is created.

``check`` opens the client directory and each file ``[imports]`` names and
reads every row through the importer's own reading function (``read_*`` in
``dealtrail.directory``, ``reports.imports``, ``reports.crm``,
``reports.call_log``): the very code ``plans import``, ``calls import`` and
``dealtrail run`` use, so a row ``check`` passes is a row the import takes,
and a problem is said in the same words. Managers, products and clients are
looked up in a database in memory set up by the schema and the config
(:func:`dealtrail.directory.scratch_directory`); nothing is written anywhere.

For each file: how many rows can be imported, the rows the importer leaves
out on purpose (an internal call, a call that reached no manager's line:
counted, not errors) and at most ``limit`` problem lines, then how many more.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import sqlite_utils

from .config import Settings
from .errors import ImportFileError
from .messages import Msg
from .parts import optional_part
from .tables import Reading

#: Problem lines shown per file before "and N more".
DEFAULT_LIMIT = 20

# A part's row check: (settings, the scratch database) -> one FileCheck per file it reads.
RowCheck = Callable[[Settings, sqlite_utils.Database], list["FileCheck"]]


@dataclass
class FileCheck:
    """One import file as ``check`` read it: its rows, or the one problem that stopped it."""

    where: str                      # the config key naming it: imports.calls
    path: Path
    reading: Reading | None = None
    problem: str | None = None      # the file could not be read at all (one line)

    @property
    def problems(self) -> int:
        """How many lines would stop this file's import."""
        return 1 if self.problem is not None else len(self.reading.errors if self.reading else ())


def read_file(where: str, path: Path, reader: Callable[[], Reading]) -> FileCheck:
    """Run one importer's reading function; a file it cannot open is the file's problem."""
    try:
        return FileCheck(where, path, reading=reader())
    except ImportFileError as exc:
        return FileCheck(where, path, problem=file_problem(where, exc))


def file_problem(where: str, exc: Exception) -> str:
    """The one line for a file that imports nothing: the config key naming it, then the
    importer's own error (which names the file, the rows and columns, and what to do). Said
    by ``dealtrail check`` and by the ``imports`` job (reports/import_files.py) alike."""
    return Msg("check_file_problem", where=where, message=exc.args[0] if exc.args else str(exc))


def check_rows(settings: Settings, parts: Sequence[str]) -> list[FileCheck]:
    """Read every row of the client directory, then of each part's files (``parts``:
    "module:function" :data:`RowCheck`, a part not installed is passed over)."""
    from .directory import scratch_directory

    found: list[FileCheck] = []
    where, path = "clients.directory", settings.path(settings.clients.directory)
    try:
        db, reading = scratch_directory(settings)
    except ImportFileError as exc:          # check the other files without the directory
        found.append(FileCheck(where, path, problem=file_problem(where, exc)))
        db, reading = scratch_directory(replace(settings, clients=replace(settings.clients,
                                                                          directory="")))
    if reading is not None:
        found.append(FileCheck(where, path, reading=reading))
    try:
        for part in parts:
            check = optional_part(part)
            if check is not None:
                found += check(settings, db)
    finally:
        db.conn.close()
    return found


def said_lines(checks: Sequence[FileCheck], limit: int = DEFAULT_LIMIT) -> list[str]:
    """What ``check`` prints: a line per file, then its first ``limit`` problems."""
    out: list[str] = []
    for check in checks:
        if check.problem is not None or check.reading is None:
            out.append(check.problem or "")
            continue
        reading = check.reading
        parts: list[str] = [Msg("check_file_rows", where=check.where, file=check.path.name,
                                readable=reading.readable)]
        if reading.skipped.get("internal"):
            parts.append(Msg("check_skipped_internal", count=reading.skipped["internal"]))
        if reading.skipped.get("no_manager"):
            lines = reading.extra.get("lines_not_managers") or []
            parts.append(Msg("check_skipped_no_manager", count=reading.skipped["no_manager"],
                             lines=Msg("calls_no_manager_lines", lines=", ".join(lines))
                             if lines else ""))
        if reading.errors:
            parts.append(Msg("check_file_problems", count=len(reading.errors)))
        out.append(Msg("check_file_line", parts=tuple(parts)))
        out += [Msg("check_problem", line=line) for line in reading.errors[:limit]]
        if len(reading.errors) > limit:
            out.append(Msg("check_problems_more", count=len(reading.errors) - limit,
                           file=check.path.name))
    return out

