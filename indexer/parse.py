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
import functools
import hashlib
import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from email.header import decode_header
from email.message import Message as EmailMessage
from email.utils import getaddresses, parsedate_tz
from typing import Any

from dealtrail.domain import Message
from dealtrail.errors import ParseError
from indexer.cue_scan import gated

_POLICY = email.policy.compat32
_WANTED_HEADERS = ("auto-submitted", "x-autoreply", "x-autorespond", "precedence", "list-id",
                   "list-unsubscribe", "x-auto-response-suppress", "authentication-results",
                   "x-dealtrail-tags", "content-type", "return-path", "x-mailer", "sensitivity")
_CHARSET_ALIASES = {"win-1251": "cp1251", "windows-1251": "cp1251", "cp-1251": "cp1251",
                    "koi8r": "koi8-r", "x-user-defined": "cp1251", "unknown-8bit": "utf-8",
                    "ansi_x3.4-1968": "ascii", "us-ascii": "ascii", "utf8": "utf-8",
                    "x-unknown": "utf-8", "unicode-1-1-utf-7": "utf-7"}
_MAX_BODY_CHARS = 200_000
_MID_RE = re.compile(r"<([^<>\s]+)>")
_URL_RE = re.compile(r"https?://|www\.", re.IGNORECASE)
_URL_RE = gated(_URL_RE)   # the same matches, fewer start positions tried


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
        return _raw_8bit(value)
    return _decode_encoded_words(value)


def _raw_8bit(value: str) -> str:
    """A header value without encoded words: raw 8-bit bytes decoded (UTF-8, else cp1251)."""
    if value.isascii():
        return value  # what the round trip below gives for plain ASCII
    # Raw 8-bit headers arrive as surrogate-escaped text under compat32.
    try:
        return value.encode("utf-8", "surrogateescape").decode("utf-8")
    except UnicodeDecodeError:
        return value.encode("utf-8", "surrogateescape").decode("cp1251", errors="replace")


@functools.lru_cache(maxsize=4096)
def _decode_encoded_words(value: str) -> str:
    """RFC 2047 encoded words decoded; cached, as threads repeat subjects and names."""
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


def _addresses(values: list[object]) -> list[tuple[str, str]]:
    if all(isinstance(v, str) for v in values):
        return list(_addresses_cached(tuple(values)))
    return _parse_addresses(values)


