"""Parsing real-world MIME: charsets, encoded headers, broken structure."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest

from dealtrail.domain import Message
from dealtrail.errors import ParseError
from indexer.parse import decode_bytes, decode_header_value, parse_message, synthetic_message_id


def test_koi8_subject_and_cp1251_body_without_declared_charset() -> None:
    body = "Пришлю договор до пятницы.".encode("cp1251")
    raw = (b"From: =?koi8-r?B?7MXTySDw1dPU2c7Y?= <petr@client.ru>\r\n"
           b"To: ivan@bank.ru\r\nSubject: =?koi8-r?B?68/O1NLBy9Q=?=\r\n"
           b"Date: Tue, 10 Nov 2026 10:00:00 +0300\r\nMessage-ID: <a1@client.ru>\r\n"
           b"Content-Type: text/plain\r\n\r\n" + body)
    msg = parse_message(raw, "1")
    assert msg.subject == "Контракт"
    assert msg.from_addr == "petr@client.ru"
    assert "договор до пятницы" in msg.text
    assert msg.sent_at == datetime(2026, 11, 10, 7, 0, tzinfo=UTC)
    assert msg.utc_offset_minutes == 180


def test_html_only_message_becomes_text_and_attachments_are_noted() -> None:
    raw = (b"From: a@x.ru\r\nTo: b@y.ru\r\nSubject: t\r\nMessage-ID: <h@x>\r\n"
           b"Date: Tue, 10 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\n"
           b"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + __import__("base64").b64encode("<p>Высылаю <b>КП</b> &amp; тарифы</p>".encode()) +
           b"\r\n--XX\r\nContent-Type: application/pdf\r\n"
           b"Content-Disposition: attachment; filename=\"kp.pdf\"\r\n\r\nJVBERi0=\r\n--XX--\r\n")
    msg = parse_message(raw, "2")
    assert "Высылаю" in msg.text and "КП & тарифы" in msg.text and "<b>" not in msg.text
    assert msg.body_format == "html"
    assert msg.has_attachment and msg.attachment_names == ("kp.pdf",)


def test_missing_message_id_gets_a_stable_synthetic_one_and_bad_date_is_a_defect() -> None:
    raw = b"From: a@x.ru\r\nSubject: no id\r\nDate: not a date\r\n\r\nhello"
    first = parse_message(raw, "3")
    assert first.message_id == synthetic_message_id(raw) == parse_message(raw, "3").message_id
    assert "InvalidDate" in first.defects


def test_empty_input_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="empty"):
        parse_message(b"  \r\n", "4")


def test_decoders_never_raise_on_lies() -> None:
    assert decode_bytes("привет".encode("cp1251"), "utf-8") == "привет"
    assert decode_bytes(b"plain", "x-no-such-charset") == "plain"
    assert decode_header_value("=?unknown-8bit?Q?caf=E9?=")  # something readable, no exception


def _both_paths(raw: bytes):  # type: ignore[no-untyped-def]
    """The message from the MIME fast path, after checking the full parser agrees."""
    import dataclasses

    fast = parse_message(raw, "r", fast_path=True)
    assert dataclasses.asdict(fast) == dataclasses.asdict(parse_message(raw, "r", fast_path=False))
    return fast


@pytest.mark.parametrize("eol", [b"\n", b"\r\n"])
def test_folded_and_blank_continuation_headers_unfold_as_the_feed_parser_stores_them(
        eol: bytes) -> None:
    raw = eol.join([
        b"From: Petr Ivanov", b"\t<petr@client.ru>", b"To:   a@bank.ru,", b"  b@bank.ru",
        b"Subject:", b"   ", b"  continued", b"X-Empty:", b"Message-ID: <f1@x>",
        b"Date: Tue, 10 Nov 2026 10:00:00 +0300", b"", b"body"])
    msg = _both_paths(raw)
    assert msg.from_addr == "petr@client.ru" and msg.from_name == "Petr Ivanov"
    assert msg.to == ("a@bank.ru", "b@bank.ru")
    assert msg.subject.split() == ["continued"]
    assert msg.text == "body"


@pytest.mark.parametrize("raw", [
    # a header block that ends with CRLF after LF lines: the CR line is not a header
    b"From: a@x.ru\nMessage-ID: <m1@x>\n\r\nbody\n\nmore\n",
    # a line that is neither a header nor a continuation
    b"From: a@x.ru\nnot a header line\nMessage-ID: <m2@x>\n\nbody\n",
    # the first line is a continuation
    b" From: a@x.ru\nMessage-ID: <m3@x>\n\nbody\n",
    # the same header twice: the first value counts, both recipients lists are read
    b"From: a@x.ru\nTo: b@y.ru\nTo: c@y.ru\nSubject: one\nSubject: two\nMessage-ID: <m4@x>\n\nb\n",
    # no empty line after the headers
    b"From: a@x.ru\nMessage-ID: <m5@x>\nSubject: s",
])
def test_odd_header_blocks_read_as_the_full_parser_reads_them(raw: bytes) -> None:
    _both_paths(raw)


def test_repeated_headers_keep_the_first_subject_and_every_recipient() -> None:
    msg = _both_paths(b"From: a@x.ru\nTo: b@y.ru\nTo: c@y.ru\nSubject: one\nSubject: two\n"
                      b"Message-ID: <m4@x>\n\nb\n")
    assert msg.subject == "one" and msg.to == ("b@y.ru", "c@y.ru")


def _alternative(plain: bytes, html: bytes, html_first: bool = False) -> bytes:
    parts = [b"Content-Type: text/plain; charset=\"utf-8\"\n\n" + plain,
             b"Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
             + __import__("base64").encodebytes(html)]
    if html_first:
        parts.reverse()
    return (b"From: a@x.ru\nMessage-ID: <alt@x>\nContent-Type: multipart/alternative; "
            b"boundary=\"AB\"\n\n--AB\n" + b"\n--AB\n".join(parts) + b"\n--AB--\n")


@pytest.mark.parametrize("html_first", [False, True])
def test_text_plain_alternative_is_the_body_wherever_the_html_part_sits(html_first: bool) -> None:
    msg = _both_paths(_alternative("Пришлю КП завтра.".encode(), b"<p>HTML version</p>",
                                   html_first))
    assert msg.text == "Пришлю КП завтра." and msg.body_format == "text"


def test_blank_text_plain_alternative_falls_back_to_the_html_part() -> None:
    msg = _both_paths(_alternative(b"  \n", "<p>Только <b>HTML</b></p>".encode()))
    assert msg.text == "Только HTML" and msg.body_format == "html"


def test_the_same_content_type_in_many_parts_gives_each_part_its_own_charset() -> None:
    raw = (b"From: a@x.ru\nMessage-ID: <cs@x>\nContent-Type: multipart/mixed; boundary=B\n\n"
           b"--B\nContent-Type: text/plain; charset=koi8-r\n\n" + "Привет".encode("koi8-r")
           + b"\n--B--\n")
    again = raw.replace(b"<cs@x>", b"<cs2@x>").replace(b"koi8-r", b"windows-1251").replace(
        "Привет".encode("koi8-r"), "Привет".encode("cp1251"))
    assert _both_paths(raw).text == _both_paths(again).text == "Привет"
    assert _both_paths(raw).text == "Привет"  # a second look at the same header text


def test_plain_ascii_and_encoded_header_values_decode() -> None:
    assert decode_header_value("Plain subject") == "Plain subject"
    assert decode_header_value("=?utf-8?B?0J/RgNC40LLQtdGC?= =?utf-8?Q?_mir?=") == "Привет mir"
    assert decode_header_value("=?utf-8?B?0J/RgNC40LLQtdGC?=") == "Привет"


@pytest.mark.parametrize(("text", "found"), [
    ("see https://bank.ru/tariffs", True), ("WWW.Bank.ru", True), ("HTTP://x", True),
    ("I know. Now.", False), ("no link here: just text", False), ("ftp://files", False),
])
def test_has_link_finds_web_addresses_in_any_case(text: str, found: bool) -> None:
    from indexer.parse import has_link

    assert has_link(text) is found


def _from(value: str) -> Message:
    raw = (f"From: {value}\r\nTo: anna@testbank.ru\r\nSubject: x\r\n"
           "Message-ID: <spoof@x>\r\n\r\nbody\r\n").encode()
    return parse_message(raw, "1")


def _word(text: str) -> str:
    return "=?utf-8?B?" + base64.b64encode(text.encode()).decode() + "?="


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize("name", ["Иван Петров <ivan.petrov@bank.ru>",
                                  '"Иван Петров <ivan.petrov@bank.ru>"',
                                  'Иван Петров" <ivan.petrov@bank.ru>'])
def test_an_address_inside_an_encoded_display_name_is_not_the_sender(fast: bool, name: str
                                                                      ) -> None:
    raw = (f"From: {_word(name)} <client@client.ru>\r\nTo: anna@testbank.ru\r\n"
           "Message-ID: <spoof@x>\r\n\r\nbody\r\n").encode()
    msg = parse_message(raw, "1", fast_path=fast)
    assert msg.from_addr == "client@client.ru"
    assert "ivan.petrov@bank.ru" in msg.from_name


def test_an_encoded_display_name_holding_a_quote_and_bracket_keeps_the_sender() -> None:
    msg = _from(_word('Ivan">') + " <client@client.ru>")
    assert (msg.from_addr, msg.from_name) == ("client@client.ru", 'Ivan">')


def test_encoded_names_in_recipient_lists_are_decoded_and_never_split_into_addresses() -> None:
    raw = (f"From: {_word('Анна')} <anna@testbank.ru>\r\n"
           f"To: {_word('a <x@evil.ru>, b')} <boss@acme.ru>, plain@acme.ru\r\n"
           "Message-ID: <r@x>\r\n\r\nbody\r\n").encode()
    msg = parse_message(raw, "1")
    assert (msg.from_addr, msg.from_name) == ("anna@testbank.ru", "Анна")
    assert msg.to == ("boss@acme.ru", "plain@acme.ru")
