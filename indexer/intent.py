"""Promises and requests in the new text of a message.

A promise is the writer's commitment to a future action of their own ("I'll
send the proposal by Friday", "перезвоню в понедельник"); a request asks the
addressee to act or answer ("Please send ...", "Пришлите, пожалуйста ...",
"Can you ...?"). Both carry the sentence they came from and, when the
sentence names one, a due date (the deadline of the date expression).

Rule-based first, behind :class:`IntentDetector`; a small statistical model
(:mod:`indexer.intent_model`, behind its ``Scorer`` interface) may overrule the
rules' request decision where it is confident. The rules are built for the hot
path: one combined cue regex rejects most text before any sentence is looked
at, and dates are resolved only in sentences that carry an intent.
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
    split_alternatives,
)
from indexer.cue_scan import gated
from indexer.dates import ResolvedDate, find_dates
from indexer.intent_model import Scorer
from indexer.promise_model import PromiseVeto

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

_EN_NEG = r"(?:not|never|n't)"
# what a colleague or the company can be committed to do
_EN_ACTS = (r"send|call|contact|come\s+back|get\s+back|reach\s+out|revert|sign|issue|prepare|review|"
            r"confirm|provide|arrange|deliver|forward|email|e-mail|ring|visit|meet|set\s+up|"
            r"follow\s+up|be\s+in\s+touch|get\s+in\s+touch|finali[sz]e|complete|process|"
            r"transfer|pay|share|update|check|look\s+into|organi[sz]e|schedule|book|draft|release|"
            r"coordinate|handle|take\s+care\s+of|let\s+you\s+know|get\s+(?:it|this|them)\s+to\s+you|"
            r"monitor|fix|replace|repair|resolve|refund|return|install|ship|investigate|notify|inform|"
            r"advise|report\s+back")
# what a writer delivers: the verbs of "I'll be happy to prepare ..."
_EN_DELIVER = r"send|prepare|provide|forward|draft|issue|deliver|review|circulate|arrange"
# stems of the actions of "I am going to be calling ..." (a plan, not "going to be late")
_EN_DOING = (r"send|prepar|provid|forward|draft|issu|deliver|review|circulat|arrang|call|"
             r"contact|meet|follow|check|look|work|finaliz|finalis|updat|email|e-mail|fax|mail|courier")
# what may come before an imperative or a modal question: "John, ", "Hi David: ", "Also, "
_OPENER = (r"(?:(?:hi|hello|hey|dear)\s+)?(?:\w+[,:]\s+|(?:and|also|so|then|otherwise|anyway|ok|"
           r"okay|yes|now)\b[,]?\s+)?")
# verbs that start an imperative sentence (beyond the ones in the request rule itself)
_EN_IMPERATIVES = (r"apply|download|visit|upgrade|use|finish|take|talk|ask|go\s+ahead|join|click|"
                   r"register|log\s+in|sign\s+up|start|try|enter|follow|read|buy|order|pre-order|"
                   r"meet|bring|come|print|pick\s+up|discuss|plan|coordinate|consider|phone|write|"
                   r"pass|reserve|remind|invite|include|copy|fax|move|change|cancel|pay|transfer|"
                   r"wire|give\s+(?:a|us|him|her|them)|call|grab|join|shop|save|get\s+started")
#: An act the writer is doing for the reader now, said in the present tense: "I am sending a
#: hard copy to each of you", "I'm checking on it", "I am working on getting his address for
#: you". Sending "this" or "the attached" is the message itself, no act to come, and so is
#: sending anything without a word of its going apart ("As discussed, I am sending our
#: reference case").
_EN_DOING_NOW = (r"\b(?:i|we)\s*(?:'m|’m|'re|’re|\s+am|\s+are)\s+(?:now\s+|also\s+|just\s+|"
                 r"currently\s+|still\s+)?(?:(?:(?:faxing|mailing|couriering)\s+|"
                 # what is sent or forwarded goes apart from the message: a copy, by courier
                 r"(?:sending|forwarding)\s+(?=[^.;!?]{0,60}?\b(?:hard\s+cop|cop(?:y|ies)\b|"
                 r"originals?\b|by\s+(?:fax|mail|courier|post)|via\s|fedex|overnight|courier|"
                 r"under\s+separate\s+cover|separately))"
                 # sent out to many, apart from this message: "I am sending out invites"
                 r"|sending\s+out\s+)"
                 r"(?!(?:you\s+)?(?:this|these|it|(?:a|the)\s+(?:message|note|e-?mail|letter)|"
                 r"(?:the\s+)?(?:attached|following|below|enclosed))\b)"
                 r"|checking\s+(?:on|into|in\s+to)\s+(?:it|this|that|them)\b|handling\b|"
                 r"looking\s+into\s+(?:it|this|that|them)\b|working\s+on\s+getting\b|"
                 r"going\s+ahead\s+and\s+\w+ing\b)")
#: An act owed to the reader that a need to do it still commits: "I'll have to get you a
#: contact", "we'll have to call you back".
_EN_OWED_TO_YOU = (r"(?:get|send|call|forward|email|e-mail|fax|ring|phone|find)\s+(?:back\s+to\s+)?"
                   r"you\b(?!\s+to\b)|get\s+back\s+to\s+you\b")
#: The rest of a sentence whose second predicate leaves its subject out: "... and will set a
#: meeting", "... and will be sending the forms by courier" (a state after "be" is no act).
_EN_AND_WILL = (r"(?:(?!\b(?:you|he|she|they)\b)[^;!?]){0,150}?"
                r"\band\s+(?:will|shall)\s+(?:(?:certainly|definitely|then|also|of\s+course|soon)\s+)?"
                r"(?:be\s+(?!looking\s+forward)(?:" + _EN_DOING + r")ing\b|"
                r"(?!(?:be|have\s+to|need|want|like|love|miss|know|see|probably|likely|not|never|"
                r"hope|continue|remain|stay|always|do\s+whatever)\b)[a-z]+\b)")
_EN_SOON = r"(?:today|tonight|tomorrow|this|next|on|by|shortly|later|first\s+thing)\b"
#: The writer's dispatch on its way: "The FedEx package of contracts is going out tonight".
_EN_GOING_OUT = (r"\b(?!(?:i|we|you|they|he|she|it)\b)\w+\s+(?:is|are|will\s+be)\s+going\s+out\s+"
                 + _EN_SOON)
_EN_DOING_NOW_RE = re.compile(_EN_DOING_NOW, _F)
_EN_UNDER_WAY = re.compile(_EN_DOING_NOW + "|" + _EN_GOING_OUT, _F)
_EN_FUTURE_WORD = re.compile(r"\b(?:will|shall|going\s+to)\b|'ll|’ll", _F)
#: The words that let a sentence without any other cue be read for that promise alone.
_EN_DOING_NOW_WORDS = frozenset(("sending", "forwarding", "faxing", "mailing", "couriering",
                                 "checking", "handling", "looking", "working"))
_EN_PROMISE = WordRule(
    r"(?:\b(?:i|we)\s*(?:'ll|’ll|\s+will|\s+shall)\b(?!\s+" + _EN_NEG + r")"
    r"(?!\s+(?:be\s+(?:out|away|off|on\s+(?:leave|holiday|vacation)|closed|travel+ing|unable|"
    r"(?:happy|glad|pleased|delighted)(?!\s+to\s+(?:" + _EN_DELIVER + r")\b))"
    r"|have\s+to(?!\s+(?:" + _EN_OWED_TO_YOU + r"))|need|want|like|love|miss|know|see\s+you))"
    r"|\b(?:i|we)\s*(?:'m|’m|'re|’re|\s+am|\s+are)\s+going\s+to\b"
    r"(?!\s+(?:be\b(?!\s+(?:" + _EN_DOING + r")ing\b)|need|have|the|a|an|her|his|my|our|their|"
    r"your|this|that|go\b(?!\s+(?:over|through|ahead))))"
    r"|\b(?:i|we)\s+(?:aim|plan|intend|promise|commit|undertake)\s+to\b"
    r"|\b(?:i|we)\s+(?:plan|intend)\s+on\s+\w+ing\b"
    # the subject left out after "and": "I have been talking to risk and will set a meeting"
    r"|\b(?:i|we)(?:\s+\w+|'ve|'m|'re|'d|’ve|’m|’re|’d)\b" + _EN_AND_WILL +
    # ... or left out of the whole sentence: "Have received the signed copy and will be sending"
    r"|^\W*(?:have|had)\s+(?:just\s+|already\s+)?(?:\w+ed|spoken|sent|got|gotten|heard|seen|"
    r"read|done|made|taken|written|met)\b" + _EN_AND_WILL +
    r"|\blet\s+me\s+(?:check|confirm|find\s+out|look|see|get|come\s+back|revert|chase|ask|verify|"
    r"follow\s+up|send|arrange|set\s+up|review|talk|call|discuss|buy)\b"
    r"|^\s*(?:\w+,\s*)?(?:will|shall)\s+(?:try\s+to\s+)?(?:send|call|forward|email|get|follow|"
    r"revert|confirm|check|do|alert|notify|inform|advise|pass|"
    r"prepare|arrange|set|circulate|update|let|share|ring|come|be\s+in\s+touch)\b"
    # a whole reply that takes the task on: "Will do.", "Thanks - will do!", "OK, will do"
    r"|^\W*(?:(?:thanks|thank\s+you|ok|okay|sure|yes|yep|fine|noted|understood|certainly|"
    r"absolutely|no\s+problem)\W+)?will\s+do\W*$"
    r"|\byou\s*(?:'ll|’ll|\s+will)\s+(?:have|receive|get)\s+(?:our|my|the|it|them|a|an)\b"
    r"|\bwill\s+be\s+(?:sent|provided|forwarded|issued|delivered|emailed|prepared|shared|"
    r"circulated)\s+to\s+you\b"
    # passive delivery with a time: "it will be issued by 2pm tomorrow", "... mailed shortly"
    r"|\bwill\s+be\s+(?:sent|provided|forwarded|issued|delivered|emailed|prepared|shared|"
    r"circulated|signed|ready|with\s+you|mailed|faxed|couriered|completed|finali[sz]ed|filed|"
    r"submitted|returned)\s+(?:to\s+you\s+)?(?:shortly|separately|in\s+the\s+next|"
    r"later\s+today|(?:by|before)\s+(?:the\s+)?(?:end|close|"
    r"cob|eod|noon|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|next|this|"
    r"\d+\w*|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|tomorrow|today|"
    r"tonight|on\s+(?:monday|tuesday|wednesday|thursday|friday)|within|this|next|first\s+thing)\b"
    # a document of the writer's side put out, with no one else named as doing it: "This will
    # be circulated prior to the meeting", "Details will be announced to the committee soon"
    r"|\bwill\s+(?:also\s+|then\s+)?be\s+(?:circulated|posted|published|announced|filed|sent|"
    r"mailed|faxed|forwarded|e-?mailed|issued|delivered)\b(?![^.;!?]{0,40}\bby\s+(?!(?:the\s+)?"
    r"(?:end|close|cob|eod|noon|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|"
    r"next|this|\d+\w*|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b))"
    r"|\bi\s+will\s+(?:try|make\s+sure|ensure)\b"
    r"|\bwill\s+follow\s+(?:later|shortly|soon|tomorrow|today|tonight|by|on|in|under|separately)\b"
    # commitments of the writer's colleagues or company: "Our credit team will come back to you"
    r"|\b(?:our|my)\s+(?:[a-z&-]+\s+){0,3}(?:will|'ll|’ll|shall|should|is\s+going\s+to|are\s+going\s+to)"
    r"\s+(?:" + _EN_ACTS + r"|be\s+(?:at|with)\s+(?:you|your)|be\s+on[\s-]site)\b"
    # someone acting for the reader on the writer's behalf: "Sara will send you the draft"
    r"|(?:'ll|’ll|\swill)\s+(?:be\s+)?(?:send|call|contact|forward|"
    r"email|e-mail|get\s+back\s+to|reach\s+out\s+to|follow\s+up\s+with|fax|mail|ring|phone)"
    r"(?:ing)?\s+(?:it\s+|them\s+|this\s+|that\s+)?(?:on\s+)?(?:to\s+)?you\b"
    # a named team of the writer's side: "The trade finance team will send ..."
    r"|\bthe\s+(?:[a-z&-]+\s+){0,3}(?:team|desk|department|office|unit)\s+(?:will|'ll|’ll|shall)"
    r"\s+(?:" + _EN_ACTS + r")\b"
    # a decision with a deadline: "we have decided to move our FX business ... by the end of"
    r"|\b(?:i|we)\s+(?:have\s+)?decided\s+to\s+\w+[^.;!?]{0,80}\b(?:by|before|until|within|from)\s"
    r"|\b(?:i|we)\s+should\s+be\s+able\s+to\s+(?:" + _EN_ACTS + r")\b"
    r"|" + _EN_DOING_NOW +
    # the writer's dispatch on its way: "The FedEx package is going out tonight"
    r"|" + _EN_GOING_OUT + r"|\bwill\s+go\s+out\s+" + _EN_SOON + r")", _F)
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

_RU_PROMISE_VERBS = (
    r"(?:при|от|вы|пере|до)шл(?:ю|ём|ем)|(?:на|от|пере)правл(?:ю)|(?:на|от|пере)прав(?:им)|"
    r"подготов(?:лю|им)|перезвон(?:ю|им)|позвон(?:ю|им)|набер(?:у|ём|ем)|"
    r"свяж(?:усь|емся|ёмся)|верн(?:усь|ёмся|емся)|уточн(?:ю|им)|соглас(?:ую|уем)|"
    r"переда(?:м|дим)|сообщ(?:у|им)|провер(?:ю|им)|напиш(?:у|ем)|отпиш(?:усь|емся)|"
    r"организ(?:ую|уем)|скин(?:у|ем)|подъед(?:у|ем)|приед(?:у|ем)|назнач(?:у|им)|"
    r"завед(?:у|ём|ем)|возьм(?:у|ём|ем)|дам|дадим|подключ(?:у|им)|запуст(?:им|ю)|"
    r"оформ(?:лю|им)|установ(?:лю|им)|учт(?:у|ём|ем)|провед(?:у|ём|ем)|откро(?:ю|ем)|"
    r"сдела(?:ю|ем)|предостав(?:лю|им)|выстав(?:лю|им)|рассчита(?:ю|ем)|посмотр(?:ю|им)|"
    r"постара(?:юсь|емся)|ответ(?:им|у)|рассмотр(?:ю|им)|обнов(?:лю|им)|доработа(?:ю|ем)|"
    r"исправ(?:лю|им)|реш(?:у|им)|заверш(?:у|им)|выпуст(?:им)|выпущу|сформиру(?:ю|ем)|"
    # what a supplier or a buyer commits to: shipping, delivery, installation, signing, paying
    r"отгруз(?:им|ю)|достав(?:им|лю)|привез(?:ём|ем|у)|смонтиру(?:ем|ю)|подпиш(?:ем|у)|"
    r"оплат(?:им)|выполн(?:им|ю)|"
    r"уведом(?:лю|им)|выед(?:у|ем)|встреч(?:усь)|вышл(?:ю|ем)|пригла(?:шу|сим)|"
    r"догово(?:рюсь|римся)|обеспеч(?:у|им)|добав(?:лю|им)|разберусь|разберёмся|разберемся|"
    # what a bank or a supplier puts right or sees to: refunds, replacements, credits, waivers
    r"верн(?:у|ём|ем)|замен(?:ю|им)|зачисл(?:ю|им)|сним(?:у|ем)|перевыпущу|перевыпуст(?:им)|"
    r"переве(?:ду|дём|дем)|компенсиру(?:ю|ем)|возмещу|возмест(?:им)|отмен(?:ю|им)|продл(?:ю|им)|"
    r"перенес(?:у|ём|ем)|восстанов(?:лю|им)|поменя(?:ю|ем)|устран(?:ю|им)|пересчита(?:ю|ем)|"
    r"(?:за|до|от|под|вы)вез(?:у|ём|ем)|прослеж(?:у|им)|проконтролиру(?:ю|ем)|"
    r"займ(?:усь|ёмся|емся)|обязу(?:юсь|емся)|"
    r"обязательно\s+\w+|буд(?:у|ем)\s+(?:держать|информировать|на\s+связи\s+по|готов\w*\s+"
    r"(?:направить|прислать|отправить))|"
    # what the bank delivers, in the passive: "документы будут у вас завтра"
    r"буд(?:ет|ут)\s+у\s+вас")


def _words(alternatives: str, tail: str = r"(?![а-яё])") -> str:
    """Each alternative as a whole-word cue: at a word start, ending where the word ends."""
    return "|".join(r"(?<![а-яё])" + a + tail for a in split_alternatives(alternatives))


# colleagues or the company as the subject: "Коллеги из лизинга свяжутся с вами"
_RU_THIRD_PARTY = (
    r"(?:коллеги|наш|наша|наше|наши|нашей|нашем|наших|нашего|нашему|нашим|специалист|специалисты|специалиста|"
    r"менеджер|юрист|юристы|отдел|служба|команда|бухгалтер|бухгалтерия|директор|сотрудник|"
    r"сотрудники|банк)\s+(?:[а-яё-]+\s+){0,4}"
    r"(?:свяж(?:ется|утся)|пришл(?:ёт|ет|ют)|направ(?:ит|ят)|подготов(?:ит|ят)|перезвон(?:ит|ят)|"
    r"позвон(?:ит|ят)|отправ(?:ит|ят)|вышл(?:ет|ют)|предостав(?:ит|ят)|провер(?:ит|ят)|"
    r"ответ(?:ит|ят)|сообщ(?:ит|ат)|подъед(?:ет|ут)|приед(?:ет|ут)|соглас(?:ует|уют)|"
    r"рассмотр(?:ит|ят)|оформ(?:ит|ят)|откро(?:ет|ют)|выпуст(?:ит|ят)|подпиш(?:ет|ут)|"
    r"переда(?:ст|дут)|уточн(?:ит|ят)|выстав(?:ит|ят)|оплат(?:ит|ят)|переведут|переведёт|"
    r"провед(?:ёт|ет|ут))")
_RU_PROMISE = WordRule(_words(_RU_PROMISE_VERBS + "|" + _RU_THIRD_PARTY),
                       not_after=r"(?<![а-яё])не\s$")
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
    ("meet", WordRule(r"\b(?:meet|meeting|visit|session|demo)\b|встреч|подъед|приед|выед|"
                        r"визит|встрет|заед|заех|загляну", _F)),
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
    "waiting"))
_EN_CUE_PARTS = ("?", "'ll", "’ll", "'d", "’d")
_PUNCT_TO_SPACE = CharMap({c: " " for c in "!\"#$%&()*+,-./:;<=>@[\\]^_`{|}~«»“”…"})
_CYRILLIC = NonAsciiClass(r"[а-яё]")
_RU_CUES = re.compile(keyword_pattern([
    "ите", "йте", "ьте", "пожалуйста", "прош", "проси", "просьб", "треб", "нужн",
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
    "восстанов", "поменя", "устран", "пересчита", "вез", "прослеж", "проконтрол", "займ", "обязу",
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
    English act in the present tense is (:data:`_EN_DOING_NOW_WORDS`); None when the text
    holds no cue at all."""
    blanked = _PUNCT_TO_SPACE(low_text)
    words = blanked.split()
    en = any(p in low_text for p in _EN_CUE_PARTS) or not _EN_CUE_WORDS.isdisjoint(words)
    cyrillic = _CYRILLIC.search(low_text) is not None
    ru = cyrillic and _RU_CUES.search(low_text) is not None
    starts = not _START_WORDS.isdisjoint(words)
    morph = cyrillic and ru_morph.any_own_future(words)
    doing = not _EN_DOING_NOW_WORDS.isdisjoint(words)
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


