"""Inference on the blind sets of tests/data/blind, written and labelled apart from the rules.

Every set in that folder is found by its name, so a new set is measured as soon as it is
added (``tests/data/blind/README.md`` says who wrote each one and by which guide):

- ``complaints_blind*.jsonl``: client messages to banks and B2B suppliers. Scored: the
  product's complaint decision (cue rules, and the complaint model where they find
  nothing), per language; peer: TF-IDF + logistic regression (classes balanced) trained on
  the same training files as the product's model (``tests/corpora/complaints/*.jsonl``).
- ``promises_enron_blind*.jsonl``: sentences of real Enron mail, labelled for the writer's
  promises and their due day. Scored: promise precision/recall, precision of the promises
  with a due date, due-day accuracy; peer: a keyword rule ("I will", "we'll", ...).
- ``promises_mail_blind*.jsonl``: the same labels on every sentence of written sales
  managers' mail to clients, Russian and English (``lang``), scored the same way and per
  language; the keyword peer reads English only.
- ``replies*/``: raw replies from many mail clients with the new text a person would keep
  (``expected.jsonl``). Scored: the share whose new text matches exactly (whitespace-
  normalised); peer: mail-parser-reply.
- ``dates_blind*.jsonl``: business sentences each holding one date expression, with the day
  it names (or null when it names no single day). Scored: the day found for the sentence's
  first date (a span of days, "12-16 August", "Tuesday or Wednesday", is none), per
  language, and the null rows kept free of a day; peer: dateparser's
  ``search_dates``.
- ``requests_blind*.jsonl``: business sentences labelled for requests (and promises).
  Scored: request P/R/F1 per language, and promise P/R/F1 per language as ``promises``
  (the only blind promise labels in Russian; peer: the keyword rule, English only); peer: TF-IDF + logistic regression trained on the
  Parakweet train file (``tests/corpora/intent/parakweet_train.jsonl``), as in
  ``bench/intent_ceiling.py``.

Peers that need the bench extra (scikit-learn, dateparser, mail-parser-reply) are skipped
when it is not installed: ``.venv/bin/pip install -e '.[bench]'``.

The first run of each set is kept in ``bench/blind_first_runs.jsonl`` (``--record-first``
appends the sets that have no record yet and never rewrites one) and in bench/RESULTS.md;
``bench/quality.py`` prints them beside the current figures.

    python bench/blind.py [--set NAME] [--misses] [--record-first]
    # prints a block per set, then one JSON line
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BLIND = ROOT / "tests" / "data" / "blind"
CORPORA = ROOT / "tests" / "corpora"
FIRST_RUNS = ROOT / "bench" / "blind_first_runs.jsonl"


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _lang(text: str) -> str:
    return "ru" if re.search(r"[а-яё]", text.lower()) else "en"


def _pr(pairs: list[tuple[bool, bool]]) -> dict:
    tp = sum(1 for y, p in pairs if y and p)
    fp = sum(1 for y, p in pairs if not y and p)
    fn = sum(1 for y, p in pairs if y and not p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3),
            "n": len(pairs)}


def _per_lang(rows: list[dict], gold: str, predict: Callable[[dict], bool],
              misses: list[str] | None = None) -> dict:
    """P/R/F1 of ``predict(row)`` against ``row[gold]``, over all rows and per language."""
    got = [(r, bool(r[gold]), bool(predict(r))) for r in rows]
    if misses is not None:
        misses += [f"{'FN' if y else 'FP'} {r['text'][:160]!r}" for r, y, p in got if y != p]
    out = {}
    for lang in ("all", "ru", "en"):
        pairs = [(y, p) for r, y, p in got
                 if lang == "all" or r.get("lang", _lang(r["text"])) == lang]
        if pairs:
            out[lang] = _pr(pairs)
    return out


# ---------------------------------------------------------------- complaints

def score_complaints(path: Path, detector: Callable[[str], bool],
                     misses: list[str] | None = None) -> dict:
    """Precision/recall of ``detector(text) -> bool`` on a blind complaint set, per language."""
    return _per_lang(_rows(path), "complaint", lambda r: detector(r["text"]), misses)


def product_complaint(text: str) -> bool:
    from indexer.complaint import detect_complaint
    return detect_complaint(text) is not None


def tfidf_peer(rows: list[dict], label: str, balanced: bool = False
               ) -> Callable[[str], bool] | None:
    """TF-IDF word 1-2 grams + logistic regression fitted on ``rows`` (text, label);
    ``balanced`` weights the classes by their inverse frequency."""
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import Pipeline
    except ImportError:
        return None
    pipe = Pipeline([("features", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
                     ("model", LogisticRegression(C=10, max_iter=2000,
                                                 class_weight="balanced" if balanced else None))])
    pipe.fit([r["text"] for r in rows], [bool(r[label]) for r in rows])
    return lambda text: bool(pipe.predict([text])[0])


def complaint_peer() -> Callable[[str], bool] | None:
    """Trained on every complaint training file the product's model reads (the public
    corpus and the letters written for training), classes balanced."""
    rows = [r for f in sorted((CORPORA / "complaints").glob("*.jsonl")) for r in _rows(f)]
    return tfidf_peer(rows, "complaint", balanced=True)


# ------------------------------------------------------------------ promises

_KEYWORD = re.compile(r"\b(?:i|we)\s*(?:'ll|’ll|\s+will|\s+shall)\b", re.I)


def score_promises(path: Path,
                   detect: Callable[[str, datetime, str], tuple[bool, str | None, str | None]],
                   misses: list[str] | None = None) -> dict:
    """Promise P/R, precision of dated promises and due-day accuracy on a blind set.

    ``detect(text, ref, lang) -> (is_promise, due_day or None, due grain or None)``; a row
    with no ``lang`` is English (the Enron sets). A set with rows in several languages is
    scored per language too (``en``, ``ru``).
    ``dated_precision`` counts every promise the product gives a due date; the guide gives a
    vague period ("this week", "next week", "in December") no day, while the product stores
    its end with the period's grain, so ``dated_day_precision`` counts only the promises
    whose due date has day grain or finer (the grain the broken-promise rule treats as a
    day; :data:`DAY_GRAINS`). Both are reported.
    """
    pairs, dated, dated_day, due_ok, due_n = [], [], [], 0, 0
    by_lang: dict[str, list[tuple[bool, bool]]] = {}
    for r in _rows(path):
        ref = datetime.fromisoformat(r["ref_time"])
        lang = r.get("lang", "en")
        promise, due, grain = detect(r["text"], ref, lang)
        pairs.append((bool(r["promise"]), promise))
        by_lang.setdefault(lang, []).append(pairs[-1])
        if promise and due is not None:
            dated.append(bool(r["promise"]) and r["due"] is not None)
            if grain in DAY_GRAINS:
                dated_day.append(dated[-1])
        if r["promise"] and r["due"] and promise:
            due_n += 1
            due_ok += due == r["due"]
            if misses is not None and due != r["due"]:
                misses.append(f"DUE {due} want {r['due']} {r['text'][:140]!r}")
        if misses is not None and bool(r["promise"]) != promise:
            misses.append(f"{'FN' if r['promise'] else 'FP'} {r['text'][:160]!r}")
    res = _pr(pairs)
    if len(by_lang) > 1:
        res.update({lang: _pr(got) for lang, got in sorted(by_lang.items())})
    res["dated_precision"] = round(sum(dated) / len(dated), 3) if dated else None
    res["dated_n"] = len(dated)
    res["dated_day_precision"] = round(sum(dated_day) / len(dated_day), 3) if dated_day else None
    res["dated_day_n"] = len(dated_day)
    res["due_day_accuracy"] = round(due_ok / due_n, 3) if due_n else None
    res["due_n"] = due_n
    return res


def product_promise(text: str, ref: datetime, lang: str = "en") -> tuple[bool, str | None, str | None]:
    from indexer.intent import detect_intents

    found = [i for i in detect_intents(text, direction="out", ref_time=ref, lang=lang)
             if i.kind == "promise"]
    if not found:
        return False, None, None
    due = found[0].due
    return True, due.date().isoformat() if due else None, found[0].due_grain


def keyword_promise(text: str, ref: datetime, lang: str = "en") -> tuple[bool, str | None, str | None]:
    """The keyword peer: "I/we will|'ll|shall" (English only; it finds no Russian promise)."""
    return bool(_KEYWORD.search(text)), None, None


# ------------------------------------------------------------------- replies

def _norm(text: str) -> str:
    return " ".join(text.split())


def score_replies(folder: Path, strip: Callable[[str], str],
                  misses: list[str] | None = None) -> dict:
    """Share of the blind replies whose new text ``strip(body text) -> str`` matches exactly
    (whitespace-normalised); the body text is what the product's parser decodes."""
    from indexer.parse import parse_message

    rows = _rows(folder / "expected.jsonl")
    ok, missed = 0, []
    for r in rows:
        msg = parse_message((folder / r["file"]).read_bytes(), r["file"])
        if _norm(strip(msg.text)) == _norm(r["new_text"]):
            ok += 1
        else:
            missed.append(r["file"])
    if misses is not None:
        misses += missed
    return {"exact": round(ok / len(rows), 3), "n": len(rows)}


