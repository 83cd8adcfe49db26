"""The tag grammar: ``#stage proposal #next friday 11:00 Client agreed on the rate.``

Managers update deals by email: they reply to a digest, forward a client's
message to the tag address, or Bcc the tag address on their own message,
with tags in Russian or English. :func:`parse` is a pure function from the
new text of such a message (quotes already stripped) to a list of
:class:`Command` and a list of :class:`Problem`; nothing is applied when
there is any problem. Applying commands (trust, targets, deal changes,
confirmations) lives in ``indexer/tags_apply.py`` and ``indexer/tags_confirm.py``,
which import this module and never the other way round.

Grammar (docs/tags.md has the user-facing version):

* a tag is ``#`` + a word; its argument runs to the next tag or the end of
  the line; several tags per line are fine;
* an item code (``D-142`` deal, ``V-17`` violation, ``C-5`` complaint) on
  the same line as tags is what those tags change; a code elsewhere in the
  text (or in the subject) names the target of the tags without one;
* free text after the tags, to the end of the paragraph, is the agreement
  note (``deals.agreements``).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from dealtrail import clock
from dealtrail.config import DEFAULT_STAGES
from dealtrail.domain import parse_item_code
from dealtrail.workdays import BusinessCalendar

#: Grains of a date that name a time of day (indexer.dates); coarser ones name only days.
_TIMED_GRAINS = frozenset({"minute", "hour"})

#: canonical tag -> every spelling accepted (lower case, without ``#``)
TAGS: dict[str, tuple[str, ...]] = {
    "stage": ("stage", "этап", "стадия"),
    "next": ("next", "след", "следующий", "контакт"),
    "close": ("close", "закрытие"),
    "amount": ("amount", "сумма"),
    "product": ("product", "продукт"),
    "won": ("won", "выиграна", "выиграно", "выиграли"),
    "lost": ("lost", "проиграна", "проиграно", "проиграли"),
    "complaint": ("complaint", "жалоба"),
    "resolved": ("resolved", "решено", "решена"),
    "note": ("note", "заметка"),
    "client": ("client", "клиент"),
    "call": ("call", "звонок"),
    # corrections of inference, on a complaint (C-5) or a broken-promise violation (V-12);
    # each is stored as a label the company's own layer learns from (dealtrail/labels.py)
    "notcomplaint": ("notcomplaint", "нежалоба"),
    "notpromise": ("notpromise", "необещание"),
    "wrongdate": ("wrongdate", "неверныйсрок"),
}
#: The tags that say inference was wrong about an item; they need its code.
CORRECTIONS = ("notcomplaint", "notpromise", "wrongdate")
ALIASES: dict[str, str] = {alias: tag for tag, spellings in TAGS.items() for alias in spellings}

#: stage words people write -> pipeline stage (only stages configured are used)
STAGE_WORDS: dict[str, str] = {
    "лид": "lead", "новая": "lead", "квалификация": "qualified", "квал": "qualified",
    "квалифицирован": "qualified", "квалифицирована": "qualified",
    "кп": "proposal", "предложение": "proposal", "коммерческое предложение": "proposal",
    "offer": "proposal", "переговоры": "negotiation", "переговор": "negotiation",
    "negotiations": "negotiation", "договор": "contract", "контракт": "contract",
    "подписание": "contract", "выиграна": "won", "выиграно": "won", "проиграна": "lost",
    "проиграно": "lost",
}

CURRENCIES: dict[str, str] = {
    "$": "USD", "usd": "USD", "долл": "USD", "доллар": "USD", "долларов": "USD", "доллара": "USD",
    "€": "EUR", "eur": "EUR", "евро": "EUR", "₽": "RUB", "rub": "RUB", "руб": "RUB",
    "рублей": "RUB", "рубля": "RUB", "рубль": "RUB", "р": "RUB", "cny": "CNY", "юаней": "CNY",
    "gbp": "GBP", "£": "GBP", "chf": "CHF", "kzt": "KZT", "byn": "BYN", "aed": "AED",
}
MULTIPLIERS: dict[str, int] = {
    "k": 10**3, "к": 10**3, "тыс": 10**3, "тысяч": 10**3, "тысяча": 10**3, "тысячи": 10**3,
    "m": 10**6, "mm": 10**6, "mln": 10**6, "million": 10**6, "млн": 10**6, "миллион": 10**6,
    "миллиона": 10**6, "миллионов": 10**6, "b": 10**9, "bn": 10**9, "billion": 10**9,
    "млрд": 10**9, "миллиард": 10**9, "миллиарда": 10**9, "миллиардов": 10**9,
}

TAG_RE = re.compile(r"(?<![\w&/#])#([^\W\d_][\w-]*)")
CODE_RE = re.compile(r"(?<![\w-])([DVCdvcДдСс])-(\d{1,9})(?![\w-])")
_NUM = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*"
_MULT = "|".join(sorted((re.escape(k) for k in MULTIPLIERS), key=len, reverse=True))
_CUR = "|".join(sorted((re.escape(k) for k in CURRENCIES if k != "р"), key=len, reverse=True))
AMOUNT_RE = re.compile(
    rf"^\s*(?P<pre>[$€₽£])?\s*(?P<num>{_NUM})(?:\s*(?P<mult>{_MULT})\.?(?!\w))?"
    rf"(?:\s*(?P<cur>{_CUR}|р\.|[A-Z]{{3}})\.?(?!\w))?", re.IGNORECASE)
_DATE_LEAD = {"", "в", "во", "on", "at", "by", "до", "к", "ко", "на", "in"}

#: Bounds of a tag's value: a sum (minor units; 10^15 of a currency), a text, a date ahead.
MAX_AMOUNT_MINOR = 10**17
MAX_TEXT = 2000
MAX_DAYS_AHEAD = 5 * 366
_SHOWN = 60                      # characters of a bad value quoted back in a problem

#: What a problem says, in each language; ``{...}`` are the problem's params.
MESSAGES: dict[str, dict[str, str]] = {
    "unknown_tag": {"en": "unknown tag #{tag}", "ru": "неизвестный тег #{tag}"},
    "hint": {"en": " — did you mean #{hint}?", "ru": " — может быть, #{hint}?"},
    "stage_missing": {"en": "#stage needs a stage name: {choices}",
                      "ru": "после #этап нужен этап: {choices}"},
    "stage_unknown": {"en": "unknown stage {value!r}; stages are: {choices}",
                      "ru": "неизвестный этап {value!r}; этапы: {choices}"},
    "date_missing": {"en": "#next needs a date, e.g. #next friday 11:00",
                     "ru": "после #след нужна дата, например #след пятница 11:00"},
    "date_unknown": {"en": "cannot read a date in {value!r}; write e.g. #next 5 December or "
                           "#next tomorrow 15:00",
                     "ru": "не удалось понять дату {value!r}; напишите, например, #след 5 декабря "
                           "или #след завтра 15:00"},
    "date_past": {"en": "the date {value} is in the past", "ru": "дата {value} уже прошла"},
    "date_far": {"en": "the date {value} is more than 5 years ahead",
                 "ru": "дата {value} дальше чем через 5 лет"},
    "amount_too_big": {"en": "the sum {value!r} is too large; at most {max}",
                       "ru": "сумма {value!r} слишком велика; не больше {max}"},
    "too_long": {"en": "#{tag} text is too long ({length} characters); at most {max}",
                 "ru": "текст #{tag} слишком длинный ({length} символов); не больше {max}"},
    "amount_missing": {"en": "#amount needs a sum, e.g. #amount 1.2m RUB",
                       "ru": "после #сумма нужна сумма, например #сумма 1,2 млн"},
    "amount_bad": {"en": "cannot read the sum {value!r}; write e.g. 1.2m RUB, 500k, 12 000 000",
                   "ru": "не удалось понять сумму {value!r}; напишите, например, 1,2 млн, "
                         "500 тыс, 12 000 000"},
    "product_missing": {"en": "#product needs a product: {choices}",
                        "ru": "после #продукт нужен продукт: {choices}"},
    "product_unknown": {"en": "unknown product {value!r}; products are: {choices}",
                        "ru": "неизвестный продукт {value!r}; продукты: {choices}"},
    "text_missing": {"en": "#{tag} needs a text after it", "ru": "после #{tag} нужен текст"},
    "client_missing": {"en": "#client needs a client name, domain or email",
                       "ru": "после #клиент нужно название, домен или email клиента"},
    "twice": {"en": "#{tag} is given twice for {target}", "ru": "#{tag} указан дважды для {target}"},
    "won_and_lost": {"en": "a deal cannot be both won and lost",
                     "ru": "сделка не может быть одновременно выиграна и проиграна"},
    "codes_on_line": {"en": "several item codes on one line ({value}); put each code on the line "
                            "with its tags",
                      "ru": "несколько кодов в одной строке ({value}); пишите каждый код в строке "
                            "со своими тегами"},
}


@dataclass(frozen=True)
class Problem:
    """Why (part of) a command cannot be applied; rendered in the sender's language."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        """The problem in Russian or English (any other language gets English)."""
        lang = lang if lang in ("ru", "en") else "en"
        base = MESSAGES.get(self.code, {}).get(lang, self.code)
        words = base.format(**self.params)
        if self.code == "unknown_tag" and self.params.get("hint"):
            words += MESSAGES["hint"][lang].format(**self.params)
        return words

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "params": dict(self.params), "en": self.text("en"),
                "ru": self.text("ru")}


