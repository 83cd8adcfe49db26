"""The promise veto (``indexer.promise_model``): cross-validated on its training set, then
measured on the blind promise sets and the labelled splits beside the rules alone.

1. Cross-validation on ``tests/data/promises_enron_train.jsonl`` (real Enron sent mail
   labelled by the guide), a message's sentences held out together: promise P/R over every
   labelled sentence for the rules alone and with the veto at each threshold, which
   kinds of non-promise (the ``why`` labels) the veto removes, and, of the promises the
   rules date to a day, how many keep their due date at each threshold, how many of those are
   real promises due that day and how many such lose it (``dated>=T``; the due threshold the
   trainer picks).
2. The veto trained on all of it (as ``python -m indexer.promise_model train`` does), on the
   blind promise sets and the labelled test splits, beside the rules alone.
   ``promises_enron_blind2`` is scored in aggregate only: its misses are never printed.

    .venv/bin/python bench/promise_model_trial.py [--threshold T] [--misses]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from indexer import intent_model, promise_model  # noqa: E402
from indexer.intent import RuleBasedDetector  # noqa: E402
from indexer.promise_model import PromiseVeto  # noqa: E402
from indexer.promise_rules import own_act_dated  # noqa: E402


def _bench(name: str):  # noqa: ANN202 - a sibling script loaded as a module
    spec = importlib.util.spec_from_file_location(f"dealtrail_bench_{name}_veto",
                                                  ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


blind = _bench("blind")
quality = _bench("quality")
#: Scored in aggregate only: nobody reads this set's misses.
NEVER_READ = "promises_enron_blind2"


def _pr(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "tp": tp, "fp": fp, "fn": fn}


def cross_validate(rows: list[promise_model.Row]) -> dict:
    """Held-out P/R over every training sentence at each threshold (0.0: the rules alone)."""
    scored = promise_model.held_out_scores(rows)
    # a row is a promise when any sentence the rules take in it survives the veto
    by_row: dict[int, list[float]] = {}
    ids = {id(r): i for i, r in enumerate(rows)}
    for r, p in scored:
        by_row.setdefault(ids[id(r)], []).append(p)
    out: dict = {"threshold_cv": promise_model.calibrate(scored), "sentences": len(rows),
                 "promises": sum(r.promise for r in rows), "rule_accepted": len(scored)}
    for t in promise_model.THRESHOLD_GRID:
        tp = fp = fn = 0
        for i, r in enumerate(rows):
            pred = any(p >= t for p in by_row.get(i, []))
            tp += pred and r.promise
            fp += pred and not r.promise
            fn += r.promise and not pred
        out[f"veto<{t}"] = _pr(tp, fp, fn)
    t = out["threshold_cv"]
    # the due date: of the held-out rule promises the rules date to a day, how many stay dated
    # at each threshold and how many of those are real promises labelled due that very day
    # (an act owed right after "will" keeps its day at every threshold)
    dues = {id(r): promise_model.rules_due(r) for r, _ in scored}
    dated = [(r.promise and r.due == due[0],
              1.0 if p >= t and own_act_dated(r.text.lower()) else p) for r, p in scored
             if (due := dues[id(r)]) is not None and due[1] in promise_model.DAY_GRAINS]
    out["due_threshold_cv"] = promise_model.calibrate_due(scored, t)
    for th in promise_model.THRESHOLD_GRID:
        kept = [y for y, p in dated if p >= th]
        out[f"dated>={th}"] = {"precision": round(sum(kept) / len(kept), 3) if kept else None,
                               "n": len(kept), "real_due_day_dropped": sum(
                                   1 for y, p in dated if y and p < th)}
    out["vetoed_by_why"] = dict(Counter(
        ("promise" if r.promise else (r.why or "none")) for r, p in scored if p < t))
    out["kept_by_why"] = dict(Counter(
        ("promise" if r.promise else (r.why or "none")) for r, p in scored if p >= t))
    return out


def _promise_detect(detector: RuleBasedDetector):  # noqa: ANN202
    def detect(text: str, ref: datetime, lang: str = "en") -> tuple[bool, str | None, str | None]:
        found = [i for i in detector.detect(text, direction="out", ref_time=ref, lang=lang)
                 if i.kind == "promise"]
        if not found:
            return False, None, None
        due = found[0].due
        return True, due.date().isoformat() if due else None, found[0].due_grain
    return detect


def measure(veto: PromiseVeto | None, misses: bool) -> dict:
    """The blind promise sets and the labelled splits with the detector given ``veto``."""
    det = RuleBasedDetector(intent_model.load(), veto)
    out: dict = {}
    for path in sorted(blind.BLIND.glob("promises_enron_blind*.jsonl")):
        lst: list[str] | None = [] if misses and path.stem != NEVER_READ else None
        out[path.stem] = blind.score_promises(path, _promise_detect(det), lst)
        if lst:
            out[path.stem]["misses"] = lst
    labelled = quality.load_labelled()
    for split in ("test", "test2", "test3", "test4"):
        res = quality.score_labelled(labelled, split, det)
        out[f"labelled_{split}"] = {"promise": res["promise"], "request": res["request"]}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threshold", type=float, help="veto threshold instead of the trained one")
    ap.add_argument("--misses", action="store_true",
                    help=f"list the misses of the sets that may be read (never {NEVER_READ})")
    ap.add_argument("--skip-cv", action="store_true", help="skip the cross-validation")
    args = ap.parse_args(argv)
    rows = promise_model.training_rows()
    res: dict = {}
    if not args.skip_cv:
        res["cv"] = cross_validate(rows)
        print("== cross-validation on the training set")
        for k, v in res["cv"].items():
            print(f"   {k}: {json.dumps(v)}")
    veto = promise_model.train()
    if args.threshold is not None:
        veto = PromiseVeto(veto.weights, veto.bias, args.threshold, veto.due_threshold)
    res["threshold"] = veto.threshold
    res["rules"] = measure(None, False)
    res["veto"] = measure(veto, args.misses)
    for name in res["veto"]:
        print(f"== {name}")
        for variant in ("rules", "veto"):
            fig = {k: v for k, v in res[variant][name].items() if k != "misses"}
            print(f"   {variant}: {json.dumps(fig)}")
        for m in res["veto"][name].pop("misses", []):
            print("   ", m)
    print(json.dumps({"bench": "promise_model_trial", **res}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