@lru_cache(maxsize=32)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    for m in _SENT_SPLIT.finditer(text):
        st = m.start()
        if (text[st] == "." and m.end() < n and text[m.end()].isdigit()
                and _NUMBER_ABBREV.search(text, max(0, st - 4), st)):
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


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text`` (cheap rules; abbreviations may split early)."""
    return list(_sentence_spans(text))


def _action(sentence: str) -> str:
    for name, cre in _ACTION_CUES:
        if cre.search(sentence):
            return name
    return "other"


_EN_PROMISE_NEEDS = ("will", "'ll", "’ll", "shall", "going", "aim", "plan", "intend", "promise",
                     "commit", "undertake", "let", "should", "decided", *_EN_DOING_NOW_WORDS)
_EN_PROMISE_GATE = re.compile(keyword_pattern(list(_EN_PROMISE_NEEDS)), _F)
_EN_PROMISE_GATE = gated(_EN_PROMISE_GATE)   # the same matches, fewer start positions tried


def veto_reads(low: str) -> bool:
    """Whether the promise veto (:mod:`indexer.promise_model`) judges a rule promise in the
    lower-cased English sentence ``low``. It learnt the words around a future verb; an act
    under way in the present tense ("I am sending a hard copy to each of you", "The FedEx
    package is going out tonight") is the rules' alone."""
    return _EN_UNDER_WAY.search(low) is None


def own_act_dated(low: str) -> bool:
    """Whether a kept English promise in the lower-cased sentence ``low`` keeps its due date
    whatever the veto's due threshold: the writer's own act for the reader follows "will"
    right away (:data:`_EN_OWN_ACT`), so a date in its clause is that act's."""
    return _EN_OWN_ACT.search(low) is not None


# Future tense that commits the writer to nothing for the reader (English): an offer that waits
# for the reader ("if you are interested, call me and we will ..."), where the writer will be,
# a prediction, a pleasantry, a recurring schedule, or handing the decision to someone else.
_EN_WILL_BARE = r"(?:i|we)\s*(?:'ll|’ll|\s+will|\s+shall)\b"
_EN_WILL = (r"(?:i|we)\s*(?:'ll|’ll|\s+will|\s+shall)\s+"
            r"(?:\w+ly\s+|all\s+|also\s+|still\s+|just\s+|then\s+)?")
_EN_PERIOD = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|month|morning|"
              r"evening|year|quarter)")
