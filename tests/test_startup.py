"""What a command pays for at start, before it reads anything."""

from __future__ import annotations

import subprocess
import sys


def test_sqlite_utils_is_imported_without_numpy_or_pandas() -> None:
    # In a fresh process, as every command and worker starts: sqlite-utils imports numpy
    # (~0.07 s) and pandas when they are installed, for column types dealtrail never stores.
    code = ("import sys, dealtrail.store, sqlite_utils.db as d; "
            "print(d.np is None, d.pd is None, 'numpy' in sys.modules, 'pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["True", "True", "False", "False"]


def test_numpy_still_imports_after_dealtrail() -> None:
    code = ("import dealtrail.store, importlib.util, sys; "
            "spec = importlib.util.find_spec('numpy'); "
            "spec and __import__('numpy'); print('numpy' in sys.modules or spec is None)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
