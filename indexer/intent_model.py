"""A small linear model that corrects the request rules of :mod:`indexer.intent`.

Logistic regression over hashed features of one lower-cased sentence: word unigrams and
bigrams, a few shape features (ends with "?", how it starts, date/time words, first and
second person) and what the rule layer said about the same sentence (promise, request,
which rule family: question, cue, courtesy veto...). The model therefore learns where the
rules go wrong instead of replacing them.

It is pure Python: the weights ship as ``intent_weights.json`` beside this module, a
sentence is scored by summing a few dozen dictionary look-ups, and no numpy is needed.
It only sees sentences that the rule layer's cheap gates have already passed.

Train (deterministic, fixed seed, rewrites the weights file)::

    .venv/bin/python -m indexer.intent_model train [--corpora tests/corpora]

It trains on the Parakweet dev half only (CRC32 of the text even; the test half is held
out) of tests/corpora/intent/ plus the dev split of tests/data/intent_labelled.jsonl, both
inside the repository, so a checkout rebuilds the shipped weights byte for byte.
See docs/inference.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import random
import sys
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from dealtrail.errors import DealtrailError
from indexer.classify import CharMap

try:
    import msgspec
except ImportError:               # an environment set up before the dependency was added
    msgspec = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

WEIGHTS_PATH = Path(__file__).with_name("intent_weights.json")
# The public corpora the trainer, the quality bench and the tests read (tests/corpora/README.md).
CORPORA = Path(__file__).resolve().parents[1] / "tests" / "corpora"
FORMAT = 1
N_BUCKETS = 1 << 18
_MASK = N_BUCKETS - 1
SEED = 20260414


class Scorer(Protocol):
    """Decides whether a sentence the rules looked at is a request.

    ``low`` is the lower-cased sentence, ``lang`` "en" or "ru"; ``promise`` and ``request``
    are what the rules said, ``family`` which request rule decided ("question", "cue",
    "courtesy", "neg", or "" when none applied).
    """

    def is_request(self, low: str, lang: str, promise: bool, request: bool,
                   family: str) -> bool: ...


class RulesOnlyScorer:
    """The rules' own answer: the default when no model is wanted."""

    def is_request(self, low: str, lang: str, promise: bool, request: bool,
                   family: str) -> bool:
        """Return ``request`` unchanged."""
        return request


# ------------------------------------------------------------------ features

# ASCII punctuation (and typographic quotes) become spaces, digits become 0 ("10am" ->
# "00am"), the typographic apostrophe becomes "'" (:class:`indexer.classify.CharMap`: the
# bytes route for ASCII, replacements for the rest; both give what str.translate gives).
_ASCII_PUNCT = "!\"#$%&()*+,-./:;<=>?@[\\]^_`{|}~\t\r\n"
_TOKEN_MAP = CharMap({**{c: " " for c in _ASCII_PUNCT + "«»“”…"},
                      **{d: "0" for d in "123456789"}, "’": "'"})


def tokens(low: str) -> list[str]:
    """The words of a lower-cased sentence as the model sees them."""
    return _TOKEN_MAP(low).split()


_DATE_WORDS = frozenset((
    "monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat "
    "sunday today tomorrow tonight tonite yesterday week weekend weeks month morning afternoon "
    "evening noon eod cob asap am pm 0am 0pm 00am 00pm 0:00 january jan february feb march "
    "april apr may june jun july jul august aug september sept sep october oct november nov "
    "december dec сегодня завтра послезавтра понедельник понедельника вторник вторника среду "
    "среда среды четверг четверга пятницу пятница пятницы субботу суббота воскресенье неделе "
    "недели неделю месяца утром вечером обеда").split())
_FIRST_PERSON = frozenset(
    "i we me us my our i'll we'll i'd we'd i'm we're i've we've я мы мне нам мой наш".split())
_SECOND_PERSON = frozenset("you your you'll you're you'd you've u yours вы вам вас ваш".split())
_MODAL_STARTS = frozenset(("can", "could", "would", "will", "won't", "shall"))
_YOU = frozenset(("you", "u", "we"))


def features(low: str, lang: str, promise: bool, request: bool, family: str,
             with_rules: bool = True) -> list[str]:
    """Feature keys of one lower-cased sentence (unhashed; see :func:`bucket`).

    Words are unigrams as they are, bigrams joined by a space (the first one starts with
    "\x02", the sentence start); shape and rule features start with "\x01" so they never
    collide with words.
    """
    toks = tokens(low)
    feats = toks[:]
    prev = _START
    for t in toks:
        feats.append(prev + " " + t)
        prev = t
    feats += _shape(low, toks, lang, promise, request, family, with_rules)
    return feats


_START = "\x02"


