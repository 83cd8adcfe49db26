"""A statistical complaint detector: logistic regression over hashed words of a sentence.

The cue rules in :mod:`indexer.complaint` are precise but see only the wording they list;
this model learns the wording from labelled text (``tests/corpora/complaints``: public
complaints and ordinary bank questions and business mail, plus Russian client letters written
for the purpose, and the project's labelled sentences). It scores each sentence of a client's
new text; :func:`indexer.complaint.detect_complaint` asks it only where the rules found
nothing, and takes its answer when the probability reaches its language's :data:`THRESHOLDS`.

It reuses the request model's machinery (:mod:`indexer.intent_model`: tokens, hashing, the
AdaGrad fit) with its own features: words, word pairs, and word stems (the first six letters
of a longer word, so «списали» and «списание», "charged" and "charges" share a feature).

Train: ``python -m indexer.complaint_model train`` (reads only files in the repository, so
the shipped ``complaint_weights.json`` rebuilds byte for byte).
"""

from __future__ import annotations

import json
import logging
import math
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from indexer.intent_model import (
    CORPORA,
    Example,
    HashedWeights,
    ModelError,
    fit,
    tokens,
    trainer_main,
)

log = logging.getLogger(__name__)

WEIGHTS_PATH = Path(__file__).with_name("complaint_weights.json")
FORMAT = "dealtrail-complaint-lr-1"
#: A sentence at or above its language's probability is a complaint. Russian: the lowest
#: threshold at which five-fold cross-validation on the training texts gives precision 0.9 or
#: more. English: the lowest that flags at most 1 % of the training half of the Enron messages
#: (ordinary business mail; the cross-validated 0.5 flagged 4 %). See docs/inference.md: a
#: complaints report that cries wolf is worse than one that misses.
THRESHOLDS = {"ru": 0.6, "en": 0.8}

_START = "\x02"
_STEM = 6
_SECOND_PERSON = frozenset("you your yours вы вам вас ваш ваша ваше ваши вашего вашей вашему "
                           "вашим вашу".split())


def features(low: str) -> list[str]:
    """Feature keys of one lower-cased sentence (unhashed; see :func:`indexer.intent_model.bucket`)."""
    toks = tokens(low)
    feats = toks[:]
    prev = _START
    for t in toks:
        feats.append(prev + " " + t)
        if len(t) > _STEM:
            feats.append("\x03" + t[:_STEM])
        prev = t
    if "!" in low:
        feats.append("\x01!")
    if low.rstrip().endswith("?"):
        feats.append("\x01?")
    if not _SECOND_PERSON.isdisjoint(toks):
        feats.append("\x01p2")
    return feats


@dataclass
class ComplaintModel:
    """Hashed weights and a bias; :meth:`probability` of one sentence."""

    weights: dict[int, float]
    bias: float

    def __post_init__(self) -> None:
        self._w = HashedWeights(self.weights)

    def logit(self, low: str) -> float:
        """Log-odds that the lower-cased sentence complains."""
        # the same keys as features(), built in C (pairs joined by " ".join over zip)
        toks = tokens(low)
        get = self._w.__getitem__
        z = self.bias + sum(map(get, toks)) + sum(map(get, map(" ".join, zip(
            [_START, *toks], toks, strict=False))))
        z += sum(get("\x03" + t[:_STEM]) for t in toks if len(t) > _STEM)
        if "!" in low:
            z += get("\x01!")
        if low.rstrip().endswith("?"):
            z += get("\x01?")
        if not _SECOND_PERSON.isdisjoint(toks):
            z += get("\x01p2")
        return z

    def probability(self, low: str) -> float:
        """Probability that the lower-cased sentence complains."""
        z = self.logit(low)
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))

    def is_complaint(self, low: str, lang: str) -> bool:
        """Whether the lower-cased sentence reaches its language's threshold."""
        return self.probability(low) >= THRESHOLDS.get(lang, THRESHOLDS["en"])

    def to_json(self) -> dict:
        """The weights file content (weights rounded; zero weights dropped)."""
        return {"format": FORMAT, "bias": round(self.bias, 4),
                "weights": {str(k): round(v, 3) for k, v in sorted(self.weights.items())
                            if abs(v) >= 0.005}}

    @classmethod
    def from_json(cls, data: dict) -> ComplaintModel:
        """The model a weights file describes (raises :class:`ModelError` on another format)."""
        if data.get("format") != FORMAT:
            raise ModelError(f"complaint weights have format {data.get('format')!r}, "
                             f"expected {FORMAT!r}; retrain with "
                             "`python -m indexer.complaint_model train`")
        return cls({int(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]))


def load(path: Path = WEIGHTS_PATH) -> ComplaintModel:
    """The shipped model (raises :class:`ModelError` when the file is missing or stale)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read complaint weights {path}: {exc}; reinstall dealtrail or "
                         "retrain with `python -m indexer.complaint_model train`") from exc
    return ComplaintModel.from_json(data)


# ------------------------------------------------------------------ training

#: Splits of tests/data/intent_labelled.jsonl that the model may learn from; test4 and the
#: blind sets of tests/data/blind stay out.
LABELLED_SPLITS = ("dev", "test", "test2", "test3")


def _jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def training_texts(corpora: Path = CORPORA) -> list[tuple[str, bool]]:
    """(text, complaint) pairs: the public set, the Russian letters written for training and
    the labelled sentences of :data:`LABELLED_SPLITS` (clients' sentences only)."""
    folder = corpora / "complaints"
    public = _jsonl(folder / "train.jsonl")
    if not public:
        raise ModelError(f"complaint training set not found at {folder}/train.jsonl; pass "
                         "--corpora with the folder that holds complaints/")
    texts = [(r["text"], bool(r["complaint"])) for r in public]
    for written in sorted(folder.glob("*_written.jsonl")):
        texts += [(r["text"], bool(r["complaint"])) for r in _jsonl(written)]
    labelled = _jsonl(Path(__file__).resolve().parents[1] / "tests" / "data" /
                      "intent_labelled.jsonl")
    texts += [(r["text"], bool(r["complaint"])) for r in labelled
              if r["split"] in LABELLED_SPLITS and r.get("direction", "in") == "in"]
    return texts


def examples(texts: Iterable[tuple[str, bool]]) -> list[Example]:
    """One example per text (texts are a sentence to a few sentences long)."""
    return [Example(tuple(features(t.lower())), y) for t, y in texts]


def train(corpora: Path = CORPORA, *, epochs: int = 8) -> ComplaintModel:
    """The model the trainer ships."""
    texts = training_texts(corpora)
    log.info("training the complaint model on %d texts (%d complaints)", len(texts),
             sum(1 for _, y in texts if y))
    w, b = fit(examples(texts), epochs=epochs, l2=1e-4)
    return ComplaintModel.from_json(ComplaintModel(w, b).to_json())


def dump(model: ComplaintModel, path: Path = WEIGHTS_PATH) -> None:
    """Write the weights file (stable key order, one line)."""
    path.write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """CLI: ``python -m indexer.complaint_model train [--corpora DIR] [--out FILE]``."""
    return trainer_main(argv, prog="python -m indexer.complaint_model",
                        description="Train the complaint model.", folder="complaints",
                        train=train, dump=dump, weights_path=WEIGHTS_PATH)


if __name__ == "__main__":
    sys.exit(main())
