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
