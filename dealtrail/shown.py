"""Text from mail, imports and people, made safe where it is shown outside a browser.

Client names, subjects, complaint and violation texts come from mail, which is untrusted.
A browser gets them as text nodes (``addin/static/common/dom.js``) or through jinja2's
autoescape (the digest). The two other places they are shown read text themselves:

* **a terminal**: a control character starts an escape sequence that can clear the
  screen, retitle the window, hide or recolour what follows, or make a hyperlink; and
  ``rich`` reads ``[...]`` as console markup (``[link=...]`` makes a hyperlink, a stray
  ``[/b]`` stops the whole table). :func:`for_terminal` turns every control character into
  ``?`` (a line break or tab into a space) and drops bidirectional controls;
  :func:`terminal_cell` is that text as a ``rich`` cell that is never read as markup.
* **a spreadsheet**: a CSV cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or
  carriage return) is a formula in Excel and LibreOffice (:func:`runs_as_formula`), and
  openpyxl stores a string that starts with ``=`` as a formula: ``=HYPERLINK(...)`` in a
  sender's name would be a live link. :func:`for_csv` keeps such text text with a leading
  apostrophe, the usual guard; an XLSX cell is typed as text instead (``reports/render.py``),
  which keeps the value exact. XML cannot hold most control characters at all (openpyxl
  refuses the whole workbook): :func:`for_xlsx` shows them as ``?``.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any

from .domain import neutralise_bidi

if TYPE_CHECKING:
    from rich.text import Text

_BREAKS = frozenset("\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def for_terminal(value: Any) -> str:
    """``value`` as one line of plain text a terminal shows as it reads."""
    text = neutralise_bidi(str(value))
    if text.isprintable():
        return text
    return "".join(
        " " if ch in _BREAKS else "?" if unicodedata.category(ch) == "Cc" else ch
        for ch in text)


def terminal_cell(value: Any) -> Text:
    """A ``rich`` table cell showing ``value`` as typed: no markup, no control characters."""
    # Only the commands that draw tables pay for importing rich.
    from rich.text import Text

    return Text(for_terminal(value))


def runs_as_formula(value: Any) -> bool:
    """Whether a spreadsheet would read ``value`` as a formula rather than as text."""
    return isinstance(value, str) and value.startswith(_FORMULA_START)


def for_xlsx(value: Any) -> Any:
    """An XLSX cell value: control characters XML cannot hold become ``?``; line breaks and
    tabs stay; anything but text is returned as it is."""
    if not isinstance(value, str) or value.isprintable():
        return value
    return "".join("?" if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r" else ch
                   for ch in value)


def for_csv(value: Any) -> Any:
    """A CSV cell value: text a spreadsheet would run as a formula gets a leading apostrophe;
    anything else (numbers, None, other text) is returned as it is."""
    return "'" + value if runs_as_formula(value) else value
