"""Answers a writer typed inside the quoted message in colour or bold: the text/plain part
loses the colour, so there they read as quoted lines; the new text is read from the HTML
part when the text announces answers inside the quote ("see my answers below in red",
«ответы ниже красным»). Without such a note, or with no marked run, nothing changes."""

from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from indexer.newtext import new_text
from indexer.parse import parse_message


def _mail(plain: str, html: str) -> bytes:
    msg = MIMEMultipart("alternative")
    msg["From"] = "Anna <anna@client.example>"
    msg["To"] = "Tom <tom@vendor.example>"
    msg["Subject"] = "Re: questions"
    msg["Message-ID"] = "<a1@client.example>"
    msg["Date"] = "Wed, 07 Oct 2026 10:00:00 +0300"
    msg.attach(MIMEText(plain, "plain", "utf-8"))
    msg.attach(MIMEText(html, "html", "utf-8"))
    return msg.as_bytes()


CASES = {
    "en_gmail_font": (
        "Hi Tom, see my answers below in red.",
        ("Will you pay in EUR?", "Can you take delivery on the 20th?"),
        ("Yes, in EUR.", "The 22nd suits us better."),
        lambda a: f'<font color="#ff0000">{a}</font>',
        "On Tue, 6 Oct 2026 at 09:00, Tom <tom@vendor.example> wrote:",
    ),
    "ru_span_style": (
        "Добрый день! Ответы ниже в тексте, выделены синим.",
        ("Оплата будет в рублях?", "Сможете принять поставку 20-го?"),
        ("Да, в рублях.", "Лучше 22-го."),
        lambda a: f'<span style="color: rgb(0, 0, 255)">{a}</span>',
        "вт, 6 окт. 2026 г. в 09:00, Том <tom@vendor.example>:",
    ),
    "de_bold": (
        "Hallo Tom, meine Antworten unten im Text, fett.",
        ("Zahlen Sie in EUR?", "Passt die Lieferung am 20.?"),
        ("Ja, in EUR.", "Der 22. wäre besser."),
        lambda a: f"<b>{a}</b>",
        "Am Di., 6. Okt. 2026 um 09:00 schrieb Tom <tom@vendor.example>:",
    ),
}


def _bodies(case):
    note, questions, answers, mark, header = case
    plain_quote = "\n".join(f"> {q}\n> {a}\n>" for q, a in zip(questions, answers, strict=True))
    plain = f"{note}\n\n{header}\n{plain_quote}\n"
    items = "".join(f"<div>{q}</div><div>{mark(a)}</div><div><br></div>"
                    for q, a in zip(questions, answers, strict=True))
    html = (f"<html><body><div>{note}</div><br><div class=\"gmail_quote\"><div>{header}</div>"
            f"<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
            f"{items}</blockquote></div></body></html>")
    return plain, html


@pytest.mark.parametrize("name", sorted(CASES))
def test_answers_in_colour_or_bold_inside_the_quote_are_read_from_the_html_part(name):
    note, _questions, answers, _mark, _header = CASES[name]
    plain, html = _bodies(CASES[name])
    msg = parse_message(_mail(plain, html), "m1")
    got = new_text(msg.text)
    assert got.startswith(note)
    for a in answers:
        assert a in got
    for q in _questions:
        assert q not in got


@pytest.mark.parametrize("name", sorted(CASES))
def test_without_a_note_the_text_part_is_read_as_before(name):
    _note, questions, answers, mark, header = CASES[name]
    plain, html = _bodies(("Thanks, Tom.", questions, answers, mark, header))
    msg = parse_message(_mail(plain, html), "m2")
    assert msg.text == plain


def test_a_note_with_no_marked_run_in_the_quote_keeps_the_text_part():
    note, questions, answers, _mark, header = CASES["en_gmail_font"]
    plain, html = _bodies((note, questions, answers, lambda a: a, header))
    msg = parse_message(_mail(plain, html), "m3")
    assert msg.text == plain