def product_new_text(text: str) -> str:
    from indexer.newtext import new_text
    return new_text(text)


def reply_peer() -> Callable[[str], str] | None:
    """mail-parser-reply's new text of a body, or None when the library is not installed."""
    try:
        import mailparser_reply  # noqa: F401
    except ImportError:
        return None
    return mail_parser_reply_text


def mail_parser_reply_text(text: str, keep_signature: bool = False) -> str:
    """The latest reply as mail-parser-reply gives it, asked as its README says: every language
    it knows, and the reply's ``body`` (headers, signature and disclaimers stripped) or, to keep
    the signature, its ``full_body``. Its ``parse_reply`` returns the reply with signature and
    disclaimers, which no expected new text of a set holds: scored that way it matched nothing."""
    from mailparser_reply import EmailReplyParser
    from mailparser_reply.constants import MAIL_LANGUAGES

    langs = [k for k in MAIL_LANGUAGES if len(k) == 2]      # "david" is a test fixture's
    replies = EmailReplyParser(languages=langs).read(text=text).replies
    if not replies:
        return ""
    return replies[0].full_body if keep_signature else replies[0].body


# --------------------------------------------------------------------- dates

DAY_GRAINS = ("day", "hour", "minute")


def score_dates(path: Path, resolve: Callable[[str, datetime, str], str | None],
                misses: list[str] | None = None) -> dict:
    """Day accuracy of ``resolve(text, ref, lang) -> 'YYYY-MM-DD' | None`` per language on
    the rows that name a day, and the share of no-day rows it leaves without a day."""
    tally: dict[str, list[int]] = {}
    for r in _rows(path):
        ref = datetime.fromisoformat(r["ref_time"])
        got = resolve(r["text"], ref, r["lang"])
        key = "day" if r["date"] else "no_day"
        ok = got == r["date"]
        for k in (f"{key}_{r['lang']}", key):
            t = tally.setdefault(k, [0, 0])
            t[0] += ok
            t[1] += 1
        if misses is not None and not ok:
            misses.append(f"{r['lang']} {r['expression']!r} -> {got} want {r['date']} "
                          f"(ref {r['ref_time'][:16]})")
    out: dict = {k: round(v[0] / v[1], 3) for k, v in sorted(tally.items())}
    out["n_day"] = tally.get("day", [0, 0])[1]
    out["n_no_day"] = tally.get("no_day", [0, 0])[1]
    return out


