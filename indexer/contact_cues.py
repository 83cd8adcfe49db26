"""The words of a client naming a day to talk, or the day it will answer us itself.

Kept apart from :mod:`indexer.deal_dates` (which reads the dates themselves and compiles the
date rules on import): the fold of a deal asks :func:`own_answer` of every client sentence with
a contact date, and a re-run with no new mail must not pay for compiling the date rules.
"""

from __future__ import annotations

import re

_F = re.UNICODE

#: The client naming when it will come back to us itself: «вернусь к вам с ответом 25 ноября»,
#: «свяжусь с вами после 20-го», «решение сообщим в понедельник», "we will revert by Friday",
#: "I'll get back to you on Monday", "will be in touch on the 3rd". Its answer is the next
#: contact, as the answer it asks of us by a day is; the manager's own words of this kind are
#: promises (the promise rules), no day to talk.
OWN_ANSWER = (
    r"(?:"
    # back to the reader, not from a trip: «вернусь к вам», «вернусь с ответом», not «вернусь
    # из отпуска 25-го»; the reader contacted, not the writer's lawyers: «свяжусь в
    # понедельник», not «свяжусь с юристами»
    r"(?<!\w)(?:вернусь(?!\s+(?:из|домой|в\s+(?:офис|строй|москв|город)|"
    r"с\s+(?:отпуск|командировк|больничн|выставк|конференц)))|"
    r"верн[её]мся\s+(?:к\s+вам|с\s+(?:ответом|решением|обратной))|"
    r"свяжусь(?!\s+с\s+(?!вами))|свяжемся\s+с\s+вами|"
    r"отпишусь|отпишемся|(?:напишу|напишем|отвечу|ответим)\s+(?:вам|тебе)|"
    r"(?:дам|дадим|сообщу|сообщим)\s+(?:вам\s+)?(?:наш\w*\s+|окончательн\w*\s+)?"
    r"(?:ответ|решени|знать|обратн\w+\s+связь)\w*|"
    r"(?:ответ|решени\w*|обратн\w+\s+связь)(?:\s+\w+){0,3}?\s+(?:дам|дадим|сообщу|сообщим)(?!\w))|"
    r"\b(?:i|we)(?:'ll|\s+will|\s+shall)\s+(?:(?:get|come)\s+back\s+to\s+you|"
    r"be\s+back\s+to\s+you|revert|be\s+in\s+touch|let\s+you\s+know|ping\s+you|"
    r"write\s+to\s+you|drop\s+you\s+a\s+line|reply|respond|answer)\b)"
    # ... on its day, not after something else's day: "our board meets on 2 December; we will
    # revert afterwards", «совет 2 декабря, решение сообщим после этого»
    r"(?!,?\s+(?:afterwards|after\s+(?:that|this|it|which)|thereafter|then|"
    r"после\s+(?:этого|него|н[её]е|чего)|затем|потом)(?!\w))")

#: A date to talk or meet: a call, a meeting, a visit, or a day to be answered by (the
#: contact date cue of :mod:`indexer.deal_signals`).
ASKED = (
    # a talk held is no talk ahead: «как обсудили по телефону, документы до 27-го»
    r"(?:созвон(?!ил)\w*|позвон(?!ил)\w*|перезвон(?!ил)\w*|звон(?:ок|ка|ке)|встреч\w*|"
    r"встрет(?!ил)\w*|обсуд(?!ил)\w*|"
    r"верн[её]мся|вернуться\s+к|свяж(?:емся|ёмся|итесь)|наберите|набер(?:[её]м|у)\b|на\s+связи"
    r"|\bring\s+(?:you|me)\b|\bphone\s+(?:you|me)\b|\bgive\s+(?:you|me|us)\s+a\s+(?:ring|buzz|bell)\b"
    r"|\bcall\b|\bcalls\b|\btalk\b|\bspeak\b|\bmeet\b|\bcatch\s+up|\brevisit|"
    # a meeting, not one the client holds without us: "after their budget meeting"
    r"(?<!budget\s)(?<!board\s)(?<!their\s)(?<!internal\s)(?<!team\s)(?<!management\s)"
    r"(?<!shareholders\s)(?<!shareholders'\s)(?<!partners\s)(?<!partners'\s)\bmeeting\b|"
    r"\breconnect|\btouch\s+base|\bchat\b|\bcome\s+back\s+to|\bpick\s+(?:this|it)\s+up|"
    # a visit is a meeting: "8 December works for the site visit", «заеду к вам 3-го»
    r"\b(?:site\s+)?visits?\b|\bsee\s+you\b|визит\w*|(?<!\w)(?:при|за|подъ)ед(?:у|ем|ете)"
    r"(?!\w)|приезжайте|\bcome\s+(?:over|round)\b|\bdrop\s+by\b|\bcome\s+(?:and\s+)?(?:see|visit)\b|"
    # "come by on Thursday" is a visit; "the comments come by 9 December" a deadline
    r"\bcome\s+by\b(?!\s+(?:the\s+)?(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec)\w*|end\b|next\b|tomorrow|tonight|noon|eod))|"
    # a call by video: «давайте в среду по видеосвязи», "a Teams call"
    r"видеосвяз\w*|по\s+видео\b|\bvideo\b|\bteams\b|\bzoom\b|"
    # the client asks to be written to or answered by a day
    r"свяжитесь|напишите\s+мне|\bget\s+back\s+to\s+(?:me|us)\b|"
    # the client asks to be answered by a day: "Ответьте, пожалуйста, до конца недели"
    r"ответьте|\bplease\s+(?:reply|respond|answer|revert)\b|"
    # ... or to give its word or its signature by a day: «прошу дать позицию до 20.11», «просим
    # подписать контракт в срок до 09.12», "please confirm by Friday", "kindly sign it by the 9th"
    r"(?:просим|прошу)\s+(?:вас\s+)?(?:дать\s+(?:ваш\w*\s+)?(?:позици|ответ|решени)\w*|"
    r"подписать|подтвердить)|\b(?:please|kindly)\s+(?:confirm|sign)\b|"
    # ... or says by when it needs the answer: «ответ нужен до пятницы», "we need your answer by"
    r"(?:ваш\s+)?ответ\s+(?:нам\s+)?нужен(?!\s+от\s+(?!вас))|\bneed\s+(?:your\s+(?:answer|reply|response)|"
    r"(?:an|the)\s+(?:answer|reply|response)\s+from\s+you)\b)")
#: ... and, when the client names it, the day it will answer us itself (``OWN_ANSWER``).
CONTACT_RE = re.compile(rf"{ASKED}|{OWN_ANSWER}", _F)
_ASKED_RE = re.compile(ASKED, _F)
_OWN_ANSWER_RE = re.compile(OWN_ANSWER, _F)


def own_answer(sentence: str) -> bool:
    """Whether a client's sentence names a day only for its own answer («решение сообщим в
    понедельник», "we will revert by Friday"), no talk asked for: that day is the next contact
    while it is ahead, and on its day the manager's own plan comes first."""
    low = sentence.lower()
    return bool(_OWN_ANSWER_RE.search(low)) and not _ASKED_RE.search(low)
