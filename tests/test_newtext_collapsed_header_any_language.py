"""Yahoo Mail's collapsed quote in its plain-text part puts the quote header and the quoted
message's first line on one line; in every language of the table the header is split off and
the quote cut there, while a writer's own line with a time and "wrote:" stays."""

import pytest

from indexer.newtext import new_text


@pytest.mark.parametrize("text,header", [
    ("Hi Tom,\n\nFriday works for us.",
     "   Le lundi 4 novembre 2024, 12:40:00 UTC+1, Tom Lee <tom@x.com> a écrit :   "
     "Bonjour Anna, vendredi vous convient ?"),
    ("Привет!\n\nПятница подходит.",
     "   В понедельник, 4 ноября 2024 г., 12:40:00 GMT+3, Том Ли <tom@x.ru> написал(-а):   "
     "Анна, пятница подходит?"),
    ("Hallo,\n\nFreitag passt.",
     "   Am Montag, 4. November 2024, 12:40:00 MEZ, Tom Lee <tom@x.de> hat geschrieben:   "
     "Hallo Anna, passt Freitag?"),
    ("Hola,\n\nEl viernes nos va bien.",
     "   El lunes, 4 de noviembre de 2024, 12:40:00 CET, Tom Lee <tom@x.es> escribió:   "
     "Hola Anna, ¿te va bien el viernes?"),
    ("Dobrý den,\n\nPátek nám vyhovuje.",
     "   V pondělí 4. listopadu 2024 12:40:00 SEČ, Tom Lee <tom@x.cz> napsal(a):   "
     "Dobrý den, vyhovuje pátek?"),
])
def test_a_collapsed_header_cuts_the_quote(text, header):
    assert new_text(text + "\n\nAnna\n\n" + header + "\n") == text


@pytest.mark.parametrize("body", [
    "Hi,\n\nAfter the 12:40 call Tom wrote:  the price is ok.\n",
    "Привет!\n\nНа встрече в 12:40 Том написал:  цена ок.\n",
    "Hi,\n\nAt 12:40 the bot (alerts@x.com) wrote:  disk full, fixed now.\n",
])
def test_the_writers_own_line_stays(body):
    assert new_text(body).splitlines()[-1] == body.rstrip("\n").splitlines()[-1]
