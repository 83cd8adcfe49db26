"""Reading tabular import files: one reader for every CSV and XLSX dealtrail takes in.

The client directory, plans, sales, exchange rates, open deals and any later
import (call logs, CRM deals) read their files here, so they all accept the
same formats and report errors in the same words:

- CSV in UTF-8 (with or without a byte-order mark) or Windows-1251, separated
  by comma, semicolon or tab (as Excel and 1C export them); the separator is
  the one the header line uses most;
- XLSX (the first sheet) through openpyxl; cell values keep their types
  (numbers, dates), text is stripped.

Each importer describes its columns as ``{canonical name: aliases}`` (aliases
in English and Russian; the canonical name always counts as its own alias)
and names the required ones. The header is checked before any row is read:
an unknown, repeated or missing column is one :class:`ImportFileError` line
naming the file, the column and the columns expected, e.g.
``plans.csv: unknown column 'manger' (did you mean 'manager'?); expected: period, scope, ...``.

Usage::

    table = read_table(path, {"client": ("client", "клиент"), "domains": ("domains",)},
                       required=("client", "domains"))
    errors = []
    for row in table:
        if not row.text("domains"):
            errors.append(row.error("domains", "is empty; list the client's mail domains"))
    raise_collected(errors)        # nothing is imported when any row is wrong

A row error reads ``clients.csv row 14, column 'domains': is empty; ...``:
the row number is the one a spreadsheet shows (the header is row 1), and the
column is named as the file spells it.
"""

from __future__ import annotations

import csv
import difflib
import io
import zipfile
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ImportFileError
from .messages import Msg

Columns = Mapping[str, Sequence[str]]

MAX_LISTED_ERRORS = 50
DELIMITERS = (",", ";", "\t")
XLSX_SUFFIXES = (".xlsx", ".xlsm")


def normalize_header(text: Any) -> str:
    """A header cell as it is matched against aliases: stripped, lower case, ё read as е."""
    return " ".join(str(text or "").replace("\ufeff", "").split()).lower().replace("ё", "е")


class Row:
    """One non-empty data row: its spreadsheet number and its values by canonical column."""

    __slots__ = ("_table", "number", "values")

    def __init__(self, table: Table, number: int, values: dict[str, Any]) -> None:
        self._table = table
        self.number = number
        self.values = values

    def get(self, column: str, default: Any = None) -> Any:
        """The cell value (str from CSV, typed from XLSX); ``default`` when absent or empty."""
        value = self.values.get(column)
        return default if value is None or value == "" else value

    def text(self, column: str) -> str:
        """The cell as stripped text; "" when the column is absent or the cell empty."""
        value = self.values.get(column)
        return "" if value is None else str(value).strip()

    def where(self, column: str | None = None) -> str:
        """``file row N`` or ``file row N, column 'as in the file'`` for error messages."""
        if column is None:
            return Msg("import_row", file=self._table.name, row=self.number)
        return Msg("import_row_column", file=self._table.name, row=self.number,
                   column=self._table.header_of(column))

    def error(self, column: str | None, message: str) -> str:
        """One error line for this row (and column): ``file row N, column 'c': message``.

        ``message`` is best a :class:`~dealtrail.messages.Msg`, so the line can be said
        in Russian too; a plain string stays as it is.
        """
        return Msg("import_row_error", place=self.where(column), message=message)

    def __repr__(self) -> str:
        return f"Row({self.number}, {self.values!r})"


class Table:
    """An opened import file whose header has been checked; iterate it for its rows."""

    def __init__(self, path: Path, columns: Columns, header: Sequence[Any],
                 rows: Iterator[Sequence[Any]], *, mapped_in: str = "",
                 ignored: Collection[str] = (), ignore_in: str = "") -> None:
        self.path = path
        self.name = path.name
        self._rows = rows
        lookup = {normalize_header(a): canon for canon, aliases in columns.items()
                  for a in (canon, *aliases)}
        expected = ", ".join(columns)
        skip = {normalize_header(h) for h in ignored}
        self.positions: dict[str, int] = {}
        self.headers: dict[str, str] = {}
        for index, cell in enumerate(header):
            key = normalize_header(cell)
            if not key:
                continue
            canon = lookup.get(key)
            if canon is None and ("*" in skip or key in skip):
                continue
            if canon is None:
                close = difflib.get_close_matches(key, list(lookup), n=1, cutoff=0.75)
                name, near = str(cell).strip(), lookup[close[0]] if close else ""
                if mapped_in:          # the config can name the export's own headers
                    raise ImportFileError(
                        Msg("import_unknown_column_map_near", file=self.name, column=name,
                            near=near, expected=expected, table=mapped_in) if near else
                        Msg("import_unknown_column_map", file=self.name, column=name,
                            expected=expected, table=mapped_in))
                raise ImportFileError(
                    Msg("import_unknown_column_near", file=self.name, column=name, near=near,
                        expected=expected) if near else
                    Msg("import_unknown_column", file=self.name, column=name, expected=expected))
            if canon in self.positions:
                first, second = self.headers[canon], str(cell).strip()
                raise ImportFileError(
                    Msg("import_column_twice_ignore", file=self.name, column=canon, first=first,
                        second=second, table=ignore_in) if ignore_in else
                    Msg("import_column_twice", file=self.name, column=canon, first=first,
                        second=second))
            self.positions[canon] = index
            self.headers[canon] = str(cell).strip()

    @property
    def columns(self) -> list[str]:
        """The canonical columns the file has, in file order."""
        return list(self.positions)

    def header_of(self, column: str) -> str:
        """How the file spells a canonical column (the canonical name when it has none)."""
        return self.headers.get(column, column)

    def require(self, required: Collection[str], columns: Columns) -> None:
        missing = [c for c in required if c not in self.positions]
        if missing:
            raise ImportFileError(
                Msg("import_missing_columns", file=self.name, column=missing[0],
                    others=", ".join(repr(m) for m in missing[1:]), expected=", ".join(columns))
                if missing[1:] else
                Msg("import_missing_column", file=self.name, column=missing[0],
                    expected=", ".join(columns)))

    def __iter__(self) -> Iterator[Row]:
        for number, values in enumerate(self._rows, start=2):
            if not values or all(v is None or str(v).strip() == "" for v in values):
                continue
            cells: dict[str, Any] = {}
            for canon, index in self.positions.items():
                value = values[index] if index < len(values) else None
                cells[canon] = value.strip() if isinstance(value, str) else value
            yield Row(self, number, cells)


