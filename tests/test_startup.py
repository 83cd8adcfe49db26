"""What a command pays for at start, before it reads anything."""

from __future__ import annotations

import os
import subprocess
import sys


def test_sqlite_utils_is_imported_without_numpy_or_pandas() -> None:
    # In a fresh process, as every command and worker starts: sqlite-utils imports numpy
    # (~0.07 s) and pandas when they are installed, for column types dealtrail never stores.
    code = ("import sys, dealtrail.store, sqlite_utils.db as d; "
            "print(d.np is None, d.pd is None, 'numpy' in sys.modules, 'pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["True", "True", "False", "False"]


def test_numpy_still_imports_after_dealtrail() -> None:
    code = ("import dealtrail.store, importlib.util, sys; "
            "spec = importlib.util.find_spec('numpy'); "
            "spec and __import__('numpy'); print('numpy' in sys.modules or spec is None)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


def test_a_sync_with_nothing_new_loads_no_package_it_has_no_use_for(tmp_path) -> None:
    # A scheduled sync mostly finds nothing new: it counts no business day, starts no
    # worker, reads no phone number, sends no mail and scores no sentence, so it pays for
    # none of those packages (~0.07 s of its ~0.27 s of CPU).
    maildir = tmp_path / "mail"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (maildir / "cur" / "1:2,S").write_bytes(
        b"From: Ivan <ivan@client.ru>\r\nTo: anna@bank.ru\r\nSubject: price\r\n"
        b"Date: Mon, 2 Mar 2026 10:00:00 +0300\r\nMessage-ID: <1@client.ru>\r\n\r\n"
        b"Could you send the offer by Friday?\r\n")
    # The manager's answer makes the conversation a negotiation, still open on the next run.
    (maildir / "cur" / "2:2,S").write_bytes(
        b"From: Anna <anna@bank.ru>\r\nTo: Ivan <ivan@client.ru>\r\nSubject: Re: price\r\n"
        b"Date: Mon, 2 Mar 2026 11:00:00 +0300\r\nMessage-ID: <2@bank.ru>\r\n"
        b"In-Reply-To: <1@client.ru>\r\n\r\nYes, I will send it on Thursday.\r\n")
    env = {**os.environ, "DEALTRAIL_NOW": "2026-03-03T09:00:00+00:00"}
    code = ("import sys\nfrom dealtrail.cli import main\ntry:\n    main()\nexcept SystemExit:\n"
            "    pass\nprint('loaded', *(name in sys.modules for name in "
            "('holidays', 'multiprocessing', 'phonenumbers', 'smtplib', 'indexer.complaint_model',"
            " 'msgspec', 'indexer.deal_signals', 'indexer.dates')))")
    args = ["--db", str(tmp_path / "x.db"), "index", "--maildir", str(maildir),
            "--owner", "anna@bank.ru", "--quiet", "--workers", "2"]
    first = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                           check=True, env=env).stdout
    assert "added=2" in first and "negotiations created=1" in first
    assert first.split()[-8:-5] == ["True", "True", "True"]
    assert first.split()[-2:] == ["True", "True"]   # the letters were analysed, dates read
    again = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                           check=True, env=env).stdout
    # Nor the negotiation signals' ~760 patterns (~0.4 s), nor the date rules': the open deal
    # the first run made is refreshed (its planned contact may pass), but no call note has to
    # be read for it, and the grains of its stored dates are only compared.
    assert "negotiations created=0" in again
    assert "added=0" in again and again.split()[-8:] == ["False"] * 8
