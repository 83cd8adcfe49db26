"""RFC 822 bytes -> :class:`dealtrail.domain.Message`, fast and forgiving.

Parsing uses ``email.policy.compat32`` (several times faster than the
default policy) and decodes headers and bodies here, carefully: unknown or
lying charsets fall back to UTF-8, then windows-1251 (the usual suspect in
Russian mail), with replacement characters as the last resort. Broken MIME
never raises past :func:`parse_message` except as :class:`ParseError`.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import hashlib
import re
from datetime import UTC, datetime, timedelta
from email.header import decode_header
from email.message import Message as EmailMessage
from email.utils import getaddresses, parsedate_tz

from dealtrail.domain import Message
from dealtrail.errors import ParseError

_POLICY = email.policy.compat32
_WANTED_HEADERS = ("auto-submitted", "x-autoreply", "x-autorespond", "precedence", "list-id",
                   "list-unsubscribe", "x-auto-response-suppress", "authentication-results",
                   "x-dealtrail-tags", "content-type", "return-path", "x-mailer")
_CHARSET_ALIASES = {"win-1251": "cp1251", "windows-1251": "cp1251", "cp-1251": "cp1251",
                    "koi8r": "koi8-r", "x-user-defined": "cp1251", "unknown-8bit": "utf-8",
                    "ansi_x3.4-1968": "ascii", "us-ascii": "ascii", "utf8": "utf-8",
                    "x-unknown": "utf-8", "unicode-1-1-utf-7": "utf-7"}
_MAX_BODY_CHARS = 200_000
_MID_RE = re.compile(r"<([^<>\s]+)>")
_URL_RE = re.compile(r"https?://|www\.", re.IGNORECASE)


def _codec(charset: str | None) -> str:
    name = (charset or "").strip().strip('"').lower()
    name = _CHARSET_ALIASES.get(name, name)
    if not name:
        return ""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return ""


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode body bytes: declared charset, else UTF-8, else windows-1251, else replace."""
    codec = _codec(charset)
    if codec:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if codec and codec != "utf-8":
        return data.decode(codec, errors="replace")
    return data.decode("cp1251", errors="replace")


def decode_header_value(value: object) -> str:
    """Decode an RFC 2047 header (``=?koi8-r?B?...?=``) to text; never raises."""
    if value is None:
        return ""
    if not isinstance(value, str):
        value = str(value)
    if "=?" not in value:
        # Raw 8-bit headers arrive as surrogate-escaped text under compat32.
        try:
            return value.encode("utf-8", "surrogateescape").decode("utf-8")
        except UnicodeDecodeError:
            return value.encode("utf-8", "surrogateescape").decode("cp1251", errors="replace")
    try:
        parts = decode_header(value)
    except Exception:  # noqa: BLE001 - malformed encoded-words: keep the raw text
        return value
    out = []
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            out.append(decode_bytes(chunk, charset))
        else:
            out.append(chunk)
    return "".join(out).replace("\r", "").replace("\n", " ")


def parse_date(value: str | None) -> tuple[datetime | None, int | None]:
    """The Date header as aware UTC plus the sender's offset in minutes; (None, None) if unusable."""
    if not value:
        return None, None
    try:
        parsed = parsedate_tz(value)
    except (TypeError, ValueError, IndexError):
        return None, None
    if not parsed:
        return None, None
    offset = parsed[9] or 0
    try:
        local = datetime(*parsed[:6])
    except (ValueError, OverflowError):
        return None, None
    if local.year < 1990 or local.year > 2100:
        return None, None
    moment = (local - timedelta(seconds=offset)).replace(tzinfo=UTC)
    return moment, offset // 60


def _addresses(values: list[str]) -> list[tuple[str, str]]:
    decoded = [decode_header_value(v) for v in values if v]
    try:
        pairs = getaddresses(decoded)
    except Exception:  # noqa: BLE001 - pathological address lists
        return []
    out = []
    for name, addr in pairs:
        addr = addr.strip().strip("<>").lower()
        if "@" in addr and " " not in addr and len(addr) <= 320:
            out.append((name.strip().strip('"'), addr))
    return out


