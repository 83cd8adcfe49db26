"""Russian commitments found by morphology rather than by a list of verbs.

A Russian promise is, in its common shape, a perfective verb in the first person future:
«соберу ставку к среде», «подадим корректировку сегодня», «коды подберём сами», «заеду к
вам в 10». No list of verbs holds them all, so the verb is recognised by its grammar:
``pymorphy3`` (a maintained morphological analyser with the OpenCorpora dictionary) tells
"подберём" (VERB, perfective, 1st person, future, indicative) from "встречу" (a noun in the
accusative) without a word list.

What still rules such a verb out:

- a negation right before it («не пришлю»);
- a lemma that names no action done for someone: ability («сможем»), seeing and thinking
  («увидим», «подумаем»), receiving («получим»), where one goes («поеду в отпуск»);
- a clause of condition or time the verb stands in («когда получим оплату, отгрузим» keeps
  «отгрузим», drops nothing else; «если решим, подпишем» waits on the writer's own choice);
- an offer waiting on the reader, stated before the action: «Если условия подходят,
  подготовлю проект» (see :func:`reader_condition_first`).

The analyser loads its dictionary (~0.1 s) the first time a Russian sentence needs it, and
every word form is analysed once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_F = re.IGNORECASE | re.UNICODE

#: A word that may be a first-person future verb: its ending, seen cheaply before the
#: analyser is asked (-у/-ю for "я", -ем/-ём/-им for "мы"; reflexive -усь/-юсь/-ся).
_CANDIDATE = re.compile(r"(?<![а-яё-])[а-яё]{2,}(?:у|ю|ем|ём|им|усь|юсь|емся|ёмся|имся)"
                        r"(?![а-яё-])", _F)

#: Lemmas whose first-person future commits the writer to nothing the reader receives.
_NOT_AN_ACTION = frozenset((
    "смочь", "суметь", "увидеть", "подумать", "получить", "понять", "оказаться", "остаться",
    "стать", "забыть", "попасть", "потерять", "успеть", "захотеть", "поехать", "уехать",
    "улететь", "полететь", "уйти", "выйти", "пойти", "прийтись", "обрадоваться",
    "порадоваться", "пожить", "оставить", "обсудить", "пройтись", "удивиться", "расстроиться", "умереть", "начаться", "закончиться",
))

#: Words that open a clause of condition or time: a verb inside such a clause is the
#: circumstance, not the commitment.
_SUBORDINATE = re.compile(r"(?<![а-яё])(?:если|когда|как\s+только|после\s+того\s+как|пока|"
                          r"чтобы|раз|ли|как\s+(?:будто|бы))(?![а-яё])", _F)
#: Where a clause ends.
_CLAUSE_END = re.compile(r"[,;:()—–]|\s-\s|\sи\s|\sа\s|\sно\s")

#: An offer that waits on the reader's decision, stated before the action: «Если условия
#: подходят, подготовлю проект договора», «Если вопросов нет — пришлю договор». A condition
#: of the reader's convenience («если вам удобно, перезвоню завтра») still commits.
_READER_CONDITION = re.compile(
    r"^\W*(?:[а-яё]+\W+){0,3}?(?:если|когда)\s+[^.;]{0,80}?(?<![а-яё])"
    r"(?:нужн\w*|понадоб\w*|потребу\w*|интерес\w*|подход\w*|устраива\w*|"
    r"устро\w*|вопрос\w*|ок|согласн\w*|актуал\w*|определит\w*|реш\w*те|надума\w*|"
    r"захоти\w*|готовы)(?![а-яё])[^.;]{0,80}?(?:,|—|–|\s-\s)", _F)


@lru_cache(maxsize=1)
def analyzer() -> Any:
    """The process's one ``pymorphy3`` analyser (its dictionary loads on the first call)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=1 << 16)
def likeliest(word: str) -> Any:
    """The likeliest reading (``pymorphy3``'s first ``Parse``) of a lower-cased word, worked
    out once per process: the words of business letters recur from letter to letter, and the
    analyser spends ~0.1 ms on each."""
    return analyzer().parse(word)[0]


#: Endings of a first-person future verb (-у/-ю for "я", -ем/-ём/-им for "мы"; reflexive).
_ENDINGS = ("у", "ю", "ем", "ём", "им", "усь", "юсь", "емся", "ёмся", "имся")
#: Punctuation blanked before a text is split into words.
_BLANK = str.maketrans({c: " " for c in "!\"#$%&()*+,-./:;<=>?@[\\]^_`{|}~«»“”…—–"})


@lru_cache(maxsize=65536)
def is_own_future(word: str) -> bool:
    """A lower-cased word whose likeliest reading is a perfective verb in the first person
    future that names an action (the ending is tested before the analyser is asked)."""
    if len(word) < 4 or not word.endswith(_ENDINGS) or not "а" <= word[0] <= "я" and word[0] != "ё":
        return False
    parses = analyzer().parse(word)
    if not parses:
        return False
    best = parses[0]
    tag = best.tag
    return ("VERB" in tag and "perf" in tag and "1per" in tag and "futr" in tag
            and "indc" in tag and best.normal_form not in _NOT_AN_ACTION)


def any_own_future(words: list[str]) -> bool:
    """Any of these lower-cased words is such a verb (see :func:`is_own_future`)."""
    return any(map(is_own_future, words))


def has_own_future(low: str) -> bool:
    """Any word of a lower-cased text is such a verb (no negation or clause is looked at)."""
    return any(map(is_own_future, low.translate(_BLANK).split()))


def commitment_verb(low: str) -> re.Match[str] | None:
    """The first perfective first-person future verb of a lower-cased Russian sentence that
    commits the writer: not negated and not inside a clause of condition or time."""
    if not has_own_future(low):
        return None         # most sentences: no such verb, and no position is needed
    for match in _CANDIDATE.finditer(low):
        if not is_own_future(match.group()):
            continue
        before = low[max(0, match.start() - 4):match.start()]
        if before.endswith("не ") or before.endswith("ни "):
            continue
        clause_start = 0
        for end in _CLAUSE_END.finditer(low, 0, match.start()):
            clause_start = end.end()
        if _SUBORDINATE.search(low, clause_start, match.start()):
            continue
        return match
    return None


def reader_condition_first(low: str) -> bool:
    """The sentence opens with a condition on the reader («если вам подходит, ...»)."""
    if "если" not in low and "когда" not in low:
        return False
    return _READER_CONDITION.search(low) is not None
