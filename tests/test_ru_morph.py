"""Russian promises recognised by their verb's grammar (indexer/ru_morph.py)."""

from datetime import date, datetime, timedelta, timezone

import pytest

from indexer.intent import detect_intents

MSK = timezone(timedelta(hours=3))
RU_REF = datetime(2026, 3, 11, 10, 15, tzinfo=MSK)     # a Wednesday


def _kinds(text, ref, direction="out"):
    return {i.kind for i in detect_intents(text, direction=direction, ref_time=ref)}


# A Russian promise is recognised by its grammar (a perfective verb in the first person
# future), not by a list of verbs: none of these verbs is in the list.
@pytest.mark.parametrize("text, due", [
    ("Смету пересоберу к пятнице.", date(2026, 3, 13)),
    ("Реквизиты продублирую сегодня.", date(2026, 3, 11)),
    ("Черновик допишу к понедельнику.", date(2026, 3, 16)),
    ("Сканы распечатаю и занесу вам завтра.", date(2026, 3, 12)),
    ("Образцы упакуем и докинем к следующей отгрузке.", None),
])
def test_a_russian_first_person_future_verb_outside_any_list_is_a_promise(text, due):
    found = [i for i in detect_intents(text, direction="out", ref_time=RU_REF) if i.kind == "promise"]
    assert len(found) == 1
    assert (found[0].due.date() if found[0].due else None) == due


@pytest.mark.parametrize("text", [
    "Не успею к пятнице, извините.",                 # not an action, and negated
    "Сможем обсудить на следующей неделе.",          # ability
    "Поживём — увидим, как пойдёт сезон.",           # wait and see
    "Когда разгрузим склад, посчитаю остатки?",      # a question
    "Когда разгрузим склад, станет понятнее.",       # the verb is in a clause of time
    "Если решите расширять лимит, пересоберу заявку.",   # waits on the reader's decision
    "Если условия устраивают — распечатаю договор.",
    "Вопрос о форме оставлю на усмотрение юристов.",  # a deferral
    "Встречу перенесли на неделю.",                  # a noun that looks like a verb
    "Завтра поеду в филиал.",                         # where the writer will be
])
def test_russian_future_verbs_that_commit_to_nothing_are_not_promises(text):
    assert "promise" not in _kinds(text, RU_REF)


def test_a_russian_sentence_let_in_by_its_verb_alone_is_never_a_request():
    # the request rules and model read the same sentences as before: a client's first-person
    # future verb can make a promise, never a request
    text = "Образцы упакуем и докинем к следующей отгрузке."
    assert _kinds(text, RU_REF, direction="in") == {"promise"}


def test_each_word_of_our_sides_dated_sentences_is_analysed_once_per_process() -> None:
    # The agreed-item rules read the likeliest reading of every Russian word of a manager's
    # dated sentence; the analyser spends ~0.1 ms a word, and the words recur letter after
    # letter (~0.13 ms of every Russian message went to reading them again).
    from indexer.agreed import ours_dated
    from indexer.ru_morph import analyzer, likeliest

    sentence = "Дмитрий свяжется с вами сегодня после обеда."
    assert ours_dated(sentence)
    before = likeliest.cache_info()
    assert ours_dated(sentence)
    after = likeliest.cache_info()
    assert after.misses == before.misses and after.hits > before.hits
    assert likeliest("свяжется") == analyzer().parse("свяжется")[0]
