"""The Russian interface names stages and products as the config does, never by their codes."""

from __future__ import annotations

import io
import re
from typing import Any

from rich.console import Console

from dealtrail.config import DEFAULT_STAGES
from reports import api, render
from reports import digest as digest_mod
from tests.conftest import make_settings
from tests.test_digest import AS_OF, digest_settings, seed


def english_codes(text: str, settings: Any) -> list[str]:
    """Stage codes, product codes and English product names that appear as words in ``text``."""
    words = [*DEFAULT_STAGES, *(p.code for p in settings.products),
             *(p.name_en for p in settings.products)]
    return [w for w in words if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text, re.I)]


def test_the_russian_digest_names_stages_and_products_in_russian(db: Any) -> None:
    settings = digest_settings()
    seed(db, settings)
    for who in ("head@testbank.ru", "anna@testbank.ru"):
        built = digest_mod.build_digest(db, settings, who, "daily", AS_OF)
        assert built.locale == "ru"
        shown = re.sub(r"#stage \w+", "", built.text)       # the tag example is a command
        assert "Предложение" in shown or "Переговоры" in shown
        assert english_codes(shown, settings) == []


def test_a_stage_label_from_the_config_is_used(db: Any) -> None:
    settings = digest_settings(pipeline={"labels_ru": {"proposal": "КП отправлено"}})
    seed(db, settings)
    built = digest_mod.build_digest(db, settings, "head@testbank.ru", "daily", AS_OF)
    assert "КП отправлено" in built.text


def test_the_russian_terminal_tables_name_stages_and_products_in_russian(db: Any) -> None:
    settings = make_settings(company={"name": "Test Bank", "locale": "ru", "country": "RU",
                                      "timezone": "Europe/Moscow"})
    seed(db, settings)
    console = Console(file=io.StringIO(), width=200)
    render.print_five_answers(db, settings, console, "2026-11", as_of=AS_OF)
    text = console.file.getvalue()
    assert api.negotiations(db, settings, as_of=AS_OF)          # there are stages to show
    assert english_codes(text, settings) == []


LATIN = re.compile(r"[A-Za-z]")


def test_rule_lines_and_contact_sources_are_russian_on_russian_screens(db: Any) -> None:
    from pathlib import Path

    from reports.i18n import SOURCES, source_label
    from rules.i18n import RULE_NAMES, describe

    # A built-in rule's row written without evidence: named, not its stored English line.
    row = {"rule": "unanswered", "summary": "Client question unanswered for 2 business days",
           "evidence": "", "client": "Альфа", "due_at": "2026-11-20T09:00:00+00:00"}
    assert describe(row, "en") == row["summary"]
    line = describe(row, "ru", "Europe/Moscow")
    assert LATIN.search(line) is None, line
    assert "Письмо без ответа" in line and "Альфа" in line and "20.11.2026 12:00" in line
    # A third-party rule keeps its code, quoted, inside a Russian line.
    assert describe({"rule": "no_reply", "summary": "x"}, "ru") == "Нарушение: правило «no_reply»"
    for names in RULE_NAMES.values():
        assert LATIN.search(names[1]) is None
    # Every source a next contact can have reads as Russian words, on the server and the page.
    js = (Path(__file__).resolve().parents[1] / "addin/static/common/i18n.js").read_text("utf-8")
    en_js, ru_js = js[:js.index("    ru: {")], js[js.index("    ru: {"):]
    for code in ("calendar", "call", "promise", "client_request", "tag", "pane", "import"):
        assert LATIN.search(source_label(code, "ru")) is None, code
        # The page's words for a source are the server's.
        for words, locale in ((en_js, "en"), (ru_js, "ru")):
            assert f'{code}: "{source_label(code, locale)}"' in words, (code, locale)
    assert set(SOURCES) == {"calendar", "call", "promise", "client_request", "tag", "pane",
                            "import"}
    # A violation's severity and an agreed item's status read the same on the page, in the
    # digest and in the terminal's tables.
    from dealtrail.messages import code_word
    from reports.i18n import Translator

    for words, locale in ((en_js, "en"), (ru_js, "ru")):
        t = Translator(locale)
        for code in ("low", "medium", "high"):
            said = code_word("severity", code, locale)
            assert t(f"severity_{code}") == said, (code, locale)
            assert f'{code}: "{said}"' in words[words.index("severity: {"):], (code, locale)
        statuses = words[words.index("promiseStatus: {"):]
        for code in ("open", "kept", "kept_late", "broken", "cancelled"):
            assert f'{code}: "{t(f"agreed_status_{code}")}"' in statuses, (code, locale)


def test_the_russian_terminal_tables_name_rules_and_sources_in_russian(db: Any) -> None:
    from rules.i18n import rule_name

    settings = make_settings(company={"name": "Test Bank", "locale": "ru", "country": "RU",
                                      "timezone": "Europe/Moscow"})
    seed(db, settings)
    db.conn.execute("UPDATE deals SET next_contact_at = '2026-11-30T09:00:00+00:00',"
                    " next_contact_source = 'client_request'"
                    " WHERE id = (SELECT MIN(id) FROM deals WHERE status = 'open')")
    deals = api.negotiations(db, settings, as_of=AS_OF)
    sources = {d["next_contact_source"] for d in deals} - {""}
    assert sources, "the seeded deals have next contacts with a source"
    issues = api.complaints_and_violations(db, settings, "2026-11", as_of=AS_OF)
    assert [i for i in issues["open"] if i["kind"] == "violation"]
    for report, data in (("pipeline", deals), ("violations", issues)):
        console = Console(file=io.StringIO(), width=2000)
        render.to_table(report, data, console, locale="ru", tz="Europe/Moscow",
                        settings=settings)
        text = console.file.getvalue()
        for code in sources if report == "pipeline" else ():
            assert re.search(rf"(?<![\w-]){code}(?![\w-])", text) is None, (code, text)
            assert "по просьбе клиента" in text
        if report == "violations":
            for item in issues["open"]:
                if item["kind"] == "violation":
                    assert item["summary_ru"].split(",")[0] in text, text
                    assert item["summary"] not in text
                    assert rule_name(item["rule"], "ru") in text
