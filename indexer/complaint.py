"""Complaint signals in a client's message: dissatisfaction with the bank or its service.

Weighted cues per sentence (explicit words such as "недопустимо",
"unacceptable"; repeated unanswered asks; broken promises; threats to leave),
minus negations ("жалоб нет", "no problems"). The best sentence at or above
the threshold is the signal, with its score as evidence strength.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from indexer import complaint_model
from indexer.classify import CharMap, NonAsciiClass, WordRule, keyword_pattern, split_alternatives
from indexer.complaint_model import ComplaintModel, model_spans
from indexer.cue_scan import gated
from indexer.deal_answers import lists_position, negotiates, position_item, sets_terms, under_review
from indexer.intent import sentences
from indexer.intent_model import ModelError

if TYPE_CHECKING:
    from indexer.learning import LocalLayer

log = logging.getLogger(__name__)

# Cues run on lower-cased text (much faster than IGNORECASE).
_F = re.UNICODE

THRESHOLD = 1.0


@dataclass(frozen=True)
class ComplaintSignal:
    """The sentence that signals a complaint, its span in the text and a score: the cue
    rules' weight (>= 1.0), or the complaint model's probability (below 1.0)."""

    sentence: str
    start: int
    end: int
    score: float


# Families of cues, each with its weight and how many of its matches count. One explicit
# word is enough; a weaker cue (waiting and repetition, something that went wrong, a broken
# promise, leaving) needs a second one: "списали комиссию" alone is a support question,
# "опять списали комиссию" or "третий день не можем провести платёж" is a complaint.
_CUE_SPECS: list[tuple[str, float, int]] = [
    # explicit dissatisfaction
    (r"недовол|разочарован|возмут|безобрази|недопустим|неприемлем|не\s+приемлем|издевательств|"
     r"претензи|жалоб(?<!без\sжалоб)[ау]?(?![а-яё])|позор|хамств|ужасн|отвратительн|кошмар|"
     r"никуда\s+не\s+годится|не\s+годится|сколько\s+(?:можно|ещё|еще)|надоел|устали\s+(?:ждать|от)|"
     r"бардак|халатн|некомпетентн|непрофессионал|волокит|не\s+устраива|неуважени|"
     r"по\s+вашей\s+вине|несерь[её]зн|возмутительн|воз\s+и\s+ныне\s+там|перебор|"
     r"одно\s+и\s+то\s+же|так\s+обращаться|спасибо\s+вашему|последн\w+\s+капл|"
     # money taken twice, service getting worse
     r"дважды\s+(?:\S+\s+)?списал|списали\s+(?:\S+\s+){0,2}дважды|стал[оиа]?\s+(?:\S+\s+)?хуже|"
     # more was expected of the reader: «ожидали от вас большего внимания»
     r"ожидал[аи]?\s+от\s+(?:вас|тебя|банка|ваш\w*\s+\S+)\s+(?:большего|лучшего|"
     r"другого\s+отношения|большей|лучшей)", 1.0, 2),
    (r"\b(?:unhappy|dissatisfied|disappointed|disappointing|unacceptable|outrageous|disgrace"
     r"|ridiculous|appalling|terrible|awful|frustrat\w+|furious|formal\s+complaint|"
     r"complain(?:t|ing)?\b(?!ed)|poor\s+service|shocking|not\s+good\s+enough"
     r"|charged\s+(?:\w+\s+){0,3}twice|not\s+acceptable|waste\s+of\s+(?:our\s+|my\s+)?time"
     r"|fed\s+up|sick\s+(?:and\s+tired\s+)?of|let\s+(?:us|me)\s+down|incompetent|unprofessional"
     r"|inexcusable|unreasonable|not\s+impressed|not\s+(?:at\s+all\s+)?happy|overcharg\w+"
     r"|hidden\s+(?:fee|charge)s?|a\s+(?:complete\s+|total\s+)?mess\b|nightmare|final\s+straw"
     r"|thanks\s+for\s+nothing|not\s+an\s+answer|embarrassing|indifferen\w+|not\s+ideal"
     r"|not\s+how\s+(?:we|i)\s+expect|never\s+been\s+treated|"
     # more was expected of the reader: "we expected better from you"
     r"expected\s+(?:much\s+|a\s+lot\s+|far\s+)?(?:more|better)\s+(?:\w+\s+)?(?:from|of)\s+"
     r"(?:you|your)\b|running\s+out\s+of\s+(?:patience|ways))"
     r"|\b(?:got|gotten|getting|become|became)\s+(?:much\s+)?worse", 1.0, 2),
    # waiting and repetition
    (r"трет\w*\s+(?:раз|обращени)|четв[её]рт\w*\s+(?:раз|обращени)|пят\w*\s+(?:раз|обращени)|"
     r"который\s+раз|в\s+очередной\s+раз|каждый\s+раз|"
     r"уже\s+(?:две|три|вторую|третью|неделю|месяц|\d+|несколько)|"
     r"(?:вторую|третью|четв[её]ртую)\s+неделю|(?:второй|третий|четв[её]ртый)\s+(?:день|месяц)|"
     r"(?:две|три|четыре|пять|несколько)\s+недел|неделями|месяцами|"
     r"до\s+сих\s+пор\s+не|так\s+и\s+не|"
     r"всё\s+нет|все\s+нет|никто\s+(?:ничего\s+)?не|висит|"
     r"никто\s+(?:так\s+)?и\s+не|так\s+никто\s+и\s+не", 0.7, 2),
    (r"\b(?:second|third|fourth|fifth|several|multiple|many)\s+times?\b|\bthree\s+times\b|"
     r"\bstill\s+(?:not|no|haven't|hasn't|don't|doesn't|can't|waiting|nothing)\b|"
     r"\bnobody\b|\bno\s+one\b|\bfor\s+(?:two|three|several)\s+(?:days|weeks)\b|"
     r"\bagain\b|\bstuck\b|\bwaiting\s+(?:two|three|several|for\s+weeks)|"
     r"\b(?:two|three|four|several|\d+)\s+(?:weeks|months)\s+ago\b|\bhow\s+many\s+times\b|"
     r"\bevery\s+(?:single\s+)?time\b|\bconstantly\b|\brepeatedly\b|\bkeeps?\s+(?:happening|failing)|"
     r"\blast\s+(?:two|three|several|few)\s+(?:e-?mails|calls|messages|letters)\b", 0.7, 2),
    # something went wrong
    (r"опять|снова|без\s+объяснени|не\s+работа|не\s+отвеча|не\s+ответил|не\s+предупредил|"
     r"не\s+вернули|дважды\s+списал|ошибочн|незаконно|"
     r"не\s+(?:можем|могу|можем\s+никак)\s+(?:получить|дозвониться|связаться|провести|оплатить|"
     r"добиться)|не\s+(?:получили|заменили|исправили|решили|перезвонил|связал|прислали|"
     r"зачислили|вернули|починили)|пропал|сбо[йяеюи]|заблокирова|задержива|потеряли|"
     r"списали|списан[аоы]?(?![а-яё])|с\s+опозданием|позже\s+срока|с\s+ошибками|"
     r"без\s+(?:всякого\s+|какого-либо\s+)?(?:предупреждени|уведомлени)|не\s+уведомил|тишина|"
     r"срывает|сорвал|пени|штраф|обещанн|не\s+состоял|хуже,?\s+чем|"
     # nothing came of it: «ни предложения, ни звонка», «ни ответа ни привета»
     r"(?<![а-яё])ни\s+[а-яё]+,?\s+ни\s+[а-яё]+", 0.5, 2),
    (r"\bwithout\s+(?:any\s+)?(?:explanation|notice|warning)|\bdown\s+again|"
     r"\bnot\s+(?:working|returned|refunded|resolved)|\bcharged\s+(?:\w+\s+){0,3}twice|"
     r"\bwrongly\b|\berroneous|\bdon't\s+work|\bdoesn't\s+work|\bhave\s+not\s+returned|"
     r"\bnobody\s+told|\b(?:has|have)(?:\s+not|n't)\s+(?:yet\s+)?(?:answered|replied|responded|"
     r"called|arrived|been\s+(?:fixed|resolved|done|credited|returned))|"
     r"\bno\s+(?:response|reply|answer|update|feedback)\b|\bnever\s+(?:received|got|heard|came|"
     r"arrived|called|answered)|\bignored\b|\bblocked\b|\bfrozen\b|\bbounced\b|"
     r"\b(?:paid|be|is|are|was|were|arrived|came)\s+(?:\w+\s+)?late\b|\bwrong\b|"
     r"\bwithout\s+(?:a\s+single|any)\s+(?:call|phone\s+call|word)|\bheld\s+up\b|"
     r"\bnobody\s+mentioned|\bnever\s+agreed|\bvanished\b|\bno\s+reply\b", 0.5, 2),
    # broken promises
    (r"обещал|договаривались|заверял|заверили", 0.6, 2),
    (r"you\s+(?:promised|said|told\s+us)|\bbut\s+no\s+one\b|"
     r"\b(?:we\s+were|i\s+was)\s+(?:promised|told|assured)|\bassured\s+us", 0.6, 2),
    # threats to leave, escalation, losses
    (r"закрыть\s+сч[её]т|расторгн|перейд[её]м|уйд[её]м|в\s+другой\s+банк|теряем|"
     r"хуже|вынуждены|сменить\s+банк|отказаться\s+от\s+(?:ваших\s+)?услуг|к\s+конкурент|требуем|"
     r"в\s+банк\s+росси|в\s+цб|регулятор",
     0.6, 2),
    (r"\bmove\s+our\s+(?:accounts?|business)|\bclose\s+our\s+accounts?|\belsewhere\b|"
     r"\bswitch\s+banks?|\bescalat\w+|\bombudsman|\blosing\s+(?:sales|customers|money|clients)|"
     r"\bworse\b|\bdemand\b|\banother\s+bank\b|\bother\s+banks\b|"
     r"\btake\s+our\s+business\b|\breconsider\w*\s+(?:our|the)\s+relationship|"
     r"\banother\s+provider\b|\bclos(?:e|ing)\s+(?:the|our)\s+(?:\w+\s+)?accounts?\b|"
     r"\bcomplaints\s+team\b", 0.6, 2),
]
_CUES = [(WordRule(p, _F), w, cap) for p, w, cap in _CUE_SPECS]
# A complaint word said not to apply ("жалоб нет", "none of our staff have complained").
_NEGATED_COMPLAINT_PATTERN = (
    r"(?:жалоб|претензи)\S*\s+(?:\S+\s+){0,6}нет|нет\s+(?:жалоб|претензи)|без\s+(?:жалоб|претензи)|проблем\s+(?:\S+\s+){0,3}не\s+"
    r"возникло|не\s+было\s+проблем|\bno\s+(?:problems?|issues?|complaints?)\b|"
    r"\bnone\s+of\s+\w+\s+(?:\w+\s+)?(?:have|has)\s+complained|"
    # no remarks, nothing to report: «замечаний не было», «нареканий нет», "nothing to report"
    r"(?:замечани|нарекани)\S*\s+(?:\S+\s+){0,6}(?:нет|не\s+было|не\s+поступало)|"
    r"(?:нет|без)\s+(?:замечани|нарекани)|\bnothing\s+to\s+(?:report|flag|complain)\b|"
    r"\bno\s+(?:remarks|concerns|comments\s+on\s+(?:the\s+)?(?:service|quality))\b")
_NEGATION = WordRule(_NEGATED_COMPLAINT_PATTERN + r"|\bthanks?\b|спасибо|благодар", _F)
# searched on every sentence the model reads, and rarely there: its literals are tested first
_NEGATED_COMPLAINT = WordRule(_NEGATED_COMPLAINT_PATTERN, _F, literal_gate=True)
# Gate: a sentence is scored only when it holds one of these. Russian stems go through one
# trie-shaped regex; English through a set of words and a few phrases (C-level string
# operations, several times faster than a regex over the whole text).
_RU_PREFILTER = re.compile(keyword_pattern(split_alternatives(
    r"недовол|разочар|возмут|безобраз|недопуст|неприемл|издеват|претенз|жалоб|позор|хамств|ужас|"
    r"отврат|кошмар|раз|обращени|до\s+сих|так\s+и\s+не|нет|никто|второй|висит|опять|снова|"
    r"объяснени|не\s+работа|не\s+отвеча|не\s+предупред|не\s+верн|дважды|ошибочн|незаконн|"
    r"обещал|сч[её]т|расторг|перейд|уйд|банк|теряем|хуже|вынужд|требуем|списал|списан|"
    r"годится|сколько\s+(?:можно|ещё|еще)|надоел|устали|бардак|халатн|некомпет|непрофес|волокит|"
    r"не\s+устраива|неуважен|по\s+вашей\s+вине|несерь|каждый\s+раз|"
    r"уже\s+(?:две|три|вторую|третью|неделю|месяц|\d|несколько)|вторую|третью|четв|третий|"
    r"(?:две|три|четыре|пять|несколько)\s+недел|неделями|месяцами|не\s+ответил|"
    r"не\s+(?:можем|могу)|не\s+(?:получили|заменили|исправили|решили|перезвонил|связал|прислали|"
    r"зачислили|починили)|пропал|сбо[йяеюи]|заблокир|задержива|потеряли|договарива|завер|"
    r"конкурент|сменить\s+банк|отказаться\s+от|воз\s+и|перебор|одно\s+и\s+то|обращаться|"
    r"спасибо|капл|опоздани|позже|ошибками|предупрежд|уведомл|тишина|срыва|сорвал|пени|штраф|"
    r"обещанн|состоял|хуже|банк\s+росси|цб|регулятор|ожидал")), _F)
_EN_WORDS = frozenset("""
    unhappy dissatisfied dissatisfaction disappointed disappointing disappointment
    unacceptable unacceptably outrageous outraged outrage disgrace disgraceful ridiculous
    ridiculously appalling appalled terrible terribly awful frustrated frustrating frustration
    frustrations frustrates overcharges escalates escalations
    furious
    complain complaint complaints complaining complains shocking nobody
    again stuck waiting twice wrongly erroneous erroneously promised elsewhere switch
    escalate escalated escalating escalation ombudsman losing worse demand twice
    waste incompetent unprofessional inexcusable unreasonable overcharged overcharging mess
    nightmare constantly repeatedly ignored blocked assured reconsider embarrassing indifference
    indifferent frozen bounced late wrong vanished straw
    reconsidering""".split())
_EN_PHRASES = ("poor service", "good enough", "no one", "for two", "for three", "for several",
               "not working", "not returned", "not refunded", "not resolved", "n't work",
               "you said", "told us", "move our", "close our", "let us down", "let me down",
               "how many times", "every time", "last two", "last three", "last several",
               "last few", "take our", "not acceptable", "fed up", "sick of", "sick and tired",
               "not impressed", "not happy", "not at all happy", "hidden fee", "hidden charge",
               "weeks ago", "months ago", "keeps happening", "keep happening", "keeps failing",
               "keep failing", "not answered", "not replied", "not responded", "not called",
               "not arrived", "not been", "n't answered", "n't replied", "n't responded",
               "n't called", "n't arrived", "n't been", "not yet", "n't yet", "no response",
               "no reply", "no answer",
               "no update", "no feedback", "never received", "never got", "never heard",
               "never came", "never arrived", "never called", "never answered", "another bank",
               "other banks", "were promised", "was promised", "were told", "was told",
               "were assured", "was assured", "thanks for nothing", "not an answer",
               # "time", "still" and "without" are too common to gate on alone
               "second time", "third time", "fourth time", "fifth time", "several time", "multiple time",
               "many time", "three time", "every time", "every single time", "still not",
               "still no", "still haven't", "still hasn't", "still don't", "still doesn't",
               "still can't", "still waiting", "still nothing", "without explanation",
               "without notice", "without warning", "without any", "without a single",
               "waste of",
               "not ideal", "not how", "never been", "running out", "held up", "nobody mentioned",
               "never agreed", "no reply", "another provider", "closing the", "close the",
               "closing our", "complaints team", "without a single", "without any",
               "expected more", "expected better", "expected much", "expected a", "expected far")
_CYRILLIC = NonAsciiClass(r"[а-яё]")
_PUNCT_TO_SPACE = CharMap({c: " " for c in "!\"#$%&()*+,-./:;<=>?@[\\]^_`{|}~«»“”…"})
# Phrases by their first word: only those whose first word occurs are searched for.
_EN_PHRASES_BY_WORD: dict[str, tuple[str, ...]] = {}
for _phrase in _EN_PHRASES:
    _first = _phrase.split()[0]
    _key = "n't" if _first.startswith("n't") else _first
    _EN_PHRASES_BY_WORD[_key] = (*_EN_PHRASES_BY_WORD.get(_key, ()), _phrase)


def _phrases_in(words: list[str], flat: str) -> tuple[str, ...]:
    """The English phrases that ``flat`` (words joined by one space) holds."""
    keys = _EN_PHRASES_BY_WORD.keys() & set(words)
    if "n't" in flat:
        keys.add("n't")
    return tuple(p for key in keys for p in _EN_PHRASES_BY_WORD[key] if p in flat)


def _has_cue(low: str, blanked: str | None = None, ru: bool = True,
             phrases: tuple[str, ...] | None = None) -> bool:
    """True when lower-cased text holds a word any complaint cue needs.

    ``blanked`` is ``low`` with punctuation turned into spaces (computed when not given);
    ``ru=False`` skips the Russian stems; ``phrases`` are the only English phrases to look
    for (those the whole text holds; None: all of them).
    """
    if ru and _CYRILLIC.search(low) and _RU_PREFILTER.search(low):
        return True
    words = (_PUNCT_TO_SPACE(low) if blanked is None else blanked).split()
    if not _EN_WORDS.isdisjoint(words):
        return True
    flat = " ".join(words)
    if phrases is None:
        return bool(_phrases_in(words, flat))
    return any(p in flat for p in phrases)


# Someone other than the bank as the subject of the grievance, and words that bring the bank
# (or the reader) back into it.
_THIRD_PARTY_PATTERN = (
    r"\bour\s+(?:\w+\s+){0,2}(?:suppliers?|vendors?|auditors?|customers?|clients?|contractors?|"
    r"couriers?|landlord|logistics|carrier|insurers?|accountants?|lawyers?|previous\s+bank)\b|"
    r"\b(?:the\s+)?(?:tax\s+office|hmrc|customs)\b|"
    r"наш\w*\s+(?:\S+\s+){0,2}(?:поставщик|подрядчик|аудитор|покупател|контрагент|перевозчик|"
    r"арендодател|страховщик|юрист|бухгалтер|заказчик)|налогов|таможн|прежн\w+\s+банк|"
    # another organisation named by its legal form at the head of a clause, its predicate
    # following: «ЧОП «Барс» с января поднимает цену», "Northway Freight Ltd lost two pallets"
    # (a name in a sign-off, «С уважением, ООО «Агро»», is followed by nothing)
    r"(?:^|[:;—–(]\s*|\s(?:а|но|и|потому\s+что|так\s+как)\s+)(?:ооо|оао|зао|пао|ао|ип|чоп|тоо)\s+"
    r"[«\"](?![^»\"]*банк)[^»\"]{1,40}[»\"](?=\s+[а-яё])|"
    r"(?:^|[:;—–(]\s*)(?:[a-z][\w&-]*\s+){1,2}(?<!bank\s)(?:ltd|llc|inc|gmbh|plc)\b(?=\s+[a-z])|"
    # the bank the writer is with now, pointed back at: «сейчас мы в Сбере, но у них ...»,
    # "we are with Northbank, but they ..."
    r"(?<![а-яё])мы\s+(?:сейчас\s+|пока\s+|давно\s+)?(?:в|во|обслуживаемся\s+в)\s+[«\"]?[а-яё][\w-]*"
    r"[»\"]?,?\s+(?:но|а)\s+(?:у\s+них|они)(?![а-яё])|"
    r"\bwe\s*(?:'re|’re|\s+are)\s+(?:currently\s+|still\s+|now\s+)?(?:with|banking\s+with)\s+"
    r"[\w&-]+,?\s+but\s+they\b|"
    # a carrier or a subcontractor is someone else's unless the sentence makes it the reader's
    r"(?<![а-яё])(?:перевозчик|субподрядчик)\w*|"
    r"(?<![а-яё])(?:текущ|нынешн|прежн|предыдущ)\w*\s+страховщик\w*|"
    # another company named as the culprit: a distributor, the previous supplier, another bank
    r"\b(?:a|the|our|their|another|other|previous|former|old|current|local)\s+(?:\w+\s+)?"
    r"(?:distributors?|dealers?|resellers?|installers?|integrators?)\b|"
    r"\b(?:another|other|previous|former|old|current|existing)\s+(?:banks?|suppliers?|vendors?|"
    r"providers?|compan(?:y|ies)|distributors?|dealers?|acquirers?|agency|agencies|cleaners|"
    r"contractors?|caterers?|couriers?|firms?)\b|дистрибьютор\w*|дилер\w*|"
    r"(?<![а-яё])(?:друг\w*|ин(?:ой|ого|ом|ую|ая|ые|ых)|прежн\w*|стар\w*|предыдущ\w*|нынешн\w*|"
    r"текущ\w*)\s+(?:банк|поставщик|подрядчик|"
    r"компани|дистрибьютор|дилер|провайдер|эквайр?ер|агентств|исполнител|клининг|перевозчик)\w*")
# searched on every sentence the model reads, and rarely there: its literals are tested first
_THIRD_PARTY = WordRule(_THIRD_PARTY_PATTERN, _F, literal_gate=True)
_THIRD_PARTY_RE = re.compile(_THIRD_PARTY_PATTERN, _F)
# "..., which is why we are moving to you": what follows is what the writer asks of the reader
_CONSEQUENCE = re.compile(r",?\s+(?:so|so that|please|and\s+so|therefore|hence)\s+|"
                          r",?\s+(?:and\s+)?(?:(?:which|that|this)\s+is|that's|that’s)"
                          r"\s+why\s+|"
                          r",?\s+(?:поэтому|поэтому\s+просим|просим|прошу|так\s+что|вот\s+почему|"
                          r"потому\s+(?:мы\s+)?и|из-за\s+(?:этого|чего)|в\s+связи\s+с\s+(?:этим|чем)|"
                          r"в\s+результате(?:\s+чего)?|по\s+этой\s+причине)\s+|"
                          r",?\s+(?:and\s+)?(?:because\s+of\s+(?:this|that|which)|as\s+a\s+result|"
                          r"which\s+means|for\s+this\s+reason)\s+")
# (a cash machine, «банкомат», is no bank: «в нынешнем банке нет банкомата» stays about that bank)
_THE_BANK = WordRule(
    r"\byou\b|\byour\b|\bbank\b|(?<![а-яё])(?:вы|вас|вам|ваш\w*|банк(?!омат)\w*|"
    # the reader addressed as «ты» («а ты обещала ещё в ноябре»)
    r"ты|теб[яе]|тобой|тво(?:й|я|ё|е|и|его|ей|ему|им|ими|их|ю))(?![а-яё])", _F)

# Each cue family is written in one script, so a sentence runs only its script's families.
_CUES_RU = [c for c, (p, _, _) in zip(_CUES, _CUE_SPECS, strict=True) if _CYRILLIC.search(p)]
_CUES_EN = [c for c, (p, _, _) in zip(_CUES, _CUE_SPECS, strict=True) if not _CYRILLIC.search(p)]
_LATIN = re.compile(r"[a-z]")


# Both verdicts below depend on the sentence alone; stock sentences recur across a mailbox.
@lru_cache(maxsize=8192)
def _about_someone_else(sentence: str) -> bool:
    """A grievance about a third party ("our auditors", «прежний банк») that does not bring
    the addressee back into it ("... so please send ..." still asks the bank)."""
    if not _THIRD_PARTY.search(sentence):
        return False
    grievance = _CONSEQUENCE.split(sentence, maxsplit=1)[0]
    # "в другом банке" names someone else's bank, not the addressee.
    return not _THE_BANK.search(_THIRD_PARTY_RE.sub(" ", grievance))


# "по их вине", "устал от этих людей", "they never paid": a grievance pointing back at whom
# the sentence before named.
_BACK_REFERENCE = re.compile(r"(?<![а-яё])(?:они|их|ими|ними|этих\s+людей|эти\s+люди)(?![а-яё])|"
                             r"\b(?:they|them|their)\b", _F)
_BACK_REFERENCE = gated(_BACK_REFERENCE)   # the same matches, fewer start positions tried


def _points_back_at_someone_else(sentence: str, before: str) -> bool:
    """A sentence that names nobody but points back ("по их вине") at a third party the
    sentence ``before`` it named, without the reader ("Субподрядчик ночью оставил ...")."""
    return (bool(before) and _BACK_REFERENCE.search(sentence) is not None
            and not _THE_BANK.search(sentence) and _about_someone_else(before))


@lru_cache(maxsize=8192)
def _no_complaint_said(sentence: str) -> bool:
    """The sentence says a complaint word does not apply ("жалоб нет", "no complaints",
    "none of our staff have complained"), or it expects the reader at an hour set
    ("12-го в 14:00, ждём"): the model, which reads the word
    ("ждём" of a long wait) and not its sense, does not score it."""
    return bool(_NEGATED_COMPLAINT.search(sentence)) or _expects_at_an_hour(sentence)


# Expecting the reader at a meeting whose hour is set: a welcome, not a wait.
# (English mail says it in words the model does not take for a wait: "we expect you at 10".)
_EXPECT = re.compile(r"(?<![а-яё])(?:жд[её]м|будем\s+ждать|ожидаем)(?![а-яё])", _F)
_EXPECT = gated(_EXPECT)   # the same matches, fewer start positions tried
_AT_AN_HOUR = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)|"
                         r"(?<![а-яё])в\s+\d{1,2}(?!\d)(?![.,:]\d)(?!\s*(?:час|дн|недел|раз|%|мин))", _F)
# what a wait that has gone on, or a demand, says ("ждём уже неделю", "ждём от вас ответа")
_LONG_WAIT = re.compile(r"уже|до\s+сих|вс[её]\s+ещ[её]|по-прежнему|сколько|котор|ответ|от\s+вас|"
                        r"реакци|решени", _F)


def _expects_at_an_hour(sentence: str) -> bool:
    return (_EXPECT.search(sentence) is not None and _AT_AN_HOUR.search(sentence) is not None
            and _LONG_WAIT.search(sentence) is None)


@lru_cache(maxsize=8192)
def _score(sentence: str) -> float:
    score = 0.0
    cyrillic = _CYRILLIC.search(sentence) is not None
    latin = not cyrillic or _LATIN.search(sentence) is not None
    cues = (_CUES_RU + _CUES_EN if latin else _CUES_RU) if cyrillic else _CUES_EN
    for rule, w, cap in cues:
        hits = rule.count(sentence, cap)
        if hits:
            score += w * hits
    if score and _NEGATION.search(sentence):
        score -= 1.0
    if score and _about_someone_else(sentence):
        # "Our auditors have been a nightmare, so please send ...": the grievance (before
        # "so" / "please" / "поэтому" ...) is about someone else unless it names the bank.
        score -= 2.0
    if score and sentence.rstrip().endswith("!"):
        score += 0.3
    return score


#: A sentence the cue rules flag in a text of :data:`RULE_FLOOR_SENTENCES` sentences or more
#: is a complaint only when the model gives the text at least this probability: the rules'
#: strong words ("terrible", "ridiculous", "complaining") also fill long ordinary mail that
#: complains about nothing the reader did (the reserved Enron messages: 2.3 % flagged by the
#: rules alone, 0.4 % by the whole decision). A shorter text gives the model too little to
#: overrule an explicit word ("Это недопустимо!" scores 0.19).
RULE_FLOOR = 0.2
RULE_FLOOR_SENTENCES = 3


def detect_complaint(text: str, lang: str | None = None, local: LocalLayer | None = None,
                     model: ComplaintModel | None = None) -> ComplaintSignal | None:
    """The strongest complaint sentence in ``text``, or None when nothing reaches the threshold.

    The cue rules decide first, when the complaint model (:mod:`indexer.complaint_model`)
    gives the text at least :data:`RULE_FLOOR`; where they find nothing, the model may: when
    the text's score (its sentences read together, or its most complaining paragraph less
    the language's paragraph margin, :class:`ScoreParts`) reaches its language's threshold,
    the most probable sentence of what scored is the signal, with the score.
    ``local`` is the company's layer (:mod:`indexer.learning`): a sentence its people said is
    no complaint is skipped, and its weight adjustments add to the model's log-odds.
    ``model`` replaces the shipped model (a benchmark's model trained without some texts).
    """
    if not text:
        return None
    ruled = _by_rules(text, local)
    model = model or default_model()
    if model is None:
        return ruled
    lang = lang or _lang(text)
    parts = score_parts(model, text, local)
    margin = model.paragraph_margin(lang)
    if ruled is not None and _rules_stand(parts, margin):
        return ruled
    if parts is None or parts.score(margin) < model.threshold(lang):
        return None
    s, e = parts.evidence(margin)
    return ComplaintSignal(text[s:e], s, e, round(parts.score(margin), 2))


@dataclass(frozen=True)
class ScoreParts:
    """What the model says of a text: the probability of its sentences read together and its
    most probable sentence; the probability of its most complaining paragraph (two
    sentences or more between blank lines, with :data:`PARAGRAPH_REST` sentences or more in
    the rest of the text; 0.0 when there is none) and that paragraph's most probable sentence; how many sentences it read.

    A text's score is the larger of the whole and the paragraph less a margin
    (:meth:`score`): a letter about artwork files and a delivery date whose third paragraph
    says the glue fails on one carton in fifty reads, as a whole, like the business letter
    it mostly is. The margin, per language, is the trainer's, by cross-validation
    (:func:`indexer.complaint_model.thresholds_of`)."""

    whole: float
    whole_top: tuple[int, int]
    paragraph: float
    paragraph_top: tuple[int, int]
    sentences: int

    def score(self, margin: float | None) -> float:
        """The text's score with the paragraph ``margin`` (None: the whole only)."""
        if margin is None or self.paragraph - margin <= self.whole:
            return self.whole
        return self.paragraph - margin

    def evidence(self, margin: float | None) -> tuple[int, int]:
        """The span of the sentence that carries the score."""
        if margin is None or self.paragraph - margin <= self.whole:
            return self.whole_top
        return self.paragraph_top


def _rules_stand(parts: ScoreParts | None, margin: float | None) -> bool:
    """Whether a sentence the cue rules flag stands, given the model's score of its text."""
    return parts is not None and (parts.score(margin) >= RULE_FLOOR
                                  or parts.sentences < RULE_FLOOR_SENTENCES)


def rules_flag(text: str) -> bool:
    """Whether the cue rules flag a sentence of ``text`` (before the model is asked)."""
    return _by_rules(text) is not None


def decision_score(text: str, model: ComplaintModel, ruled: bool) -> float:
    """What :func:`detect_complaint` compares with a language's threshold for ``text``
    (``ruled``: :func:`rules_flag` of it) at the model's paragraph margin
    (:func:`decision_of`)."""
    lang = _lang(text)
    return decision_of(score_parts(model, text), ruled, model.paragraph_margin(lang))


def decision_of(parts: ScoreParts | None, ruled: bool, margin: float | None) -> float:
    """2.0, above every threshold, where the cue rules' sentence stands (``ruled``); else the
    text's score at the paragraph ``margin`` (0.0 when the model read no sentence). A
    trainer choosing thresholds and margins scores texts with this."""
    if ruled and _rules_stand(parts, margin):
        return 2.0
    return parts.score(margin) if parts is not None else 0.0


def _lang(text: str) -> str:
    return "ru" if _CYRILLIC.search(text.lower()) else "en"


#: How many sentences the rest of a letter must hold for one of its paragraphs to be read
#: alone: the class is a complaint among business lines, not a short note whose one
#: closing line of thanks is left out ("Sorry for the late reply. We went with a bank loan
#: instead ... / Thank you for your time" is a decline).
PARAGRAPH_REST = 2
#: A blank line: where one paragraph of a letter ends and the next begins.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def score_parts(model: ComplaintModel, text: str, local: LocalLayer | None = None
                ) -> ScoreParts | None:
    """The model's :class:`ScoreParts` of ``text``, from the sentences it reads
    (:func:`indexer.complaint_model.model_spans`, less those a person rejected, those that
    grieve about someone else and those that say there is no complaint); None when no
    sentence is left."""
    low = text.lower()
    same = len(low) == len(text)      # else lower() changed the length: lower each sentence
    redlines = sets_terms(low)
    review = redlines or under_review(low)
    # the client's position on our terms, item by item: an item that holds no complaint
    # word is a term it sets («Срок монтажа — долго, нужно две недели»)
    position = lists_position(low)
    spans, sents = [], []
    before = ""
    for s, e in model_spans(text):
        sent = low[s:e] if same else text[s:e].lower()
        before, prior = sent, before
        if ((local is not None and local.rejects_complaint(sent)) or _about_someone_else(sent)
                or _no_complaint_said(sent) or _points_back_at_someone_else(sent, prior)
                or (review and negotiates(_with_item_number(low, s, sent), redlines))
                or (position and position_item(_with_item_number(low, s, sent))
                    and not _score(sent))):
            continue
        spans.append((s, e))
        sents.append(sent)
    if not spans:
        return None
    delta = local.complaint_logit if local is not None and not local.empty else None
    p, top = model.text_score(sents, delta)
    para, para_top = 0.0, spans[top]
    if len(sents) >= 2 + PARAGRAPH_REST:
        groups = [[0]]
        for i in range(1, len(spans)):
            if _PARAGRAPH_BREAK.search(text, spans[i - 1][1], spans[i][0]):
                groups.append([i])
            else:
                groups[-1].append(i)
        if len(groups) > 1:
            for group in groups:
                if len(group) > 1 and len(sents) - len(group) >= PARAGRAPH_REST:
                    q, t = model.text_score([sents[i] for i in group], delta)
                    if q > para:
                        para, para_top = q, spans[group[t]]
    return ScoreParts(p, spans[top], para, para_top, len(spans))


