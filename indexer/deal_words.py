"""The words each negotiation cue needs before its regex runs (``indexer.deal_signals``).

A cue regex is costly; a letter's words are cheap to compare. Each kind of signal runs only
where the letter holds one of its trigger words (compared by their first ``STEM`` letters,
so Russian case endings match), a date needs a date word or date digits, and a contract or
won cue needs one of the substrings every match of it holds. Changing a cue regex in
``deal_signals`` means adding its words here.
"""

from __future__ import annotations

import re

from indexer.cue_scan import gated

_F = re.UNICODE

#: A talk, a signing or a shipment moved to another day: «перенесём звонок на четверг»,
#: «встречу пришлось перенести», "can we move the call", "rescheduled", "push it to".
MOVED_RE = re.compile(r"перен[её]с\w*|перенос\w*|\bmov(?:e|ed|ing)\b|\breschedul\w*|"
                      r"\bpush(?:ed|ing)?\b|\bpostpon\w*|\bshift(?:ed|ing)?\b", _F)

#: What every match of a cue holds (a substring test is far cheaper than the regex): every
#: contract cue names the contract, every won cue a signature, a payment or a deal.
NEEDS: dict[str, tuple[str, ...]] = {
    "contract": ("договор", "контракт", "соглашени", "полис", "contract", "agreement", "facility",
                 "policy", "msa", "sow", "statement of work"),
    "won": ("подпис", "заключ", "сделка", "signed", "executed", "оплач", "оплат", "аванс",
            "paid", "purchase", "po ", "получили", "поступил", "received", "рамочн", "framework",
            "master", "выдан", "выпущен", "размещ", "issued", "disbursed", "placed"),
}
#: Every offer cue (PROPOSAL_RE) names an offer, a price list or a rate; a price (PRICE_RE)
#: needs a digit.
OFFER_NAMED = ("предлож", "кп", "тариф", "расч", "индикатив", "оферт", "смет", "спецификаци",
               "proposal", "offer", "quot", "pricing", "price", "tariff", "term", "indicative",
               "rate", "fee", "estimat")

#: Words are compared by their first letters, so case endings match ("скидку", "скидки").
STEM = 6


def stems(*words: str) -> frozenset[str]:
    """The first letters of each word (how trigger words are compared)."""
    return frozenset(w[:STEM] for w in words)


