"""Cue regexes cut down to the alternatives a letter could match give the whole regex's matches."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from indexer import deal_signals
from indexer.cue_scan import Cue, CueScan, alternatives, anchor, gated

TEXTS = (
    "Можете снизить ставку? У конкурентов дешевле, и нужна отсрочка платежа.",
    "Направляю коммерческое предложение во вложении, стоимость 2,4 млн руб.",
    "Договор подписан, счёт оплачен. Созвонимся в среду, обсудим запуск.",
    "We have decided to go with another bank; the project was cancelled.",
    "Please find attached our proposal. Could you quote 35 rooms? Let's talk on Monday.",
    "The contract is signed and the invoice has been paid; we'll sign the annex by Friday.",
    "Мы выбрали другой банк. Проект заморожен, бюджет не согласовали.",
    "A better rate, a discount and revised terms: the price is too high, penalties apply.",
    "Лимит 50 млн, кредитная линия на 200 млн; подпишем до конца квартала.",
    "Hello, thanks for the update, see you at the meeting.",
)


def test_a_cut_down_cue_finds_every_match_of_the_whole_regex() -> None:
    scan = CueScan(deal_signals._CUE.values())
    for cue in deal_signals._CUE.values():
        for text in TEXTS:
            low = text.lower()
            kept = cue.kept(scan.found(low)[0])
            whole = [m.span() for m in cue.regex.finditer(low)]
            assert [m.span() for m in Cue.finditer(kept, low, 0, len(low))] == whole, text
            first = cue.regex.search(low, 5, len(low) - 3)
            found = Cue.search(kept, low, 5, len(low) - 3)
            assert (found.span() if found else None) == (first.span() if first else None)


def test_at_one_position_the_alternative_written_first_wins() -> None:
    cue = Cue(re.compile(r"(?:ab\w*|abc|c\w+|xyz)"))
    kept = cue.kept(frozenset({"xyz"}))                # "ab" is too short to be looked for
    assert [m.group() for m in Cue.finditer(kept, "abcd xyz cd", 0, 11)] == ["abcd", "xyz", "cd"]
    assert [m.group() for m in cue.regex.finditer("abcd xyz cd")] == ["abcd", "xyz", "cd"]


def test_a_letter_without_a_cue_word_runs_no_alternative() -> None:
    terms = deal_signals._CUE[deal_signals.TERMS_RE]
    scan = CueScan([terms])
    assert terms.kept(scan.found("добрый день, высылаю отчёт за неделю")[0]) == []
    assert terms.kept(scan.found("можно скидку?")[0])              # "скидк" is an anchor


def test_the_pass_finds_the_stems_the_words_of_the_letter_have() -> None:
    stems = ("кп", "rate", "call", "here's", "скидка", "next", "end", "_x", "2026")
    scan = CueScan([], stems, 6)
    for text in ("кп во вложении; separate rates, call_me", "скидками и кпд", "the end",
                 "send it next week, here's the callback", "_x2026 2026", "скидк", "кп"):
        words = {w[:6] for w in re.findall(r"\w+", text)}
        assert scan.found(text)[1] == words & set(stems), text


def test_an_anchor_is_the_rarest_literal_set_every_match_holds() -> None:
    assert anchor(re.compile(r"(?:снизить|уменьшить)\s+ставк\w*")) == {"снизить", "уменьшить"}
    assert anchor(re.compile(r"торг\w*")) == {"торг"}
    assert anchor(re.compile(r"\bкп\b")) is None                  # too short to look for
    assert anchor(re.compile(r"(?:скидк|ab)\w*")) is None          # one branch has no anchor


def test_alternatives_split_only_at_the_top_level() -> None:
    assert alternatives(r"(?:a|b(c|d)|[|)]x|\(|e)") == ["a", "b(c|d)", "[|)]x", r"\(", "e"]
    assert alternatives(r"(?<!\w)(?:a|b)") == [r"(?<!\w)(?:a|b)"]


def test_an_alternative_that_matches_nothing_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        Cue(re.compile(r"(?:abc|x?)"))


def test_a_letter_is_read_for_inline_data_only_where_a_colon_leads_to_figures() -> None:
    texts = ("Машины на 08.10: 1) Volvo FH А 417 МР 69", "Компенсация по рейсу: 39 600 руб.",
             "Итого:\n 5 машин", "Созвонимся в 15:00. Тема: договор", "Добрый день: всё в силе",
             "Note: see the attached schedule, page 2", "Ref:12 and more")
    for text in texts:
        found = deal_signals._INLINE_DATA.search(text)
        if found:
            assert deal_signals._DATA_COLON.search(text), text
    assert deal_signals._DATA_COLON.search("Созвонимся в 15:00. Тема: договор") is None
    assert deal_signals._INLINE_DATA.search("Машины на 08.10: 1) Volvo FH А 417 МР 69")


def test_a_thank_you_is_told_from_a_long_letter_without_joining_all_of_it() -> None:
    assert deal_signals.is_thanks("Спасибо,\n  получили!")
    assert deal_signals.is_thanks("Thanks " + "ok " * 31)             # 32 words, 99 characters
    assert not deal_signals.is_thanks("Thanks " + "ok " * 32)         # 33 words, 102 characters
    assert not deal_signals.is_thanks("Thanks " + "ok " * 50)         # 51 words
    assert not deal_signals.is_thanks("Thanks " + "ok " * 400)


def test_many_alternatives_left_run_one_by_one_not_as_the_whole_regex() -> None:
    terms = deal_signals._CUE[deal_signals.TERMS_RE]
    low = "a better rate, a discount and revised terms: the price is too high, penalties apply"
    kept = terms.kept(CueScan([terms]).found(low)[0])
    assert len(kept) > 3 and terms.regex not in kept
    assert set(kept) <= set(terms.parts)
    whole = [m.span() for m in terms.regex.finditer(low)]
    assert [m.span() for m in Cue.finditer(kept, low, 0, len(low))] == whole


def test_a_pattern_that_may_start_with_a_digit_is_gated_by_the_digit_class() -> None:
    regex = gated(re.compile(r"(?:\d+\s*%\s+less|\bdiscount)"))
    assert regex.pattern.startswith(r"(?=[\dd])")
    for text in ("10 % less", "a discount", "٣ % less", "nothing here"):   # an Arabic-Indic 3
        assert bool(regex.search(text)) == bool(re.search(r"\d+\s*%\s+less|\bdiscount", text))


def test_a_cue_run_over_a_whole_text_finds_the_whole_regex_first_match() -> None:
    for cue in deal_signals._CUE.values():
        for text in TEXTS:
            low = " ".join(text.lower().split())
            first = cue.regex.search(low)
            found = cue.search_all(low)
            assert (found.span() if found else None) == (first.span() if first else None), text
    assert deal_signals.cue(deal_signals.LOST_RE).search_all("мы выбрали другой банк")


#: Patterns run over whole letters or every sentence whose own start (a lookbehind, a word
#: boundary, an alternation) keeps ``re`` from skipping ahead: gated, they try far fewer
#: positions (2-13x less time on the Enron, Russian and generated mail).
_HOT = ("indexer.analyze._CHASE", "indexer.complaint._BACK_REFERENCE", "indexer.complaint._EXPECT",
        "indexer.deal_answers.TALKED_RE",
        "indexer.signature._DEVICE", "indexer.signature.SIGNOFF", "indexer.signature._CONFIDENTIAL",
        "indexer.quote_header._ENDS_WROTE_COLON", "indexer.deal_signals._LATER",
        "indexer.agreed._STAFFING", "indexer.date_vocab.ORD_HINT",
        "indexer.date_vocab.WD_ABBR_HINT", "indexer.promise_rules._EN_PROMISE_GATE",
        "indexer.deal_answers.FUTURE_NOT_MINE", "indexer.deal_answers.PARTING_RE",
        "indexer.deal_answers._ASKED_TO_MOVE", "indexer.deal_signals._CONTRACT_ATTACHED",
        "indexer.deal_words.DATE_DIGITS", "indexer.date_vocab.WORKDAY_HINT",
        "indexer.agreed._VALIDITY", "indexer.dates._WEEK_OF", "indexer.signature._WRONG_RECIPIENT",
        "indexer.parse._URL_RE", "indexer.deal_answers._NEXT_STEP",
        "indexer.deal_answers.CHOSE_RE", "indexer.deal_answers._PRICE_TOPIC",
        "indexer.deal_answers._TOO_MUCH", "indexer.deal_answers.ELSEWHERE_RE",
        # read over every sentence of the promises, the signals and the answers: 1.3-3x less
        # time each on the Enron, Russian and generated letters' own calls
        "indexer.agreed._DAY", "indexer.agreed._SOON", "indexer.deal_signals._RATE_OFFER",
        "indexer.deal_prices.PRICED")


def test_patterns_read_over_every_letter_are_gated_and_match_as_written() -> None:
    import importlib

    texts = ["Still waiting for the contract, you promised it by Friday.",
             "Напоминаю: вы обещали прислать договор, их юрист ждёт. Ждём вас в 10.",
             "On Mon, 3 Mar 2025 at 10:00 John <j@x.com> wrote:", "Sent from my iPhone",
             "Best regards,\nJohn", "This e-mail is confidential. If you are not the intended",
             "We accept your offer and will go with the second option.",
             "Спасибо за звонок! Подпишем на следующей неделе, в пятницу, 21-го.",
             "Thanks for the call earlier. The second Tuesday works; I will send it later.",
             "Этих людей мы не знаем. They did it again.", "", "Ｋelvin ſ İstanbul ǅ",
             "Договор во вложении, счёт до 5 декабря; если можно, перенесём на рабочий день.",
             "Please move the call to the week of 14 April. See https://example.com or www.x.ru",
             "Offer valid until 30 November. Goodbye for now, we part ways with regret.",
             "If you received this message in error, please notify the sender.",
             "Ставка 12,5% годовых на 3 года, 5 млн руб.; вопросов больше нет, через два дня.",
             "Rate 9.5% p.a. for USD 2,980 over 12 months; no further questions, in a week."]
    for name in _HOT:
        module, _, attr = name.rpartition(".")
        regex = getattr(importlib.import_module(module), attr)
        written = re.fullmatch(r"\(\?=\[(?:\\.|[^\]\\])*\]\)\(\?:(.*)\)", regex.pattern, re.S)
        assert written is not None, name
        plain = re.compile(written.group(1), regex.flags)
        assert gated(plain).pattern == regex.pattern
        for text in texts + [t.lower() for t in texts] + [t.upper() for t in texts]:
            assert [m.span() for m in regex.finditer(text)] == [m.span() for m in plain.finditer(text)]
            for line in text.split("\n"):
                assert bool(regex.match(line)) == bool(plain.match(line)), (name, line)


def test_a_clients_figure_against_ours_is_found_by_the_cue_as_by_its_regex() -> None:
    from indexer import deal_answers

    regex, cue = deal_answers._AGAINST, deal_answers._AGAINST_CUE
    texts = [*TEXTS, "Конкуренты дают 42 рубля за такой же ящик.", "your competitor offered 10% less",
             "можно ли убрать комиссию за выдачу?", "Any flexibility on the price? Could you waive the fee",
             "Гибкость по цене возможна? У других поставщиков предлагают 40.", "nothing to see here"]
    for text in texts:
        low = text.lower()
        found, expected = cue.search_all(low), regex.search(low)
        assert (found and found.span()) == (expected and expected.span()), text


def test_a_yes_is_read_by_the_alternatives_the_signals_pass_found_as_by_the_whole_regexes(
) -> None:
    # The yes, the approval and the nothing-to-raise run by the literals the signals' one pass
    # over the letter found: the same position as every alternative run over the whole letter.
    from indexer import deal_answers

    def whole(low: str) -> int | None:
        if not any(word in low for word in deal_answers._ACCEPT_WORDS):
            return None
        found = deal_answers.ACCEPT_RE.search(low)
        if found:
            return found.start()
        for cue, step in ((deal_answers._APPROVES, deal_answers._NEXT_STEP),
                          (deal_answers._NOTHING_TO_RAISE, deal_answers._PAPER_ASKED)):
            for said in cue.finditer(low):
                after = step.search(low, said.end(), said.end() + 120)
                if (after and (cue is deal_answers._NOTHING_TO_RAISE
                               or deal_answers._TERMS_NAMED.search(
                                   low[max(0, said.start() - 50):said.end() + 30]))
                        and not deal_answers.FUTURE_NOT_MINE.search(low[said.start():after.start()])):
                    return said.start()
        return None

    texts = [*TEXTS, "Условия устраивают, ставка 16,8 % подходит — направляйте договор.",
             "Замечаний больше нет, пришлите допсоглашение на подпись.",
             "Правление одобрило ваше предложение, давайте работать.",
             "The revised price works for us at 2.9%, please send the contract.",
             "No further comments; send us the amendment and we'll sign.",
             "The board has approved your revised proposal. Let's proceed.",
             "Цена не устраивает, давайте обсудим.", "Are you happy with the draft? If so, proceed?",
             "We'd like to go ahead if the fee is waived", "ничего не устраивает", ""]
    seen = 0
    for text in texts:
        low = text.lower()
        literals = deal_signals._SCAN.found(low)[0]
        expected = whole(low)
        assert deal_answers.said_yes(low, literals) == expected, text
        assert deal_answers.said_yes(low) == expected, text
        seen += expected is not None
    assert seen >= 6        # the texts hold yeses in both languages, not only noes


def test_a_cue_compiles_its_whole_regex_only_when_asked_for() -> None:
    # Matching runs by the alternatives; the whole regex, gated, is one of the largest
    # patterns, and compiling the signals' thirteen at import cost ~0.1 s of every run.
    regex = re.compile(r"(?:скидк\w*|discount|better\s+rate)")
    cue = Cue(regex)
    assert "regex" not in vars(cue)
    assert [m.span() for m in cue.regex.finditer("a better rate, a discount")] == [
        m.span() for m in regex.finditer("a better rate, a discount")]
    assert deal_signals.cue(deal_signals.LOST_RE).source is deal_signals.LOST_RE
    # A fresh process, as a run starts: inference imported, no cue's whole regex compiled.
    code = ("import indexer.analyze, indexer.deal_answers as a, indexer.deal_signals as s; "
            "print(sum('regex' in vars(c) for c in [*s._CUE.values(), a._AGAINST_CUE]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0"]
