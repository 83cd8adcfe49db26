"""Bidirectional control characters never reach the store: 'счёт \u202efdp.exe' must not read as .pdf."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from dealtrail.domain import Event, Message, neutralise_bidi
from dealtrail.store import open_db, rows
from indexer.parse import parse_message
from indexer.runner import index_maildir

RLO = "\u202e"
TRICK = f"счёт {RLO}fdp.exe"
CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _raw() -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{RLO}Иван <boss@acme.ru>"
    msg["To"] = "anna@testbank.ru"
    msg["Subject"] = TRICK
    msg["Date"] = "Mon, 07 Dec 2026 10:00:00 +0300"
    msg["Message-ID"] = "<bidi@acme.ru>"
    msg.set_content(f"Пришлите {TRICK} сегодня.")
    msg.add_attachment(b"MZ", maintype="application", subtype="octet-stream", filename=TRICK)
    return msg.as_bytes()


def test_neutralise_bidi_drops_every_embedding_override_and_isolate() -> None:
    assert neutralise_bidi(TRICK) == "счёт fdp.exe"
    assert neutralise_bidi(f"a{CONTROLS}b") == "ab"
    assert neutralise_bidi("שלום \u200fעולם") == "שלום \u200fעולם"   # marks stay: they reorder nothing


def test_a_parsed_message_has_no_bidi_controls_in_subject_names_attachments_or_text() -> None:
    msg = parse_message(_raw(), "1")
    assert msg.subject == "счёт fdp.exe"
    assert msg.from_name == "Иван"
    assert msg.attachment_names == ("счёт fdp.exe",)
    assert RLO not in msg.text


def test_messages_and_events_built_by_a_connector_are_neutralised_too() -> None:
    now = datetime(2026, 12, 7, tzinfo=UTC)
    msg = Message(remote_id="1", message_id="m@x", subject=TRICK, from_addr="a@b.ru",
                  from_name=TRICK, to=(), cc=(), sent_at=now, text=TRICK,
                  attachment_names=(TRICK,))
    assert (msg.subject, msg.from_name, msg.text, msg.attachment_names) == \
        ("счёт fdp.exe",) * 3 + (("счёт fdp.exe",),)
    event = Event(remote_id="e", uid="u", summary=TRICK, start=now, end=now, location=TRICK,
                  description=TRICK)
    assert (event.summary, event.location, event.description) == ("счёт fdp.exe",) * 3


def test_the_stored_subject_name_and_text_show_the_real_order(tmp_path: Path) -> None:
    maildir = tmp_path / "mail"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (maildir / "cur" / "1.M1P1.host:2,S").write_bytes(_raw())
    index_maildir(maildir, "anna@testbank.ru", tmp_path / "b.db", progress=False)
    db = open_db(tmp_path / "b.db")
    [row] = rows(db, "SELECT subject, from_name, snippet, new_text FROM messages")
    assert not any(c in value for value in row.values() for c in CONTROLS)
    assert row["subject"] == "счёт fdp.exe"
    db.conn.close()