def _shape(low: str, toks: list[str], lang: str, promise: bool, request: bool, family: str,
           with_rules: bool) -> list[str]:
    """Shape and rule feature keys of a sentence and its tokens."""
    out = []
    if toks:
        t0 = toks[0]
        if t0 == "please" or t0 == "kindly":
            out.append("\x01s:please")
        elif t0 == "let's" or (t0 == "let" and len(toks) > 1 and toks[1] == "us"):
            out.append("\x01s:lets")
        elif t0 in _MODAL_STARTS and len(toks) > 1 and toks[1] in _YOU:
            out.append("\x01s:modal-you")
    if low.rstrip().endswith("?"):
        out.append("\x01end:?")
    if not _DATE_WORDS.isdisjoint(toks):
        out.append("\x01date")
        if promise:
            out.append("\x01r:promise+date")
    if not _FIRST_PERSON.isdisjoint(toks):
        out.append("\x01p1")
    if not _SECOND_PERSON.isdisjoint(toks):
        out.append("\x01p2")
    out.append(_LEN_KEYS[min(len(toks) // 4, 8)])
    if lang != "en":
        out.append("\x01lang:" + lang)
    if with_rules:
        out.append(_RULE_KEYS[promise, request])
        out.append(_FAMILY_KEYS.get(family) or "\x01f:" + family)
    return out


_LEN_KEYS = tuple(f"\x01len:{i}" for i in range(9))
_RULE_KEYS = {(p, r): "\x01r:" + ("p" if p else "-") + ("r" if r else "-")
              for p in (False, True) for r in (False, True)}
_FAMILY_KEYS = {f: "\x01f:" + f for f in ("", "question", "cue", "courtesy", "neg")}


def bucket(key: str) -> int:
    """The hashed slot of a feature key (CRC32, stable across processes and machines)."""
    return zlib.crc32(key.encode("utf-8")) & _MASK


# ------------------------------------------------------------------- scoring

_CACHE_MAX = 200_000


class _Weights(dict):
    """Feature key -> weight, filled on first use from the hashed table.

    Keys are the feature texts themselves: words, bigrams joined by a space (``" ".join``
    over ``zip`` builds them in C) and shape keys. With only ``str`` keys the dict keeps
    CPython's string-keyed lookup, about twice as fast on a hit as the ``(previous,
    word)`` tuples it held before. Looking a key up again is one C-level dict hit; the
    memo is dropped when it grows past ``_CACHE_MAX`` keys.
    """

    __slots__ = ("table",)

    def __init__(self, table: dict[int, float]) -> None:
        super().__init__()
        self.table = table

    def __missing__(self, key: str) -> float:
        w = self.table.get(zlib.crc32(key.encode("utf-8")) & _MASK, 0.0)
        if len(self) >= _CACHE_MAX:
            self.clear()
        self[key] = w
        return w


#: The memoising weight table, for other hashed linear models (:mod:`indexer.complaint_model`).
HashedWeights = _Weights


@dataclass
class LinearScorer:
    """Logistic regression over hashed sentence features, deciding within a band.

    A probability of at least ``add_above`` makes the sentence a request, at most
    ``veto_below`` makes it none; in between the rules' answer stands. With both equal the
    model decides alone. A sentence the rules did not take for a request is scored only
    when no request rule vetoed it (courtesy closers, "не нужно": the product's definitions
    win) and it holds ``add_needs`` ("you": it addresses the reader; this also keeps the
    cost low, since most gated sentences are not requests). ``applies_to`` lists the languages
    the model decides (others keep the rules' answer); ``with_rules`` False gives the
    text-only variant.
    """

    weights: dict[int, float]
    bias: float
    veto_below: float = 0.5
    add_above: float = 0.5
    applies_to: frozenset[str] = frozenset(("en",))
    with_rules: bool = True
    add_needs: str = ""

    def __post_init__(self) -> None:
        # decide on the logit, so scoring needs no exp()
        self._lo = _logit(self.veto_below)
        self._hi = _logit(self.add_above)
        self._w = _Weights(self.weights)

    def logit(self, low: str, lang: str, promise: bool, request: bool, family: str) -> float:
        """The model's log-odds that the sentence is a request or proposal.

        Equal (up to float rounding) to the bias plus the weights of :func:`features`.
        """
        toks = tokens(low)
        get = self._w.__getitem__
        bigrams = map(" ".join, zip([_START, *toks], toks, strict=False))
        return (self.bias + sum(map(get, toks)) + sum(map(get, bigrams))
                + sum(map(get, _shape(low, toks, lang, promise, request, family,
                                      self.with_rules))))

    def probability(self, low: str, lang: str, promise: bool, request: bool,
                    family: str) -> float:
        """The model's probability that the sentence is a request or proposal."""
        z = self.logit(low, lang, promise, request, family)
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))

    def is_request(self, low: str, lang: str, promise: bool, request: bool,
                   family: str) -> bool:
        """The model's decision where it is confident, else the rules'."""
        if lang not in self.applies_to or not (request or (
                not family and self.add_needs in low)):
            return request
        z = self.logit(low, lang, promise, request, family)
        if z >= self._hi:
            return True
        if z <= self._lo:
            return False
        return request

    def with_band(self, veto_below: float, add_above: float,
                  add_needs: str | None = None) -> LinearScorer:
        """The same weights with another decision band (and add condition)."""
        return LinearScorer(self.weights, self.bias, veto_below, add_above, self.applies_to,
                            self.with_rules,
                            self.add_needs if add_needs is None else add_needs)

    def to_json(self) -> dict:
        """The weights file content (weights rounded; zero weights dropped)."""
        return {"format": FORMAT, "buckets": N_BUCKETS, "bias": round(self.bias, 4),
                "veto_below": self.veto_below, "add_above": self.add_above,
                "applies_to": sorted(self.applies_to), "with_rules": self.with_rules,
                "add_needs": self.add_needs,
                "weights": {str(k): round(v, 3) for k, v in sorted(self.weights.items())
                            if round(v, 3) != 0.0}}

    @classmethod
    def from_json(cls, data: dict) -> LinearScorer:
        """A scorer from :meth:`to_json` output."""
        if data.get("format") != FORMAT or data.get("buckets") != N_BUCKETS:
            raise ModelError(f"intent weights have format {data.get('format')!r} and "
                             f"{data.get('buckets')!r} buckets, expected {FORMAT} and "
                             f"{N_BUCKETS}; retrain with `python -m indexer.intent_model train`")
        return cls({int(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                   float(data["veto_below"]), float(data["add_above"]),
                   frozenset(data["applies_to"]), bool(data["with_rules"]),
                   str(data["add_needs"]))


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


class ModelError(DealtrailError):
    """The intent model's weights could not be loaded or trained."""


def read_weights(path: Path, model: str) -> dict:
    """A shipped weights file of the ``indexer.<model>_model`` module, parsed (raises
    :class:`ModelError`, naming the file and the command that rebuilds it, when it is
    missing or unreadable)."""
    try:
        data = path.read_bytes()
        # msgspec's C parser reads the 1.9 MB complaint weights in ~0.04 s against json's
        # ~0.10 s, before the workers fork (the same dict: both give a JSON number its int or
        # nearest float); json where it is not installed
        return msgspec.json.decode(data) if msgspec is not None else json.loads(data)
    except (OSError, ValueError) as exc:        # msgspec.DecodeError is a ValueError
        raise ModelError(f"cannot read {model} weights {path}: {exc}; reinstall dealtrail or "
                         f"retrain with `python -m indexer.{model}_model train`") from exc


def load(path: Path = WEIGHTS_PATH) -> LinearScorer:
    """The shipped scorer (raises :class:`ModelError` when the file is missing or stale)."""
    return LinearScorer.from_json(read_weights(path, "intent"))


# ------------------------------------------------------------------ training

@dataclass(frozen=True)
class Example:
    """One training sentence: its features and whether it is a request or proposal."""

    keys: tuple[str, ...]
    label: bool
    #: How much the example counts in the loss (a large pool of assumed negatives counts less).
    weight: float = 1.0


def fit(examples: Sequence[Example], *, epochs: int = 12, l2: float = 1e-3,
        rate: float = 0.1, seed: int = SEED) -> tuple[dict[int, float], float]:
    """Logistic regression by AdaGrad SGD over shuffled examples; deterministic for a seed."""
    rng = random.Random(seed)
    rows = [([bucket(k) for k in ex.keys], 1.0 if ex.label else 0.0, ex.weight)
            for ex in examples]
    w: dict[int, float] = {}
    g2: dict[int, float] = {}
    bias = 0.0
    bg2 = 1e-8
    order = list(range(len(rows)))
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            idx, y, weight = rows[i]
            z = bias + sum(w.get(j, 0.0) for j in idx)
            p = 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))
            g = (p - y) * weight
            bg2 += g * g
            bias -= rate * g / math.sqrt(bg2)
            for j in idx:
                wj = w.get(j, 0.0)
                gj = g + l2 * wj
                g2[j] = g2.get(j, 1e-8) + gj * gj
                w[j] = wj - rate * gj / math.sqrt(g2[j])
    return w, bias


def train_scorer(examples: Sequence[Example], veto_below: float = 0.5, add_above: float = 0.5,
                 add_needs: str = "", *, with_rules: bool = True, **kw: float) -> LinearScorer:
    """Fit a scorer on ``examples`` and round it as the weights file would."""
    w, b = fit(examples, **kw)  # type: ignore[arg-type]
    return LinearScorer.from_json(LinearScorer(w, b, veto_below, add_above,
                                               with_rules=with_rules,
                                               add_needs=add_needs).to_json())


def corpora_dir(explicit: str | Path | None = None) -> Path:
    """The folder holding dates/, intent/, replies/...: ``explicit``, else the in-repo copy."""
    return Path(explicit) if explicit else CORPORA


def parakweet_split(text: str) -> str:
    """A stable half/half split of the Parakweet sentences: 'dev' or 'test'."""
    return "dev" if zlib.crc32(text.encode("utf-8")) % 2 == 0 else "test"


def load_parakweet(corpora: Path, split: str) -> list[tuple[str, bool]]:
    """(text, intent) of one half of the Parakweet set under ``corpora``."""
    path = corpora / "intent" / "parakweet_train.jsonl"
    if not path.is_file():
        raise ModelError(f"Parakweet intent set not found at {path}; pass --corpora with the "
                         "folder that holds intent/ (the repository's copy is tests/corpora)")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if parakweet_split(row["text"]) == split:
            out.append((row["text"], bool(row["intent"])))
    return out


def load_labelled(split: str) -> list[dict]:
    """Rows of one split of tests/data/intent_labelled.jsonl (empty outside a checkout)."""
    path = Path(__file__).resolve().parents[1] / "tests" / "data" / "intent_labelled.jsonl"
    if not path.is_file():
        return []
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r for r in rows if r["split"] == split]


