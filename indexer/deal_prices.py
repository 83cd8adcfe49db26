"""What in a letter is a price, for ``deal_signals``: pure regexes, Russian and English.

A sum in a currency (``PRICED``), a bill that names one (``BILLED``, ``BILL_DOC``), a limit of
the product that is no price («минимальная сделка USD 100 тыс.», ``LIMIT``), and an offer headed
above its figures: a line ending in a colon that names it, or the subject of a new letter.
"""

from __future__ import annotations

import re

from indexer.cue_scan import gated

_F = re.UNICODE

#: A sum in a currency: «5 млн руб.», "USD 2,980", «€ 400».
PRICED = re.compile(r"(?:usd|eur|rub|gbp|chf|cny|aed|sgd|kzt)\s*\d|\d\s*(?:(?:млн|млрд|тыс|mln|m|k)\.?\s*)?"
                    r"(?:руб|rub\b|usd|eur|"
                    r"gbp|chf|cny|aed|sgd|kzt|тенге|тг\b|юан|долл|евро|₽|€|\$|£)|[$€₽£]\s*\d", _F)
#: A bill, or money paid, named anywhere in the letter.
BILLED = re.compile(r"сч[её]т\w*\s+(?:на\s+(?:оплат|сумм|\d)|№|n\b|за\s)|\bакт\w*|invoice|receipt|"
                    r"платёж|платеж|\bpaid\b|оплачен", _F)
#: A bill by its name: its sum is no price offered («Счёт № 1239 на 120 000 руб. с НДС»).
BILL_DOC = re.compile(r"сч[её]т\w*\s+(?:на\s+(?:оплат|сумм|\d)|№|n\b|за\s)|\bакт\w*|invoice|"
                      r"receipt", _F)
# The offer headed, its figures below: a new letter whose subject names the offer («КП: 3
# пикапа», "Proposal for a CNY account") or a line ending in a colon that names it ("Our
# proposal:", «Наши условия:»), then a sum (in a currency, or «11,4 млн»).
HEAD_WORDS = (r"коммерческ\w*\s+предложени\w*|(?<!\w)кп(?!\w)|предложени\w*|услови\w*|тариф\w*|"
              r"\bproposal|\boffer\b|\bquot(?:e|ation)\b|\bterms\b|\bpricing\b")
HEAD_LINE = re.compile(rf"(?m)^[^\n:?]{{0,60}}?(?:{HEAD_WORDS})[^\n:?]{{0,60}}:[ \t]*$", _F)
HEAD_SUBJECT = re.compile(rf"^(?!\s*(?:re|fwd?|aw|wg|отв|ответ|пересл)\s*:).*?(?:{HEAD_WORDS})", _F)
SUM = re.compile(rf"{PRICED.pattern}|\d\s*(?:млрд|млн)\.?(?!\w)", _F)
PRICED = gated(PRICED)   # the same matches, fewer start positions tried
#: A price told as information, not priced for this client's needs: the market's price,
#: or ours said in general or in answer to a question («для ориентира»,
#: "for reference", «по рынку», "typically", «отвечая на ваш вопрос»). Its words are read in
#: the sentence that names the price (``general``).
GENERAL = re.compile(
    r"(?<!\w)(?:рын(?:ок|ка|ке|ку|очн\w*)|для\s+ориентира|для\s+понимания|чтобы\s+вы\s+понимали|"
    r"обычно|как\s+правило|(?:отвечая\s+)?на\s+ваш\s+вопрос|по\s+вашему\s+вопросу)(?!\w)|"
    r"\b(?:market|for\s+(?:your\s+)?(?:reference|information)|to\s+give\s+you\s+an\s+idea|"
    r"typically|usually|in\s+general|generally|(?:to|in)\s+answer(?:ing)?\s+(?:to\s+)?your\s+"
    r"question|as\s+(?:to|for)\s+your\s+question)\b", _F)
# This client's own price beside the market's or the list's: «для вас — 11,40 руб./шт., ниже
# рынка», "for your 40 trucks ..., below the list price".
_FOR_YOU = re.compile(r"(?<!\w)(?:для\s+вас|вам\s+(?:можем|готовы|предлагаем)|ниже|выше)(?!\w)|"
                      r"\b(?:for\s+you(?:r)?(?!\s+(?:reference|information))|below|above|under)\b", _F)


def general(sentence: str) -> bool:
    """Whether a sentence tells a price as information, not as this client's offer."""
    low = sentence.lower()
    return bool(GENERAL.search(low)) and not _FOR_YOU.search(low)


#: A limit is no price: «минимальная сделка USD 100 тыс.», "deals from USD 50,000".
LIMIT = re.compile(r"(?<!\w)(?:минимальн\w*|максимальн\w*|не\s+менее|не\s+более|от|до|minimum|maximum|min\.?|"
                   r"max\.?|minimal|from|up\s+to|at\s+least)\W{1,3}(?:\w+\W{1,3}){0,2}$", _F)


