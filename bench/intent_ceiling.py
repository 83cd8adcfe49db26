"""How far cheap statistical text classifiers get on the Parakweet intent set.

The request/commitment target is F1 0.85 on the Parakweet sentences. This
bench asks whether any standard linear text classifier reaches it when
trained the same way dealtrail's model is (Parakweet dev half, CRC32 of the
text even) and scored on the held-out test half: TF-IDF word n-grams with
logistic regression, word + character n-grams with a linear SVM, and
character n-grams alone. It needs scikit-learn, which dealtrail itself does
not use; it comes with the bench extra: ``.venv/bin/pip install -e '.[bench]'``.

Usage: python bench/intent_ceiling.py [--corpora PATH]   (default: tests/corpora)
Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path

try:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score, precision_score, recall_score
    from sklearn.model_selection import StratifiedKFold, cross_val_score
    from sklearn.pipeline import Pipeline, make_union
    from sklearn.svm import LinearSVC
except ImportError:  # pragma: no cover - an optional tool
    sys.exit("bench/intent_ceiling.py needs scikit-learn: pip install -e '.[bench]'")

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from indexer.intent_model import CORPORA  # noqa: E402


def load(corpora: Path) -> tuple[list[dict], list[dict]]:
    path = corpora / "intent" / "parakweet_train.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    dev = [r for r in rows if zlib.crc32(r["text"].encode("utf-8")) % 2 == 0]
    test = [r for r in rows if zlib.crc32(r["text"].encode("utf-8")) % 2 == 1]
    return dev, test


def models() -> dict[str, Pipeline]:
    return {
        "tfidf_word_1_2_logreg": Pipeline([
            ("features", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
            ("model", LogisticRegression(C=10, max_iter=2000))]),
        "tfidf_word_1_3_char_2_5_linear_svm": Pipeline([
            ("features", make_union(
                TfidfVectorizer(ngram_range=(1, 3), sublinear_tf=True),
                TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True))),
            ("model", LinearSVC(C=0.5))]),
        "tfidf_char_2_5_logreg": Pipeline([
            ("features", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5),
                                         sublinear_tf=True)),
            ("model", LogisticRegression(C=10, max_iter=2000))]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA,
                        help="folder holding intent/ (default: tests/corpora)")
    args = parser.parse_args()
    dev, test = load(args.corpora)
    x_dev, y_dev = [r["text"] for r in dev], [bool(r["intent"]) for r in dev]
    x_test, y_test = [r["text"] for r in test], [bool(r["intent"]) for r in test]
    out: dict[str, dict] = {}
    print(f"{'model':40} {'dev 5-fold F1':>14} {'test P':>7} {'test R':>7} {'test F1':>8}")
    for name, pipe in models().items():
        folds = StratifiedKFold(5, shuffle=True, random_state=0)
        cv = float(cross_val_score(pipe, x_dev, y_dev, cv=folds, scoring="f1").mean())
        pipe.fit(x_dev, y_dev)
        got = pipe.predict(x_test)
        figures = {"dev_cv_f1": round(cv, 3),
                   "test_precision": round(float(precision_score(y_test, got)), 3),
                   "test_recall": round(float(recall_score(y_test, got)), 3),
                   "test_f1": round(float(f1_score(y_test, got)), 3)}
        out[name] = figures
        print(f"{name:40} {figures['dev_cv_f1']:>14} {figures['test_precision']:>7} "
              f"{figures['test_recall']:>7} {figures['test_f1']:>8}")
    print(json.dumps({"n_dev": len(dev), "n_test": len(test), "models": out}))


if __name__ == "__main__":
    main()
