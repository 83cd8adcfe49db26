"""Parsed message -> everything inference says about it, as pure data.

No database access here, so this step can run in worker processes; the
writer (``indexer/writer.py``) resolves clients and threads against the
store. Cheap checks run first; promise and request detection only look at
the new text of messages that can carry them.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from dealtrail.addresses import is_freemail
from dealtrail.config import Company
from dealtrail.domain import Event, Message
from dealtrail.phones import find_in_text
from indexer.agreed import agreed, ours_dated, restated
from indexer.analysis import Analysis, AnalyzeContext
from indexer.classify import automated_reason, detect_lang, normalize_subject
from indexer.complaint import detect_complaint
from indexer.cue_scan import gated
from indexer.dates import find_dates
from indexer.deal_signals import LOST_RE, LetterScan, Signal, cue, detect_signals, scan_letter
from indexer.intent import Intent, detect_intents, sentences
from indexer.intermediary import speaks_for
from indexer.newtext import new_text, new_text_and_signature
from indexer.parse import has_link

log = logging.getLogger(__name__)

__all__ = ["SNIPPET_CHARS", "Analysis", "AnalyzeContext", "analyze", "content_digest",
           "chases", "invitations", "is_freemail", "load_models", "needs_no_answer"]

SNIPPET_CHARS = 240
TAG_KEYWORDS = {"dealtrail-complaint": "complaint", "$dealtrail-complaint": "complaint"}


def content_digest(msg: Message) -> str:
    """What makes two copies one message: sender, sent time, subject, recipients and text.

    Whitespace is left out, so a copy that was re-encoded or re-wrapped on its way to
    another folder still matches; a different message that reuses the Message-ID does not.
    """
    digest = hashlib.sha256()
    for part in (msg.from_addr, str(int(msg.sent_at.timestamp())), "".join(msg.subject.split()),
                 ",".join(sorted(set(msg.to + msg.cc)))):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    digest.update(squeezed(msg.text))
    digest.update(b"\x00")
    return digest.hexdigest()[:32]


#: What ``str.split()`` splits on: the ASCII whitespace (as bytes) and the rest of Unicode's.
_ASCII_SPACE = b"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f "
_OTHER_SPACE = ("\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                "\u200a\u2028\u2029\u202f\u205f\u3000")


def squeezed(text: str) -> bytes:
    """``"".join(text.split())`` in UTF-8, without splitting a long body into words.

    UTF-8 never puts an ASCII byte inside a multi-byte character, so deleting the ASCII
    whitespace bytes is exact unless the text holds one of the other Unicode spaces.
    """
    if not text.isascii() and any(c in text for c in _OTHER_SPACE):
        return "".join(text.split()).encode("utf-8", "surrogatepass")
    return text.encode("utf-8", "surrogatepass").translate(None, _ASCII_SPACE)


def _snippet(text: str) -> str:
    """The first SNIPPET_CHARS characters of the text with its whitespace collapsed.

    Collapsing a prefix gives a prefix of the collapsed text, so a long text is
    collapsed only as far as the snippet needs.
    """
    head = " ".join(text[:SNIPPET_CHARS * 4].split())
    if len(head) <= SNIPPET_CHARS and len(text) > SNIPPET_CHARS * 4:
        head = " ".join(text.split())
    return head[:SNIPPET_CHARS]


def _sender_zone(msg: Message, fallback: str) -> timezone | ZoneInfo:
    if msg.utc_offset_minutes is None:
        return ZoneInfo(fallback)
    return timezone(timedelta(minutes=msg.utc_offset_minutes))


#: Ten digits in a row, separated at most by spaces, dashes, dots or brackets: a phone may
#: be there (the cheap check before the phone parser reads the text).
_NUMBER_RUN = re.compile(r"\d(?:[\s().\-\u00a0]{0,3}\d){9}")


@functools.lru_cache(maxsize=4096)
def _signature_phones(signature: str, region: str) -> tuple[str, ...]:
    # A person signs every message the same way: each signature is read once.
    return tuple(find_in_text(signature, region))


def load_models(ctx: AnalyzeContext) -> None:
    """Load now what inference otherwise loads on its first message: the request model
    and promise veto, the complaint model and the company's calendar (~0.16 s).

    The sync loop calls this before the worker processes fork, so they share one copy
    instead of each reading the weights files and the holiday tables again.
    """
    from indexer.complaint import default_model
    from indexer.intent import default_detector

    default_detector()
    default_model()
    ctx.calendar()


def _ours_dated(fresh: str, found: list[Intent], ref_time: datetime, lang: str,
                ctx: AnalyzeContext) -> list[Intent]:
    """The manager's sentences that commit our side by a day with a subject other than
    "I/we" («Дмитрий свяжется с вами сегодня», "Quote Monday."), which the writer's own
    promise rules leave: :func:`indexer.agreed.ours_dated` finds them."""
    taken = {i.start for i in found}
    out: list[Intent] = []
    for s, e in sentences(fresh):
        sent = fresh[s:e]
        if s in taken or not ours_dated(sent) or not agreed(sent, "manager", dated=True):
            continue
        days = [d for d in find_dates(sent, ref_time, lang, ctx.calendar())
                if d.deadline >= ref_time]
        if days:
            out.append(Intent("promise", "other", sent, s, e, days[0].deadline, days[0].grain))
    return out


# Why a letter of our own address may still be a person's (a web form's mailer marks its
# letters so), unlike a list, a bounce or an out-of-office.
_FORM_MAILER = (None, "noreply sender", "auto-submitted")


def _form_author(msg: Message, ctx: AnalyzeContext, sender_internal: bool,
                 automated: str | None) -> tuple[str, ...]:
    """The outside author of a letter our own address sent to ourselves alone with that
    author in Reply-To: a request through the company's web form («Заявка с сайта», from
    ``no-reply@`` our domain). () for anything else: a colleague's letter, our mailing to
    clients, an outside service's notice, a list. A manager's own letter is never one: a
    person writes as themself, a form's mailer does not."""
    if not (sender_internal and msg.reply_to and automated in _FORM_MAILER
            and msg.from_addr.lower() not in ctx.managers):
        return ()
    recipients = (*msg.to, *msg.cc, *msg.bcc)
    if not recipients or not all(ctx.is_internal(a) for a in recipients):
        return ()
    outside = tuple(a for a in msg.reply_to if not ctx.is_internal(a) and a != ctx.tag_address)
    return outside[:1]


