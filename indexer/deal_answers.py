"""How a letter answers an offer, in Russian and English: pure regexes for ``deal_signals``.

The client's yes to go ahead («решила — давайте со счётом», "let's proceed"), a letter
looking back on a conversation held, the money come as the seller confirms it, the decline
the manager writes down, and what makes a sentence a question or a condition rather than a
statement of one's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from indexer.cue_scan import Cue, gated

_F = re.UNICODE

#: A question or a condition is not a commitment ("Подпишем ли мы до пятницы?", "if we sign").
FUTURE_NOT_MINE = re.compile(r"\?|\bif\b|\bесли\b|\bли\b|\bwhen\s+can\b|\bcan\s+you\b", _F)
FUTURE_NOT_MINE = gated(FUTURE_NOT_MINE)   # the same matches, fewer start positions tried
#: A decline as the manager writes it down.
LOST_NOTED = re.compile(r"не\s*актуал(?:ен|ьн\w*)|\bno\s+longer\s+(?:relevant|needed|a\s+priority)",
                        _F)
#: The letter looks back on a conversation held: «спасибо за разговор», "following our call".
TALKED_RE = re.compile(
    r"спасибо\s+за\s+(?:\w+\s+)?(?:разговор|беседу|звонок|встречу)\b|по\s+итогам\s+(?:\w+\s+)?"
    r"(?:разговора|звонка|встречи|беседы|созвона)\b|как\s+(?:и\s+)?договорились\s+по\s+телефону"
    r"|\bthanks?\s+(?:you\s+)?for\s+(?:the\s+|your\s+|our\s+|today's\s+|yesterday's\s+)?"
    r"(?:call|chat|meeting|conversation)\b|\bfollowing\s+(?:our|the|today's|yesterday's)\s+"
    r"(?:call|conversation|meeting|chat)\b|\bgood\s+(?:to\s+)?(?:speak|talk)(?:ing)?\s+"
    r"(?:to|with)\s+you", _F)
TALKED_RE = gated(TALKED_RE)   # the same matches, fewer start positions tried
TALKED_WORDS = ("спасибо за", "по итогам", "по телефону", "thank", "following", "good to",
                 "good speak", "good talk")
#: The money came: the seller says it, so the manager's letter only (``WON_RE``): the
#: client's "we received payment under the LC" is its own buyer paying.
MONEY_CAME = re.compile(r"получили|поступил|received", _F)
#: The client says yes to go ahead: «решила — давайте со счётом», «погрузчики берём», "let's
#: proceed", "we'd like to go ahead" (not a question, nor a condition: ``FUTURE_NOT_MINE``).
ACCEPT_RE = re.compile(
    r"давайте\s+(?:двигаться|работать|оформлять|запускать|начинать|подключать|открывать|"
    r"заключать|со\s+сч[её]том|с\s+вами)\b|(?<!не\s)(?:нас\s+)?(?:устраива|подход)(?:ет|ят)\s*"
    r"(?:[,—–-]\s*)?давайте|бер[её]м(?=\s*[,.!;—–]|$)|(?<!не\s)согласны\s+с\s+(?:вашим\s+|"
    r"вашими\s+)?(?:предложени|услови|вариант|расч[её]т|кп)\w*|\blet'?s\s+(?:proceed|go\s+ahead|"
    r"move\s+forward|go\s+for\s+it)\b|\bwe(?:'d|\s+would)\s+like\s+to\s+(?:proceed|go\s+ahead)\b|"
    r"\bhappy\s+to\s+(?:proceed|go\s+ahead)\b|\bwe\s+(?:accept|agree\s+to)\s+(?:your|the)\s+"
    r"(?:offer|proposal|terms|quote|pricing)\b|\bwe(?:'ll|\s+will)\s+go\s+with\s+(?:your\s+|the\s+)?"
    r"(?:option|variant|(?:first|second|third|\w+er)\s+option)|"
    # the figure or the terms taken as offered: «хорошо, 16,4 принимается», «условия принимаем»,
    # "2.9% is accepted", "we accept 2.9%" (not «принимается к рассмотрению»)
    r"(?:(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:%|руб\w*|тыс\w*|млн)?|(?<!\w)(?:цен[аы]|ставк[аи]|услови[яе]|"
    r"вариант|кп|предложени[ея]))\s+(?:нами\s+)?принимает(?:ся|ся\s+нами)(?!\s+(?:к|в)\s)(?!\w)|"
    r"(?<!\w)(?:цен[уы]|ставк[уи]|услови[яе]|вариант|кп|предложени[ея])\s+принимаем(?!\w)(?!\s+(?:к|в)\s)|"
    r"(?<!\w)(?<!не\s)принимаем\s+(?:ваш\w*\s+)?(?:цен|ставк|услови|вариант|кп|предложени)\w*"
    r"(?!\s+(?:к|в)\s)|\b(?:\d+(?:\.\d+)?\s*%?|price|rate|terms|quote|offer)\s+(?:is|are)\s+"
    r"accepted\b(?!\s+for\s+review)|\bwe\s+accept\s+(?:usd|eur|\$|€)?\s*\d|"
    # the decision to go with us, taken by the client or its board: "the partners have agreed to
    # proceed with you", "decided to go ahead with Acme on these terms", «правление одобрило
    # ваше предложение», «решили работать с вами» (not with "another supplier": no terms of ours)
    r"\b(?:agreed|decided)\s+to\s+(?:proceed|go\s+ahead|move\s+forward)\s+with\s+(?:you\b|your\s+"
    r"(?:offer|proposal|quote|terms)|[^.!?\n]{0,40}?\bon\s+(?:those|these|your|the\s+revised|the\s+"
    r"proposed)\s+terms)|\b(?:board|management|partners|committee|directors?|owners?)\s+(?:has\s+|"
    r"have\s+)?approved\s+(?:your|the)\s+(?:revised\s+)?(?:offer|proposal|quote|terms)\b|"
    r"(?<!\w)(?:правлени\w*|руководств\w*|директор\w*|собственник\w*|учредител\w*|совет\s+директоров)"
    r"\s+(?:одобрил|согласовал|утвердил|принял)[аио]?\s+(?:ваш[еи]?\s+(?:\w+\s+)?(?:предложени|кп|"
    r"услови)|работу\s+с\s+вами|сотрудничество\s+с\s+вами)|(?<!не\s)решили\s+работать\s+с\s+вами",
    _F)
#: The manager writes the client's yes down, item by item, with no one else named as agreeing:
#: "1. Premium RUB 21.3 m, option B — agreed in principle.", «Аванс 30 % — согласовано.»
YES_NOTED = re.compile(
    r"(?:[—–:]|\s-)\s*(?:agreed(?:\s+in\s+principle)?|(?:в\s+принципе\s+|принципиально\s+)?"
    r"согласован[оы]?(?:\s+в\s+принципе)?)(?=\s*(?:[.;]|$))", _F | re.MULTILINE)
_ACCEPT_WORDS = ("давайте", "бер", "согласн", "proceed", "go ahead", "move forward", "go for",
                 "accept", "agree to", "go with", "устраива", "подход", "fine", "ok", "happy",
                 "work", "good", "договорились", "вопросов", "замечаний", "возражений",
                 "questions", "comments", "objections", "приним", "accepted", "approved",
                 "одобрил", "согласовал", "утвердил", "принял", "решили")
#: The client approving what was offered: «цена устраивает», «условия подходят», «согласны на
#: 16,8 %», "fine with the revised price", "the terms work for us" (not «не устраивает»).
_APPROVES = re.compile(
    r"(?<!не\s)(?<!не\s\s)(?:устраива(?:ет|ют)|подход(?:ит|ят)|согласны(?:\s+на)?)(?!\w)|"
    r"(?<!\w)бер[её]м\s+(?:по|за)\s+\d|(?<!\w)договорились(?=\s*[,.!—–])|"
    r"\b(?:fine|ok|okay|happy|good)\s+with\b|\b(?:works?|suits?)\s+(?:for\s+)?us\b|"
    r"\bwe\s+agree\b|\b(?:we(?:'re|\s+are)\s+)?good\s+to\s+go\b", _F)
#: What is approved is the offer: its price, terms or a figure («согласны на 16,8 %»), not a
#: time («время подходит, высылайте приглашение»).
_TERMS_NAMED = re.compile(
    r"\d\s*(?:%|руб|тыс|млн|₽|\$|€|usd|eur|cny|kzt|k\b)|(?:[$€]|\b(?:usd|eur|rub|cny|gbp|aed)\b)\s*\d|цен|стоимост|услови|ставк|"
    r"тариф|предложени|(?<!\w)кп(?!\w)|расч[её]т|вариант|(?<!\w)(?:по|за|at)\s+\d|"
    r"\b(?:price|pricing|terms|rate|quote|quotation|offer|proposal|conditions|option)", _F)
#: ... and asking for the next step in the same letter: «запускайте», «направляйте договор»,
#: «готовим документы», "please go ahead with the first batch", "send the contract".
_NEXT_STEP = re.compile(
    r"(?<!\w)(?:запускайте|запускаем|оформляйте|оформляем|готовьте|готовим|высылайте|направляйте|"
    r"присылайте|выставляйте|открывайте)(?!\w)|"
    r"\b(?:please\s+)?(?:go\s+ahead|proceed|send\s+(?:us\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:contract|agreement|"
    r"invoice|draft|documents|paperwork)|prepare\s+(?:the\s+)?(?:contract|agreement|documents|"
    r"paperwork)|issue\s+the\s+invoice)\b|"
    # ... or asking what the next step needs: «что нужно для подписания?», "what do you need
    # from us to sign?"
    r"(?<!\w)что\s+(?:нужно|требуется|надо)\s+(?:от\s+нас\s+)?(?:для|чтобы)\s+(?:подписани|оформлени|"
    r"открыти|запуск|подписать|оформить|открыть|запустить)\w*|\bwhat\s+do\s+you\s+need\s+"
    r"(?:from\s+us\s+)?to\s+(?:sign|proceed|start|open|get\s+started)\b", _F)
_NEXT_STEP = gated(_NEXT_STEP)   # the same matches, fewer start positions tried
_CLAUSE_REST = re.compile(r"[^,;—–.!?\n]*\??")
#: The offer looked over with nothing to raise («вопросов нет», «замечаний нет», "no further
#: questions"), then the paper to sign asked for («пришлите допсоглашение, подпишем», "send us
#: the amendment"): a yes in other words.
_NOTHING_TO_RAISE = re.compile(
    r"(?<!\w)(?:вопросов|замечаний|возражений)\s+(?:у\s+\w+\s+)?(?:больше\s+)?нет(?!\w)|"
    r"\bno\s+(?:further\s+|more\s+)?(?:questions|comments|objections)\b", _F)
_PAPER_ASKED = re.compile(
    r"(?<!\w)(?:пришлите|присылайте|направьте|направляйте|высылайте|вышлите|готовьте)\s+"
    r"(?:\w+\s+){0,2}?(?:договор|допсоглашени|доп\.\s*соглашени|дополнительн\w+\s+соглашени|"
    r"соглашени|сч[её]т|документ)\w*|"
    r"\b(?:send|prepare|issue)\s+(?:us\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:contract|agreement|amendment|"
    r"addendum|invoice|paperwork|documents)\b", _F)


#: The three readings of a yes, run as cues: only the alternatives whose literals the letter
#: holds are tried. :func:`indexer.deal_signals.detect_signals` finds those literals in its
#: one Aho-Corasick pass over the letter, with its own cues' (``YES_CUES``).
_ACCEPT = Cue(ACCEPT_RE)
_APPROVES_CUE = Cue(_APPROVES)
_NOTHING_CUE = Cue(_NOTHING_TO_RAISE)
YES_CUES = (_ACCEPT, _APPROVES_CUE, _NOTHING_CUE)


def said_yes(low: str, literals: frozenset[str] | None = None) -> int | None:
    """Where the lower-cased letter says yes to go ahead (``ACCEPT_RE``), or None.

    ``literals``: the anchor literals of ``YES_CUES`` the letter holds (None: not known, every
    alternative runs); the same answer either way.
    """
    if not any(word in low for word in _ACCEPT_WORDS):
        return None
    end = len(low)
    found = Cue.search(_ACCEPT.kept(literals), low, 0, end)
    if found:
        return found.start()
    # Approval of what was offered with the next step asked for, in one sentence or two
    # side by side: the yes itself, in whatever words.
    for approves in Cue.finditer(_APPROVES_CUE.kept(literals), low, 0, end):
        step = _NEXT_STEP.search(low, approves.end(), approves.end() + 120)
        what = low[max(0, approves.start() - 50):approves.end() + 30]
        if (step and _TERMS_NAMED.search(what)
                and not FUTURE_NOT_MINE.search(low[approves.start():step.start()])):
            return approves.start()
    for raised in Cue.finditer(_NOTHING_CUE.kept(literals), low, 0, end):
        step = _PAPER_ASKED.search(low, raised.end(), raised.end() + 120)
        if step and not FUTURE_NOT_MINE.search(low[raised.start():step.start()]):
            return raised.start()
    return None


def yes_clause(low: str, at: int) -> str:
    """The clause from ``at`` to its end, with its question mark: "let's proceed, what do
    you need?" still says yes; "shall we proceed?" does not."""
    found = _CLAUSE_REST.match(low, at)
    return found[0] if found else ""


