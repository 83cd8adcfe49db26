"""Complaint signals in a client's message: dissatisfaction with the bank or its service.

Weighted cues per sentence (explicit words such as "недопустимо",
"unacceptable"; repeated unanswered asks; broken promises; threats to leave),
minus negations ("жалоб нет", "no problems"). The best sentence at or above
the threshold is the signal, with its score as evidence strength.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.classify import WordRule, keyword_pattern, split_alternatives
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
     r"претензи|жалоб(?<!без\sжалоб)[ау]?(?![а-яё])|позор|хамств|ужасн|отвратительн|кошмар|"
     # money taken twice, service getting worse
     r"дважды\s+(?:\S+\s+)?списал|списали\s+(?:\S+\s+){0,2}дважды|стал[оиа]?\s+(?:\S+\s+)?хуже", 1.0),
    (r"\b(?:unhappy|dissatisfied|disappointed|disappointing|unacceptable|outrageous|disgrace"
     r"|ridiculous|appalling|terrible|awful|frustrat\w+|furious|formal\s+complaint|"
     r"complain(?:t|ing)?\b(?!ed)|poor\s+service|shocking|not\s+good\s+enough"
     r"|charged\s+(?:\w+\s+){0,3}twice)"
     r"|\b(?:got|gotten|getting|become|became)\s+(?:much\s+)?worse", 1.0),
    # repetition and waiting
    (r"трет\w*\s+(?:раз|обращени)|четв[её]рт\w*\s+(?:раз|обращени)|пят\w*\s+(?:раз|обращени)|который\s+раз|в\s+очередной\s+раз|"
     r"уже\s+(?:две|три|вторую|третью|неделю|месяц)|до\s+сих\s+пор\s+не|так\s+и\s+не|"
     r"всё\s+нет|все\s+нет|никто\s+(?:ничего\s+)?не|второй\s+день|висит|"
     r"никто\s+(?:так\s+)?и\s+не|так\s+никто\s+и\s+не", 0.7),
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
# Gate: a sentence is scored only when it holds one of these. Russian stems go through one
# trie-shaped regex; English through a set of words and a few phrases (C-level string
# operations, several times faster than a regex over the whole text).
_RU_PREFILTER = re.compile(keyword_pattern(split_alternatives(
    r"недовол|разочар|возмут|безобраз|недопуст|неприемл|издеват|претенз|жалоб|позор|хамств|ужас|"
    r"отврат|кошмар|раз|обращени|до\s+сих|так\s+и\s+не|нет|никто|второй|висит|опять|снова|"
    r"объяснени|не\s+работа|не\s+отвеча|не\s+предупред|не\s+верн|дважды|ошибочн|незаконн|"
    r"обещал|сч[её]т|расторг|перейд|уйд|банк|теряем|хуже|вынужд|требуем|списал")), _F)
_EN_WORDS = frozenset("""
    unhappy dissatisfied dissatisfaction disappointed disappointing disappointment
    unacceptable unacceptably outrageous outraged outrage disgrace disgraceful ridiculous
    ridiculously appalling appalled terrible terribly awful frustrated frustrating frustration
    furious
    complain complaint complaints complaining complains shocking time times still nobody
    again stuck waiting without twice wrongly erroneous erroneously promised elsewhere switch
    escalate escalated escalating escalation ombudsman losing worse demand twice""".split())
_EN_PHRASES = ("poor service", "good enough", "no one", "for two", "for three", "for several",
               "not working", "not returned", "not refunded", "not resolved", "n't work",
               "you said", "told us", "move our", "close our")
_CYRILLIC = re.compile(r"[а-яё]")
_PUNCT_TO_SPACE = str.maketrans({c: " " for c in "!\"#$%&()*+,-./:;<=>?@[\\]^_`{|}~«»“”…"})


def _has_cue(low: str, blanked: str | None = None, ru: bool = True,
             phrases: bool = True) -> bool:
    """True when lower-cased text holds a word any complaint cue needs.

    ``blanked`` is ``low`` with punctuation turned into spaces (computed when not given);
    ``ru=False`` / ``phrases=False`` skip the Russian stems / the English phrases (the text
    around it has none).
    """
    if ru and _CYRILLIC.search(low) and _RU_PREFILTER.search(low):
        return True
    words = (low.translate(_PUNCT_TO_SPACE) if blanked is None else blanked).split()
    if not _EN_WORDS.isdisjoint(words):
        return True
    if not phrases:
        return False
    flat = " ".join(low.split())
    return any(phrase in flat for phrase in _EN_PHRASES)


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
    blanked = low.translate(_PUNCT_TO_SPACE)
    words = blanked.split()
    ru = _CYRILLIC.search(low) is not None and _RU_PREFILTER.search(low) is not None
    flat = " ".join(words)
    phrases = any(phrase in flat for phrase in _EN_PHRASES)
    if not (ru or phrases or not _EN_WORDS.isdisjoint(words)):
        return None
    same = len(low) == len(text)
    best: ComplaintSignal | None = None
    for s, e in sentences(text):
        if e - s > 800:
            continue
        if not (_has_cue(low[s:e], blanked[s:e], ru, phrases) if same
                else _has_cue(text[s:e].lower())):
            continue
        sent = text[s:e]
        if len(sent) > 800:
            continue
        sc = _score(sent.lower())
        if sc >= THRESHOLD and (best is None or sc > best.score):
            best = ComplaintSignal(sent, s, e, round(sc, 2))
    return best
