"""One hash per message of everything analysis gives, to show a speed-up changes no result.

Runs ``analyze()`` of the source tree given on every message of a Maildir (or of a folder
of .eml files) and writes ``<file name> <sha1 of repr(Analysis)>`` per message, in file
order (a message the parser refuses is listed with its error). Run it with the tree before and the tree after a change, then compare the files:

    python bench/analysis_hashes.py --tree <tree before> --source <Maildir> --out before.txt
    python bench/analysis_hashes.py --tree . --source <Maildir> --out after.txt
    cmp before.txt after.txt

The mailbox owner is the corpus's (``--corpus``, as in ``index_vs_peers.py``); the Maildirs
of that bench are cached under its ``--cache`` folder.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tree", type=Path, default=Path(__file__).resolve().parents[1],
                        help="source tree whose analysis runs (default: this one)")
    parser.add_argument("--source", type=Path, required=True, help="Maildir or .eml folder")
    parser.add_argument("--corpus", default="enron", help="whose mailbox (index_vs_peers corpora)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.tree.resolve()))
    from bench.index_vs_peers import CORPORA
    from indexer.analyze import AnalyzeContext, analyze
    from indexer.parse import parse_message
    from indexer.runner import one_shot_settings

    owner = CORPORA[args.corpus][1]
    files = sorted(p for p in args.source.rglob("*") if p.is_file())
    if any(p.parent.name == "cur" for p in files):
        files = [p for p in files if p.parent.name == "cur"]
    settings = one_shot_settings(owner, args.source)
    ctx = AnalyzeContext.for_mailbox(settings, owner)
    with args.out.open("w", encoding="utf-8") as out:
        for path in files:
            try:
                msg = parse_message(path.read_bytes(), path.name)
            except Exception as exc:        # a message the parser refuses: say so, go on
                out.write(f"{path.name} parse-error {type(exc).__name__}\n")
                continue
            found = analyze(msg, ctx)
            out.write(f"{path.name} {hashlib.sha1(repr(found).encode()).hexdigest()}\n")
    print(f"{len(files)} messages -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
