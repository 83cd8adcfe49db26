"""Where the quoted part of a reply starts: the quote headers mail clients write.

Line-based and cheap. :func:`cut_index` finds the first line of the quote: a rule
("-----Original Message-----", "-----Исходное сообщение-----", a rule of underscores), an
Outlook header block ("From:/Sent:/To:" in many languages, or "Label: value" lines in
any), an "On ... wrote:" line in many languages (possibly wrapped over three lines), a
line naming a date, a time and an address and ending in a colon, Lotus Notes "Forwarded
by" lines, or a trailing run of "> " lines. ``indexer.newtext`` decides what of the
reply to keep around it.
"""

from __future__ import annotations

import re

from indexer.cue_scan import gated
from indexer.mail_strings import Lowered, alternation, column

try:
    import ahocorasick
except ImportError:                 # the same hits, found by one substring test per phrase
    ahocorasick = None

_F = re.IGNORECASE | re.UNICODE

# A line that on its own starts the quoted part (tried on the lowercased line).
_SPLIT_LINE = Lowered(
    r"^\s*(?:"
    # "-----Original Message-----" in every language of the table
    r"-{2,}\s*(?:" + alternation("original") + r")\s*-{2,}"
    r"|-{2,}\s*(?:" + alternation("reply_above") + r")\s*-{2,}"
    # Zoho's "---- On Mon, 23 Jun 2025 16:05:44 +0700 Name <addr> wrote ----" in any language:
    # a time and an address between two rules
    # (an address ahead first: without it the rule of dashes was tried at every split, ~0.1 ms
    # a long rule)
    r"|(?=[^\n@]*@)-{2,}\s*.{0,80}?\d{1,2}:\d{2}.{0,120}?<[^<>\s]+@[^<>\s]+>.{0,40}?-{2,}\s*$"
    r"|={2,}\s*message\s+du\s.{0,160}"
    r"|_{20,}\s*$"
    r"|-{3,}\s*(?!forward|пересыла|weitergeleitet|" + alternation("forwarded") + r")"
    r"[^\W\d_][^-\n]{2,40}?\s*-{3,}\s*$"
    r"|#{2,}\s*-\s*please\s+type\s+your\s+reply\s+above\s+this\s+line"
    # the same delimiter in a language the table does not hold: "##- ... -##" alone on its line,
    # a sentence of three words or more between the marks (or a run of ideographs)
    r"|#{2,}\s*-\s*(?:[^\W\d_][^\s#-]*\s+){2,}[^\n#]{0,100}?-\s*#{2,}\s*$"
    r"|#{2,}\s*-\s*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][^\n#]{3,60}?-\s*#{2,}\s*$"
    r")")
# Forwarded messages: kept (see module doc) unless they sit below a reply.
_FORWARD_LINE = Lowered(
    r"^\s*(?:[-=_]{2,}\s*(?:" + alternation("forwarded") + r")\s*[-=_]{2,}|-{3,}\s*forwarded\s+by\s"
    r"|(?:begin\s+forwarded\s+message|" + alternation("forwarded") + r")\s*:\s*$)")
_VERB_TIME_TAIL = (r"\b(?:(?:на)?писал(?:\(а\)|а|и)?|wrote(?:\s+on)?)\s+[^<>:]{0,80}?"
                   r"\d{1,2}:\d{2}(?::\d{2})?\s*:\s*$")
