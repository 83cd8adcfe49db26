"""Meeting invitations in mail (iMIP) are a fallback calendar; a real calendar's copy wins."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from dealtrail import clock
from dealtrail.config import from_mapping
from dealtrail.directory import sync_directory
from indexer.sync import sync_all

INVITE = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//test//EN\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:{uid}\r
DTSTAMP:20261110T090000Z\r
DTSTART:{start}\r
DTEND:{end}\r
SUMMARY:Credit line terms\r
ORGANIZER:mailto:petr@client.ru\r
ATTENDEE:mailto:anna@testbank.ru\r
END:VEVENT\r
END:VCALENDAR\r
"""


def invitation(n: int, uid: str, start: str, end: str) -> bytes:
    msg = EmailMessage()
    msg["Message-ID"] = f"<inv{n}@client.ru>"
    msg["From"] = "Petr <petr@client.ru>"
    msg["To"] = "anna@testbank.ru"
    msg["Subject"] = "Invitation: Credit line terms"
    msg["Date"] = "Tue, 10 Nov 2026 12:00:00 +0300"
    msg.set_content("Please join.")
    msg.add_attachment(INVITE.format(uid=uid, start=start, end=end).encode(), maintype="text",
                       subtype="calendar", params={"method": "REQUEST"})
    return msg.as_bytes()


def setup(tmp_path: Path) -> Any:
    box = tmp_path / "md"
    for sub in ("cur", "new", "tmp"):
        (box / sub).mkdir(parents=True)
    (tmp_path / "cal").mkdir()
    return box, from_mapping({
        "company": {"internal_domains": ["testbank.ru"]},
        "managers": [{"email": "anna@testbank.ru", "name": "Anna"}],
        "mailboxes": [
            {"name": "mail", "kind": "maildir", "owner": "anna@testbank.ru", "path": str(box)},
            {"name": "cal", "kind": "ics", "owner": "anna@testbank.ru", "path": str(tmp_path / "cal")},
        ],
    })


def test_invitation_in_mail_becomes_a_meeting_until_the_calendar_has_it(tmp_path: Path, db: Any) -> None:
    box, settings = setup(tmp_path)
    (box / "cur" / "1.inv:2,S").write_bytes(
        invitation(1, "meet-42", "20261112T100000Z", "20261112T110000Z"))
    (box / "cur" / "2.bad:2,S").write_bytes(invitation(2, "x", "garbage", "garbage"))
    with clock.freeze(datetime(2026, 11, 20, 12, tzinfo=UTC)):
        sync_directory(db, settings)
        reports = sync_all(db, settings)
        assert [r.error for r in reports] == ["", ""]
        rows = db.execute("SELECT calendar, uid, deleted FROM events").fetchall()
        assert rows == [("invitations", "meet-42", 0)], "the broken invitation costs nothing"
        assert db.execute("SELECT count(*) FROM messages").fetchone()[0] == 2
        assert db.execute("SELECT channel FROM contacts WHERE event_id IS NOT NULL").fetchall() == [
            ("meeting",)]
        (tmp_path / "cal" / "anna.ics").write_text(
            INVITE.format(uid="meet-42", start="20261112T100000Z", end="20261112T110000Z"),
            encoding="utf-8")
        sync_all(db, settings)
        rows = db.execute("SELECT calendar, deleted FROM events ORDER BY calendar").fetchall()
        assert rows == [("calendar", 0), ("invitations", 1)]
        meetings = db.execute("SELECT e.calendar FROM contacts c JOIN events e ON e.id = c.event_id"
                              ).fetchall()
        assert meetings == [("calendar",)], "one meeting, counted once"