#: The client parting with the deal politely: thanks for the effort, regret, a door left open
#: for later («спасибо за работу», «к сожалению», «будем иметь в виду на следующий год», "maybe next year",
#: "let's keep in touch for the future", "thanks for your time").
PARTING_RE = re.compile(
    r"спасибо\s+за\s+(?:вашу\s+)?(?:работу|труд|время|хлопоты|потраченное\s+время)|"
    r"благодарим\s+за\s+(?:вашу\s+)?(?:работу|время)|будем\s+иметь\s+в\s+виду|"
    # thanks for the work however qualified, and a hope for later: «благодарим за оперативную
    # работу и надеемся на сотрудничество в будущем», "hope to cooperate in future"
    r"(?:спасибо|благодарим|благодарю)\s+(?:вас\s+|вам\s+)?за\s+(?:\w+\s+){0,2}?(?:работу|труд|"
    r"время|помощь|внимание|содействие)|(?:надеемся|рассчитываем)\s+на\s+(?:\w+\s+)?"
    r"сотрудничеств\w*|(?<!\w)в\s+будущем(?!\w)|"
    r"\bhope\s+to\s+(?:cooperate|work\s+(?:together|with\s+you))\b|\bin\s+future\b|"
    r"(?:в|на)\s+следующ(?:ий|ем)\s+(?:раз|году?|сезон\w*)|на\s+будущее|в\s+другой\s+раз|"
    r"не\s+в\s+этот\s+раз|"
    r"\bthank(?:s|\s+you)\s+(?:\w+\s+){0,2}?for\s+(?:your|the)\s+(?:time|effort|work|trouble|help)|"
    r"\bmaybe\s+(?:next|another|in\s+the)\b|\bnext\s+(?:time|year|season)\b|"
    r"\bin\s+the\s+future\b|\bkeep\s+in\s+touch\b|\bkeep\s+you\s+in\s+mind\b|"
    # regret: «к сожалению, в этом году не получится», "unfortunately"
    r"к\s+(?:большому\s+)?сожалению|\bunfortunately\b|\bregret(?:tably)?\b|"
    # the matter closed by the client: «вопрос закрыт», «тема закрыта», "consider this closed"
    r"(?<!\w)(?:вопрос|тема)\s+(?:для\s+нас\s+)?(?:закрыт|закрыта|снят|снята)(?!\w)|"
    r"\bconsider\s+(?:this|it|the\s+matter)\s+closed\b|\bthe\s+matter\s+is\s+closed\b", _F)
