"""Run a cue regex only where a letter could hold one of its matches.

Every match of a cue regex holds certain literal strings: every match of ``торг\\w*``
holds "торг"; of ``(?:снизить|уменьшить)\\s+ставк\\w*``, "снизить" or "уменьшить" (and
"ставк"). :func:`anchor` reads such a set off the parsed pattern, for each top-level
alternative of the regex; :class:`CueScan` finds the anchors of every cue in one
Aho-Corasick pass over the letter (``pyahocorasick``, a C automaton); :class:`Cue` then
runs only the alternatives whose anchor is there, and gives the very matches the whole
regex would give. A letter that only looks as if it might hold a cue (a trigger word with
no cue around it) costs one pass instead of a scan by every alternative.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from re import _casefix  # type: ignore[attr-defined]
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser as _P  # type: ignore[attr-defined]
from typing import Any

try:
    import ahocorasick
except ImportError:               # an environment set up before the dependency was added
    ahocorasick = None

_WORD = re.compile(r"\w+")

#: Literals shorter than this are not looked for: they are in nearly every letter.
MIN_LITERAL = 3


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two anchors, the one less likely to be in a letter: longer shortest word, fewer words."""
    if a is None or b is None:
        return a if b is None else b
    return min(a, b, key=lambda s: (-min(map(len, s)), len(s)))


