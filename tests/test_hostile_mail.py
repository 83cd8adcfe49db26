"""A client's letter whose sender name, subject, body and attachment name carry markup goes
through the real indexer, rules and post-sync step, then through every renderer that shows
it: the pane and the message view in headless Chromium, and the digest's HTML. Each shows
the text as typed; no element and no script of the letter's own reaches a page."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import timedelta
from email.utils import format_datetime
from typing import Any

import pytest
from playwright.sync_api import expect

from dealtrail import clock
from dealtrail.store import open_db, rows
from indexer.runner import index_configured
from reports.digest import build_digest
from tests.conftest import make_settings
from tests.fixtures.browser import (
    Bank,
    bank_settings,
    message_item,
    new_context,
    open_pane,
    seed_bank,
    start_server,
)

#: Each would run a script or add an element if it were written into a page as markup.
NAME = '<img src=x onerror="window.__pwned=1">Boss & Sons'
SUBJECT = '<script>window.__pwned=2</script> "Contract" & <b>terms</b>'
BODY = ('Where is the contract? <svg onload="window.__pwned=3"></svg>'
        ' <a href="javascript:window.__pwned=4">sign here</a>')
ATTACHMENT = '<img src=x onerror="window.__pwned=5">.pdf'
SENDER = "boss@gmail.com"


def _word(text: str) -> str:
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="


def _plain(sender: str, to: str, subject: str, days_ago: int, ident: str, body: str) -> bytes:
    sent = clock.now() - timedelta(days=days_ago)
    return (f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
            f"Date: {format_datetime(sent)}\r\nMessage-ID: <{ident}>\r\n\r\n{body}\r\n"
            ).encode()


#: The client's first letter and Anna's answer: a client spoken with both ways, whose alarms
#: count, named as the sender signed.
EARLIER = (
    _plain(f"{_word(NAME)} <{SENDER}>", "anna@testbank.ru", "Hello", 12, "hello-1@gmail.com",
           "We would like to talk about a loan."),
    _plain("Anna Petrova <anna@testbank.ru>", SENDER, "Re: Hello", 10, "offer-1@testbank.ru",
           "Please find our offer below."),
)


def _letter() -> bytes:
    sent = clock.now() - timedelta(days=4)
    return (
        f"From: {_word(NAME)} <{SENDER}>\r\nTo: anna@testbank.ru\r\n"
        f"Subject: {_word(SUBJECT)}\r\nDate: {format_datetime(sent)}\r\n"
        "Message-ID: <hostile-1@gmail.com>\r\nIn-Reply-To: <offer-1@testbank.ru>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{BODY}\r\n\r\n"
        "--b1\r\nContent-Type: application/pdf\r\n"
        f'Content-Disposition: attachment; filename="{_word(ATTACHMENT)}"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b1--\r\n").encode()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The test bank with the hostile letter indexed into Anna's mailbox, served over HTTPS."""
    folder = tmp_path_factory.mktemp("hostile")
    settings = bank_settings()
    bank = seed_bank(folder / "bank.db", settings)
    maildir = folder / "anna"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    for n, raw in enumerate((*EARLIER, _letter()), 1):
        (maildir / "cur" / f"{n}.M{n}P1.host:2,S").write_bytes(raw)
    managers = [{"email": m.email, "name": m.name, "role": m.role, "team": m.team,
                 "timezone": m.timezone, "locale": m.locale} for m in settings.managers]
    indexing = make_settings(managers=managers, mailboxes=[
        {"name": "anna", "kind": "maildir", "owner": "anna@testbank.ru", "path": str(maildir)}],
        privacy={"tier": "full"})
    index_configured(indexing, bank.db_path, progress=False)
    db = open_db(bank.db_path)
    try:
        found = rows(db, "SELECT m.id, m.subject, m.from_name, c.name AS client FROM messages m"
                         " JOIN clients c ON c.id = m.client_id WHERE m.message_key LIKE '%hostile-1%'")
        flagged = rows(db, "SELECT v.rule FROM violations v JOIN clients c ON c.id = v.client_id"
                           " WHERE c.name = ? AND v.status = 'open'", (NAME,))
    finally:
        db.conn.close()
    assert [(m["subject"], m["from_name"], m["client"]) for m in found] == [(SUBJECT, NAME, NAME)]
    assert "unanswered" in {v["rule"] for v in flagged}, "the rules saw the unanswered letter"
    url, server, thread = start_server(settings, bank.db_path, folder / "certs")
    yield {"bank": bank, "settings": settings, "url": url, "message": found[0]["id"]}
    server.should_exit = True
    thread.join(timeout=10)


def _no_markup_ran(page: Any) -> None:
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator("img[src='x'], svg[onload], script:not([src]), a[href^='javascript']"
                        ).count() == 0
    assert page.dialogs == []           # type: ignore[attr-defined]


def test_the_pane_shows_the_hostile_letters_client_subject_and_alarm_as_text(
        browser: Any, hostile: dict[str, Any]) -> None:
    bank: Bank = hostile["bank"]
    context = new_context(browser, token=bank.tokens["anna"], width=360)
    page = open_pane(context, hostile["url"], message_item(SENDER, SUBJECT,
                                                           to=["anna@testbank.ru"]))
    expect(page.locator("#client-name")).to_have_text(NAME)
    expect(page.locator("#subject")).to_have_text(SUBJECT)
    expect(page.locator("#block-contacts")).to_contain_text(SUBJECT)
    expect(page.locator("#block-violations")).to_contain_text(NAME)
    _no_markup_ran(page)
    context.close()


def test_the_message_view_shows_the_hostile_sender_subject_and_body_as_text(
        browser: Any, hostile: dict[str, Any]) -> None:
    bank: Bank = hostile["bank"]
    context = new_context(browser, token=bank.tokens["anna"], width=1280)
    page = context.new_page()
    page.dialogs = []                   # type: ignore[attr-defined]
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    page.goto(f"{hostile['url']}/dashboard/evidence?message={hostile['message']}")
    expect(page.locator("#message h2")).to_have_text(SUBJECT)
    expect(page.locator("#message table.headers")).to_contain_text(f"{NAME} <{SENDER}>")
    expect(page.locator("#message .kept-text")).to_contain_text(BODY)
    _no_markup_ran(page)
    context.close()


def test_the_digest_html_escapes_the_hostile_letter_and_the_text_part_keeps_it(
        hostile: dict[str, Any]) -> None:
    db = open_db(hostile["bank"].db_path)
    try:
        digest = build_digest(db, hostile["settings"], "anna@testbank.ru")
    finally:
        db.conn.close()
    html = digest.html
    assert "&lt;img src=x onerror=" in html, "the letter's client is in the digest, escaped"
    for raw in (NAME, SUBJECT, BODY, ATTACHMENT):
        assert raw not in html
    assert "<img" not in html and "<svg" not in html and "<script" not in html.lower()
    assert "javascript:" not in html
    assert NAME in digest.text              # the text part shows it as typed