def examples_from(texts: Iterable[tuple[str, bool, str | None]], *,
                  with_rules: bool = True) -> list[Example]:
    """Training examples: every sentence of each text that the rule gates pass and that the
    model would decide at run time (not a promise the rules found without a request)."""
    from indexer.intent import rule_view

    out = []
    for text, label, lang in texts:
        for view in rule_view(text, lang):
            if view.promise and not view.request and with_rules:
                continue
            out.append(Example(tuple(features(view.low, view.lang, view.promise, view.request,
                                              view.family, with_rules)), label))
    return out


def training_texts(corpora: Path, *, labelled: bool = True) -> list[tuple[str, bool, str | None]]:
    """The training data: Parakweet dev half (label: request/proposal/dated commitment)
    and, when ``labelled``, the labelled set's dev split (label: request)."""
    texts: list[tuple[str, bool, str | None]] = [
        (t, y, "en") for t, y in load_parakweet(corpora, "dev")]
    if labelled:
        texts += [(r["text"], bool(r["request"]), r["lang"]) for r in load_labelled("dev")]
    return texts


# The band in which the rules' answer stands, chosen by 5-fold cross-validation on the dev
# data (docs/inference.md): at or below 0.2 the model vetoes a rule request, at or above 0.7
# it adds one to a sentence that says "you".
VETO_BELOW = 0.2
ADD_ABOVE = 0.8
ADD_NEEDS = "you"