_VERB_THEN_TIME = r"^.{0,120}?" + _VERB_TIME_TAIL
# "On Tue, 2011 ... John <j@x> wrote:" and friends (may span up to three lines).
_WROTE = re.compile(
    r"^[>\s-]*(?:on|le|am|el|il|op|den|på|w\s+dniu|dnia|em|vào|в|am\s+\S+)\b.{0,300}?"
    r"(?:wrote|sent|schrieb|a\s+écrit|escribió|ha\s+scritto|schreef|skrev|napisał\(a\)?|"
    r"napisał|escreveu|đã\s+viết|написал\(а\)|написала?|пишет|geschreven|kirjoitti|"
    r"napsal\(a\)|napsala?|yazdı|написав|pisze)"
    r"(?:\s*:|\s+[^:]{0,80}:|\s*-*)?\s*$"
    r"|^\s*-{2,}\s*.{1,100}\s(?:wrote|написал\(а\)|написала?)\s*:?\s*-{2,}\s*$"
    r"|^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}.{0,120}<[^>]+@[^>]+>.{0,40}:\s*$"
    r"|^.{0,200}(?:wrote|написал\(а\)|написала?|пишет|пише|ha\s+scritto|a\s+écrit|schrieb|escribió|"
    r"escreveu|schreef|kirjoitti|napisał\(a\)|napsal\(a\)|napsala?|yazdı|написав|pisze|írta|a\s+scris|napisao|napisala|napísal\(a\)|napísala?|rašė|rakstīja|kirjutas|έγραψε|написа)\s*:\s*$"
    r"|^.{0,120}\bskrev\s+[^:]{0,80}<[^<>\s]+@[^<>\s]+>\s*:\s*$"
    # the verb before the date: "Анна писал(а) 04.12.2026 15:12:", "Вы писали 4 декабря ..."
    r"|" + _VERB_THEN_TIME, _F)
# Every "wrote" header above holds one of these (or an address): a cheap test first.
_WROTE_HINT = re.compile(r"wrote|sent|schrieb|écrit|escribió|scritto|schreef|skrev|napisał|pisze|kirjoitti|писал|"
                         r"napsal|yazdı|написав|írta|scris|napisa|napísa|rašė|rakstīja|kirjutas|έγραψε|"
                         r"escreveu|viết|написал|пишет|пише|geschreven|@")
# the table's verbs count only on a line naming a time of day (``_TABLE_WROTE`` needs one or
# an address, which the hint above holds): the time is the cheap test
_TIME_OF_DAY = re.compile(r"\d[:.]\d\d")
_TABLE_VERB = gated(re.compile(alternation("wrote")))   # tried on the lowercased line


def _wrote_hint(low: str) -> bool:
    """``low`` (a line lowercased) holds a word or a sign an attribution line needs."""
    return _WROTE_HINT.search(low) is not None or (
        low.rstrip().endswith(":") and _TIME_OF_DAY.search(low) is not None
        and _TABLE_VERB.search(low) is not None)
# Weekday abbreviations that start a quote header in Russian, Nordic and other clients'
# date-first layouts ("ср, 30 апр. 2025 г. в 15:19, Имя <addr>:", "tir. 17. nov. 2021 kl. ...").
_WD_OTHER = (r"пн|вт|ср|чт|пт|сб|вс|man|tir|ons|tor|fre|lør|søn|mån|tis|fre|lör|sön|"
             r"ma|ti|ke|to|pe|la|su|lun|mar|mer|gio|ven|sab|dom|pon|wt|śr|czw|pt|sob|niedz|"
             r"po|út|st|čt|pá|so|ne")
_WROTE_START = re.compile(
    r"[>\s-]*(?:on|le|am|el|il|op|den|på|w\s+dniu|dnia|em|vào|в|\d|sent\s+from)", _F)
# how a multi-line header can begin (_WROTE_START or a weekday of _DATE_EMAIL_LINE)
_WROTE_LEAD = re.compile(
    r"[>\s-]*(?:on|le|am|el|il|op|den|på|w\s+dniu|dnia|em|vào|в|\d|sent\s+from|"
    r"mon|tue|wed|thu|fri|sat|sun|(?:" + _WD_OTHER + r")\b)", _F)
_SENT_FROM_LINE = re.compile(r"^\s*sent\s+from\s+(?:samsung|my)\b.{0,80}(?:wrote|sent):\s*$", _F)
_DATE_EMAIL_LINE = re.compile(
    r"^\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}[-/]\d{1,2}[-/]\d{1,2}|"
    r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?,?\s+\w|"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*|(?:" + _WD_OTHER + r")\b)\.?,?\s+\d)"
    r".{0,120}\S+@\S+.{0,40}:?\s*$", _F)
# Outlook-style header block: "From:" followed closely by Sent/Date/To/Subject.
_HDR_FROM = Lowered(
    r"^[*>\s]*(?:from|от|de|von|van|fra|från|od|từ|da|от кого|отправитель|lähettäjä|kimden|"
    r"від|odesílatel|gönderen|кімнен|发件人|寄件者|差出人|送信者|보낸\s*사람|발신|보낸\s*이|"
    + alternation("from_") + r")\s*:")
