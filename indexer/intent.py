"""Promises and requests in the new text of a message.

A promise is the writer's commitment to a future action of their own ("I'll
send the proposal by Friday", "перезвоню в понедельник"); a request asks the
addressee to act or answer ("Please send ...", "Пришлите, пожалуйста ...",
"Can you ...?"). Both carry the sentence they came from and, when the
sentence names one, a due date (the deadline of the date expression).

Rule-based first, behind :class:`IntentDetector`; a small statistical model
(:mod:`indexer.intent_model`, behind its ``Scorer`` interface) may overrule the
rules' request decision where it is confident. What makes a promise, and when it is
due, is :mod:`indexer.promise_rules`; the request rules, the cheap gates and the
sentence splitting are here. The rules are built for the hot path: one combined cue
regex rejects most text before any sentence is looked at, and dates are resolved only
in sentences that carry an intent.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Protocol

from dealtrail.workdays import BusinessCalendar
from indexer import intent_model, promise_model, ru_morph
from indexer.classify import (
    CharMap,
    NonAsciiClass,
    WordRule,
    detect_lang,
    keyword_pattern,
)
from indexer.dates import find_dates
from indexer.intent_model import Scorer
from indexer.promise_model import PromiseVeto
from indexer.promise_rules import (
    _EN_DOING_NOW_RE,
    _EN_FUTURE_WORD,
    _NOT_VETOED,
    EN_ALONE_RE,
    EN_ALONE_WORDS,
    _is_promise,
    _promise_due,
    _words,
    own_act_dated,
    veto_reads,
)

log = logging.getLogger(__name__)

ACTIONS = ("send", "call", "meet", "reply", "other")


@dataclass(frozen=True)
class Intent:
    """A promise or a request found in one sentence."""

    kind: str            # "promise" | "request"
    action: str          # "send" | "call" | "meet" | "reply" | "other"
    sentence: str        # the sentence it came from (evidence)
    start: int           # span of the sentence in the text given
    end: int
    due: datetime | None
    due_grain: str | None


class IntentDetector(Protocol):
    """Anything that finds promises and requests in a message's new text."""

    def detect(self, text: str, *, direction: str, ref_time: datetime, lang: str | None = None,
               calendar: BusinessCalendar | None = None,
               kinds: tuple[str, ...] = ("promise", "request")) -> list[Intent]: ...


# Rules run on lower-cased text: without IGNORECASE the regex engine is several times faster.
_F = re.UNICODE

# ------------------------------------------------------------------ English

# what may come before an imperative or a modal question: "John, ", "Hi David: ", "Also, "
_OPENER = (r"(?:(?:hi|hello|hey|dear)\s+)?(?:\w+[,:]\s+|(?:and|also|so|then|otherwise|anyway|ok|"
           r"okay|yes|now)\b[,]?\s+)?")
# verbs that start an imperative sentence (beyond the ones in the request rule itself)
_EN_IMPERATIVES = (r"apply|download|visit|upgrade|use|finish|take|talk|ask|go\s+ahead|join|click|"
                   r"register|log\s+in|sign\s+up|start|try|enter|follow|read|buy|order|pre-order|"
                   r"meet|bring|come|print|pick\s+up|discuss|plan|coordinate|consider|phone|write|"
                   r"pass|reserve|remind|invite|include|copy|fax|move|change|cancel|pay|transfer|"
                   r"wire|give\s+(?:a|us|him|her|them)|call|grab|join|shop|save|get\s+started")
