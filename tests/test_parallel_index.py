"""The fast indexing paths store exactly what the plain ones do.

Two worker processes (pipelined with the writer) against one process, on a
generated mailbox of a few thousand messages; and the MIME fast path of the
parser against the full ``email`` feed parser on every corpus message.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from indexer.parse import parse_message
from indexer.runner import index_maildir

ROOT = Path(__file__).resolve().parents[1]
OWNER = "ivanov@bank.ru"
# Columns that hold the wall-clock moment of the run rather than indexed content.
VOLATILE = {"indexed_at", "created_at", "updated_at", "last_sync_at", "seen_at"}
SKIPPED_TABLES = {"job_runs"}


def _corpus_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated_maildir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("generated") / "maildir"
    counts = _corpus_module().write_maildir(root, 2500, seed=7)
    assert counts["INBOX"] > 1000 and counts["Sent"] > 500  # several batches per folder
    return root


def canonical_dump(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows (FTS through its columns, not its shadow tables), sorted."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'messages_fts_%' AND name NOT LIKE '_sqlite%'")]
        dump = {}
        for table in tables:
            if table in SKIPPED_TABLES:
                continue
            if table == "messages_fts":
                sql = "SELECT rowid, subject, new_text FROM messages_fts"
            else:
                cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                        if r[1] not in VOLATILE]
                sql = f"SELECT {', '.join(cols)} FROM {table}"
            dump[table] = sorted(conn.execute(sql).fetchall(), key=repr)
        return dump
    finally:
        conn.close()


def test_two_workers_store_the_same_database_as_one_process(generated_maildir: Path,
                                                              tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    monkeypatch.setenv("DEALTRAIL_NOW", "2026-01-15T09:00:00+00:00")
    serial, parallel = tmp_path / "serial.db", tmp_path / "parallel.db"
    one = index_maildir(generated_maildir, OWNER, serial, workers=1, progress=False).syncs[0]
    two = index_maildir(generated_maildir, OWNER, parallel, workers=2, progress=False).syncs[0]
    assert (one.added, one.failed, one.error) == (2500, 0, "")
    assert (two.added, two.failed, two.error) == (one.added, one.failed, one.error)
    expected, got = canonical_dump(serial), canonical_dump(parallel)
    assert expected["messages"] and expected["promises"] and expected["complaints"]
    assert expected["threads"] and expected["contacts"]
    for table in expected:
        assert got[table] == expected[table], f"table {table} differs between 1 and 2 workers"


def test_no_change_rerun_with_workers_adds_and_updates_nothing(generated_maildir: Path,
                                                                tmp_path: Path) -> None:
    db = tmp_path / "rerun.db"
    index_maildir(generated_maildir, OWNER, db, workers=2, progress=False)
    before = canonical_dump(db)
    again = index_maildir(generated_maildir, OWNER, db, workers=2, progress=False).syncs[0]
    assert (again.added, again.updated, again.deleted, again.failed) == (0, 0, 0, 0)
    after = canonical_dump(db)
    assert {t: rows for t, rows in after.items() if t != "mailboxes"} == \
        {t: rows for t, rows in before.items() if t != "mailboxes"}


_RERUN = """
import os, sys
from pathlib import Path
from indexer.runner import index_maildir
forks = []
os.register_at_fork(before=lambda: forks.append(1))
sync = index_maildir(Path(sys.argv[1]), sys.argv[3], Path(sys.argv[2]), workers=2,
                     progress=False).syncs[0]
heavy = {"indexer.analyze", "indexer.dates", "rich.progress"} & set(sys.modules)
# the models the workers use, read by this process before they forked (None: not read here)
complaint, intent = sys.modules.get("indexer.complaint"), sys.modules.get("indexer.intent")
models = (complaint is not None and complaint._MODEL is not None
          and intent is not None and intent._DEFAULT is not None)
print(sync.added, sync.error or "-", ",".join(sorted(heavy)) or "none", len(forks),
      "models" if models else "-")
