"""Outbound mail: build a MIME message and deliver it over SMTP.

Every email dealtrail sends (daily digests, tag-command confirmations) goes
through here. :func:`build_message` makes a ``multipart/alternative`` message
with a text/plain and, optionally, a text/html part (HTML images are attached
inline and referenced by ``cid:``); :func:`send` delivers it with STARTTLS or
implicit TLS, authenticates with the configured password secret, verifies the
server certificate (optionally against ``smtp.ca_file``) and retries temporary
failures (4xx replies, dropped connections) with exponential back-off.
Permanent failures (5xx, wrong password, bad certificate) are raised at once
as :class:`DeliveryError` saying which server and what to check.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any

from . import clock
from .config import Smtp
from .errors import DeliveryError, DeliveryNotConfigured
from .messages import Msg

log = logging.getLogger(__name__)

# How often and how patiently temporary failures are retried when the caller does not say.
DEFAULT_RETRIES = 3
DEFAULT_BACKOFF = 1.0            # seconds before the first retry; doubles each time


@dataclass(frozen=True)
class InlineImage:
    """An image embedded in the HTML part, referenced as ``<img src="cid:{cid}">``."""

    cid: str
    data: bytes
    subtype: str = "png"             # image/<subtype>
    filename: str = ""


class _Subject(str):
    """A Subject that folds without losing the spaces between its words.

    The standard library (3.11, 3.12) folds a long non-ASCII subject into encoded-words with
    the space between two words left outside them, and readers drop whitespace between
    encoded-words (RFC 2047, 6.2): «сводка по команде» arrived as «сводка покоманде». The
    older ``email.header`` encoder keeps every space inside an encoded-word. The email
    policy passes a value with a matching ``name`` through unchanged and calls its ``fold``.
    """

    name = "Subject"

    def fold(self, *, policy: Any) -> str:
        encoded = Header(str(self), "utf-8", header_name=self.name).encode(
            linesep=policy.linesep, maxlinelen=policy.max_line_length or 0)
        return f"{self.name}: {encoded}{policy.linesep}"


def make_message_id(sender: str) -> str:
    """A new globally unique Message-ID (with angle brackets) in the sender's domain."""
    domain = sender.rpartition("@")[2] or "dealtrail.invalid"
    return make_msgid(idstring="dealtrail", domain=domain)


def build_message(*, sender: str, to: str | Iterable[str], subject: str, text: str,
                  html: str | None = None, reply_to: str | None = None,
                  sender_name: str = "", message_id: str | None = None,
                  images: Iterable[InlineImage] = (), headers: Mapping[str, str] | None = None,
                  ) -> EmailMessage:
    """Build a message with a text/plain part and, when ``html`` is given, a text/html alternative.

    ``message_id`` (with or without angle brackets) is generated when not given; read it
    back from ``msg["Message-ID"]``. ``images`` are attached to the HTML part as related
    parts so the HTML can show them without fetching anything from the network.
    """
    if not sender or "@" not in sender:
        raise DeliveryError(Msg("mail_bad_sender", subject=subject, sender=sender))
    recipients = [to] if isinstance(to, str) else list(to)
    if not recipients:
        raise DeliveryError(Msg("mail_no_recipients", subject=subject))
    msg = EmailMessage()
    msg["From"] = Address(display_name=sender_name, addr_spec=sender) if sender_name else sender
    msg["To"] = ", ".join(recipients)
    msg["Subject"] = subject if subject.isascii() else _Subject(subject)
    msg["Date"] = format_datetime(clock.now())
    if message_id is None:
        message_id = make_message_id(sender)
    msg["Message-ID"] = message_id if message_id.startswith("<") else f"<{message_id}>"
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Auto-Submitted"] = "auto-generated"
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(text, subtype="plain", charset="utf-8")
    if html is not None:
        msg.add_alternative(html, subtype="html", charset="utf-8")
        images = list(images)
        if images:
            html_part = msg.get_body(("html",))
            assert isinstance(html_part, EmailMessage)
            for image in images:
                html_part.add_related(image.data, maintype="image", subtype=image.subtype,
                                      cid=f"<{image.cid}>", filename=image.filename or None,
                                      disposition="inline")
    return msg


