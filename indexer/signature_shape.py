"""The shape of a signature, for languages whose words the sign-off lists do not hold.

A person signs a letter the same way in every language: a short closing line (often ending
in a comma), then their name on the next line, then a few short lines (title, company,
phone). These tests read that shape, not the words: a name is one to four words that are
initials, capitalised words or words of a script without capitals (Arabic, Hebrew, Chinese,
Korean); a closing is a few words of letters only. ``indexer.newtext`` uses them where its
lists of closings find nothing.
"""

from __future__ import annotations

import re

# the title or company written after the name on the same line ("О. Коваленко, бухгалтер")
_AFTER_NAME = re.compile(r"[,|/]|\s[-–—]\s")
_INITIAL = re.compile(r"^[^\W\d_]\.(?:[^\W\d_]\.)*$")
_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’-])*$")
# scripts that write a name as one run of characters with no space ("张伟", "김민지")
_IDEOGRAPHIC = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,4}$")


def _caseless(word: str) -> bool:
    """The word's first letter belongs to a script without capitals, or to Georgian, whose
    letters Unicode gives capitals that nobody writes a name with."""
    c = word[0]
    return c.isalpha() and (not c.isupper() and not c.islower() or "\u10d0" <= c <= "\u10ff")


def person_name(line: str, least: int = 2) -> bool:
    """``line`` opens with a person's name (a title may follow after a comma, a bar or a dash):
    ``least`` or more words, each an initial, a capitalised word or a word of a caseless
    script, one to three of them not initials; or one run of two to four ideographs."""
    first = line.lstrip()[:1]
    if len(line) > 120 or not first or not (first.isupper() or _caseless(first)):
        return False        # a name with its title is short and starts with a capital
    cut = _AFTER_NAME.search(line)
    text = (line[:cut.start()] if cut else line).strip()
    words = text.split()
    if len(words) == 1 and _IDEOGRAPHIC.match(text):
        return True
    if not least <= len(words) <= 5 or len(text) > 48:
        return False
    full = 0
    for w in words:
        if _INITIAL.match(w):
            continue
        if not _WORD.match(w) or not (w[0].isupper() or _caseless(w)):
            if not _IDEOGRAPHIC.match(w):
                return False
        full += 1
    return 0 < full <= 3


# a closing ends in a comma of any script, or in nothing; one or two words may end in an
# exclamation mark instead, a Spanish one before them ("Salamat!", "¡Gracias!", "Sağ olun!")
_CLOSING = re.compile(r"^\s*[¡]?(?P<words>[^\W\d_][^\W\d_'’-]*(?:\s+[^\W\d_][^\W\d_'’-]*){0,3})"
                      r"\s*(?:(?P<comma>[,،，、])|(?P<bang>[!！]))?\s*$")


def _closing_mark(m: re.Match[str]) -> bool:
    """The closing ends in a comma, or is one or two words ending in an exclamation mark."""
    return m["comma"] is not None or m["bang"] is not None and len(m["words"].split()) <= 2


def closing_line(line: str, signature_lines: int) -> bool:
    """``line`` reads as the closing of a letter above a signature of ``signature_lines``
    lines: at most four words of letters ending in a comma, one or two ending in an
    exclamation mark ("Salamat!", "¡Gracias!"), or at most three words with no
    punctuation, not a name itself, above a signature of a name and at least one more line.
    Its first letter is a capital or of a caseless script."""
    m = _CLOSING.match(line)
    if not m or len(line.strip()) > 40:
        return False
    first = m["words"][0]
    if not (first.isupper() or _caseless(first)):
        return False
    if _closing_mark(m):
        return True
    if m["bang"]:
        return False
    # with no comma, a name is no closing ("Kevin Garland" above "Principal")
    return (len(m["words"].split()) <= 3 and signature_lines >= 2
            and not person_name(m["words"]))


def closing_block(lines: list[str], n: int) -> int | None:
    """The line of a closing of any language that opens the signature (``closing_line``:
    a few words after a blank line, the signer's full name right below, up to eight short lines
    in all), with text above it; None when there is none. Blank lines that end the text
    above ``n`` (above a "-- " signature already cut) are not counted."""
    while n and not lines[n - 1].strip():
        n -= 1
    seen = 0
    for i in range(n - 1, 1, -1):
        if not lines[i].strip():
            continue
        seen += 1
        if seen > 9:
            return None
        if len(lines[i]) > 48 or lines[i - 1].strip() or i + 1 >= n:
            continue
        if not person_name(lines[i + 1]) and not (i + 2 == n and _signed_first_name(lines, i)):
            continue
        tail = [x.strip() for x in lines[i + 1:n] if x.strip()]
        if closing_line(lines[i], len(tail)) and all(len(x) <= 90 for x in tail) \
                and not any(x.endswith(("?", ":")) for x in tail) \
                and any(x.strip() for x in lines[:i - 1]) and not below_colon(lines, i):
            return i
    return None


# a line that asks the reader for something is text, whatever its shape ("Please advise,")
_ASKS = re.compile(r"(?:please|pls|kindly|пожалуйста|прошу|просим|bitte|por\s+favor|"
                   r"s'il\s+vous\s+plaît|per\s+favore|proszę|lütfen)\b", re.IGNORECASE)


