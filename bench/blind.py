"""Inference on the blind sets of tests/data/blind, written and labelled apart from the rules.

- ``complaints_blind.jsonl``: 240 client messages (120 RU, 120 EN, 40 % complaints) about
  banks and B2B suppliers. Scored: the product's complaint decision (rules, and the rules with
  the complaint model where the rules found nothing), per language.
- ``promises_enron_blind.jsonl``: 432 sentences of 60 real Enron messages, labelled for the
  writer's promises and their due day. Scored: promise precision/recall, precision of the
  promises with a due date, due-day accuracy; a keyword rule ("I will", "we'll", ...) as the
  peer.

- ``replies/``: 40 raw replies in 15 languages from many mail clients, with the new text
  a person would keep (``expected.jsonl``). Scored: the share whose new text matches exactly
  (whitespace-normalised), the peer being mail-parser-reply where installed (the bench extra).

The first run of each set is recorded in bench/RESULTS.md and never overwritten.

    python bench/blind.py            # prints a table, then one JSON line
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BLIND = ROOT / "tests" / "data" / "blind"


def _rows(name: str) -> list[dict]:
    path = BLIND / name
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _lang(text: str) -> str:
    return "ru" if re.search(r"[а-яё]", text.lower()) else "en"


def _pr(pairs: list[tuple[bool, bool]]) -> dict:
    tp = sum(1 for y, p in pairs if y and p)
    fp = sum(1 for y, p in pairs if not y and p)
    fn = sum(1 for y, p in pairs if y and not p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3),
            "n": len(pairs)}


def score_complaints(detector) -> dict:  # type: ignore[no-untyped-def]
    """Precision/recall of ``detector(text) -> bool`` on the blind complaint set, per language."""
    rows = _rows("complaints_blind.jsonl")
    out = {}
    for lang in ("all", "ru", "en"):
        pairs = [(bool(r["complaint"]), bool(detector(r["text"]))) for r in rows
                 if lang == "all" or _lang(r["text"]) == lang]
        out[lang] = _pr(pairs)
    return out


_KEYWORD = re.compile(r"\b(?:i|we)\s*(?:'ll|’ll|\s+will|\s+shall)\b", re.I)


def score_promises(detect) -> dict:  # type: ignore[no-untyped-def]
    """Promise P/R, precision of dated promises and due-day accuracy on the Enron blind set.

    ``detect(text, ref) -> (is_promise, due_day or None)``.
    """
    rows = _rows("promises_enron_blind.jsonl")
    pairs, dated, due_ok, due_n = [], [], 0, 0
    for r in rows:
        ref = datetime.fromisoformat(r["ref_time"])
        promise, due = detect(r["text"], ref)
        pairs.append((bool(r["promise"]), promise))
        if promise and due is not None:
            dated.append(bool(r["promise"]) and r["due"] is not None)
        if r["promise"] and r["due"] and promise:
            due_n += 1
            due_ok += due == r["due"]
    res = _pr(pairs)
    res["dated_precision"] = round(sum(dated) / len(dated), 3) if dated else None
    res["dated_n"] = len(dated)
    res["due_day_accuracy"] = round(due_ok / due_n, 3) if due_n else None
    res["due_n"] = due_n
    return res


def _norm(text: str) -> str:
    return " ".join(text.split())


def score_replies(strip) -> dict:  # type: ignore[no-untyped-def]
    """Share of the blind replies whose new text ``strip(body text) -> str`` matches exactly
    (whitespace-normalised); the body text is what the product's parser decodes."""
    from indexer.parse import parse_message

    folder = BLIND / "replies"
    rows = [json.loads(x) for x in (folder / "expected.jsonl").read_text(encoding="utf-8")
            .splitlines() if x.strip()]
    ok, misses = 0, []
    for r in rows:
        msg = parse_message((folder / r["file"]).read_bytes(), r["file"])
        if _norm(strip(msg.text)) == _norm(r["new_text"]):
            ok += 1
        else:
            misses.append(r["file"])
    return {"exact": round(ok / len(rows), 3), "n": len(rows), "misses": misses}


def product_promise(text: str, ref: datetime) -> tuple[bool, str | None]:
    from indexer.intent import detect_intents

    found = [i for i in detect_intents(text, direction="out", ref_time=ref, lang="en")
             if i.kind == "promise"]
    if not found:
        return False, None
    due = found[0].due
    return True, due.date().isoformat() if due else None


def keyword_promise(text: str, ref: datetime) -> tuple[bool, str | None]:
    return bool(_KEYWORD.search(text)), None


def main() -> int:
    from indexer.complaint import detect_complaint
    from indexer.newtext import new_text

    result = {
        "replies_product": score_replies(new_text),
        "complaints_product": score_complaints(lambda t: detect_complaint(t) is not None),
        "promises_product": score_promises(product_promise),
        "promises_keyword_peer": score_promises(keyword_promise),
    }
    try:
        from mailparser_reply import EmailReplyParser

        def peer(text: str) -> str:
            return EmailReplyParser(languages=["en", "de", "fr", "it", "es", "pt", "nl", "pl",
                                               "sv", "da", "fi", "cs"]).parse_reply(text=text)
        result["replies_mail_parser_reply_peer"] = score_replies(peer)
    except ImportError:
        pass
    for name, figures in result.items():
        print(f"== {name}: {json.dumps(figures, ensure_ascii=False)}")
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
