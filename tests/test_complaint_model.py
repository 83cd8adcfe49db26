"""The complaint model: rebuilt from the repository alone, and what it adds to the cue rules."""

import json
import math
from pathlib import Path

import pytest

from indexer import complaint_model
from indexer.complaint import (
    RULE_FLOOR,
    RULE_FLOOR_SENTENCES,
    _by_rules,
    default_model,
    detect_complaint,
    score_parts,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def trained_held_out() -> tuple[complaint_model.ComplaintModel, complaint_model.HeldOut]:
    return complaint_model.train_held_out()


@pytest.fixture(scope="module")
def trained(trained_held_out) -> complaint_model.ComplaintModel:
    return trained_held_out[0]


@pytest.fixture(scope="module")
def rows() -> list[complaint_model.Row]:
    return complaint_model.training_rows()


@pytest.mark.timeout(1500)  # twelve fits of ~17,000 texts: minutes on a loaded machine
def test_shipped_weights_rebuild_byte_for_byte_from_the_repository(trained, tmp_path):
    rebuilt = tmp_path / "complaint_weights.json"
    complaint_model.dump(trained, rebuilt)
    shipped = complaint_model.load()
    # what moved, first: a retrain forced by another change must not move a threshold or
    # the ceiling unseen
    assert (trained.thresholds, trained.calibration) == (shipped.thresholds,
                                                         shipped.calibration), \
        "retrain: .venv/bin/python -m indexer.complaint_model train, and record what moved"
    assert rebuilt.read_bytes() == complaint_model.WEIGHTS_PATH.read_bytes(), \
        "retrain: .venv/bin/python -m indexer.complaint_model train"


def test_the_picked_threshold_holds_when_a_tenth_of_the_held_out_texts_is_left_out(
        trained_held_out):
    # the pick must not ride on a few held-out letters: a change in the new-text extraction
    # or ten more training letters changes that many
    model, held = trained_held_out
    for lang in held.client:
        scored, plain = held.at(lang, model.paragraph_margin(lang))
        for k in range(10):
            picked = complaint_model.pick_threshold(
                [x for i, x in enumerate(scored) if i % 10 != k],
                [x for i, x in enumerate(plain) if i % 10 != k])
            assert picked is not None
            assert abs(picked[0] - model.thresholds[lang]) <= 0.025, (lang, k, picked)


def test_the_reserved_enron_messages_flagged_are_those_the_trainer_recorded():
    # the product's ceiling, measured on what it reads now: a change to the new-text
    # extraction that moves it shows here without a retrain of the weights
    model = complaint_model.load()
    recorded = model.calibration["reserved_enron"]
    assert complaint_model.reserved_flagged(model) == (recorded["flagged"],
                                                        recorded["messages"]), \
        "retrain: .venv/bin/python -m indexer.complaint_model train"
    assert recorded["flagged"] / recorded["messages"] <= complaint_model.ORDINARY_CEILING


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
    # a dry chase: a date, what has not come, no angry word
    "Договор обещали прислать в понедельник. Сегодня четверг. Договора нет, ответа тоже.",
    # the reader's promise quoted back, then the facts
    "You said the card reader would be swapped by Wednesday. It is Monday and we are still "
    "taking cash only.",
])
def test_complaints_written_without_the_cue_words_are_found(text):
    signal = detect_complaint(text)
    assert signal is not None


@pytest.mark.parametrize("text", [
    "Подскажите, пожалуйста, какие документы нужны для открытия второго счёта?",
    "Спасибо за быструю помощь с выпиской, всё получили.",
    "Could you send us the updated tariff sheet for acquiring before Friday?",
    "В прежнем банке нам постоянно задерживали платежи, поэтому мы и переходим к вам.",
    # a calm question about an amount that looks wrong (the Russian side's weak spot)
    "Добрый день. В счёте за ноябрь сумма больше, чем по нашему расчёту. Возможно, мы "
    "неправильно учли скидку — поясните, пожалуйста, как считали.",
])
def test_questions_thanks_and_grievances_about_others_are_not_complaints(text):
    assert detect_complaint(text) is None


def test_every_file_of_the_training_folder_is_trained_on(rows):
    trained_on = {r.text for r in rows}
    blind = {str(r.get("text", "")) for r in complaint_model.blind_rows()}
    files = sorted((ROOT / "tests" / "corpora" / "complaints").glob("*.jsonl"))
    assert len(files) >= 4
    for path in files:
        texts = [json.loads(x)["text"] for x in path.read_text(encoding="utf-8").splitlines()
                 if x.strip()]
        # a sentence a blind set holds is left out wherever else it appears
        assert texts and set(texts) - blind <= trained_on, path.name