@functools.lru_cache(maxsize=8192)
def _addresses_cached(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    # A mailbox sees the same few hundred address headers over and over.
    return tuple(_parse_addresses(list(values)))


def _parse_addresses(values: list[object]) -> list[tuple[str, str]]:
    # Addresses are split first and only display names are decoded: an RFC 2047
    # word may hold '<', '"' or ',' (`=?utf-8?B?...?=` for 'Ivan <ivan@bank.ru>'),
    # and decoding before splitting would let it name the sender. Decoding raw 8-bit
    # bytes adds no ASCII, so that may go first.
    raw = [_raw_8bit(v if isinstance(v, str) else str(v)) for v in values if v]
    pairs = plain_address_list(", ".join(raw))  # what getaddresses joins them with
    if pairs is None:
        try:
            pairs = getaddresses(raw)
        except Exception:  # noqa: BLE001 - pathological address lists
            return []
    out = []
    for name, addr in pairs:
        addr = addr.strip().strip("<>").lower()
        if "@" in addr and " " not in addr and len(addr) <= 320:
            if "=?" in name:
                name = _decode_encoded_words(name)
            out.append((name.strip().strip('"'), addr))
    return out


# The address parser of ``email.utils`` walks a header one character at a time in Python;
# most address headers are a plain list of ``addr`` and ``Name <addr>`` items, which one
# regex reads. Anything else (comments, groups, escapes, quoted local parts, folding
# inside an item, routes, stray specials) goes to the stdlib parser.
# Dots anywhere (``s..bradford@enron.com``) are kept as written by the stdlib too.
_ADDR_SPEC = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+"
# A display-name word as ``_parseaddr.getphraselist`` reads it: a quoted string without
# escapes or line ends, or a run of characters that are neither specials (except '.'),
# blanks, line ends nor a backslash. Possessive, so a long name never backtracks.
_PHRASE_WORD = r'"[^"\\\r\n]*"|[^ \t\r\n()<>@,:;"\[\]\\]++'
_ADDRESS_ITEM = re.compile(
    rf"[ \t\r\n]*(?:(?P<bare>{_ADDR_SPEC})"
    rf"|(?P<phrase>(?:[ \t]*+(?:{_PHRASE_WORD}))*+)[ \t\r\n]*<(?P<route>{_ADDR_SPEC})>)?"
    r"[ \t\r\n]*(?:,|\Z)")
_WORD = re.compile(_PHRASE_WORD)


def plain_address_list(field: str) -> list[tuple[str, str]] | None:
    """``getaddresses([field])`` for a plain list of addresses; None when it is not plain.

    Items that hold no address (empty ones between commas) are left out: the stdlib
    gives ``('', '')`` for them, which the caller drops anyway.
    """
    out: list[tuple[str, str]] = []
    pos, end = 0, len(field)
    match = _ADDRESS_ITEM.match
    while pos < end:
        item = match(field, pos)
        if item is None or item.end() == pos:
            return None
        pos = item.end()
        bare, route = item.group("bare", "route")
        if bare is not None:
            out.append(("", bare))
        elif route is not None:
            words = [w[1:-1] if w[0] == '"' else w for w in _WORD.findall(item["phrase"])]
            out.append((" ".join(words), route))
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
    return _pick_body(part for part in msg.walk() if not part.is_multipart())


def _pick_body(leaves: Iterable[EmailMessage]) -> tuple[str, str, bool, list[str], list[bytes]]:
    """The body text, attachment names and calendar parts from the leaf parts, in walk order.

    The first text/html part is decoded only when it is used: when there is no
    text/plain part with text in it (most mail sends both, and the HTML is the
    larger of the two).
    """
    plain: str | None = None
    html: EmailMessage | None = None
    attachments: list[str] = []
    calendars: list[bytes] = []
    for part in leaves:
        ctype = part.get_content_type()
        raw_disposition = part.get("Content-Disposition")
        disposition = (raw_disposition or "").lower()
        filename = part.get_filename() if raw_disposition is not None or _may_be_named(part) \
            else None
        if ctype == "text/calendar":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                calendars.append(payload)
            continue
        if filename or "attachment" in disposition:
            attachments.append(decode_header_value(filename) if filename else ctype)
            continue
        if ctype == "text/html":
            # A leaf's decoded payload is always bytes (compat32), so this part is the one used.
            if html is None:
                html = part
            continue
        if ctype != "text/plain" or plain is not None:
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            plain = _part_text(part, payload)
    if plain is not None and plain.strip():
        if html is not None:
            # answers typed inside the quote in colour or bold are lost in the text part:
            # read the HTML part when the text announces answers there
            from indexer.newtext import announces_answers, text_with_html_answers

            if announces_answers(plain):
                payload = html.get_payload(decode=True)
                rich = text_with_html_answers(plain, _part_text(html, payload)) \
                    if isinstance(payload, bytes) else None
                if rich is not None:
                    return rich, "html", bool(attachments), attachments, calendars
        return plain, "text", bool(attachments), attachments, calendars
    if html is not None:
        from indexer.newtext import announces_answers, html_to_text, text_with_html_answers

        payload = html.get_payload(decode=True)
        if isinstance(payload, bytes):
            html_text = _part_text(html, payload)
            text = html_to_text(html_text)
            if announces_answers(text):
                text = text_with_html_answers(text, html_text) or text
            return text, "html", bool(attachments), attachments, calendars
    return plain or "", "text", bool(attachments), attachments, calendars


def _part_text(part: EmailMessage, payload: bytes) -> str:
    """A text part's decoded payload as text, in its declared charset (see decode_bytes)."""
    limit = _MAX_BODY_CHARS * 4
    if len(payload) > limit:
        # Cut where no UTF-8 character is split, or the whole part would fail UTF-8
        # and be read as windows-1251; a single-byte charset loses at most 3 bytes.
        cut = limit
        while cut > limit - 3 and payload[cut] & 0xC0 == 0x80:
            cut -= 1
        payload = payload[:cut]
    return decode_bytes(payload, part.get_content_charset())


def _may_be_named(part: EmailMessage) -> bool:
    """Whether ``get_filename`` could find a ``name`` in Content-Type (the usual answer is no).

    Without Content-Disposition, ``get_filename`` falls back to Content-Type's
    ``name`` parameter; a header whose text never says "name" has none, and
    parsing its parameters to learn that is a good part of a part's cost.
    """
    ctype = part.get("Content-Type")
    return ctype is not None and (not isinstance(ctype, str) or "name" in ctype.lower())


# -- fast path ---------------------------------------------------------------------------
# The email feed parser reads every line of every part in Python, attachments included;
# that is most of the parse time. The fast path splits MIME structure with bytes
# searches, hands only header blocks to the feed parser, and never touches attachment
# bodies. Whenever a message is not plainly well-formed (bare CR line ends, a missing
# closing boundary, message/* or digest parts, no header/body separator) it returns
# None and the full parser runs, so odd mail is handled exactly as before.

_MAX_DEPTH = 8
# One header field: its name, and its value with the continuation lines (without the final "\n").
_FIELD = re.compile(r"([\041-\071\073-\176]+):([^\n]*(?:\n[ \t][^\n]*)*)\n")
# A block of nothing but header fields.
_FIELDS = re.compile(r"(?:[\041-\071\073-\176]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*")
_DECODED_TYPES = frozenset({"text/plain", "text/html", "text/calendar"})


def _split_head(raw: bytes, has_cr: bool = True) -> tuple[bytes, bytes] | None:
    """(header block, body) split at the first empty line; None when there is none.

    ``has_cr=False`` says the bytes hold no CR (no CRLF empty line to look for).
    """
    if raw.startswith(b"\n"):
        return b"", raw[1:]
    if raw.startswith(b"\r\n"):
        return b"", raw[2:]
    if has_cr:
        crlf = raw.find(b"\r\n\r\n")
        # only an LF empty line before the CRLF one matters
        lf = raw.find(b"\n\n", 0, len(raw) if crlf == -1 else crlf + 1)
    else:
        crlf = -1
        lf = raw.find(b"\n\n")
    if crlf != -1 and (lf == -1 or crlf < lf):
        return raw[:crlf + 2], raw[crlf + 4:]
    if lf == -1:
        return None
    return raw[:lf + 1], raw[lf + 2:]


def _headers(block: bytes) -> EmailMessage | None:
    """The header block as the feed parser would store it; None when it is not plainly headers.

    Lines are unfolded and split exactly as ``FeedParser._parse_headers`` does
    with compat32 (``Compat32.header_source_parse``: the name up to the first
    ':', the value with its continuation lines as stored, leading blanks and the
    final line end removed); anything it would flag (an envelope ``From`` line,
    a first line that is a continuation, a line that is not a header) returns
    None. One regex checks the block, another splits its fields.
    """
    text = block.decode("ascii", "surrogateescape")
    if text and not text.endswith("\n"):
        text += "\n"  # the feed parser ends every line with one
    if _FIELDS.fullmatch(text) is None:
        return None  # a line that is neither a header nor a continuation
    msg = _HeaderBlock(policy=_POLICY)
    msg.store_headers(_FIELD.findall(text), ascii_only=block.isascii())
    return msg


class _HeaderBlock(EmailMessage):
    """A header block that looks headers up by name instead of scanning them.

    ``Message.get`` lowercases every header name on every lookup, and a part's
    content type is looked up five or six times while its body is picked. The
    fast path never changes headers after :func:`_headers` stored them, so an
    index of the first value per name gives the same answers.
    """

    _index: dict[str, tuple[str, Any]]
    #: every value per lower-cased name, in order (what ``get_all`` gives for an ASCII block)
    fields: dict[str, list[Any]]
    _content_type: str | None = None
    _ascii = False

    def store_headers(self, pairs: list[tuple[str, str]], ascii_only: bool) -> None:
        """Store (name, raw value) pairs with ``set_raw``, after
        ``Compat32.header_source_parse`` (leading blanks and the final line end
        removed), and index them; ``ascii_only``: the block had no 8-bit bytes."""
        set_raw = self.set_raw
        index: dict[str, tuple[str, Any]] = {}
        fields: dict[str, list[Any]] = {}
        for name, raw in pairs:
            value = raw.lstrip(" \t").rstrip("\r\n")
            set_raw(name, value)
            key = name.lower()
            found = fields.get(key)
            if found is None:
                fields[key] = [value]
                index[key] = (name, value)
            else:
                found.append(value)
        self._index = index
        self.fields = fields
        # compat32 returns a value unchanged unless it carries surrogate-escaped
        # 8-bit bytes, which an ASCII block cannot.
        self._ascii = ascii_only

    def get(self, name: str, failobj: Any = None) -> Any:
        found = self._index.get(name.lower())
        if found is None:
            return failobj
        return found[1] if self._ascii else self.policy.header_fetch_parse(*found)

    def items(self) -> list[tuple[str, Any]]:
        return list(self.raw_items()) if self._ascii else super().items()

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._index

    def get_content_type(self) -> str:
        if self._content_type is None:
            self._content_type = super().get_content_type()
        return self._content_type

    # ``Message._get_params_preserve`` is what get_param/get_params/get_boundary/
    # get_filename read parameters through; the stubs do not declare it.
    def _get_params_preserve(self, failobj: Any, header: str) -> Any:
        """Parameters of a header (charset, boundary, filename), cached by the header's text.

        The same ``text/plain; charset="utf-8"`` comes back in part after part;
        the parameter parser is pure Python and a good share of a part's cost.
        """
        found = self._index.get(header.lower())
        if found is None or not self._ascii:
            return super()._get_params_preserve(failobj, header)  # type: ignore[misc]
        value = found[1]
        params = _PARAMS.get(value)
        if params is None:
            params = tuple(super()._get_params_preserve(failobj, header))  # type: ignore[misc]
            if "boundary" not in value.lower():  # boundaries are unique: not worth keeping
                if len(_PARAMS) >= 2048:
                    _PARAMS.clear()
                _PARAMS[value] = params
        return list(params)


_PARAMS: dict[str, tuple[tuple[str, Any], ...]] = {}


def _leaves(head: EmailMessage, body: bytes, depth: int, out: list[EmailMessage],
            has_cr: bool = True) -> bool:
    """Append the leaf parts under ``head`` in walk order; False when the full parser must run.

    ``has_cr=False`` says the message holds no CR at all.
    """
    maintype = head.get_content_maintype()
    if maintype == "message" or depth > _MAX_DEPTH:
        return False
    if maintype != "multipart":
        if head.get_content_type() in _DECODED_TYPES:  # other bodies are never read
            head.set_payload(body.decode("ascii", "surrogateescape"))
        out.append(head)
        return True
    if head.get_content_subtype() == "digest":
        return False
    if head.get("content-transfer-encoding", "8bit").lower() not in ("7bit", "8bit", "binary"):
        return False  # the feed parser records a defect for this; let it
    boundary = head.get_boundary()
    if not boundary:
        return False
    try:
        marker = boundary.encode("ascii")
    except UnicodeEncodeError:
        return False
    start = None
    for begin, end, closing in _delimiters(body, b"--" + marker):
        if start is not None:
            part = body[start:begin]
            # The line end before a delimiter belongs to the delimiter.
            if part.endswith(b"\r\n"):
                part = part[:-2]
            elif part.endswith(b"\n"):
                part = part[:-1]
            split = _split_head(part, has_cr)
            if split is None:
                return False
            sub = _headers(split[0])
            if sub is None or not _leaves(sub, split[1], depth + 1, out, has_cr):
                return False
        if closing:
            return start is not None
        start = end
    return False  # no closing delimiter


def _delimiters(body: bytes, needle: bytes) -> Iterable[tuple[int, int, bool]]:
    """(start, end, closing) of each MIME delimiter line: ``--boundary[--][ \\t]*`` + line end."""
    size = len(body)
    pos = body.find(needle)
    while pos != -1:
        if pos == 0 or body[pos - 1] == 0x0A:
            cursor = pos + len(needle)
            closing = body.startswith(b"--", cursor)
            if closing:
                cursor += 2
            while cursor < size and body[cursor] in (0x20, 0x09):
                cursor += 1
            if cursor == size:
                yield pos, size, closing
            elif body[cursor] == 0x0A:
                yield pos, cursor + 1, closing
            elif body.startswith(b"\r\n", cursor):
                yield pos, cursor + 2, closing
        pos = body.find(needle, pos + 1)


def _fast_parse(raw: bytes) -> tuple[EmailMessage, tuple[str, str, bool, list[str], list[bytes]]
                                     ] | None:
    """(headers, picked body) without the feed parser walking the body; None to fall back."""
    has_cr = b"\r" in raw
    if raw.startswith(b"From ") or (has_cr and raw.count(b"\r") != raw.count(b"\r\n")):
        return None
    split = _split_head(raw, has_cr)
    if split is None:
        return None
    try:
        head = _headers(split[0])
        if head is None:
            return None
        leaves: list[EmailMessage] = []
        if not _leaves(head, split[1], 0, leaves, has_cr):
            return None
        body = _pick_body(leaves)
    except Exception:  # noqa: BLE001 - whatever the fast path trips on, the full parser decides
        return None
    # The head keeps its headers only; compat32 accepts None as "no payload".
    head.set_payload(None)  # type: ignore[call-overload]
    return head, body


def synthetic_message_id(raw: bytes) -> str:
    """A stable id for a message that has no Message-ID header."""
    return "sha1-" + hashlib.sha1(raw).hexdigest() + "@dealtrail.invalid"


def parse_message(raw: bytes, remote_id: str = "", flags: tuple[str, ...] = (),
                  received_at: datetime | None = None, *, fast_path: bool = True) -> Message:
    """Parse one message; raises ParseError only when nothing usable can be read.

    ``fast_path=False`` forces the full ``email`` feed parser (the reference the
    fast path is tested against); the result is the same either way.
    """
    if not raw or not raw.strip():
        raise ParseError(f"message {remote_id or '?'} is empty")
    fast = _fast_parse(raw) if fast_path else None
    if fast is not None:
        msg, body = fast
        defects = [type(d).__name__ for d in getattr(msg, "defects", [])]
    else:
        try:
            msg = email.message_from_bytes(raw, policy=_POLICY)
        except Exception as exc:
            raise ParseError(f"message {remote_id or '?'}: cannot parse MIME: {exc}") from exc
        defects = [type(d).__name__ for d in getattr(msg, "defects", [])]
        try:
            body = _walk_body(msg)
        except Exception as exc:  # noqa: BLE001 - broken nested MIME: keep headers, note defect
            body = "", "text", False, [], []
            defects.append(f"body: {type(exc).__name__}")
    text, body_format, has_attachment, attachments, calendars = body
    # One pass over the headers instead of a scan per lookup; values are what
    # Message.get/get_all return (compat32 fetch: raw 8-bit text becomes a Header).
    # The fast path's ASCII header block has them ready.
    fields: dict[str, list[Any]]
    if isinstance(msg, _HeaderBlock) and msg._ascii:
        fields = msg.fields
    else:
        fields = {}
        for name, value in msg.items():
            fields.setdefault(name.lower(), []).append(value)

    def first(name: str) -> Any:
        found = fields.get(name)
        return found[0] if found else None

    sent_at, offset = parse_date(first("date"))
    if sent_at is None:
        defects.append("InvalidDate")
        sent_at = received_at or datetime(1970, 1, 1, tzinfo=UTC)
    senders = _addresses(fields.get("from", []))
    from_name, from_addr = senders[0] if senders else ("", "")
    message_ids = _message_ids(first("message-id"))
    headers = {}
    for name in _WANTED_HEADERS:
        value = first(name)
        if value is not None:
            headers[name] = decode_header_value(value)
    if len(text) > _MAX_BODY_CHARS:
        text = text[:_MAX_BODY_CHARS]
    return Message(
        remote_id=remote_id,
        message_id=message_ids[0] if message_ids else synthetic_message_id(raw),
        subject=decode_header_value(first("subject"))[:1000],
        from_addr=from_addr,
        from_name=from_name,
        to=tuple(a for _, a in _addresses(fields.get("to", []))),
        cc=tuple(a for _, a in _addresses(fields.get("cc", []))),
        bcc=tuple(a for _, a in _addresses(fields.get("bcc", []))),
        reply_to=tuple(a for _, a in _addresses(fields.get("reply-to", []))),
        sent_at=sent_at,
        text=text,
        in_reply_to=(_message_ids(first("in-reply-to")) or (None,))[0],
        references=_message_ids(first("references")),
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
    # every match holds "://" or ends in "ww." (any case): most texts hold neither
    if "://" not in text and not any(tail in text for tail in _WWW_TAILS):
        return False
    return bool(_URL_RE.search(text))


_WWW_TAILS = ("ww.", "wW.", "Ww.", "WW.")
