"""Building digests: content per role and locale, item codes, escaping, Outlook-safe HTML."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from dealtrail.errors import DeliveryError
from reports import digest as digest_mod
from tests.conftest import make_settings

# Thursday 26 November 2026, 09:00 in Moscow, 07:00 in Berlin.
AS_OF = datetime(2026, 11, 26, 6, 0, tzinfo=UTC)
XSS = "<img src=x onerror=alert(1)>"


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def digest_settings(**overrides: Any) -> Any:
    """Test settings plus the digest sender and the tag address replies go to."""
    values: dict[str, Any] = {"digest": {"sender": "dealtrail@testbank.ru",
                                         "tag_address": "tags@testbank.ru"}}
    values.update(overrides)
    return make_settings(**values)


def seed(db: Any, settings: Any, *, as_of: datetime = AS_OF) -> dict[str, int]:
    """A small bank as the indexer and rules would leave it: deals, promises, mail, violations."""
    conn = db.conn
    stamp = iso(as_of - timedelta(days=40))
    ids: dict[str, int] = {}
    for m in settings.managers:
        ids[m.email] = conn.execute(
            "INSERT INTO managers (email, name, role, team, timezone, locale) VALUES (?,?,?,?,?,?)",
            (m.email, m.name, m.role, m.team, m.timezone, m.locale)).lastrowid
    for p in settings.products:
        ids[p.code] = conn.execute("INSERT INTO products (code, name_en, name_ru) VALUES (?,?,?)",
                                   (p.code, p.name_en, p.name_ru)).lastrowid
    anna, ben = ids["anna@testbank.ru"], ids["ben@testbank.ru"]
    ids["romashka"] = conn.execute(
        "INSERT INTO clients (name, owner_email, key, created_at) VALUES (?,?,?,?)",
        ("ООО Ромашка", "anna@testbank.ru", "romashka.ru", stamp)).lastrowid
    ids["evil"] = conn.execute(
        "INSERT INTO clients (name, owner_email, key, created_at) VALUES (?,?,?,?)",
        (f"Evil {XSS} Ltd", "ben@testbank.ru", "evil.com", stamp)).lastrowid
    deal = ("INSERT INTO deals (client_id, product_id, manager_id, title, stage, amount_minor, "
            "currency, expected_close, next_contact_at, agreements, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
    ids["deal_overdue"] = conn.execute(deal, (
        ids["romashka"], ids["credit"], anna, "Кредитная линия", "proposal", 50_000_000_00, "RUB",
        "2026-11-30", iso(as_of - timedelta(days=2)), "Отправить КП", stamp, stamp)).lastrowid
    ids["deal_today"] = conn.execute(deal, (
        ids["evil"], ids["deposit"], ben, f"Deposit {XSS}", "negotiation", 10_000_000_00, "RUB",
        "2026-12-15", iso(as_of + timedelta(hours=5)), "", stamp, stamp)).lastrowid
    ids["deal_later"] = conn.execute(deal, (
        ids["romashka"], ids["deposit"], anna, "Депозит", "lead", 1_000_000_00, "RUB",
        "2027-01-15", iso(as_of + timedelta(days=10)), "", stamp, stamp)).lastrowid
    mailbox = conn.execute("INSERT INTO mailboxes (name, kind, owner_email) VALUES "
                           "('ben', 'imap', 'ben@testbank.ru')").lastrowid
    ids["thread"] = conn.execute(
        "INSERT INTO threads (key, subject, client_id) VALUES (?,?,?)",
        ("t1", f"Re: {XSS} rates", ids["evil"])).lastrowid
    message = conn.execute(
        "INSERT INTO messages (mailbox_id, message_key, folder, remote_id, message_id, thread_id, "
        "subject, from_addr, sent_at, direction, client_id, manager_id, indexed_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (mailbox, "m1@evil.com", "INBOX", "1", "m1@evil.com", ids["thread"], f"Re: {XSS} rates",
         "boss@evil.com", iso(as_of - timedelta(hours=20)), "in", ids["evil"], ben,
         iso(as_of))).lastrowid
    ids["promise"] = conn.execute(
        "INSERT INTO promises (message_id, party, action, text, span_start, span_end, made_at, "
        "due_at, manager_id, client_id, status) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (message, "manager", "send", "I will send the term sheet", 0, 10,
         iso(as_of - timedelta(days=1)), iso(as_of + timedelta(hours=8)), ben, ids["evil"],
         "open")).lastrowid
    ids["violation_new"] = conn.execute(
        "INSERT INTO violations (rule, key, manager_id, client_id, severity, summary, detected_at) "
        "VALUES (?,?,?,?,?,?,?)",
        ("unanswered_request", "u:1", ben, ids["evil"], "high", "Client waited 20 h for a reply",
         iso(as_of - timedelta(hours=3)))).lastrowid
    ids["violation_fixed"] = conn.execute(
        "INSERT INTO violations (rule, key, manager_id, client_id, summary, detected_at, status, "
        "resolved_at) VALUES (?,?,?,?,?,?,?,?)",
        ("broken_promise", "b:1", anna, ids["romashka"], "Promised call not made",
         iso(as_of - timedelta(days=3)), "resolved", iso(as_of - timedelta(hours=5)))).lastrowid
    ids["complaint"] = conn.execute(
        "INSERT INTO complaints (key, client_id, manager_id, text, source, opened_at) "
        "VALUES (?,?,?,?,?,?)",
        ("inferred:1", ids["romashka"], anna, "Недовольны сроками рассмотрения", "inferred",
         iso(as_of - timedelta(hours=10)))).lastrowid
    for manager, product, amount in ((anna, ids["credit"], 100_000_000_00),
                                     (ben, ids["deposit"], 40_000_000_00)):
        conn.execute("INSERT INTO plans (period, period_kind, scope, manager_id, product_id, "
                     "amount_minor, currency, imported_at) VALUES (?,?,?,?,?,?,?,?)",
                     ("2026-11", "month", "manager", manager, product, amount, "RUB", stamp))
    for n, (manager, product, amount, day) in enumerate((
            (anna, ids["credit"], 60_000_000_00, "2026-11-10"),
            (ben, ids["deposit"], 12_000_000_00, "2026-11-20"),
            (ben, ids["deposit"], 3_000_000_00, "2026-11-24"))):
        conn.execute("INSERT INTO sales (external_id, manager_id, product_id, booked_on, "
                     "amount_minor, currency, created_at) VALUES (?,?,?,?,?,?,?)",
                     (f"acc-{n}", manager, product, day, amount, "RUB", stamp))
    return ids


@pytest.fixture
def dsettings() -> Any:
    return digest_settings()


@pytest.fixture
def seeded(db: Any, dsettings: Any) -> dict[str, int]:
    return seed(db, dsettings)


def test_head_daily_in_russian_has_plan_attention_violations_complaints_and_fixes(
        db, dsettings, seeded):
    d = digest_mod.build_digest(db, dsettings, "head@testbank.ru", "daily", AS_OF)
    assert d.subject == "Test Bank: сводка по команде на 26 ноября"
    assert d.locale == "ru" and d.period == "2026-11-26"
    for text in (d.html, d.text):
        assert "План на ноябрь 2026" in text
        assert "Anna Petrova" in text and "Ben Miller" in text
        assert "Кредиты" in text and "Депозиты" in text       # product names in Russian
        assert re.search(r"60(\xa0|&nbsp;| )%", text)          # Anna: 60M of 100M
        assert "Переговоры, требующие внимания сегодня" in text
        # Rows stored without evidence are named in Russian, never by their English summary.
        assert "Нарушение: правило «unanswered_request», клиент Evil" in text
        assert "Client waited 20 h for a reply" not in text
        assert "Недовольны сроками рассмотрения" in text
        assert "Нарушение: Невыполненное обещание, клиент ООО Ромашка: закрыто" in text
    deal_overdue = f"D-{seeded['deal_overdue']}"
    deal_today = f"D-{seeded['deal_today']}"
    assert deal_overdue in d.items and deal_today in d.items
    assert f"D-{seeded['deal_later']}" not in d.items            # next contact in 10 days
    assert f"V-{seeded['violation_new']}" in d.items and f"C-{seeded['complaint']}" in d.items
    for code in d.items:
        assert code in d.html and code in d.text


def test_manager_daily_in_english_lists_contacts_promises_unanswered_and_own_plan(
        db, dsettings, seeded):
    d = digest_mod.build_digest(db, dsettings, "ben@testbank.ru", "daily", AS_OF)
    assert d.subject == "Test Bank: your day, 26 November"
    for text in (d.html, d.text):
        assert "Your contacts today" in text and "next contact today" in text
        assert "I will send the term sheet" in text
        assert "Client mail waiting for your reply" in text
        assert "Your plan for November 2026" in text
        assert "38%" in text                                   # 15M of 40M
        assert "Client waited 20 h for a reply" in text        # own open violation
        assert "Ромашка" not in text                            # Anna's client
    assert set(d.items) == {f"D-{seeded['deal_today']}", f"P-{seeded['promise']}",
                            f"V-{seeded['violation_new']}"}


def test_client_names_and_subjects_from_mail_are_escaped_in_html(db, dsettings, seeded):
    for who in ("head@testbank.ru", "ben@testbank.ru"):
        d = digest_mod.build_digest(db, dsettings, who, "daily", AS_OF)
        assert "<img src=x" not in d.html
        assert "&lt;img src=x onerror=alert(1)&gt;" in d.html
        assert XSS in d.text                                   # plain text shows it as typed


def test_html_is_outlook_safe(db, dsettings, seeded):
    for who in ("head@testbank.ru", "ben@testbank.ru"):
        for kind in ("daily", "weekly"):
            html = digest_mod.build_digest(db, dsettings, who, kind, AS_OF).html
            lower = html.lower()
            assert "<svg" not in lower and "flex" not in lower
            assert "<link" not in lower
            # Everything is inlined; the head keeps only the @media rules that narrow it on phones.
            for block in re.findall(r"<style[^>]*>(.*?)</style>", lower, re.S):
                assert block.strip().startswith("@media") and block.count("{") == block.count("}")
                assert re.sub(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*\s*\}", "", block).strip() == ""
            assert "<script" not in lower
            assert re.search(r'<img[^>]+src="(?!cid:)', html) is None  # no remote images
            assert 'role="presentation"' in html and 'bgcolor="#' in html  # table-cell bars
            assert 'style="' in html


def test_weekly_summary_counts_the_week_before(db, dsettings, seeded):
    monday = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)
    d = digest_mod.build_digest(db, dsettings, "ben@testbank.ru", "weekly", monday)
    assert d.period == "2026-W48"
    assert "23 November – 29 November" in d.subject
    assert "Sales this week" in d.text
    assert "RUB3,000,000" in d.text                              # only the 24 Nov sale is Ben's
    head = digest_mod.build_digest(db, dsettings, "head@testbank.ru", "weekly", monday)
    assert "Итоги недели" in head.subject or "итоги недели" in head.subject
    assert "Нарушения за неделю: 2 новых, 1 закрыто" in head.text


def test_a_template_with_a_missing_field_fails_instead_of_rendering_blank(
        db, dsettings, seeded, tmp_path):
    broken = tmp_path / "templates"
    shutil.copytree(digest_mod.TEMPLATES, broken)
    page = broken / "manager_daily.html.jinja"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "{{ t(\"promises_title\") }}", "{{ t(\"promises_title\") }} {{ promises_total }}"),
        encoding="utf-8")
    with pytest.raises(DeliveryError, match="promises_total"):
        digest_mod.build_digest(db, dsettings, "ben@testbank.ru", "daily", AS_OF,
                                templates_dir=str(broken))


def test_recipients_skip_opted_out_admins_and_digest_false():
    settings = digest_settings(digest={"sender": "d@testbank.ru", "opt_out": ["Ben@testbank.ru"]})
    assert [m.email for m in digest_mod.recipients(settings)] == ["head@testbank.ru",
                                                                  "anna@testbank.ru"]


def test_write_digest_files_writes_head_and_each_manager(db, dsettings, seeded, tmp_path):
    paths = digest_mod.write_digest_files(db, dsettings, tmp_path / "out", as_of=AS_OF)
    assert sorted(p.name for p in paths) == ["anna@testbank.ru-daily.html",
                                             "ben@testbank.ru-daily.html",
                                             "head@testbank.ru-daily.html"]
    assert all(Path(p).read_text(encoding="utf-8").startswith("<!DOCTYPE html>") for p in paths)


def test_daily_digest_is_due_on_workdays_and_weekly_on_its_day(dsettings):
    from datetime import date

    assert digest_mod.due_kinds(dsettings, date(2026, 11, 26)) == ["daily"]
    assert digest_mod.due_kinds(dsettings, date(2026, 11, 30)) == ["daily", "weekly"]
    assert digest_mod.due_kinds(dsettings, date(2026, 11, 28)) == []          # Saturday
    assert digest_mod.due_kinds(dsettings, date(2027, 1, 5)) == []            # New-year holidays


def test_every_catalogue_string_has_both_languages_with_the_same_placeholders():
    import string

    from reports.i18n import CATALOGUE

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key, (en, ru) in CATALOGUE.items():
        assert en.strip() and ru.strip(), key
        assert fields(en) == fields(ru), key


def test_every_string_the_templates_use_is_in_the_catalogue():
    from reports.i18n import CATALOGUE

    used = set()
    for path in digest_mod.TEMPLATES.glob("*.jinja"):
        used |= set(re.findall(r"""t\(\s*["']([a-z0-9_]+)["']""", path.read_text(encoding="utf-8")))
    assert used and used <= set(CATALOGUE)


def test_unknown_recipient_is_refused(db, dsettings):
    from dealtrail.errors import NotFound

    with pytest.raises(NotFound, match="managers"):
        digest_mod.build_digest(db, dsettings, "stranger@example.com")


def _agreed_on_deal_today(db: Any, seeded: dict[str, int]) -> None:
    """Both sides' commitments on Ben's deal, the client's newer and with markup in it."""
    conn = db.conn
    message = conn.execute("SELECT id FROM messages WHERE message_id = 'm1@evil.com'").fetchone()[0]
    ben = conn.execute("SELECT id FROM managers WHERE email = 'ben@testbank.ru'").fetchone()[0]
    conn.execute(
        "INSERT INTO promises (message_id, party, action, text, span_start, span_end, made_at,"
        " due_at, manager_id, client_id, status, deal_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (message, "manager", "send", "We shall courier the pledge schedule", 40, 80,
         iso(AS_OF - timedelta(days=3)), iso(AS_OF - timedelta(days=1)), ben, seeded["evil"],
         "broken", seeded["deal_today"]))
    conn.execute(
        "INSERT INTO deal_signals (message_id, kind, side, text, span_start, value, due_at, at,"
        " manager_id, client_id, status, deal_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (message, "commitment", "client", f"Our board signs off {XSS} on Monday", 0, "",
         iso(AS_OF + timedelta(days=4)), iso(AS_OF - timedelta(hours=20)), ben, seeded["evil"],
         "open", seeded["deal_today"]))