_EN_REQUEST = WordRule(
    r"(?:\bplease\b(?!\s+(?:find|see)\s+(?:attached|enclosed|below))|\bkindly\b|\bpls\b|\bplz\b"
    r"|^\s*" + _OPENER + r"(?:could|can|would|will|won't)\s+(?:you|u|we)\b"
    r"|\b(?:would|do)\s+you\s+mind\b|\bis\s+it\s+possible\b|\bare\s+you\s+able\b"
    r"|\b(?:i|we)\s*(?:'d|’d|\s+would)\s+(?:also\s+|really\s+)?(?:like|appreciate|be\s+grateful)\b"
    r"(?!\s+to\s+thank)"
    r"|\b(?:i|we)\s+(?:need|require|must\s+(?:have|get|open|receive))\b"
    r"|\bneed\s+you\s+to\b|\bwant\s+you\s+to\b|\blet'?s\b|\blet\s+us\s+(?:know|meet|discuss)\b"
    r"|\blet\s+me\s+know\b|\bkeep\s+me\s+(?:posted|informed|updated)\b"
    r"|\bget\s+back\s+to\s+me\b|\bfeel\s+free\s+to\b|\bcan\s+we\b|\bshall\s+we\b"
    # the client waits for something of ours
    r"|\b(?:(?:are|am)\s+)?(?:still\s+)?waiting\s+for\s+(?:your|the)\s+(?:\w+\s+)?(?:proposal|"
    r"quote|quotation|contract|draft|invoice|offer|answer|reply|response|documents?)\b"
    # requests phrased as advice, wishes or proposals
    r"|\byou\s+(?:may|might)\s+(?:want|wish|like)\s+to\b|\byou\s+should\b(?!\s+(?:have|be|get|receive))"
    r"|\bit\s+(?:would|will|may|might)\s+be\s+(?:great|helpful|useful|nice|good|best|worthwhile|"
    r"appropriate|wise|appreciated)\b|\bwould\s+be\s+(?:helpful|appreciated)\b"
    r"|\b(?:i|we)\s*(?:'d|’d|\s+would)\s+love\s+to\s+(?:talk|meet|chat|discuss|see|hear|get|have)\b"
    r"|\bwe\s+(?:should|could|can|might)\s+(?:discuss|talk|meet|chat|get\s+together|schedule|set\s+up)\b"
    r"|\bfor\s+us\s+to\s+discuss\b|\b(?:i|we)\s+(?:was|were|am|are)\s+wondering\s+(?:if|whether)\b"
    r"|\b(?:my|our)\s+recommendation\s+is\b|\b(?:i|we)\s+(?:would\s+)?(?:suggest|recommend|propose)\b"
    r"|\bhow\s+about\b|\bwhat\s+about\b"
    # proposals to meet or talk, offers of time
    r"|\b(?:need|have)\s+to\s+(?:discuss|talk|meet|get\s+together)\b"
    r"|\bgive\s+(?:me|us)\s+a\s+(?:call|ring|shout)\b|\bcall\s+me\b"
    # "Friday would work for me" proposes a time; "that works for us" only accepts one
    r"|\bwould(?<!that\swould)(?<!this\swould)(?<!it\swould)\s+work\s+(?:best\s+|well\s+)?"
    r"for\s+(?:me|us|you)\b"
    r"|\bwill(?<!that\swill)(?<!this\swill)(?<!it\swill)\s+work\s+(?:best\s+|well\s+)?"
    r"for\s+(?:me|us|you)\b"
    r"|\bworks(?<!that\sworks)(?<!this\sworks)(?<!it\sworks)\s+(?:best\s+|well\s+)?"
    r"for\s+(?:me|us)\b"
    r"|\b(?:i|we)\s*(?:'d|’d|\s+would|\s+shall|\s+will|'ll|’ll)\s+be\s+(?:very\s+|more\s+than\s+)?"
    r"(?:happy|glad|pleased|delighted)\s+to\s+(?:meet|discuss|talk|join|reschedule|help|chat|"
    r"go\s+over|set\s+up|arrange)\b"
    r"|\b(?:i|we)\s*(?:'m|’m|'re|’re|\s+am|\s+are)\s+(?:also\s+)?available\s+(?:to|at|on|for)\b"
    r"|\b(?:i|we)\s+(?:can|could)\s+(?:meet|talk|discuss|arrange|set\s+up|schedule|get\s+together)\b"
    r"|\bwe\s+(?:can|could)\s+(?:try|start|continue|arrange|organi[sz]e|connect|add|make|help|"
    r"provide|offer|send)\b"
    r"|^\s*" + _OPENER + r"(?:send|call|ring|give\s+me|confirm|provide|sign|return|complete|"
    r"forward|review|advise|contact|check|tell|share|arrange|prepare|issue|explain|agree|"
    r"approve|update|fill|email|e-mail|reply|respond|remember|note|make\s+sure|ensure|"
    r"get\s+in\s+touch|set\s+up|schedule|book|submit|attach|look\s+at|find\s+out|do\s+not|"
    r"don't|keep|" + _EN_IMPERATIVES + r")\b"
    r"|^\s*(?:if|to|once|when)\s+[^,;\n]{3,80},\s*(?:simply\s+|just\s+)?(?:" + _EN_IMPERATIVES + r"|"
    r"send|call|contact|reply|email|e-mail|let\s+(?:me|us)\s+know)\b)", _F)
_EN_COURTESY = WordRule(
    r"(?:let\s+me\s+know|feel\s+free|do\s+not\s+hesitate|don't\s+hesitate|please\s+contact\s+me|"
    r"please\s+call|please\s+let\s+me\s+know)[^.?!]{0,40}\bif\s+you\s+(?:have|need|require)\s+"
    r"(?:any|further|more)|^\s*(?:looking\s+forward|hope\s+(?:this|you|that)|thank|thanks)"
    r"|\bhow\s+are\s+you\b", _F)

# ------------------------------------------------------------------ Russian

_RU_IMPERATIVE_END = re.compile(r"(?:ите|йте|ьте)(?:сь)?(?![а-яё])", _F)
_RU_NOT_IMPERATIVE = frozenset(("хотите", "видите", "можете", "будете", "знаете", "говорите",
                                "идите", "здравствуйте"))    # a greeting asks nothing
_RU_REQUEST = WordRule(_words(
    r"пожалуйста|прошу|просим|просьба|требуем|требую|"
    r"можете\s+ли|можно\s+ли|есть\s+ли|могли\s+бы|не\s+могли\s+бы|подскажите|"
    r"нужн[оаы]?|необходим[оа]?|требуется|хотели\s+бы|хотим|хотелось\s+бы|интересует|"
    r"жд(?:у|ём|ем)\s+(?:от\s+вас|ваш|ответ|информац|документ|проект|договор|сч[её]т|"
    r"предложени|кп|коммерческ|расч[её]т|смет)|давайте|"
    r"как\s+можно\s+скорее"))
_RU_NEG_REQUEST = WordRule(_words(r"не\s+нужн|не\s+требуется|спасибо", tail=""))


def _ru_imperative(low: str) -> bool:
    """A Russian imperative ("пришлите", "направьте") other than a few common non-requests."""
    for m in _RU_IMPERATIVE_END.finditer(low):
        st = m.start()
        while st > 0 and ("а" <= low[st - 1] <= "я" or low[st - 1] == "ё"):
            st -= 1
        if m.start() - st >= 3 and low[st:m.end()] not in _RU_NOT_IMPERATIVE:
            return True
    return False

