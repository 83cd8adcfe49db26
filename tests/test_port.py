"""A taken port is reported before anything is built or printed, with the command that fixes it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

DEALTRAIL = [sys.executable, "-m", "dealtrail"]


@pytest.fixture
def taken_port() -> Iterator[int]:
    """A port with a real listener on 127.0.0.1, as another server would hold it."""
    with socket.socket() as holder:
        holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield int(holder.getsockname()[1])


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(DEALTRAIL + args, cwd=cwd, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "HOME": str(cwd)})


def test_demo_on_a_taken_port_stops_before_building_anything(tmp_path: Path,
                                                             taken_port: int) -> None:
    started = time.monotonic()
    done = run(["demo", "--out", "bank", "--port", str(taken_port)], tmp_path)
    assert done.returncode == 2, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    # The demo bank's CLI speaks Russian ([company] locale = "ru").
    assert f"порт {taken_port} на 127.0.0.1 уже занят" in lines[0]
    assert "make demo PORT=" in lines[0] and "dealtrail demo --port " in lines[0]
    suggested = int(lines[0].rsplit("--port ", 1)[1].rstrip(")"))
    assert suggested != taken_port
    with socket.socket() as probe:  # the port suggested is really free
        probe.bind(("127.0.0.1", suggested))
    assert "one-time code" not in done.stdout and not (tmp_path / "bank").exists()
    assert time.monotonic() - started < 30


def test_serve_on_a_taken_port_names_the_option_in_the_config_language(
        tmp_path: Path, taken_port: int) -> None:
    (tmp_path / "dealtrail.toml").write_text('[company]\nlocale = "en"\n', encoding="utf-8")
    done = run(["--config", "dealtrail.toml", "serve", "--port", str(taken_port)], tmp_path)
    assert done.returncode == 2, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"dealtrail: error: port {taken_port} on 127.0.0.1 is already in "
                               "use"), lines[0]
    assert "dealtrail serve --port " in lines[0]
    assert done.stdout == "" and sorted(p.name for p in tmp_path.iterdir()) == ["dealtrail.toml"]