def only_from(low: str, start: int, end: int) -> bool:
    """Whether the price ``low[start:end]`` is only where prices start, before the client's
    needs are priced («Ориентировочно — от 35 000 руб./мес., точнее посчитаем после
    обследования», "offices from RUB 13,000 to 15,500 per m²", "starts from USD 900 a month"):
    an indication, no offer."""
    # the sum's number, the last of the match ("Our offer: ... for up to 16 people, USD 9,800"
    # is priced by 9,800), read whole: «до 15 500 руб.» from «15»
    numbers = list(_NUMBER.finditer(low, start, end))
    at = numbers[-1].start() if numbers else start
    number = _NUMBER_BEFORE.search(low, 0, at)
    at = number.start() if number else at
    return bool(_FROM.search(low[max(0, at - 40):at]))


_NUMBER = re.compile(r"\d(?:[\d.,]|[ \u00a0](?=\d))*")
_NUMBER_BEFORE = re.compile(r"(?:\d[\d \u00a0.,]*)?$")
#: Where prices start: «от 35 000 руб.», «от 13 000 до 15 500 руб.», "from USD 900", "starts at
#: EUR 21", "from EUR 21 to 26".
_FROM = re.compile(r"(?<!\w)(?:от|from|start(?:s|ing)?\s+(?:at|from))\W{1,3}(?:\w+\.?\W{1,3})?$|"
                   r"(?<!\w)(?:от|from)\s+(?:\w+\.?\s*)?\d[\d \u00a0.,]*(?:\w+\.?\s*)?"
                   r"(?:до|to)\W{1,3}(?:\w+\.?\W{1,3})?$", _F)


def priced(low: str, pos: int = 0) -> bool:
    """Whether the letter names a sum in a currency from ``pos`` on that is not a limit."""
    return any(not LIMIT.search(low[max(0, m.start() - 40):m.start()])
               and not only_from(low, m.start(), m.end()) for m in PRICED.finditer(low, pos))


#: A table of prices: a header line of cells naming a currency with a unit or a price word
#: («| Позиция | 100 тыс., руб./шт. без НДС |», "| Item | Price, USD per unit |"), figures in
#: the row below it (a Markdown rule between them or not). A currency's letters start a word:
#: «грубой» in a table of a contract's clauses names no rouble.
TABLE = re.compile(
    r"(?m)^[ \t]*\|(?=[^\n]*(?:(?<![^\W\d_])(?:руб|rub\b|usd|eur|gbp|cny|aed|kzt|тенге)|₽|€|\$))"
    r"(?=[^\n]*(?:/|(?<!\w)за\s|\bper\b|цен|стоимост|тариф|price|rate|cost))[^\n]*\|[ \t]*\n"
    r"(?:[ \t]*\|[-:| \t]+\|[ \t]*\n)?[ \t]*\|[^\n]*\d[^\n]*\|", _F)


#: A sum with its figures: «2 450 000 руб.», «12 млн», "USD 9,800", "EUR 1.2m". Group 1 or 3 is
#: the number, 2 or 4 its scale.
_AMOUNT = re.compile(
    r"(?:usd|eur|rub|gbp|chf|cny|aed|sgd|kzt|[$€₽£])\s*(\d(?:[\d\s,.\u00a0\u202f]*\d)?)\s*"
    r"(млрд|млн|тыс|mln|bn|m|k)?(?!\w)"
    r"|(\d[\d\u00a0\u202f ]*(?:[.,]\d+)?)\s*(млрд|млн|тыс|mln|bn|m|k)?\.?\s*"
    r"(?=руб|rub\b|usd|eur|gbp|chf|cny|aed|sgd|kzt|тенге|тг\b|юан|долл|евро|[₽€$£])", _F)
_SCALE = {"тыс": 1e3, "k": 1e3, "млн": 1e6, "mln": 1e6, "m": 1e6, "млрд": 1e9, "bn": 1e9}

#: A clause of the contract named by its number: a price there is the draft's clause answered
#: («п. 5.3 — предлагаем компромисс: не более 50 000 руб.», "Clause 8: a cap of USD 1.5m").
CLAUSE = re.compile(r"(?<!\w)(?:п\.|пп\.|пункт\w*|clause|section|art\.|article)\s*\d+(?:\.\d+)*",
                    re.IGNORECASE)

#: An offer after the contract draft naming at most this share of the largest sum named
#: before it prices an extra beside the contract (water to the stand, four more tickets),
#: not the scope re-quoted.
EXTRA_SHARE = 0.2


def largest_sum(text: str) -> float:
    """The largest sum in a currency ``text`` names, in its units (0 when it names none);
    currencies are not told apart: it is weighed against the same deal's other sums."""
    best = 0.0
    for match in _AMOUNT.finditer(text.lower()):
        figures, scale = (match.group(1), match.group(2)) if match.group(1) else (
            match.group(3), match.group(4))
        digits = re.sub(r"[\s\u00a0\u202f]", "", figures or "")
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", digits):
            digits = digits.replace(",", "")        # "9,800.50"
        elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
            digits = digits.replace(".", "")        # "9.800"
        else:
            digits = digits.replace(",", ".")       # «2,45 млн»
        try:
            value = float(digits)
        except ValueError:
            continue
        best = max(best, value * _SCALE.get(scale or "", 1.0))
    return best


def an_extra(quote: str, largest_before: float) -> bool:
    """Whether an offer's ``quote`` prices an extra beside a deal whose offers and contract
    named ``largest_before`` (a sum well under it), rather than the deal itself."""
    named = largest_sum(quote)
    return bool(named and largest_before and named <= EXTRA_SHARE * largest_before)
