"""What one message says about a negotiation, in Russian and English: pure functions.

Analysis marks these per message; the post-sync fold (``indexer/negotiations.py``)
reads them to set a deal's stage, amount, expected close and next contact.

A signal is one sentence of the message's new text (its evidence) and a kind:

* ``proposal``: the manager sends an offer or prices ("направляю коммерческое
  предложение", "please find attached our proposal", an ``КП.pdf`` attachment);
* ``contract``: the manager sends a contract draft ("проект договора во вложении");
* ``won``: a contract is signed ("договор подписан", "we have signed the agreement");
* ``lost``: the client declines ("мы выбрали другой банк", "not interested at this time");
* ``terms``: terms are discussed after an offer ("можете снизить ставку?", "a better rate");
* ``accepted``: the client says yes to go ahead («давайте со счётом», "let's proceed");
* ``talked``: the letter looks back on a conversation held ("спасибо за разговор",
  "following our call");
* ``contact_date``: a date to talk or meet ("созвонимся в среду", "let's revisit in January");
* ``amount``: a sum the deal is about ("лимит 50 млн", "a facility of USD 2m");
* ``close``: when the deal should close ("подпишем до конца квартала", "sign by 20 December");
* ``product``: a configured product named (its code);
* ``thanks``: the whole message is a thank-you or an acknowledgement.

The client's own commitments ("пришлём документы до пятницы") are the promise
rules of :mod:`indexer.intent` applied to the client's mail; analysis adds them
as ``commitment`` signals. Each cue regex runs on the lower-cased text once, so
a message without cues costs a few scans and no sentence splitting; the words each cue
needs before it runs are in :mod:`indexer.deal_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from dealtrail.workdays import BusinessCalendar
from indexer import deal_answers as answers
from indexer import deal_prices as prices
from indexer import intermediary
from indexer.agreed import agreed, before_question, validity
from indexer.contact_cues import CONTACT_RE
from indexer.cue_scan import Cue, CueScan, gated
from indexer.dates import ResolvedDate
from indexer.deal_dates import (
    REPLY_ASKED,
    day_inside,
    future_dates,
    moved_to,
    names_a_date,
    several_dates,
)
from indexer.deal_outcomes import (
    FUTURE_RE,
    LOST_RE,
    TERMS_RE,
    THEIR_PENALTY_RE,
    WON_RE,
    awaited,
    done_beyond_signature,
    our_refusal,
)
from indexer.deal_words import (
    DATE_DIGITS,
    DATE_WORDS,
    NEEDS,
    OFFER_NAMED,
    OUR_VAGUE_GRAINS,
    STEM,
    TRIGGERS,
    VAGUE_GRAINS,
)
from indexer.intent import sentences

#: Sentences longer than this are quoted cut (evidence, not the whole letter).
QUOTE_CHARS = 300
#: Sentences per message whose dates are resolved (a close, a contact or a commitment).
DATED_SENTENCES = 4


@dataclass(frozen=True)
class Signal:
    """One thing a message says about its negotiation, with the sentence it came from."""

    kind: str
    text: str
    start: int
    value: str = ""                    # ISO time, "minor CUR", or a product code
    due: datetime | None = None        # commitments: the deadline


_F = re.UNICODE
_OFFER_WORDS = (r"коммерческ\w*\s+предложени\w*|\bкп\b|предложени[ея]\s+по|наше\s+предложение|"
                r"тариф\w*|расч[её]т\s+(?:ставк|стоимост|услови|окупаемост)\w*|индикатив\w*|"
                r"оферт\w*|смет[ауы]\b|услови[яй]\s+(?:по|на|для)\b")
_SEND_RU = (r"направля\w*|высыла\w*|отправля\w*|прикладыва\w*|во\s+вложени\w*|"
            r"приложени\w*|прилага\w*|пересыла\w*|подготовил\w*|направили|отправили|высылаем|"
            # one writer, done: «отправил вам договор», «смету приложила»
            r"(?:на|от)правил[аи]?\b|(?:вы|при|пере)слал[аи]?\b|приложил[аи]?\b")
_SEND_EN = (r"attached|enclosed|attaching|please\s+find|sending\s+you|send\s+you|here\s+is|"
            r"here's|sharing|i\s+have\s+prepared|we\s+have\s+prepared|as\s+promised|"
            r"in\s+the\s+attachment")
_OFFER_EN = (r"proposal|offer\b|quote\b|quotation|estimate\b|pricing|price\s+list|tariffs?|term\s+sheet|"
             r"indicative\s+terms|our\s+rates|rate\s+card|fee\s+schedule")
PROPOSAL_RE = re.compile(
    rf"(?:(?:{_SEND_RU})[^.!?\n]{{0,60}}(?:{_OFFER_WORDS}|предложени\w*|смет\w*|"
    rf"спецификаци\w*|расч[её]т\w*)"
    rf"|(?:{_OFFER_WORDS})[^.!?\n]{{0,40}}(?:во\s+вложении|приложен\w*|направля\w*|прилага\w*|"
    rf"прикладыва\w*|"
    rf"(?:на|от)правил[аи]?\b|(?:вы|при|пере)слал[аи]?\b|приложил[аи]?\b)"
    rf"|(?:{_SEND_EN})[^.!?\n]{{0,60}}\b(?:{_OFFER_EN})"
    rf"|\b(?:{_OFFER_EN})[^.!?\n]{{0,40}}\b(?:is\s+attached|attached|enclosed|in\s+the\s+attachment))",
    _F)
# A rate with the sum or the term it is for, in one clause (an abbreviation's dot, «руб.», does
# not end it): what a bank offers.
_RATE = (r"(?:(?<!\w)под\s+|\bat\s+|ставк\w*\s*[—–:-]?\s*(?:ключев\w+\s*\+\s*)?|\brate\s*[—–:-]?\s*"
         r"(?:key\s+rate\s*\+\s*)?)?\d{1,2}(?:[.,]\d{1,2})?\s*%\s*(?:годовых|p\.?\s?a\.?|per\s+annum)?")
_SUM_OR_TERM = (r"\d[\d\s.,]*\s*(?:млн|млрд|тыс|m\b|bn\b|k\b)|(?:rub|usd|eur|cny|kzt)\s*\d|"
                r"\d+\s*(?:мес\w*|лет|года?|дн\w+|months?|years?|days)\b|срок\w*\s+\d|"
                r"\bterm\s+(?:of\s+)?\d")
_RATE_OFFER = re.compile(
    rf"(?:(?:{_SUM_OR_TERM})(?:[^.!?\n;]|\.(?=\s*[a-zа-яё\d])){{0,50}}?{_RATE}(?:\s*(?:годовых|p\.?\s?a\.?|per\s+annum))|"
    rf"(?:{_SUM_OR_TERM})(?:[^.!?\n;]|\.(?=\s*[a-zа-яё\d])){{0,50}}?(?:(?<!\w)под|\bat)\s+\d{{1,2}}(?:[.,]\d{{1,2}})?\s*%|"
    rf"(?:(?<!\w)под|\bat|ставк\w*|\brate)\s*[—–:-]?\s*(?:ключев\w+\s*\+\s*|key\s+rate\s*\+\s*)?"
    rf"\d{{1,2}}(?:[.,]\d{{1,2}})?\s*%(?:[^.!?\n;]|\.(?=\s*[a-zа-яё\d])){{0,50}}?(?:{_SUM_OR_TERM})|"
    rf"(?:ставк\w*|\brate)\s*[—–:-]?\s*(?:ключев\w+|key\s+rate)\s*\+\s*\d|"
    # the price of the product as a share: «Стоимость гарантии — 1,8 % годовых от суммы»,
    # "the fee for the guarantee is 1.8% p.a."
    r"(?:стоимост\w*|вознагражден\w*|\bfees?\b|\bcosts?\b|\bpricing\b|\bpremium\b)[^.!?\n;%]{0,60}?"
    r"(?:[—–:-]|\bis\b|\bwould\s+be\b|составит|составляет)\s*\d{1,2}(?:[.,]\d{1,3})?\s*%\s*"
    r"(?:годовых|в\s+год|от\s+сумм\w*|p\.?\s?a\.?|per\s+annum|a\s+year|of\s+the\s+(?:amount|sum|"
    r"guarantee|limit)))", _F)
_RATE_OFFER = gated(_RATE_OFFER)   # the same matches, fewer start positions tried
# The units goods, freight and works are priced by ("за контейнер", "per Wp", "/мес").
_UNITS = (r"контейнер|вагон|тонну|тонна|тн|кг|паллет[уа]?|палету|машину|рейс|км|"
          r"кв\.?\s*м|м2|м²|квт(?:\s*[·*]?\s*ч)?|вт|штуку|шт|единицу|час|месяц|год|"
          r"container|teu|feu|truck|trailer|wagon|railcar|ton|tonne|kg|pallet|km|sqm|m2|"
          r"kwp|kwh|kw|wp|watt|unit|piece|pc|hour|month|year|annum")
# A price quoted by the manager is an offer too: "стоимость комплекта — 2,4 млн руб."
PRICE_RE = re.compile(
    r"(?:стоимост\w*|цен[аеуыо]\w*|итого|предлага\w+|ставк\w*|фрахт\w*|\bprice[sd]?\b|\bpricing|"
    r"(?<!\w)(?:по|рас)считал[аи]?\b|\b(?:i|we)\s+(?:have\s+)?(?:calculated|worked\s+out)\b|"
    r"\bcost[s]?\b|\btotal\b|\bquote[sd]?\b|\brates?\b|\bfreight\b|"
    r"\bwe\s+(?:can\s+)?(?:offer|propose)|\bwe\s+charge|\bfees?\b|"
    # the work done for a sum: «сделаем за 1,9 млн», "we can do the whole roof for USD 240,000"
    r"(?<!\w)(?:сделаем|выполним|смонтируем|установим|поставим)(?!\w)|"
    # what it comes to: «проект обойдётся в 12 млн руб.», «под ключ выйдет», "would come to"
    r"(?<!\w)(?:обойд[её]тся|выйдет|составит)(?!\w)|\b(?:would|will)\s+(?:come\s+to|cost)\b|"
    r"\bcomes\s+to\b|"
    r"\bwe\s+(?:can|could|would)\s+(?:do|deliver|install|supply|build)\b)[^.!?\n]{0,60}?"
    r"(?:\d[\d \u00a0.,]*\s*(?:млрд|млн|тыс|mln|mn|million|bn|k|m)\b|"
    r"(?:usd|eur|rub|gbp|chf|cny|aed|sgd|kzt)\s*\d|"
    r"\d[\d \u00a0.,]*\d\s*(?:руб|rub|usd|eur|gbp|долл|евро|тенге|₽|€|\$|£)|[$€₽£]\s*\d)"
    # A rate per unit is a price with no price word: "9 500 руб. с человека", "EUR 15 per ticket".
    r"|(?:(?:usd|eur|rub)\s*\d[\d \u00a0.,]*|\d[\d \u00a0.,]*\s*(?:руб|rub|usd|eur|долл|евро|₽|€|\$)"
    r"\w*\.?|[$€₽]\s*\d[\d \u00a0.,]*)\s*(?:per|a|за|с|в)\s+(?:"
    r"person|pax|head|ticket|night|seat|traveller|traveler|trip|booking|hotel|"
    r"человека|персону|билет|ночь|сутки|место|гостиницу|поездку|бронирование|"
    # goods, freight and works by their unit: "5 100 USD за контейнер", "USD 0.55 per Wp"
    rf"{_UNITS})(?!\w)"
    r"|(?:(?:usd|eur|rub)\s*\d[\d \u00a0.,]*|\d[\d \u00a0.,]*\s*(?:руб|rub|usd|eur|долл|евро|₽|€|\$)"
    rf"\w*\.?)\s*/\s*(?:{_UNITS}|мес|шт|mo)(?!\w)"
    # a sum with its VAT is a price: «— 690 000 руб. с НДС», "USD 61,200 excl. VAT"
    r"|\d[\d \u00a0.,]*\s*(?:млн|тыс|mln|mn|million|k|m)?\.?\s*(?:руб|rub|usd|eur|gbp|долл|евро|тенге|"
    r"сум|₽|€|\$|£)[\w.]*(?:\s+сша)?\s*(?:,\s*)?(?:с|без|включая|вкл\.?|в\s+т\.\s*ч\.?)\s+ндс"
    r"|(?:(?:usd|eur|rub|gbp)\s*\d[\d \u00a0.,]*|\d[\d \u00a0.,]*\s*(?:rub|usd|eur|gbp|₽|€|\$|£))"
    r"\s*(?:\(\s*)?(?:incl\.?|including|excl\.?|excluding|plus|net\s+of|\+)\s*vat\b"
    # our offer named, then its sum: "Our offer: two-day training ..., USD 9,800"
    r"|(?:\bour\s+(?:offer|quote|proposal)|наш[аеи]?\s+(?:предложение|цена|ставка))\b"
    r"[^.!?\n]{0,120}?(?:(?:usd|eur|rub|gbp|chf|cny|aed|sgd|kzt)\s*\d|"
    r"\d\s*(?:руб|rub|usd|eur|gbp|долл|евро|тенге|₽|€|\$|£)|[$€₽£]\s*\d)"
    # the offer headed, then its figures: «КП по самосвалам: 31,5 млн, аванс 15 %», «По итогам —
    # коммерческое предложение: общая сумма 2,4 млрд тенге»; a bare «млн» is a sum there
    r"|(?:коммерческ\w*\s+предложени\w*|(?<!\w)кп(?!\w))(?:\s+по\s+[^:—–\n]{1,40}?)?\s*[:—–]"
    r"[^.!?\n]{0,120}?(?:\d\s*(?:млрд|млн)\.?(?!\w)|(?:usd|eur|rub|kzt)\s*\d|"
    r"\d\s*(?:руб|rub|usd|eur|долл|евро|тенге|₽|€|\$))", _F)
# The contract by its nouns in any case; not the verb «договорились» (we agreed), nor
# «договорённость», an understanding.
_CONTRACT_RU = r"договор(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?!\w)|контракт\w*|соглашени\w*"
_CONTRACT_EN = (r"contract|agreement|facility\s+letter|"
                # a services contract in two documents: "our MSA and the SOW"
                r"\bmsa\b|statement\s+of\s+work|\bsow\b")
CONTRACT_RE = re.compile(
    rf"(?:проект\w*\s+(?:\w+(?:ого|его|ой|ей|ых|их)\s+)?(?:{_CONTRACT_RU}|полис\w*)|(?:{_CONTRACT_RU})\s+(?:на\s+подпис\w+|для\s+подписани\w+|"
    rf"на\s+согласовани\w+|на\s+проверку)|(?:{_SEND_RU})[^.!?\n]{{0,50}}(?:{_CONTRACT_RU})"
    # an insurance policy is the contract of insurance: «проект полиса», "the draft policy"
    rf"|\bdraft\s+(?:of\s+the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_CONTRACT_EN}|(?:insurance\s+)?policy)|\b(?:{_CONTRACT_EN})\s+for\s+(?:your\s+)?"
    rf"(?:review|signature|signing|approval)|(?:{_SEND_EN})[^.!?\n]{{0,50}}\b(?:{_CONTRACT_EN}))", _F)
# The manager names the contract, then sends it: «договор и график во вложении», "the lease
# agreement and the schedule are attached" (the client's own contract with its supplier,
# sent to the bank, is not ours: read on the manager's letters only).
_CONTRACT_ATTACHED = re.compile(
    rf"(?<!\w)(?:{_CONTRACT_RU})[^.!?\n]{{0,40}}?(?:во\s+вложени\w*|"
    rf"прилага\w*|приложил[аи]?\b)"
    rf"|(?<!the\s)\b(?:{_CONTRACT_EN})\b[^.!?\n]{{0,40}}?"
    rf"\b(?:is\s+attached|are\s+attached|attached|enclosed)", _F)
_CONTRACT_ATTACHED = gated(_CONTRACT_ATTACHED)   # the same matches, fewer start positions tried
_CONTRACT_WORD = re.compile(rf"(?<!\w)(?:{_CONTRACT_RU})|\b(?:{_CONTRACT_EN})\b", _F)
# The contract named as what another paper belongs to: «счёт по договору», «спецификация к
# договору», «заявка в рамках рамочного договора», "the invoice under the agreement", "the
# annex to the contract". The paper sent is the bill, the specification, the application,
# not the contract drafted (a draft named there is: "comments to the draft agreement").
_UNDER = re.compile(
    r"(?:(?<!\w)(?:по|к|ко|под|согласно|в\s+рамках|в\s+соответствии\s+с|на\s+основании|"
    r"в\s+сч[её]т)|\b(?:under|to|per|pursuant\s+to|according\s+to|in\s+line\s+with|"
    r"in\s+accordance\s+with)(?:\s+(?:the|our|your|this|that|their))?)"
    r"\s+(?:(?!проект|draft)[\w-]+\s+){0,2}$", _F)


def under_contract(low: str, start: int, end: int) -> bool:
    """Whether every contract word between ``start`` and ``end`` names what another paper
    belongs to (``_UNDER``), so the paper sent is not the contract itself."""
    words = list(_CONTRACT_WORD.finditer(low, start, end))
    return bool(words) and all(_UNDER.search(low, max(0, w.start() - 60), w.start())
                               for w in words)


def _drafted(found: re.Match[str] | None, low: str) -> re.Match[str] | None:
    """The contract found, unless it is named only as what another paper belongs to."""
    return None if found is None or under_contract(low, found.start(), found.end()) else found
# A non-disclosure agreement opens the talk: neither the contract drafted nor the deal signed.
_NDA = re.compile(r"\bnda\b|non-disclosure|confidentiality\s+agreement|конфиденциальн|"
                  r"неразглаш", _F)
# ... nor does a draft withdrawn: «ранее направленный проект прошу считать недействительным»,
# "please disregard the draft agreement sent last week"
#: The contract ended, not drafted nor offered: «соглашение о расторжении» with the sums it
#: settles, "the termination agreement" closes a deal the client called off.
_TERMINATION = re.compile(r"(?:соглашени|допсоглашени|дополнительн\w+\s+соглашени)\w*\s+о\s+"
                          r"расторжени|\btermination\s+(?:agreement|deed|letter)|\bagreement\s+"
                          r"to\s+terminate", _F)
_NOT_CONTRACT = re.compile(rf"{_NDA.pattern}|доверенност|заявлени|недействительн\w*|(?<!\w)отзыва\w*|"
                           r"\bdisregard\b|\bwithdraw\w*|\bnull\s+and\s+void\b|"
                           # ... or put on hold: «проект договора пока откладываем», "the draft
                           # agreement stays on hold until you choose an option"
                           r"\bon\s+hold\b|\b(?:paused|suspended|parked)\b|(?<!\w)(?:на\s+пауз[еу]|"
                           r"приостан\w*|отклад\w*|отложен\w*|замороз\w*|заморож\w*)|"
                           # an intent, not the contract: «соглашение о намерениях», "LOI",
                           # "heads of terms" set the terms the contract will be drafted on
                           r"намерени|namereni|\bloi\b|letter\s+of\s+intent|heads\s+of\s+terms|"
                           # the contract ended, not drafted (``_TERMINATION``)
                           rf"{_TERMINATION.pattern}|"
                           # a sample or a template, shown before anything is agreed: «образец
                           # договора во вложении», "our SLA template" (``_SAMPLE``)
                           r"(?<!\w)образ[еч]?ц\w*|(?<!\w)шаблон\w*|\bsample\b|\btemplates?\b|"
                           r"obraz[ec]+[ct]s?\w*|shablon",
                           _F)
#: A paper sent beside a draft (an application form, a power of attorney), and a draft named.
_PAPER_BESIDE = re.compile(r"(?<!\w)(?:доверенност|заявлени)\w*", _F)
_DRAFT_NAMED = re.compile(r"(?<!\w)проект\w*\s+(?:\w+\s+)?(?:договор|контракт|соглашени)", _F)


def _not_contract(said: str) -> bool:
    """Whether the sentence naming a contract speaks of no draft of it (``_NOT_CONTRACT``);
    an application or a power of attorney sent beside a draft named leaves it a draft:
    «проект договора и заявление на подключение — во вложении»."""
    if _DRAFT_NAMED.search(said):
        said = _PAPER_BESIDE.sub(" ", said)
    return _NOT_CONTRACT.search(said) is not None


# What is declined only in its present form, to be talked over anew: «допсоглашение в текущем
# виде не актуально, давайте обсудим заново», "the proposal as it stands is not relevant".
_AS_IT_STANDS = re.compile(r"(?<!\w)в\s+(?:текущем|нынешнем|таком|этом|данном|прежнем)\s+виде|"
                           r"\bas\s+it\s+stands\b|\bin\s+(?:its|the)\s+(?:current|present)\s+form\b",
                           _F)
#: A sample or a template by its file's name: "SLA_template_EN.pdf", «Договор_образец.docx».
_SAMPLE = re.compile(r"образ[еч]?ц|шаблон|sample|template|obraz[ec]+[ct]|shablon", _F)
# The documents a bank or a buyer asks for to review the client: a contract named among two of
# them («анкета, отчётность за 2025 год и контракт», "the questionnaire, the financial
# statements and the signed contract") is the client's own, in the file, not our draft.
_FILE_DOCS = re.compile(
    r"(?<!\w)(?:(?P<a>анкет\w*|questionnaires?|kyc)|(?P<b>(?:бухгалтерск\w+\s+)?отч[её]тност\w*|"
    r"баланс\w*|financial\s+statements|(?:management|annual)\s+accounts)|(?P<c>устав\w*|"
    r"articles\s+of\s+association)|(?P<d>выписк\w+|extracts?\s+from)|(?P<e>протокол\w*|"
    r"minutes))(?!\w)", _F)


def _in_a_file(sentence: str) -> bool:
    """Whether a sentence names a contract among the documents of a client's file."""
    return len({m.lastgroup for m in _FILE_DOCS.finditer(sentence)}) >= 2
