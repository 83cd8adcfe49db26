"""Whether two source trees infer the same thing from every message of a corpus.

Each tree, in its own process, analyses the same cached Maildir (as indexing does) and
writes one line per message: its negotiation signals, intents, complaint and whether it
is a request. The lines are compared; the first differences are printed. A change meant
to save CPU only must report ``identical``.

    git archive <commit> | tar -x -C /tmp/before      # the tree to compare against
    python bench/signals_same.py --before /tmp/before --after . --corpus enron --count 3000
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

sys.path.insert(0, str(ROOT))
from bench.stages_ab import CHILD_PRELUDE, ab_parser  # noqa: E402

#: Runs inside each tree: one JSON line per message, to the file named by argv[5].
_CHILD = CHILD_PRELUDE + r"""
with open(sys.argv[5], "w", encoding="utf-8") as out:
    for rid, raw in raws:
        a = analyze(parse_message(raw, rid), ctx)
        out.write(json.dumps([rid, repr(a.signals), repr(a.intents), repr(a.complaint),
                              a.is_request], ensure_ascii=False) + "\n")
"""


def lines(tree: Path, maildir: Path, corpus: str, count: int, out: Path) -> list[str]:
    """Every message's inferred facts, as ``tree`` reads the corpus."""
    subprocess.run([sys.executable, "-c", _CHILD, str(tree.resolve()), str(maildir), corpus,
                    str(count), str(out)], check=True)
    return out.read_text(encoding="utf-8").splitlines()


def main(argv: list[str] | None = None) -> int:
    parser = ab_parser(__doc__, corpus="generated", count=4000, rounds=False)
    args = parser.parse_args(argv)
    from bench.index_vs_peers import corpus

    maildir = corpus(args.count, args.seed, args.cache, args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        before = lines(args.before, maildir, args.corpus, args.count, Path(tmp) / "before")
        after = lines(args.after, maildir, args.corpus, args.count, Path(tmp) / "after")
    differ = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
    for b, a in differ[:5]:
        print(f"before: {b[:300]}\nafter:  {a[:300]}\n")
    print(f"{args.corpus}: {len(before)} messages, "
          + ("identical" if not differ else f"{len(differ)} differ"))
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
