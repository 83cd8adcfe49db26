"""Words and number formats of the digest emails, in Russian and English.

A small catalogue rather than gettext: the digest has a few dozen strings, and
keeping both languages side by side makes a missing translation obvious in
review. A key missing from the catalogue raises ``KeyError`` at render time
(the digest job fails loudly rather than sending a blank line). Numbers, money
and dates are formatted with Babel for the recipient's locale.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime, format_time
from babel.numbers import (
    format_currency,
    format_decimal,
    format_percent,
    get_currency_precision,
)

from dealtrail.messages_work import LISTS

LOCALES = ("ru", "en")

# key -> (English, Russian). Placeholders use str.format names.
CATALOGUE: dict[str, tuple[str, str]] = {
    "subject_head_daily": ("{company}: team digest for {date}", "{company}: сводка по команде на {date}"),
    "subject_manager_daily": ("{company}: your day, {date}", "{company}: ваш день, {date}"),
    "subject_weekly": ("{company}: weekly summary, {period}", "{company}: итоги недели, {period}"),
    "greeting": ("Good morning, {name}.", "Доброе утро, {name}."),
    "reply_hint": (
        "Reply to this email with tags to update an item, e.g. \"D-142 #stage proposal #next friday\".",
        "Ответьте на это письмо тегами, чтобы обновить пункт, например: «D-142 #stage proposal #next пятница».",
    ),
    "plan_title": ("Plan for {period}", "План на {period}"),
    "plan_by_manager": ("By manager", "По менеджерам"),
    "plan_by_product": ("By product", "По продуктам"),
    "col_manager": ("Manager", "Менеджер"),
    "col_product": ("Product", "Продукт"),
    "col_plan": ("Plan", "План"),
    "col_fact": ("Done", "Факт"),
    "col_done": ("Done, %", "Выполнено"),
    "col_forecast": ("Run-rate forecast", "Прогноз по темпу"),
    "col_client": ("Client", "Клиент"),
    "col_stage": ("Stage", "Стадия"),
    "col_next": ("Next contact", "Следующий контакт"),
    "col_why": ("Why", "Причина"),
    "col_open_deals": ("Open deals", "Открытые сделки"),
    "col_unanswered": ("Unanswered", "Без ответа"),
    "col_contacts_7d": ("Contacts, 7 days", "Контакты за 7 дней"),
    "col_overdue": ("Overdue contacts", "Просрочено контактов"),
    "data_as_of": ("Data as of {when}", "Данные на {when}"),
    "data_never": ("No data indexed yet", "Данные ещё не загружались"),
    "col_sales": ("Sales", "Продажи"),
    "total": ("Total", "Итого"),
    "forecast_line": (
        "Run-rate forecast: at the current pace the period ends at {amount} ({pct} of plan).",
        "Прогноз по темпу: при текущем темпе период закончится на {amount} ({pct} плана).",
    ),
    "no_plan": ("No plan is loaded for this period.", "План на этот период не загружен."),
    "attention_title": ("Negotiations that need attention today", "Переговоры, требующие внимания сегодня"),
    "why_overdue": ("next contact overdue since {date}", "следующий контакт просрочен с {date}"),
    "why_today": ("next contact today", "следующий контакт сегодня"),
    "why_no_next": ("no next contact set", "следующий контакт не назначен"),
    "agreed_manager": ("we", "мы"),
    "agreed_client": ("client", "клиент"),
    "agreed_due": ("by", "до"),
    "agreed_status_open": ("open", "в силе"),
    "agreed_status_kept": ("kept", "выполнено"),
    "agreed_status_kept_late": ("kept late", "выполнено с опозданием"),
    "agreed_status_broken": ("broken", "нарушено"),
    "agreed_status_cancelled": ("cancelled", "отменено"),
    "workload_title": ("Workload", "Загрузка"),
    "violations_title": ("New violations", "Новые нарушения"),
    "complaints_title": ("New complaints", "Новые жалобы"),
    "fixed_title": ("Fixed since yesterday", "Исправлено со вчерашнего дня"),
    "fixed_violation": ("{code} {summary}: resolved", "{code} {summary}: закрыто"),
    "fixed_complaint": ("{code} complaint from {client}: resolved", "{code} жалоба клиента {client}: решена"),
    "nothing": ("Nothing.", "Нет."),
    "contacts_title": ("Your contacts today", "Ваши контакты сегодня"),
    "meeting_at": ("{time} {summary}", "{time} {summary}"),
    "promises_title": ("Promises due", "Сроки по обещаниям"),
    "due": ("due {date}", "срок {date}"),
    "overdue": ("overdue", "просрочено"),
    "unanswered_title": ("Client mail waiting for your reply", "Письма клиентов без вашего ответа"),
    "waiting_since": ("waiting since {date}", "ждёт с {date}"),
    "own_plan_title": ("Your plan for {period}", "Ваш план на {period}"),
    "own_violations_title": ("Your open violations", "Ваши открытые нарушения"),
    "week_sales_title": ("Sales this week", "Продажи за неделю"),
    "week_violations": ("Violations this week: {opened} new, {closed} closed.",
                        "Нарушения за неделю: {opened} новых, {closed} закрыто."),
    "week_complaints": ("Complaints this week: {count}.", "Жалобы за неделю: {count}."),
    "week_contacts": ("Client contacts this week: {count}.", "Контакты с клиентами за неделю: {count}."),
    "footer": (
        ("This digest is generated by dealtrail from your mail and calendar. "
        "To stop receiving it, ask your administrator."),
        ("Сводка составлена dealtrail по вашей почте и календарю. "
        "Чтобы отказаться от рассылки, обратитесь к администратору."),
    ),
}

# The sections that mirror the dashboard's board, sales, motivation and trends panels.
PANELS: dict[str, tuple[str, str]] = {
    "closed_title": ("Won and lost this month", "Выиграно и проиграно за месяц"),
    # "Deals won: N" reads right for any N in both languages ("1 сделок" did not).
    "closed_won": ("Deals won: {count}, {amount}", "Выиграно сделок: {count}, на {amount}"),
    "closed_lost": ("Deals lost: {count}, {amount}", "Проиграно сделок: {count}, на {amount}"),
    "closed_won_one": ("won", "выиграна"),
    "closed_lost_one": ("lost", "проиграна"),
    "trends_title": ("Trends, {year}", "Динамика, {year}"),
    "trend_months": ("Plan done by month", "Выполнение плана по месяцам"),
    "trend_violations": ("Violations per week", "Нарушения по неделям"),
    "trend_weeks": ("weeks from {since}", "недели с {since}"),
    "trend_total": ("{total} this year", "{total} за год"),
}
CATALOGUE.update(PANELS)
# A violation's severity in the words the terminal's tables use (one list for both).
CATALOGUE.update({f"severity_{code}": LISTS[f"code_severity_{code}"]
                  for code in ("low", "medium", "high")})

#: Where a next contact date came from (``deals.next_contact_source``), as people read it.
SOURCES: dict[str, tuple[str, str]] = {
    "calendar": ("from calendar", "из календаря"),
    "call": ("from a call", "из звонка"),
    "promise": ("from a promise", "из обещания"),
    "client_request": ("asked by the client", "по просьбе клиента"),
    "tag": ("from a tag reply", "из ответа с тегом"),
    "pane": ("set in the pane", "задан в панели"),
    "import": ("imported", "импорт"),
}

# What a deal's amount comes from (reports.worth).
AMOUNT_SOURCES: dict[str, tuple[str, str]] = {
    "mail": ("from the mail", "из письма"),
    "sales": ("booked sales", "по продажам"),
    "tag": SOURCES["tag"], "pane": SOURCES["pane"], "import": SOURCES["import"],
}


# Why a free-mail address was tied to a listed client (client_domains.evidence "clue",
# indexer/writer_parties.py).
TIE_CLUES: dict[str, tuple[str, str]] = {
    "signature": ("the sender's signature names the company",
                  "подпись отправителя называет компанию"),
    "display_name": ("the sender's display name names the company",
                     "имя отправителя в адресе называет компанию"),
    "phone": ("the letter carries the company's listed phone number",
              "в письме номер телефона компании из справочника"),
    "colleagues": ("the company's own people are on the same letter",
                   "в том же письме сотрудники компании с её адресов"),
    "greeting": ("our letter to this address greets the company by name",
                 "наше письмо на этот адрес обращается к компании по имени"),
}


def tie_clue_label(code: str | None, locale: str) -> str:
    """Why a free-mail address is the client's, in ``locale`` (an unknown code as it is)."""
    found = TIE_CLUES.get(code or "")
    return found[locale == "ru"] if found else code or ""