def message_id_of(msg: EmailMessage) -> str:
    """The Message-ID without angle brackets (how the messages table stores it)."""
    return str(msg["Message-ID"] or "").strip().strip("<>")


def send(smtp: Smtp, msg: EmailMessage, *, retries: int | None = None,
         backoff: float | None = None, sleep: Callable[[float], None] = time.sleep) -> None:
    """Deliver ``msg`` through the configured SMTP server.

    Temporary failures are retried ``retries`` times (default :data:`DEFAULT_RETRIES`),
    waiting ``backoff``, 2x``backoff``, ... seconds; anything still failing raises
    :class:`DeliveryError` naming the server.
    """
    if not smtp.host:
        raise DeliveryNotConfigured(Msg("mail_no_smtp"))
    retries = DEFAULT_RETRIES if retries is None else retries
    backoff = DEFAULT_BACKOFF if backoff is None else backoff
    where = Msg("mail_server", server=f"{smtp.host}:{smtp.port}", security=smtp.security)
    attempt = 0
    while True:
        attempt += 1
        try:
            _deliver(smtp, msg)
            log.info("sent %s to %s via %s", msg["Message-ID"], msg["To"], where)
            return
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryError(Msg("mail_login_rejected", where=where, username=smtp.username,
                                    detail=_reply(exc))) from exc
        except ssl.SSLCertVerificationError as exc:
            raise DeliveryError(Msg("mail_untrusted", where=where,
                                    detail=str(exc.verify_message))) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise DeliveryError(Msg("mail_security", where=where, detail=str(exc))) from exc
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            if all(400 <= c < 500 for c in codes) and attempt <= retries:
                _wait(where, exc, attempt, backoff, sleep)
                continue
            raise DeliveryError(Msg("mail_recipients_refused", where=where,
                                    recipients=", ".join(exc.recipients),
                                    detail=_reply(exc))) from exc
        except smtplib.SMTPResponseException as exc:
            if 400 <= exc.smtp_code < 500 and attempt <= retries:
                _wait(where, exc, attempt, backoff, sleep)
                continue
            raise DeliveryError(Msg("mail_not_accepted_later" if exc.smtp_code < 500
                                    else "mail_not_accepted", where=where, to=str(msg["To"]),
                                    detail=_reply(exc))) from exc
        except (smtplib.SMTPException, OSError) as exc:
            if attempt <= retries:
                _wait(where, exc, attempt, backoff, sleep)
                continue
            raise DeliveryError(Msg("mail_unreachable", where=where, detail=str(exc))) from exc


def _deliver(smtp: Smtp, msg: EmailMessage) -> None:
    context = _tls_context(smtp)
    client: smtplib.SMTP
    if smtp.security == "ssl":
        client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout, context=context)
    else:
        client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
    try:
        client.ehlo_or_helo_if_needed()
        if smtp.security == "starttls":
            client.starttls(context=context)
            client.ehlo()
        if smtp.username:
            password = smtp.password.get("smtp.password") if smtp.password else ""
            client.login(smtp.username, password)
        client.send_message(msg)
    finally:
        try:
            client.quit()
        except (TimeoutError, smtplib.SMTPException, OSError):
            client.close()


def _tls_context(smtp: Smtp) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=smtp.ca_file or None)
    return context


def _reply(exc: smtplib.SMTPException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        text = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) \
            else str(exc.smtp_error)
        return f"{exc.smtp_code} {text}"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "; ".join(f"{code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"
                         for code, text in exc.recipients.values())
    return str(exc)


def _wait(where: str, exc: BaseException, attempt: int, backoff: float,
          sleep: Callable[[float], None]) -> None:
    delay = backoff * (2 ** (attempt - 1))
    log.warning("%s: attempt %d failed (%s); retrying in %.1f s", where, attempt,
                _reply(exc) if isinstance(exc, smtplib.SMTPException) else exc, delay)
    sleep(delay)