def read_table(path: str | Path, columns: Columns, *, required: Collection[str] = (),
               mapped_in: str = "", ignored: Collection[str] = (), ignore_in: str = "") -> Table:
    """Open a CSV or XLSX import file and check its header against ``columns``.

    Raises :class:`ImportFileError` (one line, naming the file) when the file is
    missing or unreadable, has no header, or its header has an unknown, repeated
    or missing column. Rows are read when the returned table is iterated.
    ``mapped_in`` names the config table where the export's own headers can be
    mapped (``imports.calls_columns``): an unknown column's line then says how.
    ``ignored`` names headers an export is known to carry that the import does not
    read (a PBX's cost or channel columns); they are skipped instead of refused,
    and ``"*"`` skips every header that is none of ``columns``. ``ignore_in`` names the
    config table whose ``ignore`` key skips a header: a column found twice then says how.
    """
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(Msg("import_not_found", file=str(path)))
    if path.suffix.lower() == ".xls":
        raise ImportFileError(Msg("import_xls", file=path.name))
    rows = _xlsx_rows(path) if path.suffix.lower() in XLSX_SUFFIXES else _csv_rows(path)
    header = next(rows, None)
    if header is None or all(normalize_header(h) == "" for h in header):
        raise ImportFileError(Msg("import_no_header", file=path.name, expected=", ".join(columns)))
    table = Table(path, columns, header, rows, mapped_in=mapped_in, ignored=ignored,
                  ignore_in=ignore_in)
    table.require(required, columns)
    return table


@dataclass
class Reading:
    """What reading every row of an import file found, before anything is stored.

    Each importer reads its file in a pure ``read_*`` function that returns this,
    then stores ``items`` only when ``errors`` is empty; ``dealtrail check`` calls the
    same functions and stores nothing.
    """

    items: list[Any]                    # the rows read, ready to store
    errors: list[str]                   # one line per problem, naming row and column
    readable: int                       # rows that can be imported
    skipped: dict[str, int] = field(default_factory=dict)  # rows left out on purpose, by why
    extra: dict[str, Any] = field(default_factory=dict)    # what else the importer reports


def raise_collected(errors: Sequence[str]) -> None:
    """Raise one ImportFileError listing the row errors (the first 50), if there are any."""
    if not errors:
        return
    shown = list(errors[:MAX_LISTED_ERRORS])
    more = (Msg("import_and_more", count=len(errors) - len(shown))
            if len(errors) > len(shown) else "")
    exc = ImportFileError(Msg("import_invalid_rows", count=len(errors), rows=tuple(shown),
                              more=more))
    exc.errors = list(errors)  # type: ignore[attr-defined]
    raise exc


def _decode(data: bytes, name: str) -> str:
    """Text of an import file: UTF-8 (a byte-order mark is dropped), else Windows-1251."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1251")
    except UnicodeDecodeError:
        raise ImportFileError(Msg("import_encoding", file=name)) from None


def _csv_rows(path: Path) -> Iterator[Sequence[Any]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise unreadable(path, exc) from None
    text = _decode(data, path.name)
    first = next(iter(text.splitlines()), "")
    delimiter = max(DELIMITERS, key=first.count)
    try:
        yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    except csv.Error as exc:
        raise ImportFileError(Msg("import_bad_csv", file=path.name, detail=str(exc))) from None


def unreadable(path: Path, exc: OSError) -> ImportFileError:
    """The one error for an import file that cannot be opened: not found (check the path),
    or why it cannot be read (check its permissions). The importers, ``dealtrail check``
    and the ``imports`` job all say it this way."""
    if isinstance(exc, (FileNotFoundError, IsADirectoryError, NotADirectoryError)):
        return ImportFileError(Msg("import_not_found", file=str(path)))
    return ImportFileError(Msg("import_unreadable", file=str(path),
                               detail=exc.strerror or str(exc)))


def _xlsx_rows(path: Path) -> Iterator[Sequence[Any]]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except PermissionError as exc:
        raise unreadable(path, exc) from None
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, InvalidFileException) as exc:
        raise ImportFileError(Msg("import_bad_xlsx", file=path.name, detail=str(exc))) from None
    try:
        yield from book.active.iter_rows(values_only=True)
    finally:
        book.close()
