"""/v1/register under guessing and floods, at the production password-hash cost.

    python bench/bench_register.py

Serves a central store (SQLite, in a temporary folder) on loopback with the real
Argon2id settings and prints one line of JSON:

* ``known_ms`` / ``unknown_ms``: median time of a wrong password for an existing user
  and for a name that does not exist (they should be the same);
* ``status_ms``: median and 95th percentile of ``/v1/status`` alone, and while 64
  connections flood ``/v1/register`` with wrong passwords;
* ``flood``: how the flood's requests were answered (status code counts).

The lockout and per-address limits are lifted for the timing (they would refuse the
repeated guesses before any hash); the flood runs with the limit on hashing at once.
Runs against older code too (then without ``Access``), to compare before and after.
"""

from __future__ import annotations

import json
import socket
import statistics
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from keyworker_desktop.sync.server import accounts
from keyworker_desktop.sync.server.app import create_app


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _app(url: str) -> Any:
    try:
        from keyworker_desktop.sync.server.register_limits import Access
    except ImportError:
        return create_app(url)
    return create_app(url, access=Access(account_failures=10**9, address_burst=10**9))


def _ms(values: list[float]) -> dict[str, float]:
    values = sorted(values)
    return {"p50": round(statistics.median(values) * 1000, 1),
            "p95": round(values[int(len(values) * 0.95) - 1] * 1000, 1)}


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="kw-bench-register-"))
    app = _app(f"sqlite:///{folder / 'central.db'}")
    app.state.central.run(lambda s: accounts.add_user(s, "sam", "keyworker", "a password!"))
    port = _port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="off",
                                           log_level="warning", access_log=False))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.01)
    base = f"http://127.0.0.1:{port}"
    out: dict[str, Any] = {}
    with httpx.Client(timeout=60) as client:
        def timed(user: str) -> float:
            began = time.perf_counter()
            client.post(base + "/v1/register", json={"user": user, "password": "wrong!!!"})
            return time.perf_counter() - began

        timed("warm-up")
        known: list[float] = []
        unknown: list[float] = []
        for _ in range(30):  # interleaved, so that a change of load falls on both
            known.append(timed("sam"))
            unknown.append(timed("nobody"))
        out["known_ms"] = _ms(known)["p50"]
        out["unknown_ms"] = _ms(unknown)["p50"]

        def status() -> float:
            began = time.perf_counter()
            client.get(base + "/v1/status")
            return time.perf_counter() - began

        out["status_alone_ms"] = _ms([status() for _ in range(40)])
        stop = threading.Event()
        codes: Counter[int] = Counter()

        def flood(i: int) -> None:
            with httpx.Client(timeout=60) as c:
                while not stop.is_set():
                    try:
                        r = c.post(base + "/v1/register",
                                   json={"user": f"f{i}", "password": "wrong!!!"})
                        codes[r.status_code] += 1
                    except httpx.HTTPError:
                        codes[0] += 1

        with ThreadPoolExecutor(64) as pool:
            for i in range(64):
                pool.submit(flood, i)
            time.sleep(2.0)
            during = [status() for _ in range(40)]
            stop.set()
        out["status_during_flood_ms"] = _ms(during)
        out["flood"] = dict(codes)
    server.should_exit = True
    print(json.dumps(out))


if __name__ == "__main__":
    main()
