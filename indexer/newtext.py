"""The new text of a message: what the sender wrote now, without quotes and signature.

Line-based and cheap. The text is cut at the first quote header (Outlook
"From:/Sent:" blocks, "-----Original Message-----", "-----Исходное
сообщение-----", "On ... wrote:", "... написал(а):", Lotus Notes "Forwarded
by" lines, a trailing run of "> " lines: ``indexer.quote_header``); then the
signature is removed ("-- " blocks, "Sent from my iPhone", "Отправлено с iPhone",
"С уважением," / "Best regards," sign-off blocks at the end: ``indexer.signature``).
This module turns HTML into lines and decides what of a reply to keep around its
quote: the text above it, a bottom-posted answer below it, answers written between
the quoted lines.

A message that only forwards something keeps the forwarded part: its new text
is the forwarding note plus what was forwarded ("FYI" alone says nothing).
"""

from __future__ import annotations

import logging
import re
from typing import Any

import lxml.etree
import lxml.html

from dealtrail.domain import BIDI_CONTROL_CHARS
from indexer.cue_scan import gated
from indexer.mail_strings import alternation
from indexer.quote_header import (
    below_opening_marker,
    cut_index,
    date_addr_at,
    dated_header_above_quote,
    is_quoted,
    reply_above_line,
    wrote_at,
    wrote_spread_at,
)
from indexer.signature import RULE_LINE, SIGNOFF, strip_signature, without_top_banner

log = logging.getLogger(__name__)

_F = re.IGNORECASE | re.UNICODE


def html_to_text(html: str, *, answers: bool = False) -> str:
    """Visible text of an HTML body; block elements become line breaks, quotes are marked.

    ``<blockquote>`` content is prefixed with "> " so quote stripping works on it, and
    Gmail/Yahoo/Outlook quote containers are cut off. The HTML is read by libxml2's
    parser (lxml) in one linear pass and its tree walked without recursion: hostile
    markup (thousands of unclosed ``<!--`` or ``<a``) costs what its length costs.

    ``answers`` reads a reply whose writer answered inside the quoted message in colour or
    bold (``<font color=red>``, ``<span style="color:#c00">``, ``<b>``): the quote
    containers are kept, and each such run inside a ``<blockquote>`` is a line of its own,
    unquoted, with a blank line around it, as a writer's inline answer is in plain text.
    """
    if not html or not html.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"),
                                             parser=_HTML_PARSER)
    except (lxml.etree.ParserError, ValueError):
        return ""                      # nothing but markup: no text
    s = "".join(_html_pieces(root, answers)).replace("\xa0", " ")
    lines = []
    quoted = answering = False
    for ln in s.split("\n"):
        if _QUOTE_MARK in ln:
            quoted = True
            ln = ln.replace(_QUOTE_MARK, "")
        if answers and (_ANSWER_ON in ln or answering):
            answering = _ANSWER_OFF not in ln.rsplit(_ANSWER_ON, 1)[-1]
            ln = ln.replace(_ANSWER_ON, "").replace(_ANSWER_OFF, "")
            lines.append(_BLANKS.sub(" ", ln).strip())
            continue
        if "\t" in ln or "  " in ln:  # otherwise every run of blanks is one space already
            ln = _BLANKS.sub(" ", ln)
        ln = ln.strip()
        lines.append(("> " + ln) if quoted and ln else ln)
    text = _BLANK_LINES.sub("\n\n", "\n".join(lines))
    return text.strip()


