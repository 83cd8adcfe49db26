"""What analyze() derives besides inference: the snippet, the text a copy is recognised by."""

from __future__ import annotations

import sys

import pytest

from indexer.analyze import SNIPPET_CHARS, _snippet, squeezed


@pytest.mark.parametrize("text", [
    "short  text\n\nwith   blanks",
    "word " * 400,                                   # long: the snippet is cut
    " " * 2000 + "late start " * 50,                 # the text starts after many blanks
    "x" * 955 + "   \n\t  " + "tail " * 100,        # collapsed prefix just under the cut
])
def test_snippet_is_the_start_of_the_text_with_blanks_collapsed(text: str) -> None:
    assert _snippet(text) == " ".join(text.split())[:SNIPPET_CHARS]


def test_squeezed_text_drops_exactly_what_str_split_splits_on() -> None:
    # Every whitespace character of Unicode, read from Python itself, not from a list.
    spaces = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
    texts = ["plain ascii\ttext\r\n", "Добрый день,\nпришлите\u00a0счёт", "a\u2009b\u3000c",
             "ёлка \x1c\x1d\x1e\x1f x", "\ud800 lone surrogate", "", "   ", spaces,
             *(f"до{ch}после" for ch in spaces), *(f"before{ch}after" for ch in spaces)]
    for text in texts:
        assert squeezed(text) == "".join(text.split()).encode("utf-8", "surrogatepass"), text