# Someone else's visit named as a point in time ("start before the CBUAE visit", «до визита
# аудиторов») plans no contact; our own or the site's visit still does.
# A day named after "after" is waited past: the contact is from the next day on.
_WAITED_PAST = re.compile(r"(?:\bпосле|\bafter(?:\s+the)?)\s*$", re.IGNORECASE | _F)
#: A sentence that may wait a day past: its date is read here, where its place is known, not
#: taken from the promise and request rules, which give the day alone (``_WAITED_PAST``).
_WAITS_PAST = re.compile(r"(?:\bпосле|\bafter)\b", re.IGNORECASE | _F)
_VISIT_AS_MARK = re.compile(
    r"\b(?:before|after|ahead\s+of|until)\s+(?:the\s+|their\s+|its\s+)?(?!(?:our|your|my|site)\b)"
    r"(?:[^\s.!?,]+\s+){0,2}?visits?\b|(?<!\w)(?:перед|после|до)\s+визит\w*\s+(?!(?:к|в|на|наш\w*|"
    r"ваш\w*)\b|\d)[^\s.!?,]+", _F)
AMOUNT_CUE_RE = re.compile(
    r"(?:лимит\w*|сумм\w+|объ[её]м\w*\s+(?:кредит|финансир|депозит|размещ|сделк)\w*|"
    r"кредит\w*\s+на|лини\w+\s+на|депозит\w*\s+на|размести\w*|размещени\w*|бюджет\w*|"
    r"\blimit|\bamount|\bfacility|\bloan\s+of|\bcredit\s+line\s+of|\bdeal\s+size|\bbudget|"
    r"\bplace\s+|\bplacing\s+|\bdeposit\s+of|\bfinancing\s+of|\bticket)", _F)
