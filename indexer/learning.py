"""The company's own layer over the shipped models, fitted on the corrections its people made.

People correct inference by tags and waives (:mod:`dealtrail.labels`). The daemon fits a
small layer from those labels on a schedule (:func:`retrain`, the ``learn`` job of
:mod:`reports.scheduler`), stores it in the ``local_models`` table, and every index run
loads it at the start (:func:`load_layer`) and hands it to inference in the
:class:`indexer.analyze.AnalyzeContext`:

- **complaints**: adjustments to the shipped complaint model's hashed weights (the same
  features and hashing as :mod:`indexer.complaint_model`), fitted by logistic regression on
  the company's "not a complaint" sentences and the client texts a ``#complaint`` reply said
  were complaints, *on top of* the shipped weights, with an L2 pull
  towards zero so one label cannot undo the model; and the fingerprints of those sentences,
  so a sentence the cue rules flag and a person rejected is not flagged again.
- **promises** (rules only): a veto list. Each "not a promise" sentence (or a broken-promise
  violation waived as a false alarm) is kept as the set of its hashed word pairs; a sentence
  that shares at least :data:`PROMISE_OVERLAP` of its pairs with one of them is not a promise.

The layer holds hashed features only, never the sentences; the labels themselves stay in
the ``labels`` table. Nothing here writes a file.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import math
import sqlite3
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dealtrail import clock
from dealtrail.labels import COMPLAINT, FALSE_ALARM, NOT_COMPLAINT, NOT_PROMISE, all_labels

if TYPE_CHECKING:
    from indexer import complaint_model

# The models (and msgspec, which reads their weights) are imported where they are used: a
# sync reads the stored layer on every run, and with nothing new it needs neither (~0.01 s).

log = logging.getLogger(__name__)

#: A sentence sharing at least this share of its word pairs (Jaccard) with a rejected
#: promise is no promise either: "I'll be in Houston next week" after "I'll be in Houston
#: on Monday" was rejected.
PROMISE_OVERLAP = 0.5
#: The complaint adjustments: AdaGrad passes over the labels, learning rate, L2 pull to 0.
#: The rate is shared by a sentence's features (divided by their number), so one step moves
#: the sentence's log-odds by about RATE however long it is, instead of by RATE per word:
#: one label then changes its own sentence, not every sentence sharing a common word pair.
EPOCHS = 10
RATE = 0.5
L2 = 1e-3
FORMAT = 1


def fingerprint(sentence: str) -> str:
    """The key of a sentence as inference sees it: its words lower-cased, digits as 0."""
    from indexer.intent_model import tokens

    joined = " ".join(tokens(sentence.lower()))
    return hashlib.blake2b(joined.encode("utf-8"), digest_size=8).hexdigest()


def pair_keys(sentence: str) -> frozenset[int]:
    """The hashed word pairs of a sentence (the first pair starts at the sentence start)."""
    from indexer.intent_model import bucket, tokens

    toks = tokens(sentence.lower())
    return frozenset(bucket(a + " " + b) for a, b in zip(["\x02", *toks], toks, strict=False))


@dataclass(frozen=True)
class LocalLayer:
    """What the company's corrections change in inference; picklable, empty by default."""

    complaint_weights: Mapping[int, float] = field(default_factory=dict)
    complaint_veto: frozenset[str] = frozenset()
    promise_veto: tuple[frozenset[int], ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.complaint_weights or self.complaint_veto or self.promise_veto)

    def complaint_logit(self, low: str) -> float:
        """The adjustment to the complaint model's log-odds for a lower-cased sentence."""
        if not self.complaint_weights:
            return 0.0
        return self._delta.logit(low)

    @functools.cached_property
    def _delta(self) -> complaint_model.ComplaintModel:
        # The shipped model's scorer over the adjustments: the same keys, looked up through
        # its memo, so the layer costs about what the model does.
        from indexer import complaint_model

        return complaint_model.ComplaintModel(dict(self.complaint_weights), 0.0)

    def __getstate__(self) -> dict:
        # Worker processes get the weights, not the memo (it is rebuilt on first use).
        return {k: v for k, v in self.__dict__.items() if k != "_delta"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)

    def rejects_complaint(self, sentence: str) -> bool:
        """Whether a person said this very sentence is not a complaint."""
        return bool(self.complaint_veto) and fingerprint(sentence) in self.complaint_veto

    def rejects_promise(self, sentence: str) -> bool:
        """Whether the sentence is (nearly) one a person said is not a promise."""
        if not self.promise_veto:
            return False
        pairs = pair_keys(sentence)
        if not pairs:
            return False
        for veto in self.promise_veto:
            common = len(pairs & veto)
            if common and common / (len(pairs) + len(veto) - common) >= PROMISE_OVERLAP:
                return True
        return False

    def to_json(self) -> dict:
        return {"format": FORMAT,
                "complaint_weights": {str(k): round(v, 4) for k, v in
                                      sorted(self.complaint_weights.items()) if round(v, 4)},
                "complaint_veto": sorted(self.complaint_veto),
                "promise_veto": [sorted(v) for v in self.promise_veto]}

    @classmethod
    def from_json(cls, data: Mapping) -> LocalLayer:
        if data.get("format") != FORMAT:
            from indexer.intent_model import ModelError

            raise ModelError(f"the local layer has format {data.get('format')!r}, expected "
                             f"{FORMAT}; it is rebuilt by the next `learn` job")
        return cls({int(k): float(v) for k, v in data.get("complaint_weights", {}).items()},
                   frozenset(data.get("complaint_veto", ())),
                   tuple(frozenset(v) for v in data.get("promise_veto", ())))