def analyze(msg: Message, ctx: AnalyzeContext) -> Analysis:
    """Direction, sender class, new text and the facts inferred from it."""
    sender = msg.from_addr
    recipients = tuple(dict.fromkeys(msg.to + msg.cc + msg.bcc))
    automated = automated_reason(msg.headers, sender, msg.subject)
    sender_internal = bool(sender) and ctx.is_internal(sender)
    through_form = _form_author(msg, ctx, sender_internal, automated)
    if through_form:
        direction, automated = "in", None
        counterparts: tuple[str, ...] = through_form
    elif automated:
        direction = "auto"
        counterparts = ()
    elif sender_internal:
        counterparts = tuple(a for a in recipients if not ctx.is_internal(a)
                             and a != ctx.tag_address)
        direction = "out" if counterparts else "internal"
    else:
        direction = "in"
        counterparts = (sender,) if sender else ()
    body = msg.text
    phones: tuple[str, ...] = ()
    signature = ""
    if direction == "in" and body:
        # A client's signature carries its phone numbers: read in the same pass as the new
        # text, so calls from the telephony log find their client without a directory entry.
        fresh, signature = new_text_and_signature(body, "text")
        if signature and any(c.isdigit() for c in signature):
            phones = _signature_phones(signature, ctx.company.country)
        # "Перезвоните мне 8 (928) 555-14-02": a number written in the message itself is
        # the sender's too (a first message often has no signature block at all).
        if _NUMBER_RUN.search(fresh):
            phones += tuple(p for p in find_in_text(fresh, ctx.company.country)
                            if p not in phones)
    else:
        fresh = new_text(body, "text") if body else ""
    lang = detect_lang(fresh or msg.subject)
    intents: list[Intent] = []
    found: list[Intent] = []
    complaint = None
    signals: list[Signal] = []
    letter: LetterScan | None = None
    # Promises count only in the sender's own mailbox, so a message copied to
    # colleagues is not counted once per copy.
    if fresh and ((direction == "out" and sender == ctx.owner) or direction == "in"):
        zone = ZoneInfo(ctx.owner_tz) if direction == "out" else _sender_zone(msg, ctx.owner_tz)
        ref_time = msg.sent_at.astimezone(zone)
        # The manager's own mail is read for promises only; a client's for both (its
        # dated promises are its commitments to the deal).
        found = detect_intents(fresh, direction=direction, ref_time=ref_time,
                               lang=lang, calendar=ctx.calendar(),
                               kinds=("promise",) if direction == "out" else ("promise", "request"))
        wanted = "promise" if direction == "out" else "request"
        # What is no agreed item of the deal ("Ставку фиксирую до конца марта", "Предлагаю
        # созвониться в среду", "Сделаем.") is no promise of the manager either.
        intents = [i for i in found if i.kind == wanted
                   and (direction != "out" or agreed(i.sentence, "manager", dated=bool(i.due)))]
        if direction == "out":
            intents = sorted(intents + _ours_dated(fresh, found, ref_time, lang, ctx),
                             key=lambda i: i.start)
        if ctx.local is not None and direction == "out":
            intents = [i for i in intents if not ctx.local.rejects_promise(i.sentence)]
        if direction == "out" and len(intents) > 1:
            # One thing promised twice in the letter is one agreed item, the dated one.
            again = restated([(i.sentence, bool(i.due)) for i in intents])
            intents = [i for i, twice in zip(intents, again, strict=True) if not twice]
        # One pass over the new text finds the cue literals the signals and the
        # intermediary's voice read.
        letter = scan_letter(fresh)
        signals = detect_signals(fresh, direction=direction, ref_time=ref_time, lang=lang,
                                 calendar=ctx.calendar(), subject=msg.subject,
                                 attachments=msg.attachment_names, products=ctx.products,
                                 # A promise kept without its date (the veto's doubt
                                 # is about the manager's alarms) still has one here.
                                 known_dates={i.start: (i.due, i.due_grain) for i in found
                                              if i.due},
                                 ours="" if ctx.company.name == Company.name else ctx.company.name,
                                 letter=letter)
        if direction == "in":
            complaint = detect_complaint(fresh, lang, ctx.local)
            # The client's own dated promises are its commitments to the deal, but a call
            # or a meeting planned together is the next contact, as in the signals' own
            # reading ("Давай 10 декабря встретимся на площадке").
            known = {g.start for g in signals if g.kind == "commitment"}
            planned = {g.start for g in signals if g.kind == "contact_date"}
            signals += [Signal("commitment", i.sentence, i.start, due=i.due)
                        for i in found if i.kind == "promise" and i.due and i.start not in known
                        and not (i.action in ("call", "meet") and i.start in planned)
                        # "Если договоримся — подписываем в этом месяце": the client
                        # has not decided yet, so it has promised nothing (indexer/agreed.py).
                        and agreed(i.sentence, "client", dated=True)]
    # A complaint expects an answer even when it asks nothing in words.
    is_request = direction == "in" and (
        complaint is not None
        or ((bool(intents) or "?" in fresh or chases(fresh))
            and not needs_no_answer(fresh, signals, intents, msg.sent_at,
                                    promised=contact_promised(found))))
    tags = tuple(TAG_KEYWORDS[f.lower()] for f in msg.flags if f.lower() in TAG_KEYWORDS)
    to_tag = bool(ctx.tag_address) and ctx.tag_address in recipients
    quoted_codes: tuple[str, ...] = ()
    if to_tag and body:
        from indexer.tags import codes_in

        fresh_codes = set(codes_in(fresh))
        quoted_codes = tuple(c for c in codes_in(body) if c not in fresh_codes)
    snippet = _snippet(fresh)
    voice = (speaks_for(fresh, body, sender, tuple(a for a in recipients if a != sender),
                        ctx.is_internal, None if letter is None else lambda _fresh: letter.folded)
             if direction == "in" and body else None)
    return Analysis(
        msg=msg, direction=direction, automated=automated, counterparts=counterparts,
        new_text=fresh, lang=lang, snippet=snippet, has_link=has_link(fresh),
        is_request=is_request, subject_norm=normalize_subject(msg.subject), intents=intents,
        complaint=complaint, tag_flags=tags,
        to_tag_address=to_tag, quoted_codes=quoted_codes, signals=tuple(signals),
        invitations=invitations(msg) if msg.calendar_parts and direction != "auto" else (),
        digest=content_digest(msg), phones=phones, speaks_for=voice,
        # Whom a free-mail sender works for is read from its signature (indexer/writer.py).
        signature=signature[:1000] if direction == "in" and is_freemail(sender) else "",
    )