def _html_pieces(root: Any, answers: bool = False) -> list[str]:
    """The text of the tree in document order, with line breaks for blocks and quote marks
    (and, with ``answers``, marks around the writer's coloured or bold runs in a quote)."""
    out: list[str] = []
    add = out.append
    hidden = 0                         # depth inside script/style/head/title
    quote = 0                          # depth inside blockquote
    answer: Any = None                 # the element of the answer being read
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        if event == "start":
            if hidden or tag in _HTML_HIDDEN or not isinstance(tag, str):
                hidden += 1
                continue
            if tag == "br":
                add("\n")
            elif tag in _HTML_BLOCK:
                if tag == "div" and not answers and _quote_container(el):
                    break              # the quoted message: everything from here on
                add("\n")
            elif tag == "blockquote":
                quote += 1
                add("\n" + _QUOTE_MARK)
            if answers and quote and answer is None and _marks_answer(el):
                answer = el
                add("\n\n" + _ANSWER_ON)
            if el.text:
                add(el.text)
        else:
            if hidden:
                hidden -= 1
                if hidden:
                    continue
            else:
                if el is answer:
                    answer = None
                    add(_ANSWER_OFF + "\n\n")
                if tag == "blockquote":
                    quote -= 1
                if tag in _HTML_BLOCK or tag == "blockquote":
                    add("\n")
            if el.tail:
                add(el.tail)
    return out


def _marks_answer(el: Any) -> bool:
    """The element sets its text apart from the quote around it: a colour of its own (not
    black) or bold."""
    if el.tag in ("b", "strong"):
        return True
    color = el.get("color") if el.tag == "font" else None
    if color is None:
        style = el.get("style")
        m = _STYLE_COLOR.search(style) if style and "color" in style else None
        color = m.group(1) if m else None
    return color is not None and _BLACK.fullmatch(color.strip().lower()) is None


_ANSWER_ON = "\x00ANSWER\x00"
_ANSWER_OFF = "\x00/ANSWER\x00"
_STYLE_COLOR = re.compile(r"(?<![\w-])color\s*:\s*([^;\"']+)", re.IGNORECASE)
_BLACK = re.compile(r"black|inherit|initial|currentcolor|windowtext|#0{3}|#0{6}|#1f1f1f|#222(?:222)?|"
                    r"#333(?:333)?|rgb\(\s*0\s*,\s*0\s*,\s*0\s*\)|auto")


def _quote_container(el: Any) -> bool:
    """A ``<div>`` whose class or id starts with a mail client's quote-container name."""
    for name in ("class", "id"):
        value = el.get(name)
        if value and _HTML_QUOTE_CONTAINER.match(value.strip()):
            return True
    return False


_QUOTE_MARK = "\x00QUOTE\x00"
# Comments and processing instructions are dropped while parsing (their tails stay text).
_HTML_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
_HTML_HIDDEN = frozenset({"script", "style", "head", "title"})
_HTML_BLOCK = frozenset({"p", "div", "tr", "table", "li", "ul", "ol", "h1", "h2", "h3", "h4",
                         "h5", "h6", "hr", "pre", "section", "article", "header", "footer"})
_HTML_QUOTE_CONTAINER = re.compile(
    r"(?:gmail_quote|yahoo_quoted|moz-cite-prefix|divRplyFwdMsg|appendonsend|"
    r"OLK_SRC_BODY_SECTION|mail-quote)\b", re.IGNORECASE)
_BLANKS = re.compile(r"[ \t]+")
_BLANK_LINES = re.compile(r"\n{3,}")


_INLINE_WROTE = re.compile(r"^(?P<reply>.*?\S)\s*-*\s*(?P<hdr>on\s+\w{3},.{5,150}?wrote:)\s*$", _F)
_LEADING_ON = re.compile(r"^[>\s-]*on\b", _F)
# Yahoo Mail's collapsed quote: the header and the quoted message's first line on one line
# ("  On Mon, Nov 4, 2024 at 12:40, Name<addr> wrote:   Hello, ...")
_WROTE_THEN_TEXT = re.compile(r"^(?P<hdr>\s*on\s+\w{3},.{5,150}?wrote:)\s+(?P<rest>\S.*)$", _F)


# ... and the same in every language of the table: a line naming a time, then an address, the
# verb and a colon, then two blanks or more and the quoted message's first line ("   Le lundi
# 4 novembre 2024, 12:40:00 UTC+1, Name <addr> a écrit :   Bonjour ...", «В понедельник, ...
# Имя <addr> написал(-а):   Анна, ...»)
_ANY_WROTE_END = re.compile(r"(?:" + alternation("wrote") + r")\s*(?:\(-?а\))?\s*:$", re.IGNORECASE)
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
# how such a line starts: indented, as Yahoo writes it, or with the word a header opens with
_HEADER_START = re.compile(r"\s{2,}|\s*(?:on|le|am|el|il|op|den|på|em|в|w|dnia|vào)\s", re.IGNORECASE)


