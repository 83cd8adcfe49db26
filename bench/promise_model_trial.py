"""Trial: would a statistical promise veto beat more rules on real sent mail?

A hashed logistic regression (the request model's features and trainer,
``indexer.intent_model``) is fitted to tell promises from the rest among the sentences the
promise rules accept:

- positives: the promises of the labelled dev split (``tests/data/intent_labelled.jsonl``);
- negatives: the labelled dev sentences that are no promise, and sentences of real Enron
  inbox mail (``tests/corpora/enron_inbox``) that the promise rules accept, from messages
  that no blind set draws on (``--enron-negatives`` caps their number).

The Enron sentences carry no labels: taking the rules' finds there as negatives is the
cheapest source of real-mail negatives, and its noise (many of them are real promises) is
what the trial measures. The veto drops a rule promise whose probability is below a
threshold; every threshold is scored on the blind promise sets and on the labelled test
splits, beside the rules alone. Nothing here is shipped.

    .venv/bin/python bench/promise_model_trial.py [--enron-negatives 600]
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from indexer import intent_model  # noqa: E402
from indexer.intent import detect_intents, rule_view  # noqa: E402
from indexer.intent_model import Example, LinearScorer, features  # noqa: E402
from indexer.newtext import new_text  # noqa: E402

BLIND = ROOT / "tests" / "data" / "blind"
ENRON = ROOT / "tests" / "corpora" / "enron_inbox" / "maildir"
THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def blind_sources() -> set[str]:
    return {r["source"] for p in BLIND.glob("promises_enron_blind*.jsonl") for r in _rows(p)}


def enron_rule_promises(limit: int) -> list[str]:
    """Sentences the promise rules accept in Enron messages no blind set uses."""
    skip = blind_sources()
    out: list[str] = []
    for path in sorted(ENRON.glob("*/inbox/*")):
        src = f"{path.parts[-3]}/inbox/{path.name}"
        if src in skip or not path.is_file():
            continue
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.compat32)
        payload = msg.get_payload(decode=True)
        body = payload.decode("latin-1", errors="replace") if isinstance(payload, bytes) else ""
        text = new_text(body)
        out += [v.low for v in rule_view(text, "en") if v.promise]
        if len(out) >= limit:
            break
    return out[:limit]


def train(enron_negatives: int) -> LinearScorer:
    exs = []
    for r in intent_model.load_labelled("dev"):
        for v in rule_view(r["text"], r["lang"]):
            exs.append(Example(tuple(features(v.low, v.lang, False, v.request, v.family,
                                              False)), bool(r["promise"])))
    for low in enron_rule_promises(enron_negatives):
        exs.append(Example(tuple(features(low, "en", False, False, "", False)), False))
    w, b = intent_model.fit(exs)
    return LinearScorer(w, b, with_rules=False)


def _score(pairs: list[tuple[bool, bool]]) -> dict:
    tp = sum(y and p for y, p in pairs)
    fp = sum(p and not y for y, p in pairs)
    fn = sum(y and not p for y, p in pairs)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(prec, 3), "recall": round(rec, 3), "n": len(pairs)}


def evaluate(model: LinearScorer) -> dict:
    sets: dict[str, list[tuple[str, str, datetime, bool]]] = {}
    for path in sorted(BLIND.glob("promises_enron_blind*.jsonl")):
        sets[path.stem] = [(r["text"], "en", datetime.fromisoformat(r["ref_time"]),
                            bool(r["promise"])) for r in _rows(path)]
    for split in ("test", "test2", "test3", "test4"):
        sets[f"labelled_{split}"] = [(r["text"], r["lang"], datetime.fromisoformat(r["ref_time"]),
                                      bool(r["promise"])) for r in intent_model.load_labelled(split)]
    out: dict[str, dict] = {}
    for name, rows in sets.items():
        probs = []
        for text, lang, ref, gold in rows:
            found = [i for i in detect_intents(text, direction="out", ref_time=ref, lang=lang)
                     if i.kind == "promise"]
            p = min((model.probability(i.sentence.lower(), lang, False, False, "")
                     for i in found), default=None)
            probs.append((gold, p))
        out[name] = {f"veto<{t}": _score([(g, p is not None and p >= t) for g, p in probs])
                     for t in THRESHOLDS}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--enron-negatives", type=int, default=600)
    args = ap.parse_args(argv)
    res = evaluate(train(args.enron_negatives))
    for name, by_t in res.items():
        print(f"== {name}")
        for t, fig in by_t.items():
            print(f"   {t}: {json.dumps(fig)}")
    print(json.dumps({"bench": "promise_model_trial", "enron_negatives": args.enron_negatives,
                      "sets": res}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
