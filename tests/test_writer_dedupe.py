"""One Message-ID, two different messages: both are kept, with their facts; real copies stay one row.

A Message-ID says which message a copy is, but nothing stops a sender (or a broken
mailer) from giving two different messages the same one. The writer tells them apart
by the content: the same sender, time, subject, recipients and text is the same message
(a copy in another folder, a move, a replayed batch); anything else is a message of its own.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from dealtrail.store import open_db, rows
from indexer.runner import index_maildir

OWNER = "anna@testbank.ru"


def _raw(text: str, subject: str = "Терминалы", msgid: str = "same@acme.ru",
         date: str = "Mon, 07 Dec 2026 10:00:00 +0300") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Boss <boss@acme.ru>"
    msg["To"] = OWNER
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<{msgid}>"
    msg.set_content(text)
    return msg.as_bytes()


def _maildir(root: Path, files: dict[str, bytes]) -> Path:
    for folder in ("", ".Archive"):
        for sub in ("cur", "new", "tmp"):
            (root / folder / sub).mkdir(parents=True, exist_ok=True)
    for name, raw in files.items():
        (root / name).write_bytes(raw)
    return root


def _index(maildir: Path, db_path: Path) -> tuple[list[dict], list[dict]]:
    index_maildir(maildir, OWNER, db_path, progress=False)
    db = open_db(db_path)
    try:
        messages = rows(db, "SELECT message_key, message_id, folder, subject FROM messages"
                            " ORDER BY id")
        complaints = rows(db, "SELECT c.text, m.folder FROM complaints c"
                              " JOIN messages m ON m.id = c.message_id")
        return messages, complaints
    finally:
        db.conn.close()


def test_a_different_message_reusing_a_stored_message_id_keeps_its_complaint(tmp_path: Path) -> None:
    maildir = _maildir(tmp_path / "mail", {
        "cur/1.M1P1.host:2,S": _raw("Добрый день! Когда будет готов договор?"),
        ".Archive/cur/2.M2P1.host:2,S": _raw(
            "Мы крайне недовольны качеством обслуживания.", subject="Жалоба",
            date="Tue, 08 Dec 2026 10:00:00 +0300"),
    })
    messages, complaints = _index(maildir, tmp_path / "d.db")
    assert sorted(m["subject"] for m in messages) == ["Жалоба", "Терминалы"]
    assert {m["message_id"] for m in messages} == {"same@acme.ru"}
    assert len(complaints) == 1 and "недовольны" in complaints[0]["text"]
    # A second run finds nothing new and duplicates nothing.
    assert _index(maildir, tmp_path / "d.db") == (messages, complaints)


def test_two_different_messages_with_one_message_id_in_one_folder_are_both_kept(
        tmp_path: Path) -> None:
    maildir = _maildir(tmp_path / "mail", {
        "cur/1.M1P1.host:2,S": _raw("Добрый день! Когда будет готов договор?"),
        "cur/2.M2P1.host:2,S": _raw("Мы крайне недовольны качеством обслуживания.",
                                    subject="Жалоба"),
    })
    messages, complaints = _index(maildir, tmp_path / "d.db")
    assert sorted(m["subject"] for m in messages) == ["Жалоба", "Терминалы"]
    assert len(complaints) == 1


def test_a_copy_of_the_same_message_in_another_folder_stays_one_message(tmp_path: Path) -> None:
    same = _raw("Мы крайне недовольны качеством обслуживания.", subject="Жалоба")
    maildir = _maildir(tmp_path / "mail", {"cur/1.M1P1.host:2,S": same,
                                           ".Archive/cur/2.M2P1.host:2,S": same})
    messages, complaints = _index(maildir, tmp_path / "d.db")
    assert [m["message_key"] for m in messages] == ["same@acme.ru"]
    assert len(complaints) == 1
    again, again_complaints = _index(maildir, tmp_path / "d.db")
    assert [m["message_key"] for m in again] == ["same@acme.ru"] and len(again_complaints) == 1