def _any_wrote_then_text(ln: str) -> tuple[str, str] | None:
    """(header, quoted first line) of a line that holds both (``_ANY_WROTE_END`` at the first
    colon followed by two blanks, a time and an address before it), or None."""
    k = ln.find(":  ")
    if k < 12 or k > 400 or "@" not in ln[:k] or not _HEADER_START.match(ln):
        return None
    hdr, rest = ln[:k + 1], ln[k + 1:].strip()
    if not rest or _ANY_WROTE_END.search(hdr, max(0, k - 40)) is None \
            or _CLOCK.search(hdr) is None:
        return None
    return hdr, rest


def _split_inline_headers(lines: list[str], english: bool = True) -> list[str]:
    """Put an "On ... wrote:" that shares a line with reply text on a line of its own
    (``english``: the text holds "wrote:"; a header in another language needs two blanks after
    its colon and an address on the line)."""
    out: list[str] = []
    for ln in lines:
        wrote = english and "wrote:" in ln.lower()
        m = _INLINE_WROTE.match(ln) if wrote else None
        if m and not _LEADING_ON.match(ln):
            out.extend((m["reply"], m["hdr"]))
        elif wrote and (t := _WROTE_THEN_TEXT.match(ln)):
            out.extend((t["hdr"], t["rest"]))
        elif ":  " in ln and (split := _any_wrote_then_text(ln)):
            out.extend(split)
        else:
            out.append(ln)
    return out


def _after_quote(lines: list[str], cut: int, wrote: int) -> list[str]:
    """Bottom posting: the text after the first quoted block when nothing came before it.

    ``wrote`` is ``wrote_at(lines, cut)``.
    """
    i = cut + max(wrote, 1)
    if not wrote:
        # a rule, then the header of the quoted message: "------- Original Message -------",
        # "On ... wrote:", "> ..." (Proton Mail), the answer below
        while i < len(lines) and not lines[i].strip():
            i += 1
        i += wrote_at(lines, i) if i < len(lines) else 0
    while i < len(lines) and (not lines[i].strip() or is_quoted(lines[i])):
        i += 1
    rest = lines[i:]
    return rest[:cut_index(rest)] if rest else []


_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|здравствуйте|добрый\s+"
    r"(?:день|вечер)|доброе\s+утро|привет)\b[^.!?\n]{0,30}[,!:]?\s*$", _F)


def _marked_quote_at(lines: list[str], cut: int, wrote: int) -> bool:
    """True when the quote at ``cut`` is marked line by line ("On ... wrote:" + "> " lines)."""
    if is_quoted(lines[cut]):
        return True
    if not (wrote or wrote_spread_at(lines, cut) or date_addr_at(lines, cut)
            or lines[cut].rstrip().endswith(":") and dated_header_above_quote(lines, cut)):
        return False
    return any(is_quoted(ln) for ln in lines[cut + 1:cut + 12])


def _signoff_after_quote(lines: list[str], cut: int, wrote: int) -> list[str]:
    """A short sign-off written below the quote ("Regards, Roman"), or nothing."""
    i = cut + max(wrote, 1)
    while i < len(lines) and (not lines[i].strip() or is_quoted(lines[i])):
        i += 1
    rest = [x for x in lines[i:] if x.strip()]
    if rest and len(rest) <= 3 and SIGNOFF.match(rest[0]) and all(len(x) <= 60 for x in rest):
        return ["", *rest]
    return []