def product_date(text: str, ref: datetime, lang: str) -> str | None:
    """The day the product reads from the sentence's first date: the day itself for day
    grain and finer (none for a span of days), the last day of a named period ("end of the
    month") otherwise."""
    from indexer.dates import find_dates

    for d in find_dates(text, ref, lang):
        if d.grain in DAY_GRAINS:
            # a span of days ("12-16 August", "Tuesday or Wednesday") names no single day
            return d.value.date().isoformat() if d.grain != "day" or (
                d.deadline.date() == d.value.date()) else None
        if d.deadline.date() != d.value.date() and d.grain in ("week", "month", "quarter"):
            # a period is a day only when the sentence says its end ("end of the month")
            if re.search(r"\b(?:end|конц|окончани)", text[max(0, d.start - 20):d.end], re.I):
                return d.deadline.date().isoformat()
        return None
    return None


def dateparser_date(text: str, ref: datetime, lang: str) -> str | None:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": ref.astimezone(UTC).replace(tzinfo=None) + ref.utcoffset(),
                "PREFER_DATES_FROM": "future"}
    found = search_dates(text, languages=[lang], settings=settings) or []
    return found[0][1].date().isoformat() if found else None


# ------------------------------------------------------------------ requests

def score_requests(path: Path, detect: Callable[[str, str], bool],
                   misses: list[str] | None = None) -> dict:
    return _per_lang(_rows(path), "request", lambda r: detect(r["text"], r["lang"]), misses)


def product_request(text: str, lang: str) -> bool:
    from indexer.intent import detect_intents

    ref = datetime(2026, 1, 15, 10, 0, tzinfo=UTC)
    return any(i.kind == "request"
               for i in detect_intents(text, direction="in", ref_time=ref, lang=lang))


def product_any_promise(text: str, lang: str) -> bool:
    from indexer.intent import detect_intents

    ref = datetime(2026, 1, 15, 10, 0, tzinfo=UTC)
    return any(i.kind == "promise" for i in detect_intents(text, direction="out", ref_time=ref,
                                                           lang=lang, kinds=("promise",)))


def request_peer() -> Callable[[str, str], bool] | None:
    rows = _rows(CORPORA / "intent" / "parakweet_train.jsonl")
    fit = tfidf_peer(rows, "intent")
    return None if fit is None else (lambda text, lang: fit(text))


