"""New text of a reply whose writer types each answer on the line right under the quoted
question or numbered item, with no blank line between ("> 2. Headcount" then "14 staff"), as
web mail (GMX, Web.de, Mail.ru) lets one do under its own header block."""

import pytest

from indexer.newtext import new_text

DE = """Guten Tag Frau Brandt,

die Antworten stehen unten im Text.

Gesendet: Montag, 07. Dezember 2026 um 09:12 Uhr
Von: "Anja Brandt" <a.brandt@makler-brandt.de>
An: "Lukas Engel" <l.engel@engel-druck.de>
Betreff: Maschinenversicherung – Rückfragen

> Sehr geehrter Herr Engel,
>
> für das Angebot fehlen mir noch:
>
> 1. Neuwert der Druckmaschine
rund 410.000 EUR laut Rechnung von 2022.

> 2. Standort der Maschine
Halle 2, Gewerbestraße 14.

> 3. Gibt es eine Sprinkleranlage?
Nein, nur Rauchmelder.

> Mit freundlichen Grüßen
> Anja Brandt

Beste Grüße
Lukas Engel
"""
DE_NEW = """Guten Tag Frau Brandt,

die Antworten stehen unten im Text.

rund 410.000 EUR laut Rechnung von 2022.

Halle 2, Gewerbestraße 14.

Nein, nur Rauchmelder."""

RU = """Ирина, добрый день!
Ответы ниже в тексте.

Отправлено: понедельник, 7 декабря 2026 г. 11:40
От: Ирина Соколова <i.sokolova@lizing-demo.ru>
Кому: Павел Орлов <p.orlov@agrotrans.ru>
Тема: Лизинг тягачей — вопросы

> Павел, добрый день!
>
> 1. Количество тягачей
Четыре, два в марте и два в мае.

> 2. Комфортный аванс
Не больше 15 %.

> С уважением,
> Ирина Соколова

Павел Орлов
"""
RU_NEW = """Ирина, добрый день!
Ответы ниже в тексте.

Четыре, два в марте и два в мае.

Не больше 15 %."""


@pytest.mark.parametrize("text, want", [(DE, DE_NEW), (RU, RU_NEW)])
def test_an_answer_right_under_a_quoted_item_is_new_text(text, want):
    assert new_text(text) == want


def test_a_quoted_line_wrapped_by_the_client_is_no_answer():
    # the unquoted line continues a long quoted sentence: no question, no numbered item above
    text = ("Thanks, see my note at the end.\n\n"
            "On Mon, 7 Dec 2026 at 10:02, Dana Fox <dana@fox-freight.com> wrote:\n"
            "> We have booked the reefer for the 14th and the driver will call your warehouse\n"
            "an hour before arrival.\n"
            ">\n"
            "> Regards, Dana\n\n"
            "Fine by us.\n")
    assert "an hour before arrival" not in new_text(text)
