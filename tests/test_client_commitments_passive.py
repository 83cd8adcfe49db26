"""A client's commitment written in the passive or with no subject, with its day."""

from __future__ import annotations

import pytest

from tests.test_agreed_items import client_commitments


@pytest.mark.parametrize("text", [
    "Оплата будет произведена до пятницы.",
    "Аванс будет перечислен 20 ноября.",
    "Гарантийное письмо будет направлено до конца недели.",
    "Будет оплачено до 25.11, счёт уже в работе.",
    "Payment will be made by Friday.",
    "The signed agreement will be returned by Wednesday.",
    "Will be paid by Friday, the invoice is approved.",
    "The deposit will be transferred on 20 November.",
])
def test_a_dated_act_in_the_passive_or_with_no_subject_is_a_commitment(
        tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    assert client_commitments(tmp_path, text) == [text]


@pytest.mark.parametrize("text", [
    # No day: the passive names no one bound to anything.
    "Оплата будет произведена после согласования.",
    "Payment will be made once the goods are accepted.",
    # Not an act of the deal: a state of the client's own side on a day.
    "Наш офис будет закрыт 20 ноября.",
    "Our office will be closed on Friday.",
    # A question asks.
    "Will the payment be made by Friday?",
])
def test_a_passive_with_no_day_or_no_act_of_the_deal_commits_nobody(
        tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    assert client_commitments(tmp_path, text) == []

