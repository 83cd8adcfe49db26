"""Whether each of a client's commitments is kept, broken or still open.

The negotiation step (:mod:`indexer.negotiations`) calls :func:`settle_commitments` for
each deal with the client's messages, signals, meetings and booked sales; what a
commitment is about (an invitation, a visit, a signature, a payment, documents) says
which of them keeps it.
"""

from __future__ import annotations

import bisect
import re
from datetime import datetime, timedelta
from typing import Any

import sqlite_utils

from dealtrail import clock
from indexer.agreed import things

_SENDS = re.compile(r"пришл|направ|отправ|вышл|предостав|документ|реквизит|\bsend|"
                    r"\bdocument|\bforward|\bshare", re.UNICODE)
#: What a client's commitment is about, which says what keeps it (``settle_commitments``):
#: an invitation is kept once the meeting is in the calendar, a meeting or visit once it was
#: held, a signature by the signing itself (a "won" signal), not by any later letter.
_INVITES = re.compile(r"приглашени|\binvit", re.UNICODE)
# A link to a video meeting is its invitation («презентация по видеосвязи, ссылку пришлю»,
# "I'll send the Zoom link"); a link to a document is not.
_LINK = re.compile(r"ссылк|\blink\b", re.UNICODE)
_VIDEO = re.compile(r"видео|zoom|зум|teams|тимс|телемост|webex|skype|скайп|google\s+meet|"
                    r"\bvideo|созвон|конференц|вебинар|webinar|\bcall\b", re.UNICODE)


# An invitation already sent is told, not promised ("invitation sent", «приглашение отправил»).
_INVITE_SENT = re.compile(r"(?:приглашени\w*|\binvit\w*|ссылк\w*|\blink)\s+(?:уже\s+|already\s+)?"
                          r"(?:sent|отправ(?:ил|лен)\w*|выслал\w*|выслан\w*|направил\w*|направлен\w*)|"
                          r"(?:\bsent|отправил\w*|выслал\w*|направил\w*)\s+(?:вам\s+|you\s+)?"
                          r"(?:the\s+|an\s+|a\s+)?(?:приглашени|\binvit|ссылк|\blink)", re.UNICODE)


def invites(low: str) -> bool:
    """Whether a lowercased sentence promises an invitation to a meeting (a calendar one,
    or the link to a video meeting): the meeting in the calendar keeps it, on either side
    (here for the client's commitments, in ``rules.broken_promise`` for the manager's)."""
    return bool((_INVITES.search(low) or (_LINK.search(low) and _VIDEO.search(low)))
                and not _INVITE_SENT.search(low))

#: A meeting with the manager, not one the client holds with others ("after we meet our
#: board, we will revert" is kept by the client's letter).
_MEETS = re.compile(r"пропуск|приед|приезж|заед|(?<![а-яё])визит|встречу\b|встретим|\bmeet\s+(?:you|with\s+you)|"
                    r"\bsee\s+you|\bvisit\b|\bcome\s+(?:to\s+you|over|by)|"
                    r"\bbook\s+a\s+(?:meeting\s+)?room", re.UNICODE)
# Bringing something is a visit: «привезу подписанный договор во вторник», "I will bring
# the signed contract on Tuesday" is kept by the meeting held, not by the signing.
_BRINGS = re.compile(r"(?<!\w)(?:(?:при|за)вез(?:у|ём|ем)|(?:при|за)нес(?:у|ём|ем)|"
                     r"(?:при|за)хвач(?:у|ем|им)|возьм(?:у|ём|ем)\s+с\s+собой)(?!\w)|"
                     r"\b(?:i|we)\s*(?:'ll|’ll|\s+will)\s+(?:bring|drop\s+off|hand\s+over)\b",
                     re.UNICODE)
# The signing promised, not told as a habit or a state («он всё подписывает сам», "he still
# signs everything", «договор подписан»): those leave the act the sentence promises to decide.
_SIGNS = re.compile(r"подпиш|подписать|подписыва(?!ет\b|ют\b)|подписани|\bsign(?!s\b|ed\b)",
                    re.UNICODE)
_PAYS = re.compile(r"оплат|аванс|предоплат|перевед|перечисл|плат[её]ж|\bpay|\bpaid|\bprepay|"
                   r"\bremit|\bwire", re.UNICODE)


# A thing handed over by courier, by hand or by post («оригиналы передадим курьером», "the
# original will be couriered on Monday", «пришлём почтой»): it leaves no letter of the
# client's; our letter in the same conversation saying it has come (a ``receipt`` signal)
# keeps it when it names the thing («оригиналы получили», "the original arrived"): «анкету
# получили» is of another thing, and a bare «получила, спасибо» answers the letter itself.
_DELIVERS = re.compile(r"курьер|нарочн|почтой|оригинал|\bcourier|\boriginal|\bhard\s+cop|"
                       r"\bby\s+(?:post|mail)\b|\bfedex|\bovernight|\bhand[\s-]+deliver",
                       re.UNICODE)
