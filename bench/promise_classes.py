"""Where the promise rules and the veto fail on real sent mail, by class, and whether a wider
candidate set with the model deciding would do better.

Everything is measured on ``tests/data/promises_enron_train.jsonl`` (real Enron sent mail
labelled by people who never read the rules) by cross-validation grouped by message: the
veto (:mod:`indexer.promise_model`) is refitted without each fold's messages and judges only
them, at the shipped thresholds. No blind set's text is read here; their aggregate figures
come from ``bench/blind.py`` and ``bench/promise_model_trial.py``.

1. **Misses and false promises by class.** Each labelled sentence is put in every class of
   :data:`CLASSES` its words match (a shape of the future: "Will do.", "Let me ...", "I'll
   have X to you", an act under way for a future time, "we can have it by", a passive "will
   be sent", "we are going to", "I plan to send", ...). For each class: the labelled
   promises in it, how many the rules find, how many the veto keeps, and the non-promises the
   veto lets pass; then the promises no class holds. A class the rules could take whole is
   one whose sentences are mostly promises (``promise_share``).
2. **A wider candidate set, the model deciding.** Candidates: what the rules take, plus every
   sentence of a first-person or our-side future, an act under way, a passive future or a
   modal of the writer (:data:`WIDE`).

   - ``add``: the rules with the veto, plus a candidate the rules do not take when the
     held-out probability of the veto's model reaches t;
   - ``model``: a model of the same features (and the rules' answer as one more) trained on
     the candidates alone decides every candidate: kept when its held-out probability
     reaches t.

Prints a table per part and one JSON line last::

    .venv/bin/python bench/promise_classes.py
"""

from __future__ import annotations

import json
import math
import re
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from indexer import promise_model as pm  # noqa: E402
from indexer.intent import RuleBasedDetector  # noqa: E402
from indexer.intent_model import Example, bucket, fit  # noqa: E402

_WILL = r"(?:'ll|’ll|\s+will|\s+shall)"
#: Shapes of a commitment to come, on the lower-cased sentence (a sentence may be in several).
CLASSES: dict[str, re.Pattern[str]] = {name: re.compile(p) for name, p in {
    "will do (alone)": r"^\W*(?:\w+\W+){0,3}will\s+do\W*$",
    "let me": r"\blet\s+me\b",
    "I'll have/get X to you": rf"\b(?:i|we){_WILL}\s+(?:have|get)\s+(?:\w+\s+){{0,4}}"
                              r"(?:to|back\s+to|over\s+to)\s+(?:you|him|her|them)\b",
    "act under way (I'm sending)": r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:\w+ly\s+|still\s+|"
                                   r"just\s+)?(?!going\b)\w+ing\b",
    "modal (we can have it)": r"\b(?:i|we)\s+(?:can|could|should)\s+(?:\w+ly\s+)?(?:have|get|"
                              r"send|do|be\s+able)\b",
    "passive (will be sent)": r"\bwill\s+be\s+(?:\w+ly\s+)?\w+(?:ed|en|sent|made)\b",
    "we are going to": r"\b(?:i'm|i\s+am|we're|we\s+are)\s+going\s+to\b",
    "plan to (I plan to send)": r"\b(?:i|we)\s+(?:will\s+)?(?:plan|intend|anticipate|expect)\s+"
                                r"(?:to|on)\b|\b(?:i|we)\s+anticipate\s+\w+ing\b",
    "someone of ours will": r"\b(?:my|our)\s+(?:\w+\s+){0,2}(?:will|is\s+going\s+to|should)\b",
    "subject left out (and will)": r"(?:^\W*|[,;]\s*|\b(?:and|but|so)\s+)will\s+(?!be\b)\w+",
    "if you ..., we will": rf"\bif\s+you\b.*\b(?:i|we){_WILL}\b",
    "I/we will (the rules' shape)": rf"\b(?:i|we){_WILL}\s+(?!be\b)\w+",
    "I/we will be": rf"\b(?:i|we){_WILL}\s+be\b",
}.items()}

#: The wider candidate set: the veto's future cue, an act under way, a passive future, and a
#: modal or plan of the writer.
WIDE = re.compile(pm._FUTURE_CUE.pattern
                  + r"|\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:\w+ly\s+|still\s+|just\s+)?\w+ing\b"
                  + r"|\bwill\s+be\s+\w+ed\b"
                  + r"|\b(?:i|we)\s+(?:plan|intend|anticipate|expect|can|could|should)\b")
GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def _pr(pred: list[bool], gold: list[bool]) -> dict:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    return {"precision": round(tp / (tp + fp), 3) if tp + fp else 0.0,
            "recall": round(tp / (tp + fn), 3) if tp + fn else 0.0, "tp": tp, "fp": fp, "fn": fn}


def _found(det: RuleBasedDetector, row: pm.Row) -> bool:
    ref = datetime.fromisoformat(row.ref_time) if row.ref_time else None
    return any(i.kind == "promise" for i in det.detect(row.text, direction="out", ref_time=ref,
                                                       lang="en", kinds=("promise",)))