# ---------------------------------------------------------------------- run

def sets() -> list[tuple[str, str, Path]]:
    """(name, kind, path) of every blind set in tests/data/blind."""
    found = []
    for path in sorted(BLIND.iterdir()):
        name = path.name.removesuffix(".jsonl")
        for prefix, kind in (("complaints_blind", "complaints"),
                             ("promises_enron_blind", "promises"),
                             ("promises_mail_blind", "promises"),
                             ("dates_blind", "dates"), ("requests_blind", "requests")):
            if path.suffix == ".jsonl" and name.startswith(prefix):
                found.append((name, kind, path))
        if path.is_dir() and path.name.startswith("replies") and (path / "expected.jsonl").exists():
            found.append((path.name, "replies", path))
    return found


def run(only: str | None = None, verbose: bool = False) -> dict:
    """Every blind set's current figures: ``{set: {"product": ..., "<peer>": ...}}``."""
    peers: dict[str, object] = {}

    def peer(kind: str, make: Callable[[], object]) -> object:
        if kind not in peers:
            peers[kind] = make()
        return peers[kind]

    out: dict[str, dict] = {}
    for name, kind, path in sets():
        if only and name != only:
            continue
        misses: list[str] | None = [] if verbose else None
        res: dict = {"kind": kind}
        if kind == "complaints":
            res["product"] = score_complaints(path, product_complaint, misses)
            p = peer(kind, complaint_peer)
            if p:
                res["peer_tfidf_logreg"] = score_complaints(path, p)  # type: ignore[arg-type]
        elif kind == "promises":
            res["product"] = score_promises(path, product_promise, misses)
            res["peer_keyword"] = score_promises(path, keyword_promise)
        elif kind == "replies":
            res["product"] = score_replies(path, product_new_text, misses)
            p = peer(kind, reply_peer)
            if p:
                res["peer_mail_parser_reply"] = score_replies(path, p)  # type: ignore[arg-type]
        elif kind == "dates":
            res["product"] = score_dates(path, product_date, misses)
            try:
                import dateparser  # noqa: F401
                res["peer_dateparser"] = score_dates(path, dateparser_date)
            except ImportError:
                pass
        elif kind == "requests":
            res["product"] = score_requests(path, product_request, misses)
            if all("promise" in r for r in _rows(path)):
                res["promises"] = _per_lang(_rows(path), "promise",
                                            lambda r: product_any_promise(r["text"], r["lang"]))
                res["promises_peer_keyword"] = _per_lang(
                    _rows(path), "promise", lambda r: bool(_KEYWORD.search(r["text"])))
            p = peer(kind, request_peer)
            if p:
                res["peer_tfidf_logreg"] = score_requests(path, p)  # type: ignore[arg-type]
        if misses is not None:
            res["misses"] = misses
        out[name] = res
    return out


def first_runs() -> dict[str, dict]:
    """The recorded first run of each set (the earliest record wins)."""
    found: dict[str, dict] = {}
    if FIRST_RUNS.exists():
        for rec in _rows(FIRST_RUNS):
            found.setdefault(rec["set"], rec)
    return found


def record_first(results: dict) -> list[str]:
    """Append a first-run record for every measured set that has none; never rewrite one."""
    have = first_runs()
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    added = []
    with FIRST_RUNS.open("a", encoding="utf-8") as fh:
        for name, res in results.items():
            if name in have:
                continue
            figures = {k: v for k, v in res.items() if k != "misses"}
            fh.write(json.dumps({"set": name, "commit": commit,
                                 "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
                                 "figures": figures}, ensure_ascii=False) + "\n")
            added.append(name)
    return added


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", help="one set by name (e.g. dates_blind)")
    ap.add_argument("--misses", action="store_true", help="list every miss of the product")
    ap.add_argument("--record-first", action="store_true",
                    help="append the first run of every set not yet recorded")
    args = ap.parse_args(argv)
    results = run(args.set, verbose=args.misses)
    firsts = first_runs()
    for name, res in results.items():
        misses = res.pop("misses", None)
        print(f"== {name} ({res['kind']})")
        for who, figures in res.items():
            if who != "kind":
                print(f"   {who}: {json.dumps(figures, ensure_ascii=False)}")
        if name in firsts:
            rec = firsts[name]
            print(f"   first run ({rec['commit']}, {rec['date']}): "
                  f"{json.dumps(rec['figures'].get('product'), ensure_ascii=False)}")
        for m in misses or []:
            print("     ", m)
    if args.record_first:
        added = record_first(results)
        print(f"recorded first runs: {', '.join(added) or 'none new'}")
    print(json.dumps({"bench": "blind", "sets": results}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
