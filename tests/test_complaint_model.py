"""The complaint model: rebuilt from the repository alone, and what it adds to the cue rules."""

import email
import hashlib
import json
from email import policy
from pathlib import Path

import pytest

from indexer import complaint_model
from indexer.complaint import detect_complaint
from indexer.intent import sentences
from indexer.newtext import new_text

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def trained() -> complaint_model.ComplaintModel:
    return complaint_model.train()


def test_shipped_weights_rebuild_byte_for_byte_from_the_repository(trained, tmp_path):
    rebuilt = tmp_path / "complaint_weights.json"
    complaint_model.dump(trained, rebuilt)
    assert rebuilt.read_bytes() == complaint_model.WEIGHTS_PATH.read_bytes(), \
        "retrain: .venv/bin/python -m indexer.complaint_model train"


def test_training_uses_no_sentence_of_a_blind_set():
    trained_on = {t for t, _ in complaint_model.training_texts()}
    names = sorted((ROOT / "tests" / "data" / "blind").glob("*.jsonl"))
    assert len(names) >= 2
    for name in names:
        rows = name.read_text(encoding="utf-8").splitlines()
        blind = {json.loads(x)["text"] for x in rows if x.strip()}
        assert blind and trained_on.isdisjoint(blind), name.name
    labelled = (ROOT / "tests" / "data" / "intent_labelled.jsonl").read_text(encoding="utf-8")
    test4 = {json.loads(x)["text"] for x in labelled.splitlines()
             if x.strip() and json.loads(x)["split"] == "test4"}
    assert test4 and trained_on.isdisjoint(test4)


@pytest.mark.parametrize("text", [
    "Уже вторую неделю не можем получить справку об оборотах, звоним в отделение — никто ничего "
    "не знает. Так с клиентами не работают.",
    "Спасибо, конечно, что предупредили о новом тарифе в день списания. Очень по-партнёрски.",
    "We have now been waiting for the replacement card for three weeks and nobody at your "
    "branch seems to care.",
])
def test_complaints_written_without_the_cue_words_are_found(text):
    signal = detect_complaint(text)
    assert signal is not None


@pytest.mark.parametrize("text", [
    "Подскажите, пожалуйста, какие документы нужны для открытия второго счёта?",
    "Спасибо за быструю помощь с выпиской, всё получили.",
    "Could you send us the updated tariff sheet for acquiring before Friday?",
    "В прежнем банке нам постоянно задерживали платежи, поэтому мы и переходим к вам.",
])
def test_questions_thanks_and_grievances_about_others_are_not_complaints(text):
    assert detect_complaint(text) is None


def test_ordinary_business_mail_is_rarely_flagged():
    # the Enron messages that no trainer reads: the first 1,000 by sha1 of their path
    files = sorted((ROOT / "tests" / "corpora" / "enron_inbox" / "maildir").glob("*/inbox/*"),
                   key=lambda p: hashlib.sha1(
                       "/".join(p.parts[-3:]).encode()).hexdigest())[:1000]
    model = complaint_model.load()
    flagged = total = 0
    for path in files:
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        body = msg.get_body(("plain",))
        try:
            text = new_text(body.get_content()) if body is not None else ""
        except (LookupError, UnicodeError):
            continue
        if not text:
            continue
        total += 1
        flagged += any(model.is_complaint(text[s:e].lower(), "en") for s, e in sentences(text))
    assert total > 900
    assert flagged / total <= 0.01, (flagged, total)
