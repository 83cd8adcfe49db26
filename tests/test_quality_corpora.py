"""Regression guard: quality on the public corpora and the labelled set stays above floors.

Floors sit a few points below the figures measured when the rules were written
(see bench/RESULTS.md, section quality); a drop below one means a change made
inference worse on data that was not written for it.
"""

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "dealtrail_bench_quality", Path(__file__).resolve().parents[1] / "bench" / "quality.py")
quality = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(quality)


def test_day_grain_dates_of_the_dateparser_corpus_stay_above_floor(corpora):
    res = quality.score_dates(corpora)
    assert res["n_day"] >= 100
    assert res["day"] >= 0.88 and res["day_en"] >= 0.90 and res["day_ru"] >= 0.84, res


def test_reply_stripping_stays_above_floor_per_source(corpora):
    res = quality.score_replies(corpora)
    assert res["all"] >= 0.95, res
    assert res["mailgun_talon"] >= 0.95 and res["zapier_email_reply_parser"] >= 0.92, res
    assert res["github_email_reply_parser"] >= 0.93, res


def test_parakweet_request_commitment_f1_stays_above_floor(corpora):
    res = quality.score_parakweet(corpora, "test")
    assert res["f1"] >= 0.76 and res["precision"] >= 0.76, res


def test_labelled_promise_precision_and_recall_stay_above_floor():
    res = quality.score_labelled(quality.load_labelled(), "test")
    assert res["promise"]["precision"] >= 0.95 and res["promise"]["recall"] >= 0.93, res
    assert res["request"]["f1"] >= 0.93 and res["complaint"]["f1"] >= 0.90, res


def test_sentences_written_after_the_rules_stay_above_floor():
    res = quality.score_labelled(quality.load_labelled(), "test2")
    assert res["n"] >= 100
    assert res["promise"]["f1"] >= 0.90 and res["request"]["f1"] >= 0.85, res
    assert res["complaint"]["precision"] >= 0.9 and res["complaint"]["f1"] >= 0.5, res


def test_the_second_blind_set_stays_above_its_first_run():
    # test4 was written blind after the rule changes; its first run is the floor: complaint
    # P 1.0 R 0.20, request F1 0.954, promise F1 0.741 (bench/RESULTS.md). The complaint
    # model over whole texts traded precision for recall there (P 0.93 R 0.65): the floor
    # is the goal's precision and the recall it reached.
    res = quality.score_labelled(quality.load_labelled(), "test4")
    assert res["n"] >= 100
    assert res["complaint"]["precision"] >= 0.9 and res["complaint"]["recall"] >= 0.6, res
    assert res["request"]["f1"] >= 0.93 and res["promise"]["f1"] >= 0.7, res


def test_complaints_in_the_blind_set_stay_above_floor():
    # test3 was written by someone who had not read the rules; its first run gave complaint
    # P 0.76 R 0.32 (bench/RESULTS.md), the cues were widened after it.
    res = quality.score_labelled(quality.load_labelled(), "test3")
    assert res["n"] >= 120
    assert res["complaint"]["precision"] >= 0.85 and res["complaint"]["recall"] >= 0.65, res
    assert res["request"]["f1"] >= 0.85, res


def test_labelled_due_dates_stay_above_floor():
    for split in ("test", "test2", "test3", "test4"):
        res = quality.score_own_dates(quality.load_labelled(), split)
        assert res["due_accuracy"] >= 0.95, (split, res)


def test_development_sets_are_scored_beside_their_peers_and_stay_at_or_above_floor(corpora):
    res = quality.score_dev_sets(corpora)
    replies, dates = res["replies_dev"], res["dates_dev"]
    assert replies["product"]["n"] == 40 and dates["product"]["n_day"] == 200, res
    assert replies["product"]["exact"] >= 0.95, res
    assert dates["product"]["day_en"] >= 0.98 and dates["product"]["day_ru"] >= 0.98, res
    assert dates["product"]["no_day"] >= 0.95, res
    assert dates["product"]["day"] >= dates["peer_dateparser"]["day"], res
    # the second date development set: first run day 0.96 (EN 0.96, RU 0.96), before its misses
    # were read (bench/RESULTS.md); two rows of a range stay misses, its writer reads no day
    dev2 = res["dates_dev2"]["product"]
    assert dev2["n_day"] == 200 and dev2["day_en"] >= 0.98 and dev2["day_ru"] >= 0.98, res
    assert dev2["no_day"] >= 0.9 and dev2["day"] >= res["dates_dev2"]["peer_dateparser"]["day"], res