def test_what_both_sides_agreed_is_under_the_deal_newest_first_escaped(db, dsettings, seeded):
    _agreed_on_deal_today(db, seeded)
    d = digest_mod.build_digest(db, dsettings, "ben@testbank.ru", "daily", AS_OF)
    client = "client: «Our board signs off"
    ours = "we: «We shall courier the pledge schedule» — by 25 November (broken)"
    assert client in d.text and ours in d.text
    assert d.text.index(client) < d.text.index(ours)          # the newest first
    assert XSS in d.text and "(open)" in d.text and "by 30 November" in d.text
    assert "&lt;img src=x onerror=alert(1)&gt; on Monday" in d.html and "<img src=x" not in d.html
    assert "courier the pledge schedule» — by 25 November (broken)" in d.html
    head = digest_mod.build_digest(db, dsettings, "head@testbank.ru", "daily", AS_OF)
    for text in (head.text, head.html):
        assert "мы: «We shall courier the pledge schedule» — до 25 ноября (нарушено)" in text
        assert "клиент: «Our board signs off" in text and "(в силе)" in text


@pytest.mark.parametrize("linked", [False, True])
def test_the_text_part_starts_each_item_and_each_commitment_on_its_own_line(
        db, seeded, linked, monkeypatch):
    monkeypatch.setenv("DEALTRAIL_TEST_LINK_SECRET", "s3cret-for-tests")
    server = {"public_url": "https://localhost:8443",
              "link_secret": {"env": "DEALTRAIL_TEST_LINK_SECRET"}} if linked else {}
    settings = digest_settings(**({"server": server} if linked else {}))
    _agreed_on_deal_today(db, seeded)
    for who in ("head@testbank.ru", "ben@testbank.ru"):
        text = digest_mod.build_digest(db, settings, who, "daily", AS_OF).text
        lines = text.splitlines()
        items = re.findall(r"(?m)^(?:[DVC]-\d+)  ", text)
        assert items, text
        assert not re.search(r"[^\n][DVC]-\d+  ", text), text    # no item glued to the one before
        assert any(line.startswith("    - ") and "We shall courier" in line for line in lines), text
        assert not re.search(r"\)    - ", text), text               # nor a commitment to its deal
        if linked:
            assert any(line.startswith("    https://localhost:8443/") for line in lines), text
    head = digest_mod.build_digest(db, settings, "head@testbank.ru", "daily", AS_OF).text
    assert "Выиграно сделок: 0, на 0 ₽" in head and "Проиграно сделок: 0, на 0 ₽" in head


