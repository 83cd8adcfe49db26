"""A promise is due on the date bound to the promised action: a date said in a clause or phrase
that sets the scene before the promise ("when you're back on Monday", «после звонка во
вторник») is not the promise's, even with no comma between them."""

from datetime import date, datetime, timedelta, timezone

import pytest

from indexer.intent import detect_intents

REF = datetime(2026, 10, 7, 10, 0, tzinfo=timezone(timedelta(hours=3)))     # a Wednesday


def _due(text: str, lang: str) -> date | None:
    promise = next(i for i in detect_intents(text, direction="out", ref_time=REF, lang=lang)
                   if i.kind == "promise")
    return promise.due.date() if promise.due else None


@pytest.mark.parametrize("text,lang,want", [
    ("When you're back on Monday I'll walk you through the deck on Tuesday.", "en",
     date(2026, 10, 13)),
    ("Since you are away until the 20th I'll send the papers on the 22nd.", "en",
     date(2026, 10, 22)),
    ("Once the valuation lands on Thursday I will send you the revised offer on Monday.", "en",
     date(2026, 10, 12)),
    ("После звонка во вторник пришлю вам предложение в четверг.", "ru", date(2026, 10, 8)),
])
def test_a_date_that_sets_the_scene_before_the_promise_is_not_its_due(text, lang, want):
    assert _due(text, lang) == want


@pytest.mark.parametrize("text,lang,want", [
    # the date before the promise is its own when nothing sets a scene
    ("On Friday I'll send the report for Monday's meeting.", "en", date(2026, 10, 9)),
    ("Tomorrow I'll confirm whether we can deliver on the 20th.", "en", date(2026, 10, 8)),
    # a scene with no date after the promise: the date is the deadline
    ("Before the call on Thursday I'll send you the agenda.", "en", date(2026, 10, 8)),
])
def test_a_date_before_the_promise_stays_its_due_when_nothing_else_binds(text, lang, want):
    assert _due(text, lang) == want


@pytest.mark.parametrize("text,lang,want", [
    # the date belongs to the second act the writer commits to, after "и"/"and"
    ("Сверю реестр с выпиской, и отпишусь вам сегодня до 17:30.", "ru", date(2026, 10, 7)),
    ("Уточню у логистов сроки, и перезвоню завтра в 11:15.", "ru", date(2026, 10, 8)),
    ("I'll go through the schedule with ops, and I'll ring you tomorrow at 09:30.", "en",
     date(2026, 10, 8)),
])
def test_a_date_in_a_second_commitment_of_the_sentence_is_the_promises_due(text, lang, want):
    assert _due(text, lang) == want


@pytest.mark.parametrize("text,want", [
    ("Your letter of 1 October reached us; we'll respond by Friday.", date(2026, 10, 9)),
    ("Our team will be at your Leeds depot on Monday to fit the readers.", date(2026, 10, 12)),
    ("We should be able to release the funds on Thursday.", date(2026, 10, 8)),
])
def test_a_day_of_the_writers_own_act_is_kept_whatever_the_veto_doubts(text, want):
    assert _due(text, "en") == want


@pytest.mark.parametrize("text,want", [
    # "going to" and the act owed to the reader
    ("We're going to arrange the courier for the originals on Thursday.", date(2026, 10, 8)),
    # the subject left out, alone or after a greeting or a word of assent
    ("Will forward the signed addendum Friday.", date(2026, 10, 9)),
    ("Thanks Maria - will call you tomorrow at 10.", date(2026, 10, 8)),
])
def test_a_day_of_the_writers_own_act_in_other_shapes_is_kept_too(text, want):
    assert _due(text, "en") == want


# The writer's own act right after "will"/"going to", beyond the acts a colleague is committed
# to, keeps the day of its clause however unsure the veto is of the day.
@pytest.mark.parametrize("text, due", [
    ("To spare you the roaming fees, I'm going to add the travel bundle to both phones "
     "tomorrow.", date(2026, 10, 8)),
    ("Both tickets are on me, i'll have them closed out before EOD Friday.", date(2026, 10, 9)),
])
def test_the_writers_own_act_keeps_its_day(text, due):
    assert _due(text, "en") == due


def test_a_date_naming_what_the_act_is_for_gives_way_to_the_day_of_the_act():
    # Thursday is when the booked event is; the hold itself is put today
    assert _due("I'll put a hold on the boardroom for the Thursday workshop today.", "en") == \
        date(2026, 10, 7)
    # with one date only, the date is the act's
    assert _due("I'll book the boardroom for Thursday.", "en") == date(2026, 10, 8)


@pytest.mark.parametrize("text", [
    "We will release the goods within two business days of receiving your payment.",
    "I'll issue the certificate within 3 days after delivery.",
])
def test_a_length_counted_from_an_event_gives_no_due_day(text):
    assert _due(text, "en") is None


def test_a_length_counted_from_now_keeps_its_day():
    assert _due("We will release the goods within two business days.", "en") == date(2026, 10, 9)


@pytest.mark.parametrize("text,lang,want", [
    # a list inside brackets splits no clause: the date after it is still the promise's
    ("I will send you the price list (for 5, 10 and 20 seats) by Thursday.", "en",
     date(2026, 10, 8)),
    ("We'll quote both routes (sea, rail and the mixed one) on Monday.", "en",
     date(2026, 10, 12)),
    ("Пришлю прайс (на 5, 10 и 20 мест) до четверга.", "ru", date(2026, 10, 8)),
    ("Вышлю спецификацию по складам (Алматы, Астана и Шымкент) в пятницу.", "ru",
     date(2026, 10, 9)),
])
def test_a_list_in_brackets_does_not_cut_the_promise_from_its_date(text, lang, want):
    assert _due(text, lang) == want


@pytest.mark.parametrize("text,want", [
    # the writer's side named as the subject keeps the day of its act, whatever the verb
    ("Our support engineers will roll out the patch on Thursday.", date(2026, 10, 8)),
    ("Priya from our onboarding team is going to walk your staff through the portal on Monday.",
     date(2026, 10, 12)),
    ("Our field crew will start the wiring on Friday.", date(2026, 10, 9)),
])
def test_a_day_of_the_writers_sides_act_is_kept_whatever_its_verb(text, want):
    assert _due(text, "en") == want