# A deal's size names its scale ("50 млн", "USD 2m"); a bare "500 000 руб." is a card limit.
_MONEY = (r"(?:(?:[$€₽£]|usd|eur|rub)\s*)?\d[\d \u00a0.,]*\s*(?:млрд|млн|тыс|mln|mn|million|"
          r"billion|bn|m|k)\b\.?(?:\s*(?:руб\w*|rub|usd|eur|долл\w*|евро|₽|\$|€))?")
MONEY_RE = re.compile(_MONEY, _F)
_SCALE = re.compile(r"\d\s*(?:млрд|млн|тыс|mln|mn|million|billion|bn|m|k)\b", _F)
CLOSE_RE = re.compile(
    r"(?:подпи(?:шем|сать|сание|саем|сания)|заключ(?:им|ить|ение)\s+(?:\w+\s+)?(?:договор|сделк|"
    r"контракт)|закры(?:ть|ем|тие)\s+сделк\w*|выйти\s+на\s+(?:подписание|сделку)|"
    r"запуст(?:им|ить)\s+(?:проект|сделку)|решение\s+(?:примем|будет\s+принято|принимать)"
    r"|\bsign(?:ing|ed\s+off)?\b|\bclose\s+(?:the\s+deal|this|it)|\bclosing\b|\bexecut(?:e|ion)\s+"
    r"(?:the\s+)?(?:contract|agreement|documents)|\bgo[\s-]live|\bfinal\s+decision|"
    r"\bdecision\s+(?:by|in|before))", _F)
# A sentence about sending later is a promise, not a document sent.
_LATER = re.compile(
    r"\b(?:will|shall|going\s+to|plan\s+to|tomorrow|by\s+(?:monday|tuesday|wednesday|thursday|"
    r"friday|the\s+end)|within|next\s+week)\b|(?:i|we)\s*['’]ll\b|"
    r"(?:на|от|при|вы|пере)(?:правлю|правим|шлю|шлём|шлем)|подготов(?:лю|им)|отправ(?:лю|им)|"
    r"скин(?:у|ем)|(?:при|за)вез(?:у|ём|ем)\b|(?<!\w)(?:обнов|исправ|поправ)(?:им|лю)\b|"
    r"(?<!\w)доработа(?:ем|ю)\b|возьм(?:у|ём|ем)\b|завтра|до\s+(?:понедельник|вторник|сред|четверг|пятниц|конца)|"
    r"в\s+течение|планиру\w+|буд(?:у|ем|ет|ут)\b|"
    # a step still ahead: "the next step is the draft contract", «следующий шаг — договор»
    r"\bthe\s+next\s+step\s+(?:is|will\s+be|would\s+be)\b|"
    r"следующ\w+\s+(?:шаг|этап)\s*(?:[—–-]|будет|это)", _F)
_LATER = gated(_LATER)   # the same matches, fewer start positions tried
# An offer bettered or updated (the manager's answer to bargaining), and the words that put it
# off to a later letter: «напишу вам 15 января с обновлённым предложением», "I'll come back
# with a revised quote" promise it, and the answer is still to come.
_BETTERED = re.compile(r"обновл|улучш|improved|revised", _F)
_COME_BACK = re.compile(r"(?<!\w)(?:напиш(?:у|ем)|верн(?:усь|[её]мся))(?!\w)|\bget\s+back\b|"
                        r"\bcome\s+back\b", _F)
