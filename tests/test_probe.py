"""`probe` commands: one JSON answer per input line, errors on their own line."""

import json

from click.testing import CliRunner

from indexer.probe import probe


def _run(cmd: str, lines: list[str]) -> list[dict]:
    res = CliRunner().invoke(probe, [cmd], input="\n".join(lines) + "\n")
    assert res.exit_code == 0, res.output
    return [json.loads(x) for x in res.output.splitlines()]


def test_probe_dates_gives_value_and_grain_or_nulls():
    out = _run("dates", [
        json.dumps({"text": "до пятницы", "ref_time": "2026-03-11T10:00:00+03:00", "lang": "ru"}),
        json.dumps({"text": "next week", "ref_time": "2026-04-14T09:30:00+01:00", "lang": "en"}),
        json.dumps({"text": "no date", "ref_time": "2026-04-14T09:30:00+01:00", "lang": "en"}),
    ])
    assert out == [{"value": "2026-03-13T00:00:00+03:00", "grain": "day"},
                   {"value": "2026-04-20T00:00:00+01:00", "grain": "week"},
                   {"value": None, "grain": None}]


def test_a_malformed_line_gives_an_error_and_the_run_goes_on():
    out = _run("dates", ["{not json", json.dumps({"text": "завтра"}),
                         json.dumps({"text": "завтра", "ref_time": "2026-03-11T10:00:00+03:00"})])
    assert "error" in out[0] and "ref_time" in out[1]["error"]
    assert out[2]["value"] == "2026-03-12T00:00:00+03:00"


def test_probe_newtext_handles_text_html_and_eml():
    eml = ("From: a@b.ru\nTo: c@d.ru\nSubject: Re: x\nContent-Type: text/plain; charset=koi8-r\n"
           "Content-Transfer-Encoding: base64\n\n"
           + __import__("base64").b64encode(
               "Пришлю завтра.\n\n> старое".encode("koi8-r")).decode() + "\n")
    out = _run("newtext", [
        json.dumps({"text": "Ok.\n\n> old", "format": "text"}),
        json.dumps({"text": "<p>Ok.</p><blockquote>old</blockquote>", "format": "html"}),
        json.dumps({"text": eml, "format": "eml"}),
        json.dumps({"text": "x", "format": "pdf"}),
    ])
    assert out[:3] == [{"new_text": "Ok."}, {"new_text": "Ok."}, {"new_text": "Пришлю завтра."}]
    assert "error" in out[3]


def test_probe_intent_reports_request_promise_and_due():
    out = _run("intent", [
        json.dumps({"text": "I'll send it by Friday.", "direction": "out",
                    "ref_time": "2026-04-14T09:30:00+01:00", "lang": "en"}),
        json.dumps({"text": "Пришлите договор завтра.", "direction": "in",
                    "ref_time": "2026-03-11T10:00:00+03:00"}),
        json.dumps({"text": "Thanks."}),
    ])
    assert out == [
        {"request": False, "promise": True, "due": "2026-04-17T23:59:59+01:00"},
        {"request": True, "promise": False, "due": "2026-03-12T23:59:59+03:00"},
        {"request": False, "promise": False, "due": None}]


def test_probe_complaint_reports_a_boolean():
    out = _run("complaint", [json.dumps({"text": "Это недопустимо!", "lang": "ru"}),
                             json.dumps({"text": "Спасибо!", "lang": "ru"})])
    assert out == [{"complaint": True}, {"complaint": False}]


def test_a_line_without_ref_time_is_read_as_of_the_products_clock(monkeypatch):
    # "What time is it" has one answer (dealtrail.clock): the demo's and the tests' fixed
    # moment holds for probe as for every other command.
    monkeypatch.setenv("DEALTRAIL_NOW", "2026-03-11T10:00:00+03:00")
    out = _run("intent", [json.dumps({"text": "Пришлите договор завтра.", "direction": "in"})])
    assert out[0]["due"] == "2026-03-12T23:59:59+03:00"
