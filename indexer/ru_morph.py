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
    "улететь", "полететь", "уйти", "выйти", "пойти", "переехать", "прийтись", "обрадоваться",
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


def _reading(word: str, person: str, first_only: bool) -> bool:
    """A lower-cased word read as a perfective future verb of ``person`` ("1per", "3per")
    that names an action: by its likeliest reading, or by any of its readings when the
    subject before it already says it is a verb (``first_only`` False)."""
    parses = analyzer().parse(word)
    for p in parses[:1] if first_only else parses[:4]:
        tag = p.tag
        if ("VERB" in tag and "perf" in tag and person in tag and "futr" in tag
                and "indc" in tag and p.normal_form not in _NOT_AN_ACTION):
            return True
    return False


@lru_cache(maxsize=16384)
def _after_pronoun(word: str) -> bool:
    """A word that is a first-person future verb when "я"/"мы" stands before it: «мы
    закроем» (a noun «закрой» in its likeliest reading), «я встречу»."""
    if len(word) < 4 or not word.endswith(_ENDINGS):
        return False
    # only a word whose likeliest reading is no verb at all: «закупаем» is a present tense
    return "VERB" not in likeliest(word).tag and _reading(word, "1per", False)


#: The writer's side named as the subject of a verb in the third person: «наши инженеры
#: выедут», «с нашей стороны всё подготовят», «ребята из поддержки восстановят», «коллеги из
#: лизинга свяжутся». The word that opens it is what the cheap gate looks for.
_SIDE_WORDS = frozenset((
    "наш", "наша", "наше", "наши", "нашей", "нашего", "нашем", "наших", "нашим", "нашему",
    "коллеги", "ребята"))
_SIDE_SUBJECT = re.compile(
    r"(?<![а-яё])(?:наш[аеи]?|коллеги|ребята\s+из|с\s+нашей\s+стороны|"
    r"[а-яё]+\s+из\s+наш(?:его|ей|их))(?![а-яё])", _F)
#: Words after the side's subject that end the reach of its verb: a new clause, or a verb
#: of hoping, asking or reporting that makes the rest someone's words or a forecast.
_SIDE_BREAK = re.compile(r"[,;:()—–?]|\s-\s|(?<![а-яё])(?:что|чтобы|если|когда|пусть|"
                         r"надеюсь|думаю|просил\w*)(?![а-яё])", _F)
#: A hedge or a wish before the subject: «надеюсь, наше предложение вам подойдёт».
_SIDE_HEDGE = re.compile(r"(?<![а-яё])(?:надеюсь|надеемся|думаю|думаем|наверное|возможно|"
                         r"может\s+быть|вероятно|пусть|если|хотелось\s+бы)(?![а-яё])", _F)
#: The reader asked to act before the side's verb: «Пришлите проект, наши юристы посмотрят»
#: waits for the reader, as "please send it and we will review it" does.
_READER_FIRST = re.compile(r"[а-яё]{2,}(?:ите|йте|ьте)(?:сь)?(?![а-яё])|(?<![а-яё])пожалуйста", _F)
#: Third-person future endings (-ет/-ёт/-ит singular, -ут/-ют/-ат/-ят plural; reflexive).
_THIRD_ENDINGS = ("ет", "ёт", "ит", "ут", "ют", "ат", "ят", "ст", "ется", "ётся", "ится", "утся",
                  "ются", "атся", "ятся")


@lru_cache(maxsize=16384)
def _is_third_future(word: str) -> bool:
    """A perfective third-person future that names an action and has no present-tense
    reading: a verb of both aspects («организует», «использует») describes how things are
    done as often as it promises («наш специалист организует выездной приём»)."""
    if len(word) < 4 or not word.endswith(_THIRD_ENDINGS):
        return False
    parses = analyzer().parse(word)
    if any("pres" in p.tag for p in parses):
        return False
    return _reading(word, "3per", True)


def any_own_future(words: list[str]) -> bool:
    """Any of these lower-cased words is such a verb (see :func:`is_own_future`), or one
    after "я"/"мы", or the writer's side is named in them (its verb is read later, by
    :func:`side_commitment`)."""
    if any(map(is_own_future, words)):
        return True
    if not _SIDE_WORDS.isdisjoint(words) or not _ROLE_WORDS.isdisjoint(words):
        return True
    return _pronoun_future(words)


def _pronoun_future(words: list[str]) -> bool:
    """A first-person future verb right after "я"/"мы" (see :func:`_after_pronoun`)."""
    if "мы" not in words and "я" not in words:
        return False
    return any(w in ("я", "мы") and _after_pronoun(n)
               for w, n in zip(words, words[1:], strict=False))


def has_own_future(low: str) -> bool:
    """Any word of a lower-cased text is such a verb (no negation or clause is looked at)."""
    words = low.translate(_BLANK).split()
    return any(map(is_own_future, words)) or _pronoun_future(words)


