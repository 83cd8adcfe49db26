"""English promises whose subject is not "I/we will": a thing of the writer's side on its
way to the reader, the reader to have something from the writer, a colleague named with a
title or "from our side", a subject left out after a reply's opening words; each with the
day it is due."""

from datetime import date, datetime, timedelta, timezone

import pytest

from indexer.intent import sentences
from tests.intents_found import assert_promise_due, first_promise

GMT = timezone(timedelta(0))
REF = datetime(2026, 11, 4, 11, 0, tzinfo=GMT)      # a Wednesday


def _promise(text: str):
    return first_promise(text, REF, "en")


@pytest.mark.parametrize("text, due", [
    # a thing on its way, with its time
    ("The amended schedule of works will go out to you on Friday.", date(2026, 11, 6)),
    ("These pallets will ship tomorrow morning.", date(2026, 11, 5)),
    ("The updated rate card will follow on Monday.", date(2026, 11, 9)),
    ("Your replacement cards should reach you by Friday.", date(2026, 11, 6)),
    # the reader to have it from the writer
    ("You will have three shortlisted suppliers from us by Thursday.", date(2026, 11, 5)),
    ("You'll have them by tomorrow.", date(2026, 11, 5)),
    # a colleague: "from our side", a supervisor, a role written with a title and a name
    ("Ms. Okafor from our side will run the stock count at your depot on Friday.",
     date(2026, 11, 6)),
    ("My supervisor will approve the fee refund by Friday.", date(2026, 11, 6)),
    ("Our treasury adviser, Mr. Lindqvist, is going to send the hedging options tomorrow.",
     date(2026, 11, 5)),
    ("Procurement should have the signed order back to you on Friday.", date(2026, 11, 6)),
    # the subject left out after a reply's opening words
    ("Thanks Omar — will circle back on Friday.", date(2026, 11, 6)),
])
def test_a_promise_whose_subject_is_not_i_or_we_is_found_with_its_day(text, due):
    assert_promise_due(text, REF, due, "en")


@pytest.mark.parametrize("text", [
    "He will follow on the later flight.",              # a person: a trip, not a delivery
    "Prices will follow the market next month.",        # no delivery, a forecast
    "You will have to pay the stamp duty by Friday.",   # the reader's own duty
    "You should have received our invoice by now.",     # nothing on its way
    "The carrier tells us the container will ship on Friday.",  # someone else's word
])
def test_a_thing_or_the_reader_with_no_delivery_is_no_promise(text):
    assert _promise(text) is None


def test_a_title_before_a_name_does_not_end_the_sentence():
    text = "Our analyst, Dr. Weiss, will send the model. Mrs. Hale will call."
    assert [text[s:e] for s, e in sentences(text, titles=True)] == [
        "Our analyst, Dr. Weiss, will send the model.", "Mrs. Hale will call."]


# The Russian counterpart: a person of the writer's side named by the role alone, or the
# verb said before its subject; read with the day it is due.
@pytest.mark.parametrize("text, due", [
    ("Замерщик приедет к вам в пятницу после обеда.", date(2026, 11, 6)),
    ("Акт сверки бухгалтер передаст завтра.", date(2026, 11, 5)),
    ("Договор поставки вам отправит мой коллега Игорь Власов в четверг.", date(2026, 11, 5)),
    ("Смету на монтаж пришлёт наш прораб до пятницы.", date(2026, 11, 6)),
])
def test_a_role_of_the_writers_side_with_a_day_is_a_russian_promise(text, due):
    assert_promise_due(text, REF, due, "ru")


@pytest.mark.parametrize("text", [
    "Ваш бухгалтер передаст акт завтра.",          # the reader's own people
    "Замерщик приедет к вам.",                     # no day: how things go
    "Надеюсь, инженер приедет в пятницу.",         # a hope
    "Курьер не приедет в пятницу.",                # negated
])
def test_a_role_that_is_not_ours_or_has_no_day_is_no_russian_promise(text):
    assert first_promise(text, REF, "ru") is None


@pytest.mark.parametrize("text, lang, due", [
    # a thing of the writer's side sent in the passive, with where it goes before its time
    ("The signed lease will be couriered to your Leeds office on Monday.", "en",
     date(2026, 11, 9)),
    ("The stamped invoice copy will be shared with you by tomorrow.", "en", date(2026, 11, 5)),
    ("Final floor plans will be sent via WeTransfer by Friday.", "en", date(2026, 11, 6)),
    ("The spare filters will be sent to your site team tomorrow by UPS.", "en",
     date(2026, 11, 5)),
    ("The audit summary will be in your inbox first thing Friday.", "en", date(2026, 11, 6)),
    # a colleague named between commas after the role
    ("Наш технолог, Ольга Ивановна, сама позвонит вам завтра.", "ru", date(2026, 11, 5)),
    ("Наш менеджер, Анна, пришлёт счёт в пятницу.", "ru", date(2026, 11, 6)),
])
def test_a_delivery_with_its_destination_or_a_named_colleague_is_a_dated_promise(text, lang, due):
    assert_promise_due(text, REF, due, lang)


@pytest.mark.parametrize("text, lang", [
    ("The office will be closed on Monday.", "en"),
    ("Your payment will be sent to your bank by Friday.", "en"),
    ("The new tariffs will be sent to all members next year.", "en"),
    ("Наш менеджер, к сожалению, не позвонит вам завтра.", "ru"),
    ("Наш офис, как обычно, закрыт в праздники.", "ru"),
])
def test_what_is_not_sent_to_the_reader_or_not_promised_stays_no_promise(text, lang):
    assert first_promise(text, REF, lang) is None, text


@pytest.mark.parametrize("text, lang", [
    ("Если хотите добавить монтаж, скажите — посчитаю отдельно.", "ru"),
    ("Если решите продлить аренду, сообщите, оформим.", "ru"),
    ("If you'd like us to add the spare parts, just say and I'll update the quote.", "en"),
    ("If you’d prefer a paper copy, tell me and we'll post one.", "en"),
])
def test_an_offer_that_waits_for_the_reader_to_say_so_is_no_promise(text, lang):
    assert first_promise(text, REF, lang) is None, text


@pytest.mark.parametrize("text, lang", [
    ("Если скажете, пришлём завтра.", "ru"),
    ("Пришлём счёт завтра, если не будет возражений.", "ru"),
    ("We'll ship on Friday as you'd like.", "en"),
])
def test_a_commitment_with_no_offer_waiting_on_the_reader_stays_a_promise(text, lang):
    assert first_promise(text, REF, lang) is not None, text
