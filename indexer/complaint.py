"""Complaint signals in a client's message: dissatisfaction with the bank or its service.

Weighted cues per sentence (explicit words such as "недопустимо",
"unacceptable"; repeated unanswered asks; broken promises; threats to leave),
minus negations ("жалоб нет", "no problems"). The best sentence at or above
the threshold is the signal, with its score as evidence strength.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from indexer.classify import WordRule
from indexer.intent import sentences

# Cues run on lower-cased text (much faster than IGNORECASE).
_F = re.UNICODE

THRESHOLD = 1.0


@dataclass(frozen=True)
class ComplaintSignal:
    """The sentence that signals a complaint, its span in the text and a score (>= 1.0)."""

    sentence: str
    start: int
    end: int
    score: float


_CUES: list[tuple[WordRule, float]] = [(WordRule(p, _F), w) for p, w in [
    # explicit dissatisfaction
    (r"недовол|разочарован|возмут|безобрази|недопустим|неприемлем|издевательств|"
     r"претензи|(?<!без\s)жалоб[ау]?(?![а-яё])|позор|хамств|ужасн|отвратительн|кошмар", 1.0),
    (r"\b(?:unhappy|dissatisfied|disappointed|disappointing|unacceptable|outrageous|disgrace"
     r"|ridiculous|appalling|terrible|awful|frustrat\w+|furious|formal\s+complaint|"
     r"complain(?:t|ing)?\b(?!ed)|poor\s+service|shocking|not\s+good\s+enough)", 1.0),
    # repetition and waiting
    (r"(?:трет|четв[её]рт|пят)\w*\s+(?:раз|обращени)|который\s+раз|в\s+очередной\s+раз|"
     r"уже\s+(?:две|три|вторую|третью|неделю|месяц)|до\s+сих\s+пор\s+не|так\s+и\s+не|"
     r"всё\s+нет|все\s+нет|никто\s+(?:ничего\s+)?не|второй\s+день|висит", 0.7),
    (r"\b(?:third|fourth|fifth|several|multiple|many)\s+times?\b|\bthree\s+times\b|"
     r"\bstill\s+(?:not|no|haven't|hasn't|don't|doesn't|can't|waiting|nothing)\b|"
     r"\bnobody\b|\bno\s+one\b|\bfor\s+(?:two|three|several)\s+(?:days|weeks)\b|"
     r"\bagain\b|\bstuck\b|\bwaiting\s+(?:two|three|several|for\s+weeks)", 0.7),
    (r"опять|снова|без\s+объяснени|не\s+работа|не\s+отвеча|не\s+предупредил|"
     r"не\s+вернули|дважды\s+списал|ошибочн|незаконно", 0.5),
    (r"\bwithout\s+(?:any\s+)?(?:explanation|notice|warning)|\bdown\s+again|"
     r"\bnot\s+(?:working|returned|refunded|resolved)|\bcharged\s+(?:\w+\s+){0,3}twice|"
     r"\bwrongly\b|\berroneous|\bdon't\s+work|\bdoesn't\s+work|\bhave\s+not\s+returned|"
     r"\bnobody\s+told", 0.5),
    # broken promises
    (r"обещали|you\s+(?:promised|said|told\s+us)|\bbut\s+no\s+one\b", 0.6),
    # threats to leave, escalation, losses
    (r"закрыть\s+сч[её]т|расторгн|перейд[её]м|уйд[её]м|в\s+другой\s+банк|теряем|"
     r"хуже|вынуждены", 0.6),
    (r"\bmove\s+our\s+(?:accounts?|business)|\bclose\s+our\s+accounts?|\belsewhere\b|"
     r"\bswitch\s+banks?|\bescalat\w+|\bombudsman|\blosing\s+(?:sales|customers|money|clients)|"
     r"\bworse\b|\bdemand\b|требуем", 0.6),
]]
_NEGATION = WordRule(
    r"жалоб\S*\s+(?:\S+\s+){0,6}нет|нет\s+жалоб|без\s+жалоб|проблем\s+(?:\S+\s+){0,3}не\s+"
    r"возникло|не\s+было\s+проблем|\bno\s+(?:problems?|issues?|complaints?)\b|"
    r"\bnone\s+of\s+\w+\s+(?:\w+\s+)?(?:have|has)\s+complained|\bthanks?\b|спасибо|благодар", _F)
_PREFILTER = WordRule(
    r"недовол|разочар|возмут|безобраз|недопуст|неприемл|издеват|претенз|жалоб|позор|хамств|ужас|"
    r"отврат|кошмар|раз|обращени|до\s+сих|так\s+и\s+не|нет|никто|второй|висит|опять|снова|"
    r"объяснени|не\s+работа|не\s+отвеча|не\s+предупред|не\s+верн|дважды|ошибочн|незаконн|"
    r"обещал|сч[её]т|расторг|перейд|уйд|банк|теряем|хуже|вынужд|требуем|"
    r"unhappy|dissatisf|disappoint|unacceptab|outrag|disgrace|ridicul|appall|terribl|awful|"
    r"frustrat|furious|complain|poor\s+service|shocking|good\s+enough|times|still|nobody|no\s+one|"
    r"for\s+(?:two|three|several)|again|stuck|waiting|without|not\s+(?:working|returned|"
    r"refunded|resolved)|twice|wrongly|erroneous|n't\s+work|not\s+returned|promised|you\s+said|"
    r"told\s+us|move\s+our|close\s+our|elsewhere|switch|escalat|ombudsman|losing|worse|demand",
    _F)


def _score(sentence: str) -> float:
    score = 0.0
    for rule, w in _CUES:
        hits = rule.count(sentence, 2)
        if hits:
            score += w * hits
    if score and _NEGATION.search(sentence):
        score -= 1.0
    if score and sentence.rstrip().endswith("!"):
        score += 0.3
    return score


def detect_complaint(text: str, lang: str | None = None) -> ComplaintSignal | None:
    """The strongest complaint sentence in ``text``, or None when nothing reaches the threshold."""
    if not text:
        return None
    low = text.lower()
    hits = [m.start() for m in _PREFILTER.anywhere.finditer(low)]
    if not hits:
        return None
    if len(low) != len(text):
        hits = None  # positions shift: score every sentence
    best: ComplaintSignal | None = None
    for s, e in sentences(text):
        if hits is not None:
            i = bisect_left(hits, s)
            if i == len(hits) or hits[i] >= e:
                continue
        sent = text[s:e]
        if len(sent) > 800:
            continue
        sc = _score(sent.lower())
        if sc >= THRESHOLD and (best is None or sc > best.score):
            best = ComplaintSignal(sent, s, e, round(sc, 2))
    return best