#: An acknowledgement follows the arrival: a receipt sent by the end of the day after the
#: deadline says the thing came by it («получили, спасибо» the next morning).
_RECEIPT_LAG = timedelta(days=1)


def brings(low: str) -> bool:
    """Whether a lowercased sentence promises to bring something to a meeting (a visit)."""
    return bool(_BRINGS.search(low))


def _came_between(times: list[str], after: str, until: str) -> bool:
    """Whether one of the sorted ``times`` is after ``after`` and no later than ``until``."""
    first = bisect.bisect_right(times, after)
    return first < len(times) and times[first] <= until


def settle_commitments(db: sqlite_utils.Database, deal_id: int, messages: list[tuple],
                       signals: list[dict[str, Any]], meetings: list[str], booked: list[str],
                       now: datetime) -> None:
    """A client's commitment is kept by the act it names, broken when its deadline passed.

    An invitation ("я пришлю приглашение") is kept once a meeting with the client is in
    the calendar; a meeting or visit ("пропуск закажу") by a meeting or call held by the
    deadline; a signature by a "won" signal (the contract signed) by the deadline; a
    payment by a sale booked for the client from the commitment's day to the deadline
    (the accounting system's record, imported with the sales); a thing handed over by
    courier or by hand by our letter in its conversation saying it has come (a ``receipt``
    signal) sent by the
    day after the deadline; documents by a client's message with an attachment; anything
    else by the client's next message before the deadline. ``meetings`` are the start times of the pair's meetings and calls, planned
    or held; ``booked`` the days of the client's booked sales (YYYY-MM-DD). Without a
    deadline an invitation, a meeting, a signature, a payment, a thing handed over or
    documents can still be seen kept (by now); anything else stays open.
    """
    # The client's letters by time, and those with a file: each commitment asks whether one
    # came in its window (a bisection: a long negotiation has thousands of letters).
    heard = sorted(m[4] for m in messages if m[3] == "in")
    files = sorted(m[4] for m in messages if m[3] == "in" and m[6])
    signed = [s["at"] for s in signals if s["kind"] == "won"]
    # Our letters saying a thing has come, by conversation; the things each names are read
    # only for a conversation holding a commitment to hand a thing over (most hold none).
    receipts: dict[Any, list[dict[str, Any]]] = {}
    for s in signals:
        if s["kind"] == "receipt":
            receipts.setdefault(s.get("thread_id"), []).append(s)
    named_by: dict[int, set[str]] = {}
    stamp = clock.iso(now)
    for s in signals:
        if s["kind"] != "commitment":
            continue
        low = s["text"].lower()
        until = min(s["due_at"] or stamp, stamp)
        came: list[str] = []
        if _DELIVERS.search(low) and receipts.get(s.get("thread_id")):
            mine = things(s["text"])
            for r in receipts[s.get("thread_id")]:
                if id(r) not in named_by:
                    named_by[id(r)] = things(r["text"])
                if mine & named_by[id(r)]:
                    came.append(r["at"])
            came.sort()
        if came and _came_between(came, s["at"], min(
                clock.iso(clock.parse_iso(s["due_at"]) + _RECEIPT_LAG) if s["due_at"] else stamp,
                stamp)):
            kept = True
        elif invites(low):
            kept = any(at > s["at"] for at in meetings)
        elif _BRINGS.search(low):
            kept = any(s["at"] < at <= until for at in meetings)
        elif _SIGNS.search(low) and not _SENDS.search(low):
            # "пришлём подписанный экземпляр" is a sending, kept as documents are
            kept = any(s["at"] < at <= until for at in signed)
        elif _MEETS.search(low):
            kept = any(s["at"] < at <= until for at in meetings)
        elif _PAYS.search(low) and any(s["at"][:10] <= day <= until[:10] for day in booked):
            kept = True
        elif s["due_at"]:
            kept = _came_between(files if _SENDS.search(low) else heard, s["at"], s["due_at"])
        elif _SENDS.search(low):
            kept = _came_between(files, s["at"], stamp)
        else:
            kept = False
        status = ("kept" if kept else "broken" if s["due_at"] and s["due_at"] < stamp
                  else "open")
        if (status, deal_id) != (s["status"], s["deal_id"]):
            db.conn.execute("UPDATE deal_signals SET status = ?, deal_id = ? WHERE id = ?",
                            (status, deal_id, s["id"]))
