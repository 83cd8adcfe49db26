"""A database nothing was indexed into yet: what a new team runs before its first index works.

The digest, the server and the scheduler read the config's products and managers from the
database; on a fresh file they sync the directory first instead of failing with
"product ... is unknown".
"""

from __future__ import annotations

import json
import os
import re
import socket
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from dealtrail.cli import cli

DEALTRAIL = [sys.executable, "-m", "dealtrail"]
ROOT = Path(__file__).resolve().parents[1]


def _config(tmp_path: Path, smtp: Any = None) -> Path:
    cfg = tmp_path / "dealtrail.toml"
    smtp_table = "" if smtp is None else smtp.toml()
    cfg.write_text(f"""
database = "{tmp_path / 'dealtrail.db'}"

[company]
name = "Test Bank"
internal_domains = ["testbank.ru"]
timezone = "Europe/Moscow"
locale = "en"

[[managers]]
email = "head@testbank.ru"
name = "Olga Head"
role = "head"
team = "corp"
locale = "en"

[[managers]]
email = "anna@testbank.ru"
name = "Anna Petrova"
team = "corp"
locale = "ru"

[[products]]
code = "bookkeeping"
name_en = "Bookkeeping"
name_ru = "Бухгалтерия"

[digest]
sender = "dealtrail@testbank.ru"
tag_address = "tags@testbank.ru"
{smtp_table}""", encoding="utf-8")
    return cfg


def test_digest_preview_on_a_database_never_indexed(tmp_path: Path) -> None:
    cfg = _config(tmp_path)
    result = CliRunner().invoke(cli, ["--config", str(cfg), "digest", "preview",
                                      "--to", "head@testbank.ru", "--text"])
    assert result.exit_code == 0, result.output
    assert "Good morning, Olga Head" in result.output
    assert "unknown" not in result.output


def test_digest_send_on_a_database_never_indexed(tmp_path: Path, smtp: Any) -> None:
    cfg = _config(tmp_path, smtp)
    result = CliRunner().invoke(cli, ["--config", str(cfg), "digest", "send", "--now",
                                      "--to", "anna@testbank.ru"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("sent 1,"), result.output
    assert [m.rcpt_tos for m in smtp.to("anna@testbank.ru")] == [["anna@testbank.ru"]]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str, token: str = "", body: dict[str, Any] | None = None) -> tuple[int, Any]:
    insecure = ssl.create_default_context()
    insecure.check_hostname = False
    insecure.verify_mode = ssl.CERT_NONE             # the server's own development certificate
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method="POST" if data else "GET")
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=10, context=insecure) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_dashboard_filters_by_a_product_on_a_database_never_indexed(tmp_path: Path) -> None:
    cfg = _config(tmp_path)
    port = _free_port()
    env = {**os.environ, "HOME": str(tmp_path),                 # this checkout's code
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    server = subprocess.Popen(DEALTRAIL + ["--config", str(cfg), "serve", "--port", str(port)],
                              cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    try:
        base = f"https://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if _get(f"{base}/healthz")[0] == 200:
                    break
            except (OSError, ValueError):
                pass
            assert server.poll() is None, server.stdout.read() if server.stdout else ""
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)
        invite = subprocess.run(DEALTRAIL + ["--config", str(cfg), "users", "invite",
                                             "head@testbank.ru"], cwd=tmp_path, env=env,
                                capture_output=True, text=True, timeout=60)
        code = re.search(r"[A-Z0-9]{5}-[A-Z0-9]{5}", invite.stdout)
        assert code, invite.stdout + invite.stderr
        status, paired = _get(f"{base}/api/pair", body={"code": code.group(0)})
        assert status == 200, paired
        status, answer = _get(f"{base}/api/dashboard/plan-fact?period=2026-11&product=bookkeeping",
                              paired["token"])
        assert status == 200, answer
        assert answer["section"] == "plan-fact"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _serve_lines(cfg: Path, tmp_path: Path, *args: str) -> list[str]:
    """What `dealtrail serve` prints before it answers, up to its "serving" line."""
    port = args[-1]
    env = {**os.environ, "HOME": str(tmp_path), "PYTHONUNBUFFERED": "1",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    server = subprocess.Popen(DEALTRAIL + [*args[:-1], "--config", str(cfg), "serve", "--port",
                                           port], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []
    try:
        assert server.stdout is not None
        for line in server.stdout:
            lines.append(line.rstrip("\n"))
            if f":{port}  (" in line:
                break
    finally:
        server.terminate()
        server.wait(timeout=10)
    return lines


def test_serve_says_its_lines_in_russian_and_where_the_pages_really_are(tmp_path: Path) -> None:
    cfg = _config(tmp_path)
    port = str(_free_port())
    lines = _serve_lines(cfg, tmp_path, "--lang", "ru", port)
    assert lines[0].startswith("создан сертификат для разработки: "), lines
    assert lines[1].startswith("чтобы ему доверять ("), lines
    assert lines[2].startswith(f"server.public_url = https://localhost:8443, а сервер слушает "
                               f"порт {port}: "), lines
    assert lines[3].startswith(f"dealtrail работает с {tmp_path / 'dealtrail.db'} на "
                               f"https://127.0.0.1:{port}  (панель https://localhost:{port}/pane/"
                               ), lines
    assert len(lines) == 4
    cfg.write_text(cfg.read_text(encoding="utf-8") + f'\n[server]\npublic_url = '
                   f'"https://localhost:{port}"\n', encoding="utf-8")
    again = _serve_lines(cfg, tmp_path, "--lang", "en", port)
    assert again[0].startswith("trust it ("), again                  # made once, on the first run
    assert again[1].startswith(f"dealtrail serving {tmp_path / 'dealtrail.db'} on "
                               f"https://127.0.0.1:{port}  (pane https://localhost:{port}/pane/"
                               ), again