def test_the_weekly_counts_are_the_violations_reports_for_the_same_days(db, dsettings, seeded):
    """Ben reads in Berlin, the company keeps Moscow time: a violation found at 01:00 on
    Monday in Moscow (23:00 on Sunday in Berlin) belongs to the next week in both the
    violations report and Ben's weekly digest, as every reporting period is bounded in the
    company's zone."""
    from datetime import date

    from dealtrail.periods import Period
    from reports import api

    ben = seeded["ben@testbank.ru"]
    db.conn.execute(
        "INSERT INTO violations (rule, key, manager_id, client_id, summary, detected_at) "
        "VALUES (?,?,?,?,?,?)", ("unanswered", "u:edge", ben, seeded["evil"], "edge",
                                 "2026-11-29T22:00:00+00:00"))
    db.conn.execute(
        "INSERT INTO complaints (key, client_id, manager_id, text, source, opened_at) "
        "VALUES (?,?,?,?,?,?)", ("inferred:edge", seeded["evil"], ben, "edge", "inferred",
                                 "2026-11-29T22:30:00+00:00"))
    monday = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)
    report = api.complaints_and_violations(
        db, dsettings, Period.days(date(2026, 11, 23), date(2026, 11, 29)),
        manager="ben@testbank.ru", as_of=monday)["totals"]
    d = digest_mod.build_digest(db, dsettings, "ben@testbank.ru", "weekly", monday)
    assert (report["violations"], report["complaints"]) == (1, 0)
    assert "Violations this week: 1 new, 0 closed." in d.text
    assert "Complaints this week: 0." in d.text


