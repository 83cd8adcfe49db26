"""Tag replies end to end on real servers: Dovecot holds the tag mailbox and the managers'
Sent folders, the indexer reads them, the deal changes, and the confirmation arrives at a
real SMTP server. Spoofed senders are rejected; tags in quoted text are ignored."""

from __future__ import annotations

import json
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from dealtrail import clock
from dealtrail.deals import get_deal
from dealtrail.store import open_db, rows
from indexer.runner import index_configured
from tests.conftest import make_settings, seed_clients_and_deals

TAG = "deals@testbank.ru"


def mail(sender: str, to: str, subject: str, body: str, msgid: str, *, minutes_ago: int = 10,
         in_reply_to: str = "") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(clock.now() - timedelta(minutes=minutes_ago))
    msg["Message-ID"] = f"<{msgid}>"
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
        msg["References"] = f"<{in_reply_to}>"
    msg.set_content(body)
    return msg


def test_tag_replies_through_imap_change_deals_and_confirmations_arrive_over_smtp(
        dovecot: Any, smtp: Any, tmp_path: Path) -> None:
    anna_box, ben_box, tag_box = dovecot.add_user(), dovecot.add_user(), dovecot.add_user()
    settings = make_settings(
        mailboxes=[dovecot.mailbox_settings(anna_box, name="anna", owner="anna@testbank.ru"),
                   dovecot.mailbox_settings(ben_box, name="ben", owner="ben@testbank.ru"),
                   dovecot.mailbox_settings(tag_box, name="tags", owner=TAG, purpose="tags")],
        tags={"address": TAG, "pending_hours": 0},
        digest={"sender": "dealtrail@testbank.ru", "tag_address": TAG},
        smtp=smtp.config("starttls"))
    db_path = tmp_path / "tags.db"
    deals = seed_clients_and_deals(db_path, settings)

    # Anna (Russian) forwards the client's message to the tag address; the quoted part
    # carries a tag that must not count.
    client_msg = mail("boss@acme.ru", "anna@testbank.ru", "Ставка по кредиту",
                      "Согласны на 12%.", "c1@acme.ru", minutes_ago=60)
    dovecot.append(anna_box, "INBOX", client_msg)
    reply = mail("anna@testbank.ru", TAG, "FW: Ставка по кредиту",
                 "#этап переговоры Клиент согласовал ставку.\n\n"
                 "12.11.2026, boss@acme.ru написал:\n> #won 100 млн\n> Согласны на 12%.\n",
                 "t1@testbank.ru", in_reply_to="c1@acme.ru")
    dovecot.append(anna_box, "Sent", reply)
    dovecot.append(tag_box, "INBOX", reply)
    # Ben (English) replies with a deal code.
    ben = mail("ben@testbank.ru", TAG, "Re: Daily digest",
               f"D-{deals['Globex']} #stage proposal #next tomorrow 15:00 Term sheet sent.",
               "t2@testbank.ru")
    dovecot.append(ben_box, "Sent", ben)
    dovecot.append(tag_box, "INBOX", ben)
    # A client, and someone using Anna's address without her mailbox, try to close deals.
    dovecot.append(tag_box, "INBOX", mail("boss@acme.ru", TAG, "deal", f"D-{deals['Acme']} #won",
                                          "spoof1@acme.ru"))
    dovecot.append(tag_box, "INBOX", mail("anna@testbank.ru", TAG, "deal",
                                          f"D-{deals['Acme']} #won 100m", "spoof2@evil.example"))

    reports = index_configured(settings, db_path, progress=False).syncs
    assert [r.error for r in reports] == ["", "", ""]

    db = open_db(db_path)
    acme, globex = get_deal(db, deals["Acme"]), get_deal(db, deals["Globex"])
    assert (acme["stage"], acme["status"], acme["agreements"]) == \
        ("negotiation", "open", "Клиент согласовал ставку.")
    assert globex["stage"] == "proposal" and globex["agreements"] == "Term sheet sent."
    berlin = ZoneInfo("Europe/Berlin")
    ben_local = clock.parse_iso(globex["next_contact_at"]).astimezone(berlin)
    sent_day = (clock.now() - timedelta(minutes=10)).astimezone(berlin).date()
    assert (ben_local.date(), ben_local.hour) == (sent_day + timedelta(days=1), 15)
    status = {r["message_key"]: r for r in rows(db, "SELECT * FROM tag_commands")}
    assert status["t1@testbank.ru"]["status"] == "applied"
    assert status["t2@testbank.ru"]["status"] == "applied"
    assert status["spoof1@acme.ru"]["status"] == "rejected"
    assert status["spoof2@evil.example"]["status"] == "rejected"
    assert "Sent" in status["spoof2@evil.example"]["reason"] or \
        "Отправленные" in status["spoof2@evil.example"]["reason"]
    history = rows(db, "SELECT source_ref FROM deal_history WHERE source = 'tag'")
    assert {h["source_ref"] for h in history} == {"t1@testbank.ru", "t2@testbank.ru"}

    # Confirmations: Anna in Russian (applied, and a warning about the spoof), Ben in English;
    # nothing goes back to the client.
    anna_mail = [m.parsed() for m in smtp.to("anna@testbank.ru")]
    ben_mail = [m.parsed() for m in smtp.to("ben@testbank.ru")]
    assert not smtp.to("boss@acme.ru")
    subjects = sorted(str(m["Subject"]) for m in anna_mail)
    assert subjects == ["Теги не применены: deal", "Теги применены: FW: Ставка по кредиту"]
    applied = next(m for m in anna_mail if str(m["Subject"]).startswith("Теги применены"))
    assert "qualified -> negotiation" in applied.get_content()
    assert applied["In-Reply-To"] == "<t1@testbank.ru>"
    assert len(ben_mail) == 1 and str(ben_mail[0]["Subject"]) == "Tags applied: Re: Daily digest"
    assert "stage: qualified -> proposal" in ben_mail[0].get_content()
    assert all(r["confirmation_sent_at"] for k, r in status.items() if k != "spoof1@acme.ru")
    db.conn.close()

    # A second run finds nothing new: no change, no second confirmation.
    smtp.clear()
    index_configured(settings, db_path, progress=False)
    db = open_db(db_path)
    assert rows(db, "SELECT count(*) AS n FROM deal_history WHERE source = 'tag'")[0]["n"] == \
        len(history)
    assert smtp.messages == []
    assert json.loads(rows(db, "SELECT changes FROM tag_commands WHERE message_key ="
                               " 't1@testbank.ru'")[0]["changes"])[0]["new"] == "negotiation"
    db.conn.close()