_EN_NOT_PROMISE = re.compile(
    r"\bif\s+(?:you|u)\b[^.;]{0,60}(?:interested|call\s+me|contact\s+me|let\s+me\s+know|"
    r"get\s+back\s+to\s+me|drop\s+me|give\s+me\s+a)"
    # the reader's choice decides it: "we will do an excellent job if you give us the nod"
    r"|\bif\s+(?:you|u|we)\s+(?:\w+\s+)?(?:want|wish|would\s+like|'d\s+like|prefer|agree|decide|"
    r"choose|approve|accept|give\s+(?:us|me)\s+the\s+(?:nod|go-ahead|green\s+light|ok|okay))\b"
    r"|\bif\s+(?:that|this|it)\s+(?:sounds|works|suits|is\s+(?:ok|okay|acceptable|fine))\b"
    r"|\bshould\s+you\s+(?:be\s+interested|wish|want|need|require|decide|prefer)\b"
    # the reader acts first: "please provide your code and we will bill it", "if you could
    # clarify this, we will ...", "... once we receive your RSVP"
    r"|^\s*(?:\w+,\s*)?(?:please\s+|just\s+)(?:provide|send|give|let\s+(?:me|us)\s+know|tell|"
    r"forward|call|email|e-mail|fill|return|sign)\b[^.;?!]{0,100}\band\s+" + _EN_WILL_BARE +
    r"|\bif\s+(?:you|u)\s+(?:could|can|would|will)\b[^.;?!]{0,100}\b" + _EN_WILL_BARE +
    r"|\b(?:once|when|as\s+soon\s+as|after|upon)\s+(?:we|i)\s+(?:receive|get|have|hear\s+from)\s+"
    r"(?:your|you)\b|\bupon\s+receipt\s+of\s+your\b"

    r"|\b" + _EN_WILL + r"(?:attend|head\s+(?:over|out|to|down|up|back)|go\s+to|fly|drive\s+to|"
    r"travel\s+to|move\s+to|relocate|be\s+(?:going|heading|flying|driving)\s+to)\b"
    r"|\b" + _EN_WILL + r"go\s*(?:[.!,;]|$)"
    r"|\b(?:i|we)\s+(?:plan|intend|hope|expect)\s+to\s+(?:be\s+(?:in|at|back|here|there)|move\s+to|"
    r"relocate)\b"
    # what the writer receives ("I will be receiving my degree in December", "I will receive
    # no payments"), unless an act follows ("we will receive the funds and credit ...")
    r"|\b" + _EN_WILL + r"(?:be\s+)?receiv(?:e|ing)\b(?![^.;]*\band\s+(?:then\s+)?(?:"
    + _EN_ACTS + r"|credit|make|get|let)\b)"
    # something done to the writer: "I will be transferred", not an act of theirs
    r"|\b" + _EN_WILL + r"be\s+(?!(?:finished|prepared|done|ready|sent|delighted|pleased|interested|"
    r"engaged|involved|committed)\b)\w+ed\s+(?!with\b)"
    # the same with an irregular participle: "I will be laid off", "we'll be paid on the 15th"
    r"|\b" + _EN_WILL + r"be\s+(?:laid\s+off|let\s+go|paid|told|given|shown|taken|kept|held|made|"
    r"brought|seen|chosen|caught|hurt|struck|stuck|forgiven|forgotten|beaten|thrown|driven|flown)\b"
    r"|\b(?:i|we)\s*(?:'ll|’ll|\s+will)\s+be\s+(?:(?:back|up|down|out|over)\s+)?(?:in|at|on|around|here|there|away|based|working|"
    r"staying|attending|travel+ing|visiting|flying|driving|leaving|arriving|available|reachable|"
    r"tied\s+up|busy)\b(?!\s+(?:touch|contact|your|you\b|a\s+position|"
    r"(?:a\s+)?position))"
    r"|\b(?:likely|unlikely|probably|possibly|perhaps|maybe|hopefully|chances\s+are|"
    r"(?:i|we)\s+(?:think|believe|expect|guess|suspect|assume|doubt|imagine|bet)|"
    r"(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:sure|confident|certain|positive))\b[^.;]{0,60}"
    r"\b(?:i|we|it|they|he|she)\s*(?:'ll|’ll|\s+will)\s+(?:be|have|see|get|need|make|find|sell|"
    r"end\s+up|do\s+(?:well|fine)|like|enjoy|win|lose)\b"
    r"|\b(?:i|we)\s*(?:'ll|’ll|\s+will)\s+(?:see\s+(?:a\s+lot\s+)?more\s+of|see\s+each\s+other|"
    r"enjoy|remember|never\s+forget|always|be\s+thinking|keep\s+you\s+in\s+(?:my|our)\s+"
    r"(?:thoughts|prayers))"
    r"|\b(?:i|we)\s*(?:'ll|’ll|\s+will|\s+shall)\s+(?:probably|likely|possibly|perhaps|maybe)\b"
    r"|\b(?:hopefully|probably|likely),?\s+(?:you|u)\s*(?:'ll|’ll|\s+will)\b"
    r"|\b" + _EN_WILL + r"be\s+able\s+to\b"
    r"|\byou\s*(?:'ll|’ll|\s+will)\s+have\s+(?:the|a|an)\s+(?:\w+\s+)?(?:chance|option|opportunity|"
    r"ability|choice)\b"
    # what the writer is telling or presenting, not doing for the reader
    r"|\b" + _EN_WILL + r"(?:tell\s+you\s+(?:this|that|what)|say\s+(?:this|that)|admit)\b"
    r"|\bin\s+(?:this|the|our|today's)\s+(?:presentation|webinar|seminar|session|talk|course|"
    r"article|paper|issue|newsletter|workshop|class)\b[^.;]{0,20}\b" + _EN_WILL_BARE +
    # a recurring or standing arrangement, in the clause of the future verb
    r"|\b(?:each|every)\s+" + _EN_PERIOD + r"\b[^.;,–-]{0,50}\b" + _EN_WILL +
    r"|\b" + _EN_WILL + r"[^.;,–-]{0,60}\b(?:each|every)\s+" + _EN_PERIOD + r"\b"
    r"|\bfrom\s+now\s+on\b|\buntil\s+further\s+notice\b|\bgoing\s+forward\b|\bno\s+longer\b"
    r"|\bperiodically\b|\bregularly\b|\bfrom\s+time\s+to\s+time\b"
    r"|\bon\s+an?\s+(?:regular|frequent|daily|weekly|monthly|quarterly|ongoing|as-needed)\s+basis\b"
    r"|\bfor\s+the\s+(?:next|coming)\s+(?:few\s+|couple\s+(?:of\s+)?|\w+\s+)?"
    r"(?:days|weeks|months)\b"
    r"|\b" + _EN_WILL + r"(?:hold\s+off|postpone)\b"
    # events announced, not acts owed to the reader: "we will hold a conference call on Monday"
    r"|\b" + _EN_WILL + r"(?:be\s+)?(?:hold(?:ing)?|host(?:ing)?|celebrat(?:e|ing)|resum(?:e|ing)|"
    r"conduct(?:ing)?|hav(?:e|ing)\s+(?:a|an|our|the)\s+(?:\w+\s+){0,2}(?:meeting|call|conference|"
    r"party|lunch|dinner|session|event|seminar|offsite|off-site|celebration))\b"
    # pleasantries and wishes: "we will definitely miss you", "I pray that you will have ..."
    r"|\b" + _EN_WILL + r"(?:miss|look\s+forward|keep\s+in\s+touch|stay\s+in\s+touch|"
    r"keep\s+(?:it|this)\s+(?:short|brief)|see\s+(?:what|how|where)\b|"
    r"see\s*(?:[.!,;]|$|\s+(?:in|after|then|later|next|tomorrow)\b))"
    # a sign-off, not a call owed: "I'll talk to you later this week", "I will speak with you soon"
    r"|\b" + _EN_WILL + r"(?:talk|speak|chat)\s+(?:to|with)\s+(?:you|u)\s+(?:soon|later)\b"
    r"(?!\s+(?:about|re|regarding|on)\b)"
    # an intention for an occasion to come, not for the reader now: "next time I'll send ..."
    r"|\bnext\s+time\b[^.;]{0,30}\b" + _EN_WILL_BARE +
    r"|\b(?:hope|pray|wish|trust)\s+(?:that\s+)?(?:you|u|i|we)\s*(?:'ll|’ll|\s+will)\b"
    # a need or a feeling, not an act: "we will also need copies", "I shall be very glad to attend"
    r"|\b" + _EN_WILL + r"(?:need|have\s+to(?!\s+(?:" + _EN_OWED_TO_YOU + r"))|want)\b"
    r"|\b" + _EN_WILL + r"be\s+(?:very\s+|so\s+|more\s+than\s+|most\s+)?(?:interested|glad|happy|"
    r"pleased|delighted|sorry|sad|thrilled|excited|honou?red|curious)\b"
    r"(?!\s+to\s+(?:" + _EN_DELIVER + r")\b)"
    r"|\b(?:i|we)\s*(?:'ll|’ll|\s+will)\s+(?:defer|leave\s+(?:it|that|this|the)|"
    r"let\s+(?:him|her|them|the|someone|others|(?:our|my|your)\s+\w+)\b(?!\s+know)|wait\b|stand[\s-]by\b|"
    # "we'll pass on this one" declines; passing on news or information delivers it
    r"pass\s+(?:on|this|that)\b(?![^.;,]{0,20}\b(?:to|information|info|details|news|word|"
    r"comments|feedback|updates?)\b))", _F)
