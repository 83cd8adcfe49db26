"""What inferring negotiations costs in indexing CPU, for two source trees run alternately.

Each run, in a fresh process of its tree, parses, analyses and writes the same cached
Maildir (the stages of ``index_vs_peers.py --stages``), timing the negotiation signals
inside analysis (``indexer.deal_signals.detect_signals``) on their own, then folds the
stored mail into deals (``indexer.negotiations.fold_negotiations``). The cost is the CPU
of the signals and the fold over the CPU of everything else: what indexing without
negotiations would spend. Runs alternate tree A, tree B, A, ... so the load of a shared
machine falls on both alike; the medians are printed, then one JSON line.

    git archive <commit> | tar -x -C /tmp/before      # the tree to compare against
    python bench/negotiation_cost.py --before /tmp/before --after . --corpus generated --count 4000
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

sys.path.insert(0, str(ROOT))
from bench.stages_ab import CHILD_PRELUDE, CHILD_STAGES, CHILD_WARM_UP, ab_parser  # noqa: E402

#: Runs inside each tree: CPU seconds (one thread) of the signals, the fold and the rest.
_CHILD = CHILD_PRELUDE + r"""
import indexer.analyze as analysis
from indexer.negotiations import fold_negotiations
cpu = time.process_time
spent = [0.0]
signals = analysis.detect_signals
def timed(*args, **kw):
    started = cpu()
    try:
        return signals(*args, **kw)
    finally:
        spent[0] += cpu() - started
analysis.detect_signals = timed
""" + CHILD_WARM_UP + r"""
spent[0] = 0.0
""" + CHILD_STAGES + r"""
t = cpu(); fold_negotiations(db, settings); fold_s = cpu() - t
db.conn.close()
rest = parse_s + analyze_s - spent[0] + write_s
print(json.dumps({"messages": len(raws), "signals": spent[0], "fold": fold_s, "rest": rest}))
"""


def run(tree: Path, maildir: Path, corpus: str, count: int) -> dict[str, float]:
    """One fresh process of ``tree`` over the corpus; its JSON line."""
    out = subprocess.run([sys.executable, "-c", _CHILD, str(tree.resolve()), str(maildir),
                          corpus, str(count)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = ab_parser(__doc__, corpus="generated", count=4000)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from bench.index_vs_peers import corpus

    maildir = corpus(args.count, args.seed, args.cache, args.corpus)
    runs: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
    for n in range(args.rounds):
        for name, tree in (("before", args.before), ("after", args.after)):
            found = run(tree, maildir, args.corpus, args.count)
            runs[name].append(found)
            print(f"round {n + 1} {name}: signals {found['signals']:.2f} s, fold "
                  f"{found['fold']:.2f} s, the rest {found['rest']:.2f} s, cost "
                  f"{100 * (found['signals'] + found['fold']) / found['rest']:.1f} %")
    result: dict[str, object] = {"corpus": args.corpus, "messages": args.count}
    for name, found in runs.items():
        median = {k: statistics.median(r[k] for r in found) for k in ("signals", "fold", "rest")}
        result[name] = {k: round(v, 3) for k, v in median.items()} | {
            "cost_pct": round(100 * statistics.median(
                (r["signals"] + r["fold"]) / r["rest"] for r in found), 1)}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
