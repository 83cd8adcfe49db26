"""Quote headers of clients whose wording no table holds, found by their shape: a date and a
time of day, then the quoted writer's name and address, with no colon ("Tue, Oct 6, 2026,
9:00 AM Tom Lee <tom@x.com>"); or a date with a year, the address and a verb of up to three
words before the colon, whatever the verb ("... Tom Lee <tom@x.com> said:"). Quoted lines
follow both; a line of the writer's own that names a date and an address stays."""

import pytest

from indexer.newtext import new_text

REPLY_EN = "Yes, the 22nd works for us, please book the truck."
REPLY_RU = "Да, 22-е нам подходит, бронируйте машину."
QUOTE = "\n> Can you take delivery on the 20th?\n> Сможете принять поставку 20-го?\n"


@pytest.mark.parametrize("header", [
    "Tue, Oct 6, 2026, 9:00 AM Tom Lee <tom@vendor.example>",
    "вт, 6 окт. 2026 г., 9:00 Том Лебедев <tom@vendor.example>",
    "6 Oct 2026 09:00 Tom Lee <tom@vendor.example>",
    "On Tuesday, October 6, 2026, Tom Lee <tom@vendor.example> said:",
    "Вторник, 6 октября 2026, Том Лебедев <tom@vendor.example> сообщил:",
    "Mardi 6 octobre 2026, Tom Lee <tom@vendor.example> a répondu :",
])
def test_a_header_of_an_unlisted_client_is_found_by_its_shape(header):
    for reply in (REPLY_EN, REPLY_RU):
        assert new_text(f"{reply}\n\n{header}{QUOTE}") == reply


@pytest.mark.parametrize("line", [
    "Call booked for Oct 6, 2026, 9:00 AM with Tom Lee <tom@vendor.example>",
    "Счета за 2026 год шлите Тому Лебедеву <tom@vendor.example> как обычно:",
])
def test_a_line_of_the_writers_own_naming_a_date_and_an_address_stays(line):
    body = f"{REPLY_EN}\n\n{line}\n\nThe dock is free all week.{QUOTE}"
    assert new_text(body) == f"{REPLY_EN}\n\n{line}\n\nThe dock is free all week."