# The Russian counterpart of the waiting offer: «если интересно, позвоните, и мы всё обсудим».
_RU_NOT_PROMISE = re.compile(
    r"(?<![а-яё])если\s+[^.;]{0,60}(?:интерес|позвоните|наберите|напишите|свяжитесь|"
    r"дайте\s+знать|пишите|звоните|обращайтесь)"
    r"|(?<![а-яё])если\s+(?:вы\s+)?(?:надумаете|захотите|решите|согласитесь|будете\s+готовы)"
    # «давайте перенесём ...» proposes; it does not commit
    r"|(?<![а-яё])давайте\s+(?!я(?![а-яё]))", _F)

#: A future verb in a clause of reason, time or condition of the writer's own ("since we will
#: be testing on Thursday, we need ...") gives the reason for something else; the clause is
#: blanked before the promise rules look, so the main clause still counts.
_EN_SUBORDINATE = re.compile(
    r"\b(?:since|as|because|while|whereas|given\s+that|now\s+that|if)\s+(?:i|we)\s*"
    r"(?:'ll|’ll|\s+will|\s+shall|'re\s+going\s+to|’re\s+going\s+to|\s+are\s+going\s+to|"
    r"'m\s+going\s+to|’m\s+going\s+to|\s+am\s+going\s+to)\b[^,;.]*", _F)