# The manager's message says it carries a document: "во вложении", "направляю", "attached".
# It keeps a promise to send even when the stored copy has no file (an archive that strips
# attachments, a document shared from a drive without a link).
ENCLOSED_RE = re.compile(
    r"(?<!\w)(?:во\s+вложени[иь]|в\s+приложени[иь]|прилага(?:ю|ем)|направля(?:ю|ем)|"
    r"высыла(?:ю|ем)|отправля(?:ю|ем)|пересыла(?:ю|ем)|attached|enclosed|attaching|"
    r"please\s+find|here\s+(?:is|are)|here's|sending\s+you|(?:i\s+am|we\s+are)\s+sending|"
    # what was promised given after the words that say so: "two references, as promised:
    # ...", «как обещала, разбор: ...» (not «как и обещала по телефону, разобралась: ...»)
    r"(?:as\s+promised|как\s+(?:и\s+)?обещал[аи]?)(?:,\s*[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s*:|"
    # the letter names the file it carries: «расчёт в файле», "figures in the spreadsheet"
    r"в\s+(?:файле|файлах|таблице|excel\w*|экселе)|in\s+the\s+(?:file|spreadsheet|sheet))(?!\w)",
    _F)
# Data written into the message itself: a short label, a colon, then figures ("Машины на
# 08.10: 1) Volvo FH А 417 МР 69, ...", "Компенсация по рейсу: 39 600 руб. + ..."). Plates,
# sums and schedules are sent this way rather than as a file, and they keep a promise to send.
_INLINE_DATA = re.compile(
    r"(?m)(?:^|(?<=[.!]\s))[ \t]*(?P<label>[^\W\d_](?:[^\n:.!?]|(?<=\d)\.(?=\d)){1,50}?)"
    r"(?<!\s):(?!\d)(?=\s*[^\n]{0,30}?\d)")
# ... but not a signature's or a quoted header's field, nor a list of what the writer needs.
_NOT_DATA = re.compile(
    r"(?<!\w)(?:тел|tel|phone|моб|mob|факс|fax|e-?mail|почта|www|доб|ext|whatsapp|skype|от|"
    r"from|sent|to|кому|тема|subject|отправлено|date|дата|cc|копия|адрес|address|инн|кпп|огрн|"
    r"бик|уточн\w*|нужн\w*|прошу|просим|please\s+(?:send|confirm|advise|let)|could\s+you|"
    r"(?:we|i)\s+need|need|"
    # the client's need restated: «как я понимаю вашу потребность:», "my understanding of your
    # needs:" lists what is asked for, not what is offered
    r"needs|requirements?|understanding|потребност\w*|понима\w*)(?!\w)", _F | re.IGNORECASE)


# Every match of _INLINE_DATA has such a colon: one that no digit follows, with a digit
# later on its line. A letter without one is not scanned line by line.
_DATA_COLON = re.compile(r":(?!\d)(?=\s*[^\n]{0,30}?\d)")


def _inline_data(text: str) -> int | None:
    """Where the message starts giving data inline, or None (``_INLINE_DATA``)."""
    if ":" not in text or not _DATA_COLON.search(text):
        return None
    for m in _INLINE_DATA.finditer(text):
        # "План такой: договор пришлю завтра, 15-го подпишем" tells what will come
        if (not _NOT_DATA.search(m["label"]) and not _LATER.search(m["label"].lower())
                and not _LATER.search(text[m.end():m.end() + 80].lower())):
            return m.start("label")
    return None


# The contract in a party's own form or wording, on the client's letters: «нашу форму
# договора», «свою редакцию контракта», "their version of the supply contract".
_THEIR_FORM = re.compile(
    rf"(?<!\w)(?:форм|редакци|верси)\w*\s+(?:[\w-]+\s+)?(?:{_CONTRACT_RU})|"
    rf"\b(?:version|form|mark-?up|redline)\s+of\s+(?:(?:the|our|their|its)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_CONTRACT_EN})\b", _F)
#: Where a clause ends: a dash, a comma, a semicolon or the sentence's end.
_CLAUSE_END = re.compile(r"\s[—–-]\s|[,;]|$")
# The client sends a document itself (not «ждём проект договора», "please send the draft").
_CLIENT_SENDS = re.compile(r"(?<!\w)(?:во\s+вложени|в\s+приложени|"
                           # «направляйте проект договора» asks for it: nothing is sent
                           r"(?:прилага|направля|высыла|отправля|пересыла)(?!йте|ть)|attached|enclosed|attaching|please\s+find|"
                           # a paper made ready: «юристы подготовили», "legal has prepared"
                           r"подготовил[аи]?\b|\b(?:have|has)\s+prepared\b|"
                           r"here\s+is|here's|(?:we\s+are|i\s+am)\s+sending|"
                           # a state customer's draft posted to the procurement portal: «проект
                           # контракта размещён в ЕИС», "the draft contract is posted on the portal"
                           r"размещ[её]н\w*|(?:is|has\s+been|was)\s+(?:posted|uploaded|published))", _F)
def _offer_headed(low: str, subject: str) -> int | None:
    """Where the figures of an offer headed above them start, or None (``prices.HEAD_LINE``)."""
    head = prices.HEAD_LINE.search(low)       # not "Next week I will send our terms:"
    start = (head.end() if head and not _LATER.search(head[0])
             else 0 if prices.HEAD_SUBJECT.search(subject.lower()) else None)
    if start is None or prices.BILL_DOC.search(low):
        return None
    figures = prices.SUM.search(low, start)
    return figures.start() if figures else None


# The manager asks the correspondent for its price: a supplier being sourced, not a client
# ("Could you please quote 35 rooms", "просим рассчитать стоимость перевозки").
QUOTE_ASKED_RE = re.compile(
    r"\b(?:could|can|would)\s+you\s+(?:please\s+)?(?:quote|send\s+(?:us\s+|me\s+)?(?:your\s+|a\s+)?"
    r"(?:quote|quotation|offer|prices?|rates?))\b|\bplease\s+quote\b|\brequest\s+for\s+(?:a\s+)?"
    r"(?:quote|quotation|proposal)|(?<!\w)(?:просим|прошу)\s+(?:вас\s+)?(?:рассчитать|выставить|"
    r"прислать|направить|предоставить|дать)\s+(?:\w+\s+){0,2}(?:стоимост|предложени|расч[её]т|кп|"
    r"прайс|цен)\w*", _F)
# The manager speaks to the correspondent of our client as a third party: what the client
# asks, waits for or moves, or that the client will be told ("Our customer Alma is still
# waiting", "the client asks for delivery in May", «клиент переносит встречу», «клиента
# предупрежу»). One says that to the supplier, carrier or venue serving the client, never to
# the client itself ("As our client, you ..." and the customer service desk are not it).
FOR_CLIENT_RE = re.compile(
    r"(?<!\bas\s)\b(?:our|the)\s+(?:end\s+)?(?:customer|client)\s+(?:(?!(?:service|care|support|"
    r"portal|base|account|area|success|experience|feedback)\b)[\w.&-]+\s+){0,3}?"
    r"(?:asks?|asked|is\s+asking|wants|wanted|insists|(?:is|are)\s+(?:still\s+)?waiting|"
    r"has\s+been\s+waiting|postpones|is\s+postponing|has\s+postponed|is\s+moving|cancell?ed)\b"
    r"|\b(?:let|tell|inform|warn|update)\s+(?:our|the)\s+(?:end\s+)?(?:customer|client)\b(?!s)"
    r"|(?<![а-яё])(?:наш\w*\s+)?(?:клиент|заказчик|покупател)[ьи]?(?:ы)?\s+(?:[\w«».-]+\s+){0,3}?"
    r"(?:просит|просят|хочет|хотят|настаивает|ждёт|ждет|ждут|переносит|переносят|перен[её]с\w*|"
    r"отменил\w*|отменяет)(?![а-яё])"
    r"|(?<![а-яё])(?:предупрежу|предупредим|сообщу|сообщим|передам|напомню|проинформирую)\s+"
    r"(?:\w+\s+)?(?:клиент|заказчик)(?:а|у|ов|ам)?(?![а-яё-])"
    r"|(?<![а-яё])(?:клиент|заказчик)(?:а|у|ов|ам)\s+(?:я\s+|мы\s+)?(?:предупрежу|предупредим|"
    r"сообщу|сообщим|проинформирую|уведомлю)(?![а-яё])", _F)
_DIGIT = re.compile(r"\d")
# A payment order or its confirmation, sent with the message.
_PAYMENT_SENT = re.compile(r"пл[ао]т[её]жк\w*|пл[ао]т[её]жн\w+\s+поручени\w*|"
                           r"\bpayment\s+(?:order|confirmation|slip)", _F)
# A conversation held, as a letter looks back on it: "спасибо за разговор", "following our
# call". A call that no telephony log holds still shows the needs were talked through.
_ATTACH_OFFER = re.compile(r"(?:кп|коммерч|предлож|offer|proposal|quot|tarif|тариф|pricing|услови|"
                           r"price|term.?sheet|rates|ставк|смет|прайс|estimate|(?<![a-z])rate|"
                           # transliterated: "KP_Dubrava.pdf", "Predlozhenie_...", "Smeta_..."
                           r"(?<![a-z])kp(?![a-z])|predlozhen|(?<![a-z])smet)",
                           _F)
