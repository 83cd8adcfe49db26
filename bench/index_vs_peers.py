"""Index one generated Maildir with dealtrail, ``notmuch new`` and ``mu index``, side by side.

Each tool runs in a fresh temporary directory on the same Maildir (made by
``bench/corpus.py`` and cached between runs). dealtrail runs the full
pipeline (`dealtrail index --maildir`: parse, classify, thread, new text,
inference, store, full-text index). For each tool: messages/s, wall time,
peak RSS (the largest single process, from wait4, and the whole process
tree, sampled from /proc), and the time of a second, no-change run. With
``--stages`` the same messages also go through the pipeline in this process
with each step timed separately, to show where the time goes.

    python bench/index_vs_peers.py                       # 50,000 messages, all three tools
    python bench/index_vs_peers.py --count 5000 --tools dealtrail --stages
    python bench/index_vs_peers.py --record              # also write bench/RESULTS.md

The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import OWNER, write_maildir  # noqa: E402
from bench.corpus_real import RU_OWNER, write_enron, write_ru_threads  # noqa: E402

SECTION = "index_vs_peers"


#: corpus name -> (writer(out, count, seed), the mailbox owner dealtrail is told)
CORPORA = {
    "generated": (write_maildir, OWNER),
    "enron": (lambda out, count, seed: write_enron(out, count), "kenneth.lay@enron.com"),
    "ru": (write_ru_threads, RU_OWNER),
}


def corpus(count: int, seed: int, cache: Path, kind: str = "generated") -> Path:
    """The cached Maildir for (kind, count, seed), generated on first use."""
    path = cache / (f"maildir-{count}-{seed}" if kind == "generated"
                    else f"maildir-{kind}-{count}-{seed}")
    done = path / ".complete"
    if not done.exists():
        shutil.rmtree(path, ignore_errors=True)
        print(f"writing {count} {kind} messages into {path}", file=sys.stderr)
        CORPORA[kind][0](path, count, seed)
        done.write_text("ok")
    return path


def _tree_rss_kb(root: int) -> int:
    """Resident memory of a process and all its descendants, in KiB."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
            pid = int(entry)
            children.setdefault(int(fields[1]), []).append(pid)
            rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


def measure(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, float | str]:
    """Run ``cmd``; wall seconds, peak RSS of the largest process and of the process tree."""
    started = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak_tree = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not stop.is_set():
            peak_tree = max(peak_tree, _tree_rss_kb(proc.pid))
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.monotonic() - started
    stop.set()
    sampler.join()
    # communicate() has reaped the child; its rusage is the max over the children reaped so far.
    import resource

    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.decode()[-2000:]}")
    return {"wall_s": round(wall, 3), "peak_rss_tree_mb": round(peak_tree / 1024, 1),
            "maxrss_children_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
                                        / 1024, 1),
            "stdout": out.decode(errors="replace"), "stderr": err.decode(errors="replace")}


def timed(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, float | str]:
    """``measure`` under /usr/bin/time -v, whose maximum resident set is per command."""
    result = measure(["/usr/bin/time", "-v"] + cmd, env)
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", str(result["stderr"]))
    result["peak_rss_mb"] = round(int(found.group(1)) / 1024, 1) if found else -1.0
    cpu = [float(m) for m in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)",
                                        str(result["stderr"]))]
    result["cpu_s"] = round(sum(cpu), 2)  # every process of the run, workers included
    return result


#: The packages of this tree a run imports (their bytecode is compiled before timing).
PACKAGES = ("dealtrail", "indexer", "rules", "reports")


