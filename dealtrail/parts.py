"""The parts of dealtrail a build may leave out (the web service, the reports), named as
``module:name`` where the CLI and ``check`` reach them."""

from __future__ import annotations

import importlib
from typing import Any


def optional_part(target: str) -> Any:
    """The object ``module:name`` names, or None when its module is a part not installed in
    this build (a missing dependency of that module itself still fails loudly)."""
    module_name, attr = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            return None
        raise
    return getattr(module, attr)
