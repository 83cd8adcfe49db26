"""`make demo` end to end: the demo bank is built, then served over HTTPS until interrupted."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_demo_serves_dashboard_and_pane_and_the_printed_code_signs_the_head_in(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "160", "HOME": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "dealtrail", "demo", "--out", str(tmp_path / "bank"), "--port",
         str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    seen: list[str] = []
    code = ""
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and proc.stdout is not None:
            line = proc.stdout.readline()
            if not line:
                break
            seen.append(line)
            match = re.search(r"sign in as olga\.sokolova@demobank\.ru with the one-time code (\S+)", line)
            if match:
                code = match.group(1)
                break
        assert code, "".join(seen)[-3000:]
        base = f"https://127.0.0.1:{port}"
        with httpx.Client(verify=False, timeout=10) as http:
            for _ in range(100):
                try:
                    if http.get(f"{base}/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            assert http.get(f"{base}/dashboard").status_code == 200
            assert http.get(f"{base}/pane/").status_code == 200
            assert http.get(f"{base}/api/dashboard/plan-fact").status_code == 401
            token = http.post(f"{base}/api/pair", json={"code": code}).json()["token"]
            auth = {"Authorization": f"Bearer {token}"}
            plan = http.get(f"{base}/api/dashboard/plan-fact", headers=auth)
            assert plan.status_code == 200 and "Демо Банк" in plan.text
            pane = http.get(f"{base}/api/pane", params={"email": "s.volkov@stroymontazh.ru"},
                            headers=auth)
            assert pane.status_code == 200 and "СтройМонтаж" in pane.text
            assert http.post(f"{base}/api/pair", json={"code": code}).status_code == 401, \
                "a pairing code works once"
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
