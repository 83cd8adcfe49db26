"""The alarms bench counts what its module docstring says."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import alarms  # noqa: E402
from dealtrail.store import open_db  # noqa: E402


def test_a_managers_mail_to_a_real_client_makes_it_no_unknown_sender(tmp_path):
    db = open_db(tmp_path / "d.db")
    conn = db.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.executemany("INSERT INTO clients (id, name, source, key, created_at) VALUES"
                     " (?, ?, ?, ?, '2026-01-01')",
                     [(1, "Ирина Лебедева", "person", "irina.l@mail.ru", ),
                      (2, "spamco.io", "auto", "spamco.io")])
    for i, (sender, client) in enumerate([("sales@ourfirm.ru", 1), ("irina.l@mail.ru", 1),
                                          ("bot@spamco.io", 2)]):
        conn.execute("INSERT INTO messages (mailbox_id, message_key, folder, remote_id,"
                     " from_addr, sent_at, direction, client_id, indexed_at) VALUES"
                     " (1, ?, 'INBOX', ?, ?, '2026-01-02', 'in', ?, '2026-01-02')",
                     (f"k{i}", str(i), sender, client))
    conn.execute("INSERT INTO violations (rule, key, client_id, summary, detected_at)"
                 " VALUES ('unanswered', 'u1', 1, 'x', '2026-01-03')")
    conn.commit()
    truth = {"not_negotiations": [{"address": "sales@ourfirm.ru", "why": "internal"},
                                  {"address": "bot@spamco.io", "why": "unknown sender"}]}
    check = sqlite3.connect(tmp_path / "d.db")
    check.row_factory = sqlite3.Row
    figures = alarms._clients(check, truth, [])
    assert figures["unknown_clients"] == 1
    assert figures["unknown_violations"] == 0


def test_a_missed_alarm_still_within_its_reply_time_is_told_apart(tmp_path):
    db = open_db(tmp_path / "d.db")
    conn = db.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO clients (id, name, source, key, created_at) VALUES"
                 " (1, 'ООО «Вектор»', 'directory', 'ООО «Вектор»', '2026-01-01')")
    conn.execute("INSERT INTO messages (mailbox_id, message_key, folder, remote_id, message_id,"
                 " thread_id, from_addr, sent_at, direction, client_id, is_request, indexed_at)"
                 " VALUES (1, 'k', 'INBOX', '1', 'q1@vektor.ru', 1, 'a@vektor.ru',"
                 " '2026-12-04T09:00:00+00:00', 'in', 1, 1, '2026-12-04')")
    conn.commit()
    truth = {"as_of": "2026-12-04T12:00:00+00:00",
             "inbound": [{"message_id": "<q1@vektor.ru>", "needs_answer": True,
                          "answered": False}]}
    check = sqlite3.connect(tmp_path / "d.db")
    check.row_factory = sqlite3.Row
    misses: list[str] = []
    figures = alarms._unanswered(check, truth, alarms._messages(check), misses)
    assert figures["unanswered_r"] == 0.0
    [miss] = misses
    assert miss.startswith("missed unanswered: q1@vektor.ru (waiting, not yet overdue) [")
    # its class, in words that name no mail text: a request, owed, and nothing answered it
    assert "request=1" in miss and "addressed=1" in miss and "answer=none" in miss
