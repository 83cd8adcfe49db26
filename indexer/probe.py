"""`dealtrail probe ...`: run one inference function over JSON lines, for checks and audits.

Each command reads JSON objects, one per line, on stdin and writes one JSON
line per input line, in the same order. A line that cannot be handled gives
``{"error": "..."}`` on its line; the run never stops.
"""

from __future__ import annotations

import email
import email.policy
import json
import logging
import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any

import click

from dealtrail import clock
from indexer.complaint import detect_complaint
from indexer.dates import resolve
from indexer.intent import detect_intents
from indexer.newtext import new_text

log = logging.getLogger(__name__)

probe = click.Group("probe", help="""Run inference on JSON lines from stdin (one answer per line).

    Example: echo '{"text": "We will send the contract by Friday", "direction": "out"}'
    | dealtrail probe intent
    """)


def _ref(obj: dict, required: bool) -> datetime:
    raw = obj.get("ref_time")
    if not raw:
        if required:
            raise ValueError("ref_time is missing; give an ISO datetime with offset")
        return clock.now()     # the one clock: DEALTRAIL_NOW and clock.freeze count here too
    ref = datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
    if ref.tzinfo is None:
        raise ValueError(f"ref_time {raw!r} has no UTC offset; add one, e.g. +03:00")
    return ref


def _text(obj: dict) -> str:
    text = obj.get("text")
    if not isinstance(text, str):
        raise ValueError("text is missing or not a string")
    return text


def _lines(handler: Callable[[dict], dict[str, Any]]) -> None:
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            out.write(json.dumps({"error": "empty line"}) + "\n")
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("each line must be a JSON object")
            res = handler(obj)
        except Exception as exc:  # one bad line must not stop the run
            log.debug("probe line failed", exc_info=True)
            res = {"error": f"{type(exc).__name__}: {exc}"}
        out.write(json.dumps(res, ensure_ascii=False) + "\n")
        out.flush()


def _dates(obj: dict) -> dict[str, Any]:
    rd = resolve(_text(obj), _ref(obj, True), obj.get("lang"))
    if rd is None:
        return {"value": None, "grain": None}
    return {"value": rd.value.isoformat(), "grain": rd.grain}


def eml_body(raw: str | bytes) -> tuple[str, str]:
    """(body, "text" | "html") of an RFC 822 message: text/plain, else the HTML part."""
    data = raw.encode("utf-8", errors="surrogateescape") if isinstance(raw, str) else raw
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for subtype, fmt in (("plain", "text"), ("html", "html")):
        for part in msg.walk():
            if part.get_content_type() != f"text/{subtype}" or part.is_attachment():
                continue
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes):
                payload = b""
            charset = part.get_content_charset() or "utf-8"
            try:
                return payload.decode(charset, errors="replace"), fmt
            except LookupError:
                return payload.decode("utf-8", errors="replace"), fmt
    return "", "text"


def _newtext(obj: dict) -> dict[str, Any]:
    fmt = obj.get("format", "text")
    text = _text(obj)
    if fmt == "eml":
        text, fmt = eml_body(text)
    elif fmt not in ("text", "html"):
        raise ValueError(f"format {fmt!r} is not one of text, html, eml")
    return {"new_text": new_text(text, fmt)}


def _intent(obj: dict) -> dict[str, Any]:
    direction = obj.get("direction") or "in"
    if direction not in ("in", "out"):
        raise ValueError(f"direction {direction!r} is not in or out")
    intents = detect_intents(_text(obj), direction=direction, ref_time=_ref(obj, False),
                             lang=obj.get("lang"))
    promises = [i for i in intents if i.kind == "promise"]
    requests = [i for i in intents if i.kind == "request"]
    mine = promises if direction == "out" else requests
    due = next((i.due for i in mine if i.due), None) or next(
        (i.due for i in intents if i.due), None)
    return {"request": bool(requests), "promise": bool(promises),
            "due": due.isoformat() if due else None}


def _complaint(obj: dict) -> dict[str, Any]:
    return {"complaint": detect_complaint(_text(obj), obj.get("lang")) is not None}


@probe.command("dates")
def dates_cmd() -> None:
    """Resolve the main date expression of each line's text.

    Example: echo '{"text": "до пятницы", "ref_time": "2026-03-11T10:00:00+03:00", "lang": "ru"}'
    | dealtrail probe dates
    """
    _lines(_dates)


@probe.command("newtext")
def newtext_cmd() -> None:
    """Strip quotes and signature from each line's text (format text, html or eml).

    Example: echo '{"text": "Ok\\n\\n> old", "format": "text"}' | dealtrail probe newtext
    """
    _lines(_newtext)


@probe.command("intent")
def intent_cmd() -> None:
    """Detect requests and promises, with the due date, in each line's text.

    Example: echo '{"text": "I will send it by Friday", "direction": "out",
    "ref_time": "2026-04-14T09:30:00+01:00"}' | dealtrail probe intent
    """
    _lines(_intent)


@probe.command("complaint")
def complaint_cmd() -> None:
    """Detect a complaint in each line's text.

    Example: echo '{"text": "This is unacceptable.", "lang": "en"}' | dealtrail probe complaint
    """
    _lines(_complaint)