def _message_ids(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    found = _MID_RE.findall(value)
    if not found and value.strip():
        found = [value.strip().strip("<>")]
    return tuple(f[:500] for f in found)


def _walk_body(msg: EmailMessage) -> tuple[str, str, bool, list[str], list[bytes]]:
    """Pick the body text; note attachments and calendar parts."""
    plain: str | None = None
    html: str | None = None
    attachments: list[str] = []
    calendars: list[bytes] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        disposition = (part.get("Content-Disposition") or "").lower()
        filename = part.get_filename()
        if ctype == "text/calendar":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                calendars.append(payload)
            continue
        if filename or "attachment" in disposition:
            attachments.append(decode_header_value(filename) if filename else ctype)
            continue
        if ctype not in ("text/plain", "text/html") or (plain is not None and html is not None):
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        text = decode_bytes(payload[: _MAX_BODY_CHARS * 4], part.get_content_charset())
        if ctype == "text/plain" and plain is None:
            plain = text
        elif ctype == "text/html" and html is None:
            html = text
    if plain is not None and plain.strip():
        return plain, "text", bool(attachments), attachments, calendars
    if html is not None:
        from indexer.newtext import html_to_text

        return html_to_text(html), "html", bool(attachments), attachments, calendars
    return plain or "", "text", bool(attachments), attachments, calendars


def synthetic_message_id(raw: bytes) -> str:
    """A stable id for a message that has no Message-ID header."""
    return "sha1-" + hashlib.sha1(raw).hexdigest() + "@dealtrail.invalid"


def parse_message(raw: bytes, remote_id: str = "", flags: tuple[str, ...] = (),
                  received_at: datetime | None = None) -> Message:
    """Parse one message; raises ParseError only when nothing usable can be read."""
    if not raw or not raw.strip():
        raise ParseError(f"message {remote_id or '?'} is empty")
    try:
        msg = email.message_from_bytes(raw, policy=_POLICY)
    except Exception as exc:
        raise ParseError(f"message {remote_id or '?'}: cannot parse MIME: {exc}") from exc
    defects = [type(d).__name__ for d in getattr(msg, "defects", [])]
    try:
        text, body_format, has_attachment, attachments, calendars = _walk_body(msg)
    except Exception as exc:  # noqa: BLE001 - broken nested MIME: keep headers, note defect
        text, body_format, has_attachment, attachments, calendars = "", "text", False, [], []
        defects.append(f"body: {type(exc).__name__}")
    sent_at, offset = parse_date(msg.get("Date"))
    if sent_at is None:
        defects.append("InvalidDate")
        sent_at = received_at or datetime(1970, 1, 1, tzinfo=UTC)
    senders = _addresses(msg.get_all("From") or [])
    from_name, from_addr = senders[0] if senders else ("", "")
    message_ids = _message_ids(msg.get("Message-ID"))
    headers = {}
    for name in _WANTED_HEADERS:
        value = msg.get(name)
        if value is not None:
            headers[name] = decode_header_value(value)
    if len(text) > _MAX_BODY_CHARS:
        text = text[:_MAX_BODY_CHARS]
    return Message(
        remote_id=remote_id,
        message_id=message_ids[0] if message_ids else synthetic_message_id(raw),
        subject=decode_header_value(msg.get("Subject"))[:1000],
        from_addr=from_addr,
        from_name=from_name,
        to=tuple(a for _, a in _addresses(msg.get_all("To") or [])),
        cc=tuple(a for _, a in _addresses(msg.get_all("Cc") or [])),
        bcc=tuple(a for _, a in _addresses(msg.get_all("Bcc") or [])),
        reply_to=tuple(a for _, a in _addresses(msg.get_all("Reply-To") or [])),
        sent_at=sent_at,
        text=text,
        in_reply_to=(_message_ids(msg.get("In-Reply-To")) or (None,))[0],
        references=_message_ids(msg.get("References")),
        headers=headers,
        body_format=body_format,
        has_attachment=has_attachment,
        attachment_names=tuple(attachments),
        size=len(raw),
        flags=flags,
        calendar_parts=tuple(calendars),
        utc_offset_minutes=offset,
        defects=tuple(defects),
    )


def has_link(text: str) -> bool:
    """Whether the text carries a URL (a 'send' promise can be kept with a link)."""
    return bool(_URL_RE.search(text))