#: How far around the invitation's own date a recurring invitation is expanded.
INVITATION_BACK = timedelta(days=30)
INVITATION_AHEAD = timedelta(days=365)


def invitations(msg: Message) -> tuple[Event, ...]:
    """Meetings carried by the message's text/calendar parts (a fallback calendar source).

    A broken calendar part costs the message nothing: it is skipped and logged.
    """
    from indexer.ics import parse_calendar

    found: list[Event] = []
    for part in msg.calendar_parts:
        try:
            found.extend(parse_calendar(part, msg.sent_at - INVITATION_BACK,
                                        msg.sent_at + INVITATION_AHEAD))
        except Exception as exc:  # noqa: BLE001 - ParseError and the library's own errors
            log.info("message %s: calendar part skipped: %s", msg.remote_id, exc)
    return tuple(found)


_GREETING = re.compile(
    r"(?<!\w)(?:добр(?:ый|ое|ого)\s+(?:день|дня|утро|утра|вечер)|здравствуй(?:те)?|приветствую|привет|"
    r"good\s+(?:morning|afternoon|evening|day)|hello|hi|hey|dear|greetings)(?!\w)", re.UNICODE)
_FYI = re.compile(r"^\W*(?:fyi|for\s+your\s+information|для\s+информации|к\s+сведению|"
                  r"информирую|информируем)\b", re.UNICODE)