def side_commitment(low: str) -> re.Match[str] | None:
    """The verb of the writer's side named as its subject, in a lower-cased Russian
    sentence: a perfective third-person future within four words of the subject, in its
    clause, not negated, not after a hedge or a wish («Наши инженеры выедут к вам завтра»,
    «Ребята из поддержки сегодня же восстановят доступ»). People act whatever the verb; a
    thing or a unit of ours acts on something («наш склад отгрузит партию»), while «наш офис
    переедет», «наша цена вырастет» tell what happens to it."""
    for subj in _SIDE_SUBJECT.finditer(low):
        if _SIDE_HEDGE.search(low, 0, subj.start()) or _READER_FIRST.search(low, 0, subj.start()):
            return None
        people = not subj.group().startswith(("наш", "с нашей"))
        # the verb said before its subject: «Спецификацию подготовит наш пресейл»
        prev = _LAST_WORD.search(low, 0, subj.start())
        if prev is not None and _is_third_future(prev.group(1)) and (
                people or _acts_on_something(prev.group(1))) and not _NEGATED.search(
                    low, 0, prev.start(1)):
            return _WORD.search(low, prev.start(1))
        stop = _SIDE_BREAK.search(low, subj.end())
        end = stop.start() if stop else len(low)
        for n, verb in enumerate(_WORD.finditer(low, subj.end(), end)):
            if n > 4:
                break
            w = verb.group()
            if w in ("не", "ни"):
                break
            if n == 0 and not people:
                people = _is_person(w)
            if _is_third_future(w) and (people or _acts_on_something(w)):
                return verb
    return None


#: The people who do the work for a client, named by their role alone («Технолог свяжется с
#: вами во вторник», «Сантехник приедет завтра до 12:00», «вас наберёт мой коллега Павел в
#: пятницу»): in a letter to a client they are the writer's side unless «ваш» says otherwise.
#: Read only with a day named (:func:`indexer.promise_rules._is_promise`): without one, «юрист
#: посмотрит» tells how things go, not what is owed.
_ROLE_WORDS = frozenset((
    "технолог", "брокер", "юрист", "юристы", "подрядчик", "сантехник", "курьер", "инженер",
    "инженеры", "монтажник", "монтажники", "мастер", "техник", "логист", "экспедитор",
    "водитель", "электрик", "оценщик", "специалист", "специалисты", "менеджер", "коллега",
    "бухгалтер", "аналитик", "механик", "замерщик", "андеррайтер", "методолог", "рекрутер"))
#: «ваш» before a person: the reader's («ваш юрист»), whichever side writes.
_YOUR = ("ваш", "ваша", "ваши", "вашего", "вашей")
#: Whose the role is when it is not the writer's: «ваш юрист», «их бухгалтер».
_NOT_OURS = frozenset((*_YOUR, "их", "его", "её", "ее", "клиента", "клиентский", "банка"))


def role_commitment(low: str) -> re.Match[str] | None:
    """The verb of a person named by a role of :data:`_ROLE_WORDS` as its subject, in a
    lower-cased Russian sentence: a perfective third-person future within four words after
    the role, or right before it («вас наберёт мой коллега»); not negated, not after a hedge,
    a wish or the reader asked to act first, and not someone of the reader's («ваш юрист»)."""
    words = list(_WORD.finditer(low))
    for i, role in enumerate(words):
        if role.group() not in _ROLE_WORDS:
            continue
        before = words[i - 1].group() if i else ""
        if before in _NOT_OURS:
            continue
        if _SIDE_HEDGE.search(low, 0, role.start()) or _READER_FIRST.search(low, 0, role.start()):
            return None
        # the verb before the role, past a «мой»/«наш» of it: «подготовит наш пресейл»
        j = i - 1 if before in ("мой", "моя", "мои", "наш", "наша", "наши") else i
        if j > 0 and _is_third_future(words[j - 1].group()) and (
                j < 2 or words[j - 2].group() not in ("не", "ни")):
            return words[j - 1]
        stop = _SIDE_BREAK.search(low, role.end())
        end = stop.start() if stop else len(low)
        for n, verb in enumerate(_WORD.finditer(low, role.end(), end)):
            if n > 4 or verb.group() in ("не", "ни"):
                break
            if _is_third_future(verb.group()):
                return verb
    return None


#: The reader and the reader's people: «ваш юрист пришлёт» is the manager's side.
_READERS = frozenset((*_YOUR, "вы", "вас", "вам", "тво", "твой", "твоя", "банк", "банка"))


#: The client's own staff by role («наш казначей переведёт аванс в четверг»); a third party
#: named by its role («перевозчик», «заказчик», «поставщик») is not the client's person.
_STAFF_WORDS = frozenset((
    "бухгалтер", "главбух", "бухгалтерия", "юрист", "юристы", "директор", "гендиректор",
    "финдиректор", "казначей", "руководитель", "коллега", "секретарь", "помощник",
    "помощница", "ассистент", "экономист", "финансист", "снабженец", "закупщик", "кладовщик",
    "собственник", "учредитель", "начальник", "заместитель", "инженер", "технолог",
    "специалист", "логист", "механик", "аналитик", "менеджер"))


