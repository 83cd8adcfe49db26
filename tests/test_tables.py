"""The one reader of import files: encodings, separators, XLSX, header checks, error lines."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from dealtrail.errors import ImportFileError
from dealtrail.tables import raise_collected, read_table

COLUMNS = {"client": ("клиент",), "domains": ("домены",), "owner": ("менеджер",)}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251"])
@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_csv_in_every_accepted_encoding_and_separator(tmp_path: Path, encoding: str,
                                                      sep: str) -> None:
    path = tmp_path / "clients.csv"
    text = sep.join(["Клиент", "Домены", "Менеджер"]) + "\r\n"
    text += sep.join(["Ёлка, ООО" if sep != "," else '"Ёлка, ООО"', "elka.ru", "a@b.ru"]) + "\r\n"
    path.write_bytes(text.encode(encoding))
    table = read_table(path, COLUMNS, required=("client",))
    assert table.columns == ["client", "domains", "owner"]
    [row] = list(table)
    assert (row.number, row.text("client"), row.text("domains")) == (2, "Ёлка, ООО", "elka.ru")


def test_xlsx_keeps_cell_types_and_skips_empty_rows(tmp_path: Path) -> None:
    path = tmp_path / "clients.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["client", "domains", "owner"])
    sheet.append([None, None, None])
    sheet.append(["Acme", "acme.com", datetime(2026, 11, 3)])
    book.save(path)
    [row] = list(read_table(path, COLUMNS))
    assert row.number == 3
    assert row.get("owner") == datetime(2026, 11, 3)


def test_a_misspelt_column_is_one_line_with_a_suggestion_and_the_expected_columns(
        tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text("client,domians,owner\n" + "Acme,acme.com,a@b.ru\n" * 100, encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_table(path, COLUMNS)
    assert str(caught.value) == ("clients.csv: unknown column 'domians' (did you mean "
                                 "'domains'?); expected: client, domains, owner")


def test_a_missing_required_column_names_it(tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text("owner\na@b.ru\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"^clients.csv: missing column 'client' "
                                              r"\(and 'domains'\); expected: client, domains"):
        read_table(path, COLUMNS, required=("client", "domains"))


def test_a_repeated_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text("client;Клиент\nA;B\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="column 'client' appears twice"):
        read_table(path, COLUMNS)


def test_missing_empty_and_old_excel_files_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="file not found"):
        read_table(tmp_path / "nope.csv", COLUMNS)
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(ImportFileError, match="^empty.csv: no header row"):
        read_table(tmp_path / "empty.csv", COLUMNS)
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportFileError, match=r"save it as \.xlsx"):
        read_table(tmp_path / "old.xls", COLUMNS)
    (tmp_path / "bad.xlsx").write_bytes(b"not a zip")
    with pytest.raises(ImportFileError, match="^bad.xlsx: not a readable XLSX file"):
        read_table(tmp_path / "bad.xlsx", COLUMNS)


def test_row_errors_name_file_row_and_the_column_as_the_file_spells_it(tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text("Клиент;Домены\nAcme;\nGlobex;globex.com\n;x.ru\n", encoding="utf-8")
    errors = [row.error(c, "is empty") for row in read_table(path, COLUMNS)
              for c in ("client", "domains") if not row.text(c)]
    assert errors == ["clients.csv row 2, column 'Домены': is empty",
                      "clients.csv row 4, column 'Клиент': is empty"]
    with pytest.raises(ImportFileError) as caught:
        raise_collected(errors)
    assert str(caught.value).startswith("2 invalid row(s), nothing imported")
    assert caught.value.errors == errors  # type: ignore[attr-defined]
    raise_collected([])
