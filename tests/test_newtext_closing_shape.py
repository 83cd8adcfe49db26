"""New text of replies that close with one or two words of thanks in any language and an
exclamation mark above the signer's first name ("Salamat!" / "Maria", "¡Gracias!" / "Pedro"),
or that are signed with initials alone on the last line ("JM", "-АИ"), above or below the
quote: the closing and the name go, the greeting and the text stay."""

import pytest

from indexer.newtext import new_text

TEXT_EN = "Hi Jose,\nI will send the signed quote tomorrow morning."
TEXT_RU = "Добрый день, Игорь!\nПодписанный договор пришлю завтра утром."


@pytest.mark.parametrize("closing, name", [
    ("Salamat!", "Maria"), ("Sağ olun!", "Ayşe"), ("¡Gracias!", "Pedro"), ("Dzięki!", "Piotr"),
    ("Makasih!", "Siti"), ("Mulțumesc!", "Ioana"), ("Köszönöm!", "Anna"), ("Hvala!", "Ivan"),
    ("Paldies!", "Jānis"), ("Ačiū!", "Tomas"), ("Рахмат!", "Азиз"),
])
def test_a_short_closing_with_an_exclamation_mark_above_a_first_name_goes(closing, name):
    for text in (TEXT_EN, TEXT_RU):
        assert new_text(f"{text}\n\n{closing}\n{name}") == text


@pytest.mark.parametrize("tail", [
    "See you on Monday then!\nMaria",      # a sentence of three words and more is text
    "Bitte!\nMaria",                       # asking is text
    "Пожалуйста!\nАнна",
])
def test_a_sentence_or_a_request_above_a_first_name_stays(tail):
    body = f"{TEXT_EN}\n\n{tail}"
    assert new_text(body).startswith(f"{TEXT_EN}\n\n{tail.splitlines()[0]}")


def test_a_short_answer_above_a_name_below_a_greeting_alone_stays():
    assert new_text("Hi Bob,\n\nDone!\nJohn").startswith("Hi Bob,\n\nDone!")


@pytest.mark.parametrize("initials", ["JM", "-JM", "J.M.", "~PK", "АИ", "- А.И."])
def test_initials_alone_on_the_last_line_go_above_and_below_the_quote(initials):
    assert new_text(f"Yes, attached.\n\n{initials}") == "Yes, attached."
    assert new_text(f"Да, во вложении.\n\n{initials}") == "Да, во вложении."
    below = (f"On Mon, 3 Mar 2025 at 10:00, Tom <tom@x.com> wrote:\n> Can you send the quote?\n\n"
             f"Yes, attached.\n\n{initials}")
    assert new_text(below) == "Yes, attached."
    below_ru = (f"пн, 3 мар. 2025 г. в 10:00, Том <tom@x.com>:\n> Пришлите счёт?\n\n"
                f"Да, во вложении.\n\n{initials}")
    assert new_text(below_ru) == "Да, во вложении."


@pytest.mark.parametrize("word", ["OK", "FYI", "НДС", "ОК", "j.m."])
def test_an_abbreviation_or_lower_case_letters_on_the_last_line_stay(word):
    assert new_text(f"Price is fine.\n\n{word}") == f"Price is fine.\n\n{word}"
