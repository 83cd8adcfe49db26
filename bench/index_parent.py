"""Where the parent of `dealtrail index --workers N` spends its CPU, for two trees in turn.

With workers the parent lists the Maildir, unpickles the workers' results and
writes them; on a 2-core machine its CPU is taken from the workers. Each run is
a fresh `dealtrail index` of the cached Maildir into a new database, alternately
with tree A and tree B, and reports per tree the medians of: wall time, the
parent's CPU (all its threads) and its main thread's, the workers' CPU, and the
main thread's CPU in importing inference, in `Writer.write_batch` and in the
post-sync step.

    git worktree add /tmp/before <commit>
    python bench/index_parent.py --before /tmp/before --after . --corpus enron --count 3000

The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Runs inside one tree (argv: tree, Maildir, owner, database, workers).
_CHILD = r"""
import importlib, json, resource, sys, time
sys.path.insert(0, sys.argv[1])
start = time.monotonic()
from dealtrail.cli import main
import indexer.runner as runner
import indexer.writer as writer
spent = {"import_analyze": 0.0, "write": 0.0, "after_sync": 0.0}

def timed(name, fn):
    def run(*args, **kwargs):
        t = time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] += time.thread_time() - t
    return run

writer.Writer.write_batch = timed("write", writer.Writer.write_batch)
runner.after_sync = timed("after_sync", runner.after_sync)
timed("import_analyze", importlib.import_module)("indexer.analyze")
sys.argv = ["dealtrail", "--db", sys.argv[4], "index", "--maildir", sys.argv[2], "--owner",
            sys.argv[3], "--quiet", "--workers", sys.argv[5]]
try:
    main()
except SystemExit:
    pass
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": time.monotonic() - start, "parent_cpu": me.ru_utime + me.ru_stime,
                  "main_thread_cpu": time.thread_time(),
                  "workers_cpu": kids.ru_utime + kids.ru_stime, **spent}))
"""

FIGURES = ("wall", "parent_cpu", "main_thread_cpu", "workers_cpu", "import_analyze", "write",
           "after_sync")


def run_tree(tree: Path, maildir: Path, owner: str, workers: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, "-c", _CHILD, str(tree), str(maildir), owner,
                              str(Path(tmp) / "x.db"), str(workers)],
                             cwd=tree, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    from bench.stages_ab import ab_parser

    parser = ab_parser(__doc__)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    from bench.index_vs_peers import CORPORA, corpus

    maildir = corpus(args.count, args.seed, args.cache, args.corpus)
    owner = CORPORA[args.corpus][1]
    runs: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
    for _ in range(args.rounds):
        for side, tree in (("before", args.before), ("after", args.after)):
            runs[side].append(run_tree(tree.resolve(), maildir, owner, args.workers))
    result: dict = {"corpus": args.corpus, "messages": args.count, "rounds": args.rounds,
                    "workers": args.workers}
    for side, found in runs.items():
        result[f"{side}_s"] = {f: round(statistics.median(r[f] for r in found), 3)
                               for f in FIGURES}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
