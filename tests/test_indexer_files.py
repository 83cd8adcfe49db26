"""Offline sources through the real sync loop: Maildir, mbox, .eml folders, .ics; re-runs."""

from __future__ import annotations

import json
import shutil
import time
from datetime import UTC
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from dealtrail.answered import awaiting
from dealtrail.config import from_mapping
from dealtrail.directory import sync_directory
from indexer.sync import sync_all, sync_mailbox


def _mail(n: int, sender: str, to: str, subject: str, body: str, reply_to: int | None = None) -> bytes:
    msg = EmailMessage()
    msg["Message-ID"] = f"<m{n}@test>"
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = f"Tue, {10 + n % 10} Nov 2026 10:{n % 60:02d}:00 +0300"
    if reply_to is not None:
        msg["In-Reply-To"] = f"<m{reply_to}@test>"
        msg["References"] = f"<m{reply_to}@test>"
    msg.set_content(body)
    return msg.as_bytes()


def _maildir(root: Path, folder: str = "") -> Path:
    base = root / folder if folder else root
    for sub in ("cur", "new", "tmp"):
        (base / sub).mkdir(parents=True, exist_ok=True)
    return base


def _settings(root: Path, **extra: Any) -> Any:
    return from_mapping({
        "company": {"internal_domains": ["testbank.ru"]},
        "managers": [{"email": "anna@testbank.ru", "name": "Anna"}],
        "mailboxes": [{"name": "anna", "kind": "maildir", "owner": "anna@testbank.ru",
                       "path": str(root)}],
        **extra,
    })


def _snapshot(db: Any) -> dict[str, list[tuple]]:
    out = {}
    for table, cols in {
        "messages": "message_key, folder, remote_id, direction, client_id, thread_id, new_text, deleted",
        "threads": "key, subject, client_id, last_at",
        "contacts": "key, manager_id, client_id, at, channel",
        "promises": "party, action, text, due_at, status",
        "clients": "key, name, source",
    }.items():
        out[table] = sorted(db.execute(f"SELECT {cols} FROM {table}").fetchall(), key=repr)
    return out


def test_maildir_sync_is_incremental_and_marks_deletions(tmp_path: Path, db: Any) -> None:
    inbox = _maildir(tmp_path / "md")
    sent = _maildir(tmp_path / "md", ".Sent")
    (inbox / "cur" / "1.a:2,S").write_bytes(_mail(1, "Petr <petr@client.ru>", "anna@testbank.ru",
                                                  "Кредит", "Пришлите условия по кредиту?"))
    (sent / "cur" / "2.b:2,S").write_bytes(_mail(2, "anna@testbank.ru", "petr@client.ru",
                                                 "RE: Кредит", "Пришлю условия завтра.", reply_to=1))
    settings = _settings(tmp_path / "md")
    sync_directory(db, settings)
    first = sync_mailbox(db, settings, settings.mailboxes[0])
    assert (first.added, first.failed, first.error) == (2, 0, "")
    rows = db.execute("SELECT folder, direction, thread_id, client_id FROM messages ORDER BY sent_at").fetchall()
    assert [r[:2] for r in rows] == [("INBOX", "in"), ("Sent", "out")]
    assert rows[0][2] == rows[1][2], "a reply joins its thread"
    assert rows[0][3] is not None and rows[0][3] == rows[1][3], "both belong to client.ru"
    assert awaiting(db) == [], "the reply answered the question"

    before = _snapshot(db)
    again = sync_mailbox(db, settings, settings.mailboxes[0])
    assert (again.added, again.updated, again.deleted) == (0, 0, 0)
    assert _snapshot(db) == before

    (inbox / "new" / "3.c").write_bytes(_mail(3, "petr@client.ru", "anna@testbank.ru", "Ещё", "Ок"))
    (inbox / "cur" / "1.a:2,S").unlink()
    third = sync_mailbox(db, settings, settings.mailboxes[0])
    assert (third.added, third.deleted) == (1, 1)
    assert db.execute("SELECT deleted FROM messages WHERE message_key = 'm1@test'").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM messages").fetchone()[0] == 3, "history is never erased"


def test_mbox_and_eml_sources_resume_and_do_not_duplicate(tmp_path: Path, db: Any) -> None:
    mbox = tmp_path / "archive.mbox"
    with mbox.open("wb") as fh:
        for n in range(3):
            fh.write(b"From sender@client.ru Tue Nov 10 10:00:00 2026\n")
            raw = _mail(n, "sender@client.ru", "anna@testbank.ru", f"s{n}", "From the start\nbody")
            fh.write(raw.replace(b"\nFrom the", b"\n>From the"))  # mboxo escaping
            fh.write(b"\n")
    emls = tmp_path / "emls" / "sub"
    emls.mkdir(parents=True)
    (emls / "x.eml").write_bytes(_mail(7, "x@client.ru", "anna@testbank.ru", "eml", "hello"))
    settings = from_mapping({
        "company": {"internal_domains": ["testbank.ru"]}, "privacy": {"tier": "full"},
        "managers": [{"email": "anna@testbank.ru", "name": "Anna"}],
        "mailboxes": [{"name": "mbox", "kind": "mbox", "owner": "anna@testbank.ru", "path": str(mbox)},
                      {"name": "eml", "kind": "eml", "owner": "anna@testbank.ru",
                       "path": str(tmp_path / "emls")}],
    })
    reports = sync_all(db, settings)
    assert [r.added for r in reports] == [3, 1]
    assert db.execute("SELECT count(*) FROM messages WHERE new_text LIKE 'From the start%'"
                      ).fetchone()[0] == 3, "mboxo >From escaping is undone"
    assert [r.added for r in sync_all(db, settings)] == [0, 0]
    with mbox.open("ab") as fh:
        fh.write(b"From sender@client.ru Tue Nov 10 11:00:00 2026\n")
        fh.write(_mail(9, "sender@client.ru", "anna@testbank.ru", "late", "appended"))
    assert [r.added for r in sync_all(db, settings)] == [1, 0]
    assert db.execute("SELECT count(*) FROM messages").fetchone()[0] == 5