def _signed_first_name(lines: list[str], i: int) -> bool:
    """Line i is a closing ending in a comma (or a short one in "!") and the line below it, the last, one word that
    reads as a first name ("Groet," / "Mark", "Hörmətlə," / "Elvin"), below a text longer
    than a greeting ("Hi Bob," / "Sounds good," / "John" is an answer, not a closing)."""
    if sum(len(x.strip()) for x in lines[:i]) < 30:
        return False
    word = lines[i + 1].strip()
    m = _CLOSING.match(lines[i])
    return (m is not None and _closing_mark(m) and not _ASKS.match(m["words"])
            and 2 <= len(word) <= 15 and word.isalpha()
            and (word[0].isupper() and word[1:].islower() or _caseless(word)))


def last_paragraph(lines: list[str], n: int) -> tuple[int, int]:
    """(first line, end) of the last paragraph above line ``n``: the blank lines above ``n``
    passed over, up to the blank line above it (``(0, 0)`` when only blank lines stand
    above ``n``)."""
    end = n
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and lines[start - 1].strip():
        start -= 1
    return start, end


def below_colon(lines: list[str], i: int) -> bool:
    """The last line of text above line i ends with a colon: it introduces what follows."""
    above = next((x for x in reversed(lines[:i]) if x.strip()), "")
    return above.rstrip().endswith(":")


# A signature with no name: a job title (and perhaps a company) above phone numbers, an address
# or a site ("Руководитель отдела продаж" / "Моб.: +7 916 123-45-67", "Head of Procurement |
# ACME Ltd" / "M: +1 415 555 0100"). A title is known by its words, in the languages the
# table of mail strings covers most; a contact line by its number, address or site.
_TITLE_WORD = re.compile(
    r"\b(?:director|manager|head\s+of|officer|engineer|specialist|accountant|coordinator|"
    r"consultant|ceo|cfo|cto|coo|founder|co-founder|assistant|analyst|executive|president|vp|"
    r"supervisor|administrator|representative|adviser|advisor|counsel|secretary|buyer|"
    r"team\s+lead|lead\s+\w+|department|dept)\b"
    r"|директор|менеджер|руководител|начальник|специалист|бухгалтер|инженер|юрист|ассистент|"
    r"помощник|координатор|консультант|заместител|секретар|аналитик|администратор|"
    r"представител|управляющ|эксперт|снабжен|отдел\b|отдела\b|керівник|фахівець|"
    r"leiter|leiterin|geschäftsführ|vertrieb|berater|beraterin|sachbearbeiter|ingenieur|"
    r"assistent|einkauf|directeur|directrice|responsable|chargée?\s+d|ingénieur|comptable|"
    r"gerente|jefe|jefa|ingeniero|asesor|asesora|ejecutivo|ejecutiva|direttore|direttrice|"
    r"dyrektor|kierownik|specjalista|müdür|uzman|sorumlu", re.IGNORECASE)
# a line that tells the reader something about a person is text: a verb that asks to call,
# a possessive ("our engineer's number"), a sentence's full stop after a word
_NOT_A_TITLE = re.compile(
    r"^\W*(?:call|contact|reach|ring|text|write|email|phone|ask|спросите|попросите|свяжитесь|звоните|позвоните|пишите|"
    r"напишите|обращайтесь|набер\w*|kontaktieren|rufen|appelez|contactez|llame|contacte)\b"
    r"|\b(?:our|your|my|his|her|their|наш\w*|ваш\w*|мо[йеяи]\w*|его|её|ее|их|unser\w*|ihr\w*|"
    r"notre|votre|nuestro|su)\b|\b(?:contacts?|number|контакт\w*|номер\w*|телефон\w*)\b"
    r"|[^\W\d_]{4}\.$|\d", re.IGNORECASE)
_CONTACT_LINE = re.compile(
    r"^\W{0,2}(?:[^\W\d_][^\W\d_./]*\.?[/ ]?){0,3}\s*[:.]?\s*(?:"
    r"\+?\(?\d[\d\s().-]{5,}\d(?:\s*(?:ext|доб|вн)\.?\s*\d{1,5})?"
    r"|\S+@\S+\.\w+|(?:https?://|www\.)\S+)"
    r"(?:\s*[,|;]\s*\S.{0,60})?\s*$", re.IGNORECASE)



def _contact(line: str) -> bool:
    """``line`` is a phone number (seven digits or more), an address or a site, perhaps
    labelled ("Моб.: +7 916 123-45-67", "M: +1 415 555 0100", "www.acme.com")."""
    return _CONTACT_LINE.match(line) is not None and (
        "@" in line or "www." in line or "://" in line or sum(c.isdigit() for c in line) >= 7)


def title_block(lines: list[str], n: int) -> int | None:
    """The first line of a last paragraph that signs with a job title and contacts and no
    name: two to six short lines after a blank line, text above; one line names a title
    (``_TITLE_WORD``), the last is a phone, an address or a site, and no line asks or ends
    a sentence. None when there is none."""
    start, end = last_paragraph(lines, n)
    block = [x.strip() for x in lines[start:end]]
    if not 2 <= len(block) <= 6 or not any(x.strip() for x in lines[:start]) \
            or below_colon(lines, start) or not _contact(block[-1]):
        return None
    words = [x for x in block if not _contact(x)]
    if not words or any(len(x) > 80 or len(x.split()) > 8 or x.endswith(("?", ":", "!"))
                        or _ASKS.search(x) for x in words):
        return None
    if not _TITLE_WORD.search(words[0]) or any(_NOT_A_TITLE.search(x) for x in words):
        return None
    while start and not lines[start - 1].strip():
        start -= 1
    return start
