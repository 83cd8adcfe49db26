"""The promise veto: deterministic training on labelled real sent mail, shipped weights, and
that it only ever removes an English rule promise."""

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from indexer import complaint_model, intent_model, promise_model
from indexer.intent import RuleBasedDetector, default_detector
from indexer.promise_model import PromiseVeto

CDT = timezone(timedelta(hours=-5))
REF = datetime(2001, 10, 17, 9, 30, tzinfo=CDT)


@pytest.fixture(scope="module")
def trained() -> PromiseVeto:
    return promise_model.train()


def test_shipped_weights_rebuild_byte_for_byte_from_the_repository(trained, tmp_path):
    # The trainer reads only tests/data, so a fresh clone rebuilds the shipped file exactly.
    rebuilt = tmp_path / "promise_weights.json"
    promise_model.dump(trained, rebuilt)
    assert rebuilt.read_bytes() == promise_model.WEIGHTS_PATH.read_bytes(), \
        "retrain: .venv/bin/python -m indexer.promise_model train"


def test_training_twice_gives_the_same_weights(trained):
    assert promise_model.train().to_json() == trained.to_json()


def test_no_training_message_is_a_blind_set_message():
    rows = promise_model.load_rows()
    sources = {r.source for r in rows}
    assert len(sources) > 50
    assert sources.isdisjoint(complaint_model.blind_sources())
    blind_texts = {str(r.get("text", "")) for r in complaint_model.blind_rows()}
    assert {r.text for r in promise_model.training_rows()}.isdisjoint(blind_texts)


def test_no_training_message_is_one_set_aside_for_a_blind_set_being_labelled():
    reserved = complaint_model.reserved_sources()
    assert len(reserved) >= 800
    assert {r.source for r in promise_model.load_rows()}.isdisjoint(reserved)
    trainable = {"/".join(p.parts[-3:]) for p in complaint_model.enron_split()[1]}
    assert trainable.isdisjoint(reserved)


def test_a_sentence_a_message_set_aside_also_holds_is_not_trained_on():
    # the same announcement reached several mailboxes: its copy outside the list is left out
    reserved = promise_model.reserved_text()
    held = [r for r in promise_model.load_rows()
            if len(r.text) >= promise_model.RESERVED_MIN_CHARS
            and " ".join(r.text.split()) in reserved]
    assert held
    assert {r.text for r in promise_model.training_rows()}.isdisjoint(r.text for r in held)


def test_training_messages_come_from_the_trainable_enron_part():
    trainable = {"/".join(p.parts[-3:]) for p in complaint_model.enron_split()[1]}
    assert {r.source for r in promise_model.load_rows()} <= trainable


def test_cross_validated_veto_is_more_precise_than_the_rules_and_keeps_most_promises():
    rows = promise_model.training_rows()
    scored = promise_model.held_out_scores(rows)
    t = promise_model.calibrate(scored)
    rule_tp = sum(1 for r, _ in scored if r.promise)
    kept = [r for r, p in scored if p >= t]
    assert rule_tp and kept
    assert sum(r.promise for r in kept) / len(kept) > rule_tp / len(scored)
    assert sum(r.promise for r in kept) >= (1 - promise_model.MAX_RECALL_LOSS) * rule_tp


def test_the_veto_only_removes_english_promises():
    veto = PromiseVeto({}, -40.0, 0.5)        # vetoes every English sentence it sees
    plain = RuleBasedDetector(intent_model.load())
    vetoed = RuleBasedDetector(intent_model.load(), veto)
    en = "I will send you the signed contract tomorrow. Could you check the figures?"
    assert [i.kind for i in plain.detect(en, direction="out", ref_time=REF)] == \
        ["promise", "request"]
    assert [i.kind for i in vetoed.detect(en, direction="out", ref_time=REF)] == ["request"]
    ru = "Пришлю договор завтра."
    assert [i.kind for i in vetoed.detect(ru, direction="out", ref_time=REF, lang="ru")] == \
        ["promise"]


def test_the_product_uses_the_shipped_veto():
    det = default_detector()
    assert isinstance(det, RuleBasedDetector)
    assert det.promise_veto is not None
    assert det.promise_veto.to_json() == promise_model.load().to_json()


def test_a_bad_training_row_names_the_file_and_row(tmp_path):
    bad = tmp_path / "train.jsonl"
    bad.write_text('{"source": "a/inbox/1", "text": "I will call.", "promise": true}\n'
                   '{"source": "a/inbox/1", "text": "x"}\n', encoding="utf-8")
    with pytest.raises(intent_model.ModelError, match=r"train\.jsonl row 2"):
        promise_model.load_rows(bad)


def test_a_missing_weights_file_is_one_clear_error(tmp_path):
    with pytest.raises(intent_model.ModelError, match="retrain"):
        promise_model.load(Path(tmp_path / "none.json"))


@pytest.mark.parametrize("text", ["I'll call you on Monday to go through the numbers.",
                                  "I'll give you a call when you're back."])
def test_a_vetoed_promise_does_not_become_a_request(text):
    # The request model learned from the rules' answers: a promise the veto drops is still
    # the rules' promise to it, so it is neither a promise nor a request now.
    vetoed = RuleBasedDetector(intent_model.load(), PromiseVeto({}, -40.0, 0.5))
    assert vetoed.detect(text, direction="out", ref_time=REF, lang="en") == []


