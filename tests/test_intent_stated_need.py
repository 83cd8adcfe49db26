"""A need stated in the future or the conditional and aimed at the reader ("We'd need your
signed form by Friday", «Нам понадобится от вас акт сверки к понедельнику») asks the reader to
provide it; a need of the writer's own that names neither the reader nor a day asks nothing."""

from datetime import UTC, datetime

import pytest

from tests.intents_found import requests_in

REF = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)



@pytest.mark.parametrize("text", [
    "We'd need your signed form by Friday.",
    "We would need the signed contract by Monday.",
    "We will need your bank details before we can pay.",
    "We'll need the updated price list from you by Tuesday.",
    "We're going to need a copy of the certificate by the end of the week.",
    "I'd need the final numbers from you tomorrow.",
    "The only thing we still need is your signature.",
    "Нам нужен подписанный договор до пятницы.",
    "Мне понадобится от вас акт сверки к понедельнику.",
    "Нам потребуется ваша доверенность до среды.",
    "Нужен ваш ответ до конца дня.",
    "Для оплаты нам понадобятся ваши реквизиты.",
    "Чтобы оплатить до пятницы, нам понадобятся ваши реквизиты.",
])
def test_a_need_the_reader_is_to_meet_is_a_request(text):
    assert requests_in(text, REF)


@pytest.mark.parametrize("text", [
    "We'll need more time to finish the audit.",
    "We would need to hire two more people next year.",
    "We will need a bigger warehouse soon.",
    "We'll need to finish the audit by Friday.",
    "Нам понадобится ещё неделя на проверку.",
    "Нам потребуется время на согласование.",
    "Нам нужен новый склад.",
    "Нам понадобится неделя, чтобы закончить к пятнице.",
])
def test_the_writers_own_need_is_no_request(text):
    assert not requests_in(text, REF)
