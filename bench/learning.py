"""Learning from corrections, simulated: replay k corrections, measure the error on the rest.

Each labelled set is split in two halves by the CRC32 of the text (even: the half the
corrections are drawn from; odd: the half measured). For k in 0, 10, 50, 200 (at most the
size of the first half; "all" is the whole half), k rows are drawn from the first half in
a seeded order; a person looking at those k items corrects what the product can be told: a
sentence flagged as a complaint that is none becomes a "not a complaint" label, a missed
complaint a "complaint" label (``#complaint`` in reply to it: its whole text), a promise
that is none a "not a promise" label (a missed promise cannot be told, so it is not
replayed). The layer
:func:`indexer.learning.fit_layer` fits on those labels is then used on the other half:

- complaints, client letters: the letters written for training
  (every file of ``tests/corpora/complaints`` but the public ``train.jsonl``) of one of the
  trainer's three folds (:func:`indexer.complaint_model.fold`), about 700 letters in RU and
  EN, so k reaches 200. The shipped model has read them, so the simulation uses a model
  fitted the shipped way on everything else (the other folds, the public set, ordinary mail)
  with the shipped thresholds: a company whose clients' wording the model never saw;
- complaints: ``tests/data/blind/complaints_blind.jsonl`` (240 client messages, RU and EN),
  the product's decision (:func:`indexer.complaint.detect_complaint`: rules, then the model);
- promises: the manager sentences of ``tests/data/intent_labelled.jsonl`` (all splits) and,
  as a set of real sent mail, ``tests/data/blind/promises_enron_blind.jsonl``
  (:func:`indexer.intent.detect_intents`, then the layer's veto).

Error = (false positives + false negatives) / rows measured, with precision and recall;
each figure is the mean over ``--seeds`` draws (default 5).

    python bench/learning.py            # a table, then the figures as one JSON line
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import zlib
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from indexer import complaint_model  # noqa: E402
from indexer.complaint import detect_complaint  # noqa: E402
from indexer.intent import detect_intents  # noqa: E402
from indexer.intent_model import fit  # noqa: E402
from indexer.learning import LocalLayer, fit_layer  # noqa: E402

KS = (0, 10, 50, 200)
REF = datetime.fromisoformat("2026-03-11T10:15:00+03:00")


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _halves(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    draw = [r for r in rows if zlib.crc32(r["text"].encode("utf-8")) % 2 == 0]
    rest = [r for r in rows if zlib.crc32(r["text"].encode("utf-8")) % 2 == 1]
    return draw, rest


def _complaint(row: dict, layer: LocalLayer | None) -> str | None:
    """The sentence flagged as a complaint, or None."""
    found = detect_complaint(row["text"], None, layer)
    return found.sentence if found else None


#: The trainer's folds whose client letters are the pool of the letters curve.
POOL_FOLDS = (0,)


def letters_pool() -> tuple[list[dict], complaint_model.ComplaintModel]:
    """The client letters of :data:`POOL_FOLDS`, and a model fitted without them."""
    rows = complaint_model.training_rows()
    # the letters, not the labelled sentences (short, and fewer)
    letters = {t for f in sorted((ROOT / "tests" / "corpora" / "complaints").glob("*.jsonl"))
               if f.name != "train.jsonl" for t in (json.loads(x)["text"] for x in
                                                    f.read_text(encoding="utf-8").splitlines()
                                                    if x.strip())}
    pool = [r for r in rows if r.kind == "client" and r.text in letters
            and complaint_model.fold(r) in POOL_FOLDS]
    taken = {r.text for r in pool}
    w, b = fit(complaint_model.examples([r for r in rows if r.text not in taken]),
               epochs=8, l2=1e-4)
    shipped = complaint_model.load()
    model = complaint_model.ComplaintModel.from_json(
        complaint_model.ComplaintModel(w, b, dict(shipped.thresholds)).to_json())
    return [{"text": r.text, "complaint": r.complaint} for r in pool], model


def _with_model(model: complaint_model.ComplaintModel):  # type: ignore[no-untyped-def]
    def decide(row: dict, layer: LocalLayer | None) -> str | None:
        found = detect_complaint(row["text"], None, layer, model)
        return found.sentence if found else None
    return decide


def _promise(row: dict, layer: LocalLayer | None) -> str | None:
    """The sentence taken for a promise, or None."""
    ref = datetime.fromisoformat(row["ref_time"]) if row.get("ref_time") else REF
    for i in detect_intents(row["text"], direction="out", ref_time=ref, lang=row.get("lang")):
        if i.kind == "promise" and (layer is None or not layer.rejects_promise(i.sentence)):
            return i.sentence
    return None


def _score(rows: list[dict], gold: str, decide, layer: LocalLayer | None) -> dict:  # type: ignore[no-untyped-def]
    tp = fp = fn = 0
    for r in rows:
        p = decide(r, layer) is not None
        y = bool(r[gold])
        tp += p and y
        fp += p and not y
        fn += y and not p
    n = len(rows)
    return {"error": (fp + fn) / n, "precision": tp / (tp + fp) if tp + fp else 0.0,
            "recall": tp / (tp + fn) if tp + fn else 0.0}


def curve(rows: list[dict], gold: str, decide, kind: str, seeds: int,  # type: ignore[no-untyped-def]
          base: complaint_model.ComplaintModel | None = None) -> dict:
    """k -> mean error, precision, recall on the measured half, and labels replayed."""
    draw, rest = _halves(rows)
    # What the shipped product says on the drawn half: the corrections a person would make.
    flagged = [(r, decide(r, None)) for r in draw]
    out: dict = {"n_draw": len(draw), "n_measured": len(rest), "k": {}}
    for k in (*(k for k in KS if k <= len(draw)), len(draw)):
        sums = {"error": 0.0, "precision": 0.0, "recall": 0.0, "labels": 0.0}
        for seed in range(seeds):
            order = list(range(len(draw)))
            random.Random(seed).shuffle(order)
            wrong = [flagged[i][1] for i in order[:k]
                     if flagged[i][1] is not None and not draw[i][gold]]
            missed = [draw[i]["text"] for i in order[:k]
                      if flagged[i][1] is None and draw[i][gold]] if kind == "complaint" else []
            layer = (fit_layer(wrong, [], base, complaints=missed) if kind == "complaint"
                     else fit_layer([], wrong)) if wrong or missed else None
            got = _score(rest, gold, decide, layer)
            for key in ("error", "precision", "recall"):
                sums[key] += got[key]
            sums["labels"] += len(wrong) + len(missed)
        out["k"]["all" if k == len(draw) else str(k)] = {
            key: round(v / seeds, 3) for key, v in sums.items()}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=int, default=5, help="draws averaged per k")
    args = ap.parse_args(argv)
    started = time.monotonic()
    data = ROOT / "tests" / "data"
    labelled = [r for r in _rows(data / "intent_labelled.jsonl") if r.get("direction") == "out"]
    pool, base = letters_pool()
    sets = {
        "complaints_letters": curve(pool, "complaint", _with_model(base), "complaint",
                                    args.seeds, base),
        "complaints_blind": curve(_rows(data / "blind" / "complaints_blind.jsonl"), "complaint",
                                  _complaint, "complaint", args.seeds),
        "promises_labelled": curve(labelled, "promise", _promise, "promise", args.seeds),
        "promises_enron_blind": curve(_rows(data / "blind" / "promises_enron_blind.jsonl"),
                                      "promise", _promise, "promise", args.seeds),
    }
    print(f"{'set':22} {'k':>4} {'labels':>6} {'error':>6} {'P':>6} {'R':>6}")
    for name, res in sets.items():
        for k, f in res["k"].items():
            print(f"{name:22} {k:>4} {f['labels']:>6.1f} {f['error']:>6.3f} "
                  f"{f['precision']:>6.3f} {f['recall']:>6.3f}")
    print(json.dumps({"bench": "learning", "seeds": args.seeds,
                      "seconds": round(time.monotonic() - started, 1), "sets": sets},
                     ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
