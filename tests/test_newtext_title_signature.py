"""A signature with no name line: a job title (and perhaps a company) above a phone, an
address or a site goes with the rest of the signature; a last paragraph that tells the reader
about a person and a number stays."""

import pytest

from indexer.newtext import new_text, new_text_and_signature

TEXT_EN = "Hi Tom,\n\nConfirmed, we will ship on Monday."
TEXT_RU = "Добрый день!\n\nПодтверждаю, отгрузим в понедельник."

SIGNATURES = [
    "Руководитель отдела продаж\nМоб.: +7 916 123-45-67",
    "Менеджер по работе с клиентами\nтел. +7 (495) 123-45-67\nмоб. +7 916 123-45-67",
    "Главный бухгалтер\nООО «Ромашка»\n+7 916 123-45-67",
    "Коммерческий директор\nт. 8-800-555-35-35",
    "Head of Procurement | ACME Ltd\nM: +1 415 555 0100",
    "Projektleiter\nMobil: +49 171 1234567",
    "Responsable commercial\nTél. : +33 6 12 34 56 78",
    "Sales Director\nMob: +44 7700 900123",
    "Ведущий инженер\nsupport@acme.ru",
]


@pytest.mark.parametrize("sig", SIGNATURES)
@pytest.mark.parametrize("text", [TEXT_EN, TEXT_RU])
def test_title_and_contacts_sign(sig, text):
    body = text + "\n\n" + sig + "\n"
    assert new_text(body) == text
    kept, signature = new_text_and_signature(body)
    assert kept == text and sig.splitlines()[-1] in signature


@pytest.mark.parametrize("last", [
    "Свяжитесь с менеджером\n+7 916 123-45-67",
    "Наш менеджер свяжется с вами завтра.\n+7 916 123-45-67",
    "Контакты нашего инженера\n+7 916 123-45-67",
    "Our sales manager will call you\n+1 415 555 0100",
    "Call our account manager\n+1 415 555 0100",
    "Номер директора:\n+7 916 123-45-67",
    "Ask for the duty engineer\n+1 415 555 0100",
    "Please contact the manager\n+1 415 555 0100",
    "Менеджер Ольга на связи до 18:00\n+7 916 123-45-67",
    "Итого к оплате для отдела снабжения\n12 500,00",
])
def test_a_paragraph_about_a_person_stays(last):
    body = "Hi Tom,\n\nThe contract is signed.\n\n" + last + "\n"
    assert last.splitlines()[0] in new_text(body)


def test_a_message_of_title_and_phone_alone_keeps_them():
    body = "Коммерческий директор\nт. 8-800-555-35-35\n"
    assert "директор" in new_text(body)