def _inline_answers(lines: list[str], cut: int, wrote: int) -> list[str]:
    """The writer's answers between quoted lines ("> question", answer, "> question"), and
    what follows the last quoted line; nothing when the reply does not answer inline.

    An answer is a run of unquoted lines with a blank line above and below it and more
    quoted lines further down: a quoted line wrapped by a mail client continues with no
    blank line, so it never counts.
    """
    n = len(lines)
    start = cut + max(wrote, 1)
    quoted = [k for k in range(start, n) if is_quoted(lines[k])]
    if len(quoted) < 2:
        return []
    last = quoted[-1]
    answers: list[str] = []
    k = start
    while k < last:
        if not lines[k].strip() or is_quoted(lines[k]):
            k += 1
            continue
        end = k
        while end < last and lines[end].strip() and not is_quoted(lines[end]):
            end += 1
        if (not lines[k - 1].strip() or _whole_quoted_line(lines[k - 1])) \
                and (not lines[end].strip() or is_quoted(lines[end]) and k - 1 > start
                     and is_quoted(lines[k - 1])) and not wrote_at(lines, k):
            answers += ["", *lines[k:end]]
        k = end
    if not answers:
        return []
    rest = lines[last + 1:]
    return answers + ["", *rest[:cut_index(rest)]] if any(x.strip() for x in rest) else answers


def _whole_quoted_line(line: str) -> bool:
    """A quoted question or numbered item ("> 1. Jahresumsatz 2025", "> Did the deposit
    arrive?"): an unquoted line right under it is the writer's answer, not the quoted line
    wrapped by a mail client."""
    if not is_quoted(line):
        return False
    text = line.lstrip().lstrip(">").strip()
    return text.endswith(_QUESTION_END) or _NUMBERED.match(text) is not None


# "Answers inline below, marked [DK]" / "Ответы ниже в тексте, с пометкой [ДК]". This and
# _INLINE_NOTE are gated by the letters they start with (a lookahead the case-insensitive
# regex would otherwise try its stems behind at every position: 2.6x faster, same matches).
_MARKED_ANSWERS = gated(re.compile(
    r"(?:answer|repl|comment|ответ|коммент|отвеч)\w*[^\n]{0,60}?(\[[^\]\n]{1,12}\])", _F))
# The same note in a language the stems above miss ("Απαντώ μέσα στο κείμενο με [ΓΚ]",
# "Odpowiedzi w treści, oznaczone [JK]"): a short tag in brackets that also opens lines of
# the quoted message is the writer's mark on them, whatever the words around it.
_BRACKET_TAG = re.compile(r"(\[[^\]\n\d]{1,12}\])")


# "answers inline below", "my comments below", "ответы ниже в тексте": the writer answers
# between the quoted lines of the message below its header block
_INLINE_NOTE = gated(re.compile(
    r"(?:answer|repl|comment|respon|ответ|коммент|antwort|anmerkung|kommentar|réponse|"
    r"commentaire|respuesta|comentario|resposta|rispost|commento|odpowied|komentarz|відповід|"
    r"коментар|antwoord|opmerking|cevap|yanıt|yorum|svar|kommentar|vastau|jawaban)\w*[^\n]{0,40}?"
    r"(?:inline|in\s+line|below|between|in\s+the\s+text|ниже|в\s+тексте|по\s+тексту|unten|"
    r"darunter|im\s+text|ci-dessous|dans\s+le\s+texte|en\s+dessous|abajo|debajo|en\s+el\s+texto|"
    r"abaixo|no\s+texto|sotto|nel\s+testo|poniżej|w\s+tekście|нижче|в\s+тексті|hieronder|"
    r"in\s+de\s+tekst|aşağıda|metinde|nedan|nedenfor|alla|di\s+bawah|"
    # "under your questions", "unter Ihren Fragen", "под вашими вопросами", "sous vos questions"
    r"(?:under|unter|под|sous|bajo|onder)\s+(?:\w+\s+){0,2}(?:question|frage|вопрос|pregunt|vraag|point|punkt|пункт))", _F))
# every _INLINE_NOTE holds one of these: a cheap test first, as the head may be long
_NOTE_STEMS = ("answer", "repl", "comment", "respon", "ответ", "коммент", "antwort", "anmerkung",
               "kommentar", "réponse", "respuesta", "comentario", "resposta", "rispost",
               "commento", "odpowied", "komentarz", "відповід", "коментар", "antwoord",
               "opmerking", "cevap", "yanıt", "yorum", "svar", "vastau", "jawaban")