#: A word of certainty between the subject and "will" ("we of course will support it", "I
#: certainly will send it") is taken out, so every rule for and against reads the plain future;
#: a hedge ("we probably will") stays where the rules against it look for it.
_EN_WILL_AFTER_ADVERB = re.compile(r"\b(i|we)\s+(?:certainly|definitely|surely|of\s+course|also|"
                                   r"then|indeed|absolutely|still)\s+(will|shall)\b", _F)

#: Quoted words are someone else's: «перезвоним через час» reports a promise, it makes none.
_QUOTED = re.compile(r"«[^»]{1,80}»|“[^”]{1,80}”")


#: Where a question that ends a sentence starts, when a commitment stands before it:
#: "We will wire it on Friday; can you confirm the account?"
_QUESTION_TAIL = re.compile(r"(?:;|\s[—–-]\s|:)\s*(?:\w+,\s*)?[^;—–:]*\?\s*$", _F)


def _is_promise(s: str, lang: str) -> bool:
    if s.rstrip().endswith("?"):
        tail = _QUESTION_TAIL.search(s)
        if tail is None or tail.start() < 8:
            return False
        s = s[:tail.start()]
    if "«" in s or "“" in s:
        s = _QUOTED.sub(" ", s)
    if lang == "ru":
        if not (_RU_PROMISE.search(s) or ru_morph.commitment_verb(s) is not None):
            return False
        return not (_RU_NOT_PROMISE.search(s) or ru_morph.reader_condition_first(s))
    # every English promise rule needs one of these words: test them before the rule
    if _EN_PROMISE_GATE.search(s) is None:
        return False
    if " will" in s or " shall" in s:
        s = _EN_WILL_AFTER_ADVERB.sub(r"\1 \2", s)
    if " as " in s or "since " in s or "because " in s or "if " in s or "while " in s \
            or "that " in s:
        s = _EN_SUBORDINATE.sub(" ", s)
    return bool(_EN_PROMISE.search(s)) and not _EN_NOT_PROMISE.search(s)


