"""A client's promise to hand a thing over by courier, by hand or by post leaves no letter of
the client's: our letter saying it has come («оригиналы получили», "the signed copy arrived
this morning") keeps it, sent by the day after the deadline; a letter saying it has not come,
or asking whether it came, keeps nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from indexer.commitments import settle_commitments
from indexer.deal_signals import detect_signals

MADE = "2027-03-01T09:00:00+00:00"          # a Monday
DUE = "2027-03-03T20:59:59+00:00"           # Wednesday, end of the day in Moscow
NOW = datetime(2027, 3, 12, 12, tzinfo=UTC)
_REF = datetime(2027, 3, 4, 10, tzinfo=timezone(timedelta(hours=3)))


class _Db:
    """Records the statuses settle_commitments writes."""

    def __init__(self) -> None:
        self.conn = self
        self.written: dict[int, str] = {}

    def execute(self, sql: str, params: tuple[Any, ...]) -> None:
        self.written[params[2]] = params[0]


def _receipts(text: str) -> list[str]:
    return [s.text for s in detect_signals(text, direction="out", ref_time=_REF)
            if s.kind == "receipt"]


@pytest.mark.parametrize("text", [
    "Ирина, оригиналы получили, спасибо! Наш экземпляр вернём в пятницу.",
    "Добрый день! Подписанное дополнительное соглашение дошло вчера, всё в порядке.",
    "Пакет документов поступил к нам утром, передали в бухгалтерию.",
    "Hi Dana, the signed originals arrived this morning, thanks a lot.",
    "We received the wet-ink copies yesterday; our countersigned set goes back today.",
])
def test_our_letter_saying_a_thing_came_is_a_receipt(text):
    assert len(_receipts(text)) == 1


@pytest.mark.parametrize("text", [
    "Оригиналы пока не получили, курьер не приезжал.",
    "Подскажите, когда ждать оригиналы? Ещё не дошли.",
    "Договор пришлю, как только получим ваши реквизиты.",
    "Have you received the draft lease?",
    "The originals have not arrived yet, could you check with the courier?",
    "Once we receive the signed copy, we will countersign it the same day.",
])
def test_not_come_asked_or_awaited_is_no_receipt(text):
    assert _receipts(text) == []


def _settle(text: str, receipt_at: str | None, due: str | None = DUE, thread: int = 5,
            said: str | None = None) -> str:
    if said is None:   # our letter naming the thing come, in the promise's language
        said = ("The originals and hard copies arrived, thanks." if text.isascii()
                else "Оригиналы и копии получили, спасибо!")
    signals: list[dict[str, Any]] = [
        {"id": 1, "kind": "commitment", "text": text, "at": MADE, "due_at": due,
         "status": "?", "deal_id": 7, "thread_id": 5}]
    if receipt_at:
        signals.append({"id": 2, "kind": "receipt", "text": said, "at": receipt_at,
                        "due_at": None, "status": "open", "deal_id": 7, "thread_id": thread})
    db = _Db()
    settle_commitments(db, 7, [], signals, [], [], NOW)  # type: ignore[arg-type]
    return db.written[1]


@pytest.mark.parametrize("text", [
    "Подписанные оригиналы передадим курьером до среды.",
    "Две копии договора отправим почтой в среду.",
    "The originals will be couriered to your office on Wednesday.",
    "We will send the hard copies by FedEx on Wednesday.",
])
def test_a_thing_handed_over_is_kept_by_our_receipt(text):
    assert _settle(text, "2027-03-02T08:00:00+00:00") == "kept"
    # acknowledged the morning after the deadline: it came by then
    assert _settle(text, "2027-03-04T07:30:00+00:00") == "kept"
    # acknowledged a week late, or never: the deadline passed without it
    assert _settle(text, "2027-03-10T07:30:00+00:00") == "broken"
    assert _settle(text, None) == "broken"
    # no deadline: kept once it came, open until then
    assert _settle(text, "2027-03-10T07:30:00+00:00", due=None) == "kept"
    assert _settle(text, None, due=None) == "open"
    # a receipt in another conversation, or one naming other things, is of another thing
    assert _settle(text, "2027-03-02T08:00:00+00:00", thread=6) == "broken"
    assert _settle(text, "2027-03-02T08:00:00+00:00", said="Анкету получили.") == "broken"
    # a bare thank-you for the letter names nothing handed over
    assert _settle(text, "2027-03-02T08:00:00+00:00", said="Получила, спасибо!") == "broken"
    assert _settle(text, "2027-03-02T08:00:00+00:00",
                   said="The questionnaire arrived, thanks.") == "broken"


@pytest.mark.parametrize("text,said", [
    ("Оригиналы договора передадим курьером до среды.", "Оригиналы получили, спасибо!"),
    ("Подписанное соглашение отправим курьером в среду.", "Соглашение дошло, спасибо."),
    ("The signed original goes out by courier on Wednesday.", "The original arrived, thanks."),
    ("We will send the hard copy of the lease by FedEx on Wednesday.",
     "The lease came in this morning."),
])
def test_a_receipt_naming_the_thing_keeps_it(text, said):
    assert _settle(text, "2027-03-02T08:00:00+00:00", said=said) == "kept"


@pytest.mark.parametrize("text", [
    "Ответ по условиям дадим до среды.",
    "Вопрос передадим правлению и ответим до среды.",
    "We will confirm the budget by Wednesday.",
    "We will pass the terms to our board and reply by Wednesday.",
])
def test_a_receipt_keeps_no_promise_of_another_kind(text):
    assert _settle(text, "2027-03-02T08:00:00+00:00") == "broken"


def _undated(text: str, letters: list[tuple[str, bool]]) -> str:
    """The status of an undated commitment made at MADE, with the client's later letters
    given as (sent at, carries a file)."""
    messages = [(i, f"m{i}@x", 5, "in", at, "", files, 1)
                for i, (at, files) in enumerate(letters)]
    signals: list[dict[str, Any]] = [
        {"id": 1, "kind": "commitment", "text": text, "at": MADE, "due_at": None,
         "status": "?", "deal_id": 7, "thread_id": 5}]
    db = _Db()
    settle_commitments(db, 7, messages, signals, [], [], NOW)  # type: ignore[arg-type]
    return db.written[1]


@pytest.mark.parametrize("text", [
    "Выписку по счёту пришлю, как только банк её выдаст.",
    "Реквизиты нового юрлица направим отдельным письмом.",
    "I will forward the inspection report once it is ready.",
    "Our accountant will send the signed forms.",
])
def test_an_undated_sending_is_kept_by_the_clients_later_file(text):
    assert _undated(text, [("2027-03-05T10:00:00+00:00", True)]) == "kept"
    # a letter with no file, or a file sent before the promise, keeps nothing yet
    assert _undated(text, [("2027-03-05T10:00:00+00:00", False)]) == "open"
    assert _undated(text, [("2027-02-27T10:00:00+00:00", True)]) == "open"


@pytest.mark.parametrize("text", [
    "Посмотрим предложение и вернёмся.",
    "We will think it over and get back to you.",
])
def test_an_undated_answer_stays_open(text):
    assert _undated(text, [("2027-03-05T10:00:00+00:00", True)]) == "open"


@pytest.mark.parametrize("text", [
    "Реквизиты для договора направим до среды.",
    "Карточку с реквизитами пришлём до среды.",
])
def test_bank_details_are_no_visit(text):
    # «реквизиты» holds «визит»: read as a visit, the details sent were never seen
    messages = [(0, "m0@x", 5, "in", "2027-03-02T10:00:00+00:00", "", True, 1)]
    signals: list[dict[str, Any]] = [
        {"id": 1, "kind": "commitment", "text": text, "at": MADE, "due_at": DUE,
         "status": "?", "deal_id": 7, "thread_id": 5}]
    db = _Db()
    settle_commitments(db, 7, messages, signals, [], [], NOW)  # type: ignore[arg-type]
    assert db.written[1] == "kept"
    # a visit is still one
    signals[0]["text"] = "Визит согласуем до среды, пропуск закажем."
    settle_commitments(db, 7, messages, signals, [], [], NOW)  # type: ignore[arg-type]
    assert db.written[1] == "broken"