def bytecode_env(cache: Path) -> dict[str, str]:
    """The environment of a dealtrail run that reads this tree's compiled bytecode, as an
    installed copy does (pip compiles it at install time), compiled here beforehand.

    Without it, a shell that sets PYTHONDONTWRITEBYTECODE (this machine's does) makes every
    run compile the tree's ~100 modules from source first: ~0.1 s of CPU per run.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache / "pycache")
    subprocess.run([sys.executable, "-m", "compileall", "-q", *(str(ROOT / p) for p in PACKAGES)],
                   env=env, check=True, capture_output=True)
    return env


def run_dealtrail(maildir: Path, work: Path, count: int, workers: int,
                  owner: str = OWNER, env: dict[str, str] | None = None) -> dict[str, float]:
    db = work / "dealtrail.db"
    # English whatever the shell's locale: the counts are read from the line it prints.
    cmd = [sys.executable, "-m", "dealtrail", "--lang", "en", "--db", str(db), "index", "--maildir", str(maildir),
           "--owner", owner, "--quiet", "--workers", str(workers)]
    first = timed(cmd, env)
    again = timed(cmd, env)
    sync = re.search(r"seconds=([\d.]+)", str(again["stdout"]))
    added = re.search(r"added=(\d+)", str(first["stdout"]))
    if not added or int(added.group(1)) != count:
        raise SystemExit(f"dealtrail indexed {added and added.group(1)} of {count}: {first['stdout']}")
    return {"msgs_per_s": round(count / float(first["wall_s"])), "wall_s": first["wall_s"],
            "cpu_s": first["cpu_s"],
            "peak_rss_mb": first["peak_rss_mb"], "peak_rss_tree_mb": first["peak_rss_tree_mb"],
            "db_mb": round(sum(p.stat().st_size for p in work.glob("dealtrail.db*")) / 1e6, 1),
            "reindex_s": again["wall_s"],
            "reindex_sync_s": float(sync.group(1)) if sync else -1.0}


def run_notmuch(maildir: Path, work: Path, count: int) -> dict[str, float]:
    config = work / "notmuch-config"
    (work / "db").mkdir()
    config.write_text(f"[database]\npath={work / 'db'}\nmail_root={maildir}\n"
                      "[new]\ntags=unread;inbox\nignore=.complete\n[maildir]\n"
                      "synchronize_flags=false\n")
    env = {**os.environ, "NOTMUCH_CONFIG": str(config)}
    first = timed(["notmuch", "new", "--quiet"], env)
    again = timed(["notmuch", "new", "--quiet"], env)
    total = int(subprocess.run(["notmuch", "count", "*"], env=env, capture_output=True,
                               text=True, check=True).stdout)
    if total != count:
        raise SystemExit(f"notmuch indexed {total} of {count}")
    return {"msgs_per_s": round(count / float(first["wall_s"])), "wall_s": first["wall_s"],
            "cpu_s": first["cpu_s"],
            "peak_rss_mb": first["peak_rss_mb"], "peak_rss_tree_mb": first["peak_rss_tree_mb"],
            "reindex_s": again["wall_s"]}


def run_mu(maildir: Path, work: Path, count: int) -> dict[str, float]:
    home = work / "mu"
    subprocess.run(["mu", "init", f"--muhome={home}", f"--maildir={maildir}",
                    f"--my-address={OWNER}"], check=True, capture_output=True)
    first = timed(["mu", "index", f"--muhome={home}", "--quiet"])
    again = timed(["mu", "index", f"--muhome={home}", "--quiet"])
    found = subprocess.run(["mu", "find", f"--muhome={home}", "--fields=i", "--format=plain",
                            "--skip-dups", "--maxnum=100000000", ""], capture_output=True, text=True)
    total = len([line for line in found.stdout.splitlines() if line.strip()])
    return {"msgs_per_s": round(count / float(first["wall_s"])), "wall_s": first["wall_s"],
            "cpu_s": first["cpu_s"],
            "peak_rss_mb": first["peak_rss_mb"], "peak_rss_tree_mb": first["peak_rss_tree_mb"],
            "reindex_s": again["wall_s"], "found": total}


def stages(maildir: Path, limit: int) -> dict[str, float]:
    """The pipeline in one process, each step timed on its own (seconds per 1,000 messages)."""
    from dealtrail.store import open_db
    from indexer import analyze as analyze_mod
    from indexer.analyze import AnalyzeContext, analyze
    from indexer.parse import parse_message
    from indexer.runner import one_shot_settings
    from indexer.writer import Writer

    paths = sorted(p for p in maildir.rglob("*") if p.is_file() and p.parent.name == "cur")[:limit]
    raws = [(p.name.split(":2,")[0], p.read_bytes()) for p in paths]
    settings = one_shot_settings(OWNER, maildir)
    ctx = AnalyzeContext.for_mailbox(settings, OWNER)
    out: dict[str, float] = {"messages": len(raws)}
    t = time.perf_counter()
    msgs = [parse_message(raw, rid) for rid, raw in raws]
    out["parse_s"] = time.perf_counter() - t
    # Inference proper (new text, intents, complaint) timed apart from the rest of analyze.
    spent = {"new_text": 0.0, "detect_intents": 0.0, "detect_complaint": 0.0}
    originals = {name: getattr(analyze_mod, name) for name in spent}

    def timer(name: str):  # type: ignore[no-untyped-def]
        fn = originals[name]

        def wrapped(*args, **kwargs):  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - t0
        return wrapped

    for name in spent:
        setattr(analyze_mod, name, timer(name))
    try:
        t = time.perf_counter()
        analysed = [analyze(m, ctx) for m in msgs]
        out["analyze_s"] = time.perf_counter() - t
    finally:
        for name, fn in originals.items():
            setattr(analyze_mod, name, fn)
    out.update({f"{k}_s": v for k, v in spent.items()})
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "s.db")
        from dealtrail.directory import sync_directory
        from indexer.sync import mailbox_id

        sync_directory(db, settings)
        box = mailbox_id(db, settings.mailboxes[0])
        writer = Writer(db, settings, box, OWNER)
        from dealtrail.domain import Folder

        t = time.perf_counter()
        for start in range(0, len(analysed), 500):
            writer.write_batch(Folder("INBOX", "inbox"), analysed[start:start + 500], None)
        out["write_s"] = time.perf_counter() - t
        db.conn.close()
    n = max(len(raws), 1)
    rates = {k.replace("_s", "_msgs_per_s"): round(n / v) for k, v in out.items()
             if k.endswith("_s") and v > 0}
    return {**{k: round(v, 3) for k, v in out.items()}, **rates}


def _stage_lines(stages: dict | None) -> list[str]:
    if not stages:
        return []
    n = stages["messages"]
    ms = {k[:-2]: round(v / n * 1000, 3) for k, v in stages.items() if k.endswith("_s")}
    return [f"One process, {n:,} messages, ms per message: parse {ms['parse']}, analyse "
            f"{ms['analyze']} (of which new text {ms['new_text']}, intents {ms['detect_intents']},"
            f" complaint {ms['detect_complaint']}), write {ms['write']}.", ""]


_CORPUS_TEXT = {
    "generated": "`bench/corpus.py` (inbox + Sent; RU/EN, utf-8/koi8-r/windows-1251, QP/base64, "
                 "HTML, attachments, threads)",
    "enron": "the 3,000 real Enron messages of tests/corpora/enron_inbox replicated with fresh "
             "Message-IDs (`bench/corpus_real.py --kind enron`)",
    "ru": "long quoted Russian business threads (`bench/corpus_real.py --kind ru`: 3-12 "
          "messages a thread, each quoting the whole history)",
}


def record(result: dict, command: str) -> None:
    """Write this benchmark's section of bench/RESULTS.md (only between its markers)."""
    path = ROOT / "bench" / "RESULTS.md"
    kind = result.get("corpus", "generated")
    section = SECTION if kind == "generated" else f"{SECTION}_{kind}"
    d, n, m = result.get("dealtrail", {}), result.get("notmuch", {}), result.get("mu", {})
    rows = []
    for name, r in (("dealtrail (full pipeline)", d), ("notmuch new", n), ("mu index", m)):
        if r:
            rows.append(f"| {name} | {r['msgs_per_s']:,} | {r['wall_s']:.1f} | {r.get('cpu_s', '-')} |"
                        f" {r['peak_rss_mb']} | {r['peak_rss_tree_mb']} | {r['reindex_s']:.2f} |")
    body = "\n".join([
        f"<!-- {section}:start -->",
        f"## {section} (full indexing of one {kind} Maildir, side by side)",
        "",
        f"Command: `{command}` (machine: {result['machine']}; {result['date']}).",
        "",
        f"Corpus: {_CORPUS_TEXT[kind]}, {result['messages']:,} messages, "
        f"{result['corpus_mb']} MB.",
        "",
        "| tool | msgs/s | wall s | CPU s (all processes) | peak RSS MB (largest process) |"
        " peak RSS MB (process tree, shared pages counted per process) | no-change re-run s |",
        "|---|---|---|---|---|---|---|",
        *rows,
        "",
        f"dealtrail vs notmuch: {result.get('ratio_vs_notmuch', '-')}x; vs mu: "
        f"{result.get('ratio_vs_mu', '-')}x. No-change re-index inside the sync: "
        f"{d.get('reindex_sync_s', '-')} s (the rest of the re-run is interpreter start-up).",
        "",
        *_stage_lines(result.get("stages")),
        "```",
        json.dumps(result, ensure_ascii=False),
        "```",
        f"<!-- {section}:end -->",
    ])
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(rf"<!-- {section}:start -->.*?<!-- {section}:end -->", re.S)
    text = pattern.sub(lambda _: body, text) if pattern.search(text) else text.rstrip() + "\n\n" + body + "\n"
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="generated",
                        help="generated (bench/corpus.py), enron (real mail, replicated) or ru "
                             "(long quoted Russian threads, bench/corpus_real.py)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--tools", default="dealtrail,notmuch,mu")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "dealtrail-bench")
    parser.add_argument("--stages", action="store_true",
                        help="also time parse/analyse/inference/write separately, in one process")
    parser.add_argument("--stages-limit", type=int, default=5000)
    parser.add_argument("--record", action="store_true", help="write bench/RESULTS.md")
    parser.add_argument("--no-bytecode", action="store_true",
                        help="run dealtrail as the environment says (with PYTHONDONTWRITEBYTECODE "
                             "set, compiling its modules from source on every run), as the "
                             "figures recorded before 2026-12-07 06:00 UTC were")
    args = parser.parse_args(argv)
    maildir = corpus(args.count, args.seed, args.cache, args.corpus)
    owner = CORPORA[args.corpus][1]
    size = sum(p.stat().st_size for p in maildir.rglob("*") if p.is_file())
    result: dict = {"corpus": args.corpus, "messages": args.count,
                    "corpus_mb": round(size / 1e6, 1),
                    "machine": f"{os.cpu_count()} cores, {platform.processor() or platform.machine()},"
                               f" Python {platform.python_version()}",
                    "date": datetime.now(UTC).strftime("%Y-%m-%d"), "workers": args.workers}
    env = None if args.no_bytecode else bytecode_env(args.cache)
    result["bytecode"] = env is not None
    runners = {"dealtrail": lambda w: run_dealtrail(maildir, w, args.count, args.workers, owner,
                                                    env),
               "notmuch": lambda w: run_notmuch(maildir, w, args.count),
               "mu": lambda w: run_mu(maildir, w, args.count)}
    for tool in args.tools.split(","):
        with tempfile.TemporaryDirectory(prefix=f"bench-{tool}-") as work:
            print(f"indexing with {tool}", file=sys.stderr)
            result[tool] = runners[tool](Path(work))
            print(f"  {result[tool]}", file=sys.stderr)
    if "dealtrail" in result:
        for peer in ("notmuch", "mu"):
            if peer in result:
                result[f"ratio_vs_{peer}"] = round(result["dealtrail"]["msgs_per_s"]
                                                   / result[peer]["msgs_per_s"], 2)
    if args.stages:
        result["stages"] = stages(maildir, args.stages_limit)
    if args.record:
        record(result, "python bench/index_vs_peers.py " + " ".join(argv or sys.argv[1:]))
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
