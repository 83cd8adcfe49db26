"""A closing that only its shape reads (a language the table lacks, or an unusual wording) and
the first name under it stay the signature when a blank line and a "-- " signature follow."""

import pytest

from indexer.newtext import new_text

TEXT_EN = "Hi Nora,\n\nThe revised lease schedule is fine with us, please send the final version."
TEXT_RU = "Добрый день, Нора!\n\nНовый график лизинга нас устраивает, пришлите итоговую версию."
DASH_SIG = "\n\n-- \nKadri Tamm\nFinance Director\nBaltic Timber OÜ\n+372 600 1234\n"


@pytest.mark.parametrize("closing", [
    "Parimate soovidega,\nKadri",
    "Me respekt,\nArben",
    "Kila la heri,\nAmani",
    "Warm thoughts from Leeds,\nTom",
    "Всех вам благ,\nОлег",
])
@pytest.mark.parametrize("text", [TEXT_EN, TEXT_RU])
def test_the_closing_above_a_blank_line_and_a_dash_signature_goes(text, closing):
    assert new_text(f"{text}\n\n{closing}{DASH_SIG}") == text
    # without the blank line it went already
    assert new_text(f"{text}\n\n{closing}{DASH_SIG[1:]}") == text


@pytest.mark.parametrize("tail", [
    "Sounds good,\nbut not before May",   # no name under it
    "See you on Monday,\nat the warehouse",
    "До встречи в понедельник,\nна складе",
])
def test_a_last_line_that_is_no_name_stays(tail):
    body = f"{TEXT_EN}\n\n{tail}"
    assert new_text(f"{body}{DASH_SIG}") == body
