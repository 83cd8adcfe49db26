"""The request model: deterministic training, shipped weights, scoring, labelled-set floors."""

import importlib.util
import math
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from indexer import intent_model
from indexer.intent import RuleBasedDetector, default_detector, detect_intents, rule_view
from indexer.intent_model import Example, LinearScorer, RulesOnlyScorer, Scorer

_SPEC = importlib.util.spec_from_file_location(
    "dealtrail_bench_quality_model", Path(__file__).resolve().parents[1] / "bench" / "quality.py")
quality = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(quality)

BST = timezone(timedelta(hours=1))
EN_REF = datetime(2026, 4, 14, 9, 30, tzinfo=BST)


@pytest.fixture(scope="module")
def trained(corpora: Path) -> LinearScorer:
    return intent_model.train(corpora)


def test_training_twice_gives_the_same_weights(corpora, trained):
    again = intent_model.train(corpora)
    assert again.to_json() == trained.to_json()


def test_shipped_weights_rebuild_byte_for_byte_from_the_repository(trained, tmp_path):
    # The trainer reads only tests/corpora/intent and tests/data, so a fresh clone rebuilds
    # the shipped file exactly; a difference means the weights were not retrained.
    assert intent_model.CORPORA.is_relative_to(intent_model.WEIGHTS_PATH.parents[1])
    rebuilt = tmp_path / "intent_weights.json"
    intent_model.dump(trained, rebuilt)
    assert rebuilt.read_bytes() == intent_model.WEIGHTS_PATH.read_bytes(), \
        "retrain: .venv/bin/python -m indexer.intent_model train"


def test_training_uses_no_sentence_of_the_held_out_half(corpora):
    texts = [t for t, _, _ in intent_model.training_texts(corpora)]
    held_out = {t for t, _ in intent_model.load_parakweet(corpora, "test")}
    assert texts and held_out.isdisjoint(texts)


def test_fit_is_deterministic_and_learns_a_separable_toy_set():
    exs = [Example(("please", "send"), True), Example(("thanks", "received"), False)] * 20
    w1, b1 = intent_model.fit(exs, epochs=5)
    w2, b2 = intent_model.fit(exs, epochs=5)
    assert (w1, b1) == (w2, b2)
    scorer = LinearScorer(w1, b1)
    assert scorer.probability("please send", "en", False, False, "") > 0.8
    assert scorer.probability("thanks, received", "en", False, False, "") < 0.2


def test_a_sentence_of_unseen_words_scores_from_bias_and_shape_alone():
    scorer = intent_model.load()
    low = "zyxxorp quembleflitz vorpalnik?"
    z = scorer.logit(low, "en", False, True, "question")
    keys = intent_model.features(low, "en", False, True, "question")
    expected = scorer.bias + sum(scorer.weights.get(intent_model.bucket(k), 0.0) for k in keys)
    assert math.isclose(z, expected, abs_tol=1e-9)
    assert 0.0 < scorer.probability(low, "en", False, True, "question") < 1.0


def test_fast_scoring_equals_the_sum_over_the_training_features():
    scorer = intent_model.load()
    text = "Could you send me the revised term sheet by Friday, and also copy John on it?"
    for v in rule_view(text) + rule_view("Пришлите, пожалуйста, «договор» до 15.03!"):
        keys = intent_model.features(v.low, v.lang, v.promise, v.request, v.family)
        slow = scorer.bias + sum(scorer.weights.get(intent_model.bucket(k), 0.0) for k in keys)
        assert math.isclose(scorer.logit(v.low, v.lang, v.promise, v.request, v.family), slow,
                            abs_tol=1e-9)


def test_non_ascii_and_ascii_sentences_tokenize_alike():
    assert intent_model.tokens("it’s «ok» at 10:30…") == ["it's", "ok", "at", "00", "00"]
    assert intent_model.tokens("it's \"ok\" at 10:30...") == ["it's", "ok", "at", "00", "00"]


def test_the_rules_only_scorer_keeps_the_rules_answers():
    s: Scorer = RulesOnlyScorer()
    det = RuleBasedDetector(s)
    text = "Please send the February statement. Let me know if you have any questions."
    assert det.detect(text, direction="in", ref_time=EN_REF) == \
        RuleBasedDetector().detect(text, direction="in", ref_time=EN_REF)


def test_a_model_never_turns_a_courtesy_closer_or_a_rule_promise_into_a_request():
    always = LinearScorer({}, bias=30.0, veto_below=0.2, add_above=0.8, add_needs="you")
    det = RuleBasedDetector(always)
    for text in ("Let me know if you have any questions.", "I'll send you the pack tomorrow."):
        kinds = {i.kind for i in det.detect(text, direction="in", ref_time=EN_REF)}
        assert "request" not in kinds, text


def test_a_confident_model_adds_and_vetoes_english_requests_only():
    yes = RuleBasedDetector(LinearScorer({}, bias=30.0, veto_below=0.2, add_above=0.8,
                                         add_needs="you"))
    no = RuleBasedDetector(LinearScorer({}, bias=-30.0, veto_below=0.2, add_above=0.8))
    added = yes.detect("You will need the signed form for the branch.", direction="in",
                       ref_time=EN_REF)
    assert [i.kind for i in added] == ["request"]
    assert no.detect("Please send the statement.", direction="in", ref_time=EN_REF) == []
    ru = no.detect("Пришлите, пожалуйста, выписку.", direction="in", ref_time=EN_REF)
    assert [i.kind for i in ru] == ["request"]


def test_the_product_detector_uses_the_shipped_model():
    det = default_detector()
    assert isinstance(det, RuleBasedDetector) and isinstance(det.scorer, LinearScorer)
    assert detect_intents("Please send the statement by Friday.", direction="in",
                          ref_time=EN_REF)[0].kind == "request"


def test_a_missing_weights_file_is_a_clear_model_error(tmp_path):
    with pytest.raises(intent_model.ModelError, match="retrain"):
        intent_model.load(tmp_path / "absent.json")


@pytest.mark.parametrize("split", ["test", "test2"])
def test_the_combination_keeps_the_labelled_set_floors(split):
    labelled = quality.load_labelled()
    combined = quality.score_labelled(labelled, split)
    rules = quality.score_labelled(labelled, split, RuleBasedDetector())
    assert combined["promise"]["precision"] >= 0.90 and combined["promise"]["recall"] >= 0.80
    assert combined["request"]["f1"] >= rules["request"]["f1"] - 0.02, (combined, rules)


def test_the_combination_beats_the_rules_on_the_held_out_parakweet_half(corpora, trained):
    rules = quality.score_parakweet(corpora, "test", RuleBasedDetector())
    combined = quality.score_parakweet(corpora, "test")
    assert combined["f1"] >= rules["f1"] + 0.02, (combined, rules)


@pytest.mark.parametrize("name", ["intent", "promise", "complaint"])
def test_the_weights_files_are_parsed_in_c_to_what_json_reads(name: str) -> None:
    import json

    assert intent_model.msgspec is not None     # an install dependency: the start of every run
    path = Path(intent_model.__file__).with_name(f"{name}_weights.json")
    assert intent_model.read_weights(path, name) == json.loads(path.read_text(encoding="utf-8"))


def test_a_broken_weights_file_is_named_with_the_command_that_rebuilds_it(
        tmp_path: Path) -> None:
    broken = tmp_path / "intent_weights.json"
    broken.write_text('{"format": 1, "weights": {', encoding="utf-8")
    with pytest.raises(intent_model.ModelError, match="intent_weights.json.*indexer.intent_model train"):
        intent_model.read_weights(broken, "intent")