def test_ordinary_business_mail_is_rarely_flagged():
    # the product's whole decision (cue rules and model) on the Enron messages no trainer
    # reads
    reserved, trainable = complaint_model.enron_split()
    # the messages blind sets quote (about 70 a set) leave the trainable part
    assert len(reserved) == complaint_model.ENRON_RESERVED and len(trainable) >= 1800
    texts = [t for t in map(complaint_model.message_text, reserved) if t]
    flagged = sum(detect_complaint(t) is not None for t in texts)
    assert len(texts) > 900
    assert flagged / len(texts) <= 0.01, (flagged, len(texts))


def test_the_reserved_enron_messages_are_never_trained_on(rows):
    reserved = {"/".join(p.parts[-3:]) for p in complaint_model.enron_split()[0]}
    groups = {r.group for r in rows if r.kind == "ordinary"}
    assert groups and reserved.isdisjoint(groups)


def test_a_strong_word_in_ordinary_mail_is_no_complaint_when_the_model_disagrees():
    # the cue rules alone flag it ("terrible"); the model reads ordinary chat in it
    text = ("Hi Sally. The weather in Houston has been terrible all week, hope it is sunnier "
            "up there. The draft agreement for the storage deal is attached. Let me know what "
            "Mark thinks of the pricing section before we send it to the lawyers.")
    model = default_model()
    assert model is not None and _by_rules(text) is not None
    parts = score_parts(model, text)
    assert parts is not None and parts.score(model.paragraph_margin("en")) < RULE_FLOOR
    assert parts.sentences >= RULE_FLOOR_SENTENCES
    assert detect_complaint(text) is None


@pytest.mark.parametrize("text", ["Это недопустимо!", "This is unacceptable!",
                                  "Ужасный сервис."])
def test_a_short_explicit_complaint_stands_whatever_the_model_says(text):
    # too few words for the model to overrule the explicit one
    assert detect_complaint(text) is not None