_HDR_OTHER = Lowered(
    r"^[*>\s]*(?:sent|date|to|subject|cc|отправлено|дата|кому|тема|копия|gesendet|datum|"
    r"an|betreff|envoyé|date|à|objet|sendt|til|emne|skickat|ämne|dato|wysłano|temat|"
    r"verzonden|aan|onderwerp|ngày|gửi|chủ đề|enviado|para|asunto|envoyé\s+le|inviato|"
    r"oggetto|a|lähetetty|vastaanottaja|aihe|enviado\s+el|enviada|gönderildi|kime|konu|bilgi|"
    r"надіслано|кому|тема|копія|komu|předmět|odesláno|жіберілді|кімге|тақырыбы|көшірме|"
    r"发送时间|收件人|抄送|主题|寄件日期|收件者|副本|主旨|送信日時|宛先|件名|日付|"
    r"보낸\s*날짜|받는\s*사람|참조|제목|날짜|수신|받는\s*이|" + alternation("labels") + r")\s*:")
# "Label: value" lines of a header block in any language, as Outlook writes them below its
# rule of underscores ("Кімнен: ...", "发件人: ...")
_LABEL_LINE = re.compile(r"^[*>\s]*[^\W\d_][^:\n]{0,24}:\s*\S")
# the date line that opens some clients' header blocks (GMX/web.de: "Gesendet:" above "Von:")
_DATE_LEAD = re.compile(r"^[*\s]*(?:date|sent|дата|отправлено|gesendet|datum|envoyé|enviado|"
                        r"inviato|verzonden|wysłano|skickat|sendt|lähetetty)\s*:", _F)


def is_quoted(line: str) -> bool:
    """``line`` is quoted: it starts with ">", or with the quoted writer's initials and ">" as
    The Bat! and other Fido-style clients write it ("СЛ> ", "JS> ")."""
    s = line.lstrip()
    return s.startswith(">") or (">" in s[1:4] and _INITIALS_QUOTE.match(s) is not None)


_INITIALS_QUOTE = re.compile(r"[^\W\d_]{1,3}>")


def _header_block_at(lines: list[str], i: int) -> bool:
    """True when line i starts an Outlook-style header block (From: + Sent/To/Subject)."""
    if ":" not in lines[i]:
        return False
    if not _HDR_FROM.match(lines[i]):
        if _DATE_LEAD.match(lines[i]):
            # blocks that start with the date: Date: ... / From: ...
            nxt = [ln for ln in lines[i + 1:i + 4] if ln.strip()]
            return any(_HDR_FROM.match(ln) or _HDR_OTHER.match(ln) for ln in nxt)
        return False
    hits = 0
    for ln in lines[i + 1:i + 7]:
        if not ln.strip():
            continue
        if _HDR_OTHER.match(ln):
            hits += 1
            if hits >= 1:
                return True
        else:
            # a wrapped From: value ("From: Name\n<addr>") may sit between
            if "@" in ln or ln.strip().startswith("["):
                continue
            break
    return False


_QUOTED_ON = re.compile(r"^\s*>\s*(?:on|le|am)\b", _F)
_ENDS_WROTE_COLON = re.compile(_VERB_TIME_TAIL + r"|(?:wrote|написал\S*|пишет|пише|ha\s+scritto|a\s+écrit|schrieb|escribió|"
                                r"escreveu|schreef|kirjoitti|napisał\(a\)|napsal\(a\)|napsala?|yazdı|написав|pisze|írta|a\s+scris|napisao|napisala|napísal\(a\)|napísala?|rašė|rakstīja|kirjutas|έγραψε|написа)\s*:\s*$", _F)
