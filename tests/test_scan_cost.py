"""Patterns that run over the whole new text of every letter try only the positions where a
match can start: each is built behind a lookahead for the characters its matches start with
(``indexer.cue_scan.gated``). What that saves is measured by ``bench/stages_ab.py`` and
recorded in bench/RESULTS.md ("speedup, tenth round"); these tests pin the structure, which a
loaded machine cannot make flaky, and that the matches stay the same.
"""

from __future__ import annotations

import re

from indexer import intermediary
from indexer.cue_scan import gated
from indexer.intermediary import speaks_for

GATE = re.compile(r"^\(\?=\[[^\]]+\]\)")


def test_an_intermediarys_cues_try_only_where_a_cue_can_start() -> None:
    # The two case-insensitive cue patterns tried every alternative at every position of
    # every incoming letter (a fifth of the analysis of the Russian threads).
    for pattern in (intermediary._STRONG, intermediary._WEAK):
        assert GATE.match(pattern.pattern), pattern.pattern[:60]


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
