"""The fast paths of inference (a sentence met again, characters replaced in place) give the
answers the slow ones gave."""

from datetime import datetime, timedelta, timezone

from indexer import complaint_model
from indexer.intent import RuleBasedDetector

EN_REF = datetime(2026, 4, 14, 9, 30, tzinfo=timezone(timedelta(hours=1)))


class _Always:
    """A scorer that takes every sentence it is asked about for a request."""

    def is_request(self, low: str, lang: str, promise: bool, request: bool,
                   family: str) -> bool:
        return True


def test_a_sentence_is_decided_the_same_the_second_time_and_by_the_scorer_in_use() -> None:
    # a detector keeps what it decided of each sentence; a repeated sentence must get the
    # same answer, and a new scorer must be asked again rather than served the old answers
    text = "I will send the figures tomorrow. The old system was able to print it."
    detector = RuleBasedDetector()
    first = detector.detect(text, direction="in", ref_time=EN_REF)
    assert detector.detect(text, direction="in", ref_time=EN_REF) == first
    assert {i.kind for i in first} == {"promise"}
    detector.scorer = _Always()
    kinds = [i.kind for i in detector.detect(text, direction="in", ref_time=EN_REF)]
    assert kinds == ["promise", "request"]
    detector.scorer = None
    assert detector.detect(text, direction="in", ref_time=EN_REF) == first


class _Counting:
    """The rules' answer, counting the sentences it is asked about."""

    def __init__(self) -> None:
        self.asked = 0

    def is_request(self, low: str, lang: str, promise: bool, request: bool,
                   family: str) -> bool:
        self.asked += 1
        return request


def test_a_sentence_seen_before_is_not_scored_again() -> None:
    # stock sentences recur across a mailbox: the second message that holds them costs no
    # second pass of the rules and the model
    scorer = _Counting()
    detector = RuleBasedDetector(scorer)
    text = "Could you send the invoice? The old system was able to print it."
    first = detector.detect(text, direction="in", ref_time=EN_REF)
    asked = scorer.asked
    assert asked == 2
    again = detector.detect("Hello. " + text, direction="in", ref_time=EN_REF)
    assert scorer.asked == asked
    assert [(i.kind, i.sentence) for i in again] == [(i.kind, i.sentence) for i in first]


def test_a_sentence_scored_before_scores_the_same_in_another_text():
    # each sentence's part of a text's score is kept for the next text that holds it; the
    # scores must be those of a model that never saw the sentence
    weights = complaint_model.load()
    warm = complaint_model.ComplaintModel(weights.weights, weights.bias, weights.thresholds)
    texts = [["we were charged twice again.", "please refund it."],
             ["please refund it.", "we were charged twice again.", "nobody called back!"],
             ["nobody called back!"], ["please refund it.", ""]]
    for sents in texts + texts:
        cold = complaint_model.ComplaintModel(weights.weights, weights.bias, weights.thresholds)
        assert warm.text_score(sents) == cold.text_score(sents)


def test_a_russian_promise_in_a_text_whose_lower_case_changes_length_is_found() -> None:
    # "İ" lower-cases to two characters, so each sentence is blanked on its own (the path
    # where only the first-person future verb, not a cue word, lets the sentence in)
    from indexer.intent import detect_intents

    found = detect_intents("İzmir office. Доделаю отчёт завтра.", direction="out",
                           ref_time=EN_REF)
    assert [(i.kind, i.sentence) for i in found] == [("promise", "Доделаю отчёт завтра.")]


def test_a_rule_with_a_literal_gate_finds_what_the_rule_finds() -> None:
    # the gate tests the literals every match holds; a sentence without them is skipped,
    # every other sentence is searched as before
    from indexer.classify import WordRule

    pattern = (r"\bour\s+(?:\w+\s+){0,2}(?:suppliers?|vendors?)\b|\b(?:the\s+)?(?:tax\s+office|hmrc)\b"
               r"|(?<![а-яё])(?:друг\w*|прежн\w*)\s+(?:банк|поставщик)\w*|^thanks")
    plain, gated = WordRule(pattern), WordRule(pattern, literal_gate=True)
    texts = ["our main steel suppliers are late", "the tax office wrote", "hmrc", "our team",
             "в прежнем банке всё было иначе", "другой поставщик", "thanks a lot", "no thanks",
             "a vendor", "our vendors", "taxoffice", ""]
    for text in texts:
        assert gated.search(text) == plain.search(text), text
        assert gated.count(text, 3) == plain.count(text, 3), text
    assert [gated.search(t) for t in texts] == [True, True, True, False, True, True, True,
                                               False, False, True, False, False]