# What someone said or promised before ("you said someone would call", «вы обещали перезвонить»)
# reports the past: a grievance or a reminder, not a request, unless it also asks.
_EN_REPORT = re.compile(r"\b(?:you|they|he|she|someone|your\s+\w+)\s+(?:said|told\s+(?:me|us)|"
                        r"promised|assured|claimed)\b(?![^.;]*\bplease\b)", _F)
_RU_REPORT = re.compile(r"(?<![а-яё])(?:вы|ваш\w*|мне|нам)\s+(?:же\s+)?(?:обещал\w*|сказал\w*|"
                        r"говорил\w*|заверял\w*|заверил\w*)(?![^.;]*пожалуйста)", _F)


def _request_family(s: str, lang: str) -> str:
    """Which request rule decides ``s``: "question" or "cue" (a request), "neg",
    "courtesy" or "report" (vetoed), "" (no rule applies)."""
    if lang == "ru":
        if _RU_NEG_REQUEST.search(s) and not s.rstrip().endswith("?"):
            return "neg"
        if s.rstrip().endswith("?"):
            return "question"
        if _RU_REPORT.search(s):
            return "report"
        return "cue" if _RU_REQUEST.search(s) or _ru_imperative(s) else ""
    if _EN_COURTESY.search(s):
        return "courtesy"
    if s.rstrip().endswith("?"):
        return "question"
    if _EN_REPORT.search(s):
        return "report"
    return "cue" if _EN_REQUEST.search(s) else ""


