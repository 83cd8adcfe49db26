"""Every indexing path holds the lean connection settings while it syncs, then gives them back.

The scheduler calls ``sync_mailbox`` on a connection that later runs the rules;
the sync must bound its memory and leave the report-sized cache afterwards.
"""

from __future__ import annotations

from pathlib import Path

from dealtrail.directory import sync_directory
from dealtrail.store import open_db
from indexer.runner import one_shot_settings
from indexer.sync import LEAN_PRAGMAS, sync_mailbox

OWNER = "ivanov@bank.ru"


def _maildir(root: Path) -> Path:
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True)
    for n in range(3):
        (root / "cur" / f"17000000{n}.M{n}P1.host:2,S").write_bytes(
            f"From: client@acme.ru\nTo: {OWNER}\nSubject: rate {n}\n"
            f"Date: Mon, 03 Feb 2025 10:0{n}:00 +0000\nMessage-ID: <lean{n}@acme.ru>\n\nHello.\n"
            .encode())
    return root


def _pragmas(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {name: db.conn.execute(f"PRAGMA {name}").fetchone()[0] for name in LEAN_PRAGMAS}


def test_sync_mailbox_indexes_on_a_lean_connection_and_restores_it(tmp_path: Path) -> None:
    settings = one_shot_settings(OWNER, _maildir(tmp_path / "mail"))
    db = open_db(tmp_path / "db.sqlite")
    sync_directory(db, settings)
    before = _pragmas(db)
    assert before != LEAN_PRAGMAS  # the store opens connections sized for reports
    seen: list[dict[str, int]] = []
    report = sync_mailbox(db, settings, settings.mailboxes[0],
                          progress=lambda *_: seen.append(_pragmas(db)))
    assert report.added == 3 and report.error == ""
    assert seen and all(p == LEAN_PRAGMAS for p in seen)
    assert _pragmas(db) == before
    db.conn.close()
