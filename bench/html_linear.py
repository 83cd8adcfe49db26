"""Benchmark: reading hostile HTML takes time linear in its size.

The regex HTML-to-text it replaces went quadratic on unclosed markup: 50/100/200 KB of
``<!--`` took 3/11/49 s and 1 MB of ``<a`` took 199 s. This reads 50 KB .. 1 MB of ``<!--``
and of ``<a`` (plus 2 and 4 MB, and, for scale, ordinary paragraphs) through ``html_to_text`` alone and
through the whole per-message path (parse + inference, ``indexer.sync.prepare``), best of
three, and reports the time per MB at each size. Linear time shows as a flat time per MB:
the ratio of the 1 MB figure to the 50 KB one would be 20 if it were quadratic.

Usage: .venv/bin/python bench/html_linear.py [--repeat 3]
The last line of output is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dealtrail.domain import RawMessage  # noqa: E402
from indexer.analyze import AnalyzeContext  # noqa: E402
from indexer.newtext import html_to_text  # noqa: E402
from indexer.sync import prepare  # noqa: E402

SIZES = (50_000, 100_000, 200_000, 500_000, 1_000_000, 2_000_000, 4_000_000)
UNITS = {"comment": "<!--", "anchor": "<a", "paragraphs": "<p>Ждём договор до пятницы.</p>"}
OWNER = "anna@bank.test"
CTX = AnalyzeContext(owner=OWNER, owner_tz="Europe/Moscow", internal_domains=frozenset({"bank.test"}),
                     managers=frozenset({OWNER}), message_seconds=0)


def _message(html: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "client@client.test"
    msg["To"] = OWNER
    msg["Subject"] = "hostile"
    msg["Date"] = "Mon, 07 Dec 2026 10:00:00 +0300"
    msg["Message-ID"] = "<hostile@client.test>"
    msg.set_content(html, subtype="html", cte="8bit")
    return msg.as_bytes()


def _best(fn: object, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()  # type: ignore[operator]
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    prepare(RawMessage("warm", _message("<p>warm up</p>")), CTX)
    figures: dict[str, dict[str, dict[str, float]]] = {}
    print(f"{'input':<11} {'size':>9} {'html_to_text s':>15} {'s/MB':>8} {'message s':>10} {'s/MB':>8}")
    for name, unit in UNITS.items():
        figures[name] = {}
        for size in SIZES:
            html = unit * (size // len(unit.encode()))
            raw = _message(html)
            text_s = _best(lambda html=html: html_to_text(html), args.repeat)
            message_s = _best(lambda raw=raw: prepare(RawMessage("1", raw), CTX), args.repeat)
            mb = size / 1_000_000
            figures[name][str(size)] = {"html_to_text_s": round(text_s, 5),
                                        "message_s": round(message_s, 5),
                                        "html_to_text_s_per_mb": round(text_s / mb, 4),
                                        "message_s_per_mb": round(message_s / mb, 4)}
            print(f"{name:<11} {size:>9} {text_s:>15.4f} {text_s / mb:>8.4f} {message_s:>10.4f} "
                  f"{message_s / mb:>8.4f}")
    def ratio(name: str, big: int, small: int) -> float:
        per_mb = [figures[name][str(n)]["html_to_text_s_per_mb"] for n in (big, small)]
        return round(per_mb[0] / max(per_mb[1], 1e-9), 2)

    print(json.dumps({"bench": "html_linear", "sizes": list(SIZES), "figures": figures,
                      "per_mb_ratio_1mb_to_50kb": {n: ratio(n, 1_000_000, 50_000) for n in UNITS},
                      "per_mb_ratio_4mb_to_1mb": {n: ratio(n, 4_000_000, 1_000_000)
                                                  for n in UNITS}}, ensure_ascii=False))


if __name__ == "__main__":
    main()