def _is_request(s: str, lang: str) -> bool:
    return _request_family(s, lang) in _REQUEST_FAMILIES


_REQUEST_FAMILIES = frozenset(("question", "cue"))
#: Promises the product's own definition takes for commitments (tests/test_intent.py, the
#: labelled set) while the veto's training mail labels their shape otherwise, so the veto may
#: not drop them: a visit to the reader's place or site (a writer's whereabouts are no
#: promise, a meeting at the client's office or an engineer on site is one) and a plan to go
#: through or over some work ("going to go" is mostly a trip in that mail).
_NOT_VETOED = re.compile(
    r"\b(?:be|come|drop)\s+(?:(?:there|here|by|over)\s+)?(?:at|to|in)\s+your\s+(?:office|offices|"
    r"place|branch|site|premises|plant|warehouse|depot)\b|\bvisit\s+you\b|\bbe\s+on[\s-]site\b"
    r"|\bgoing\s+to\s+go\s+(?:over|through)\b", _F)
#: The writer's own act owed to the reader right after "will" ("I will be contacting you on
#: Monday", "we'll send the draft Friday"), "let me", "... and will" in a sentence the writer
#: opens, "our <team> will", or a passive of sending to the reader: a date in its clause is
#: that act's own, so such a promise keeps its due date when the veto keeps it, however
#: unsure the veto is of the day.
_EN_OWN_ACT_VERB = (r"(?:\w+ly\s+|also\s+|then\s+|just\s+)?(?:(?:" + _EN_ACTS + r")\b|be\s+(?:"
                    + _EN_DOING + r")\w*ing\b)")
_EN_OWN_ACT = re.compile(
    r"\b(?:i|we)\s*(?:'ll|’ll|\s+will|\s+shall)\s+" + _EN_OWN_ACT_VERB
    # "let me check with the desk and get back to you this afternoon"
    + r"|\blet\s+me\s+(?:" + _EN_ACTS + r")\b"
    # the subject left out after "and" in a sentence the writer opens: "We are reviewing our
    # arrangements and will share the RFP next week"
    + r"|^\W*(?:\w+[,:]\s+)?(?:\w+\s+and\s+)?(?:i|we)\b[^.;!?]*?\band\s+(?:will|shall)\s+"
    + _EN_OWN_ACT_VERB
    # a team of the writer's side: "Our credit team will come back to you within five days"
    + r"|\bour\s+(?:[\w-]+\s+){1,3}(?:will|shall)\s+" + _EN_OWN_ACT_VERB
    # what the writer's side sends the reader, said in the passive: "The loan agreement will be
    # sent to you on 28 April"
    + r"|\bwill\s+be\s+(?:sent|forwarded|e-?mailed|mailed|faxed|couriered|delivered|issued|"
    r"provided)\s+to\s+you\b", _F)
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
    English act in the present tense (:data:`_EN_DOING_NOW`) alone, which no request rule
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
                    cues[4] and not _EN_DOING_NOW_WORDS.isdisjoint(words)
                    and _EN_DOING_NOW_RE.search(low)):
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


_CLAUSE_BREAK = re.compile(r"[,;:—]|\s(?:and|but|so|then|и|а|но|поэтому|затем|потом)\s", _F)