def _announces_answers(head: list[str]) -> bool:
    """The text above the quote says its answers are written inside it (``_INLINE_NOTE``),
    in its first 600 characters: such a note opens a short reply."""
    text = "\n".join(head)[:600]
    low = text.lower()
    return any(s in low for s in _NOTE_STEMS) and _INLINE_NOTE.search(text) is not None


# A question of the quoted message ("1. Will you pay in EUR?") and an answer the writer typed
# on the line below it, perhaps behind a mark ("-> Yes", ">> Да"); a numbered line is the
# next question, not an answer.
_QUESTION_END = ("?", "？", "؟")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[a-zа-я])[.)]\s", _F)
_ANSWER_MARK = re.compile(r"^\s*(?:>+|-+>|=+>|→)\s*")


def _numbered_item(quote: list[str], j: int) -> bool:
    """Line j is a numbered item standing alone as its paragraph ("2. Please send the
    statements."), so the paragraph after the next blank line may answer it."""
    return j >= 0 and _NUMBERED.match(quote[j]) is not None and (j == 0 or not quote[j - 1].strip())


def _answers_under_questions(quote: list[str]) -> list[str]:
    """The lines the writer typed right under the questions of a quoted message with no quote
    marks, or one blank line below a numbered item (each answer a run of lines up to a blank
    line or the next question), blank lines between answers; nothing when no question has
    one."""
    answers: list[str] = []
    k = 1
    while k < len(quote):
        above, ln = quote[k - 1].strip(), quote[k].strip()
        if not ln or ln.endswith(_QUESTION_END) or _NUMBERED.match(ln) or SIGNOFF.match(ln) \
                or not (above.endswith(_QUESTION_END) or not above and _numbered_item(quote, k - 2)):
            k += 1
            continue
        run = []
        while k < len(quote) and quote[k].strip() and not _NUMBERED.match(quote[k]) \
                and not quote[k].strip().endswith(_QUESTION_END):
            run.append(_ANSWER_MARK.sub("", quote[k].strip()))
            k += 1
        answers += ["", *run]
    return answers[1:]


def _with_marked_answers(head: list[str], quote: list[str]) -> list[str]:
    """``head`` with the writer's answers that follow the marker it names inside the quoted
    message, placed above its signature; ``head`` itself when it names no marker."""
    text = "\n".join(head)
    if "[" not in text:
        return head
    m = _MARKED_ANSWERS.search(text)
    tags = [m.group(1)] if m else list(dict.fromkeys(_BRACKET_TAG.findall(text[:600])))
    answers: list[str] = []
    for marker in tags:
        answers = [ln.strip() for ln in quote
                   if ln.strip().startswith(marker) and ln.strip() != marker]
        if answers:
            break
    if not answers:
        return head
    kept = strip_signature(head)
    block = [x for a in answers for x in ("", a)]
    return kept + block + ["", *head[len(kept):]]


def announces_answers(text: str) -> bool:
    """The text says near its top that the writer answers inside the quoted message ("see
    my answers below in red", «ответы ниже в тексте»): a cheap test of the first 600
    characters, for the parser to decide whether the HTML part is worth reading."""
    return _announces_answers(text[:600].split("\n"))


def text_with_html_answers(plain: str, html: str) -> str | None:
    """The text of ``html`` with the writer's coloured or bold answers inside its quote as
    unquoted lines, when that gives more new text than ``plain`` (whose text part lost the
    colour, so the answers read as quoted lines there); None otherwise."""
    rich = html_to_text(html, answers=True)
    if not rich:
        return None
    return rich if len(new_text(rich)) > len(new_text(plain)) else None


def new_text(body: str, fmt: str = "text", *, keep_signature: bool = False) -> str:
    """The new text of a message body (``fmt`` "text" or "html"): quotes and signature removed.

    ``keep_signature`` keeps the sender's sign-off and signature (only quotes are cut).
    """
    if not body:
        return ""
    head = _unquoted(body, fmt, keep_signature)
    if not keep_signature:
        head = strip_signature(head)
    return _joined(head)


