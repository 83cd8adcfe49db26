"""What analyze() derives besides inference: the snippet."""

from __future__ import annotations

import pytest

from indexer.analyze import SNIPPET_CHARS, _snippet


@pytest.mark.parametrize("text", [
    "short  text\n\nwith   blanks",
    "word " * 400,                                   # long: the snippet is cut
    " " * 2000 + "late start " * 50,                 # the text starts after many blanks
    "x" * 955 + "   \n\t  " + "tail " * 100,        # collapsed prefix just under the cut
])
def test_snippet_is_the_start_of_the_text_with_blanks_collapsed(text: str) -> None:
    assert _snippet(text) == " ".join(text.split())[:SNIPPET_CHARS]
