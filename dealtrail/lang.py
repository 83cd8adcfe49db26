"""The language ``dealtrail`` speaks to the administrator at the terminal.

Chosen once per command, the first that says ``ru`` or ``en`` wins:

1. the ``--lang ru|en`` global option;
2. the ``DEALTRAIL_LANG`` environment variable;
3. ``[company] locale`` in the config file, when the file can be read as TOML
   (a file that fails validation still counts; a key left out does not);
4. the POSIX locale: the first set of ``LC_ALL``, ``LC_MESSAGES``, ``LANG``
   that starts with ``ru`` means Russian;
5. English.

The digest, pane and dashboard speak each recipient's own ``locale``; this is
only the command line's language.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from .messages import LANGS

_current: str | None = None


def normalize(value: str | None) -> str | None:
    """``ru``/``en`` for a value starting with either (``ru_RU.UTF-8``, ``EN``), else None."""
    text = (value or "").strip().lower()
    return next((lang for lang in LANGS if text.startswith(lang)), None)


def config_locale(path: str | os.PathLike[str] | None) -> str | None:
    """``[company] locale`` of the config file, read leniently; None when unreadable or unset."""
    where = Path(path or os.environ.get("DEALTRAIL_CONFIG") or "dealtrail.toml")
    try:
        raw = tomllib.loads(where.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # missing, unreadable, not UTF-8, not TOML
        return None
    company = raw.get("company")
    locale = company.get("locale") if isinstance(company, dict) else None
    return normalize(locale) if isinstance(locale, str) else None


def choose(option: str | None = None, config_path: str | os.PathLike[str] | None = None) -> str:
    """The operator's language by the order in this module's docstring."""
    found = normalize(option) or normalize(os.environ.get("DEALTRAIL_LANG"))
    if found:
        return found
    found = config_locale(config_path)
    if found:
        return found
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "ru" if value.lower().startswith("ru") else "en"
    return "en"


def use(lang: str) -> None:
    """Make ``lang`` the language of this command's lines (set once the options are parsed)."""
    global _current
    _current = lang


def forget() -> None:
    """Choose again at the next :func:`operator` (a new command in the same process)."""
    global _current
    _current = None


def operator() -> str:
    """The language of this command; before its options are parsed, chosen without them."""
    return _current or choose()