def test_a_violation_counts_when_it_happened_not_when_the_first_index_found_it(
        db, dsettings, seeded):
    """A new team's first index finds a contact missed in September this morning: the
    digest's new violations, the weekly count, the violations report and the trends all put
    it in September, where the missed day was; one found as it falls due stays this week's."""
    from datetime import date

    from dealtrail.periods import Period
    from reports import api

    ben = seeded["ben@testbank.ru"]
    found = iso(AS_OF - timedelta(hours=2))
    old = db.conn.execute(
        "INSERT INTO violations (rule, key, manager_id, client_id, summary, due_at, detected_at)"
        " VALUES (?,?,?,?,?,?,?)", ("missed_next_contact", "n:old", ben, seeded["evil"], "old",
                                    "2026-09-15T15:00:00+00:00", found)).lastrowid
    fresh = db.conn.execute(
        "INSERT INTO violations (rule, key, manager_id, client_id, summary, due_at, detected_at)"
        " VALUES (?,?,?,?,?,?,?)", ("missed_next_contact", "n:new", ben, seeded["evil"], "new",
                                    iso(AS_OF - timedelta(hours=4)), found)).lastrowid
    daily = digest_mod.build_digest(db, dsettings, "head@testbank.ru", "daily", AS_OF)
    assert f"V-{fresh}" in daily.items and f"V-{old}" not in daily.items
    monday = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)
    weekly = digest_mod.build_digest(db, dsettings, "ben@testbank.ru", "weekly", monday)
    week = api.complaints_and_violations(
        db, dsettings, Period.days(date(2026, 11, 23), date(2026, 11, 29)),
        manager="ben@testbank.ru", as_of=monday)["totals"]["violations"]
    assert week == 2 and "Violations this week: 2 new, 0 closed." in weekly.text
    report = api.complaints_and_violations(db, dsettings, "2026-09", manager="ben@testbank.ru",
                                           as_of=AS_OF)
    assert report["totals"]["violations"] == 1
    assert api.complaints_and_violations(db, dsettings, "2026-11", manager="ben@testbank.ru",
                                         as_of=AS_OF)["totals"]["violations"] == 2
    trends = api.trends(db, dsettings, "2026", manager="ben@testbank.ru", as_of=AS_OF)
    [row] = trends["violations"]["rows"]
    weeks = trends["violations"]["weeks"]
    assert row["counts"][weeks.index("2026-09-14")] == 1 and row["total"] == 3