def held_out(rows: list[pm.Row]) -> tuple[list[bool], list[bool], list[float]]:
    """For each row, held out by message: the rules' answer, the rules' answer with the veto
    (shipped thresholds), and the probability the veto's model gives the whole sentence."""
    shipped = pm.load()
    extra = pm.labelled_examples()
    rules_det = RuleBasedDetector(None, None)
    rules, veto, prob = [False] * len(rows), [False] * len(rows), [0.0] * len(rows)
    for k in range(pm.FOLDS):
        w, b = pm._fit(pm.examples(r for r in rows if pm.fold(r.source) != k) + extra)
        v = pm.PromiseVeto(w, b, shipped.threshold, shipped.due_threshold)
        det = RuleBasedDetector(None, v)
        for i, r in enumerate(rows):
            if pm.fold(r.source) == k:
                rules[i] = _found(rules_det, r)
                veto[i] = _found(det, r)
                prob[i] = v.probability(r.text.lower())
    return rules, veto, prob


def by_class(rows: list[pm.Row], rules: list[bool], veto: list[bool]) -> dict:
    """Per class: labelled promises, found by the rules, kept by the veto, false ones kept."""
    out: dict = {}
    classed = [False] * len(rows)
    for name, pat in CLASSES.items():
        idx = [i for i, r in enumerate(rows) if pat.search(r.text.lower())]
        for i in idx:
            classed[i] = True
        pos = [i for i in idx if rows[i].promise]
        out[name] = {"sentences": len(idx), "promises": len(pos),
                     "promise_share": round(len(pos) / len(idx), 3) if idx else None,
                     "rules_find": sum(rules[i] for i in pos),
                     "veto_keeps": sum(veto[i] for i in pos),
                     "missed": sum(not veto[i] for i in pos),
                     "non_promises_not_taken": sum(
                         1 for i in idx if not rules[i] and not rows[i].promise),
                     "false_kept": sum(1 for i in idx if veto[i] and not rows[i].promise)}
    rest = [i for i, r in enumerate(rows) if r.promise and not classed[i]]
    out["no class"] = {"promises": len(rest), "rules_find": sum(rules[i] for i in rest),
                       "missed": sum(not veto[i] for i in rest)}
    return out


def false_by_label(rows: list[pm.Row], veto: list[bool]) -> dict:
    """The non-promises the veto keeps, by the labellers' reason (``why``)."""
    out: dict[str, int] = {}
    for r, kept in zip(rows, veto, strict=True):
        if kept and not r.promise:
            out[r.why or "none"] = out.get(r.why or "none", 0) + 1
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def wider(rows: list[pm.Row], rules: list[bool], veto: list[bool], prob: list[float]) -> dict:
    """The two ways of letting the model decide over :data:`WIDE` (module docstring)."""
    gold = [r.promise for r in rows]
    cand = [rules[i] or bool(WIDE.search(r.text.lower())) for i, r in enumerate(rows)]
    out: dict = {"candidates": sum(cand), "promises_in_candidates": sum(
        1 for c, g in zip(cand, gold, strict=True) if c and g), "promises": sum(gold),
        "rules": _pr(rules, gold), "rules+veto": _pr(veto, gold)}
    for t in GRID:
        out[f"add>={t}"] = _pr([veto[i] or (cand[i] and not rules[i] and prob[i] >= t)
                                for i in range(len(rows))], gold)

    def feats(i: int) -> tuple[str, ...]:
        return (*pm.features(rows[i].text.lower()), "\x07rule:" + str(rules[i]))

    extra = pm.labelled_examples()
    z = [0.0] * len(rows)
    for k in range(pm.FOLDS):
        exs = [Example(feats(i), gold[i]) for i in range(len(rows))
               if cand[i] and pm.fold(rows[i].source) != k]
        w, b = fit(exs + extra, epochs=pm.EPOCHS, l2=pm.L2, seed=pm.SEED)
        for i in range(len(rows)):
            if cand[i] and pm.fold(rows[i].source) == k:
                z[i] = b + sum(w.get(bucket(f), 0.0) for f in feats(i))
    p = [1.0 / (1.0 + math.exp(-max(min(x, 40.0), -40.0))) for x in z]
    for t in GRID:
        out[f"model>={t}"] = _pr([cand[i] and p[i] >= t for i in range(len(rows))], gold)
    return out


def main() -> int:
    rows = pm.training_rows()
    rules, veto, prob = held_out(rows)
    res = {"sentences": len(rows), "promises": sum(r.promise for r in rows),
           "classes": by_class(rows, rules, veto),
           "false_kept_by_label": false_by_label(rows, veto),
           "wider": wider(rows, rules, veto, prob)}
    print("== promises by class (held out by message)")
    print(f"   {'class':32} {'sent':>5} {'prom':>5} {'share':>6} {'rules':>6} {'veto':>5} "
          f"{'false kept':>10}")
    for name, c in res["classes"].items():
        if name == "no class":
            print(f"   {name:32} {'':>5} {c['promises']:5} {'':>6} {c['rules_find']:6} "
                  f"{c['promises'] - c['missed']:5}")
            continue
        print(f"   {name:32} {c['sentences']:5} {c['promises']:5} {c['promise_share'] or 0:6} "
              f"{c['rules_find']:6} {c['veto_keeps']:5} {c['false_kept']:10}")
    print("== non-promises the veto keeps, by the labellers' reason")
    print("   " + json.dumps(res["false_kept_by_label"]))
    print("== a wider candidate set, the model deciding")
    for k, v in res["wider"].items():
        print(f"   {k}: {json.dumps(v)}")
    print(json.dumps({"bench": "promise_classes", **res}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