def _promise_due(low: str, lang: str, dates: list[ResolvedDate]) -> ResolvedDate | None:
    """The date bound to the promised action: the one in, or nearest to, the clause that
    holds the promise («сегодня я на встречах, поэтому ... во вторник: я вам наберу» is due on
    Tuesday), not merely the first future date of the sentence. A date in another predicate
    ("I can't get back tomorrow and will let you know") is not the promise's."""
    if lang == "en" and dates:
        # a date of something already done ("updating you on what was discussed this
        # afternoon") is not when the promise is due
        dates = [rd for rd in dates if _EN_DONE_BEFORE.search(low, max(0, rd.start - 30),
                                                               rd.start) is None]
    if not dates:
        return None
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(low)] + [len(low) + 1]
    clause = next(((a, b) for a, b in zip(cuts, cuts[1:], strict=False) if _is_promise(low[a:b], lang)), None)
    if clause is None:
        return dates[0]
    a, b = clause
    if lang == "en":
        # a date in a condition before the promise ("If it is after August 15th, we will
        # ...") says when the promise holds, not when it is due
        dates = [rd for rd in dates if not (rd.end <= a and _EN_CONDITION_FIRST.match(
            low, max(c for c in cuts if c <= rd.start)))]
        if not dates:
            return None
    # the action goes on past "and" when no new subject starts: "I will check it today and
    # send my comments by tomorrow" is one commitment, due when its last part is
    nxt = _CLAUSE_BREAK.search(low, max(a, b - 6))
    while nxt is not None and nxt.group().strip() in ("and", "и") and nxt.start() < b \
            and _SAME_SUBJECT.match(low, nxt.end()):
        following = _CLAUSE_BREAK.search(low, nxt.end())
        b = following.start() if following else len(low) + 1
        nxt = following

    def distance(rd: ResolvedDate) -> int:
        if rd.end > a and rd.start < b:
            return 0
        return a - rd.end if rd.end <= a else rd.start - b

    bound = sorted(dates, key=lambda rd: (distance(rd), rd.start))
    best = bound[0]
    if distance(best) > 0:
        gap = low[best.end:a] if best.end <= a else low[b:best.start]
        if _OTHER_PREDICATE.search(gap) and not _BACK_REFERENCE.search(low, a, b):
            return None
        return best
    near = [rd for rd in bound if distance(rd) == 0]
    if len(near) > 1 and _SCENE_FIRST.match(low, a):
        # "when you're back on Monday I'll call on Tuesday", «после звонка во вторник пришлю
        # в четверг»: the date before the promise sets the scene; one after it is the due
        cue = _promise_cue(low[a:b], lang)
        after = [rd for rd in near if cue is not None and rd.start >= a + cue]
        if after:
            near = after
            best = after[0]
    # "by tomorrow" names the deadline even when the clause also says when the work starts
    marked = [rd for rd in near if _DEADLINE_WORD.search(low, max(0, rd.start - 14), rd.start)]
    if marked:
        return max(marked, key=lambda rd: rd.deadline)
    # "either Friday or Monday", "tomorrow or Thursday": the promise holds until the later one
    for x, y in zip(near, near[1:], strict=False):
        if _OR_BETWEEN.fullmatch(low, x.end, y.start):
            best = y if y.deadline > best.deadline else best
    return best


#: A verb of something done just before a date: "what was discussed this afternoon".
_EN_DONE_BEFORE = re.compile(r"\b(?:was|were|been|had|we|i|you|they|he|she)\s+(?:\w+ed|met|spoke|"
                             r"said|told|held|sent|seen|done|made)\s+(?:(?:on|at|in|during)\s+)?$",
                             _F)
#: What opens a condition: a date in it is not the promise's due.
_EN_CONDITION_FIRST = re.compile(r"\W*(?:if|unless|in\s+case|provided|assuming)\b", _F)
#: What opens a clause or phrase that sets the scene before the promise: a time, a cause, a
#: condition ("when you're back on Monday", "since ...", «после звонка во вторник»).
_SCENE_FIRST = re.compile(r"\W*(?:when|whenever|once|since|as|because|given|after|until|till|"
                          r"while|if|although|though|когда|как\s+только|после|поскольку|"
                          r"так\s+как|раз|пока|если|хотя|ввиду|учитывая)\b", _F)


_EN_CUE = re.compile(r"\b" + _EN_WILL_BARE + r"|\b(?:i|we)\s*(?:'m|’m|'re|’re|\s+am|\s+are)\s+"
                     r"going\s+to\b|\blet\s+me\b", _F)


def _promise_cue(clause: str, lang: str) -> int | None:
    """Where the words that commit the writer start in ``clause``, when they are found."""
    found = ru_morph.commitment_verb(clause) if lang == "ru" else _EN_CUE.search(clause)
    return found.start() if found else None


#: A conjunction between a date and the promise's clause: the date belongs to another predicate.
_OTHER_PREDICATE = re.compile(r"\s(?:and|but|so|then|и|но|а|поэтому|затем|потом)\s", _F)
#: A time said by pointing back at the other date: "... resolved today and we will report
#: shortly thereafter" is due today.
_BACK_REFERENCE = re.compile(r"\b(?:thereafter|after\s+that|by\s+then|then)\b|"
                             r"(?<![а-яё])(?:после\s+этого|к\s+тому\s+времени|тогда)(?![а-яё])", _F)
#: What may open the next part of one action after "and": a verb of the same subject.
_SAME_SUBJECT = re.compile(r"(?:then\s+|also\s+)?(?:\w+ing\b|(?:" + _EN_ACTS + r"|make|get|have)\b)",
                           _F)
_DEADLINE_WORD = re.compile(r"(?:\bby|\bbefore|\bno\s+later\s+than|\bnot\s+later\s+than|"
                            r"(?<![а-яё])до|(?<![а-яё])к|(?<![а-яё])не\s+позднее)\s+(?:the\s+)?$",
                            _F)
_OR_BETWEEN = re.compile(r"[\s\w]{0,20}?\s(?:or|или|либо)\s+(?:on\s+|в\s+|во\s+)?"
                         # a range of days: «сегодня-завтра», «в понедельник–вторник»
                         r"|\s*[-–—]\s*", _F)


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