def train(corpora: Path = CORPORA, *, with_rules: bool = True) -> LinearScorer:
    """The scorer the trainer ships, from the dev data only.

    ``with_rules`` False trains the text-only variant and makes it decide alone (band 0.5).
    """
    exs = examples_from(training_texts(corpora), with_rules=with_rules)
    log.info("training the intent model on %d sentences", len(exs))
    if not with_rules:
        return train_scorer(exs, with_rules=False)
    return train_scorer(exs, VETO_BELOW, ADD_ABOVE, ADD_NEEDS)


def dump(scorer: LinearScorer, path: Path = WEIGHTS_PATH) -> None:
    """Write the weights file (stable key order, one line)."""
    path.write_text(json.dumps(scorer.to_json(), separators=(",", ":")) + "\n",
                    encoding="utf-8")


def trainer_main(argv: list[str] | None, *, prog: str, description: str, folder: str,
                 train: Callable[[Path], Any], dump: Callable[[Any, Path], None],
                 weights_path: Path) -> int:
    """The ``train [--corpora DIR] [--out FILE]`` command line of a shipped model's trainer."""
    ap = argparse.ArgumentParser(prog=prog, description=description)
    ap.add_argument("command", choices=["train"])
    ap.add_argument("--corpora", help=f"folder holding {folder}/ (default: tests/corpora)")
    ap.add_argument("--out", default=str(weights_path), help="weights file to write")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    model = train(corpora_dir(args.corpora))
    dump(model, Path(args.out))
    log.info("wrote %d weights to %s", len(model.weights), args.out)
    return 0


def main(argv: list[str] | None = None) -> int:
    """CLI: ``python -m indexer.intent_model train [--corpora DIR] [--out FILE]``."""
    return trainer_main(argv, prog="python -m indexer.intent_model",
                        description="Train the request model on the dev data.", folder="intent",
                        train=train, dump=dump, weights_path=WEIGHTS_PATH)


if __name__ == "__main__":
    sys.exit(main())