def _anchor(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Literals of which every match of the parsed sequence ``items`` holds one (None: none
    known)."""
    best: frozenset[str] | None = None
    run = ""
    for op, av in [*items, (None, None)]:
        if op is _C.LITERAL:
            run += chr(av)
            continue
        if len(run) >= MIN_LITERAL:
            best = _better(best, frozenset((run,)))
        run = ""
        found: frozenset[str] | None = None
        if op is _C.SUBPATTERN:
            found = _anchor(list(av[-1]))
        elif op is _C.BRANCH:
            alts = [_anchor(list(alt)) for alt in av[1]]
            found = (None if any(a is None for a in alts)
                     else frozenset(w for a in alts if a is not None for w in a))
        elif (op is _C.MAX_REPEAT or op is _C.MIN_REPEAT) and av[0] >= 1:
            found = _anchor(list(av[2]))
        # Anything else (a class, an optional part, an assertion, which is no part of the
        # match) holds no known literal.
        best = _better(best, found)
    return best


def anchor(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Literals of which every match of ``regex`` holds one (None: none known).

    Only for patterns without IGNORECASE: the literals are compared as written.
    """
    if regex.flags & re.IGNORECASE:
        return None
    return _anchor(list(_P.parse(regex.pattern, regex.flags)))


#: Character classes a match may start with, written as a class of the lookahead in
#: :func:`gated` (``\d``: any digit, as the pattern's own flags read it).
_CLASS_ESCAPES = {_C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_SPACE: r"\s"}


def _first_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters a match of the parsed pattern ``items`` can start with (None: any);
    a class escape (``\\d``) stands for all the characters of its class."""
    out: set[str] = set()
    for op, av in items:
        if op is _C.AT or op in (_C.ASSERT, _C.ASSERT_NOT):
            continue                                   # zero-width: look at what follows
        if op is _C.LITERAL:
            return out | {chr(av)}
        if op is _C.IN:
            for kind, value in av:
                if kind is _C.LITERAL:
                    out.add(chr(value))
                elif kind is _C.RANGE:
                    out.update(chr(c) for c in range(value[0], value[1] + 1))
                elif kind is _C.CATEGORY and value in _CLASS_ESCAPES:
                    out.add(_CLASS_ESCAPES[value])
                else:
                    return None
            return out
        if op is _C.SUBPATTERN or op is _C.BRANCH:
            for alt in ([av[-1]] if op is _C.SUBPATTERN else av[1]):
                found = _first_chars(list(alt))
                if found is None:
                    return None
                out |= found
            return out
        if op is _C.MAX_REPEAT or op is _C.MIN_REPEAT:
            found = _first_chars(list(av[2]))
            if found is None:
                return None
            out |= found
            if av[0] >= 1:
                return out
            continue
        return None
    return None


def gated(regex: re.Pattern[str]) -> re.Pattern[str]:
    """The same regex behind a lookahead for the characters its matches start with.

    Python's regex engine tries every alternative at every position of the text; the
    lookahead rejects most positions at once, which makes these cue scans about 2.5x
    faster. A pattern whose first character cannot be known is returned unchanged.
    """
    pattern = _gated(regex.pattern, _P.parse(regex.pattern, regex.flags))
    return regex if pattern == regex.pattern else re.compile(pattern, regex.flags)


def _gated(pattern: str, parsed: Any) -> str:
    """``pattern`` behind the lookahead of :func:`gated` (``parsed``: the pattern parsed)."""
    first = _first_chars(list(parsed))
    if not first:
        return pattern
    chars = "".join(c if len(c) > 1 else re.escape(c) for c in sorted(first))
    return f"(?=[{chars}])(?:{pattern})"


def _after(pattern: str, i: int) -> int:
    """The index just past the token at ``i``: an escape, a class, a group or a character."""
    c = pattern[i]
    if c == "\\":
        return i + 2
    if c == "[":
        i += 1
        i += pattern[i] == "^"
        i += pattern[i] == "]"                      # a "]" first in a class is literal
        while pattern[i] != "]":
            i += 2 if pattern[i] == "\\" else 1
        return i + 1
    if c == "(":
        i += 1
        while pattern[i] != ")":
            i = _after(pattern, i)
        return i + 1
    return i + 1


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (``a|b`` or ``(?:a|b)``), as written."""
    if pattern.startswith("(?:") and _after(pattern, 0) == len(pattern):
        pattern = pattern[3:-1]
    out: list[str] = []
    start = i = 0
    while i < len(pattern):
        if pattern[i] == "|":
            out.append(pattern[start:i])
            start = i + 1
        i = _after(pattern, i)
    out.append(pattern[start:])
    return out


def _folds(word: str) -> bool:
    """Whether ``str.lower()`` reads each character of ``word`` as ``re.IGNORECASE`` does
    (one character for one: all but "İ", whose lower case is two)."""
    return all(len(char.lower()) == 1 for char in word)


def _odd_for(words: Iterable[str]) -> str:
    """The characters ``re.IGNORECASE`` matches with a letter of ``words`` (lower case) though
    their own lower case is another letter: a dotless "ı" matches "i", a long "ſ" matches "s",
    an old Cyrillic "ᲀ" matches "в" (``re``'s own table of such cases), and "İ", whose lower
    case is two characters."""
    letters = {char for word in words for char in word}
    odd = {chr(other) for char in letters for other in _casefix._EXTRA_CASES.get(ord(char), ())}
    return "".join(sorted(odd | {"\u0130"}))


class Cue:
    """A cue regex, and how to run only the alternatives of it a letter could match.

    An alternative none of whose anchor literals (:func:`anchor`) is in the letter
    cannot match anywhere in it. The regex tries its alternatives in order at each
    position, so its matches are those of the alternatives left, the leftmost first and,
    at one position, the one written first: :meth:`search` and :meth:`finditer` give the
    regex's own matches, scanning for the alternatives left one by one, each gated by its
    own first characters. Even a dozen such scans cost less than one of the whole regex,
    whose gate admits nearly every letter (on the distinct Enron mail the terms cue took
    ~350 µs a letter it ran on with the whole regex past three alternatives left, ~55 µs by them).

    A case-insensitive regex (``re.IGNORECASE``) keeps its anchors in lower case: its
    alternatives run on the text as written, and the literals that decide which of them run
    are looked for in the text's lower case (:meth:`CueScan.folded`).
    """

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.source = regex
        # Each alternative is parsed once, for its gate, its width and its anchor, and
        # compiled once (this runs at import, before the workers fork).
        self.parts: list[re.Pattern[str]] = []
        self.anchors: list[frozenset[str] | None] = []
        for part in alternatives(regex.pattern):
            parsed = _P.parse(part, regex.flags)
            if parsed.getwidth()[0] == 0:
                raise ValueError(f"a cue alternative matches an empty text: {regex.pattern[:60]}")
            self.parts.append(re.compile(_gated(part, parsed), regex.flags))
            self.anchors.append(self._anchor_of(part, regex.flags, parsed))
        # Which alternatives each literal lets run; those without an anchor always run.
        self._always = frozenset(i for i, need in enumerate(self.anchors) if need is None)
        self._runs: dict[str, list[int]] = {}
        for index, need in enumerate(self.anchors):
            for word in need or ():
                self._runs.setdefault(word, []).append(index)
        self._words = frozenset(self._runs)
        self._scan: CueScan | None = None

    @staticmethod
    def _anchor_of(part: str, flags: int, parsed: Any) -> frozenset[str] | None:
        """The anchor of one alternative; of a case-insensitive one, in lower case (none if a
        literal holds a letter whose lower case is not one letter)."""
        if not flags & re.IGNORECASE:
            return _anchor(list(parsed))
        found = _anchor(list(_P.parse(part, flags & ~re.IGNORECASE)))
        if found is None or not all(map(_folds, found)):
            return None
        return frozenset(word.lower() for word in found)

    @functools.cached_property
    def regex(self) -> re.Pattern[str]:
        """The whole regex, gated (:func:`gated`): compiled when first asked for, as matching
        runs by the alternatives and few callers need it (a cue's whole regex is one of the
        largest patterns; compiling each at import cost ~0.01 s)."""
        return gated(self.source)

    def literals(self) -> set[str]:
        """Every anchor literal of the alternatives."""
        return set(self._words)

    def search_all(self, text: str) -> re.Match[str] | None:
        """The regex's first match in the whole of ``text``, the alternatives run found by a
        pass of the cue's own literals (for a text no :class:`CueScan` has read)."""
        if self._scan is None:
            self._scan = CueScan([self])
        return self.search(self.kept(self._scan.found(text)[0]), text, 0, len(text))

    def kept(self, found: frozenset[str] | None) -> list[re.Pattern[str]]:
        """The alternatives to run on a text holding the anchor literals ``found``, in the
        order written (none: no match possible; ``found`` None: all of them)."""
        if found is None:
            return self.parts
        kept = set(self._always)
        for word in found & self._words:
            kept.update(self._runs[word])
        return [self.parts[i] for i in sorted(kept)]

    @staticmethod
    def search(kept: list[re.Pattern[str]], text: str, pos: int, end: int
               ) -> re.Match[str] | None:
        """The regex's first match in ``text[pos:end]``, from the ``kept`` regexes."""
        best: re.Match[str] | None = None
        for part in kept:
            found = part.search(text, pos, end)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        return best

    @staticmethod
    def finditer(kept: list[re.Pattern[str]], text: str, pos: int, end: int
                 ) -> Iterator[re.Match[str]]:
        """The regex's matches in ``text[pos:end]``, from the ``kept`` regexes."""
        if len(kept) == 1:
            yield from kept[0].finditer(text, pos, end)
            return
        ahead = [part.search(text, pos, end) for part in kept]
        while True:
            best: re.Match[str] | None = None
            for found in ahead:
                if found is not None and (best is None or found.start() < best.start()):
                    best = found
            if best is None:
                return
            yield best
            pos = best.end()
            ahead = [part.search(text, pos, end) if found is not None and found.start() < pos
                     else found for part, found in zip(kept, ahead, strict=True)]


def _is_word(char: str) -> bool:
    """Whether ``char`` is a character of a ``\\w+`` word (what ``re`` calls one)."""
    return char.isalnum() or char == "_"


class CueScan:
    """The literals of a set of cues, and which of a set of word stems a text's words
    have, found in one Aho-Corasick pass over the text.

    A word's stem is its first ``stem`` characters (a shorter word is its own stem), as
    ``{w[:stem] for w in re.findall(r"\\w+", text)}`` gives it, restricted to the set.
    """

    def __init__(self, cues: Iterable[Cue], stems: Iterable[str] = (), stem: int = 6) -> None:
        literals = {w for cue in cues for w in cue.literals()}
        # A stem with a character no word holds, or longer than a stem, is no word's stem.
        wanted = {w for w in stems if w and len(w) <= stem and all(map(_is_word, w))}
        self._literals = tuple(sorted(literals))
        self._stems = frozenset(wanted)
        self._stem = stem
        # What a case-insensitive reading of the literals must not meet in a lowered text.
        odd = _odd_for(self._literals)
        self._odd = re.compile(f"[{re.escape(odd)}]")
        self._ascii_clear = not any(char.isascii() for char in odd)   # no such ASCII letter
        self._automaton = None
        if ahocorasick is not None and (literals or wanted):
            self._automaton = ahocorasick.Automaton()
            for word in literals | wanted:
                self._automaton.add_word(word, (word, len(word) - 1, word in literals,
                                                word in wanted, len(word) < stem))
            self._automaton.make_automaton()

    def folded(self, text: str) -> frozenset[str] | None:
        """The cue literals (lower case) ``text`` holds as ``re.IGNORECASE`` reads it, for the
        cues of case-insensitive regexes: found in ``text.lower()``, which reads every
        character as ``re`` does but the few of :func:`_odd_for`; a text holding one of them
        gives None (every alternative runs)."""
        if self.odd_in(text):
            return None
        return self.found(text.lower())[0]

    def odd_in(self, text: str) -> bool:
        """Whether ``text`` holds a character ``re.IGNORECASE`` matches with a letter of the
        literals though ``str.lower()`` reads it otherwise (:meth:`folded` then gives None)."""
        return not (self._ascii_clear and text.isascii()) and self._odd.search(text) is not None

    def found(self, text: str) -> tuple[frozenset[str], frozenset[str]]:
        """The cue literals that occur in ``text``, and the stems of the set its words have."""
        if not text:
            return frozenset(), frozenset()
        if self._automaton is None:
            # Without the automaton (pyahocorasick not installed): the same sets, found
            # one literal at a time and from every word, which is slower.
            return (frozenset(w for w in self._literals if w in text),
                    frozenset(w[:self._stem] for w in _WORD.findall(text)) & self._stems)
        literals: set[str] = set()
        stems: set[str] = set()
        last = len(text) - 1
        for end, (word, back, literal, stem, whole) in self._automaton.iter(text):
            if literal:
                literals.add(word)
            if stem:
                start = end - back
                # A stem starts a word; one shorter than a stem is the whole word.
                if start and _is_word(text[start - 1]):
                    continue
                if whole and end < last and _is_word(text[end + 1]):
                    continue
                stems.add(word)
        return frozenset(literals), frozenset(stems)
