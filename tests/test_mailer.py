"""dealtrail.mailer against a real SMTP server (aiosmtpd on loopback)."""

from __future__ import annotations

import pytest

from dealtrail import mailer
from dealtrail.errors import DeliveryError


def _message(**extra: object) -> object:
    values: dict = {"sender": "digest@testbank.ru", "to": "anna@testbank.ru",
                        "subject": "Сводка на 27 ноября", "text": "Текст — привет",
                        "html": "<p>Привет, <b>Анна</b></p>", "reply_to": "tags@testbank.ru"}
    values.update(extra)
    return mailer.build_message(**values)


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_send_over_tls_with_auth_delivers_both_parts(smtp, security):
    msg = _message()
    mailer.send(smtp.smtp_settings(security), msg)

    assert len(smtp.messages) == 1
    got = smtp.messages[0]
    assert got.tls and got.login == smtp.username
    assert got.rcpt_tos == ["anna@testbank.ru"]
    parsed = got.parsed()
    assert parsed["Subject"] == "Сводка на 27 ноября"
    assert parsed["Reply-To"] == "tags@testbank.ru"
    assert parsed["Message-ID"] == msg["Message-ID"]
    plain = parsed.get_body(("plain",))
    html = parsed.get_body(("html",))
    assert plain.get_content_charset() == "utf-8" and "Текст — привет" in plain.get_content()
    assert html.get_content_charset() == "utf-8" and "<b>Анна</b>" in html.get_content()


@pytest.mark.parametrize("subject", [
    "Счётный двор: сводка по команде на 7 декабря",      # folded right at a space
    "Счётный двор: итоги недели, 30 ноября – 6 декабря",
    "ООО «Ромашка и Партнёры»: ваш день, 7 декабря — " + "очень длинная тема письма " * 6,
])
def test_a_long_russian_subject_arrives_with_every_space(smtp, subject):
    mailer.send(smtp.smtp_settings("starttls"), _message(subject=subject))
    raw_header = smtp.messages[0].raw.split(b"\r\n\r\n")[0]
    assert max(len(line) for line in raw_header.split(b"\r\n")) <= 78
    assert smtp.messages[0].parsed()["Subject"] == subject


def test_plain_smtp_without_auth_is_accepted(smtp):
    mailer.send(smtp.smtp_settings("none"), _message())
    assert len(smtp.messages) == 1 and not smtp.messages[0].tls


def test_temporary_failures_are_retried_with_backoff(smtp):
    smtp.fail_next(2)
    waits: list[float] = []
    mailer.send(smtp.smtp_settings("starttls"), _message(), retries=3, backoff=0.5,
                sleep=waits.append)
    assert smtp.rejected == 2
    assert len(smtp.messages) == 1
    assert waits == [0.5, 1.0]


def test_failures_beyond_the_retry_budget_raise_delivery_error_naming_the_server(smtp):
    smtp.fail_next(5)
    with pytest.raises(DeliveryError) as info:
        mailer.send(smtp.smtp_settings("starttls"), _message(), retries=2, sleep=lambda s: None)
    assert f"{smtp.host}:{smtp.port}" in str(info.value)
    assert "451" in str(info.value)
    assert smtp.messages == [] and smtp.rejected == 3


def test_permanent_failure_is_not_retried(smtp):
    smtp.fail_next(1, reply="550 5.7.1 Relaying denied")
    waits: list[float] = []
    with pytest.raises(DeliveryError, match="550"):
        mailer.send(smtp.smtp_settings("starttls"), _message(), sleep=waits.append)
    assert waits == [] and smtp.rejected == 1


def test_wrong_password_says_which_setting_to_check(smtp, monkeypatch):
    monkeypatch.setenv("DEALTRAIL_TEST_SMTP_PASSWORD", "wrong")
    with pytest.raises(DeliveryError, match="smtp.username"):
        mailer.send(smtp.smtp_settings("starttls"), _message(), sleep=lambda s: None)
    assert smtp.messages == []


def test_untrusted_certificate_is_refused(smtp):
    settings = smtp.smtp_settings("ssl", ca_file="")
    with pytest.raises(DeliveryError, match="ca_file"):
        mailer.send(settings, _message(), sleep=lambda s: None)
    assert smtp.messages == []


def test_unreachable_server_raises_after_retries():
    from dealtrail.config import Smtp

    waits: list[float] = []
    with pytest.raises(DeliveryError, match="127.0.0.1:1"):
        mailer.send(Smtp(host="127.0.0.1", port=1, timeout=2), _message(), retries=2,
                    sleep=waits.append)
    assert len(waits) == 2


def test_inline_images_are_related_to_the_html_part(smtp):
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 16
    msg = _message(html='<img src="cid:logo@dealtrail">',
                   images=[mailer.InlineImage(cid="logo@dealtrail", data=png)])
    mailer.send(smtp.smtp_settings("starttls"), msg)
    parsed = smtp.messages[0].parsed()
    related = [p for p in parsed.walk() if p.get_content_type() == "image/png"]
    assert len(related) == 1
    assert related[0]["Content-ID"] == "<logo@dealtrail>"
    assert related[0].get_content() == png


def test_sender_must_be_an_address():
    with pytest.raises(DeliveryError, match="digest.sender"):
        mailer.build_message(sender="", to="a@b.c", subject="s", text="t")


def test_message_id_is_unique_and_in_sender_domain():
    first, second = _message(), _message()
    assert first["Message-ID"] != second["Message-ID"]
    assert mailer.message_id_of(first).endswith("@testbank.ru")