_ENDS_WROTE_COLON = gated(_ENDS_WROTE_COLON)   # the same matches, fewer start positions tried
# The attribution line of every language of the table: a time of day or an address, then the
# verb for "wrote" at the end (perhaps before a bracketed date, "ezt írta (időpont: ...):"),
# the verb before the name and address ("... schrieb Name <addr>:"), or the verb before the
# date and time ("Name kirjoitti 25.2.2025 klo 14.37:", "Name wrote on 4.2.2025 at 10.12:").
_TABLE_WROTE = re.compile(
    r"^[>\s-]*(?=.{0,300}?(?:@|(?<!\d)\d{1,2}[:.]\d{2}(?!\d))).{0,300}?(?<!\w)(?:"
    + alternation("wrote") + r")(?!\w)(?:\s*\([^()\n]{0,80}\)|\s+[^:<>\n]{0,80}?<[^<>\s@]+@[^<>\s]+>"
    r"|\s+[^\W\d_][^:<>\n.!?]{0,40}"
    r"|\s+[^:<>\n]{0,60}?(?:(?<!\d)(?:19|20)\d\d(?!\d)|\b\d{1,2}[./]\d{1,2}\b)[^:<>\n]{0,30}?"
    r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d))?"
    r"\s*:\s*$", _F)


def wrote_at(lines: list[str], i: int) -> int:
    """Number of lines (1..3) of an "On ... wrote:" header starting at line i, or 0."""
    ln = lines[i]
    if not ln.strip():
        return 0
    if not _WROTE_LEAD.match(ln) and not _wrote_hint(ln.lower()):
        return 0  # neither starts like a header nor ends with "wrote:" on this line
    if is_quoted(ln) and not _QUOTED_ON.match(ln):
        return 0
    joined = ln
    for k in range(3):
        if k:
            if i + k >= len(lines) or not lines[i + k].strip():
                break
            joined = joined.rstrip() + " " + lines[i + k].strip()
        if len(joined) > 400:
            break
        if not _wrote_hint(joined.lower()):
            continue
        if (k == 0 or k == 1 and "(" in ln and ")" not in ln) and _TABLE_WROTE.match(joined):
            # a header wrapped inside its bracketed date ("... ezt írta (időpont: 2025. febr."
            # / "4., K, 10:12):") spans two lines
            return k + 1
        if _WROTE.match(joined) or _SENT_FROM_LINE.match(joined):
            starts_ok = (_WROTE_START.match(ln) or ln.lstrip().startswith("--")
                         or k == 0 and _ENDS_WROTE_COLON.search(joined))
            if starts_ok:
                return k + 1
        if _DATE_EMAIL_LINE.match(joined) and joined.rstrip().endswith(":"):
            return k + 1
    return 0


def cut_index(lines: list[str], quoted: bool = True) -> int:
    """Index of the first line of the quoted part (len(lines) when there is none).

    ``quoted=False`` says no line starts with ">" (the trailing-quote scan is skipped).
    """
    n = len(lines)
    # only lines near a colon or a rule of dashes can start a quote header: skip the rest
    # cheaply; lines are marked in growing chunks, as the quote often starts early
    marks = _marks(lines, 0, 32)
    for i, ln in enumerate(lines):
        if i + 2 >= len(marks) < n:
            marks += _marks(lines, len(marks), 2 * len(marks))
        if not (marks[i] or (i + 1 < n and marks[i + 1]) or (i + 2 < n and marks[i + 2])):
            continue
        if not marks[i]:
            # headers wrapped over the next lines are the only ones that can start here
            if _wrote_header_at(lines, i):
                return i
            continue
        if ("--" in ln or "__" in ln or "##" in ln or "==" in ln) and _SPLIT_LINE.match(ln):
            if ln.strip().startswith("_") and not any(
                    _HDR_FROM.match(x) or _HDR_OTHER.match(x) for x in lines[i + 1:i + 4]) \
                    and not _label_block(lines, i + 1):
                if _LIST_FOOTER.search("\n".join(lines[i + 1:i + 6])):
                    return i  # a mailing-list footer below a rule of underscores
                continue
            if _GENERIC_RULE.match(ln) and not _quote_follows(lines, i + 1):
                continue  # "---- Enter Feedback Below ----" is part of the message
            return i
        if ln.lstrip().startswith(">>>") and _GROUPWISE.match(ln):
            return i
        if "--" in ln and _RULE.match(ln) and _reply_invite_below(lines, i):
            return i
        if ("--" in ln or "==" in ln or "__" in ln or ln.rstrip().endswith(":")
                or "egin" in ln or "EGIN" in ln) and _FORWARD_LINE.match(ln):
            # a forward below a reply is quoted; a forward with no reply is kept whole
            before = [x for x in lines[:i] if x.strip()]
            return i if len(before) > 0 and i > 0 and _has_reply_above(before) else n
        if _header_block_at(lines, i):
            return i
        if _wrote_header_at(lines, i) or date_addr_at(lines, i):
            return i
        if "@" in ln and (_time_addr_header(ln) or _label_header_at(lines, i)):
            return i
        if ln.rstrip().endswith(":") and dated_header_above_quote(lines, i):
            return i
    if not quoted:
        return n
    # trailing quotation: the ">" lines after the last line of text (blank lines between)
    last_text = next((i for i in range(n - 1, -1, -1)
                      if lines[i].strip() and not is_quoted(lines[i])), -1)
    return next((i for i in range(last_text + 1, n) if is_quoted(lines[i])), n)


