"""What the intent rules find in one text, read the same way by the tests of promises and
requests: the first promise of an outgoing text, its due day, the requests of an incoming
one."""

from __future__ import annotations

from datetime import date, datetime

from indexer.intent import Intent, detect_intents


def first_promise(text: str, ref: datetime, lang: str | None = None) -> Intent | None:
    """The first promise the rules find in an outgoing ``text`` sent at ``ref``, or None."""
    return next((i for i in detect_intents(text, direction="out", ref_time=ref, lang=lang,
                                           kinds=("promise",)) if i.kind == "promise"), None)


def assert_promise_due(text: str, ref: datetime, due: date, lang: str | None = None) -> None:
    """``text`` holds a promise, due on ``due``."""
    found = first_promise(text, ref, lang)
    assert found is not None, text
    assert found.due is not None and found.due.date() == due, (text, found.due)


def requests_in(text: str, ref: datetime) -> list[str]:
    """The sentences the rules read as requests in an incoming ``text`` sent at ``ref``."""
    return [i.sentence for i in detect_intents(text, direction="in", ref_time=ref)
            if i.kind == "request"]