_ATTACH_CONTRACT = re.compile(r"(?:договор|contract|agreement|соглашени|facility|dogovor|"
                              r"kontrakt|soglashen)", _F)
# A person's act in the third person singular (the client's person: see
# :func:`client_person_acts`).
_ONE_ACTS_RU = (r"(?<!\w)(?:пришл[её]т|направит|вышлет|отправит|передаст|подпишет|оплатит|"
                r"перевед[её]т|перечислит|подготовит|предоставит|свяжется|позвонит|перезвонит|"
                r"набер[её]т|ответит|сообщит|привез[её]т|выставит|закажет)(?!\w)")
_ONE_ACTS_EN = (r"\bwill\s+(?:send|sign|countersign|pay|"
                r"wire|transfer|call|ring|email|e-mail|forward|share|provide|prepare|return|"
                r"confirm|deliver|submit|issue|get\s+back|come\s+back|revert|book|order|"
                r"courier|drop\s+off)\b")
_ONE_ACTS = re.compile(_ONE_ACTS_RU + "|" + _ONE_ACTS_EN, _F)
# Who may act for the client in English: a role, or a name (a capitalised word that is no
# word of grammar), or he/she; not "your ...", which is the reader's person.
_EN_ROLE = frozenset("""treasurer controller cfo ceo coo cto md gm director manager head colleague
    assistant secretary accountant lawyer counsel founder owner partner chairman chair boss
    officer engineer specialist bookkeeper""".split())
_EN_NOT_NAME = frozenset("""the this that these those it its there here what which who everything
    nothing something someone somebody everyone anyone all each one delivery payment invoice
    shipment order contract it's you your we i they our my thanks""".split())


_EN_HEDGE = re.compile(r"\b(?:hope|hopefully|think|expect|probably|maybe|perhaps|guess|assume|"
                      r"believe|suppose|might|likely|wish)\b", _F | re.IGNORECASE)


def client_person_acts(quote: str, at: int) -> str | None:
    """Who does the act at ``at`` of a client's sentence (``_ONE_ACTS``), when it is one of
    the client's people named as its subject: ``name`` for a first name, a surname or
    «он»/«она» next to the verb, or a capitalised name or he/she before "will"; ``role`` for
    one of its staff by role («казначей», "our treasurer"); ``None`` for anyone else: the
    reader's person («ваш юрист», "your colleague Anna"), a third party («перевозчик
    выставит счёт», «заказчик направит ТЗ») or a thing."""
    from indexer import ru_morph

    low = quote.lower()
    if re.match(_ONE_ACTS_RU, low[at:]):
        return ru_morph.person_acts(low, at)
    # the word before "will", or before "from ..." ("Mark from procurement will send")
    raw = quote[:at].split()
    if raw and raw[-1].endswith((",", ":", ";", "!", "—")):
        return None       # the reader addressed: "Thanks Anna, will send it" is the writer's
    before = [w.strip(",.;:!()") for w in raw][-4:]
    if "from" in before[:-1]:
        before = before[:before.index("from")]
    if not before or any(w.lower() in ("your", "you") for w in before[-3:]):
        return None
    if _EN_HEDGE.search(quote, 0, at):
        return None       # "I hope Anna will send it", "probably Mark will call"
    first = before[-1]
    if first.lower() in ("he", "she"):
        return "name"
    if first.lower() in _EN_ROLE:
        return "role"
    return ("name" if first[:1].isupper() and first.isalpha()
            and first.lower() not in _EN_NOT_NAME else None)


# What a buyer commits to in the first person plural: "подпишем", "оплатим", "пришлём".
COMMIT_RE = re.compile(
    r"(?:подпи(?:шем|шу)|оплатим|перевед[её]м|внес[её]м|примем\s+решение|"
    r"собер[её]м|подадим|закаж(?:ем|у)|верн[её]м|верн(?:ёмся|емся|усь)|"
    r"дадим\s+(?:ответ|обратную|знать)|сообщ(?:им|у)|согласу(?:ем|ю)|пришл(?:ём|ем|ю)|"
    r"направ(?:им|лю)|отправ(?:им|лю)|предостав(?:им|лю)|подготов(?:им|лю)|провед(?:ём|ем|у)|"
    r"свяж(?:емся|ёмся|усь)|рассмотр(?:им|ю)|утвердим|(?:перед(?:адим|ам)|напиш(?:у|ем)|"
    r"отвечу|ответим)(?!\w)|"
    r"\b(?:we|i)\s*(?:'ll|’ll|\s+will|\s+shall|\s+are\s+going\s+to|\s+plan\s+to|"
    r"\s+aim\s+to|\s+expect\s+to)\b|"
    # the client's people as the subject: "юристы посмотрят до 11-го", "legal will check"
    r"(?:посмотрят|проверят|согласуют|подпишут|оплатят|пришлют|направят|рассмотрят|"
    r"подготовят|утвердят|вернут|ответят)(?!\w)|"
    # one of them: "юрист посмотрит до пятницы", "our lawyer will review it this week"
    r"(?:юрист|бухгалтер|директор|руководител\w*|финансист)\s+(?:\w+\s+)?(?:посмотрит|"
    r"проверит|согласует|подпишет|оплатит|пришл[её]т|направит|вернёт|вернет|ответит)|"
    r"\b(?:lawyer|accountant|director|cfo|ceo|counsel|boss)\s+(?:will|shall|is\s+going\s+to)\b|"
    # a thing of the client's due by a day: «отчётность будет к 20-му», «ДС будет к среде»,
    # "the statements will be with you by Friday", "the same will be shared next week"
    # (only with the day found: «будет к этому времени» commits to nothing)
    r"(?<!\w)буд(?:ет|ут)\s+(?:готов\w*\s+)?(?:к|до|не\s+позднее)(?!\w)|"
    r"\bwill\s+be\s+(?:ready|with\s+you|shared|sent|provided|submitted)\b|"
    # ... or a payment or a paper of the client's done by a day, in the passive, with no one
    # named: «оплата будет произведена до пятницы», «будет оплачено до 25.11», "payment will
    # be made by Friday" (with the day found, as above; not a signing, which both sides do)
    r"(?<!\w)буд(?:ет|ут)\s+(?:\w+\s+)?(?:оплачен|перечислен|переведен|произведен|"
    r"направлен|отправлен|выслан|передан|предоставлен|возвращ[её]н|оформлен)\w*|"
    r"\bwill\s+be\s+(?:made|paid|transferred|wired|remitted|settled|returned|forwarded)\b|"
    # "Подписать договор планируем до конца ноября", as "we plan to sign" is
    r"(?:подписать|оплатить|заключить)\s+(?:\w+\s+){0,3}?планиру(?:ем|ю)|"
    r"планиру(?:ем|ю)\s+(?:\w+\s+){0,2}?(?:подписать|оплатить|заключить)|"
    r"\b(?:legal|lawyers|finance|accounting|procurement|buyer|board|management|team)"
    r"\s+(?:will|shall|is\s+going\s+to|are\s+going\s+to)\b|"
    # one of the client's people by name, role or pronoun: «Юля пришлёт реквизиты», «реквизиты
    # пришлёт Юля», "Olga will sign on Monday", "our treasurer will wire it" (whose person it
    # is: ``client_person_acts``)
    + _ONE_ACTS_RU + "|" + _ONE_ACTS_EN + ")", _F)
# The rest of it: where one of those matches too, the person's act needs no check.
_COMMIT_BY_OTHERS = re.compile(COMMIT_RE.pattern.replace(
    "|" + _ONE_ACTS_RU + "|" + _ONE_ACTS_EN + ")", ")"), _F)
# The act refused, not promised: «100% предоплату мы не согласуем», "we will not sign it in
# this form" (not «не позднее пятницы подпишем»).
_NOT_BEFORE = re.compile(r"(?<!\w)не\s+$", _F)
_NOT_AFTER = re.compile(r"\s+(?:not|never)\b", _F)


def _refused(low: str, start: int, end: int) -> bool:
    """Whether the commitment word at ``low[start:end]`` is negated."""
    return bool(_NOT_BEFORE.search(low, max(0, start - 4), start)
                or _NOT_AFTER.match(low, end))


THANKS_RE = re.compile(
    r"^\W*(?:(?:добрый\s+(?:день|вечер)|здравствуйте|hello|hi|dear\s+\w+)\W*)?(?:\w+\W+)?"
    r"(?:спасибо|благодар\w+|thanks|thank\s+you|получил\w*|получено|got\s+it|well\s+received|"
    r"received|noted|ок\b|ok\b|okay|отлично|great|принято)", _F)