# GroupWise and Notes: '>>> "Name" <addr> 12/4/2026 4:30 PM >>>' above the quoted message,
# whose lines are not marked
_GROUPWISE = re.compile(r"^\s*>>>\s*\S.{0,200}?(?:@|\d{1,2}:\d{2}).{0,80}>>>\s*$")
# A rule of dashes alone on its line, and the line a ticket or task system writes under it to
# invite a reply by mail: what follows is the notification the writer answered
_RULE = re.compile(r"^\s*-{4,}\s*$")
_REPLY_INVITE = re.compile(
    r"^\s*(?:ответьте\s+на\s+это\s+(?:письмо|сообщение)|чтобы\s+ответить|"
    r"reply\s+to\s+this\s+(?:e-?mail|message|notification)|(?:please\s+)?(?:type\s+your\s+)?"
    r"reply\s+above\s+this\s+line|respond\s+to\s+this\s+e-?mail|"
    r"antworten\s+sie\s+auf\s+diese|répondez\s+à\s+(?:cet|ce)\s+(?:e-?mail|courriel|message)|"
    r"responda\s+a\s+este\s+(?:e-?mail|correo|mensaje)|responde\s+a\s+este\s+(?:correo|mensaje)|"
    r"rispondi\s+a\s+questa\s+e-?mail|odpowiedz\s+na\s+tę\s+wiadomość|"
    r"дайте\s+відповідь\s+на\s+цей\s+лист|bu\s+e-?postayı\s+yanıtla)", re.IGNORECASE)


# A helpdesk's "##- Please type your reply above this line -##" in every language of the table
# (Zendesk, Freshdesk, Help Scout, HubSpot, Jira): what follows is the ticket the writer
# answered. One pass of an Aho-Corasick automaton over the lowercased text finds them all.
_REPLY_ABOVE = column("reply_above")
if ahocorasick is not None:
    _REPLY_ABOVE_AUTOMATON = ahocorasick.Automaton()
    for _k, _phrase in enumerate(_REPLY_ABOVE):
        _REPLY_ABOVE_AUTOMATON.add_word(_phrase, _k)
    _REPLY_ABOVE_AUTOMATON.make_automaton()


# a rule of dashes of any kind, underscores, equals signs or hashes
_HELPDESK_RULE = re.compile(r"^\s*[-—–_=#*~]{4,}\s*$")


def reply_above_line(lines: list[str]) -> int:
    """The index of the first line (of at most 160 characters, with text above it) holding a
    helpdesk's "reply above this line", or ``len(lines)``."""
    text = "\n".join(lines).lower()
    if ahocorasick is not None:
        hits = [end - len(_REPLY_ABOVE[k]) + 1 for end, k in _REPLY_ABOVE_AUTOMATON.iter(text)]
    else:
        hits = [text.find(p) for p in _REPLY_ABOVE if p in text]
    for pos in sorted(hits):
        i = text.count("\n", 0, pos)
        if len(lines[i]) <= 160 and any(x.strip() for x in lines[:i]):
            # a notification that opens with the line is the new text; a rule right above
            # the line is the helpdesk's too ("—-—-—-—" / "Reply above this line.")
            above = i - 1
            while above >= 0 and not lines[above].strip():
                above -= 1
            if above > 0 and _HELPDESK_RULE.match(lines[above]) \
                    and any(x.strip() for x in lines[:above]):
                return above
            return i
    return len(lines)