def test_a_promise_the_veto_is_less_sure_of_keeps_no_due_date():
    # p = 0.5 for every sentence: above the veto's threshold, below the due date's
    text = "We will have the signed contract ready tomorrow."
    unsure = RuleBasedDetector(intent_model.load(), PromiseVeto({}, 0.0, 0.3, 0.7))
    [p] = [i for i in unsure.detect(text, direction="out", ref_time=REF) if i.kind == "promise"]
    assert p.due is None and p.due_grain is None
    sure = RuleBasedDetector(intent_model.load(), PromiseVeto({}, 0.0, 0.3, 0.4))
    [p] = [i for i in sure.detect(text, direction="out", ref_time=REF) if i.kind == "promise"]
    assert p.due is not None and p.due.date().isoformat() == "2001-10-18"
    ru = "Пришлю договор завтра."
    [p] = unsure.detect(ru, direction="out", ref_time=REF, lang="ru")
    assert p.due is not None                   # the model reads English only


@pytest.mark.parametrize("text,day", [
    ("I will send you the signed contract tomorrow.", 18),
    ("We'll be calling you on Friday with the rates.", 19),
    ("Let me check with our trade desk and get back to you this afternoon.", 17),
    ("We are reviewing the file and will send our comments on Friday.", 19),
    ("Our credit team will come back to you tomorrow with a decision.", 18),
    ("The loan agreement will be sent to you tomorrow.", 18),
])
def test_an_act_owed_right_after_will_keeps_its_day_when_the_veto_keeps_the_promise(text, day):
    # the date is in the clause of the writer's own act for the reader, so it is that act's
    unsure = RuleBasedDetector(intent_model.load(), PromiseVeto({}, 0.0, 0.3, 0.7))
    [p] = [i for i in unsure.detect(text, direction="out", ref_time=REF) if i.kind == "promise"]
    assert p.due is not None and p.due.date().isoformat() == f"2001-10-{day}"
    # an attempt or a state is no act owed: the unsure veto leaves the day off
    [p] = [i for i in unsure.detect("I will try to send you the contract tomorrow.",
                                    direction="out", ref_time=REF) if i.kind == "promise"]
    assert p.due is None


def test_the_due_threshold_is_the_lowest_at_which_day_dated_promises_are_real_and_due_that_day():
    ref = "2001-10-17T09:30:00-05:00"
    ready = "We will have the signed contract ready tomorrow."
    rows = [promise_model.Row(f"a/inbox/{n}", ready, y, None, ref, "2001-10-18" if y else None)
            for n, y in enumerate([True] * 18 + [False] * 2)]
    undated = promise_model.Row("b/inbox/1", "We will have it ready.", False, None, ref)
    # a week is stored with its grain and given no day by the guide: it counts neither way
    week = promise_model.Row("c/inbox/1", "We will have it ready next week.", False, None, ref)
    # the false dated promises score 0.3; the undated and week-dated ones count for nothing
    scored = ([(r, 0.9 if r.promise else 0.3) for r in rows] + [(undated, 0.9), (week, 0.9)])
    assert promise_model.calibrate_due(scored, 0.1) == 0.35
    # real promises the labeller gives another day than the rules are dated wrongly too
    other_day = [(promise_model.Row(f"d/inbox/{n}", ready, True, None, ref, "2001-10-19"), 0.4)
                 for n in range(2)]
    assert promise_model.calibrate_due(scored + other_day, 0.1) == 0.45
    # an act owed right after "will" keeps its day at any threshold: a false one counts
    # against every threshold, so none reaches the aim and the most precise one is taken
    act = [(promise_model.Row("e/inbox/1", "I will call you tomorrow.", False, None, ref), 0.2)]
    assert promise_model.calibrate_due(scored + act, 0.1) == 0.35
    # ... unless the veto drops it
    assert promise_model.calibrate_due(scored + act, 0.25) == 0.35
    assert promise_model.calibrate_due(scored + other_day + act, 0.25) == 0.45
    # when no threshold reaches the aim, the most precise one (the lowest of equals)
    unsure = [(r, 0.2) for r in rows[:2]] + [(r, 0.9) for r in rows[18:]]
    assert promise_model.calibrate_due(unsure, 0.1) == 0.1


def test_held_out_the_shipped_due_threshold_dates_promises_at_the_aimed_precision():
    # A retrain that can no longer date promises this precisely fails here instead of moving
    # the threshold down unnoticed (the 0.30 -> 0.15 move that halved dated precision).
    from indexer.promise_rules import own_act_dated

    rows = promise_model.training_rows()
    scored = promise_model.held_out_scores(rows)
    veto = promise_model.load()
    assert promise_model.calibrate_due(scored, veto.threshold) == veto.due_threshold
    dated = []
    for r, p in scored:
        due = promise_model.rules_due(r)
        if due is None or due[1] not in promise_model.DAY_GRAINS or p < veto.threshold:
            continue
        if p >= veto.due_threshold or own_act_dated(r.text.lower()):
            dated.append(r.promise and r.due == due[0])
    assert len(dated) >= 10
    assert sum(dated) / len(dated) >= promise_model.DUE_PRECISION