def test_thresholds_come_from_the_weights_file(tmp_path):
    model = complaint_model.load()
    data = json.loads(complaint_model.WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert model.thresholds == data["thresholds"] and set(data["thresholds"]) == {"ru", "en"}
    data["thresholds"] = {"ru": 0.99, "en": 0.99}
    (tmp_path / "w.json").write_text(json.dumps(data), encoding="utf-8")
    strict = complaint_model.load(tmp_path / "w.json")
    assert strict.threshold("en") == 0.99 and strict.threshold(None) == 0.99


def test_calibration_picks_a_threshold_of_the_grid_per_language(rows):
    thresholds = complaint_model.calibrate([r for r in rows if r.kind != "ordinary"][::4],
                                           epochs=2)
    assert set(thresholds) == {"ru", "en"}
    assert all(t in complaint_model.THRESHOLD_GRID for t in thresholds.values())


def test_text_score_reads_the_sentences_together():
    model = complaint_model.load()
    sents = ["the card was declined again at the till.", "third time this week, fix it."]
    together, top = model.text_score(sents)
    assert together == pytest.approx(model.probability(" ".join(sents)), abs=1e-12)
    assert top == max(range(2), key=lambda i: model.logit(sents[i]))
    # summed in another order than probability(): equal up to rounding, as the line above
    assert model.text_score(sents[:1])[0] == pytest.approx(model.probability(sents[0]), abs=1e-12)
    assert model.text_score([]) == (0.0, -1)


def test_a_letter_is_not_flagged_for_its_worst_sentence_alone():
    # a calm letter whose one sentence, read alone, sounds like a grievance (the payment
    # failed again) but which says it was the client's own mistake
    text = ("Добрый день! Спасибо за вчерашнюю встречу. Платёж опять не прошёл, но это мы сами "
            "указали неверный БИК, уже исправили. Пришлите, пожалуйста, акт сверки за ноябрь и "
            "счёт на декабрь. Хорошего дня!")
    model = complaint_model.load()
    parts = score_parts(model, text)
    assert parts is not None and parts.score(model.paragraph_margin("ru")) < model.threshold("ru")
    worst = max(model.probability(text[s:e].lower()) for s, e in complaint_model.model_spans(text))
    assert worst >= model.threshold("ru")
    assert detect_complaint(text) is None


@pytest.mark.parametrize("sents", [
    ["the card was declined again at the till!", "third time this week, can you fix it?"],
    ["«списали комиссию дважды», пишет бухгалтер.", "— ...", "Вы вообще читаете письма?"],
    ["thanks for the quick reply.", "we will send the documents on monday."],
    ["we were charged twice."],
    ['the "free" terminal costs £29 a month.', "«оперативно», ничего не скажешь."],
])
def test_text_score_of_the_sentences_together_is_the_logit_of_the_joined_text(sents):
    model = complaint_model.load()
    low = [s.lower() for s in sents]
    z = model.logit(" ".join(low))
    p, top = model.text_score(low)
    assert p == pytest.approx(1.0 / (1.0 + math.exp(-z)), abs=1e-12)
    assert top == max(range(len(low)), key=lambda i: model.logit(low[i]))


def test_a_word_of_the_reader_quoted_back_is_read_as_irony():
    # no complaint word: the quotation marks carry it
    assert detect_complaint('So the "fixed" rate on our lease went up in October. '
                            "Interesting definition of fixed.") is not None
    assert "\x01q" in complaint_model.features('your "express" card replacement took eleven days.')
    assert "\x01q" in complaint_model.features("спасибо за «оперативную» замену карты.")
    # a company's name, an apostrophe, a long quoted title are not irony
    for plain in ("договор с ооо «вектор» подписан.", "we're sure it's fine.",
                  'please send the "terms and conditions of the business current account" pdf.'):
        assert "\x01q" not in complaint_model.features(plain), plain


def test_a_dry_chase_of_a_company_client_is_a_complaint():
    # tripwise: a client's chase with no angry word ("It is 17 November and we have received
    # nothing. This is the second time we have to chase you"), missed before English dry
    # chases were trained on; read as the product reads it, without the quoted thread
    import email
    from email import policy

    from indexer.newtext import new_text

    path = (ROOT / "tests" / "companies" / "tripwise" / "mail" / "irina" / "cur" /
            "1794901200.dp03.tripwise:2,S")
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    part = message.get_body(("plain",))
    assert part is not None
    assert detect_complaint(new_text(part.get_content())) is not None


def test_forms_of_a_russian_word_share_its_lemma_and_english_keeps_stems():
    # «зачислили» and «зачислен» share no word, pair or six-letter stem ("зачисл" is
    # shared, but «спишут» and «списали» are not): the lemma joins every form of a word
    shared = set(complaint_model.features("деньги так и не зачислили")) & set(
        complaint_model.features("платёж не зачислен"))
    assert "\x04зачислить" in shared
    assert "\x04списать" in set(complaint_model.features("спишут комиссию")) & set(
        complaint_model.features("списали комиссию"))
    english = complaint_model.features("they charged us twice")
    assert "\x03charge" in english and not any(k.startswith("\x04") for k in english)
    # and each language has its own intercept
    assert "\x01ru" in complaint_model.features("платёж не зачислен")
    assert "\x01ru" not in english


def test_the_trainer_decides_a_text_as_the_product_does():
    # thresholds are chosen on decision_score: it must flag exactly what detect_complaint
    # flags at the shipped thresholds, cue rules included
    from indexer.complaint import decision_score, rules_flag

    model = complaint_model.load()
    folder = ROOT / "tests" / "corpora" / "complaints"
    texts = [json.loads(x)["text"] for name in ("ru_written.jsonl", "en_written.jsonl",
                                                 "ru_ordinary.jsonl", "en_train2.jsonl")
             for x in (folder / name).read_text(encoding="utf-8").splitlines()[:120]]
    ruled = 0
    for text in texts:
        lang = "ru" if any("а" <= c <= "я" for c in text.lower()) else "en"
        score = decision_score(text, model, rules_flag(text))
        ruled += score == 2.0
        assert (score >= model.threshold(lang)) == (detect_complaint(text) is not None), text
    assert ruled >= 20


# A complaint told in one paragraph of an ordinary business letter: read whole, the letter is
# the files and the invoices; its middle paragraph is a defect, its cost and a silence.
_HIDDEN = ("Hello Priya,\n\nAttached are the revised label files for the spring range, with "
           "the barcodes moved to the left panel as your prepress team asked. Could you confirm "
           "the print run of 40,000 per design by Thursday?\n\nOne more thing. The shrink "
           "sleeves from the October batch keep splitting at the seam on our filling line, about "
           "one in every thirty bottles. We have lost two full shifts to it already and had to "
           "throw away product we cannot sell. Nobody from your quality team has come back to "
           "us since the photos I sent on the 3rd.\n\nFor the invoices, please keep using the "
           "new PO numbers from January.\n\nBest regards,\nTomasz Nowak\nOperations, Baltica "
           "Drinks")


def test_a_complaint_in_one_paragraph_of_a_business_letter_is_found():
    model = complaint_model.load()
    parts = score_parts(model, _HIDDEN)
    margin = model.paragraph_margin("en")
    assert parts is not None and margin is not None
    # the paragraph, less its margin, says more than the letter read whole (which the model
    # trained on letters of this class may or may not take for a complaint), and carries
    # the evidence
    assert parts.paragraph - margin > parts.whole
    signal = detect_complaint(_HIDDEN)
    assert signal is not None
    assert signal.start >= _HIDDEN.index("One more thing.")
    assert signal.end <= _HIDDEN.index("For the invoices")


def test_a_short_note_is_not_read_a_paragraph_at_a_time():
    # two sentences and a closing line of thanks: left without the thanks, a decline reads
    # like a grievance; a paragraph stands for its letter only among more business lines
    text = ("Hi Artem,\n\nApologies for the slow answer. We took the offer of our own bank in "
            "the end, its rate was simply lower than anything we could expect.\n\nMany thanks "
            "for your time and the quick proposal.")
    parts = score_parts(complaint_model.load(), text)
    assert parts is not None and parts.sentences == 3 and parts.paragraph == 0.0


def test_russian_letters_are_read_whole():
    # the trainer weighs a paragraph margin against held-out ordinary messages of the
    # language, and its ordinary messages are Enron's: a Russian offer or contract whose
    # clause of penalties, read alone, sounds like a grievance would go unseen
    model = complaint_model.load()
    assert model.paragraph_margin("ru") is None
    letter = ("Добрый день, Ирина!\n\nНаправляем подписанный договор и спецификацию на первый "
              "квартал. Оригиналы отправим курьером в понедельник.\n\nПо п. 8.3 договорились: "
              "пени 0,1% в день просрочки, не более 10% от суммы. Срок поставки — 10 рабочих "
              "дней.\n\nСчёт на аванс просим выставить до пятницы.\n\nС уважением,\nАлексей")
    parts = score_parts(model, letter)
    assert parts is not None
    assert detect_complaint(letter) is None


def test_a_business_letter_of_several_calm_paragraphs_is_no_complaint():
    text = _HIDDEN
    start = text.index("One more thing.")
    end = text.index("For the invoices")
    calm = (text[:start] + "One more thing. We are moving our filling line to the new hall "
            "in March, so the deliveries from then on go to gate 4. The dock there takes "
            "trucks up to 18 tonnes. I will send the exact address next week.\n\n" + text[end:])
    assert detect_complaint(calm) is None


def test_the_trainer_picks_a_paragraph_margin_only_where_it_brings_the_goal_nearer():
    from indexer.complaint import ScoreParts

    def parts(whole: float, paragraph: float) -> ScoreParts:
        return ScoreParts(whole, (0, 1), paragraph, (0, 1), 6)

    # complaints hidden in a paragraph score low whole and high by paragraph; the ordinary
    # texts score low both ways: a margin finds the hidden ones at no cost
    client = ([(parts(0.9, 0.9), False, True)] * 60 + [(parts(0.1, 0.95), False, True)] * 40
              + [(parts(0.05, 0.1), False, False)] * 150)
    ordinary = [(parts(0.01, 0.05), False)] * 300
    held = complaint_model.HeldOut({"en": client}, {"en": ordinary})
    thresholds, margins, figures = complaint_model.thresholds_of(held)
    assert margins["en"] in complaint_model.PARAGRAPH_MARGINS and figures["en"]["recall"] == 1.0
    # where the paragraphs say what the whole says, the text is read whole
    flat = [(parts(p.whole, p.whole), r, y) for p, r, y in client]
    _, margins, _ = complaint_model.thresholds_of(
        complaint_model.HeldOut({"en": flat}, {"en": ordinary}))
    assert "en" not in margins


def test_the_fit_is_the_average_of_one_fit_per_seed(rows):
    # one order of the examples moved the picked margin and thresholds with the seed alone
    from indexer.intent_model import fit

    exs = complaint_model.examples([r for r in rows if r.kind == "client"][:300])
    one = fit(exs, epochs=2, l2=1e-4, rate=complaint_model.RATE, seed=7)
    two = fit(exs, epochs=2, l2=1e-4, rate=complaint_model.RATE, seed=8)
    assert complaint_model.fit_averaged(exs, epochs=2, seeds=(7,)) == one
    w, b = complaint_model.fit_averaged(exs, epochs=2, seeds=(7, 8))
    assert b == pytest.approx((one[1] + two[1]) / 2)
    assert all(w[k] == pytest.approx((one[0].get(k, 0.0) + two[0].get(k, 0.0)) / 2) for k in w)
    assert len(complaint_model.FIT_SEEDS) > 1
