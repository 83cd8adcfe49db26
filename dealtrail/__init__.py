"""dealtrail dealtrail part."""

import sys


def _import_sqlite_utils_alone() -> None:
    """Import sqlite-utils without the numpy and pandas it imports when they are installed.

    It imports them only to know their column types, and dealtrail never stores a numpy or
    pandas value; in a venv that has them (scikit-learn for the bench) numpy alone cost
    ~0.07 s at every start of every command, a fifth of a re-run with nothing new. A
    product install has neither, so both installs now run the same sqlite-utils. Code that
    imports numpy later gets it as usual.
    """
    if "sqlite_utils.db" in sys.modules:
        return
    held = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in held:
        sys.modules[name] = None  # type: ignore[assignment]  # import refused: ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in held:
            del sys.modules[name]


_import_sqlite_utils_alone()
