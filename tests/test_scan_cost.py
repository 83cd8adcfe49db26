"""Patterns that run over the whole new text of every letter try only the positions where a
match can start: each is built behind a lookahead for the characters its matches start with
(``indexer.cue_scan.gated``). What that saves is measured by ``bench/stages_ab.py`` and
recorded in bench/RESULTS.md ("speedup, tenth round"); these tests pin the structure, which a
loaded machine cannot make flaky, and that the matches stay the same.
"""

from __future__ import annotations

import re

from indexer import intermediary
from indexer.cue_scan import Cue, CueScan, _odd_for, gated
from indexer.intermediary import speaks_for

GATE = re.compile(r"^\(\?=\[[^\]]+\]\)")


def test_an_intermediarys_cues_try_only_where_a_cue_can_start() -> None:
    # The two case-insensitive cue patterns tried every alternative at every position of
    # every incoming letter (a fifth of the analysis of the Russian threads).
    for cue in (intermediary._STRONG_CUE, intermediary._WEAK_CUE):
        for part in cue.parts:
            assert GATE.match(part.pattern), part.pattern[:60]
            assert part.flags & re.IGNORECASE


#: Letters with and without an intermediary's words, in several cases and with the characters
#: ``re.IGNORECASE`` matches with a Latin or Cyrillic letter though their lower case differs.
_LETTERS = (
    "Hello, the invoice is attached. Regards, Tom", "Добрый день! Счёт во вложении.",
    "We ACT FOR Hanbit Logistics.", "MY CLIENT would like a quote.", "Our Client asks for 35 rooms.",
    "ПО ПОРУЧЕНИЮ клиента направляю запрос.", "Мой Клиент просит ставку.",
    "Наш КЛИЕНТ ждёт предложения; пересылаю их запрос ниже.",
    "Let me introduce Anna; I was referred by Oleg. End-users are in Kazan.",
    "My clıent (dotless i) wants a quote.", "İ am writing for my clİent.",
    "We repreſent the buyer.", "Мой клиᲃнт просит ставку, по поручᲀнию.",
    "no cue, only the words for and our and end.",
)


def test_an_intermediarys_cues_run_only_the_alternatives_whose_words_a_letter_holds() -> None:
    # The two patterns' ~35 alternatives were tried at every position of every incoming
    # letter (a tenth of the Enron letters' analysis); a letter without their words runs none.
    scan = intermediary._SCAN
    for text in ("Hello, the invoice is attached. Regards, Tom", "Добрый день! Счёт во вложении."):
        found = scan.folded(text)
        assert intermediary._STRONG_CUE.kept(found) == []
        assert intermediary._WEAK_CUE.kept(found) == [], text
    for text in ("MY CLIENT would like a quote.", "Мой Клиент просит ставку."):
        assert intermediary._STRONG_CUE.kept(scan.folded(text)), text


def test_a_case_insensitive_cue_gives_the_whole_regexs_matches_in_any_case() -> None:
    scan = intermediary._SCAN
    for cue in (intermediary._STRONG_CUE, intermediary._WEAK_CUE):
        for text in _LETTERS:
            kept = cue.kept(scan.folded(text))
            whole = cue.source.search(text)
            found = Cue.search(kept, text, 0, len(text))
            assert (found.span() if found else None) == (whole.span() if whole else None), text
            assert [m.span() for m in Cue.finditer(kept, text, 0, len(text))] == [
                m.span() for m in cue.source.finditer(text)], text
    # The characters lower() reads otherwise than re: every alternative runs.
    assert scan.folded("My clıent wants a quote.") is None
    assert scan.folded("Мой клиᲃнт") is None
    assert {"client", "lient"} <= (scan.folded("My client wants a quote.") or set())


def test_the_characters_lower_reads_otherwise_than_re_are_all_known() -> None:
    # Every character re.IGNORECASE matches with a letter of the cues' words either has that
    # letter as its lower case or is one that sends the letter to every alternative.
    cues = (intermediary._STRONG_CUE, intermediary._WEAK_CUE)
    letters = sorted({c for cue in cues for word in cue.literals() for c in word})
    odd = set(_odd_for(letters))
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for letter in letters:
        matched = set(re.findall(re.escape(letter), every, re.IGNORECASE))
        assert {c for c in matched if c.lower() != letter} <= odd, letter
    assert {c for c in every if len(c.lower()) != 1} <= odd
    # A case-sensitive cue's literals are looked for as written.
    plain = Cue(re.compile(r"клиент\w*|client"))
    assert plain.kept(CueScan([plain]).found("CLIENT")[0]) == []


def test_a_gate_keeps_every_match() -> None:
    plain = re.compile(r"(?:we act for|по поручению|my client)\s+\w+", re.IGNORECASE)
    text = ("Hello, WE ACT FOR Hanbit. По поручению клиента пишу. My Client Asks. "
            "No cue here; we actually forward.")
    assert [m.span() for m in gated(plain).finditer(text)] == [
        m.span() for m in plain.finditer(text)]
    assert len(plain.findall(text)) == 3


def test_the_cues_still_read_any_case() -> None:
    for text in ("We ACT FOR Hanbit Logistics.", "MY CLIENT would like a quote.",
                 "ПО ПОРУЧЕНИЮ клиента направляю запрос.", "Мой Клиент просит ставку."):
        found = speaks_for(text, text, "a@broker.ru", (), lambda _: False)
        assert found is not None and found.strong, text


