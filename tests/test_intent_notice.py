"""A sentence that tells the reader a fact ("Please note that ...", «Обращаем ваше внимание,
что ...») asks nothing (FYI is no request), unless what follows lays a duty on the reader."""

from datetime import UTC, datetime

import pytest

from tests.intents_found import requests_in

REF = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)



@pytest.mark.parametrize("text", [
    "Please note that the office will be closed on Monday.",
    "Please note that prices go up from April 1.",
    "Please be advised that the invoice was paid yesterday.",
    "Kindly note that our bank details have changed.",
    "Tom, please note that the warehouse closes at 5 pm on Fridays.",
    "Note that the shipment left the port this morning.",
    "Обращаем ваше внимание, что офис не работает в понедельник.",
    "Просим учесть, что цены изменятся с 1 апреля.",
    "Прошу обратить внимание, что реквизиты изменились.",
    "Коллеги, примите к сведению, что склад закрыт до среды.",
])
def test_a_fact_told_is_no_request(text):
    assert not requests_in(text, REF)


@pytest.mark.parametrize("text", [
    "Please note that you will need to sign both copies.",
    "Please note that the form must be signed by the director.",
    "Please note the new delivery address and update your records.",
    "Please note: send the originals by courier.",
    "Please note that the originals are required by Friday.",
    "Обратите внимание, что оригиналы нужно прислать курьером до пятницы.",
    "Прошу учесть, что договор должен быть подписан директором.",
    "Обратите внимание, что счёт надо оплатить до 20-го.",
    "Просим учесть, что заявку присылайте до 15:00.",
    "Прошу учесть мои правки и прислать новую версию.",
])
def test_a_duty_laid_on_the_reader_is_still_a_request(text):
    assert requests_in(text, REF)
