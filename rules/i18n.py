"""One-line descriptions of violations in Russian or English.

Violations store a stable English ``summary`` and machine-readable
``evidence``; consumers (digest, pane, dashboard, CLI) call :func:`describe`
to render the line in the reader's language from the evidence, with times in
the manager's time zone (``evidence["tz"]``) unless another zone is given.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from dealtrail import clock

LOCALES = ("ru", "en")

_ACTIONS = {
    "ru": {"send": "отправить", "call": "позвонить", "meet": "встретиться",
           "reply": "ответить", "other": "выполнить"},
    "en": {"send": "send", "call": "call", "meet": "meet", "reply": "reply", "other": "act"},
}
_PERIODS = {"ru": {"month": "месяца", "quarter": "квартала"},
            "en": {"month": "month", "quarter": "quarter"}}


def _hours_ru(n: float) -> str:
    k = int(n)
    if k != n:
        return f"{n:g} рабочих часа"
    if k % 10 == 1 and k % 100 != 11:
        return f"{k} рабочий час"
    if 2 <= k % 10 <= 4 and not 12 <= k % 100 <= 14:
        return f"{k} рабочих часа"
    return f"{k} рабочих часов"


def _days_ru(n: float, word: str = "рабочих") -> str:
    k = int(n)
    one = {"рабочих": "рабочий день", "": "день"}[word]
    few = {"рабочих": "рабочих дня", "": "дня"}[word]
    many = {"рабочих": "рабочих дней", "": "дней"}[word]
    if k % 10 == 1 and k % 100 != 11:
        return f"{k} {one}"
    if 2 <= k % 10 <= 4 and not 12 <= k % 100 <= 14:
        return f"{k} {few}"
    return f"{k} {many}"


def _when(value: str | None, tz: ZoneInfo) -> str:
    if not value:
        return "?"
    if len(value) == 10:
        return date.fromisoformat(value).strftime("%d.%m.%Y")
    return clock.parse_iso(value).astimezone(tz).strftime("%d.%m.%Y %H:%M")


def _broken_promise(e: Mapping[str, Any], loc: str, w: Callable[[str | None], str]) -> str:
    text = (e.get("text") or "").strip()
    act = _ACTIONS[loc].get(e.get("action", "other"), _ACTIONS[loc]["other"])
    late = e.get("fulfilled_at")
    if loc == "ru":
        tail = f"; выполнено с опозданием {w(late)}" if late else ""
        return (f"Обещание клиенту {e.get('client', '')} ({act}) не выполнено к "
                f"{w(e.get('due_at'))}: «{text}»{tail}")
    tail = f"; done late on {w(late)}" if late else ""
    return f"Promise to {e.get('client', '')} ({act}) not kept by {w(e.get('due_at'))}: \"{text}\"{tail}"


def _missed(e: Mapping[str, Any], loc: str, w: Callable[[str | None], str]) -> str:
    day, deal = w(e.get("day")), e.get("deal") or e.get("deal_id")
    late = e.get("contacted_at")
    if loc == "ru":
        tail = f"; контакт состоялся позже, {w(late)}" if late else ""
        return (f"Не было контакта с {e.get('client', '')} в запланированный день {day} "
                f"(сделка {deal}){tail}")
    tail = f"; contacted later, on {w(late)}" if late else ""
    return f"No contact with {e.get('client', '')} on the planned day {day} (deal {deal}){tail}"


def _unanswered(e: Mapping[str, Any], loc: str, w: Callable[[str | None], str]) -> str:
    hours = float(e.get("reply_hours", 8))
    who, subject = e.get("client") or e.get("from", ""), e.get("subject", "")
    late = e.get("replied_at")
    if loc == "ru":
        tail = f"; ответ отправлен {w(late)}" if late else ""
        return (f"Письмо клиента {who} «{subject}» от {w(e.get('asked_at'))} без ответа "
                f"дольше {_hours_ru(hours)}{tail}")
    tail = f"; replied on {w(late)}" if late else ""
    return (f"Mail from {who} \"{subject}\" of {w(e.get('asked_at'))} unanswered for more than "
            f"{hours:g} business hours{tail}")


def _stale(e: Mapping[str, Any], loc: str, w: Callable[[str | None], str]) -> str:
    deal, client = e.get("deal") or e.get("deal_id"), e.get("client", "")
    if e.get("reason") == "no_next_contact":
        if loc == "ru":
            return f"Сделка {deal} с {client}: не назначен следующий контакт"
        return f"Deal {deal} with {client}: no next contact planned"
    days = float(e.get("days", 14))
    if loc == "ru":
        return f"Сделка {deal} с {client}: нет контакта больше {_days_ru(days, '')}"
    return f"Deal {deal} with {client}: no contact for more than {days:g} days"


def _complaint(e: Mapping[str, Any], loc: str, w: Callable[[str | None], str]) -> str:
    client, late = e.get("client", ""), e.get("resolved_at")
    # Violations stored before the deadline counted in hours name their business days.
    hours = float(e["sla_hours"]) if "sla_hours" in e else None
    days = int(e.get("sla_days", 2))
    if loc == "ru":
        tail = f"; закрыта {w(late)}" if late else ""
        span = _hours_ru(hours) if hours is not None else _days_ru(days)
        return f"Жалоба {client} от {w(e.get('opened_at'))} не закрыта за {span}{tail}"
    tail = f"; resolved on {w(late)}" if late else ""
    span = f"{hours:g} business hours" if hours is not None else f"{days} business days"
    return f"Complaint from {client} of {w(e.get('opened_at'))} not resolved within {span}{tail}"


def _meeting(e: Mapping[str, Any], loc: str, w: Callable[[str | None], str]) -> str:
    title, client, start = e.get("title", ""), e.get("client", ""), w(e.get("start_at"))
    late = e.get("followup_at")
    if loc == "ru":
        tail = f"; письмо отправлено позже, {w(late)}" if late else ""
        return f"После встречи с {client} «{title}» {start} нет письма по итогам{tail}"
    tail = f"; sent later, on {w(late)}" if late else ""
    return f"No follow-up email to {client} after the meeting \"{title}\" on {start}{tail}"


def _slipped(e: Mapping[str, Any], loc: str, w: Callable[[str | None], str]) -> str:
    period = _PERIODS[loc].get(e.get("period", "month"), e.get("period", ""))
    deal, client = e.get("deal") or e.get("deal_id"), e.get("client", "")
    if loc == "ru":
        return (f"Сделка {deal} с {client}: закрытие перенесено с {w(e.get('old'))} на "
                f"{w(e.get('new'))}, за пределы {period}")
    return (f"Deal {deal} with {client}: expected close moved from {w(e.get('old'))} to "
            f"{w(e.get('new'))}, out of the {period}")


TEMPLATES: dict[str, Callable[[Mapping[str, Any], str, Callable[[str | None], str]], str]] = {
    "broken_promise": _broken_promise,
    "missed_next_contact": _missed,
    "unanswered": _unanswered,
    "stale_deal": _stale,
    "complaint_sla": _complaint,
    "meeting_followup": _meeting,
    "slipped_deal": _slipped,
}


#: What each built-in rule checks, as people read it (English, Russian).
RULE_NAMES: dict[str, tuple[str, str]] = {
    "broken_promise": ("Broken promise", "Невыполненное обещание"),
    "missed_next_contact": ("Missed next contact", "Пропущенный контакт"),
    "unanswered": ("Unanswered mail", "Письмо без ответа"),
    "stale_deal": ("Stale deal", "Сделка без движения"),
    "complaint_sla": ("Complaint not resolved in time", "Жалоба не закрыта в срок"),
    "meeting_followup": ("No follow-up after a meeting", "Нет письма после встречи"),
    "slipped_deal": ("Close moved out of the period", "Закрытие перенесено за период"),
}


#: What each built-in rule finds, in Russian: the ``description`` of its module, as
#: ``rules list`` shows it on a Russian screen.
RULE_FINDS_RU: dict[str, str] = {
    "broken_promise": "Обещание клиенту прошло срок, а обещанное не сделано.",
    "missed_next_contact": "Запланированный день следующего контакта по сделке прошёл без контакта.",
    "unanswered": "Вопрос клиента остался без ответа дольше допустимых рабочих часов.",
    "stale_deal": "По открытой сделке слишком долго не было контакта или не назначен следующий.",
    "complaint_sla": "Жалоба клиента открыта дольше допустимых рабочих часов.",
    "meeting_followup": "После встречи с клиентом за рабочие дни не ушло ни одного письма.",
    "slipped_deal": "Ожидаемое закрытие сделки перенесено с этого месяца или квартала на следующий.",
}


def rule_finds(rule: Any, locale: str = "en") -> str:
    """What ``rule`` finds, in ``locale``: its own ``description``, in Russian for a built-in
    rule (a third-party rule's stays as it wrote it)."""
    english = str(getattr(rule, "description", ""))
    return RULE_FINDS_RU.get(rule.name, english) if locale == "ru" else english


def rule_name(rule: str, locale: str = "en") -> str:
    """A rule as people read it in ``locale``; a rule without a name (a third-party one) is
    named by its code, in quotes on a Russian screen."""
    names = RULE_NAMES.get(rule)
    if names is not None:
        return names[locale == "ru"]
    return f"правило «{rule}»" if locale == "ru" else rule


def describe(violation: Mapping[str, Any], locale: str = "en", tz: str | None = None) -> str:
    """A one-line description of a ``violations`` row in ``locale`` (``ru`` or ``en``).

    Built from the stored evidence at render time. Rules without a template (third-party
    ones) and rows written without evidence keep their stored English summary on English
    screens; on Russian ones they are named by the rule and, when the row has them, the
    client and the deadline.
    """
    loc = locale if locale in LOCALES else "en"
    evidence = violation.get("evidence") or {}
    if isinstance(evidence, str):
        evidence = json.loads(evidence or "{}")
    zone = ZoneInfo(tz or evidence.get("tz") or "UTC")
    template = TEMPLATES.get(str(violation.get("rule", "")))
    if template is None or not evidence:
        if loc == "en":
            return str(violation.get("summary", ""))
        line = "Нарушение: " + rule_name(str(violation.get("rule", "")), "ru")
        if violation.get("client"):
            line += f", клиент {violation['client']}"
        if violation.get("due_at"):
            line += f", срок {_when(str(violation['due_at']), zone)}"
        return line
    return template(evidence, loc, lambda value: _when(value, zone))
