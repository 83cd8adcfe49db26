"""Parsing real-world MIME: charsets, encoded headers, broken structure."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

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