# a ticket comment's header line of a date or a time ("Oct 7, 2025, 14:32 EDT", "7 окт. 2025 г.,
# 14:32", "2026-12-04 10:12")
_COMMENT_DATE = re.compile(r"^\s*(?=.{0,40}?\b(?:19|20)\d{2}\b|.{0,40}?\b\d{1,2}:\d{2}\b)[^!?]{4,60}\s*$")


def below_opening_marker(lines: list[str]) -> list[str]:
    """``lines`` without a helpdesk's "reply above this line" that opens them (a reply an
    agent wrote in the desk: the marker is the desk's, the text below it the writer's). Where
    the desk then says that the ticket was updated, above a rule, and heads the newest comment
    with its author and its date, the text is that comment's, down to the rule that opens the
    comment before it. ``lines`` themselves when neither opens them."""
    k = _next_filled(lines, 0)
    rest = lines
    if k < len(lines) and _opening_marker(lines[k]):
        k = _next_filled(lines, k + 1)
        if k < len(lines) and _HELPDESK_RULE.match(lines[k]):
            k = _next_filled(lines, k + 1)
        rest = lines[k:]
        k = 0
    # "Your request (48213) has been updated. To add comments, reply to this email." + a rule
    rule = next((j for j in range(k, min(k + 4, len(rest))) if _HELPDESK_RULE.match(rest[j])), None)
    if rule is None or not _REPLY_INVITE_IN.search(" ".join(rest[k:rule])):
        return rest
    author = _next_filled(rest, rule + 1)
    date = _next_filled(rest, author + 1)
    if date >= len(rest) or len(rest[author]) > 60 or not _COMMENT_DATE.match(rest[date]) \
            or len(rest[date].split()) > 7:
        return rest
    body = rest[_next_filled(rest, date + 1):]
    end = next((j for j, x in enumerate(body) if _HELPDESK_RULE.match(x)), len(body))
    return body[:end]


def _opening_marker(line: str) -> bool:
    """``line`` is a helpdesk's marker: a phrase of the table's ``reply_above`` between marks
    ("## Reply above this line ##", "— Ответьте выше этой строки —") or closing a short line
    ("Please reply above this line."), or the "##- ... -##" delimiter in any language."""
    if len(line) > 160:
        return False
    low = line.lower().strip()
    if "##" in low and _SPLIT_LINE.match(line):
        return True
    hit = next((p for p in _REPLY_ABOVE if p in low), None)
    if hit is None:
        return False
    return _MARK_FIRST.match(low) is not None \
        or len(low) <= 60 and low.rstrip(" .!-—–#*=]").endswith(hit)


_MARK_FIRST = re.compile(r"[#\-—–=*_\[<(]")


# an invitation to reply by mail anywhere in a sentence ("To add additional comments, reply to
# this email.", «Чтобы добавить комментарий, ответьте на это письмо.»)
_REPLY_INVITE_IN = re.compile(
    r"reply\s+to\s+this\s+(?:e-?mail|message|notification)|respond\s+to\s+this\s+e-?mail|"
    r"ответьте\s+на\s+это\s+(?:письмо|сообщение)|antworten\s+sie\s+auf\s+diese|"
    r"répondez\s+à\s+(?:cet|ce)\s+(?:e-?mail|courriel|message)|"
    r"responda\s+a\s+este\s+(?:e-?mail|correo|mensaje)", _F)


def _next_filled(lines: list[str], i: int) -> int:
    """The index of the first line from ``i`` that holds text, or ``len(lines)``."""
    return next((k for k in range(i, len(lines)) if lines[k].strip()), len(lines))


def _reply_invite_below(lines: list[str], i: int) -> bool:
    """The first line of text below line i invites a reply by mail (a ticket's or a task's
    notification)."""
    nxt = next((x for x in lines[i + 1:i + 3] if x.strip()), "")
    return _REPLY_INVITE.match(nxt) is not None


def _label_block(lines: list[str], j: int) -> bool:
    """Three or more "Label: value" lines from line j, one naming an address: a header block
    in a language whose labels are not listed."""
    block = [ln for ln in lines[j:j + 6] if ln.strip()][:5]
    labelled = [ln for ln in block if _LABEL_LINE.match(ln)]
    return len(labelled) >= 3 and any("@" in ln for ln in labelled)


