"""Compiled regular expressions kept from one run to the next.

Importing inference compiles some 760 patterns (the promise, request, complaint, date and
negotiation rules), and Python's ``re`` parses and compiles each one in Python: ~0.28 s of
CPU at the start of every indexing run, before the first message is read, and the largest
part of what a sync of a few new messages costs. ``re`` keeps no compiled pattern across
processes. What its compiler produces is a pure function of the pattern, its flags and the
Python build, so this module keeps that product in a file and, the next time the same
pattern is compiled, hands it to ``_sre.compile``, the call ``re`` itself ends with: the
very same ``Pattern`` (equal to a fresh compile: same flags, code, groups and names), for
~0.05 s instead of ~0.3 s.

The file (``regex.<python tag>.marshal``) sits in the package's ``__pycache__`` folder, or
under ``sys.pycache_prefix``, like the bytecode Python keeps; it is written atomically after
inference is loaded, only when it missed some patterns, never with ``PYTHONDONTWRITEBYTECODE``
set, and a file that is unreadable or from another Python build is ignored.
``DEALTRAIL_REGEX_CACHE`` names another file, or ``off`` turns the cache off.
"""

from __future__ import annotations

import _sre
import contextlib
import logging
import marshal
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path
from re import _compiler as _C  # type: ignore[attr-defined]
from re import _parser as _P  # type: ignore[attr-defined]
from typing import Any

log = logging.getLogger(__name__)

#: What makes the compiler's output valid: the Python build and the regex engine's version.
_BUILD = (sys.version, _sre.MAGIC, _sre.CODESIZE, sys.byteorder)
#: Code words are stored as bytes of this array type (a list of ints is ~10x slower to load).
_WORD = "I" if _sre.CODESIZE == 4 else "H"

#: (pattern, flags) -> (flags with the pattern's inline flags, code bytes, groups,
#: group names -> numbers, numbers -> names): what ``_sre.compile`` takes.
_Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]

_table: dict[tuple[Any, int], _Entry] = {}
_used: dict[tuple[Any, int], _Entry] = {}
_state = {"installed": 0, "hits": 0, "misses": 0, "saved_misses": 0}
_original = _C.compile
#: Fewer new patterns than this are not worth rewriting the file for: a few patterns of the
#: standard library are built from a set, so their text changes from one process to the next.
SAVE_AFTER = 32


def cache_path() -> Path | None:
    """The file the compiled patterns are kept in (None: the cache is off)."""
    named = os.environ.get("DEALTRAIL_REGEX_CACHE", "")
    if named.lower() == "off":
        return None
    if named:
        return Path(named)
    name = f"regex.{sys.implementation.cache_tag}.marshal"
    if sys.pycache_prefix:
        return Path(sys.pycache_prefix) / Path(__file__).resolve().parent.relative_to(
            Path(__file__).resolve().anchor) / name
    return Path(__file__).resolve().parent / "__pycache__" / name


def _compile(p: Any, flags: int = 0) -> Any:
    """``re._compiler.compile``, from the kept product where the pattern was compiled before."""
    if not isinstance(p, (str, bytes)) or flags & re.DEBUG:
        return _original(p, flags)
    flags = int(flags)
    key = (p, flags)
    entry = _table.get(key)
    if entry is None:
        _state["misses"] += 1
        parsed = _P.parse(p, flags)
        code = array(_WORD, _C._code(parsed, flags)).tobytes()
        names = dict(parsed.state.groupdict)
        numbered: list[Any] = [None] * parsed.state.groups
        for name, index in names.items():
            numbered[index] = name
        entry = _table[key] = (int(flags | parsed.state.flags), code,
                               parsed.state.groups - 1, names, tuple(numbered))
    else:
        _state["hits"] += 1
    _used[key] = entry
    words = array(_WORD)
    words.frombytes(entry[1])
    return _sre.compile(p, entry[0], words.tolist(), entry[2], entry[3], entry[4])


def install() -> None:
    """Read the kept patterns and compile through them from now on (once per process)."""
    if _state["installed"]:
        return
    path = cache_path()
    if path is None:
        return
    _state["installed"] = 1
    try:
        with path.open("rb") as f:
            build, entries = marshal.load(f)
        if build == _BUILD and isinstance(entries, dict):
            _table.update(entries)
    except (OSError, EOFError, ValueError, TypeError) as exc:
        if not isinstance(exc, FileNotFoundError):
            log.debug("compiled patterns not read from %s: %s", path, exc)
    _C.compile = _compile


def save() -> None:
    """Write the patterns compiled so far when some were not in the file (atomically; an
    unwritable folder only costs the next run its compiles)."""
    path = cache_path()
    if (not _state["installed"] or path is None or sys.dont_write_bytecode
            or _state["misses"] - _state["saved_misses"] < SAVE_AFTER):
        return
    _state["saved_misses"] = _state["misses"]
    # The patterns of this run first; those only read from the file stay while they are
    # fewer than these (patterns of other commands), and go once they pile up (old rules).
    kept = dict(_used)
    if len(_table) <= 2 * len(_used) + 100:
        kept = {**_table, **_used}
    tmp = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            marshal.dump((_BUILD, kept), f)
        os.chmod(tmp, 0o644)              # readable as the bytecode beside it is
        os.replace(tmp, path)
    except OSError as exc:
        log.debug("compiled patterns not kept in %s: %s", path, exc)
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)

def stats() -> dict[str, int]:
    """How many compiles this process took from the file (hits) and made itself (misses)."""
    return {"hits": _state["hits"], "misses": _state["misses"]}
