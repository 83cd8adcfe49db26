"""Patterns that run over the whole new text of every letter try only the positions where a
match can start: their cost per character stays near that of the simplest scan.

Measured against a one-word scan of the same text in the same moment (the minimum of a few
runs each), so that the load of a shared machine cancels out of the ratio.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from indexer.intermediary import speaks_for

#: A long letter in both languages with no intermediary's words in it (~94,000 characters).
PROSE = ("Добрый день! Направляем обновлённое коммерческое предложение по кредитной линии с "
         "учётом наших договорённостей на встрече. Please find attached the updated offer, we "
         "would be glad to discuss it on Tuesday afternoon if that suits you. ") * 400
_ONE_WORD = re.compile(r"\bzzz\b")


def _cpu(run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(5):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def test_an_intermediarys_cues_cost_a_few_plain_scans_of_the_letter() -> None:
    # The two case-insensitive cue patterns tried every alternative at every position of
    # every incoming letter: ~35 one-word scans' worth (a fifth of the analysis of the
    # Russian threads); behind a lookahead for their first characters, ~13.
    assert speaks_for(PROSE, PROSE, "a@client.ru", (), lambda _: False) is None
    cues = _cpu(lambda: speaks_for(PROSE, PROSE, "a@client.ru", (), lambda _: False))
    plain = _cpu(lambda: [_ONE_WORD.search(PROSE) for _ in range(10)]) / 10
    assert cues / plain < 22, f"{cues / plain:.1f} one-word scans"


def test_the_cues_still_read_any_case() -> None:
    for text in ("We ACT FOR Hanbit Logistics.", "MY CLIENT would like a quote.",
                 "ПО ПОРУЧЕНИЮ клиента направляю запрос.", "Мой Клиент просит ставку."):
        found = speaks_for(text, text, "a@broker.ru", (), lambda _: False)
        assert found is not None and found.strong, text


def test_a_threads_subject_is_normalised_once_per_process() -> None:
    # Every letter of a thread carries its subject, and a sync with nothing new reads the
    # subjects of all the open deals' letters again (10,000 on the Russian threads).
    from indexer.classify import normalize_subject

    subjects = [f"RE: Fwd: Кредитная линия — ООО «Ромашка» №{i % 50}" for i in range(20_000)]
    for subject in subjects[:50]:
        normalize_subject(subject)
    again = _cpu(lambda: [normalize_subject(s) for s in subjects])
    plain = _cpu(lambda: [_ONE_WORD.search(s) for s in subjects])
    assert again / plain < 1, f"{again / plain:.1f} one-word scans of each subject"   # was ~2.8
    assert normalize_subject(subjects[7]) == "кредитная линия — ооо «ромашка» №7"


def test_the_date_scanners_patterns_try_only_where_a_date_can_start() -> None:
    # Each runs over every sentence that holds a date word; trying every alternative at every
    # position, the 27 of them cost ~105 one-word scans of this letter, ~63 now.
    from indexer import date_vocab as vocab

    names = ("P_WD_TYPO_SHAPE P_WD_ABBR P_DAY_MONTH P_MONTH_DAY P_ORD_MONTH P_MONTH_ORD P_DOM_OF "
             "P_DOM_ORD_RU P_DOM_WORD P_MONTH_YEAR P_MONTH_ONLY P_END_OF P_END_SPEC P_WORKDAY "
             "P_NTH_WEEKDAY P_THIS_NEXT P_HOLIDAY P_HOLIDAY_RU P_QUARTER P_DOM P_DOM_LATIN "
             "P_ISO_WEEK P_RELDAY P_WEEKDAY P_DURATION P_TIME P_PART").split()
    patterns = [getattr(vocab, name) for name in names]
    low = PROSE.lower()
    scans = _cpu(lambda: [list(p.finditer(low)) for p in patterns])
    plain = _cpu(lambda: [_ONE_WORD.search(low) for _ in range(10)]) / 10
    assert scans / plain < 82, f"{scans / plain:.0f} one-word scans"
