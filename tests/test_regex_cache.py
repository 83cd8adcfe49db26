"""The compiled patterns kept between runs: read back, they are the patterns ``re`` compiles."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: A process that loads inference as an indexing run does, keeps its patterns, then compares
#: every pattern it compiled with what ``re``'s own compiler makes of it.
_CHILD = r"""
import json, re
import indexer.analyze, indexer.sync
from re import _compiler
from dealtrail import regex_cache

regex_cache.save()
counted = regex_cache.stats()
differ = []
for pattern, flags in list(regex_cache._used):
    kept, fresh = regex_cache._compile(pattern, flags), regex_cache._original(pattern, flags)
    if (kept != fresh or kept.groupindex != fresh.groupindex or kept.groups != fresh.groups
            or kept.flags != fresh.flags):
        differ.append(str(pattern)[:80])
print(json.dumps({**counted, "compared": len(regex_cache._used), "differ": differ,
                  "patched": _compiler.compile is regex_cache._compile}))
"""


def _run(cache: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["DEALTRAIL_REGEX_CACHE"] = cache
    out = subprocess.run([sys.executable, "-c", _CHILD], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_second_run_reads_inference_patterns_back_equal_to_a_fresh_compile(tmp_path):
    kept = tmp_path / "regex.marshal"
    first = _run(str(kept))
    assert first["misses"] > 500 and kept.exists()
    second = _run(str(kept))
    assert second["hits"] > 500
    assert second["misses"] < 32          # only the standard library's set-built patterns
    assert second["compared"] > 500 and second["differ"] == []


def test_a_broken_or_foreign_file_is_ignored(tmp_path):
    broken = tmp_path / "broken.marshal"
    broken.write_bytes(b"\x00not a marshal file")
    found = _run(str(broken))
    assert found["hits"] == 0 and found["misses"] > 500 and found["differ"] == []
    import marshal

    foreign = tmp_path / "foreign.marshal"
    # another Python build's compiled code must not be used: same patterns, wrong build
    _run(str(foreign))
    _, entries = marshal.loads(foreign.read_bytes())
    foreign.write_bytes(marshal.dumps((("another build",), entries)))
    found = _run(str(foreign))
    assert found["hits"] == 0 and found["differ"] == []


def test_off_leaves_re_alone(tmp_path):
    found = _run("off")
    assert not found["patched"] and found["hits"] == 0 and found["misses"] == 0