PARTING_RE = gated(PARTING_RE)   # the same matches, fewer start positions tried
#: A choice the client has made, someone or something named after it: «решили пойти в …»,
#: «выбрали …», «остановились на …», "we have decided to go with …", "we went with …".
CHOSE_RE = re.compile(
    r"(?<!\w)(?:решил[аио]?\s+(?:пойти|идти|остаться|работать|перейти|уйти|застраховаться|"
    r"страховаться|обслуживаться|оформить|взять|продлить)\s+(?:\w+\s+)?(?:в|во|с|со|к|у)|"
    # ... or anything "other" chosen: «выбрал другую локацию», «остановились на ином варианте»
    r"(?:выбрал[аио]?|выбрали|остановил(?:ись|ась|ся)\s+на)\s+(?:друг|ин)(?:ую|ой|ое|ие|ого|ом|ым|им)(?=\s)"
    r"(?!\s+(?:дат|врем|день|дн[ия]|слот|формат|встреч|час)\w*)|"
    r"(?:выбрал[аио]?|выбрали|остановил(?:ись|ась|ся)\s+на)\s+(?:\w+\s+)?(?=[«\"“]|"
    r"(?:компани|банк|брокер|страховщик|страхов|поставщик|подрядчик|исполнител|лизингов|"
    r"интегратор|партн[её]р|агент|перевозчик|экспедитор)\w*)|"
    r"(?:отдали|передали)\s+(?:\w+\s+)?(?:проект|заказ|работ\w*|страховани\w*)|"
    r"подписал[аио]?\s+с|подписали\s+с|взяли\s+(?:\w+\s+){0,2}?(?:у|в))(?!\w)|"
    # a decision to get the thing where a name in quotes is: «приняло решение арендовать склад
    # в логопарке «Северный Путь»», «решили открыть счёт в «Точке»»
    r"(?<!\w)(?:решил[аио]?|решили|(?:принял[аио]?|приняли)\s+решение|принято\s+решение)\s+"
    r"(?:\w+\s+)?\w+(?:ть|ться|ти)\s+(?:(?!встреч|созвон|звон|переговор)[^\s.!?,]+\s+){0,3}?"
    r"(?:в|во|у|с|со|на)\s+(?:(?!ваш|вас\b|вами\b)[^\s.!?,]+\s+){0,2}?(?=[«\"“])|"
    # "decided to take the guarantee from Bank of China", "decided to lease it with Omega"
    r"\bdecided\s+to\s+(?:take|get|buy|use|rent|lease|open|place|sign|source|order|book|"
    r"choose)\s+(?:[\w-]+\s+){0,3}?(?:from|with|at)\s+(?!(?:you|your|us)\b)(?=\w)|"
    # a third party's way taken: "they pushed us toward their insurer, so we'll go that route"
    r"\b(?:they|them|their)\b[^.!?\n]{0,80}?\b(?:go|going|went|gone)\s+(?:that|this)\s+(?:route|way)\b|"
    r"\b(?:chose|picked|selected)\s+(?:another|a\s+different|a\s+cheaper|a\s+closer)\b"
    r"(?!\s+(?:date|time|day|slot|format|meeting|venue)s?\b)|"
    r"\b(?:decided\s+to\s+(?:go|stay|work|place|proceed)\s+with|(?:went|gone|opted)\s+(?:with|for)|"
    r"placed\s+(?:it|the\s+\w+|our\s+\w+)\s+with|signed\s+with|"
    r"awarded\s+(?:it|the\s+\w+)\s+to)\b", _F)
CHOSE_RE = gated(CHOSE_RE)   # the same matches, fewer start positions tried
#: What turns a choice back to us: «с вами», «ваш вариант», "with you", "your proposal".
_TO_US = re.compile(r"(?<!\w)(?:вас|вами|ваш\w*|вариант\w*|опци\w*|пакет\w*|тариф\w*|"
                    r"предложени\w*)(?!\w)|\b(?:you|your|yours|option|package|plan|offer|proposal|"
                    r"quote)s?\b", _F)
_PARTING_WORDS = ("спасибо", "благодар", "виду", "следующ", "будущ", "другой раз", "этот раз",
                  "сожален", "thank", "maybe", "next", "future", "touch", "in mind", "unfortunately",
                  "regret", "закрыт", "снят", "closed")
#: The matter closed by the client (a part of ``PARTING_RE``): there a bare choice names
#: someone else too, a place or a provider the rules have no noun for («выбрали Химки, там
#: дешевле. Вопрос закрыт»).
_CLOSED_RE = re.compile(r"(?<!\w)(?:вопрос|тема)\s+(?:для\s+нас\s+)?(?:закрыт|закрыта|снят|снята)"
                        r"(?!\w)|\bconsider\s+(?:this|it|the\s+matter)\s+closed\b|"
                        r"\bthe\s+matter\s+is\s+closed\b", _F)
_BARE_CHOICE = re.compile(r"(?<!\w)(?:выбрал[аио]?|выбрали|остановил(?:ись|ась|ся)\s+на)\s+"
                          r"(?=\w)|\b(?:we|i)\s+(?:chose|picked|went\s+with|opted\s+for)\s+(?=\w)", _F)


