"""The main job on the demo bank: generate, index (tags and rules follow), import, print, digests.

``run_demo`` is what ``make demo`` and ``dealtrail demo`` do; every step is a
library call that a real deployment makes too, in the same order.
"""

from __future__ import annotations

import logging
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console

from dealtrail import clock
from dealtrail import config as config_mod
from dealtrail.directory import sync_directory
from dealtrail.lang import operator
from dealtrail.messages import say
from dealtrail.store import open_db, record_job

from .generate import AS_OF, generate

log = logging.getLogger(__name__)


@dataclass
class DemoResult:
    """Where the demo wrote things and what each step counted."""

    out_dir: Path
    config: Path
    database: Path
    digests: list[Path] = field(default_factory=list)
    steps: dict[str, Any] = field(default_factory=dict)


def run_demo(out_dir: Path, *, seed: int = 7, console: Console | None = None, fresh: bool = True,
             quiet: bool = False) -> DemoResult:
    """Generate the demo bank into ``out_dir`` and run the whole pipeline on it, as of its date."""
    console = console or Console()
    out_dir = Path(out_dir)
    if fresh and out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with clock.freeze(AS_OF):
        return _run(out_dir, seed, console, quiet)


def _run(out_dir: Path, seed: int, console: Console, quiet: bool) -> DemoResult:
    from dealtrail.refresh import refresh
    from indexer.runner import progress_bar
    from reports.call_log import import_calls
    from reports.digest import write_digest_files
    from reports.imports import import_plans, import_sales
    from reports.render import print_five_answers

    started = time.monotonic()
    config_path = generate(out_dir, seed=seed)
    settings = config_mod.load(config_path)
    result = DemoResult(out_dir, config_path, settings.database_path)
    lang = operator()
    console.print(say("demo_generated", lang, folder=out_dir, as_of=f"{AS_OF:%Y-%m-%d %H:%M %Z}"))
    db = open_db(settings.database_path)
    try:
        sync_directory(db, settings)
        # The call log first: the post-sync step folds calls into the negotiations and rules.
        result.steps["calls"] = import_calls(db, settings, settings.path(settings.imports.calls))
        with progress_bar(not quiet) as tick:
            refreshed = refresh(db, settings, progress=tick)
        result.steps["indexed"] = sum(r.added for r in refreshed.syncs)
        result.steps["events"] = sum(r.events for r in refreshed.syncs)
        result.steps["post_sync"] = refreshed
        failed = [r for r in refreshed.syncs if r.error]
        if failed:
            raise RuntimeError("; ".join(r.line() for r in failed))
        result.steps["plans"] = import_plans(db, settings, settings.path(settings.imports.plans))
        for sales_file in settings.imports.sales:
            result.steps.setdefault("sales", []).append(
                import_sales(db, settings, settings.path(sales_file)))
        # The rules ran in the post-sync step, for every client whose mail was indexed.
        results = refreshed.rules.results if refreshed.rules else []
        result.steps["rules"] = refreshed.rules
        fired = ", ".join(f"{r.rule} {r.opened + r.still_open}" for r in results
                          if r.opened + r.still_open)
        console.print(say("demo_indexed", lang, messages=result.steps["indexed"],
                          events=result.steps["events"], fired=fired or say("rules_none", lang)))
        print_five_answers(db, settings, console)
        digest_dir = settings.path(settings.digest.out_dir or "digests")
        result.digests = write_digest_files(db, settings, digest_dir)
        console.print(say("demo_wrote", lang, count=len(result.digests), folder=digest_dir))
        record_job(db, "demo", "ok", f"demo finished in {time.monotonic() - started:.1f}s")
    finally:
        db.conn.close()
    return result