#: What opens a line of a numbered list («1.», "2)"), which the sentence splitter leaves out.
_ITEM_NUMBER = re.compile(r"[ \t]*\d{1,2}[.)][ \t]*")


def _with_item_number(low: str, start: int, sent: str) -> str:
    """``sent`` (lower-cased, at ``start`` of ``low``) with the number of the list item it
    opens put back, so that :func:`indexer.deal_answers.negotiates` reads it as an item."""
    line = low.rfind("\n", 0, start) + 1
    if line < start and _ITEM_NUMBER.fullmatch(low, line, start):
        return low[line:start] + sent
    return sent


_MODEL: ComplaintModel | None = None
_MODEL_TRIED = False


def default_model() -> ComplaintModel | None:
    """The shipped complaint model, loaded once (None, with a warning, when it is missing)."""
    global _MODEL, _MODEL_TRIED
    if not _MODEL_TRIED:
        _MODEL_TRIED = True
        try:
            _MODEL = complaint_model.load()
        except ModelError as exc:
            log.warning("complaint model not used: %s", exc)
    return _MODEL


def _by_rules(text: str, local: LocalLayer | None = None) -> ComplaintSignal | None:
    low = text.lower()
    blanked = _PUNCT_TO_SPACE(low)
    words = blanked.split()
    ru = _CYRILLIC.search(low) is not None and _RU_PREFILTER.search(low) is not None
    flat = " ".join(words)
    phrases = _phrases_in(words, flat)
    if not (ru or phrases or not _EN_WORDS.isdisjoint(words)):
        return None
    same = len(low) == len(text)
    redlines = sets_terms(low)
    review = redlines or under_review(low)
    best: ComplaintSignal | None = None
    spans = sentences(text)
    for n, (s, e) in enumerate(spans):
        if e - s > 800:
            continue
        if not (_has_cue(low[s:e], blanked[s:e], ru, phrases) if same
                else _has_cue(text[s:e].lower())):
            continue
        sent = text[s:e]
        if len(sent) > 800 or (local is not None and local.rejects_complaint(sent)):
            continue
        sc = _score(sent.lower())
        if sc >= THRESHOLD and review and negotiates(
                _with_item_number(low, s, sent.lower()) if same else sent.lower(), redlines):
            continue      # a term of our offer turned down, our price bargained over
        if sc >= THRESHOLD and n and _points_back_at_someone_else(
                sent.lower(), text[spans[n - 1][0]:spans[n - 1][1]].lower()):
            continue
        if sc >= THRESHOLD and (best is None or sc > best.score):
            best = ComplaintSignal(sent, s, e, round(sc, 2))
    return best
