"""Digest HTML opened in headless Chromium: renders offline, escapes mail content, bars show."""

from __future__ import annotations

from typing import Any

import pytest

from reports import digest as digest_mod
from tests.test_digest import AS_OF, XSS, digest_settings, seed


@pytest.mark.parametrize("recipient,kind", [("head@testbank.ru", "daily"),
                                            ("ben@testbank.ru", "daily"),
                                            ("anna@testbank.ru", "weekly")])
def test_digest_renders_in_chromium_without_network_or_script(db, browser, artifacts_dir,
                                                              recipient, kind):
    settings = digest_settings()
    seed(db, settings)
    built = digest_mod.build_digest(db, settings, recipient, kind, AS_OF)
    context = browser.new_context(viewport={"width": 700, "height": 900})
    requests: list[str] = []
    dialogs: list[str] = []
    context.route("**/*", lambda route: (requests.append(route.request.url), route.abort()))
    page = context.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        page.set_content(built.html, wait_until="load")
        page.screenshot(path=str(artifacts_dir / f"digest-{recipient.split('@')[0]}-{kind}.png"),
                        full_page=True)
        facts: dict[str, Any] = page.evaluate("""() => {
            const all = Array.from(document.querySelectorAll('*'));
            return {
              flex: all.filter(e => getComputedStyle(e).display.includes('flex')).length,
              grid: all.filter(e => getComputedStyle(e).display === 'grid').length,
              imgs: document.images.length,
              text: document.body.innerText,
              cardWidth: document.querySelector('table.card').getBoundingClientRect().width,
              bars: Array.from(document.querySelectorAll('td[bgcolor]'))
                    .map(td => td.getBoundingClientRect().width),
            };
        }""")
    finally:
        context.close()
    assert requests == [] and dialogs == []
    assert facts["flex"] == 0 and facts["grid"] == 0 and facts["imgs"] == 0
    assert facts["cardWidth"] == 640
    assert facts["bars"] and all(w > 0 for w in facts["bars"])
    for code in built.items:
        assert code in facts["text"]
    if recipient == "ben@testbank.ru":
        assert XSS in facts["text"]          # shown as text, never as an element


OVERFLOW_JS = """() => {
    const doc = document.documentElement;
    const wide = Array.from(document.querySelectorAll('body *'))
      .filter(e => e.getBoundingClientRect().right > doc.clientWidth + 0.5)
      .map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').trim().slice(0, 40));
    return {scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, wide: wide.slice(0, 5),
            text: document.body.innerText};
}"""


@pytest.mark.parametrize("width", [1440, 375, 320])
@pytest.mark.parametrize("recipient,kind", [("head@testbank.ru", "daily"),
                                            ("ben@testbank.ru", "daily"),
                                            ("anna@testbank.ru", "weekly")])
def test_digest_fits_the_screen_from_phone_to_desktop(db, browser, artifacts_dir, recipient, kind,
                                                      width):
    settings = digest_settings()
    seed(db, settings)
    built = digest_mod.build_digest(db, settings, recipient, kind, AS_OF)
    context = browser.new_context(viewport={"width": width, "height": 800})
    context.route("**/*", lambda route: route.abort())
    page = context.new_page()
    try:
        page.set_content(built.html, wait_until="load")
        page.screenshot(path=str(artifacts_dir / f"digest-{recipient.split('@')[0]}-{kind}-{width}.png"),
                        full_page=True)
        facts: dict[str, Any] = page.evaluate(OVERFLOW_JS)
        card = page.evaluate("document.querySelector('table.card').getBoundingClientRect().width")
    finally:
        context.close()
    assert facts["scrollWidth"] <= width, facts["wide"]
    assert facts["wide"] == []
    assert card <= min(width, 640)
    for code in built.items:                 # nothing is hidden to make it fit
        assert code in facts["text"]


def test_digest_keeps_a_fixed_width_table_for_word_rendered_outlook(db):
    settings = digest_settings()
    seed(db, settings)
    html = digest_mod.build_digest(db, settings, "head@testbank.ru", "daily", AS_OF).html
    opening = html.index("<!--[if mso]>")
    assert 'width="640"' in html[opening:html.index("<![endif]-->", opening)]
    assert 'width="640"' not in html.replace(html[opening:html.index("<![endif]-->", opening)], "")