def parting_decline(low: str, sentence: Callable[[int], tuple[int, str]]) -> int | None:
    """Where the client's letter turns the deal down as it parts politely: a choice made
    (``CHOSE_RE``) in a letter that thanks for the effort or leaves the door open for later
    (``PARTING_RE``) is the choice of someone else («Спасибо за работу. Руководство решило
    пойти в «Гарант»», "We have decided to go with Baltic Risk Partners. Maybe next year"),
    unless the choice names us or is a question or a condition. ``sentence`` gives the
    (start, text) of the sentence around a position."""
    if not any(word in low for word in _PARTING_WORDS) or not PARTING_RE.search(low):
        return None
    choices = list(CHOSE_RE.finditer(low))
    if _CLOSED_RE.search(low):
        choices += list(_BARE_CHOICE.finditer(low))
    for chose in sorted(choices, key=lambda m: m.start()):
        start, said = sentence(chose.start())
        rest = low[chose.end():start + len(said)]
        if _TO_US.search(rest) or FUTURE_NOT_MINE.search(said.lower()):
            continue
        return chose.start()
    return None


#: Our price named by the client: «цена за ящик», «ставка 17,5», "the price", "your rate".
_PRICE_TOPIC = re.compile(r"(?<!\w)(?:цен[аыуе]|стоимост\w*|ставк\w*|тариф\w*|комисси\w*)|"
                          r"\b(?:price|pricing|rate|fee|quote)s?\b", _F)
_PRICE_TOPIC = gated(_PRICE_TOPIC)   # the same matches, fewer start positions tried
#: ... found too much: «высоковата», «много», «завышена», "steep", "on the high side".
_TOO_MUCH = re.compile(r"(?<!\w)(?:высоковат\w*|завышен\w*|великоват\w*|кусает\w*)(?!\w)|"
                       r"(?<!\w)много(?=\s*(?:[.,!?;:—–)]|$|для\s+нас))|"
                       r"\b(?:steep|stiff|on\s+the\s+high\s+side|(?:too|quite|rather|a\s+bit)\s+"
                       r"high)\b", _F)
_TOO_MUCH = gated(_TOO_MUCH)   # the same matches, fewer start positions tried
#: We are asked to move: «сможете подвинуться?», «можете уступить?», "can you match 0.105?",
#: "could you sharpen the pencil?"; with a figure of the client's: «сможете по 44?».
_ASKED_TO_MOVE = re.compile(
    r"(?<!\w)(?:сможете|можете|могли\s+бы|готовы)\s+(?:[\w-]+\s+){0,2}?(?:подвинуться|уступить|"
    r"подвинуть\w*|опустить\w*|сбросить|пойти\s+навстречу|приблизиться|приблизить\s+"
    r"(?:цен|ставк|услови|предложени)\w*)(?!\w)|"
    r"\b(?:can|could|would)\s+you\s+(?:\w+\s+)?(?:come|get|move)\s+closer\b|"
    r"\b(?:can|could|would)\s+you\s+(?:\w+\s+)?(?:(?:match|beat|meet)\s+(?:(?:the|their|this|that|"
    r"a|our)\s+)?(?:price|rate|offer|quote|figure|\d|usd|eur|rub|gbp|\$|€)|sharpen|"
    r"go\s+(?:lower|down)|come\s+down)", _F)
_ASKED_TO_MOVE = gated(_ASKED_TO_MOVE)   # the same matches, fewer start positions tried
#: ... or set against another's figure: «Конкуренты дают 42 рубля за такой же ящик», "your
#: competitor offered 10% less"; or a fee asked away: «можно ли убрать комиссию за выдачу?»;
#: or room on the price asked for: "any flexibility on the price?"
_AGAINST = re.compile(
    r"(?<!\w)(?:конкурент\w*|у\s+других|другие\s+(?:поставщик|банк|производител|типографи)\w*|"
    r"соседи)\s+(?:[^\s.!?]+\s+){0,2}?(?:дают|предлагают|предложил\w*|отдают|выставил\w*)\s+"
    r"(?:[^\s.!?]+\s+){0,2}?\d|\b(?:competitors?|other\s+(?:suppliers|vendors|banks|converters))"
    r"\s+(?:\w+\s+){0,2}?(?:offer|quot|propos|charg)\w*\s+(?:\w+\s+){0,2}?(?:\d|less|lower|cheaper)|"
    # a provider named where its figure is: «у Дом.ру нам предлагают 6 500 за точку», "Bank of
    # China offer 1.6%", "Acme quoted us EUR 90,000"
    r"(?<!\w)(?:у|в|во)\s+(?!вас\b|нас\b|меня\b)[^\s!?,]+(?:\s+[^\s.!?,]+)?\s+(?:нам\s+|мне\s+)?"
    r"(?:предлагают|предложили|дают|отдают|выставили|обещают)\s+(?:[^\s.!?]+\s+){0,2}?\d"
    r"[\d\s\u00a0]*(?:[.,]\d+)?\s*(?:%|руб|₽|р\.|тыс|млн|долл|евро|usd|eur|за\s)|"
    r"\b(?!(?:we|i|you|your|our|my|the|this|that|a|an|as|if)\b)[\w.&-]+\s+"
    r"(?:(?!(?:we|i|you|your|our)\b)[\w.&-]+\s+){0,3}?(?:offers?|offered|is\s+offering|"
    r"are\s+offering|quoted)\s+(?:us\s+)?(?:only\s+|just\s+)?(?:(?:usd|eur|rub|gbp|\$|€)\s*\d|"
    r"\d[\d,.]*\s*(?:%|k\b|m\b|usd|eur|rub|gbp|per\b|/))|"
    r"(?<!\w)(?:убрать|отменить|снять|не\s+брать)\s+(?:\w+\s+)?(?:комисси|плат[уы]|сбор)\w*|"
    r"\b(?:can|could|would)\s+you\s+(?:\w+\s+)?(?:waive|drop|remove)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:fee|charge|commission)s?\b|"
    # an item of our offer asked to be taken on by us: "can you absorb the GBP 9k set-up",
    # «возьмёте на себя доставку?», «включите монтаж в стоимость»; not a damage's cost asked
    # back ("could you cover the repair costs": a grievance)
    r"\b(?:can|could|would)\s+you\s+(?:\w+\s+)?(?:absorb|swallow)\s+(?:the\s+|that\s+|this\s+)?"
    r"[^.!?\n]{0,30}?\b(?:fee|mobili[sz]ation|set[\s-]?up|freight|delivery|shipping|installation|"
    r"commissioning)s?\b|"
    r"(?<!\w)(?:возьм[её]те|взять|берёте|берете)\s+(?:\w+\s+)?на\s+себя\s+(?:\w+\s+)?(?:доставк|"
    r"монтаж|мобилизаци|пусконаладк|логистик|перевозк)\w*|"
    r"(?<!\w)(?:включит\w*|включ[иа]ть)\s+(?:\w+\s+){0,2}?в\s+(?:цену|стоимость|тариф)(?!\w)|"
    r"\bflexib\w*\s+(?:on|in|with)\s+[^.!?\n]{0,50}?\b(?:price|pricing|rate|fee|terms)\b|"
    r"(?<!\w)(?:гибк|подвижк)\w*\s+(?:по\s+|в\s+)?(?:цен|ставк|услови|тариф)\w*", _F)