# A heads-up: the reader is to be ready or aware, nothing it says waits for our reply
# ("Please be ready", «Будьте готовы к отгрузке в понедельник», «Имейте в виду: ...»).
_HEADS_UP = re.compile(
    r"^\W*(?:(?:please|kindly|пожалуйста)\W+)?(?:be\s+(?:ready|prepared|aware|advised)|"
    r"stand\s+by|keep\s+in\s+mind|будьте\s+(?:готовы|в\s+курсе)|имейте\s+в\s+виду|учтите)"
    r"(?!\w)(?![^.!?]*(?:confirm|reply|let\s+(?:me|us)\s+know|подтверд|сообщ|ответ))", re.UNICODE)


# A client chasing what we owe asks for an answer with no question or imperative in it:
# "Напоминаю, что до Нового года меньше месяца", "договора так и нет", "still no word",
# "Обещали до 20-го, сегодня 23-е" (our own promise held up to us; "как и обещали,
# высылаем" is the client's kept one).
_CHASE = re.compile(
    r"(?<!\w)(?<!как\s)(?<!как\sи\s)(?<!as\s)(?:(?:вы\s+)?обещали|you\s+(?:had\s+)?promised)(?!\w)|"
    r"(?<!\w)(?:напомина(?:ю|ем)|так\s+и\s+(?:нет|не\s+(?:получил|приш[её]л|пришл|увидел))|"
    r"до\s+сих\s+пор\s+(?:нет|не\s)|вс[её]\s+ещ[её]\s+жд[её]м|по-прежнему\s+жд[её]м|"
    r"still\s+(?:waiting|no\s+(?:word|news|sign)|nothing|haven'?t|have\s+not)|"
    r"(?:gentle|friendly|quick)\s+reminder|just\s+following\s+up|chasing\s+(?:up|this))(?!\w)",
    re.UNICODE)