def person_acts(low: str, at: int) -> str | None:
    """Who is the subject of the verb at ``at`` of a lower-cased Russian sentence, within
    three words before it in its clause or right after it («реквизиты пришлёт Юля»):
    ``name`` for a first name, a patronymic, a surname or «он»/«она», ``role`` for one of
    :data:`_STAFF_WORDS`; ``None`` for anyone else, and for the reader or the reader's
    person («ваш юрист»)."""
    start = 0
    for cut in _SIDE_BREAK.finditer(low, 0, at):
        start = cut.end()
    before = _WORD.findall(low, start, at)[-3:]
    stop = _SIDE_BREAK.search(low, at)
    after = _WORD.findall(low, at, stop.start() if stop else len(low))[1:3]
    if not _READERS.isdisjoint(before) or (after and after[0] in _READERS):
        return None
    if _SIDE_HEDGE.search(low, 0, at):
        return None       # «надеюсь, Юля пришлёт», «думаю, директор подпишет»
    near = (*before, *after)
    if any(w in ("он", "она") or _is_named_person(w) for w in near):
        return "name"
    if not _STAFF_WORDS.isdisjoint(near):
        return "role"
    return None


@lru_cache(maxsize=4096)
def _is_named_person(word: str) -> bool:
    """A word read as a person's name in the nominative: a first name, a patronymic, a
    surname."""
    p = likeliest(word)
    return "nomn" in p.tag and ("Name" in p.tag or "Patr" in p.tag or "Surn" in p.tag)


#: What a colleague named by first name does for the client: sends, prepares, gets in touch,
#: comes over («Юля пришлёт реквизиты завтра», «Андрей из техподдержки свяжется с вами
#: сегодня»). Signing, paying or approving is as often the client's own person's act.
_NAMED_ACTS = frozenset((
    "прислать", "направить", "отправить", "выслать", "скинуть", "передать", "подготовить",
    "связаться", "позвонить", "перезвонить", "набрать", "написать", "ответить", "сообщить",
    "уточнить", "подъехать", "приехать", "выставить", "предоставить", "провести", "показать"))
#: Words between the name and its verb that make the person the reader's: «Ольга из вашей
#: бухгалтерии».
_READERS_BETWEEN = re.compile(r"(?<![а-яё])(?:ваш\w*|у\s+вас)(?![а-яё])", _F)


def named_commitment(low: str) -> re.Match[str] | None:
    """The verb of a person named as its subject (:func:`person_acts` says ``name``), in a
    lower-cased Russian sentence a manager writes: a perfective third-person future of
    :data:`_NAMED_ACTS`, not negated, not after the reader is asked to act first («Юля пришлёт
    реквизиты», «Ирина Петровна подготовит расчёт», «Андрей из техподдержки свяжется с
    вами»). Read, as a role is, only with a day named."""
    for verb in _WORD.finditer(low):
        w = verb.group()
        if not w.endswith(_THIRD_ENDINGS) or likeliest(w).normal_form not in _NAMED_ACTS \
                or not _is_third_future(w) or _NEGATED.search(low, 0, verb.start()):
            continue
        if _READER_FIRST.search(low, 0, verb.start()) \
                or _READERS_BETWEEN.search(low, max(0, verb.start() - 40), verb.start()):
            return None
        # the words after the verb are left out: in the manager's letter «вам» after it is
        # the reader receiving («Юля пришлёт вам реквизиты»), not the reader acting
        if person_acts(low[:verb.end()], verb.start()) == "name":
            return verb
    return None


@lru_cache(maxsize=4096)
def _is_person(word: str) -> bool:
    """The noun after «наш»/«наши» names people: «инженеры», «бухгалтер», «юристы»."""
    return any("NOUN" in p.tag and "anim" in p.tag for p in analyzer().parse(word)[:2])


def _acts_on_something(word: str) -> bool:
    """A transitive verb («отгрузит», «подготовит»), or one of getting in touch
    («свяжется»): what a unit of the writer's side does for the reader."""
    p = likeliest(word)
    return "tran" in p.tag or p.normal_form == "связаться"


_WORD = re.compile(r"[а-яё]+", _F)
#: The last word before a position, right before it: «подготовит » of «подготовит наш».
_LAST_WORD = re.compile(r"(?<![а-яё])([а-яё]+)\s+$", _F)
#: A negation right before a position: «не подготовит».
_NEGATED = re.compile(r"(?<![а-яё])(?:не|ни)\s+$", _F)


def commitment_verb(low: str) -> re.Match[str] | None:
    """The first perfective first-person future verb of a lower-cased Russian sentence that
    commits the writer: not negated and not inside a clause of condition or time."""
    if not has_own_future(low):
        return None         # most sentences: no such verb, and no position is needed
    for match in _CANDIDATE.finditer(low):
        word = match.group()
        if not is_own_future(word) and not (
                low[max(0, match.start() - 3):match.start()] in ("мы ", " я ", "я ")
                and _after_pronoun(word)):
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