def new_text_and_signature(body: str, fmt: str = "text") -> tuple[str, str]:
    """The new text and, apart, the sign-off and signature it ended with (quotes cut from both).

    One pass: the same cost as :func:`new_text`. The signature is where a client's
    phone numbers are written.
    """
    if not body:
        return "", ""
    head = _unquoted(body, fmt)
    kept = strip_signature(head)
    return _joined(kept), _joined(head[len(kept):])


def _joined(lines: list[str]) -> str:
    return "\n".join(ln.rstrip() for ln in lines).strip("\n").strip()


_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: Its characters, each found by a substring test (far faster than the class on Cyrillic text).
_BIDI_CHARS = "\u200e\u200f" + BIDI_CONTROL_CHARS


def _above_answers(head: list[str], keep_signature: bool) -> list[str]:
    """The text above a quote the writer answers inline, without the signature or app footer
    a client put above the quote ("Sent with Proton Mail secure email."): the answers that
    follow are the end of the new text."""
    kept = head if keep_signature else strip_signature(head)
    if not any(x.strip() for x in kept):
        kept = head
    kept = list(kept)
    while kept and not kept[-1].strip():
        kept.pop()
    return kept


def _unquoted(body: str, fmt: str, keep_signature: bool = False) -> list[str]:
    """The lines of the body above the quote (or the answer below it), its final signature
    kept; a signature above answers written inside the quote goes unless ``keep_signature``."""
    text = html_to_text(body) if fmt == "html" else body
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    english = "wrote:" in text.lower()
    if english or (":  " in text and "@" in text):
        lines = _split_inline_headers(lines, english)
    view = lines
    if "：" in text:
        view = [ln.replace("：", ":") for ln in view]
    if "՝" in text:
        # Armenian Outlook ends its header labels with the Armenian comma ("Ումից՝ ...")
        view = [ln.replace("՝", ":") for ln in view]
    if not text.isascii() and any(c in text for c in _BIDI_CHARS):
        # right-to-left clients wrap a header's parts in direction marks: read it without
        view = [_BIDI.sub("", ln) for ln in view]
    cut = cut_index(view, quoted=">" in text)
    cut = reply_above_line(view[:cut])      # a helpdesk's marker above the quote found
    head = lines[:cut]
    if cut < len(lines):
        wrote = wrote_at(lines, cut)  # every branch below needs it
        filled = [x for x in head if x.strip()]
        if not filled:
            # bottom posting; answers between the quoted lines are kept without them
            answers = _inline_answers(lines, cut, wrote) if wrote else []
            head = [x for k, x in enumerate(answers) if x.strip() or k and answers[k - 1].strip()] \
                or _after_quote(lines, cut, wrote)
        elif not _marked_quote_at(lines, cut, wrote):
            # an Outlook header block: everything below it is the quoted message, except
            # answers the writer marked inside it ("answers inline, marked [DK]")
            marked = _with_marked_answers(head, lines[cut:])
            announced = marked is head and _announces_answers(head)     # read once: its regex is slow
            inline = _inline_answers(lines, cut, wrote) \
                if announced and any(map(is_quoted, lines[cut:cut + 30])) else []
            if inline:
                head = _above_answers(head, keep_signature) + inline
            elif announced:
                # answers typed under the questions of the quoted message, which has no
                # quote marks: they go above the signature of the text that announced them
                answers = _answers_under_questions(lines[cut:])
                kept = strip_signature(head) if answers else head
                head = kept + ["", *answers, "", *head[len(kept):]] if answers else head
            else:
                head = marked
        elif len(filled) == 1 and _GREETING.match(filled[0]):
            # "Hi," then the quote, then the answer: bottom posting under a greeting
            head = head + _after_quote(lines, cut, wrote)
        else:
            inline = _inline_answers(lines, cut, wrote)
            if inline:
                head = _above_answers(head, keep_signature) + inline
            else:
                head = head + _signoff_after_quote(lines, cut, wrote)
    while head and (not head[-1].strip() or is_quoted(head[-1]) or RULE_LINE.match(head[-1])):
        head.pop()
    return without_top_banner(below_opening_marker(head))