# A quote header in any language: a line naming a time of day (15:20, 15.20) and an address
# and ending in a colon ("пон, 2. јун 2025. у 15:20 Име <a@b.rs> је написао/ла:", "... (<a@b.lv>) rakstīja:").
_TIME_ADDR_COLON = re.compile(
    r"^[\s>-]*\S.{0,200}?\b\d{1,2}[:.]\d{2}\b.{0,160}?[<(\s][^<>()\s@]+@[^<>()\s@]+\.\w+[>)]*"
    r"[^<>@:]{0,40}:\s*$")


# The same with the address first ("Name <a@b.kr>님이 2026년 12월 4일 (금) 오후 3:12에 작성:",
# "Name <a@b.cn> 于2026年12月4日周五 15:12写道:"): an ideograph may touch the time.
_ADDR_TIME_COLON = re.compile(
    r"^[\s>-]*[^<>\n]{0,80}?<?[^<>()\s@]+@[^<>()\s@]+\.\w+>?[^<>@:]{0,120}?(?<!\d)\d{1,2}[:.]\d{2}"
    r"(?!\d)[^<>@:]{0,40}:\s*$")


# A date (a year, or day and month in figures) and a time of day on one line: what a quote
# header names in every language ("2026年12月4日 15:12 张伟 写道:", "Στις 4/12/2026 15:12, ...").
# The time may carry seconds ("15:02:11").
_DATE_AND_TIME = re.compile(r"(?:(?<!\d)(?:19|20)\d\d(?!\d)|\b\d{1,2}[./]\d{1,2}\b).{0,80}?"
                            r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")
# A line that ends with the quoted writer's address and a colon ("Citujem Meno <a@b.sk>:").
_ADDR_COLON = re.compile(r"\S\s*<[^<>\s@]+@[^<>\s@]+\.\w+>\s*:\s*$")


# The address, then the verb in up to three words, then the colon ("On Tuesday, October 6,
# 2026, Tom Lee <tom@x.com> said:"): with a year on the line, the shape of a header whatever
# the verb.
_ADDR_VERB_COLON = re.compile(r"\S\s*<[^<>\s@]+@[^<>\s@]+\.\w+>\s*(?:[^\W\d_]+\s*){1,3}:\s*$")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def dated_header_above_quote(lines: list[str], i: int) -> bool:
    """Line i names a date and a time, or ends with an address in angle brackets (perhaps
    followed by a verb of up to three words, with a year on the line), and ends in a colon,
    and quoted lines follow it: a quote header in a language whose words for "wrote" are not
    listed."""
    ln = lines[i]
    if len(ln) > 200 or is_quoted(ln) or not (_DATE_AND_TIME.search(ln) or _ADDR_COLON.search(ln)
                                              or _ADDR_VERB_COLON.search(ln) and _YEAR.search(ln)):
        return False
    nxt = next((x for x in lines[i + 1:i + 3] if x.strip()), "")
    return is_quoted(nxt)


def _time_addr_header(line: str) -> bool:
    """``line`` is a quote header of ``_TIME_ADDR_COLON`` or ``_ADDR_TIME_COLON`` (at most
    300 characters)."""
    return len(line) <= 300 and line.rstrip().endswith(":") and (
        _TIME_ADDR_COLON.match(line) is not None or _ADDR_TIME_COLON.match(line) is not None)


# A "Label: value" line naming an address, opening a header block whose labels are in a
# language not listed ("Feladó: ... / Elküldve: ... / Címzett: ... / Tárgy: ...").
_TIME_OR_YEAR = re.compile(r"\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b")


def _label_header_at(lines: list[str], i: int) -> bool:
    """Line i and the three lines below it are "Label: value" lines, line i names an address
    and one of the others a time or a year, with a blank line (or nothing) above line i."""
    if (i and lines[i - 1].strip()) or not _LABEL_LINE.match(lines[i]) \
            or not any(x.strip() for x in lines[:i]):
        return False  # a message that starts with headers holds no reply above them
    block = lines[i + 1:i + 4]
    return (len(block) == 3 and all(_LABEL_LINE.match(x) for x in block)
            and any(_TIME_OR_YEAR.search(x.split(":", 1)[1]) for x in block))


def _marks(lines: list[str], start: int, end: int) -> list[bool]:
    """For lines[start:end]: whether the line holds a character a quote header needs nearby."""
    return [(":" in ln) or ("--" in ln) or ("__" in ln) or ("##" in ln) or ("==" in ln) or ("@" in ln)
            or ("egin" in ln) or ("EGIN" in ln)
            for ln in lines[start:end]]


_LIST_FOOTER = re.compile(r"mailing\s+list|listinfo|unsubscribe|рассылк", _F)
# the catch-all "---- Some words ----" rule of _SPLIT_LINE (named separators are not it)
_GENERIC_RULE = re.compile(
    r"^\s*-{3,}\s*(?![^-\n]*(?:original|исходное|ursprüngliche|message|nachricht|сообщени|mensaje|"
    r"messaggio|meddel|melding|reply|antwort|réponse|ответ))[^\W\d_][^-\n]{2,40}?\s*-{3,}\s*$",
    _F)
# "On Tue, Apr 11, 2017 at 10:07 PM John Smith" ... "> wrote:" a few lines further down
_ON_DATE = re.compile(r"^\s*(?:on|am|le)\s+(?:mon|tue|wed|thu|fri|sat|sun|\d)", _F)
_ENDS_WROTE = re.compile(r"(?:wrote|написал\S*|schrieb|a\s+écrit)\s*:\s*$", _F)
# "2011/4/7 Nathan <support@example.com>" right above the quoted lines
_DATE_ADDR = re.compile(r"^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b.{0,120}<[^<>\s]+@[^<>\s]+>\s*$")
_ADDR_END = re.compile(r"\S\s*<[^<>\s@]+@[^<>\s@]+>\s*$")


def _quote_follows(lines: list[str], j: int) -> bool:
    """True when a header or quoted lines follow line j (blank lines skipped)."""
    seen = 0
    for ln in lines[j:j + 6]:
        if not ln.strip():
            continue
        if is_quoted(ln) or (":" in ln and (_HDR_FROM.match(ln) or _HDR_OTHER.match(ln))):
            return True
        seen += 1
        if seen >= 2:
            return False
    return False


def _wrote_header_at(lines: list[str], i: int) -> bool:
    """``wrote_at(lines, i) or wrote_spread_at(lines, i)``, testing how the line starts once.

    A line that does not start like a "wrote" header (``_WROTE_LEAD``, which every
    ``_ON_DATE`` line also matches) can only end one, so it needs a hint on itself.
    """
    ln = lines[i]
    if not _WROTE_LEAD.match(ln):
        return bool(_wrote_hint(ln.lower())) and wrote_at(lines, i) > 0
    return wrote_at(lines, i) > 0 or wrote_spread_at(lines, i)


def wrote_spread_at(lines: list[str], i: int) -> bool:
    """An "On <date> <name>" line whose "wrote:" comes up to five lines later (Polymail)."""
    if not _ON_DATE.match(lines[i]) or _ENDS_WROTE.search(lines[i]):
        return False
    size = len(lines[i])
    for ln in lines[i + 1:i + 6]:
        size += len(ln)
        if size > 300:
            return False
        if _ENDS_WROTE.search(ln):
            return True
    return False


def date_addr_at(lines: list[str], i: int) -> bool:
    """A "<date> <name> <address>" line (no colon) followed by quoted lines: the date in
    figures first, or a date and a time of day anywhere before the address at its end ("Tue,
    Oct 6, 2026, 9:00 AM Tom Lee <tom@x.com>")."""
    ln = lines[i]
    if "@" not in ln or len(ln) > 200 or not (
            _DATE_ADDR.match(ln) or _ADDR_END.search(ln) and _DATE_AND_TIME.search(ln)):
        return False
    nxt = next((ln for ln in lines[i + 1:i + 4] if ln.strip()), "")
    return is_quoted(nxt)


def _has_reply_above(before: list[str]) -> bool:
    text = " ".join(before).strip()
    return len(text) > 0 and not _NO_REPLY.fullmatch(text)


_NO_REPLY = re.compile(r"(?:fyi|fwd?|фыв|к\s+сведению)?[\s.!:,-]*", _F)