_CHASE = gated(_CHASE)   # the same matches, fewer start positions tried
# An apology for the client's own silence reads like an imperative ("извините, что пропал")
# but asks nothing of us.
_APOLOGY = re.compile(
    r"^\W*(?:[\w.]+,\s*)?(?:извините|простите|прошу\s+прощения|sorry|apologies|"
    r"(?:i|we)\s+apologi[sz]e)\W*(?:что|за|for|about|that|i|we)(?!\w)", re.UNICODE)
# The client needing its own side's approval ("We need HQ approval in Mumbai, I will revert",
# «нам нужно согласование акционеров») tells where the deal waits; it asks nothing of us
# unless it names the reader ("we need your approval").
# The same said with the verb: «нужно согласовать с собственником», "I need to check with
# my director first".
_OWN_APPROVAL = re.compile(
    r"\b(?:we|i)\s+(?:still\s+|first\s+)?need\s+(?:\S+\s+){0,3}(?:approvals?|sign-?off|go-ahead)\b|"
    r"(?<![а-яё])(?:нам|мне)\s+(?:ещё\s+|еще\s+|сначала\s+)?(?:нужно|нужна|нужен|надо|необходимо)\s+"
    r"(?:\S+\s+){0,3}(?:согласовани|одобрени|утверждени)|"
    r"(?<![а-яё])(?:(?:нам|мне)\s+)?(?:ещё\s+|еще\s+|сначала\s+)?(?:нужно|надо|необходимо)\s+"
    r"(?:сначала\s+|ещё\s+|еще\s+)?(?:согласовать|обсудить|утвердить)\s+(?:это\s+|всё\s+)?с\s+"
    r"(?:наш\w*\s+)?(?:собственник|учредител|акционер|руководств|директор|гендиректор|"
    r"финдиректор|правлени|партн[её]р|начальств|шеф)|"
    r"\b(?:we|i)\s+(?:still\s+|first\s+)?(?:need|have)\s+to\s+(?:check|discuss|clear)\s+"
    r"(?:it\s+|this\s+|that\s+)?(?:first\s+)?with\s+(?:my|our)\s+(?:owner|founder|shareholder|"
    r"board|management|director|md|ceo|cfo|boss|partner)s?\b", re.UNICODE)
_THE_READER = re.compile(r"\byou\b|\byour\b|(?<![а-яё])(?:вы|вас|вам|ваш\w*)(?![а-яё])",
                         re.UNICODE)


def _own_approval(sentence: str) -> bool:
    """Whether the sentence's need is its own side's approval (its clause names no reader),
    and it asks nothing besides («Пришлите тарифы — нужно согласовать с директором» asks)."""
    found = _OWN_APPROVAL.search(sentence)
    if found is None or _ASKS_TOO.search(sentence):
        return False
    clause = re.split(r"[,;.!—]", sentence[found.start():], maxsplit=1)[0]
    return _THE_READER.search(clause) is None


#: A decline ("мы выбрали другой банк"), run by the alternatives whose words the letter holds.
_LOST = cue(LOST_RE)
_ASKS_TOO = re.compile(r"пришлите|направьте|сообщите|подскажите|пожалуйста|please|could|can\s+you",
                       re.UNICODE)


