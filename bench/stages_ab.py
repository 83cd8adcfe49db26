"""CPU per message by stage, for two source trees run alternately in one session.

On a shared machine the load moves between runs, so before/after figures taken
apart are not comparable. This runs the pipeline stages (parse, analyze, write;
the same steps as ``index_vs_peers.py --stages``) of tree A, then tree B, then A
again, and so on, each in its own fresh process over the same cached Maildir, and
reports the median CPU microseconds per message of each stage for each tree.

    git worktree add /tmp/before <commit>    # the tree to compare against
    python bench/stages_ab.py --before /tmp/before --after . --corpus enron --count 3000

The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: The start of a child process that runs inside one tree: its own code, the given corpus
#: (argv: tree, Maildir, corpus kind, count), the raw messages read and the analysis context
#: built. bench/negotiation_cost.py starts its children the same way.
CHILD_PRELUDE = r"""
import json, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from bench.index_vs_peers import CORPORA
from dealtrail.directory import sync_directory
from dealtrail.domain import Folder
from dealtrail.store import open_db
from indexer.analyze import AnalyzeContext, analyze
from indexer.parse import parse_message
from indexer.runner import one_shot_settings
from indexer.sync import mailbox_id
from indexer.writer import Writer
maildir, owner, limit = Path(sys.argv[2]), CORPORA[sys.argv[3]][1], int(sys.argv[4])
paths = sorted(p for p in maildir.rglob("*") if p.is_file() and p.parent.name == "cur")[:limit]
raws = [(p.name.split(":2,")[0], p.read_bytes()) for p in paths]
settings = one_shot_settings(owner, maildir)
ctx = AnalyzeContext.for_mailbox(settings, owner)
"""

#: Imports and lazy tables (the Russian morphology dictionary among them) out of the timing.
CHILD_WARM_UP = r"""
cpu = time.process_time
for rid, raw in raws[:50]:
    analyze(parse_message(raw, rid), ctx)
"""

#: The three stages, timed: parse_s, analyze_s, write_s; ``db`` (in the temporary folder
#: ``tmp``) stays open for what a child measures next.
CHILD_STAGES = r"""
t = cpu(); msgs = [parse_message(raw, rid) for rid, raw in raws]; parse_s = cpu() - t
t = cpu(); done = [analyze(m, ctx) for m in msgs]; analyze_s = cpu() - t
tmp = tempfile.TemporaryDirectory()
db = open_db(Path(tmp.name) / "s.db")
sync_directory(db, settings)
writer = Writer(db, settings, mailbox_id(db, settings.mailboxes[0]), owner)
t = cpu()
for start in range(0, len(done), 500):
    writer.write_batch(Folder("INBOX", "inbox"), done[start:start + 500], None)
write_s = cpu() - t
"""

#: Runs inside each tree: CPU time (one thread) per stage.
_CHILD = CHILD_PRELUDE + CHILD_WARM_UP + CHILD_STAGES + r"""
db.conn.close()
print(json.dumps({"messages": len(raws), "parse": parse_s, "analyze": analyze_s, "write": write_s}))
"""

STAGES = ("parse", "analyze", "write")


def run_tree(tree: Path, maildir: Path, corpus_kind: str, count: int) -> dict[str, float]:
    """One fresh process of ``tree`` over the Maildir: CPU seconds per stage."""
    out = subprocess.run([sys.executable, "-c", _CHILD, str(tree), str(maildir), corpus_kind,
                          str(count)], cwd=tree, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def ab_parser(doc: str, *, corpus: str = "enron", count: int = 3000,
              rounds: bool = True) -> argparse.ArgumentParser:
    """The arguments every bench that runs two source trees over one cached corpus takes:
    --before, --after, --corpus, --count, --seed, --cache (and --rounds)."""
    sys.path.insert(0, str(ROOT))
    from bench.index_vs_peers import CORPORA

    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="source tree A")
    parser.add_argument("--after", type=Path, default=ROOT, help="source tree B (default: this)")
    parser.add_argument("--corpus", choices=sorted(CORPORA), default=corpus)
    parser.add_argument("--count", type=int, default=count)
    parser.add_argument("--seed", type=int, default=1)
    if rounds:
        parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "dealtrail-bench")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = ab_parser(__doc__).parse_args(argv)
    from bench.index_vs_peers import corpus

    maildir = corpus(args.count, args.seed, args.cache, args.corpus)
    runs: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
    for _ in range(args.rounds):
        for side, tree in (("before", args.before), ("after", args.after)):
            runs[side].append(run_tree(tree.resolve(), maildir, args.corpus, args.count))
    result: dict = {"corpus": args.corpus, "messages": runs["after"][0]["messages"],
                    "rounds": args.rounds}
    for side, found in runs.items():
        n = found[0]["messages"]
        per = {s: round(statistics.median(r[s] for r in found) / n * 1e6) for s in STAGES}
        per["total"] = sum(per[s] for s in STAGES)
        result[f"{side}_cpu_us_per_msg"] = per
    before, after = result["before_cpu_us_per_msg"], result["after_cpu_us_per_msg"]
    result["after_over_before"] = {s: round(after[s] / before[s], 2) for s in before if before[s]}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