"""


def test_rerun_with_nothing_new_loads_no_inference_no_progress_bar_and_starts_no_worker(
        generated_maildir: Path, tmp_path: Path) -> None:
    # Loading inference compiles hundreds of patterns and forking workers costs more:
    # together most of a no-change run. A fresh interpreter shows what the run loaded.
    # A run with mail to read loads the models' weights before the workers fork (the
    # parent itself never analyses), so the two workers share one copy.
    db = tmp_path / "rerun.db"
    cmd = [sys.executable, "-c", _RERUN, str(generated_maildir), str(db), OWNER]
    first = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=True)
    assert first.stdout.split() == ["2500", "-", "indexer.analyze,indexer.dates", "2", "models"]
    again = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=True)
    # nor the date rules (tag replies load them only for a date tag), nor the progress bar
    assert again.stdout.split() == ["0", "-", "none", "0", "-"]


def _corpus_files(corpora: Path, generated: Path) -> list[Path]:
    roots = [corpora / "rfc822", corpora / "enron_inbox",
             ROOT / "tests" / "data", generated]
    files = [p for root in roots if root.exists() for p in sorted(root.rglob("*"))
             if p.is_file() and not p.name.startswith(".")]
    return files


def test_mime_fast_path_matches_the_full_feed_parser_on_every_corpus_message(
        corpora: Path, generated_maildir: Path) -> None:
    files = _corpus_files(corpora, generated_maildir)
    assert len(files) > 5000
    mismatched = []
    for path in files:
        raw = path.read_bytes()
        outcome = []
        for fast in (True, False):
            try:
                outcome.append(dataclasses.asdict(parse_message(raw, path.name, fast_path=fast)))
            except Exception as exc:  # noqa: BLE001 - both paths must fail the same way
                outcome.append({"error": f"{type(exc).__name__}: {exc}"})
        if outcome[0] != outcome[1]:
            mismatched.append(str(path))
    assert mismatched == []


@pytest.mark.parametrize("raw", [
    # Closing delimiter missing: the full parser decides (last part runs to the end).
    b"From: a@x.ru\nMessage-ID: <m1@x>\nContent-Type: multipart/mixed; boundary=B\n\n"
    b"--B\nContent-Type: text/plain\n\nfirst\n--B\nContent-Type: text/plain\n\nsecond\n",
    # Bare CR line ends.
    b"From: a@x.ru\rMessage-ID: <m2@x>\r\rbody text\r",
    # An attached message: walked into by the full parser.
    b"From: a@x.ru\nMessage-ID: <m3@x>\nContent-Type: multipart/mixed; boundary=B\n\n--B\n"
    b"Content-Type: message/rfc822\n\nFrom: b@y.ru\nSubject: inner\n\ninner body\n--B--\n",
    # A delimiter look-alike inside a part, a preamble and an epilogue.
    b"From: a@x.ru\nMessage-ID: <m4@x>\nContent-Type: multipart/alternative; boundary=\"B\"\n\n"
    b"preamble\n--B\nContent-Type: text/plain; charset=koi8-r\n\n--Bx not a delimiter\n"
    b"\xf4\xc5\xd3\xd4\n--B  \nContent-Type: text/html\n\n<p>html</p>\n--B--\nepilogue\n",
    # CRLF throughout with quoted-printable.
    b"From: a@x.ru\r\nMessage-ID: <m5@x>\r\nContent-Type: multipart/mixed; boundary=Q\r\n\r\n"
    b"--Q\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable"
    b"\r\n\r\n=D0=9F=D1=80=D0=B8=D0=B2=D0=B5=D1=82 soft=\r\nbreak\r\n--Q--\r\n",
])
def test_mime_fast_path_matches_the_full_parser_on_awkward_structure(raw: bytes) -> None:
    fast = parse_message(raw, "r", fast_path=True)
    full = parse_message(raw, "r", fast_path=False)
    assert dataclasses.asdict(fast) == dataclasses.asdict(full)
