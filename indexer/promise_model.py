"""A statistical veto over the promises the rules of :mod:`indexer.intent` find in English.

The promise rules accept every sentence whose future tense has the writer (or their side)
as the subject and an act as the verb. Real sent mail holds many such sentences that commit
to nothing: predictions, whereabouts, schedules, pleasantries, plans that wait for someone
else. Listing those one class at a time did not carry over to new mail, so this model learns
them from real sent mail labelled by people who never read the rules
(``tests/data/promises_enron_train.jsonl``: sentences of the trainable Enron inbox
messages, see :func:`indexer.complaint_model.enron_split`).

It is a logistic regression over hashed features of one lower-cased sentence, with the
request model's machinery (:mod:`indexer.intent_model`): words, and the words around the
first future verb (its subject, the verb and what follows it, an adverb in between, the few
words on either side), which is where a commitment and a forecast differ. Word pairs of the
whole sentence are left out: with them the model was no better, held out or on the blind
sets, and twice the size (bench/RESULTS.md, "promises, fifth round"). It is trained only on the
sentences the promise rules accept, the ones it will see, and it only ever removes a
promise: a rule promise whose probability is below the threshold is dropped. The threshold
is chosen by cross-validation over the training messages (:func:`calibrate`).

A promise with a due date becomes a broken-promise violation when the day passes, so a kept
promise gets its due date only when the model is surer still (``due_threshold``: among the
promises the rules date to a day, held out, the lowest threshold at which
:data:`DUE_PRECISION` of those dated are real promises due that very day,
:func:`calibrate_due`); below it the promise is kept undated and raises no alarm.

Train (deterministic, rewrites the weights file)::

    .venv/bin/python -m indexer.promise_model train

See docs/inference.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import re
import sys
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from indexer.intent_model import Example, HashedWeights, ModelError, fit, read_weights, tokens

log = logging.getLogger(__name__)

WEIGHTS_PATH = Path(__file__).with_name("promise_weights.json")
TRAIN_PATH = Path(__file__).resolve().parents[1] / "tests" / "data" / "promises_enron_train.jsonl"
FORMAT = "dealtrail-promise-veto-2"
SEED = 20261207
EPOCHS = 10
L2 = 0.1
#: Folds of the cross-validation that picks the threshold (a message's sentences stay in one).
FOLDS = 5
#: Thresholds the trainer tries: a rule promise scored below the threshold is dropped.
THRESHOLD_GRID = tuple(round(0.05 * i, 2) for i in range(0, 15))
#: The share of the rules' true promises (on held-out folds) the veto may drop at most.
MAX_RECALL_LOSS = 0.08
#: The share of the day-dated promises (held out) that must be real and due that day: a wrong
#: due day is a false broken-promise violation the manager sees by evening.
DUE_PRECISION = 0.95
#: The grains of a due date the broken-promise rule treats as a day.
DAY_GRAINS = frozenset(("day", "hour", "minute"))

#: The future verb whose surroundings tell a commitment from a forecast or a plan.
_FUTURE = re.compile(
    r"\b(i|we|you|he|she|it|they|this|that|there|\w+)\s*(?:'ll|’ll|\s+will|\s+shall|\s+won't|"
    r"'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to|\s+are\s+going\s+to|\s+is\s+going\s+to|"
    r"\s+plan\s+to|\s+intend\s+to|\s+should)\s+((?:\w+ly\s+|also\s+|just\s+|then\s+|all\s+|"
    r"still\s+|not\s+)?)([\w'-]+)(?:\s+([\w'-]+))?")
_SELF = frozenset(("i", "we"))
_REPLY_WORDS = frozenset("you your yours".split())


def features(low: str) -> list[str]:
    """Feature keys of one lower-cased sentence (see :func:`indexer.intent_model.bucket`).

    Words as the request model has them; keys about the first future verb start with
    "\\x03": its subject (the writer's side or not), the adverb between, the verb, the verb
    with the next word, and whether "you" follows it; keys starting with "\\x05" are the
    words just before it (``l:``) and just after the verb (``r:``).
    """
    toks = tokens(low)
    feats = toks[:]
    m = _FUTURE.search(low)
    if m is None:
        feats.append("\x03nofuture")
    else:
        subj, adv, verb, nxt = m.group(1), m.group(2).strip(), m.group(3), m.group(4) or ""
        who = "self" if subj in _SELF else "other"
        feats.append("\x03subj:" + who)
        if adv:
            feats.append("\x03adv:" + adv.split()[0])
        feats.append("\x03v:" + verb)
        feats.append("\x03v:" + verb + " " + nxt)
        feats.append("\x03" + who + ":" + verb)
        if not _REPLY_WORDS.isdisjoint(tokens(low[m.end(3):m.end(3) + 40])):
            feats.append("\x03then-you")
        feats += ["\x05l:" + t for t in tokens(low[max(0, m.start() - 40):m.start()])[-4:]]
        feats += ["\x05r:" + t for t in tokens(low[m.end(3):m.end(3) + 50])[:6]]
        if m.start() > 0 and re.search(r"\b(?:if|when|once|as\s+soon\s+as|unless)\b",
                                       low[:m.start()]):
            feats.append("\x03after-condition")
    if low.rstrip().endswith("?"):
        feats.append("\x03end:?")
    feats.append("\x03len:" + str(min(len(toks) // 6, 6)))
    return feats


@dataclass
class PromiseVeto:
    """Drops a rule promise whose probability of being one is below ``threshold``, and
    keeps the due date of one below ``due_threshold`` off (it stays an undated promise)."""

    weights: dict[int, float]
    bias: float
    threshold: float
    due_threshold: float = 0.0

    def __post_init__(self) -> None:
        self._w = HashedWeights(self.weights)
        self._z = _logit(self.threshold)
        self._zd = _logit(self.due_threshold)

    def logit(self, low: str) -> float:
        """Log-odds that the lower-cased sentence is a promise."""
        get = self._w.__getitem__
        return self.bias + sum(map(get, features(low)))

    def probability(self, low: str) -> float:
        """Probability that the lower-cased sentence is a promise."""
        z = self.logit(low)
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))

    def verdict(self, low: str, lang: str) -> tuple[bool, bool]:
        """(kept, may carry a due date) for the rules' promise in ``low`` (English only)."""
        if lang != "en" or (self.threshold <= 0.0 and self.due_threshold <= 0.0):
            return True, True
        z = self.logit(low)
        kept = self.threshold <= 0.0 or z >= self._z
        return kept, kept and (self.due_threshold <= 0.0 or z >= self._zd)

    def to_json(self) -> dict:
        """The weights file content (weights rounded; zero weights dropped)."""
        return {"format": FORMAT, "bias": round(self.bias, 4), "threshold": self.threshold,
                "due_threshold": self.due_threshold,
                "weights": {str(k): round(v, 3) for k, v in sorted(self.weights.items())
                            if round(v, 3) != 0.0}}

    @classmethod
    def from_json(cls, data: dict) -> PromiseVeto:
        """A veto from :meth:`to_json` output."""
        if data.get("format") != FORMAT:
            raise ModelError(f"promise weights have format {data.get('format')!r}, expected "
                             f"{FORMAT!r}; retrain with `python -m indexer.promise_model train`")
        return cls({int(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                   float(data["threshold"]), float(data.get("due_threshold", 0.0)))


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def load(path: Path = WEIGHTS_PATH) -> PromiseVeto:
    """The shipped veto (raises :class:`ModelError` when the file is missing or stale)."""
    return PromiseVeto.from_json(read_weights(path, "promise"))


# ------------------------------------------------------------------ training

@dataclass(frozen=True)
class Row:
    """One labelled sentence of real sent mail."""

    source: str         # <custodian>/inbox/<file>: a message's sentences stay in one fold
    text: str
    promise: bool
    why: str | None     # the kind of future sentence that is no promise, when labelled
    ref_time: str | None = None     # the message's Date, ISO 8601 with its offset
    due: str | None = None          # the day the promise is due (ISO date), when it names one


def load_rows(path: Path = TRAIN_PATH) -> list[Row]:
    """The labelled training sentences; one clear error naming the file and row if bad."""
    if not path.is_file():
        raise ModelError(f"promise training set not found at {path}; it ships in the "
                         "repository (tests/data/README.md)")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            out.append(Row(str(r["source"]), str(r["text"]), bool(r["promise"]), r.get("why"),
                           r.get("ref_time"), r.get("due")))
        except (ValueError, KeyError) as exc:
            raise ModelError(f"{path} row {n}: {exc}; every row needs source, text and "
                             "promise") from exc
    return out


def training_rows(path: Path = TRAIN_PATH) -> list[Row]:
    """The rows trained on: every labelled row but one whose sentence a blind set of
    ``tests/data/blind`` also holds (a thread repeats its messages under other sources), or
    one of :data:`RESERVED_MIN_CHARS` characters or more that a message set aside for a blind
    set still being labelled holds (:func:`reserved_text`: the same mail reached several
    mailboxes)."""
    from indexer.complaint_model import blind_rows

    blind = {str(r.get("text", "")) for r in blind_rows()}
    reserved = reserved_text()

    def held(text: str) -> bool:
        flat = " ".join(text.split())
        return len(flat) >= RESERVED_MIN_CHARS and flat in reserved

    return [r for r in load_rows(path) if r.text not in blind and not held(r.text)]


#: Shorter sentences ("Please call me if you have any questions.") recur in any mail.
RESERVED_MIN_CHARS = 45


def reserved_text() -> str:
    """The new text of every message of ``tests/data/enron_reserved.txt``, whitespace
    collapsed, one message a line."""
    from indexer.complaint_model import ENRON, message_text, reserved_sources

    return "\n".join(" ".join(message_text(ENRON / s).split())
                     for s in sorted(reserved_sources()) if (ENRON / s).is_file())


def rule_accepts(text: str) -> list[str]:
    """The lower-cased sentences of ``text`` that the English promise rules take and the veto
    judges (:func:`indexer.promise_rules.veto_reads`)."""
    from indexer.intent import rule_view
    from indexer.promise_rules import veto_reads

    return [v.low for v in rule_view(text, "en") if v.promise and v.lang == "en"
            and veto_reads(v.low)]


#: A labelled sentence in the future tense that the rules do not take is trained on too: it
#: shows more of the wording of commitments and of forecasts than the rules' finds alone.
_FUTURE_CUE = re.compile(r"(?:\b(?:will|shall|won't|going\s+to|plan\s+to|intend\s+to|let\s+me)"
                         r"|'ll|’ll)\b")


def examples(rows: Iterable[Row]) -> list[Example]:
    """One example per sentence the rules take for a promise in each row, or the row itself
    when the rules take none but it speaks of the future (:data:`_FUTURE_CUE`)."""
    out = []
    for r in rows:
        accepted = rule_accepts(r.text)
        if accepted:
            out += [Example(tuple(features(low)), r.promise) for low in accepted]
        elif _FUTURE_CUE.search(low := r.text.lower()):
            out.append(Example(tuple(features(low)), r.promise))
    return out


#: How much one sentence of the labelled dev split counts against one of real Enron mail:
#: they are the product's own domain (bank sales mail) and far fewer.
LABELLED_WEIGHT = 2.0


def labelled_examples() -> list[Example]:
    """The English sentences of the labelled set's dev split (``tests/data/intent_labelled.jsonl``,
    the request model's training split) that the promise rules take: written bank mail, which
    keeps the veto from learning the Enron style instead of the commitment."""
    from indexer.intent_model import load_labelled

    return [Example(tuple(features(low)), bool(r["promise"]), LABELLED_WEIGHT)
            for r in load_labelled("dev") if r["lang"] == "en" for low in rule_accepts(r["text"])]


def fold(source: str) -> int:
    """The cross-validation fold of a message (CRC32 of its source)."""
    return zlib.crc32(source.encode("utf-8")) % FOLDS


def _fit(exs: Sequence[Example]) -> tuple[dict[int, float], float]:
    return fit(exs, epochs=EPOCHS, l2=L2, seed=SEED)


def held_out_scores(rows: Sequence[Row]) -> list[tuple[Row, float]]:
    """Each rule-accepted sentence with the probability a model fitted without its
    message's fold gives it (rows the rules do not take are left out)."""
    out: list[tuple[Row, float]] = []
    extra = labelled_examples()
    for k in range(FOLDS):
        w, b = _fit(examples(r for r in rows if fold(r.source) != k) + extra)
        veto = PromiseVeto(w, b, 0.0)
        for r in rows:
            if fold(r.source) == k:
                out += [(r, veto.probability(low)) for low in rule_accepts(r.text)]
    return out


def calibrate(scored: Sequence[tuple[Row, float]]) -> float:
    """The threshold of :data:`THRESHOLD_GRID` with the best held-out precision among those
    that drop at most :data:`MAX_RECALL_LOSS` of the rules' true promises (ties: the lower)."""
    pos = sum(1 for r, _ in scored if r.promise)
    best = (0.0, -1.0)
    for t in THRESHOLD_GRID:
        kept = [r for r, p in scored if p >= t]
        tp = sum(1 for r in kept if r.promise)
        if pos and (pos - tp) / pos > MAX_RECALL_LOSS:
            continue
        prec = tp / len(kept) if kept else 0.0
        if prec > best[1] + 1e-9:
            best = (t, prec)
    return best[0]


def rules_due(row: Row) -> tuple[str, str] | None:
    """(day, grain) of the first promise the English rules date in ``row``, read against its
    ``ref_time``; None when they date none."""
    from datetime import datetime

    from indexer.intent import RuleBasedDetector

    if not row.ref_time:
        return None
    ref = datetime.fromisoformat(row.ref_time)
    for i in RuleBasedDetector().detect(row.text, direction="out", ref_time=ref, lang="en",
                                        kinds=("promise",)):
        if i.due is not None:
            return i.due.date().isoformat(), i.due_grain or "day"
    return None


def rules_date(row: Row) -> bool:
    """Whether the English rules find a promise with a due date (any grain) in ``row``."""
    return rules_due(row) is not None


def calibrate_due(scored: Sequence[tuple[Row, float]], threshold: float) -> float:
    """The lowest threshold of :data:`THRESHOLD_GRID` (at or above the veto's ``threshold``)
    at which at least :data:`DUE_PRECISION` of the held-out rule promises dated to a day
    (:data:`DAY_GRAINS`) are real promises labelled due on that day; the most precise one
    when none reaches it (ties: the lower). The promises the threshold does not decide, an
    act owed right after "will", are counted as dated at every threshold.

    Only day-dated promises count: a week or a month is stored with its grain and the
    labelling guide gives such a period no day. The earlier aim (the most precise threshold
    that leaves at most :data:`MAX_RECALL_LOSS` of the real dated promises undated) let a
    retrain move the threshold down to where dated promises were barely more than half real."""
    from indexer.promise_rules import own_act_dated

    dues: dict[int, tuple[str, str] | None] = {}
    for r, _ in scored:
        if id(r) not in dues:
            dues[id(r)] = rules_due(r)
    # a kept promise of the writer's own act right after "will" keeps its day whatever the
    # due threshold (:func:`indexer.promise_rules.own_act_dated`): it counts at every threshold
    dated = [(r.promise and r.due == due[0],
              1.0 if p >= threshold and own_act_dated(r.text.lower()) else p)
             for r, p in scored if (due := dues[id(r)]) is not None and due[1] in DAY_GRAINS]
    best = (threshold, -1.0)
    for t in (t for t in THRESHOLD_GRID if t >= threshold):
        kept = [y for y, p in dated if p >= t]
        if not kept:
            continue
        prec = sum(kept) / len(kept)
        if prec >= DUE_PRECISION:
            return t
        if prec > best[1] + 1e-9:
            best = (t, prec)
    return best[0]


def train(path: Path = TRAIN_PATH) -> PromiseVeto:
    """The veto the trainer ships: threshold by cross-validation, weights from all rows."""
    rows = training_rows(path)
    exs = examples(rows) + labelled_examples()
    log.info("training the promise veto on %d sentences (%d promises) from %d labelled "
             "sentences of real sent mail and the labelled dev split",
             len(exs), sum(1 for e in exs if e.label), len(rows))
    scored = held_out_scores(rows)
    threshold = calibrate(scored)
    due_threshold = calibrate_due(scored, threshold)
    log.info("thresholds from %d-fold cross-validation: %s, due date %s", FOLDS, threshold,
             due_threshold)
    w, b = _fit(exs)
    return PromiseVeto.from_json(PromiseVeto(w, b, threshold, due_threshold).to_json())


def dump(model: PromiseVeto, path: Path = WEIGHTS_PATH) -> None:
    """Write the weights file (stable key order, one line)."""
    path.write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """CLI: ``python -m indexer.promise_model train [--data FILE] [--out FILE]``."""
    ap = argparse.ArgumentParser(prog="python -m indexer.promise_model",
                                 description="Train the promise veto on labelled real sent mail.")
    ap.add_argument("command", choices=["train"])
    ap.add_argument("--data", default=str(TRAIN_PATH), help="labelled sentences (JSONL)")
    ap.add_argument("--out", default=str(WEIGHTS_PATH), help="weights file to write")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    model = train(Path(args.data))
    dump(model, Path(args.out))
    log.info("wrote %d weights to %s", len(model.weights), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