@dataclass(frozen=True)
class Command:
    """One tag with its typed value.

    ``value`` by tag: stage -> stage name; next -> ISO UTC time (``grain`` kept in
    ``extra``); amount/won -> ``{"amount_minor", "currency"}`` (won: or None);
    product -> product code; lost/complaint/note -> text; client -> name, domain
    or email; resolved -> None. ``code`` is the item code on the same line.
    """

    tag: str
    raw: str
    value: Any = None
    code: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"extra": dict(self.extra)}


@dataclass
class Parsed:
    """What a text says: commands, problems, item codes outside tag lines, the note."""

    commands: list[Command] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    note: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {"commands": [c.as_dict() for c in self.commands],
                "problems": [p.as_dict() for p in self.problems],
                "codes": self.codes, "note": self.note}


class _Bad(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


def parse(text: str, ref: datetime, *, stages: Sequence[str] = DEFAULT_STAGES,
          products: Iterable[Any] = (), lang: str | None = None,
          calendar: BusinessCalendar | None = None) -> Parsed:
    """Read the tags in ``text`` (the new text of a message, quotes stripped).

    ``ref`` is the message's sent time in the sender's zone (dates resolve
    against it); ``stages`` the configured pipeline; ``products`` objects with
    ``code``, ``name_en``, ``name_ru`` and ``aliases`` (``dealtrail.config.Product``).
    """
    products = list(products)
    out = Parsed()
    note: list[str] = []
    in_paragraph = False
    seen: set[tuple[str, str]] = set()
    for line in text.splitlines():
        tags = list(TAG_RE.finditer(line))
        codes = [_code(m) for m in CODE_RE.finditer(line)]
        if not tags:
            if not line.strip():
                in_paragraph = False
            elif in_paragraph:
                note.append(CODE_RE.sub("", line).strip())
            out.codes.extend(c for c in codes if c not in out.codes)
            continue
        in_paragraph = True
        line_code = ""
        if len(set(codes)) > 1:
            out.problems.append(Problem("codes_on_line", {"value": ", ".join(codes)}))
        elif codes:
            line_code = codes[0]
        for i, match in enumerate(tags):
            end = tags[i + 1].start() if i + 1 < len(tags) else len(line)
            arg = CODE_RE.sub("", line[match.end():end]).strip()
            word = match.group(1).lower().rstrip("-")
            tag = ALIASES.get(word)
            if tag is None:
                hint = difflib.get_close_matches(word, list(ALIASES), n=1, cutoff=0.6)
                out.problems.append(Problem("unknown_tag", {"tag": match.group(1),
                                                            "hint": hint[0] if hint else ""}))
                continue
            raw = _short(line[match.start():end].strip(), MAX_TEXT // 10)
            try:
                command, rest = _read(tag, arg, raw, line_code, ref, stages, products, lang,
                                      calendar)
            except _Bad as bad:
                out.problems.append(bad.problem)
                continue
            key = (tag, line_code)
            if key in seen and tag not in ("note", "complaint"):
                out.problems.append(Problem("twice", {"tag": match.group(1),
                                                      "target": line_code or "the message"}))
                continue
            seen.add(key)
            out.commands.append(command)
            if rest:
                note.append(rest)
    for code in {c.code for c in out.commands}:
        tags_here = {c.tag for c in out.commands if c.code == code}
        if {"won", "lost"} <= tags_here:
            out.problems.append(Problem("won_and_lost"))
    out.note = " ".join(n for n in note if n).strip()
    if len(out.note) > MAX_TEXT:
        out.problems.append(Problem("too_long", {"tag": "note", "length": len(out.note),
                                                 "max": MAX_TEXT}))
        out.note = out.note[:MAX_TEXT]
    return out


def _short(value: str, limit: int = _SHOWN) -> str:
    """A value as quoted back to the sender or kept as a tag's raw text: its start only."""
    return value if len(value) <= limit else value[:limit] + "…"


def _code(match: re.Match[str]) -> str:
    letter = match.group(1).upper().replace("Д", "D").replace("С", "C")
    found = parse_item_code(f"{letter}-{match.group(2)}")
    return f"{found[0]}-{found[1]}" if found else ""


def _read(tag: str, arg: str, raw: str, code: str, ref: datetime, stages: Sequence[str],
          products: list[Any], lang: str | None, calendar: BusinessCalendar | None
          ) -> tuple[Command, str]:
    """One tag's value and the text left after it (which joins the note)."""
    if tag == "stage":
        stage, rest = match_stage(arg, stages)
        return Command(tag, raw, stage, code), rest
    if tag in ("next", "close"):
        if not arg:
            raise _Bad(Problem("date_missing"))
        # imported here: the date rules compile their vocabulary, which every run would
        # pay for (the post-sync step loads this module) while few read a date tag
        from indexer.dates import resolve

        found = resolve(arg, ref, lang, calendar)
        if found is None or arg[:found.start].strip().lower() not in _DATE_LEAD:
            raise _Bad(Problem("date_unknown", {"value": _short(arg)}))
        if found.deadline < ref:
            raise _Bad(Problem("date_past", {"value": found.value.date().isoformat()}))
        if (found.value.date() - ref.date()).days > MAX_DAYS_AHEAD:
            raise _Bad(Problem("date_far", {"value": found.value.date().isoformat()}))
        if tag == "close":             # the expected close: the last day of what was named
            return (Command(tag, raw, found.deadline.date().isoformat(), code,
                            {"grain": found.grain}), arg[found.end:].strip())
        # A day (or a week, a month) without a time of day means its first working hour,
        # as a date set in the pane or imported from a CRM does.
        value = found.value
        if calendar is not None and found.grain not in _TIMED_GRAINS:
            value = calendar.day_start(value.date(), value.tzinfo or ref.tzinfo or UTC)
        return (Command(tag, raw, clock.iso(value), code,
                        {"grain": found.grain, "deadline": clock.iso(found.deadline)}),
                arg[found.end:].strip())
    if tag in ("amount", "won"):
        try:
            parsed = parse_amount(arg)
        except AmountTooLarge:
            raise _Bad(Problem("amount_too_big", {"value": _short(arg.split()[0]),
                                                  "max": format_amount(MAX_AMOUNT_MINOR, "")})
                       ) from None
        if parsed is None:
            if tag == "won":
                return Command(tag, raw, None, code), arg
            raise _Bad(Problem("amount_missing" if not arg else "amount_bad",
                               {"value": _short(arg)}))
        minor, currency, rest = parsed
        return Command(tag, raw, {"amount_minor": minor, "currency": currency}, code), rest
    if tag == "product":
        product, rest = match_product(arg, products)
        return Command(tag, raw, product, code), rest
    if tag in ("lost", "note", "complaint") and len(arg) > MAX_TEXT:
        raise _Bad(Problem("too_long", {"tag": raw.split()[0].lstrip("#"), "length": len(arg),
                                        "max": MAX_TEXT}))
    if tag in ("lost", "note"):
        if tag == "note" and not arg:
            raise _Bad(Problem("text_missing", {"tag": raw.split()[0].lstrip("#")}))
        return Command(tag, raw, arg, code), ("" if tag == "lost" else arg)
    if tag == "call":                  # a call with the client; the rest is its outcome
        if len(arg) > MAX_TEXT:
            raise _Bad(Problem("too_long", {"tag": raw.split()[0].lstrip("#"),
                                            "length": len(arg), "max": MAX_TEXT}))
        return Command(tag, raw, arg, code), ""
    if tag == "complaint":
        if not arg:
            raise _Bad(Problem("text_missing", {"tag": raw.split()[0].lstrip("#")}))
        return Command(tag, raw, arg, code), ""
    if tag == "client":
        if not arg:
            raise _Bad(Problem("client_missing"))
        first, _, rest = arg.partition(" ")
        if "@" in first or re.fullmatch(r"[\w.-]+\.[a-zа-я]{2,}", first, re.I):
            return Command(tag, raw, first.lower().strip(",;"), code), rest.strip()
        return Command(tag, raw, arg, code), ""
    return Command(tag, raw, None, code), arg          # resolved, corrections


def match_stage(arg: str, stages: Sequence[str]) -> tuple[str, str]:
    """``"кп по кредиту"`` -> ``("proposal", "по кредиту")``; raises _Bad when unknown."""
    words = arg.split()
    choices = ", ".join(stages)
    if not words:
        raise _Bad(Problem("stage_missing", {"choices": choices}))
    lookup = {s.lower(): s for s in stages}
    lookup.update({w: s for w, s in STAGE_WORDS.items() if s in stages})
    for n in (2, 1):
        if len(words) >= n:
            key = " ".join(words[:n]).lower().strip(".,;:")
            if key in lookup:
                return lookup[key], " ".join(words[n:])
    hint = difflib.get_close_matches(words[0].lower(), list(lookup), n=1, cutoff=0.6)
    value = _short(words[0]) + (f" ({lookup[hint[0]]}?)" if hint else "")
    raise _Bad(Problem("stage_unknown", {"value": value, "choices": choices}))


def match_product(arg: str, products: list[Any]) -> tuple[str, str]:
    """The product code named by the first words of ``arg`` (code, RU/EN name or alias)."""
    names: dict[str, str] = {}
    for p in products:
        for name in (p.code, p.name_en, p.name_ru, *p.aliases):
            names[str(name).lower()] = p.code
    choices = ", ".join(p.code for p in products) or "-"
    words = arg.split()
    if not words:
        raise _Bad(Problem("product_missing", {"choices": choices}))
    for n in (3, 2, 1):
        if len(words) >= n:
            key = " ".join(words[:n]).lower().strip(".,;:")
            if key in names:
                return names[key], " ".join(words[n:])
    raise _Bad(Problem("product_unknown", {"value": _short(words[0]), "choices": choices}))


class AmountTooLarge(ValueError):
    """A sum above :data:`MAX_AMOUNT_MINOR`."""


def parse_amount(text: str) -> tuple[int, str | None, str] | None:
    """``"1,2 млн руб. rest"`` -> ``(120000000, "RUB", "rest")``; None when no sum leads the text.

    Raises :class:`AmountTooLarge` for a sum above :data:`MAX_AMOUNT_MINOR`.

    Accepts ``1.2m``, ``1,2 млн``, ``500 тыс``, ``12 000 000``, ``$50k``, ``12m RUB``.
    A comma or dot followed by exactly three digits without a multiplier is a
    thousands separator (``12,500`` = 12500); otherwise it is the decimal mark.
    """
    m = AMOUNT_RE.match(text)
    if not m:
        return None
    digits = re.sub(r"[ \u00a0\u202f]", "", m.group("num"))
    mult = MULTIPLIERS[m.group("mult").lower()] if m.group("mult") else 1
    if not m.group("mult") and re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):
        digits = re.sub(r"[.,]", "", digits)
    if digits.count(",") + digits.count(".") > 1:
        return None
    if len(digits) > 40:
        raise AmountTooLarge(digits)
    try:
        value = Decimal(digits.replace(",", "."))
    except InvalidOperation:
        return None
    if value * mult * 100 > MAX_AMOUNT_MINOR:
        raise AmountTooLarge(digits)
    minor = int((value * mult * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if minor <= 0:
        return None
    cur_word = (m.group("pre") or m.group("cur") or "").lower().rstrip(".")
    currency = CURRENCIES.get(cur_word) or (cur_word.upper() if len(cur_word) == 3
                                            and cur_word.isascii() else None)
    return minor, currency, text[m.end():].strip()


def format_amount(minor: int, currency: str) -> str:
    """``120000000, "RUB"`` -> ``"1 200 000 RUB"`` (kopecks shown only when there are any)."""
    units, cents = divmod(abs(int(minor)), 100)
    sign = "-" if int(minor) < 0 else ""
    body = f"{units:,}".replace(",", " ") + (f".{cents:02d}" if cents else "")
    return f"{sign}{body} {currency}".strip()


def describe(parsed: Parsed, lang: str = "en") -> list[str]:
    """What a parsed text would do, one line per command or problem (for ``tags parse``)."""
    lines = []
    for c in parsed.commands:
        where = f"{c.code}: " if c.code else ""
        value = c.value
        if isinstance(value, dict) and "amount_minor" in value:
            value = format_amount(value["amount_minor"], value["currency"] or "(deal currency)")
        if c.tag == "next":
            value = f"{value} ({c.extra.get('grain')})"
        lines.append(f"{where}#{c.tag}" + (f" = {value}" if value not in (None, "") else ""))
    if parsed.codes:
        lines.append(("target: " if lang == "en" else "цель: ") + ", ".join(parsed.codes))
    if parsed.note:
        lines.append(("note: " if lang == "en" else "заметка: ") + parsed.note)
    for p in parsed.problems:
        lines.append(("error: " if lang == "en" else "ошибка: ") + p.text(lang))
    return lines


def explain(text: str, settings: Any = None, *, at: datetime | None = None,
            timezone: str = "", lang: str = "en") -> list[str]:
    """What ``text`` would do if a manager sent it at ``at`` (default: now), as lines."""
    from zoneinfo import ZoneInfo

    from dealtrail.workdays import company_calendar

    zone = timezone or (settings.company.timezone if settings else "UTC")
    ref = (at or clock.now()).astimezone(ZoneInfo(zone))
    calendar = company_calendar(settings) if settings else None
    parsed = parse(text, ref, stages=settings.pipeline.stages if settings else DEFAULT_STAGES,
                   products=settings.products if settings else (), calendar=calendar)
    return describe(parsed, lang) or [("nothing: no tags found" if lang == "en"
                                       else "ничего: тегов нет")]


def codes_in(text: str) -> list[str]:
    """The item codes (D-142, V-17, C-5) in ``text``, in order, each once."""
    found: list[str] = []
    for match in CODE_RE.finditer(text or ""):
        code = _code(match)
        if code and code not in found:
            found.append(code)
    return found
