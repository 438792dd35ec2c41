"""``keyworker-central serve`` (sync/server/cli.py): no plain HTTP beyond this machine
unless a TLS proxy is said to stand in front, and it says where it listens."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from keyworker_desktop.sync.server import cli, serving


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "central.example.org"])
def test_plain_http_beyond_loopback_is_refused_with_one_line(
        host: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["serve", "--database-url", f"sqlite:///{tmp_path / 'c.db'}",
                     "--host", host])
    assert code == 2
    out = capsys.readouterr()
    assert out.err.count("\n") == 1 and "--behind-tls-proxy" in out.err and host in out.err
    assert not (tmp_path / "c.db").exists()  # refused before anything was made


def test_behind_a_tls_proxy_or_on_loopback_it_serves(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[tuple[str, Any]] = []

    class Fake:
        def __init__(self, host: str, kw: dict[str, Any]) -> None:
            self.host, self.kw = host, kw

        def run(self) -> None:
            ran.append((self.host, self.kw["max_connections"]))

    monkeypatch.setattr(serving, "make_server",
                        lambda _app, host, _port, **kw: Fake(host, kw))
    db = f"sqlite:///{tmp_path / 'c.db'}"
    assert cli.main(["serve", "--database-url", db, "--host", "0.0.0.0",
                     "--behind-tls-proxy"]) == 0
    assert cli.main(["serve", "--database-url", db, "--host", "::1",
                     "--max-connections", "10"]) == 0
    assert ran == [("0.0.0.0", 256), ("::1", 10)]


def test_serve_says_where_it_listens(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "keyworker_desktop.sync.server.cli", "serve", "--port", "0",
         "--database-url", f"sqlite:///{tmp_path / 'c.db'}"],
        env={**os.environ, "KEYWORKER_CENTRAL_ARGON2_KIB": "64"},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        with selectors.DefaultSelector() as sel:
            sel.register(proc.stdout, selectors.EVENT_READ)
            assert sel.select(30), "serve printed nothing within 30 s"
        line = proc.stdout.readline()
        assert line.startswith("Serving the central store on http://127.0.0.1:")
        assert "c.db" in line
        url = line.split(" on ", 1)[1].split(" ", 1)[0]
        assert httpx.get(url + "/v1/status", timeout=5).status_code == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=10)


def test_loopback_is_told_apart() -> None:
    assert all(serving.is_loopback(h) for h in ("127.0.0.1", "127.0.0.2", "::1", "localhost"))
    assert not any(serving.is_loopback(h) for h in ("0.0.0.0", "::", "10.0.0.1", "example"))
