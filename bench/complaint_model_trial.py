"""Would a statistical complaint classifier do better than the cue rules? A trial, not a product part.

Trains a standard TF-IDF (word 1-2-grams + character 2-5-grams) logistic regression on the
clients' sentences of the labelled set's splits other than test4 (about 100 complaints), then
scores it on test4, the blind split none of it was trained or tuned on, and counts how many of
the Enron inbox messages it would flag (ordinary business mail: almost none of it complains to
a bank). Two variants: labelled sentences only, and with the even half of the Enron messages'
sentences added as negatives (the odd half is then the one counted). Needs scikit-learn, which
dealtrail does not use (the bench extra: ``.venv/bin/pip install -e '.[bench]'``); run it with
the project on ``sys.path``.

Usage: python bench/complaint_model_trial.py [--corpora PATH]   (default: tests/corpora)
Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

try:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline, make_union
except ImportError:  # pragma: no cover - an optional tool
    sys.exit("bench/complaint_model_trial.py needs scikit-learn: pip install -e '.[bench]'")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

THRESHOLDS = (0.5, 0.7, 0.9)


def enron_sentences(corpora: Path) -> list[tuple[int, str]]:
    from inference_speed import load_bodies

    from indexer.intent import sentences
    from indexer.newtext import new_text

    out = []
    for i, (body, _sent) in enumerate(load_bodies(corpora)):
        text = new_text(body)
        out += [(i, text[s:e]) for s, e in sentences(text) if e - s < 400]
    return out


def model() -> Pipeline:
    return Pipeline([
        ("features", make_union(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True))),
        ("model", LogisticRegression(C=3, max_iter=3000, class_weight="balanced"))])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", help="folder holding enron_inbox/ (default: tests/corpora)")
    args = parser.parse_args()
    rows = [json.loads(line) for line in
            (ROOT / "tests" / "data" / "intent_labelled.jsonl").read_text(encoding="utf-8").splitlines()]
    clients = [r for r in rows if r["direction"] == "in"]
    train = [r for r in clients if r["split"] != "test4"]
    test = [r for r in clients if r["split"] == "test4"]
    from indexer.intent_model import corpora_dir

    enron = enron_sentences(corpora_dir(args.corpora))
    even = [s for m, s in enron if m % 2 == 0]
    odd = [(m, s) for m, s in enron if m % 2 == 1]
    out: dict[str, dict] = {}
    print(f"{'variant':28} {'threshold':>9} {'test4 P':>8} {'test4 R':>8} {'Enron msgs flagged':>19}")
    for name, extra in (("labelled_only", []), ("with_enron_negatives", even)):
        pipe = model()
        pipe.fit([r["text"] for r in train] + extra,
                 [bool(r["complaint"]) for r in train] + [False] * len(extra))
        p_test = pipe.predict_proba([r["text"] for r in test])[:, 1]
        p_enron = pipe.predict_proba([s for _, s in odd])[:, 1]
        for thr in THRESHOLDS:
            tp = sum(1 for p, r in zip(p_test, test, strict=True) if p >= thr and r["complaint"])
            fp = sum(1 for p, r in zip(p_test, test, strict=True) if p >= thr and not r["complaint"])
            pos = sum(1 for r in test if r["complaint"])
            flagged = len({m for (m, _), p in zip(odd, p_enron, strict=True) if p >= thr})
            fig = {"precision": round(tp / (tp + fp), 3) if tp + fp else None,
                   "recall": round(tp / pos, 3), "enron_messages_flagged": flagged}
            out[f"{name}@{thr}"] = fig
            print(f"{name:28} {thr:>9} {fig['precision']!s:>8} {fig['recall']:>8} {flagged:>19}")
    print(json.dumps({"n_train": len(train), "n_test4": len(test),
                      "enron_messages_counted": len({m for m, _ in odd}), "variants": out}))


if __name__ == "__main__":
    main()