def test_a_threads_subject_is_normalised_once_per_process() -> None:
    # Every letter of a thread carries its subject, and a sync with nothing new reads the
    # subjects of all the open deals' letters again (10,000 on the Russian threads).
    from indexer.classify import normalize_subject

    subjects = [f"RE: Fwd: Кредитная линия — ООО «Ромашка» №{i % 50}" for i in range(2_000)]
    for subject in subjects[:50]:
        normalize_subject(subject)
    before = normalize_subject.cache_info()
    for subject in subjects:
        normalize_subject(subject)
    after = normalize_subject.cache_info()
    assert after.hits - before.hits == len(subjects) and after.misses == before.misses
    assert normalize_subject(subjects[7]) == "кредитная линия — ооо «ромашка» №7"


def test_the_date_scanners_patterns_try_only_where_a_date_can_start() -> None:
    # Each runs over every sentence that holds a date word; the 27 of them tried every
    # alternative at every position.
    from indexer import date_vocab as vocab

    names = ("P_WD_TYPO_SHAPE P_WD_ABBR P_DAY_MONTH P_MONTH_DAY P_ORD_MONTH P_MONTH_ORD P_DOM_OF "
             "P_DOM_ORD_RU P_DOM_WORD P_MONTH_YEAR P_MONTH_ONLY P_END_OF P_END_SPEC P_WORKDAY "
             "P_NTH_WEEKDAY P_THIS_NEXT P_HOLIDAY P_HOLIDAY_RU P_QUARTER P_DOM P_DOM_LATIN "
             "P_ISO_WEEK P_RELDAY P_WEEKDAY P_DURATION P_TIME P_PART").split()
    for name in names:
        assert GATE.match(getattr(vocab, name).pattern), name


def _sentence_at_by_whole_text(text: str, at: int) -> str:
    """What the sentence reading gave when it scanned the whole text from its start."""
    for m in intermediary._SENTENCE.finditer(text):
        if m.start() <= at < max(m.end(), m.start() + 1):
            return " ".join(m.group(0).split())[:500]
    return " ".join(text[at:at + 200].split())


def test_the_sentence_of_a_cue_is_read_on_its_own_line() -> None:
    # A line without a stop was tried from each of its characters to its end, every line of
    # the letter above the cue in turn (~0.6 ms a letter on the Enron newsletters).
    texts = (
        "Hello Anna\nwe act for Hanbit Logistics and its owner\nthe brief follows\n",
        "Добрый день. Мы действуем по поручению клиента! Подробности ниже\nСпасибо",
        "no stop at all on this line\nnor here, my client asks\n\n",
        "Line one.\nЛиния два без точки\nmy client wants it. Then more? Yes!",
        "single line, my client", "\n\nmy client\n", "a.b.c. my client!!! next",
    )
    for text in texts:
        for at in range(len(text)):
            assert intermediary._sentence_at(text, at) == _sentence_at_by_whole_text(text, at), (
                text, at)


def test_a_forwarded_letter_is_looked_for_only_in_a_body_holding_its_words() -> None:
    cue, scan = intermediary._FORWARD_CUE, intermediary._FORWARD_SCAN
    for body in ("Thanks!\n\nSee you Monday.\n> On Mon, Anna wrote:\n> the rates",
                 "Спасибо!\n\n> 5 дек. Анна написала:\n> ставки"):
        assert cue.kept(scan.folded(body)) == [], body
    for body, sender, expected in (
            ("We act for Hanbit.\n-----ORIGINAL MESSAGE-----\nFrom: lee@hanbit.kr\nrates", "a@brk.com",
             ("lee@hanbit.kr",)),
            ("По поручению клиента.\n\n-------- Пересланное СООБЩЕНИЕ --------\nОт: ivan@zavod.ru",
             "a@brk.ru", ("ivan@zavod.ru",)),
            ("My client asks.\n---------- Forwarded message ---------\nFrom: x@acme.de\n", "a@brk.com",
             ("x@acme.de",))):
        fresh = body.split("\n")[0]
        found = speaks_for(fresh, body, sender, (), lambda _: False)
        assert found is not None and found.forwarded == expected, body
        start = intermediary._FORWARD.search(body)
        assert start is not None and Cue.search(cue.kept(scan.folded(body)), body, 0,
                                                len(body)).span() == start.span()


def test_the_signals_and_the_intermediary_read_one_pass_over_the_letter_as_their_own() -> None:
    # analyze() scans a letter's new text once (indexer.deal_signals.scan_letter); the
    # signals and the intermediary's voice read that pass as they read their own passes.
    from datetime import UTC, datetime

    from indexer.deal_signals import detect_signals, scan_letter

    ref = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
    texts = ("We act for Hanbit Logistics. The rate works for us at 2.9%, please send the contract.",
             "По поручению клиента: ставка 16,8 % устраивает, направляйте договор до пятницы.",
             "Our client would like a quote; can you match 0.105 per unit? Call me Monday.",
             "Мой клиент выбрал другой банк, спасибо за работу.",
             # a dotless ı, which re.IGNORECASE reads as "i" and lower() does not; a Kelvin sign
             "We act for Hanbıt; MY CLIENT asks for the list by 10 December.",
             "My client asks for the \u212aPI list by 10 December.",
             "Nothing of the kind here, thanks.", "")
    seen = 0
    for text in texts:
        letter = scan_letter(text)
        assert letter.low == text.lower()
        if "\u0131" in text:
            assert letter.folded is None, text        # every alternative then runs
        for direction in ("in", "out"):
            assert (detect_signals(text, direction=direction, ref_time=ref, letter=letter)
                    == detect_signals(text, direction=direction, ref_time=ref)), text
        def read(_fresh: str, found: frozenset[str] | None = letter.folded) -> frozenset[str] | None:
            return found

        own = speaks_for(text, text, "a@broker.ru", ("b@client.ru",), lambda _: False)
        assert speaks_for(text, text, "a@broker.ru", ("b@client.ru",), lambda _: False,
                          read) == own, text
        seen += own is not None
    assert seen >= 4          # the texts hold the intermediary's words in both languages