def test_ics_folder_meetings_become_contacts_and_next_contacts(tmp_path: Path, db: Any) -> None:
    from datetime import datetime

    from dealtrail import clock
    from dealtrail.deals import create_deal
    from dealtrail.refresh import refresh

    cal = tmp_path / "cal"
    cal.mkdir()
    (cal / "m.ics").write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
        "BEGIN:VEVENT\r\nUID:past\r\nDTSTAMP:20261101T100000Z\r\nDTSTART:20261101T100000Z\r\n"
        "DTEND:20261101T110000Z\r\nSUMMARY:Встреча\r\nORGANIZER:mailto:anna@testbank.ru\r\n"
        "ATTENDEE:mailto:petr@client.ru\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:future\r\nDTSTAMP:20261101T100000Z\r\nDTSTART:20261203T100000Z\r\n"
        "DTEND:20261203T110000Z\r\nSUMMARY:Next\r\nORGANIZER:mailto:anna@testbank.ru\r\n"
        "ATTENDEE:mailto:petr@client.ru\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    settings = from_mapping({
        "company": {"internal_domains": ["testbank.ru"]},
        "managers": [{"email": "anna@testbank.ru", "name": "Anna"}],
        "mailboxes": [{"name": "cal", "kind": "ics", "owner": "anna@testbank.ru", "path": str(cal)}],
    })
    with clock.freeze(datetime(2026, 11, 20, 12, tzinfo=UTC)):
        sync_directory(db, settings)
        client = db.execute("INSERT INTO clients (name, key, created_at, source) VALUES"
                            " ('Client', 'domain:client.ru', '2026-01-01', 'auto')").lastrowid
        db.execute("INSERT INTO client_domains (domain, client_id) VALUES ('client.ru', ?)", (client,))
        manager = db.execute("SELECT id FROM managers").fetchone()[0]
        deal = create_deal(db, client_id=client, manager_id=manager, actor="t", source="import")
        # The sync and the post-sync step, as `dealtrail index` runs them: the step decides
        # the next contact.
        report = refresh(db, settings).syncs[0]
        assert report.events == 2
        assert db.execute("SELECT channel FROM contacts").fetchall() == [("meeting",)]
        row = db.execute("SELECT next_contact_at, next_contact_source FROM deals WHERE id = ?",
                         (deal,)).fetchone()
        assert row == ("2026-12-03T10:00:00+00:00", "calendar")
        # One place decides the next contact: the fold, never the writer on its own.
        assert db.execute("SELECT source FROM deal_history WHERE deal_id = ? AND field ="
                          " 'next_contact_at'", (deal,)).fetchall() == [("inference",)]
        assert sync_all(db, settings)[0].events == 0


def test_rfc822_corpus_every_message_indexed_or_recorded(corpora: Path, tmp_path: Path, db: Any) -> None:
    source = tmp_path / "rfc822"
    files = [p for p in (corpora / "rfc822").rglob("*") if p.is_file()
             and not any(word in p.name.upper() for word in ("LICENSE", "README", "NOTICE"))
             and p.suffix.lower() not in (".md", ".py", ".json", ".txt")]
    assert len(files) > 100
    for i, path in enumerate(files):
        target = source / f"{i:04d}-{path.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    settings = from_mapping({
        "company": {"internal_domains": ["testbank.ru"]},
        "managers": [{"email": "anna@testbank.ru", "name": "Anna"}],
        "mailboxes": [{"name": "corpus", "kind": "eml", "owner": "anna@testbank.ru",
                       "path": str(source)}],
    })
    report = sync_all(db, settings)[0]
    assert report.error == ""
    stored = db.execute("SELECT count(DISTINCT remote_id) FROM messages").fetchone()[0]
    errors = db.execute("SELECT remote_id, error, detail FROM index_errors").fetchall()
    assert stored + len(errors) == len(files), (stored, errors)
    assert all(detail for _, _, detail in errors), "every failure says why"
    unparsable = [r for r in errors if r[1] == "parse"]
    assert len(unparsable) <= len(files) * 0.05, unparsable  # only empty or non-mail files


def test_no_change_reindex_of_3000_messages_is_fast(corpora: Path, tmp_path: Path, db: Any) -> None:
    root = _maildir(tmp_path / "enron")
    for i, path in enumerate(sorted((corpora / "enron_inbox" / "maildir").rglob("*"))):
        if path.is_file():
            shutil.copy(path, root / "cur" / f"{i}.enron:2,S")
    settings = from_mapping({
        "company": {"internal_domains": ["enron.com"]},
        "managers": [{"email": "vince.kaminski@enron.com", "name": "Vince"}],
        "mailboxes": [{"name": "enron", "kind": "maildir", "owner": "vince.kaminski@enron.com",
                       "path": str(root)}],
    })
    first = sync_all(db, settings)[0]
    assert first.added + first.failed >= 2900
    started = time.monotonic()
    again = sync_all(db, settings)[0]
    elapsed = time.monotonic() - started
    assert again.added == 0 and again.updated == 0
    assert elapsed < 1.0, f"a no-change re-index took {elapsed:.2f}s"
    state = json.loads(db.execute("SELECT checkpoint FROM sync_state").fetchone()[0])
    assert state["mtimes"], "the checkpoint remembers the folder state"