#: A contact named, or a time the client takes ("Talk on Monday.", "Tuesday is fine, after 2 pm
#: please", «вторник подходит»): with a later day it is the next contact, not an ask ...
_LATER_CONTACT = re.compile(
    r"\b(?:talk|speak|chat|call|meet|see\s+you)\b|созвон|встрет|встреч|увидимся|"
    r"\b(?:is|are)\s+(?:fine|ok|okay|good|perfect)\b|\b(?:works|suits)\b|подходит|устраивает|"
    r"(?<![а-яё])удобно", re.UNICODE)
#: The matter put off to a later day ("Давайте вернёмся к этому 15-го", "Let's revisit this
#: on the 15th"): the next contact when a day is named, ...
_PUT_OFF = re.compile(
    r"(?<![а-яё])верн[её]мся|(?<![а-яё])вернуться|\brevisit|\b(?:get|come|circle)\s+back\s+to\s+"
    r"(?:this|it|that|the)\b", re.UNICODE)
#: ... but not when the client says no for now («сейчас не актуально, вернёмся в январе»,
#: "not now, let's revisit in February": a soft no that wants a word back) or asks us to
#: write then («напишите нам после 15-го»).
_NOT_NOW = re.compile(
    r"(?<![а-яё])(?:сейчас|пока)\s+не(?![а-яё])|(?<![а-яё])не\s*актуальн|\bnot\s+(?:right\s+)?now\b|"
    r"\bnot\s+a\s+priority\b|\bon\s+hold\b|\bfor\s+now\b", re.UNICODE)
_ASKS_WRITE = re.compile(
    r"(?<![а-яё])(?:на)?пишите|(?<![а-яё])свяжитесь|\b(?:write|email|e-mail)\s+(?:to\s+)?(?:us|me)\b|"
    r"\bdrop\s+(?:us|me)\s+a\s+line\b|\bcontact\s+(?:us|me)\b|\breach\s+out\b", re.UNICODE)
#: ... unless the same sentence also asks for something to be done or sent.
_ASKS_ACT = re.compile(
    r"пришлите|направьте|вышлите|отправьте|сообщите|подготовьте|подтвердите|\b(?:send|provide|"
    r"prepare|share|forward|confirm|let\s+me\s+know)\b|"
    # a return that brings something ("вернитесь к нам с предложением", "get back to us with
    # your offer")
    r"(?<![а-яё])с\s+(?:ответом|решением|предложени|расч[её]т|цифрами|ценами|кп|коммерческ|"
    r"договор|проект)|\bback\s+to\s+(?:us|me)\s+with\b", re.UNICODE)


#: The reader asked to call, ring or come ("Позвоните мне в среду", "Наберите меня в четверг",
#: "Please call me on Thursday", "give me a call"): the client waits for a yes, not only for
#: the day.
_ASKS_CONTACT = re.compile(
    r"(?<![а-яё])(?:по|пере)?звоните|(?<![а-яё])наберите|(?<![а-яё])свяжитесь|"
    r"(?<![а-яё])(?:при|подъ)езжайте|(?<![а-яё])заезжайте|"
    r"\b(?:call|ring|phone)\s+(?:me|us)\b|\bgive\s+(?:me|us)\s+a\s+(?:call|ring)\b|"
    r"\bplease\s+(?:call|ring|phone|come)\b", re.UNICODE)


#: The talk both sides will have on that call, named beside the ask ("so we can go through
#: the comments", «обсудим объём», «договоримся»): the contact is agreed, not asked for.
_SHARED_TALK = re.compile(
    r"\bso\s+(?:that\s+)?we\s+can\b|\bwe(?:'ll|\s+will|\s+can)\s+(?:go|talk|discuss|agree|"
    r"settle|run|walk|look)\b|(?<![а-яё])(?:обсудим|договоримся|поговорим|пройд[её]мся|"
    r"сверимся|согласуем)(?![а-яё])", re.UNICODE)


#: How far ahead a put-off day is still the next step; a return months away is a brush-off
#: that wants a word back («вернёмся к этому после новогодних праздников»).
PUT_OFF_DAYS = 31