# ----------------------------------------------------------------- shared

_ACTION_CUES = [
    ("call", WordRule(r"\b(?:call|ring|phone|dial)\b|звон|набер|созвон|на\s+связь", _F)),
    ("meet", WordRule(r"\b(?:meet|meeting|visit|session|demo)\b|\b(?:come|drop|stop|pop)\s+"
                        r"(?:over|by|round)\b|встреч|подъед|приед|выед|"
                        # «визит», not «реквизиты»
                        r"(?<![а-яё])визит|встрет|заед|заех|загляну", _F)),
    ("reply", WordRule(r"\b(?:reply|respond|answer|get\s+back|come\s+back|revert|let\s+you\s+"
                         r"know|update\s+you)\b|ответ|верн[уё]|сообщ|отпиш", _F)),
    # a deliverable decides the kind before "I'll check / уточню": «уточню и пришлю расчёт» is a send
    ("send", WordRule(r"\b(?:send|sent|email|e-mail|forward|share|circulate|provide|issue|"
                        r"deliver|have\s+.{0,30}ready|get\s+(?!back\b).{0,30}\s+to\s+you)\b|"
                        r"шл[юиеё]|правл|прав[ьи]|скин|предостав|выстав|выслать|прислать", _F)),
    ("reply", WordRule(r"\bconfirm\b|напиш|уточн|подтверд", _F)),
]

# Cheap gate: a sentence is looked at only when it holds one of these (a superset of
# what the promise and request rules need). English is tested on whole words with
# C-level string operations; Russian stems with one trie-shaped regex.
_EN_CUE_WORDS = frozenset((
    "will", "shall", "going", "aim", "plan", "intend", "promise", "commit", "undertake", "let",
    "let's", "lets", "please", "kindly", "pls", "plz", "could", "can", "would", "won't", "mind",
    "possible", "able", "need", "require", "requires", "required", "must", "want", "keep",
    "get", "feel", "should", "might", "wondering", "suggest", "recommend", "propose",
    "recommendation", "love", "helpful", "appreciated", "worthwhile", "discuss", "about",
    "call", "work", "works", "available", "glad", "happy", "pleased", "delighted", "meet",
    "waiting", "ill"))
# ... and a step of ours in a list ("1) we send the draft by Tue", "- we share the plan Friday")
_EN_CUE_PARTS = ("?", "'ll", "’ll", "'d", "’d", ") we ", "- we ", "• we ", ". we ")
_PUNCT_TO_SPACE = CharMap({c: " " for c in "!\"#$%&()*+,-./:;<=>@[\\]^_`{|}~«»“”…"})
_CYRILLIC = NonAsciiClass(r"[а-яё]")
_RU_CUES = re.compile(keyword_pattern([
    "ите", "йте", "ьте", "пожалуйста", "прош", "проси", "просьб", "треб", "нужн", "нужен", "понадоб",
    "необходим", "хоте", "хоти", "интересует", "жду", "жде", "ждё", "давайте", "можно",
    "могли", r"есть\s+ли", "подскажите",
    "шлю", "шле", "шлё", "правл", "правим", "правьм", "готов", "звон", "набер", "свяж",
    "верн", "уточн", "соглас", "переда", "сообщ", "провер", "напиш", "отпиш", "организ",
    "скин", "подъед", "приед", "назнач", "завед", "возьм", "дам", "дадим", "подключ",
    "запуст", "оформ", "установ", "учт", "провед", "откро", "сдела", "предостав", "выстав",
    "рассчита", "посмотр", "постара", "ответ", "рассмотр", "обнов", "доработа", "исправ",
    "решу", "реши", "заверш", "выпус", "выпущ", "сформир", "уведом", "выед", "встреч",
    "пригла", "догово", "обеспеч", "добав", "разбер", "обязательно", "буду", "буде",
    "подпиш", "оплат", "переведут", "переведёт",
    "замен", "зачисл", "сним", "переве", "компенс", "возме", "отмен", "продл", "перенес",
    "восстанов", "поменя", "устран", "пересчита", "вез", "прослеж", "проконтрол", "займ", "обязу", "обеща", "выйд",
    # the writer's part said as a noun: «От нас — счёт до пятницы»
    r"от\s+нас\s*[—–:]", r"за\s+нами\s*[—–:]",
]), _F)
# words that can open an imperative sentence (see _LINE_START)
_START_WORDS = frozenset(
    "send call confirm provide sign return complete forward review advise contact check tell "
    "share arrange prepare issue explain agree approve update fill email e-mail reply respond "
    "remember note make ensure get set schedule book submit attach look find do don't keep give "
    "ring could can would will won't apply download visit upgrade use finish take talk ask go "
    "join click register log start try enter follow read buy order pre-order meet bring come "
    "print pick discuss plan coordinate consider phone write pass reserve remind invite include "
    "copy fax move change cancel pay transfer wire grab shop save if to once when e".split())
# imperatives and modal questions that open a line
_LINE_START = re.compile(
    r"\s*" + _OPENER + r"(?:send|call|confirm|provide|sign|return|complete|forward|review|"
    r"advise|contact|check|tell|share|arrange|prepare|issue|explain|agree|approve|update|fill|"
    r"email|reply|respond|remember|note|make\s+sure|ensure|get|set|schedule|book|submit|"
    r"attach|look|find|do\s+not|don't|keep|give|ring|e-mail|could|can|would|will|won't|"
    + _EN_IMPERATIVES + r"|(?:if|to|once|when)\s+[^,;\n]{3,80},)\b", _F)


