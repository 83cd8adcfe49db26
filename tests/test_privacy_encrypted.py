"""An encrypted database (SQLCipher, optional): nothing readable in the file, the wrong key refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from dealtrail.errors import DatabaseError
from dealtrail.store import KEY_VARIABLE, open_db


def test_with_a_key_the_database_file_holds_no_plain_text(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.sqlite"
    monkeypatch.setenv(KEY_VARIABLE, "correct horse battery staple")
    db = open_db(path)
    db.conn.execute("INSERT INTO managers (email, name) VALUES ('anna@bank.example', 'Анна Секретова')")
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("db.sqlite*"))
    assert b"anna@bank.example" not in raw and "Секретова".encode() not in raw
    assert b"CREATE TABLE" not in raw and not raw.startswith(b"SQLite format 3")
    assert path.stat().st_mode & 0o077 == 0
    db = open_db(path)
    assert db.conn.execute("SELECT name FROM managers").fetchone()[0] == "Анна Секретова"
    db.conn.close()
    monkeypatch.setenv(KEY_VARIABLE, "wrong")
    with pytest.raises(DatabaseError, match="the key is wrong"):
        open_db(path)