def _later_contact(i: Intent, promised: bool = False, sent: datetime | None = None) -> bool:
    """A call or meeting named ("Созвонимся в среду", "Talk on Monday."), a time taken
    ("Tuesday suits us") or the matter put off to a day named ("Давайте вернёмся к этому
    15-го"; within ``PUT_OFF_DAYS``, and not a soft no, a vaguer time or an ask to write
    then): the deal's next contact.
    Not when the sentence asks the reader to send or do something, or to call or come unless
    the same sentence takes that contact on too (the client promises it, ``promised``, or
    names the talk both sides will have then): those want an answer."""
    low = i.sentence.lower()
    if _ASKS_ACT.search(low) is not None or (
            not promised and _ASKS_CONTACT.search(low) is not None
            and _SHARED_TALK.search(low) is None):
        return False
    if i.action in ("call", "meet") or _LATER_CONTACT.search(low) is not None:
        return True
    return (_PUT_OFF.search(low) is not None and i.due_grain in ("day", "hour")
            and i.due is not None and sent is not None
            and (i.due.date() - sent.date()).days <= PUT_OFF_DAYS
            and _NOT_NOW.search(low) is None and _ASKS_WRITE.search(low) is None)


#: A time we offered, taken in a sentence of its own ("Wednesday at 11 works for us",
#: «Пятница в 15:00 нам удобна»); not turned down ("Monday does not suit us", «в среду не
#: подходит»).
_TIME_TAKEN = re.compile(
    r"\b(?<!not\s)(?<!n't\s)(?:works|suits|is\s+(?:fine|ok|okay|good|perfect))\b|"
    r"(?<![а-яё])(?<!не\s)(?:подходит|устраивает|удобно|удобн[аоы]|годится)(?![а-яё])",
    re.UNICODE)
#: How the client is to be reached or found at that time: an ask to call or come
#: (``_ASKS_CONTACT``), or the way in ("use the side gate", «въезд со двора», «пропуск
#: закажу на проходной»).
_WAY_IN = re.compile(
    r"\b(?:park(?:ing)?|entrance|gate|lobby|reception|front\s+desk|security\s+desk|badge|"
    r"visitor\s+pass|buzz(?:er)?|intercom)\b|^\W*(?:please\s+)?(?:call|ring|phone|text)\b|"
    r"(?<![а-яё])(?:парковк\w*|въезд\w*|вход\w*|подъезд\w*|проходн\w*|пропуск\w*|ресепшн\w*|"
    r"ресепшен\w*|домофон\w*|набирайте|звоните)(?![а-яё])", re.UNICODE)


#: ... and not when the ask wants something of the deal besides ("please quote the parking
#: as a separate line", «добавьте в расчёт парковку»).
_ASKS_DEAL = re.compile(
    r"\b(?:quote|price|pricing|cost|costs|include|add|offer|estimate|invoice|discount)\b|"
    r"(?<![а-яё])(?:рассчитайте|посчитайте|включите|добавьте|оцените|уточните|расч[её]т\w*|"
    r"скидк\w*|цен[аыуе]|стоимост\w*|сч[её]т)(?![а-яё])", re.UNICODE)


#: How many words a line of a greeting or a sign-off holds at most ("Dear Mr Lowe,",
#: «С уважением, Ирина»).
_ADDRESS_WORDS = 3


def _time_taken_with_the_way_in(fresh: str, intents: list[Intent], sent: datetime) -> bool:
    """Whether ``fresh`` takes a time offered, a day later than tomorrow, in a sentence that
    asks nothing else, and its other asks tell only how to reach or find the client then.
    The letter says nothing else (a greeting or a sign-off aside): news of the deal beside
    it ("we have sent the forms to our director") may want a word back."""
    later = sent.date() + timedelta(days=1)
    asks = {i.start for i in intents}
    taken: set[int] = set()
    for s, e in sentences(fresh):
        low = fresh[s:e].lower()
        if (_TIME_TAKEN.search(low) and _ASKS_ACT.search(low) is None
                and any(d.value.date() > later for d in find_dates(fresh[s:e], sent))):
            taken.add(s)
        elif s not in asks and len(low.split()) > _ADDRESS_WORDS:
            return False
    return bool(taken) and all(_way_to_the_contact(i) for i in intents if i.start not in taken)