#: Run by the alternatives whose words the letter holds: the whole regex, its lookbehinds in
#: front, tried every position of every client letter (~300 µs an Enron message).
_AGAINST_CUE = Cue(_AGAINST)
_MOVE_WORDS = ("подвин", "уступ", "опуст", "сброс", "навстреч", "приблиз", "match", "beat",
               "meet", "sharpen", "lower", "come down", "closer")


def bargains(low: str, sentence: Callable[[int], tuple[int, str]]) -> int | None:
    """Where the client's letter bargains in words of its own: our price named and found too
    much in one clause («Цена за ящик высоковата», «Ставка 17,5 — много», "the price is on
    the high side"), or us asked to move on it («Сможете подвинуться?», "Can you match 0.105
    per unit?"); not a condition («если ставка будет высоковата»)."""
    for topic in _PRICE_TOPIC.finditer(low):
        much = _TOO_MUCH.search(low, topic.end(), topic.end() + 30)
        if much and not re.search(r"[.!?;]", low[topic.end():much.start()]):
            start, said = sentence(topic.start())
            if not re.search(r"\bесли\b|\bif\b|\bне\s+$", said.lower()) and not low[
                    max(0, much.start() - 3):much.start()].endswith("не "):
                return topic.start()
    if any(word in low for word in _MOVE_WORDS):
        moved = _ASKED_TO_MOVE.search(low)
        if moved:
            return moved.start()
    against = _AGAINST_CUE.search_all(low)
    if against:
        return against.start()
    for turned in _FIGURE_REFUSED.finditer(low) if any(w in low for w in _REFUSED_WORDS) else ():
        start, said = sentence(turned.start())
        said = said.lower()
        if (_FIGURE_OR_PRICE.search(said) and not _A_TIME.search(said)
                and not _A_CONDITION.search(said)):
            return turned.start()
    return None


#: Our figure turned down, or asked to be worked again, in the client's words: «24 000 нам не
#: выходит», «рост на 15 % для нас неприемлем», «10 000 — не рынок», «пересчитайте с франшизой»,
#: "an 8% rise is not acceptable", "we can't absorb another $9,000", "please requote it"; or
#: the client's own figure set against ours: «готовы на 19 500», «9 000 и обсуждаем», "get it
#: closer to 120"; read where the sentence names a figure or a price (``_FIGURE_OR_PRICE``).
_FIGURE_REFUSED = re.compile(
    r"(?<!\w)(?:не\s+(?:подходит|подходят|подойд[её]т|выходит|выходят|тянем|потянем|рынок|"
    r"рыночн\w*|вариант|устроит|устраивает)|"
    r"неприемлем\w*|пересчитайте|(?:просим|прошу|можете|сможете|могли\s+бы)\s+пересчитать|"
    r"готовы\s+на\s+\d[\d\s\u00a0]*)(?!\w)|"
    r"(?<=\d)\s+и\s+(?:говорим|обсуждаем|подписываем|работаем)(?!\w)|"
    r"\b(?:is|are|was|were)\s+(?:not\s+acceptable|unacceptable|not\s+workable)\b|"
    # a term of ours named by its figure and found unworkable: "a 30% cash cover is not an
    # option for us", "EUR 12,000 upfront doesn't work for us" («депозит 20 % не вариант»)
    r"\b(?:is|are)\s+not\s+an\s+option\b|\b(?:does\s+not|doesn['’]t|will\s+not|won['’]t)\s+work\b|"
    r"\bcan(?:not|'t|’t)\s+(?:absorb|stomach|swallow)\b|"
    r"\b(?:please|kindly|can\s+you|could\s+you|would\s+you)\s+(?:\w+\s+)?re-?(?:quote|price)\b|"
    r"\b(?:get|bring|push)\s+(?:it|that|this|the\s+\w+)\s+(?:closer|nearer|down)\s+to\s+"
    r"(?:usd|eur|\$|€|£)?\s*\d", _F)
_REFUSED_WORDS = ("не ", "неприемлем", "пересчита", "готовы на", " и ", "acceptable", "workable",
                 "can", "quote", "price", "closer", "nearer", "down to", "option", "work")
#: ... in a sentence naming a figure or a price, an increase or a premium.
_FIGURE_OR_PRICE = re.compile(
    r"\d[\d\s\u00a0,.]*\d\d|\d\s*%|\d\s*(?:млн|млрд|тыс)(?!\w)|(?<!\w)(?:цен[аыуе]|стоимост\w*|ставк\w*|тариф\w*|"
    r"комисси\w*|рост\w*|повышени\w*|увеличени\w*|преми\w*|франшиз\w*|кп|предложени\w*)(?!\w)|\b(?:price|pricing|rate|fee|"
    r"quote|premium|deductible|increase|rise|retention|limit|proposal|offer)s?\b", _F)
#: ... and not a condition: «если рост неприемлем», "if the rise is not acceptable" ("see if" is
#: no condition: "see if they can get it closer to 120").
_A_CONDITION = re.compile(r"(?<!\w)если(?!\w)|(?<!see\s)(?<!ask\s)(?<!check\s)\bif\b|\bunless\b",
                          _F)
#: ... and not a time: «встреча в 15:00 не подходит», "Tuesday 10:00 is not workable".
_A_TIME = re.compile(r"\d{1,2}[:.]\d{2}\b|(?<!\w)(?:встреч|созвон|звон|дат[аыуе]|время|"
                     r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|"
                     r"декабря)\w*|\b(?:meeting|call|slot|date|time|monday|tuesday|wednesday|"
                     r"thursday|friday)s?\b", _F)