def source_label(code: str | None, locale: str) -> str:
    """A next contact's source in ``locale`` ('' for none; an unknown code as it is)."""
    if not code:
        return ""
    found = SOURCES.get(code)
    return found[locale == "ru"] if found else code


def amount_source_label(code: str | None, locale: str) -> str:
    """A deal amount's source in ``locale`` ('' for none; an unknown code as it is)."""
    found = AMOUNT_SOURCES.get(code or "")
    return found[locale == "ru"] if found else code or ""


class Translator:
    """Strings and formats for one locale (``ru`` or ``en``) and one time zone."""

    def __init__(self, locale: str, tz: str = "UTC") -> None:
        if locale not in LOCALES:
            raise KeyError(f"locale {locale!r} has no digest translation; use one of {LOCALES}")
        self.locale = locale
        self.tz = ZoneInfo(tz)
        self._index = 1 if locale == "ru" else 0

    def __call__(self, key: str, **values: object) -> str:
        """The catalogue string ``key`` in this locale, with ``values`` filled in."""
        return CATALOGUE[key][self._index].format(**values)

    def money(self, minor: int, currency: str) -> str:
        """Integer minor units as money, e.g. ``1 234 567,00 ₽`` or ``RUB 1,234,567.00``."""
        digits = get_currency_precision(currency)
        amount = Decimal(minor).scaleb(-digits)
        return format_currency(amount, currency, locale=self.locale)

    def money_short(self, minor: int, currency: str) -> str:
        """Money without minor units, for tables."""
        digits = get_currency_precision(currency)
        amount = round(Decimal(minor).scaleb(-digits))
        return format_currency(amount, currency, locale=self.locale, format="¤#,##0",
                               currency_digits=False) if self.locale == "en" else \
            format_currency(amount, currency, locale=self.locale, format="#,##0 ¤",
                            currency_digits=False)

    def number(self, value: float) -> str:
        return format_decimal(value, locale=self.locale)

    def percent(self, ratio: float | None) -> str:
        """0.734 -> ``73 %`` / ``73%``; None -> an en dash."""
        if ratio is None:
            return "–"
        return format_percent(ratio, locale=self.locale)

    def date(self, value: dt.date | dt.datetime, fmt: str = "medium") -> str:
        if isinstance(value, dt.datetime):
            value = value.astimezone(self.tz).date()
        return format_date(value, format=fmt, locale=self.locale)

    def day(self, value: dt.date | dt.datetime) -> str:
        """``27 November`` / ``27 ноября``."""
        if isinstance(value, dt.datetime):
            value = value.astimezone(self.tz).date()
        return format_date(value, format="d MMMM", locale=self.locale)

    def month(self, value: dt.date) -> str:
        """``November 2026`` / ``ноябрь 2026``."""
        return format_date(value, format="LLLL yyyy", locale=self.locale)

    def month_short(self, value: dt.date) -> str:
        """``Nov`` / ``нояб.``: a month in a row of months."""
        return format_date(value, format="LLL", locale=self.locale)

    def time(self, value: dt.datetime) -> str:
        return format_time(value.astimezone(self.tz), format="HH:mm", locale=self.locale)

    def datetime(self, value: dt.datetime) -> str:
        return format_datetime(value.astimezone(self.tz), format="d MMM HH:mm", locale=self.locale)