def _way_to_the_contact(i: Intent) -> bool:
    """Whether an ask tells only how the client is to be reached or found at a time set
    ("call my mobile", «заезжайте со двора»): no day of its own, nothing to send or do."""
    low = i.sentence.lower()
    return (i.due is None and _ASKS_ACT.search(low) is None and _ASKS_DEAL.search(low) is None
            and (_ASKS_CONTACT.search(low) is not None or _WAY_IN.search(low) is not None))


def chases(fresh: str) -> bool:
    """Whether a client's message chases something owed to it (a reminder, "still no ...")."""
    return bool(_CHASE.search(" ".join(fresh.lower().split())))


def contact_promised(found: list[Intent]) -> frozenset[int]:
    """Where (sentence starts) a client's letter promises a call or a meeting itself: there
    an ask to call is the contact both sides take on ("Наберите меня 10-го, договоримся",
    "Ring me next Tuesday and we'll talk it through"), not one that waits for our yes."""
    return frozenset(i.start for i in found if i.kind == "promise" and i.action in ("call", "meet"))


def needs_no_answer(fresh: str, signals: list[Signal], intents: list[Intent],
                    sent: datetime, promised: frozenset[int] = frozenset()) -> bool:
    """Whether a client's message asks nothing that waits for our reply.

    Such messages are neither requests nor unanswered mail: a thank-you or an
    acknowledgement, a greeting alone, a decline, an FYI or a heads-up ("please be ready"),
    the client's need of its own side's approval ("we need HQ approval, I will revert"),
    and a message whose only asks name a call or a meeting on a later day ("Talk on Monday")
    or take a time offered ("Tuesday is fine, after 2 pm please"; or in a sentence of its
    own, the asks beside it only telling how to reach or find the client then: "Tuesday at
    10 works. Please use the side entrance.") (that day is the deal's
    next contact, which the negotiation step and its own rule follow). An ask to call or come
    then ("Please ring me next Wednesday") waits for a yes, unless the same sentence takes the
    contact on too (``promised``: where :func:`contact_promised` found the client's own
    promise of it, or the talk both sides will have named: "so we can go through ..."). A question mark or a reminder always
    needs an answer; an apology for the client's own silence is not an ask, so a status
    update made of one and the client's own plans ("извините, что пропал, списки пришлём на
    следующей неделе") needs none.
    """
    if "?" in fresh or chases(fresh):
        return False
    low = " ".join(fresh.lower().split())
    if intents and all(_APOLOGY.match(i.sentence.lower()) and not _ASKS_TOO.search(i.sentence.lower())
                       for i in intents):
        return True
    if _FYI.match(low) or _LOST.search_all(low):
        return True
    if intents and all(_HEADS_UP.match(i.sentence.lower()) for i in intents):
        return True
    if intents and all(_own_approval(i.sentence.lower()) for i in intents):
        return True
    if not intents and any(s.kind == "thanks" for s in signals):
        return True             # "Ок, ждём проект договора" opens like a thank-you, but asks
    if _GREETING.search(low):
        rest = re.sub(r"[\W\d_]+", " ", _GREETING.sub(" ", low)).split()
        if len(rest) <= 1:                 # a greeting, perhaps with a name, and nothing else
            return True
    if intents and _time_taken_with_the_way_in(fresh, intents, sent):
        return True             # "Wednesday at 11 works. Call my mobile, 555-0134."
    later = sent.date() + timedelta(days=1)
    return bool(intents) and all(
        _later_contact(i, i.start in promised, sent) and i.due is not None
        and i.due.date() > later
        for i in intents)