#: The deal done elsewhere, or kept where it is: a contract renewed, signed or placed with a
#: provider the client already has or another one («продлили договор с текущим поставщиком»,
#: «разместили заказ у другой типографии», "placed the order with another converter",
#: "renewed with our current bank"), or the service kept where it is («решили пока оставить
#: обслуживание в Сбере»; not «оставить у вас»).
ELSEWHERE_RE = re.compile(
    r"(?<!\w)(?:продлили|перезаключили|заключили|подписали|оформили|разместили|отдали)\s+(?:[^\s.!?,]+\s+){0,3}?(?:с|со|у|в|во)\s+(?:текущ|нынешн|прежн|действующ|друг|"
    r"ин(?:ым|ой|ом|ого)\b|сво)\w*\s+(?:\w+\s+)?(?:поставщик|подрядчик|банк|партн[её]р|исполнител|"
    r"компани|страховщик|брокер|перевозчик|лизингов|типографи|производител|дилер|интегратор|"
    r"агент|фирм)\w*|"
    r"(?<!\w)решил[аио]?\s+(?:пока\s+)?оставить\s+(?:[^\s.!?,]+\s+){0,2}?(?:в|во|у|с|со|на)\s+"
    r"(?P<kept>(?!вас\b|вами\b|ваш)[^\s.!?,]+)|"
    # the thing already got from another provider: «мы уже открыли счёт в Точке», "we have
    # already opened the account with Acme Bank"
    r"(?<!\w)уже\s+(?:открыли|оформили|подключили|заключили|подписали|купили|взяли|нашли|"
    r"получили|разместили)\s+(?:[^\s.!?,]+\s+){0,3}?(?:в|во|у|с|со)\s+"
    r"(?P<got>(?!вас\b|вами\b|ваш)[^\s.!?,]+)|"
    # the client stays where it is: «благодарим, остаёмся в Альфа-Банке», «пока останемся у «Ромашки»», "we'll
    # stay with Barclays" (a name or its current one, as ``kept``; «остаёмся на связи» is not)
    r"(?<!\w)оста(?:[её]мся|немся)\s+(?:пока\s+|всё\s+же\s+|все\s+же\s+)?(?:в|во|у|с|со|при)\s+"
    r"(?P<stay>(?!вас\b|вами\b|ваш|нами\b)[^\s.!?,]+)|"
    r"\bwe(?:'ll|’ll|\s+will)?\s+(?:just\s+)?(?:stay|stick|remain)\s+with\s+"
    r"(?P<stay_en>(?!you\b|your\b|us\b)[^\s.!?,]+)|"
    r"\balready\s+(?:opened|signed|arranged|set\s+up|taken|got|found|bought|placed|gone)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:with|at|from)\s+(?P<got_en>(?!you\b|your\b)[^\s.!?,]+)|"
    r"\b(?:renewed|signed|placed|awarded|given|gave|kept)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:with|to)\s+(?:another|a\s+different|a\s+competing|a\s+local|"
    r"(?:our|the)\s+(?:current|existing|incumbent|usual|house))\s+\w+|"
    # the work kept with the client: "we've decided to source the cartons in-house",
    # «решили закрыть вопрос собственными силами / средствами»
    r"\bdecided\s+to\s+[^.!?\n]{0,50}?\bin[-\s]house\b|(?<!\w)(?:решили|закрыли)\s+вопрос\s+"
    r"[^.!?\n]{0,40}?(?:собственными|своими)\s+(?:силами|средствами)|(?<!\w)вопрос\s+"
    r"[^.!?\n]{0,30}?(?:решили|закрыли)\s+(?:собственными|своими)\s+(?:силами|средствами)", _F)
ELSEWHERE_RE = gated(ELSEWHERE_RE)   # the same matches, fewer start positions tried
_ELSEWHERE_WORDS = ("продлили", "перезаключили", "заключили", "подписали", "оформили",
                    "разместили", "отдали", "оставить", "остаёмся", "остаемся", "останемся",
                    "stay", "stick", "remain", "renewed", "signed", "placed",
                    "awarded", "gave", "given", "kept", "in-house", "in house", "собственными",
                    "своими", "уже", "already")


#: The words a letter parts with: thanks, regret, the offer named.
_PARTING = re.compile(r"спасиб|благодар|\bthank|к\s+сожалению|\bunfortunately\b|(?<!\w)увы(?!\w)|"
                      r"предложени|\boffer\b|\bquote\b|\bproposal\b", re.UNICODE)
#: After the place the client stays at, what shows a stay for a time, not a provider kept.
_STAY_GOES_ON = re.compile(r"\d|(?<!\w)(?:до|на|по|ещё|еще|с|в|until|till|for|on|in|at|"
                           r"over|through|during|tonight|overnight)(?!\w)(?!\s+now\b)", re.UNICODE)


def done_elsewhere(low: str, sentence: Callable[[int], tuple[int, str]]) -> int | None:
    """Where the client's letter says the deal was done with another provider or kept where
    it is (``ELSEWHERE_RE``); not a question or a condition."""
    if not any(word in low for word in _ELSEWHERE_WORDS):
        return None
    for found in ELSEWHERE_RE.finditer(low):
        start, said = sentence(found.start())
        if FUTURE_NOT_MINE.search(said.lower()):
            continue
        group = next((g for g in ("kept", "got", "got_en", "stay", "stay_en")
                      if found[g] is not None), None)
        if group is not None:
            # kept with, or got from, a provider: one named («в Сбере», «у «Альфы»», "with
            # Acme") or its own current one, not a time or a part of the scope («оставить на
            # январь», «в проекте», «уже открыли счёт в прошлом году»)
            where = said[found.start(group) - start:] if start <= found.start(group) else ""
            if not (where[:1].isupper() or where[:1] in "«\"“'" or re.match(
                    r"(?:текущ|нынешн|прежн|сво|наш|our\b|(?:the\s+)?(?:current|existing))",
                    found[group])):
                continue
            if group.startswith("stay") and (
                    _STAY_GOES_ON.search(said[found.end(group) - start:])
                    or not (len(said[:max(0, found.start() - start)].split()) <= 2
                            or _PARTING.search(said.lower()))):
                # «остаёмся в Москве до пятницы»: a stay somewhere, for a time; a stay deep in
                # a sentence about something else (a variant kept) parts with nobody
                continue
            if group in ("got", "got_en") and not re.search(r"(?<!\w)(?:но|однако|but|however)(?!\w)",
                                                 said[:max(0, found.start() - start)].lower()):
                continue          # "we already bank with Sber, now we need acquiring": its setting
        return found.start()
    return None


#: The words of a choice or a tender's result, before the one chosen.
_CHOSEN = (r"(?<!\w)(?:победител\w*|признан\w*|выбрал\w*|выбор\w*|в\s+пользу|остановил\w*|"
           r"работать\s+с|(?:go|going|gone|went|work)\s+with|chose|chosen|selected|awarded|winner|"
           r"winning)(?!\w)")


@lru_cache(maxsize=8)
def chose_us(name: str) -> re.Pattern[str] | None:
    """A choice or a tender's result naming our own company, in lower case («победителем
    признано ООО «Сибирь-Урал Коннект»», «выбор сделали в пользу «Параллель Парков»», "the
    contract was awarded to Nordhaven"): quotes and hyphens aside, each word of the name with
    its ending free. None for no name."""
    words = re.findall(r"\w+", name.lower().replace("ё", "е"))
    if not words:
        return None
    stems = r"[\W_]{1,3}".join(re.escape(w[:max(4, len(w) - 2)]) + r"\w*" for w in words)
    return re.compile(_CHOSEN + r"(?:\W+\w+){0,6}?[\W_]+" + stems + r"(?!\w)")


#: A letter that reviews what we offered or drafted: the offer, the quote, the contract or
#: its draft named («ваше КП», «проект договора», «по договору поставки», "your quote", "the
#: draft agreement"). Its objections to a term are the client's side of a negotiation.
_UNDER_REVIEW = re.compile(
    r"(?<!\w)(?:кп|коммерческ\w*\s+предложени\w*|предложени\w*|оферт\w*|договор\w*|проект\w*\s+"
    r"(?:договор|соглашени|контракт|спецификац)\w*|соглашени\w*|контракт\w*|спецификаци\w*|"
    r"редакци\w*|протокол\w*\s+разногласи\w*|услови\w*)(?!\w)|"
    r"\b(?:quote|quotation|proposal|offer|contract|agreement|draft|redline|term\s+sheet|terms|"
    r"msa|sla|specification)s?\b", _F)