# Each cue regex runs only when the text has one of its words (by their first letters):
# a set of word starts costs a few microseconds, a regex scan of the text tens of them.
TRIGGERS: dict[str, frozenset[str]] = {
    "proposal": stems("кп", "тариф", "тарифы", "коммерческое", "предложение", "расчёт", "расчет",
                      "посчитал", "рассчитал", "calculated", "worked",
                      "ставка", "ставку", "ставки", "фрахт", "freight", "rate",
                      "оферта", "индикативные", "смета", "смету", "estimate", "спецификация",
                      "стоимость", "цена",
                      "цены", "цену", "цене", "итого", "предлагаем", "proposal", "offer", "quote",
                      "quotation", "pricing", "price", "prices", "tariff", "term", "rates",
                      "fee", "fees", "cost", "costs", "total", "charge",
                      # the unit of a rate: "9 500 руб. с человека", "EUR 15 per ticket"
                      "человека", "персону", "билет", "ночь", "сутки", "place", "person",
                      "ticket", "night", "seat", "traveller", "booking",
                      "контейнер", "вагон", "тонну", "тонна", "паллет", "паллету", "машину",
                      "рейс", "квт", "вт", "штуку", "шт", "мес", "месяц", "container", "teu",
                      "truck", "trailer", "wagon", "tonne", "pallet", "sqm", "kwp", "kwh",
                      "kw", "wp", "watt", "unit", "piece", "month",
                      # a price with how long it holds: "USD 2,980, valid till end of November"
                      "valid", "validity", "действует", "действительно", "действительна",
                      "ндс", "vat", "сделаем", "выполним", "смонтируем", "установим",
                      "поставим", "deliver", "install", "supply", "build", "обойдётся",
                      "обойдется", "выйдет", "составит", "come", "comes", "cost"),
    "contract": stems("проекта", "подпись", "подписания", "согласование", "проверку", "направляю",
                      "высылаю", "отправляю", "прикладываю", "вложении", "приложении", "прилагаю",
                      "пересылаю", "подготовили", "направили", "отправили", "высылаем", "draft",
                      "review", "signature", "signing", "approval", "attached", "enclosed",
                      "attaching", "please", "sending", "send", "here", "sharing", "prepared",
                      "выслал", "прислал", "переслал", "приложил", "приложила", "attachment"),
    "won": stems("подписан", "подписали", "заключён", "заключен", "сделка", "оплачен",
                 "оплатили", "оплату", "предоплату", "аванс", "invoice", "paid", "signed",
                 "executed", "fully", "purchase", "po", "спецификацию", "received", "payment",
                 "advance", "deposit", "платёж", "платеж", "поступил", "поступила", "рамочному",
                 "рамочного", "рамочном", "рамочным", "рамках", "framework", "master",
                 "under", "выдана", "выдан", "выдано", "выпущена", "выпущен", "размещён",
                 "размещен", "issued", "disbursed", "placed"),
    "lost": stems("house", "own", "сами", "силами", "справимся", "сделаем", "останемся",
                  "остаёмся", "выбрали", "выбрал", "выбрала", "выбрало", "пас", "went", "local", "решили", "приняли",
                  "тендер", "конкурс", "закупку", "закупка", "победил", "выиграл", "выиграла",
                  "выиграли", "продолжим", "продолжаем", "одобрило", "одобрил", "одобрили",
                  "согласовало", "утвердило", "утвердил", "поддержало", "больше", "решил",
                  "решила", "вынуждены", "awarded", "against", "approve", "support",
                  "актуально", "неактуально", "отказаться",
                  "отказываемся", "будем", "интересно", "заинтересованы", "остаёмся", "остаемся",
                  "interested", "another", "different", "other", "current", "existing",
                  "decided", "proceed", "moving", "going", "forward", "ahead", "longer",
                  "decline", "pass", "пользу", "работаем", "заморожен", "отменён", "отменен",
                  "закрыт", "сняли", "бюджет", "competitor", "budget", "cancelled", "canceled",
                  "shelved", "frozen", "взяли", "купили", "оформили", "заключили",
                  "заказали", "gone", "opted", "решило", "отказались", "строить", "создавать",
                  "создать", "построить", "развивать", "build", "drop", "declining",
                  "declined", "decline", "победителем", "победитель", "winner", "winning",
                  "ourselves", "отменить", "cancel", "остаться", "выбор", "выборе"),
    # Distinctive words only: "ставка" or "price" alone is every other bank letter.
    "terms": stems("повторить", "match", "много", "мало", "долго", "too", "снизить", "снижение", "уменьшить", "пересмотреть", "улучшить", "обсудить",
                   "согласовать", "скидка", "скидку", "скидки", "встречное", "высокая", "дорого",
                   "конкуренты", "конкурентов", "обновлённое", "обновленное", "торг", "уступить",
                   "дешевле", "дорого", "дороговато", "expensive", "budget", "отсрочка",
                   "кусается", "устраивает", "устраивают", "уберите", "исключите", "remove",
                   "cheaper", "split", "tranche", "tranches", "installment",
                   "installments", "instalments", "оплату", "оплата", "предоплата",
                   "предоплату", "аванс", "exceeds", "бюджет", "бюджета",
                   "хотим", "отсрочку", "рассрочка", "рассрочку", "оплаты",
                   "payment", "reduce", "lower", "best", "final", "discount", "better", "high",
                   "counter", "negotiate", "negotiation", "match", "revised", "waive",
                   "предлагает", "penalty", "penalties", "liability", "law", "governing",
                   "below", "under", "неустойка", "неустойку", "неустойки", "штрафные", "выше",
                   "ниже", "штраф", "штрафы", "штрафа", "штрафов", "штрафам", "штрафами",
                   "prefer", "preferred", "prefers", "rather", "предпочли", "предпочитаем",
                   "хотели", "хотел", "просим", "прошу", "нужно", "нужен", "нужна", "ask", "asking",
                   "need", "first", "initial",
                   "advance", "down", "первый", "первого", "первую", "первый", "цене", "цену",
                   "стоимости", "ставке", "тарифу", "price", "pricing", "rate", "fee",
                   "переторжка", "переторжку", "переторжки", "переторжке", "bafo", "rebid",
                   "re", "rebidding", "можете", "сможете", "могли", "давайте", "improve",
                   "sharpen", "anything", "can", "could", "would", "улучшенное", "улучшенные",
                   "улучшенный", "улучшенных", "улучшенную", "улучшённое", "улучшённые",
                   "минимум", "improved", "floor", "cannot", "can't", "can’t", "готовы",
                   "готов", "дадим", "согласны", "устраивает", "but", "рынка", "рынку",
                   "целевая", "целевую", "целевой", "целевые", "above", "target", "можем",
                   "request"),
    "contact_date": stems("созвонимся", "позвоню", "перезвоню", "звонок", "звонка", "звонке",
                          "встреча", "встретимся", "обсудим", "вернёмся", "вернемся",
                          "вернуться", "свяжемся", "наберите", "наберём", "связи", "call",
                          "calls", "talk", "speak", "meet", "meeting", "catch", "revisit",
                          "reconnect", "touch", "chat", "come", "pick", "ответьте", "reply",
                          "respond", "answer", "revert", "visit", "visits", "see", "визит",
                          "визита", "приеду", "приедем", "приедете",
                          "заеду", "заедем", "подъеду", "подъедем", "приезжайте", "drop",
                          "видеосвязи", "видео", "video", "teams", "zoom", "свяжитесь",
                          "напишите", "back", "наберу", "ring", "phone", "ответ", "need",
                          "просим", "прошу", "confirm", "sign",
                          # the client's own answer by a day (contact_cues.OWN_ANSWER)
                          "вернусь", "свяжусь", "отпишусь", "отпишемся", "напишу", "напишем",
                          "отвечу", "ответим", "решение", "знать", "обратную", "touch",
                          "know", "ping", "write", "line"),
    "amount": stems("лимит", "сумма", "сумму", "объём", "объем", "кредит", "кредитную", "линию",
                    "депозит", "разместить", "размещение", "бюджет", "limit", "amount",
                    "facility", "loan", "credit", "deal", "budget", "place", "placing", "deposit",
                    "financing", "ticket"),
    "close": stems("подпишем", "подписать", "подписание", "подписания", "подписываем",
                   "заключим", "заключить", "закрыть", "закроем", "выйти", "запустим",
                   "запустить", "примем", "принято", "принимать", "sign", "signing", "close",
                   "closing", "execute", "execution", "live", "final", "decision"),
}
# A date, a close or a commitment needs a date: a number written like a date or a time
# ("05.12", "2026-12-05", "15:00", "25-го", "к 20-му", "5th"), or one of these words (month and day
# names, "завтра", "next week"...). A bare number is an amount, not a date.
DATE_DIGITS = re.compile(r"\d{1,4}[./-]\d{1,2}|\d{1,2}:\d\d|"
                         r"\d{1,2}(?:-?(?:го|му|е|ое|ого)|st|nd|rd|th)\b", _F)