def _has_cue(low: str) -> bool:
    """True when a lower-cased sentence or text holds anything the intent rules look for."""
    for part in _EN_CUE_PARTS:
        if part in low:
            return True
    if not _EN_CUE_WORDS.isdisjoint(_PUNCT_TO_SPACE(low).split()):
        return True
    if _CYRILLIC.search(low) and _RU_CUES.search(low):
        return True
    return _starts_with_cue(low)


def _starts_with_cue(low: str) -> bool:
    if _LINE_START.match(low):
        return True
    if "\n" in low:
        return any(_LINE_START.match(ln) for ln in low.split("\n")[1:])
    return False


def _text_cues(low_text: str) -> tuple[str, bool, bool, bool, bool] | None:
    """What a whole text offers the sentence gate: the text with punctuation blanked (same
    length, so sentence spans apply), whether Russian cues are present, whether an
    imperative verb is, whether a Russian first-person future verb is, whether a word of an
    English act in the present tense or one the reader is told to expect is
    (:data:`indexer.promise_rules.EN_ALONE_WORDS`); None when the text
    holds no cue at all."""
    blanked = _PUNCT_TO_SPACE(low_text)
    words = blanked.split()
    en = any(p in low_text for p in _EN_CUE_PARTS) or not _EN_CUE_WORDS.isdisjoint(words)
    cyrillic = _CYRILLIC.search(low_text) is not None
    ru = cyrillic and _RU_CUES.search(low_text) is not None
    starts = not _START_WORDS.isdisjoint(words)
    morph = cyrillic and ru_morph.any_own_future(words)
    doing = not EN_ALONE_WORDS.isdisjoint(words)
    if not en and not ru and not starts and not morph and not doing:
        return None
    return blanked, ru, starts, morph, doing


def _sentence_has_cue(low: str, s: int, e: int,
                      cues: tuple[str, bool, bool, bool, bool]) -> bool:
    blanked, ru, starts, _, _ = cues
    for part in _EN_CUE_PARTS:
        if part in low:
            return True
    words = blanked[s:e].split()
    if not _EN_CUE_WORDS.isdisjoint(words):
        return True
    if ru and _RU_CUES.search(low):
        return True
    if not starts:
        return False
    if "\n" in low:
        return _starts_with_cue(low)
    # an imperative opens the sentence within its first few words ("Hi David: send ...")
    return not _START_WORDS.isdisjoint(words[:4]) and _LINE_START.match(low) is not None


# Sentence ends: punctuation followed by a capital (the punctuation stays in the sentence),
# blank lines, list bullets on a new line, punctuation at a line end. Written to start with
# one character class so `re` can skip ahead to the candidates.
_SENT_SPLIT = re.compile(
    r"[.!?…\n](?:(?<=\n)(?:\s*\n|(?=\s*[-•*]\s))"
    r"|(?<=[.!?…])(?:[\"»”)]*\s+(?=[\"«“(]*[A-ZА-ЯЁ0-9])|(?<=[.!?])\n))")
_PUNCT = frozenset(".!?…")
# A short abbreviation before a number does not end a sentence: «в п. 3.2», «ст. 5», "No. 7".
_NUMBER_ABBREV = re.compile(r"(?<!\w)(?:п|пп|ст|стр|рис|табл|гл|no|nos|p|pp|art|sec|cl|fig)$",
                            _F | re.IGNORECASE)
# A title before a name does not end a sentence: "Our specialist, Ms. Laila Nasser, will ...".
_TITLE_ABBREV = re.compile(r"(?<!\w)(?:mr|mrs|ms|dr|prof|messrs|mme|mlle|hr|fr)$", _F | re.IGNORECASE)


@lru_cache(maxsize=32)
def _sentence_spans(text: str, titles: bool = True) -> tuple[tuple[int, int], ...]:
    """Sentence spans of ``text``; ``titles`` keeps a title and the name after it in one
    sentence ("Ms. Laila Nasser"). The complaint model was trained on the spans without that
    (:func:`sentences`), so it keeps reading them."""
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    for m in _SENT_SPLIT.finditer(text):
        st = m.start()
        if (text[st] == "." and m.end() < n and text[m.end()].isdigit()
                and _NUMBER_ABBREV.search(text, max(0, st - 4), st)):
            continue
        if titles and text[st] == "." and _TITLE_ABBREV.search(text, max(0, st - 6), st):
            continue
        end = st + 1 if text[st] in _PUNCT else st
        if end > pos:
            _add_span(text, pos, end, out)
        pos = m.end()
    if pos < n:
        _add_span(text, pos, n, out)
    return tuple(out)