_UNDER_REVIEW = gated(_UNDER_REVIEW)   # the same matches, fewer start positions tried
#: A term of an offer or a contract: a clause, a condition, the price, prepayment, a penalty.
_TERM = re.compile(
    r"(?<!\w)(?:пункт\w*|п\.\s*\d|раздел\w*|стать[яиюе]\s+\d|услови\w*|формулировк\w*|"
    r"редакци\w*|предоплат\w*|аванс\w*|неустойк\w*|штраф\w*|пени|отсрочк\w*|срок\w*\s+оплат\w*|"
    r"ответственност\w*|лимит\w*|цен[аыуе]|стоимост\w*|ставк\w*|тариф\w*|комисси\w*)(?!\w)|"
    r"\b(?:clauses?|sections?|articles?\s+\d|terms?|conditions?|wording|prepayment|upfront|"
    r"advance\s+payment|penalt(?:y|ies)|liability|indemnit(?:y|ies)|payment\s+terms|"
    r"price|pricing|rates?|fees?|cap|caps)\b", _F)
_TERM = gated(_TERM)   # the same matches, fewer start positions tried
#: ... turned down as it stands: «принять не можем», «не устраивает», «неприемлем»,
#: «недопустим», "cannot accept", "unacceptable", "a non-starter", "does not work for us".
_TURNED_DOWN = re.compile(
    r"(?<!\w)(?:не\s+(?:можем|сможем|готовы)\s+(?:[\w-]+\s+){0,2}?(?:принять|согласиться|"
    r"согласовать|подписать|пойти)|(?:принять|согласовать|подписать)\s+не\s+(?:можем|сможем|"
    r"готовы)|не\s+устраива\w*|не\s+подход\w*|неприемлем\w*|недопустим\w*|не\s+согласны|"
    r"так\s+не\s+пойд[её]т|(?:просим|предлагаем|нужно|необходимо)\s+(?:\w+\s+)?(?:исключить|"
    r"убрать|вычеркнуть|изменить|переписать)|не\s+(?:да[её]м|дадим|платим|будем\s+платить|"
    r"вносим))(?!\w)|"
    r"\b(?:(?:cannot|can't|can\s+not|won't|will\s+not|are\s+unable\s+to|could\s+not|couldn't)\s+"
    r"(?:\w+\s+)?(?:accept|agree|sign|live\s+with)|unacceptable|not\s+acceptable|"
    r"non-?starter|(?:does\s+not|doesn't|do\s+not|don't|will\s+not|won't)\s+work\s+for\s+us|"
    r"we\s+(?:object\s+to|reject|need\s+to\s+(?:strike|remove|delete))|"
    r"(?:don't|do\s+not|won't|will\s+not)\s+(?:pay|give|do|make)\b|"
    r"(?:must|has\s+to|needs\s+to)\s+(?:be\s+)?(?:mutual|removed|deleted|struck))\b", _F)
_TURNED_DOWN = gated(_TURNED_DOWN)   # the same matches, fewer start positions tried
#: What tells of something that happened, not of a term proposed: a penalty charged, a price
#: raised, again («выставили», «списали», «опять», "charged", "again", "was").
_HAPPENED = re.compile(
    r"(?<!\w)(?:выставил\w*|начислил\w*|списал\w*|удержал\w*|поднял\w*|повысил\w*|изменил\w*|"
    r"выставлен\w*|начислен\w*|списан\w*|удержан\w*|вырос\w*|выросл\w*|подорожал\w*|"
    r"нарушил\w*|нарушен\w*|сорвал\w*|сорван\w*|был[аио]?|были|опять|снова|уже|в\s+очередной|"
    r"до\s+сих)(?!\w)|"
    r"\b(?:charged|billed|deducted|withheld|raised|increased|changed|breached|missed|again|"
    r"went\s+up|rose|doubled|applied|imposed|"
    r"already|still|was|were|had|has\s+been|have\s+been)\b", _F)
_HAPPENED = gated(_HAPPENED)   # the same matches, fewer start positions tried


#: A redline item: the sentence starts with the clause it rewrites («п. 5.3 — исключить»,
#: «Пункт 7.2 изложить в редакции ...», "Clause 9: delete").
_CLAUSE_FIRST = re.compile(r"^\W*(?:\d{1,2}[.)]\s+)?(?:(?:on|as\s+to|regarding)\s+|по\s+)?"
                           r"(?:пп?\.|пункт\w*|раздел\w*|стать[яиюе]|clauses?|sections?|"
                           r"articles?|points?|items?|§)\s*\d", _F)
#: A condition in the client's numbered list on our offer or draft: the item opens with the
#: term it sets («2. Отсрочка платежа — 45 дней.», "1. Payment terms of 30 days ..."); what
#: happened under a term is told by ``_HAPPENED`` and stays a grievance.
_TERM_ITEM = re.compile(r"^\W*\d{1,2}[.)]\s+(?:[\w-]+\s+){0,2}?(?:(?:срок\w*\s+)?оплат\w*|"
                        r"отсрочк\w*|предоплат\w*|аванс\w*|неустойк\w*|штраф\w*|пени|ставк\w*|"
                        r"лимит\w*|цен[аыуе]|стоимост\w*|тариф\w*|комисси\w*|ответственност\w*|"
                        r"payment\s+terms?|prepayment|advance|deposit|penalt(?:y|ies)|liability|"
                        r"indemnit(?:y|ies)|price|pricing|rates?|fees?|notice\s+period|"
                        r"start\s+date|term)(?!\w)", _F)
#: A counter-offer: the client's own figure and its yes on it («Сделаете 41 500 — подписываем»,
#: «при цене 40 тыс. берём», "Make it 40k and we sign", "at 0.95 we can sign this week").
_COUNTER = re.compile(
    r"\d[^.!?\n]{0,40}?(?:[—–-]|\bи\b|,)\s*(?:сразу\s+|тогда\s+)?(?:подписываем|подпишем|"
    r"бер[её]м|заключаем|заказываем|оплачиваем)(?!\w)|"
    r"\b(?:make\s+it|at|for)\s+(?:usd\s*|eur\s*|\$|€)?\d[^.!?\n]{0,30}?\b(?:and|,)?\s*"
    r"we(?:'ll|\s+will|\s+can|\s+could)?\s+(?:sign|order|go\s+ahead|proceed|take\s+it)\b", _F)
_COUNTER = gated(_COUNTER)   # the same matches, fewer start positions tried


#: An item of the client's position on our terms, one term to a line: the term named in a
#: few words, a dash, what the client says of it («Отсрочка — 45 дней», «2. Срок монтажа —
#: долго, нужно две недели», "- Notice period - 30 days is too short for us").
_POSITION_ITEM = re.compile(
    r"^[ \t]*(?:\d{1,2}[.)][ \t]*|[•*·—–-][ \t]*)?(?:[^\W_][\w%.,/&+()-]*[ \t]+){0,5}?"
    r"[^\W_][\w%.,/&+()-]*[ \t]+[—–-][ \t]+\S", re.MULTILINE)