DATE_DIGITS = gated(DATE_DIGITS)   # the same matches, fewer start positions tried
DATE_WORDS = stems(
   "завтра", "сегодня", "послезавтра", "неделе", "неделю", "месяца", "месяце", "квартала",
   "квартале", "году", "года", "конца", "начале", "понедельник", "вторник", "среду", "среда",
   "четверг", "пятницу", "пятница", "субботу", "воскресенье", "среде", "понедельнику",
   "вторнику", "четвергу", "пятнице", "субботе", "воскресенью", "января", "январе", "январь",
   "февраля", "феврале", "марта", "марте", "апреля", "апреле", "мая", "мае", "июня", "июне",
   "июля", "июле", "августа", "августе", "сентября", "октября", "ноября", "декабря",
   "декабре", "вечера", "утра", "обеда", "tomorrow", "today", "tonight", "next", "week",
   "month", "quarter", "year", "end", "monday", "tuesday", "wednesday", "thursday", "friday",
   "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
   "august", "september", "october", "november", "december", "this", "within", "течение",
   "через", "noon", "eod", "asap")


#: The grains of a period with no day in it («в феврале», "next year", «в первом квартале»):
#: a pause, no contact planned, whoever names it.
VAGUE_GRAINS = ("month", "quarter", "year")
#: ... and, when the manager names it, a week («перезвоню в начале следующей недели», "I'll
#: call you next week"): the manager's own vague word names no day to hold it to. The client
#: asking for a week ("call me early next week") is waiting from its first day.
OUR_VAGUE_GRAINS = (*VAGUE_GRAINS, "week")