def _add_span(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    """Append ``text[s:e]`` without its outer whitespace, unless nothing is left."""
    if not text[s].isspace() and not text[e - 1].isspace():
        out.append((s, e))          # the usual case: no slicing needed
        return
    seg = text[s:e]
    ls = len(seg) - len(seg.lstrip())
    rs = len(seg.rstrip())
    if rs > ls:
        out.append((s + ls, s + rs))


def sentences(text: str, titles: bool = False) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text`` (cheap rules; abbreviations may split early; a
    title before a name, "Mr. Lee", ends no sentence when ``titles`` is set, as the promise
    and request rules read them)."""
    return list(_sentence_spans(text, titles))


def _action(sentence: str) -> str:
    for name, cre in _ACTION_CUES:
        if cre.search(sentence):
            return name
    return "other"


# What someone said or promised before ("you said someone would call", «вы обещали перезвонить»)
# reports the past: a grievance or a reminder, not a request, unless it also asks.
_EN_REPORT = re.compile(r"\b(?:you|they|he|she|someone|your\s+\w+)\s+(?:said|told\s+(?:me|us)|"
                        r"promised|assured|claimed)\b(?![^.;]*\bplease\b)", _F)
_RU_REPORT = re.compile(r"(?<![а-яё])(?:вы|ваш\w*|мне|нам)\s+(?:же\s+)?(?:обещал\w*|сказал\w*|"
                        r"говорил\w*|заверял\w*|заверил\w*)(?![^.;]*пожалуйста)", _F)


# "Please note that ...", «Обращаем ваше внимание, что ...»: the writer tells the reader a fact
# (FYI), which asks nothing, unless what follows lays a duty on the reader ("... that you need
# to", «... что оригиналы нужно прислать»)
_EN_NOTICE = re.compile(
    r"^\W*(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,3},\s*)?(?:(?:also|and|but|however|just)\s*,?\s+)?"
    r"(?:(?:please|kindly|pls)\s+)?"
    r"(?:note|be\s+(?:advised|aware|informed)|bear\s+in\s+mind|keep\s+in\s+mind|"
    r"for\s+your\s+information)\s*,?\s+that\s", _F)
_EN_NOTICE_DUTY = re.compile(
    r"\b(?:you|your\s+\w+)\s+(?:will\s+)?(?:need|must|should|have\s+to|are\s+(?:required|"
    r"expected|asked)|is\s+(?:required|expected))\b|\bplease\b|\bkindly\b|\bmust\s+be\b|"
    r"\bneeds?\s+to\s+be\b|\b(?:is|are)\s+required\b|\?", _F)
_RU_NOTICE = re.compile(
    r"^\W*(?:[а-яё]+(?:\s+[а-яё]+){0,3},\s*)?(?:(?:также|и|а|но)\s+)?(?:обращаем\s+(?:ваше\s+)?внимание|обращаю\s+(?:ваше\s+)?"
    r"внимание|(?:просим|прошу)\s+(?:вас\s+)?(?:учесть|принять\s+(?:во\s+внимание|к\s+сведению)|"
    r"обратить\s+(?:ваше\s+)?внимание)|обратите\s+внимание|примите\s+(?:во\s+внимание|"
    r"к\s+сведению)|имейте\s+в\s+виду|учтите|информируем\s+(?:вас\s+)?о\s+том|"
    r"уведомляем\s+(?:вас\s+)?о\s+том|сообщаем\s+(?:вам\s+)?о\s+том)\s*,?\s*"
    r"(?:(?:на\s+то|тот\s+факт)\s*,?\s*)?что(?![а-яё])", _F)
_RU_NOTICE_DUTY = re.compile(
    r"(?<![а-яё])(?:нужн\w*|нужен|необходим\w*|надо|следует|требуется|обязательн\w*|"
    r"долж(?:ен|на|но|ны)|"
    r"просим|прошу|пожалуйста|вам\s+(?:нужно|надо|необходимо|следует|придётся|придется))"
    r"(?![а-яё])|\?", _F)


# A need stated in the future or the conditional and aimed at the reader ("We'd need your signed
# form by Friday", "We'll need the price list from you by Tuesday", «Нам понадобится от вас акт
# сверки к понедельнику», «Нужен ваш ответ до конца дня»): the reader is to provide it. A need
# that names neither the reader nor a day is the writer's own ("We'll need more time", «Нам
# нужен новый склад»).
_EN_NEED = re.compile(
    r"\b(?:i|we)(?:'d|’d|'ll|’ll|\s+would|\s+will|\s+shall|'re\s+going\s+to|’re\s+going\s+to|"
    r"\s+are\s+going\s+to)?\s+(?:still\s+|also\s+|just\s+|only\s+)?(?:need|require)\b"
    r"(?P<rest>[^.;!?]{0,80})", _F)
_EN_NEED_READER = re.compile(
    r"\b(?:your|yours|from\s+you)\b|^(?!\s+to\b).*?\b(?:by|before|no\s+later\s+than)\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|noon|"
    r"the\s+end|end\s+of|eod|cob|close\s+of|next\s+\w+|this\s+\w+|\d)", _F)
_RU_NEED = re.compile(r"(?<![а-яё])(?:нужен|понадоб(?:ится|ятся)|потребу(?:ется|ются))(?![а-яё])", _F)
_RU_NEED_READER = re.compile(
    r"(?<![а-яё])(?:ваш\w*|от\s+вас|(?:до|к)\s+(?:понедельник|вторник|сред|четверг|пятниц|суббот|"
    r"воскресень|конц|завтр|утр|вечер|обед|\d)|завтра|сегодня)", _F)


def _need_from_reader(s: str, lang: str) -> bool:
    """``s`` states a need the reader is to meet (``_EN_NEED``, ``_RU_NEED``)."""
    if lang == "ru":
        if _RU_NEED.search(s) is None:
            return False
        # the reader named, or a day that is not for the writer's own act («понадобится
        # неделя, чтобы закончить к пятнице»)
        return any(m.group().startswith(("ваш", "от")) or "чтобы" not in s
                   for m in _RU_NEED_READER.finditer(s))
    m = _EN_NEED.search(s)
    return m is not None and _EN_NEED_READER.search(m["rest"]) is not None


def _notice(s: str, lang: str) -> bool:
    """``s`` tells the reader a fact ("Please note that the office is closed on Monday")
    and lays no duty on the reader."""
    if lang == "ru":
        m = _RU_NOTICE.match(s)
        return m is not None and _RU_NOTICE_DUTY.search(s, m.end()) is None \
            and not _ru_imperative(s[m.end():])
    m = _EN_NOTICE.match(s)
    return m is not None and _EN_NOTICE_DUTY.search(s, m.end()) is None


def _request_family(s: str, lang: str) -> str:
    """Which request rule decides ``s``: "question" or "cue" (a request), "neg",
    "courtesy", "report" or "notice" (vetoed), "" (no rule applies)."""
    if lang == "ru":
        if _RU_NEG_REQUEST.search(s) and not s.rstrip().endswith("?"):
            return "neg"
        if _notice(s, lang):
            return "notice"
        if s.rstrip().endswith("?"):
            return "question"
        if _RU_REPORT.search(s):
            return "report"
        return "cue" if _RU_REQUEST.search(s) or _ru_imperative(s) \
            or _need_from_reader(s, lang) else ""
    if _EN_COURTESY.search(s):
        return "courtesy"
    if _notice(s, lang):
        return "notice"
    if s.rstrip().endswith("?"):
        return "question"
    if _EN_REPORT.search(s):
        return "report"
    return "cue" if _EN_REQUEST.search(s) or _need_from_reader(s, lang) else ""


def _is_request(s: str, lang: str) -> bool:
    return _request_family(s, lang) in _REQUEST_FAMILIES


_REQUEST_FAMILIES = frozenset(("question", "cue"))
#: The writer's own answer right after a question ("Is it costly? Yes, but ...", "Why did we
#: agree? Because ...", «Дорого? Да. Но ...», «Зачем? Ответ: ...»): the question is asked of
#: nobody, so it is no request.
_SELF_ANSWER = re.compile(r"\s{0,3}(?:(?:yes|yeah|no|nope|да|нет)\s*[,.!—–-]|because\b|"
                          r"(?:the\s+)?answer\s*:|потому\s+что(?![а-яё])|ответ\s*:)", _F)
#: A question asked of nobody, with no word for the reader anywhere in it: about
#: whoever-it-may-be with a word that makes it rhetorical ("Who on earth designs such forms?",
#: «Интересно, кто-нибудь вообще читает ...?», «Разве кто-то ждал ...?»), surprise put as a
#: question ("Who would have thought the port would close again?", «Кто бы мог подумать ...?»),
#: a sigh over what keeps happening ("Why does the courier always come after lunch?", «Почему
#: склад вечно закрыт в пятницу?»), or wonder at how things were before ("How did we ever
#: manage without it?", «Как мы раньше обходились без этого?»).
_NO_READER = r"(?:(?!\b(?:you|your|yours|u|вы|вас|вам|вами|ваш\w*|ты|тебя|тебе|твой\w*)\b)[^?])*?"
_RHETORICAL = re.compile(
    r"^\W*(?:[^\W\d_]+,\s*)?(?:(?:and|so|и|а|ну)\s+)*(?:"
    r"(?:who|кто(?:-нибудь|-то)?)(?![а-яё\w-])" + _NO_READER
    + r"\b(?:on\s+earth|anyway|вообще|на\s+свете)\b"
    r"|разве\s+кто(?:-нибудь|-то)?(?![а-яё\w-])"
    r"|who\s+(?:knew|(?:would|could)\s+have\s+(?:thought|guessed|known|imagined))\b"
    r"|кто\s+бы\s+(?:мог\s+)?(?:подумать|подумал|знал|сомневался)(?![а-яё])"
    r"|(?:why|почему|отчего)(?![а-яё\w])" + _NO_READER
    + r"(?<![а-яё\w])(?:always|every\s+single\s+time|every\s+time|всегда|вечно|каждый\s+раз)"
    r"(?![а-яё\w])"
    r"|how\s+did\s+(?:we|anyone|people)\s+(?:ever\s+)?(?:live|manage|cope|survive)\s+without\b"
    r"|как\s+(?:же\s+)?(?:мы|люди)\s+(?:раньше\s+)?(?:жили|обходились|справлялись|выживали)"
    r"\s+без(?![а-яё]))" + _NO_READER + r"\?", _F)
#: An offer put as a question: the writer proposes to do something for the reader, who need
#: only say yes («Может, вам прислать образцы?», «Подготовить вам расчёт на 50 штук?», «Хотите,
#: мы заедем с образцами?», "Would you like me to send the deck?", "Shall I book the room?",
#: "Want us to resend the invoice?"): the writer's act, not the reader's, so no request
#: (BLIND_GUIDE: offers do not count). Not a question about the reader's act («Можете
#: прислать...?», "Can you send ...?").
_OFFER_ASKED = re.compile(
    # «(может,) вам прислать ...?», «вас записать ...?»: the reader as the one it is done for,
    # an infinitive next
    r"^\W*(?:(?:а\s+)?(?:может|может\s+быть|возможно|или)\s*,?\s+)?(?:вам|вас|тебе|тебя)\s+"
    r"(?:(?:тоже|ещё|еще|сразу|заодно)\s+)?(?!есть|быть)[а-яё]{2,}(?:ть|ти|чь)(?:ся)?(?![а-яё])|"
    # «прислать вам ...?», «может, подготовить вам ...?»
    r"^\W*(?:(?:а\s+)?(?:может|может\s+быть|возможно)\s*,?\s+)?(?!есть|быть)[а-яё]{2,}(?:ть|ти)\s+"
    r"(?:вам|вас|тебе|тебя)(?![а-яё])|"
    # «хотите, (я|мы) ...?», «если хотите, мы ...?», «давайте я ...?»
    r"^\W*(?:если\s+)?(?:хотите|хочешь|нужно|надо)\s*,\s*(?:я|мы)\s|^\W*давайте\s+я\s|"
    # "would you like me to ...", "want us to ...", "shall I ...": not "shall we meet?", a
    # joint act proposed, which asks the reader's time
    r"^\W*(?:(?:so|ok|okay|also|or)\s*,?\s+)?(?:(?:would\s+you\s+like|do\s+you\s+want|want)\s+"
    r"(?:me|us)\s+to|shall\s+i)\s+(?!be\b|have\b|wait\b|expect\b|assume\b|go\s+ahead\b|"
    r"proceed\b)[a-z]+|"
    r"^\W*(?:(?:so|ok|okay|also|or)\s*,?\s+)?(?:can|may|could)\s+(?:i|we)\s+"
    r"(?:send|forward|resend|share|book|prepare|draft|arrange|offer|bring|add|include)\s+you\b",
    _F)
#: ... unless it asks the reader to choose («вам выставить счёт сразу или частями?", "should I
#: send it to you or to Mark?"): an answer is due.
_A_CHOICE = re.compile(r"(?<![а-яё])или(?![а-яё])|\bor\b", _F)
#: A greeting put as a question: «Как ваши дела?», «Как добрались?», «Как прошли праздники?»,
#: "How was your trip?", "Hope all is well?" — asked of the reader, but no answer is due.
_GREETING_ASKED = re.compile(
    r"^\W*(?:(?:[^\W\d_]+,\s*)?(?:ну\s+)?как\s+(?:(?:ваши|у\s+вас|твои|у\s+тебя)\s+)?(?:дела|"
    r"делишки|поживаете|настроение|самочувствие|здоровье)|как\s+(?:вы|ты)(?=\s*\?)|"
    r"как\s+(?:(?:вы|ты)\s+)?(?:добрались|доехали|долетели|отдохнули|съездили|провели\s+"
    r"(?:выходные|праздники|отпуск))|как\s+(?:прош(?:ли|ёл|ел|ла)|прош(?:ли|ёл|ел))\s+(?:ваш\w*\s+)?"
    r"(?:выходные|праздники|отпуск|поездка|командировка))(?![а-яё])|"
    r"^\W*(?:(?:[a-z]+,\s*)?how\s+(?:was|were|is|are)\s+(?:your|the)\s+(?:weekend|holidays?|"
    r"trip|flight|vacation|break)|hope\s+(?:all\s+is|you\s+are|you're)\s+well)\b", _F)
#: Sentences whose decision a detector keeps (dropped when full).
_SENTENCE_MEMO_MAX = 20_000


@dataclass(frozen=True)
class RuleView:
    """What the rules say about one sentence that passed the cheap gates."""

    start: int
    end: int
    low: str             # the sentence, lower-cased
    lang: str
    promise: bool
    request: bool
    family: str          # see _request_family


def _candidates(text: str, lang: str | None) -> Iterator[tuple[int, int, str, str, bool]]:
    """(start, end, lower-cased sentence, language, promise only) of each sentence the gates
    pass; "promise only" marks a sentence let in by a Russian first-person future verb or an
    English act in the present tense (:data:`indexer.promise_rules._EN_DOING_NOW`) alone, which no request rule
    reads."""
    low_text = text.lower()
    cues = _text_cues(low_text)
    if cues is None:
        return
    same = len(low_text) == len(text)
    has_cyr = _CYRILLIC.search(low_text) is not None
    for s, e in _sentence_spans(text):
        if e - s > 600:
            continue
        low = low_text[s:e] if same else text[s:e].lower()
        promise_only = False
        if not _sentence_has_cue(low, s, e, cues) if same else not _has_cue(low):
            # read for a promise alone: a Russian first-person future verb, or an English
            # act the writer is doing now ("I am sending a hard copy to each of you")
            if not (cues[3] or cues[4]):
                continue
            words = cues[0][s:e].split() if same else _PUNCT_TO_SPACE(low).split()
            if not (cues[3] and ru_morph.any_own_future(words)) and not (
                    cues[4] and not EN_ALONE_WORDS.isdisjoint(words)
                    and EN_ALONE_RE.search(low)):
                continue
            promise_only = True
        if not has_cyr or not _CYRILLIC.search(low):
            slang = "en"
        else:
            slang = lang or detect_lang(text[s:e])
        yield s, e, low, slang, promise_only


def rule_view(text: str, lang: str | None = None) -> list[RuleView]:
    """The rules' view of every gated sentence of ``text`` (features for a model)."""
    out = []
    for s, e, low, slang, promise_only in _candidates(text, lang) if text else ():
        family = "" if promise_only else _request_family(low, slang)
        out.append(RuleView(s, e, low, slang, bool(_is_promise(low, slang)),
                            family in _REQUEST_FAMILIES, family))
    return out


class RuleBasedDetector:
    """Keyword and grammar rules for Russian and English business mail.

    ``scorer`` (see :class:`indexer.intent_model.Scorer`) may overrule the rules' request
    decision on every gated sentence the rules did not take for a promise alone; None keeps
    the rules' answers. ``promise_veto`` (:class:`indexer.promise_model.PromiseVeto`) may
    drop a promise the English rules found, or keep it without its due date; it never adds
    one.
    """

    def __init__(self, scorer: Scorer | None = None,
                 promise_veto: PromiseVeto | None = None) -> None:
        self.scorer = scorer
        self.promise_veto = promise_veto
        # (sentence, language, requests wanted) -> (promise, request, promise may be dated):
        # what the rules, the veto and the scorer decide of a sentence depends on nothing
        # else, and stock sentences recur across a mailbox; kept for the scorer and veto it
        # was filled with.
        self._memo: dict[tuple[str, str, bool], tuple[bool, bool, bool]] = {}
        self._memo_for: tuple[Scorer | None, PromiseVeto | None] = (scorer, promise_veto)

    def _decide(self, low: str, slang: str, want_requests: bool) -> tuple[bool, bool, bool]:
        """(promise, request, the promise may carry a due date) of one gated sentence, by
        the rules, the veto and the scorer."""
        scorer = self.scorer
        veto = self.promise_veto
        if self._memo_for[0] is not scorer or self._memo_for[1] is not veto:
            self._memo.clear()
            self._memo_for = (scorer, veto)
        key = (low, slang, want_requests)
        found = self._memo.get(key)
        if found is not None:
            return found
        # the request model was trained on the rules' answers, so it sees the rules' promise;
        # the veto decides only whether the promise is kept
        rule_promise = bool(_is_promise(low, slang))
        if veto is None or not rule_promise or (slang == "en" and not veto_reads(low)):
            promise = dated = rule_promise
            if dated and slang == "en" and _EN_DOING_NOW_RE.search(low) \
                    and _EN_FUTURE_WORD.search(low) is None:
                # an act already under way ("I am checking on it ... paid through
                # tomorrow") has no day of its own to be late by
                dated = False
        else:
            promise, dated = veto.verdict(low, slang)
            if not promise and _NOT_VETOED.search(low):
                promise = dated = True
            elif promise and not dated and own_act_dated(low):
                dated = True
        if not want_requests:
            request = False
        else:
            family = _request_family(low, slang)
            request = family in _REQUEST_FAMILIES
            if scorer is not None and (request or not rule_promise):
                request = scorer.is_request(low, slang, rule_promise, request, family)
        if len(self._memo) >= _SENTENCE_MEMO_MAX:
            self._memo.clear()
        self._memo[key] = found = (promise, request, dated)
        return found

    def detect(self, text: str, *, direction: str, ref_time: datetime, lang: str | None = None,
               calendar: BusinessCalendar | None = None,
               kinds: tuple[str, ...] = ("promise", "request")) -> list[Intent]:
        """Promises and requests in ``text``, in order; ``direction`` is "in" or "out".

        ``kinds`` names the kinds wanted: asking for promises alone skips the request
        rules and model, which are most of the cost (a manager's own mail is read for
        promises only); the promises found are the same either way.
        """
        if not text:
            return []
        want_requests = "request" in kinds
        want_promises = "promise" in kinds
        out: list[Intent] = []
        for s, e, low, slang, promise_only in _candidates(text, lang):
            promise, request, dated = self._decide(low, slang, want_requests and not promise_only)
            if request and low.rstrip().endswith("?") and (
                    _SELF_ANSWER.match(text[e:e + 24].lower()) or _RHETORICAL.match(low)
                    or (_OFFER_ASKED.match(low) and not _A_CHOICE.search(low))
                    or _GREETING_ASKED.match(low)):
                request = False
            if not want_promises:
                promise = False
            if not promise and not request:
                continue
            sent = text[s:e]
            dates = [rd for rd in find_dates(sent, ref_time, slang, calendar)
                     if rd.deadline >= ref_time]
            action = _action(low)
            for k in ("promise", "request") if promise and request else (
                    ("promise",) if promise else ("request",)):
                due = ((_promise_due(low, slang, dates) if dated else None) if k == "promise"
                       else dates[0] if dates else None)
                out.append(Intent(k, action, sent, s, e, due.deadline if due else None,
                                  due.grain if due else None))
        return out


_DEFAULT: IntentDetector | None = None


def default_detector() -> IntentDetector:
    """The detector the product uses: the rules, corrected by the shipped request model
    (:mod:`indexer.intent_model`) and promise veto (:mod:`indexer.promise_model`); the rules
    alone, with a warning, where a weights file is missing."""
    global _DEFAULT
    if _DEFAULT is None:
        scorer: Scorer | None = None
        veto: PromiseVeto | None = None
        try:
            scorer = intent_model.load()
        except intent_model.ModelError as exc:
            log.warning("request model not used: %s", exc)
        try:
            veto = promise_model.load()
        except intent_model.ModelError as exc:
            log.warning("promise veto not used: %s", exc)
        _DEFAULT = RuleBasedDetector(scorer, veto)
    return _DEFAULT


def detect_intents(text: str, *, direction: str, ref_time: datetime, lang: str | None = None,
                   calendar: BusinessCalendar | None = None,
                   kinds: tuple[str, ...] = ("promise", "request")) -> list[Intent]:
    """Promises and requests (or only the ``kinds`` named) in a message's new text, with the
    default detector."""
    return (_DEFAULT or default_detector()).detect(text, direction=direction, ref_time=ref_time,
                                                   lang=lang, calendar=calendar, kinds=kinds)