@lru_cache(maxsize=16)
def product_pattern(products: tuple[tuple[str, tuple[str, ...]], ...]
                    ) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Regexes naming every product by its code, names and aliases (at a word start).

    The first runs on lower-cased text: a name matches as a word prefix, so Russian
    case endings are found ("кредит" in "кредитной линии"); names shorter than four
    letters must match whole. The second runs on the text as written: an upper-case
    abbreviation ("ТО", "ВК", "SCR") is a product only in capitals, never the word "то".
    """
    lower: list[str] = []
    upper: list[str] = []
    for index, (_, names) in enumerate(products):
        words = {n.strip() for n in names if n.strip()}
        caps = sorted((n for n in words if n.isupper() and len(n) <= 4), key=len, reverse=True)
        rest = sorted({n.lower() for n in words if n not in caps}, key=len, reverse=True)
        alts = "|".join(_name_alt(n) for n in rest)
        if alts:
            lower.append(f"(?P<p{index}>(?<!\\w)(?:{alts}))")
        if caps:
            upper.append(f"(?P<p{index}>(?<!\\w)(?:{'|'.join(map(re.escape, caps))})(?!\\w))")
    return (re.compile("|".join(lower), _F) if lower else None,
            re.compile("|".join(upper), _F) if upper else None)


def products_named(text: str, products: tuple[tuple[str, tuple[str, ...]], ...]
                   ) -> dict[str, int]:
    """{product code: where the text first names it} (``product_pattern``'s products)."""
    lower, upper = product_pattern(products)
    named: dict[str, int] = {}
    for regex, text_as in ((lower, text.lower()), (upper, text)):
        for match in regex.finditer(text_as) if regex is not None else ():
            code = products[int((match.lastgroup or "p0")[1:])][0]
            named[code] = min(named.get(code, match.start()), match.start())
    return named


# A Russian word's case ending, cut from each word of a name of several words, so that
# «расчётный счёт» is found in «открытие расчётного счёта».
_RU_ENDING = re.compile(r"(?<=[а-яё]{3})(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|[аяоеыиьй])$")


def _name_alt(name: str) -> str:
    """The regex of one product name (lower case): a word prefix, every word inflected."""
    words = name.split()
    if len(words) < 2 or not re.search(r"[а-яё]", name):
        return re.escape(name) + (r"\w*" if len(name) >= 4 else r"\b")
    parts = [re.sub("[её]", "[её]", re.escape(_RU_ENDING.sub("", w))) for w in words]
    return r"\w*\s+".join(parts) + r"\w*"


def _sentence(text: str, spans: Sequence[tuple[int, int]], pos: int) -> tuple[int, str]:
    for s, e in spans:
        if s <= pos < e:
            return s, text[s:e].strip()[:QUOTE_CHARS]
    return pos, text[pos:pos + QUOTE_CHARS].strip()


def is_question(sentence: str) -> bool:
    """Whether a sentence asks or supposes rather than commits ("Подпишем ли мы до пятницы?",
    "if we sign")."""
    return bool(answers.FUTURE_NOT_MINE.search(sentence.lower()))


#: A text of more words than this is longer than a thank-you (100 characters) can be.
_THANKS_WORDS = 50


# A thing come to us: «получили», «дошли», «поступил», "arrived", "received", "came in".
RECEIPT_RE = re.compile(
    r"(?<!\w)(?:получил[аи]?|получены?|дош[её]л|дошл[аио]|поступил[аи]?|доставлен[аоы]?|"
    r"arrived|received|came\s+(?:in|through)|(?:has|have)\s+come|reached\s+us)(?!\w)",
    re.UNICODE)
_RECEIPT_GATE = re.compile(r"получ|дош|поступ|доставл|arriv|receiv|came|come|reached")
# Not come yet, or only asked about: «ещё не получили», "has not arrived", "did you receive".
_NOT_YET = re.compile(r"(?<!\w)(?:не|нет|ещё|еще|пока|жд[её]м|not|n't|never|yet|still|"
                      r"waiting|once|when|if|если|как\s+только|после)(?!\w)|n't(?!\w)",
                      re.UNICODE)


def is_thanks(text: str) -> bool:
    """Whether the whole new text is only a thank-you or an acknowledgement."""
    words = text.split(None, _THANKS_WORDS)
    if len(words) > _THANKS_WORDS:
        return False                  # 51 words or more: longer than 100 characters
    body = " ".join(words)
    return 0 < len(body) <= 100 and "?" not in body and bool(THANKS_RE.match(body.lower()))


# Each cue regex, cut down per letter to the alternatives it could match (the names keep the
# regexes as written: run by their cue, they give the same matches).
_CUE = {regex: Cue(regex) for regex in (
    PROPOSAL_RE, PRICE_RE, CONTRACT_RE, WON_RE, LOST_RE, TERMS_RE, CONTACT_RE, AMOUNT_CUE_RE,
    CLOSE_RE, COMMIT_RE, QUOTE_ASKED_RE, ENCLOSED_RE)}
MONEY_RE = gated(MONEY_RE)

#: The cue literals and the trigger and date words, found in one pass over a letter; the
#: literals of the yes (:mod:`indexer.deal_answers`) and of the intermediary's voice
#: (:mod:`indexer.intermediary`) are found in the same pass.
_SCAN = CueScan([*_CUE.values(), *answers.YES_CUES, *intermediary.CUES],
                DATE_WORDS.union(*TRIGGERS.values()), STEM)


@dataclass(frozen=True)
class LetterScan:
    """What the one pass over a letter's new text found: its lower case, the cue literals and
    the stems of the trigger and date words in it, and the literals as a case-insensitive cue
    reads them (:meth:`indexer.cue_scan.CueScan.folded`: None when the text holds a character
    ``re`` folds otherwise than ``str.lower()``, and every alternative then runs)."""

    low: str
    literals: frozenset[str]
    stems: frozenset[str]
    folded: frozenset[str] | None


def scan_letter(text: str) -> LetterScan:
    """The one pass over a letter's new text that its signals and its intermediary's voice
    read (:func:`detect_signals`, :func:`indexer.intermediary.speaks_for`)."""
    low = text.lower()
    literals, stems = _SCAN.found(low)
    return LetterScan(low, literals, stems, None if _SCAN.odd_in(text) else literals)


def cue(regex: re.Pattern[str]) -> Cue:
    """The cue of one of the signals' cue regexes (``LOST_RE``, ...), to run it the same way."""
    return _CUE[regex]


# The price in a correspondent's sentence is the buyer's: its budget, what it pays now, our
# price named as ours («ваша цена», "your quote"): a client's sentence, not a seller's.
_BUYERS_PRICE = re.compile(
    r"бюджет|budget|(?<!\w)(?:плат(?:им|или)|заплатим|оплачиваем|we\s+(?:currently\s+)?pa(?:y|id)"
    r"|we\s+are\s+paying|we\s+spend|тратим)(?!\w)|(?<!\w)(?:ваш(?:а|е|ей|у|его|и|их)?|your)\s+"
    r"(?:\w+\s+)?(?:цен|ставк|тариф|предложени|кп|price|rate|fee|quote|offer|proposal)", re.I)


def detect_signals(text: str, *, direction: str, ref_time: datetime, lang: str | None = None,
                   calendar: BusinessCalendar | None = None, subject: str = "",
                   attachments: Sequence[str] = (),
                   products: tuple[tuple[str, tuple[str, ...]], ...] = (),
                   known_dates: Mapping[int, tuple[datetime | None, str | None]] | None = None,
                   ours: str = "", letter: LetterScan | None = None) -> list[Signal]:
    """The negotiation signals of one message's new text; ``direction`` is "in" or "out".

    ``ref_time`` is the sent time in the sender's zone (dates resolve against it); ``ours``
    is our own company's name: a choice or a tender's result naming it is no decline.
    ``known_dates`` maps the start of a sentence whose date the promise and request
    rules have already resolved to that (deadline, grain), so it is not resolved twice;
    ``letter`` is :func:`scan_letter` of ``text`` when the caller has made it.
    """
    out: list[Signal] = []
    low = letter.low if letter is not None else text.lower()
    spans: list[tuple[int, int]] | None = None

    def sentence_at(pos: int) -> tuple[int, str]:
        nonlocal spans
        if spans is None:
            spans = sentences(text)
        return _sentence(text, spans, pos)

    def add(kind: str, match: re.Match[str] | None, value: str = "") -> None:
        if match is not None:
            start, quote = sentence_at(match.start())
            out.append(Signal(kind, quote, start, value))

    # One pass over the letter finds the literals the cues' matches hold (a cue, or an
    # alternative of it, whose literals are missing is not run) and which trigger and
    # date words the letter's words start with.
    literals, stems = (letter.literals, letter.stems) if letter is not None else _SCAN.found(low)

    def cued(kind: str) -> bool:
        return not TRIGGERS[kind].isdisjoint(stems) and (
            kind not in NEEDS or any(part in low for part in NEEDS[kind]))

    def runnable(regex: re.Pattern[str]) -> list[re.Pattern[str]]:
        return _CUE[regex].kept(literals)

    def first(regex: re.Pattern[str], kind: str) -> re.Match[str] | None:
        kept = runnable(regex)
        if not kept:
            return None
        for start, end in _near(low, TRIGGERS[kind] & stems):
            found = Cue.search(kept, low, start, end)
            if found:
                return found
        return None

    def every(regex: re.Pattern[str], kind: str) -> Iterator[re.Match[str]]:
        kept = runnable(regex)
        if not kept:
            return
        last = 0
        for start, end in _near(low, TRIGGERS[kind] & stems):
            for found in Cue.finditer(kept, low, max(start, last), end):
                last = found.end()
                yield found

    def priced_offer() -> re.Match[str] | None:
        """The sentence offering a price, whoever wrote it: a named offer or a price stated
        (in any tense), with how long it holds, or a table of prices."""
        offered = cued("proposal")
        proposal = (first(PROPOSAL_RE, "proposal")
                    if offered and any(part in low for part in OFFER_NAMED) else None)
        if proposal and _LATER.search(sentence_at(proposal.start())[1].lower()):
            proposal = None           # "I'll send the offer on Monday": a promise, not an offer
        if proposal is None and offered and _DIGIT.search(low):
            # A price stated is an offer, in any tense: "the rate will be USD 2,950".
            proposal = first(PRICE_RE, "proposal")
            if proposal and (prices.BILL_DOC.search(low, sentence_at(proposal.start())[0],
                                                    proposal.end() + 60)
                             or prices.only_from(low, proposal.start(), proposal.end())):
                proposal = None       # a bill names its sum with VAT too; "from X" indicates
        if (proposal is None and offered and prices.priced(low)
                and not prices.BILLED.search(low)):
            # A price with how long it holds: "40HQ USD 2,980, valid till end of November".
            proposal = validity(low)
        if proposal is None and "|" in low and not prices.BILLED.search(low):
            proposal = prices.TABLE.search(low)      # a table of prices, figures below
        return proposal

    # A file's name is read as words: "Acme_NDA_agreement.pdf" names an NDA.
    names = " ".join(a.lower() for a in attachments).replace("_", " ")
    if direction == "in" and cued("contract"):
        # The client sends its own draft («направляем наш проект договора», "attached is
        # our standard agreement for your review", its own form or wording of it: «наша
        # редакция договора», "their version of the contract"): the negotiation is at the
        # contract too.
        drafted = _drafted(first(CONTRACT_RE, "contract"), low) or _drafted(
            _THEIR_FORM.search(low), low)
        start, said = sentence_at(drafted.start()) if drafted else (0, "")
        said = said.lower()
        # What the client asks is read in the clause that names the contract, not in one
        # beside it: «пересылаю нашу форму договора — посмотрите, устроит ли».
        end = _CLAUSE_END.search(said, max(0, drafted.end() - start)) if drafted else None
        asked = said[:end.start()] if end else said
        if (drafted and _CLIENT_SENDS.search(said) and not (
                _not_contract(said) or _LATER.search(said) or is_question(asked)
                or _in_a_file(said))):
            add("contract", drafted)
    if (direction == "in" and names and _ATTACH_CONTRACT.search(names)
            and not any(s.kind == "contract" for s in out)
            and not (_NOT_CONTRACT.search(names) or _SAMPLE.search(names)
                     or _in_a_file(low) or _PAYMENT_SENT.search(low))):
        # The client's letter carrying a contract by its file's name is its draft sent for
        # review, whatever the letter says ("please review and comment").
        out.append(Signal("contract", ", ".join(attachments)[:QUOTE_CHARS], -1))
    if direction == "out":
        contract = first(CONTRACT_RE, "contract") if cued("contract") else None
        if contract is None and cued("contract"):
            contract = _CONTRACT_ATTACHED.search(low)
        contract = _drafted(contract, low)
        said = sentence_at(contract.start())[1].lower() if contract else ""
        if contract and (_not_contract(said) or _LATER.search(said) or _in_a_file(said)
                         or (names and _SAMPLE.search(names))):
            contract = None
        if contract:
            add("contract", contract)
        elif (names and _ATTACH_CONTRACT.search(names)
              and not (_NOT_CONTRACT.search(names) or _SAMPLE.search(names))):
            out.append(Signal("contract", ", ".join(attachments)[:QUOTE_CHARS], -1))
        proposal = priced_offer()
        if proposal is None and "%" in low:
            # A loan, a deposit or a guarantee offered by its rate with its sum or term: «кредит
            # 8 млн на 3 года под 19 %», "a guarantee line of RUB 50m at 2.2% p.a."
            rated = _RATE_OFFER.search(low)
            if rated and "?" not in sentence_at(rated.start())[1] and not (
                    prices.BILLED.search(low) or _LATER.search(sentence_at(rated.start())[1].lower())):
                proposal = rated
        headed = None if proposal or not _DIGIT.search(low) else _offer_headed(low, subject)
        if proposal:
            add("proposal", proposal)
        elif names and _ATTACH_OFFER.search(names):
            out.append(Signal("proposal", ", ".join(attachments)[:QUOTE_CHARS], -1))
        elif headed is not None:
            start, quote = sentence_at(headed)
            out.append(Signal("proposal", quote, start))
        if direction == "out" and ("client" in low or "customer" in low or "клиент" in low
                                   or "заказчик" in low or "покупател" in low):
            add("for_client", FOR_CLIENT_RE.search(low))
        if "quot" in low or "прос" in low or "прош" in low:
            add("quote_asked", Cue.search(runnable(QUOTE_ASKED_RE), low, 0,
                                          len(low)))
        for enclosed in Cue.finditer(runnable(ENCLOSED_RE), low, 0, len(low)):
            start, quote = sentence_at(enclosed.start())
            if "?" not in quote and not _LATER.search(quote.lower()):
                out.append(Signal("enclosure", quote, start))
                # A document sent with a price is an offer, whatever it is called
                # ("the two programmes attached: ... EUR 58,900"); a bill is no offer.
                if (not any(g.kind == "proposal" for g in out) and prices.priced(low)
                        and not prices.BILLED.search(low)):
                    out.append(Signal("proposal", quote, start))
                break
        else:
            inline = _inline_data(text)
            if inline is not None:
                start, quote = sentence_at(inline)
                out.append(Signal("enclosure", quote, start))
                # Figures laid out in the letter with a sum in a currency are an offer
                # ("Options: 1) 50 kWp - USD 41,000 ..."), as a document with a price is.
                if (not any(g.kind == "proposal" for g in out) and prices.priced(low, inline)
                        and not prices.BILLED.search(low)):
                    out.append(Signal("proposal", quote, start))
    if any(s.kind == "proposal" and _TERMINATION.search(s.text.lower()) for s in out):
        # The sums a termination settles are no offer: «соглашение о расторжении с возвратом
        # аванса 120 000 руб.»
        out[:] = [s for s in out if s.kind != "proposal" or not _TERMINATION.search(s.text.lower())]
    if direction == "out":
        # A price told as information (a price list, the market's, ours in general or in
        # answer to a question) is no offer: the needs are being talked through.
        out[:] = [Signal("priced", s.text, s.start, s.value)
                  if s.kind == "proposal" and prices.general(s.text) else s for s in out]
    for won in every(WON_RE, "won") if cued("won") else ():
        start, quote = sentence_at(won.start())
        if direction == "in" and answers.MONEY_CAME.search(won[0]):
            continue       # "we received payment under the LC": the client's money, not ours
        lead = low[start:won.start()]
        if awaited(lead.lstrip() + low[won.start():start + len(lead) + len(quote) + 1],
                   len(lead.lstrip())):
            continue       # «подписанный договор так и не получили»: still awaited
        if not FUTURE_RE.search(quote.lower()) and not _NDA.search(quote.lower()):
            out.append(Signal("won", quote, start))
            break
    if not any(s.kind == "won" for s in out):
        # A paper of the contract signed, or the goods shipped or received.
        done = done_beyond_signature(low, direction)
        if done is not None:
            start, quote = sentence_at(done)
            out.append(Signal("won", quote, start))
    if (direction == "in" and attachments and not any(s.kind == "won" for s in out)
            and ("плат" in low or "payment" in low)):
        # The client sends the payment order itself: «платёжку прикладываю».
        paid = _PAYMENT_SENT.search(low)
        said = sentence_at(paid.start())[1].lower() if paid else ""
        if paid and not FUTURE_RE.search(said) and not _LATER.search(said):
            add("won", paid)
    if any(word in low for word in answers.TALKED_WORDS):
        add("talked", answers.TALKED_RE.search(low))
    if direction == "in" and cued("lost"):
        declined = first(LOST_RE, "lost")
        if declined and _AS_IT_STANDS.search(sentence_at(declined.start())[1].lower()):
            declined = None   # «в текущем виде не актуально, давайте обсудим заново»: reworked
        add("lost", declined)
    if direction == "in" and not any(s.kind == "lost" for s in out):
        # A choice made, in a letter that parts politely, is the choice of someone else; the
        # deal done with another provider, or kept where it is, is a decline too.
        parted = answers.parting_decline(low, sentence_at)
        if parted is None:
            parted = answers.done_elsewhere(low, sentence_at)
        if parted is not None:
            start, quote = sentence_at(parted)
            out.append(Signal("lost", quote, start))
    if ours and any(s.kind == "lost" for s in out):
        named = answers.chose_us(ours)
        if named is not None:
            out[:] = [s for s in out if s.kind != "lost"
                      or not named.search(s.text.lower().replace("ё", "е"))]
    if direction == "out" and not any(s.kind == "lost" for s in out):
        # Our side turns the client down: the loan refused, the application declined.
        refused = our_refusal(low)
        if refused and not (_LATER.search(sentence_at(refused.start())[1].lower())
                            or answers.FUTURE_NOT_MINE.search(
                                sentence_at(refused.start())[1].lower())):
            add("lost", refused)
    if direction == "out" and ("актуал" in low or "no longer" in low):
        # The manager may write the decline down ("понял, для вас это уже не актуально");
        # asking whether it still stands is no decline.
        noted = answers.LOST_NOTED.search(low)
        if noted and not answers.FUTURE_NOT_MINE.search(sentence_at(noted.start())[1].lower()):
            add("lost", noted)
    if cued("terms"):
        bargain = first(TERMS_RE, "terms")
        said = sentence_at(bargain.start())[1].lower() if bargain else ""
        if bargain and direction == "out" and _BETTERED.match(bargain[0]) and (
                _LATER.search(said) or _COME_BACK.search(said)):
            bargain = None    # «вернусь в феврале с обновлённым КП»: a promise, not the answer
        if not (bargain and THEIR_PENALTY_RE.search(said)):
            add("terms", bargain)
    if direction == "in" and not any(s.kind == "terms" for s in out):
        # Bargaining in the client's own words: our price found too much, or us asked to move.
        bargained = answers.bargains(low, sentence_at)
        if bargained is not None:
            start, quote = sentence_at(bargained)
            out.append(Signal("terms", quote, start))
    if direction == "out" and ("agreed" in low or "согласован" in low):
        noted = answers.YES_NOTED.search(low)
        if noted:
            add("accepted", noted)
    if direction == "in":
        yes = answers.said_yes(low, literals)
        if yes is not None:
            start, quote = sentence_at(yes)
            if not answers.FUTURE_NOT_MINE.search(low[start:yes] + answers.yes_clause(low, yes)):
                out.append(Signal("accepted", quote, start))
    for match in every(AMOUNT_CUE_RE, "amount") if cued("amount") and _SCALE.search(low) else ():
        money = MONEY_RE.search(low, match.end(), match.end() + 40)
        if money and money.start() - match.end() <= 25:
            value = _money_value(text[money.start():money.end()])
            if value:
                add("amount", match, value)
                break
    # Dates are resolved once per sentence, and in a few sentences per message at most.
    dated: dict[int, list[ResolvedDate]] = {}

    def date_at(start: int, quote: str, cue: int) -> ResolvedDate | None:
        if (start not in dated and known_dates and start in known_dates
                and not several_dates(quote.lower()) and not _WAITS_PAST.search(quote)):
            # The promise and request rules resolved one date for the sentence; with two
            # named ("Я до 2-го в Казани, давайте созвонимся 3 декабря") the one after the
            # cue is read here.
            due, grain = known_dates[start]
            if due is None:
                dated[start] = []          # the rules found no date ahead in this sentence
            elif grain in ("minute", "hour", "day"):
                value = due if grain != "day" else due.replace(hour=0, minute=0, second=0,
                                                               microsecond=0)
                dated[start] = [ResolvedDate(value, grain, due, len(quote), len(quote))]
        if start not in dated:
            if len(dated) >= DATED_SENTENCES:
                return None
            low_quote = quote.lower()
            dated[start] = (future_dates(quote, ref_time, lang, calendar)
                            if DATE_DIGITS.search(low_quote) or names_a_date(low_quote)
                            else [])
        found = dated[start]
        after = cue - text.index(quote, start)
        # A move names the old day and the new one: the new one is meant, wherever the cue.
        return day_inside(found, moved_to(quote, found) or next(
            (d for d in found if d.start >= after), found[0] if found else None))

    dates_named: list[bool] = []

    def has_date() -> bool:
        """Whether the letter names a date at all (read once, when first asked)."""
        if not dates_named:
            dates_named.append(not DATE_WORDS.isdisjoint(stems)
                               or bool(DATE_DIGITS.search(low)))
        return dates_named[0]

    for kind, regex in (("close", CLOSE_RE), ("contact_date", CONTACT_RE)):
        for match in every(regex, kind) if cued(kind) and has_date() else ():
            start, quote = sentence_at(match.start())
            if kind == "close" and "?" in quote:
                continue                  # "Подпишем ли мы до пятницы?" asks, it does not plan
            if direction == "out" and kind == "contact_date" and REPLY_ASKED.match(
                    low, match.start()):
                continue
            if kind == "contact_date" and any(
                    m.start() <= match.start() and match.end() <= m.end()
                    for m in _VISIT_AS_MARK.finditer(low, max(0, match.start() - 60),
                                                     match.end() + 40)):
                continue                  # "before the regulator's visit": a point in time
            when = date_at(start, quote, match.start())
            if when is None:
                continue
            if kind == "contact_date" and when.grain in (
                    OUR_VAGUE_GRAINS if direction == "out" else VAGUE_GRAINS):
                # "let's revisit next year", «вернёмся в первом квартале», «в феврале»: a
                # period with no day to it is a pause, not a contact planned; so is a week the
                # manager names («перезвоню на следующей неделе»)
                continue
            moment = when.deadline if kind == "close" else when.value
            if kind == "contact_date" and when.grain == "day" and _WAITED_PAST.search(
                    quote, 0, when.start):
                # «созвонимся после 20-го», "call me after the 12th": the 20th is waited past,
                # the talk is from the day after it
                moment += timedelta(days=1)
            out.append(Signal(kind, quote, start, moment.isoformat()))
            break
    if direction == "in":
        for match in Cue.finditer(runnable(COMMIT_RE), low, 0, len(low)):
            start, quote = sentence_at(match.start())
            if any(o.kind == "commitment" and o.start == start for o in out):
                continue
            when = (date_at(start, quote, match.start())
                    if has_date() or (known_dates and start in known_dates) else None)
            if _ONE_ACTS.fullmatch(match.group()) and not _COMMIT_BY_OTHERS.match(
                    low, match.start()):
                who = client_person_acts(quote, match.start() - text.index(quote, start))
                if who is None or (who == "role" and when is None):
                    continue      # a role with no day tells how things go, not what is owed
            if (is_question(before_question(quote) or quote) or _refused(low, match.start(), match.end())
                    or (when is None and low.startswith(("буд", "will be"), match.start()))
                    or not agreed(quote, "client", dated=when is not None)):
                continue
            out.append(Signal("commitment", quote, start, due=when.deadline if when else None))
    if direction == "in":
        # The correspondent offering its own price (a named offer, a price stated, with how
        # long it holds, a table of prices) is selling to us; read as our offer would be.
        sold = priced_offer()
        start, said = sentence_at(sold.start()) if sold is not None else (0, "")
        if sold is not None and "?" not in said and not _BUYERS_PRICE.search(said) and not any(
                g.kind == "terms" and g.start == start for g in out):
            # Our price restated to bargain over it, the buyer's budget or what it pays now
            # is the client's side of a price, not a price it sells at.
            out.append(Signal("sells", said, start))
    if products:
        # A product in the subject gets a negative span, -2 for the one named first (the
        # fold splits deals by those: "Сервис для компрессора" is about the service).
        in_subject = (dict(sorted(products_named(subject, products).items(), key=lambda kv: kv[1]))
                      if subject else {})
        in_text = products_named(text, products)
        for index, code in enumerate(dict.fromkeys([*in_subject, *in_text])):
            out.append(Signal("product", code, -2 - index if code in in_subject else in_text[code],
                              code))
    if direction == "out" and _RECEIPT_GATE.search(low):
        # Our letter saying what the client sent by hand or by courier has come («оригиналы
        # получили», "the signed LOI arrived yesterday"): the courier leaves no letter of the
        # client's, so this is what keeps its promise to deliver (:mod:`indexer.commitments`).
        for got in RECEIPT_RE.finditer(low):
            start, quote = sentence_at(got.start())
            if "?" not in quote and not _NOT_YET.search(quote.lower()):
                out.append(Signal("receipt", quote, start))
                break
    if direction == "in" and all(s.kind == "product" for s in out) and is_thanks(text):
        out.append(Signal("thanks", " ".join(text.split())[:QUOTE_CHARS], 0))
    return out


#: How far from a trigger word a cue's match may reach (the longest cue spans about 110
#: characters: a sending verb, up to 60 more, an offer word).
REACH = 160


def _near(low: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """The stretches of ``low`` around each occurrence of ``words``, merged and in order.

    A cue regex runs only there, not over the whole letter: its matches hold one of its
    trigger words. A stretch never ends inside a word (a cut word would look whole).
    """
    spots: list[int] = []
    for word in words:
        at = low.find(word)
        while at >= 0:
            spots.append(at)
            at = low.find(word, at + len(word))
    spots.sort()
    out: list[tuple[int, int]] = []
    size = len(low)
    for at in spots:
        start, end = max(0, at - REACH), min(size, at + REACH)
        while end < size and low[end].isalnum():
            end += 1
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _money_value(text: str) -> str:
    """``"50 млн руб."`` -> ``"5000000000 RUB"`` (currency empty when none is named)."""
    from indexer.tags import parse_amount

    clean = text.strip()
    prefix = re.match(r"(?i)(usd|eur|rub)\s*", clean)
    currency = ""
    if prefix:
        currency = prefix.group(1).upper()
        clean = clean[prefix.end():]
    parsed = parse_amount(clean)
    if parsed is None:
        return ""
    minor, named, _ = parsed
    return f"{minor} {named or currency}".strip()