#: How many such lines make a letter the client's position, item by item.
POSITION_ITEMS = 2


def lists_position(low: str) -> bool:
    """Whether the (lower-cased) letter sets out the client's position on our terms item by
    item: :data:`POSITION_ITEMS` lines or more that each name a term and, after a dash, what
    the client says of it."""
    return len(_POSITION_ITEM.findall(low)) >= POSITION_ITEMS


def position_item(sentence: str) -> bool:
    """Whether a (lower-cased) sentence is one item of such a position («Каникулы — 3
    месяца», "Deposit - two months, not three"), not a tale of what happened under a term
    («Доставка — опять сорвали срок», "Support - still no reply")."""
    return (_POSITION_ITEM.match(sentence) is not None
            and _HAPPENED.search(_PENALTY_GROUND.sub(" ", sentence)) is None)


def under_review(low: str) -> bool:
    """Whether the letter reviews what we offered or drafted (``_UNDER_REVIEW``)."""
    return _UNDER_REVIEW.search(low) is not None


#: A letter that hands us the client's own changes to our draft: a protocol of disagreements,
#: edits in tracked changes, the client's version, its lawyers' comments («направляю протокол
#: разногласий», «правки в режиме рецензирования», «наш юрист прошёлся», «Рассмотрев проект
#: Договора, направляю замечания», "our redlines are attached", "our lawyer's comments", "our
#: legal department has two comments").
_REDLINES = re.compile(
    r"(?<!\w)(?:протокол\w*\s+разногласи\w*|режим\w*\s+рецензировани\w*|в\s+(?:нашей|вашей)\s+редакции|"
    r"рассмотрев\s+проект\w*|замечани\w*\s+(?:к|по)\s+(?:проекту|договору|редакции)|"
    r"(?:юрист\w*|юридическ\w*\s+(?:служб|отдел|департамент)\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:прош(?:ли|ёлся|елся|ла)|посмотрел\w*|изучил\w*|рассмотрел\w*))(?!\w)|"
    r"\b(?:redlines?|red-lines?|red-lined|mark-?ups?|tracked\s+changes|"
    r"(?:lawyer|lawyers|legal|counsel|solicitors?)(?:'s|’s|s'|s’)?\s+(?:\w+\s+){0,3}?comments|"
    r"comments\s+(?:on|to)\s+(?:the|your)\s+(?:draft|contract|agreement|terms))\b", _F)
_REDLINES = gated(_REDLINES)   # the same matches, fewer start positions tried
#: What names the term of a contract an item sets: a clause by its number, or a term
#: (``_TERM``).
_CLAUSE_NAMED = re.compile(r"(?<!\w)(?:пп?\.\s*\d|пункт\w*\s+\d)|"
                           r"\b(?:clauses?|sections?|articles?|points?)\s+\d", _F)
#: A penalty's ground named as its term sets it («неустойка за нарушение срока»), and a
#: verbal noun («после начала начисления арендной платы»): the term proposed, not a breach or
#: a charge that happened.
_PENALTY_GROUND = re.compile(r"(?<!\w)за\s+(?:каждый\s+\w+\s+)?(?:нарушени|просрочк|срыв|"
                             r"несвоевременн)\w*|(?<!\w)[а-яё]+ени(?:е|я|ю|ем|и|й)(?!\w)", _F)


#: The client's go-ahead on conditions it sets: «Если так сможете — идём дальше», «если
#: согласны — подписываем», "EUR 24,000 is acceptable if you add ...", "if you can do that,
#: we'll sign" (a counter-offer with its yes, ``_COUNTER``, says the same).
_GO_AHEAD_IF = re.compile(
    r"(?<!\w)если\s+(?:так\s+|это\s+|по\s+\w+\s+)?(?:сможете|можете|согласн\w*|устроит|"
    r"подходит|принимаете|сделаете|пойд[её]те)(?!\w)[^.!?\n]{0,30}?(?:[—–-]|,)\s*(?:то\s+)?"
    r"(?:мы\s+)?(?:ид[её]м|подписываем|подпишем|бер[её]м|готовы\s+(?:подписывать|подписать|"
    r"двигаться|работать)|работаем|запускаем|заключаем)(?!\w)|"
    r"\b(?:is|are|would\s+be|will\s+be)\s+acceptable\s+(?:to\s+us\s+)?(?:if|provided|on\s+"
    r"condition)\b|\bif\s+you\s+(?:can|could|agree|accept)\b[^.!?\n]{0,40}?,\s*(?:then\s+)?"
    r"we(?:'ll|\s+will|\s+can|\s+are\s+ready\s+to)?\s+(?:sign|proceed|go\s+ahead|order)\b", _F)
_GO_AHEAD_IF = gated(_GO_AHEAD_IF)   # the same matches, fewer start positions tried
#: A figure the client sets against ours: «7 лет вместо 5», «15 мест, а не 10», "within 48
#: hours, not 72", "45 days rather than 15".
_INSTEAD = re.compile(r"(?<!\w)вместо\s+\d|,?\s+а\s+не\s+\d|\b(?:instead\s+of|rather\s+than|"
                      r"not)\s+\d", _F)


def sets_terms(low: str) -> bool:
    """Whether the letter hands us the client's terms: its changes to our draft
    (``_REDLINES``), or its go-ahead on conditions it sets (``_GO_AHEAD_IF``, ``_COUNTER``).
    Its sentences that set a term are the client's side of the negotiation
    (:func:`negotiates`)."""
    return (_REDLINES.search(low) is not None or _GO_AHEAD_IF.search(low) is not None
            or _COUNTER.search(low) is not None)


def negotiates(sentence: str, redlines: bool = False) -> bool:
    """Whether a (lower-cased) sentence is the client's side of a negotiation about our terms
    rather than a grievance: a term turned down as it stands («Пункт 7.2 мы принять не
    можем», "100% prepayment is unacceptable for us"), a redline item that starts with its
    clause («п. 5.3 — исключить»), a counter-offer with the client's yes on its figure
    («сделаете 41 500 — подписываем»), or our price bargained over (:func:`bargains`); not when it tells what happened («штраф, который вы выставили,
    недопустим», "the fee you charged again is unacceptable").
    In a letter that hands us the client's changes to our draft (``redlines``,
    :func:`sends_redlines`), any sentence that names a term or a clause sets the client's
    term («неустойка 0,1% за каждый день просрочки», "liability should be per container")."""
    if redlines and (_TERM.search(sentence) or _CLAUSE_NAMED.search(sentence)
                     or _INSTEAD.search(sentence)) and _HAPPENED.search(
                         _PENALTY_GROUND.sub(" ", sentence)) is None:
        return True
    if _HAPPENED.search(sentence):
        return False
    if (_TERM.search(sentence) and _TURNED_DOWN.search(sentence)) or _CLAUSE_FIRST.search(
            sentence) or _TERM_ITEM.search(sentence) or _COUNTER.search(sentence):
        return True
    return bargains(sentence, lambda _at: (0, sentence)) is not None