# ------------------------------------------------------------------ fitting

def fit_complaint_weights(examples: Iterable[tuple[str, bool]],
                          base: complaint_model.ComplaintModel) -> dict[int, float]:
    """Weight adjustments that move the shipped model towards the labels.

    Logistic regression on the labelled sentences where the shipped model's log-odds are a
    fixed offset, so only the difference is learned; deterministic (labels in order).
    """
    from indexer import complaint_model
    from indexer.intent_model import bucket

    rows = []
    for text, label in examples:
        low = text.lower()
        rows.append((base.logit(low), [bucket(k) for k in complaint_model.features(low)],
                     1.0 if label else 0.0))
    w: dict[int, float] = {}
    g2: dict[int, float] = {}
    for _ in range(EPOCHS):
        for z0, idx, y in rows:
            z = z0 + sum(w.get(j, 0.0) for j in idx)
            p = 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))
            g = p - y
            rate = RATE / max(len(idx), 1)
            for j in idx:
                wj = w.get(j, 0.0)
                gj = g + L2 * wj
                g2[j] = g2.get(j, 1e-8) + gj * gj
                w[j] = wj - rate * gj / math.sqrt(g2[j])
    return {j: v for j, v in w.items() if abs(v) >= 1e-4}


def fit_layer(not_complaints: Iterable[str], not_promises: Iterable[str],
              base: complaint_model.ComplaintModel | None = None,
              complaints: Iterable[str] = ()) -> LocalLayer:
    """The layer for these corrections: sentences people said are not complaints or not
    promises, and client texts they said were complaints the product missed."""
    rejected = [s for s in dict.fromkeys(not_complaints) if s.strip()]
    missed = [s for s in dict.fromkeys(complaints) if s.strip()]
    weights: dict[int, float] = {}
    if rejected or missed:
        from indexer import complaint_model

        model = base or complaint_model.load()
        weights = fit_complaint_weights([(s, False) for s in rejected]
                                        + [(s, True) for s in missed], model)
    vetoes = tuple(dict.fromkeys(p for p in (pair_keys(s) for s in not_promises) if p))
    return LocalLayer(weights, frozenset(fingerprint(s) for s in rejected), vetoes)


# ------------------------------------------------------------------ the store

@dataclass
class LearnReport:
    """One retraining: how many labels of each kind, and how long it took."""

    complaint_labels: int = 0
    promise_labels: int = 0
    seconds: float = 0.0
    skipped: bool = False

    @property
    def failed(self) -> bool:
        return False

    def line(self) -> str:
        if self.skipped:
            return "local layer unchanged: no new labels"
        return (f"local layer fitted on {self.complaint_labels} complaint and "
                f"{self.promise_labels} promise labels in {self.seconds:.2f}s")


def retrain(conn: sqlite3.Connection, *, force: bool = False) -> LearnReport:
    """Fit the local layer on every label and store it; nothing to do when no label is new."""
    started = time.monotonic()
    labels = all_labels(conn, (NOT_COMPLAINT, COMPLAINT, NOT_PROMISE, FALSE_ALARM))
    last = max((r["id"] for r in labels), default=0)
    row = conn.execute("SELECT last_label_id, labels FROM local_models WHERE name = 'layer'"
                       ).fetchone()
    if not force and row is not None and row[0] == last and row[1] == len(labels):
        return LearnReport(skipped=True)
    complaints = [r["sentence"] for r in labels if r["kind"] == NOT_COMPLAINT]
    missed = [r["sentence"] for r in labels if r["kind"] == COMPLAINT]
    # A broken promise waived as a false alarm says its sentence was no promise.
    promises = [r["sentence"] for r in labels if r["kind"] in (NOT_PROMISE, FALSE_ALARM)]
    layer = fit_layer(complaints, promises, complaints=missed)
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "INSERT INTO local_models (name, data, labels, last_label_id, trained_at)"
            " VALUES ('layer', ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET data = excluded.data,"
            " labels = excluded.labels, last_label_id = excluded.last_label_id,"
            " trained_at = excluded.trained_at",
            (json.dumps(layer.to_json(), separators=(",", ":")), len(labels), last,
             clock.iso(clock.now())))
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return LearnReport(len(complaints) + len(missed), len(promises),
                       time.monotonic() - started)


def load_layer(conn: sqlite3.Connection) -> LocalLayer | None:
    """The stored layer, or None when there is none (or it cannot be read: logged)."""
    try:
        row = conn.execute("SELECT data FROM local_models WHERE name = 'layer'").fetchone()
    except sqlite3.OperationalError:          # a database from before the labels migration
        return None
    if row is None:
        return None
    from indexer.intent_model import ModelError

    try:
        layer = LocalLayer.from_json(json.loads(row[0]))
    except (ValueError, KeyError, TypeError, ModelError) as exc:
        log.warning("the company's local layer is not used: %s", exc)
        return None
    return None if layer.empty else layer
