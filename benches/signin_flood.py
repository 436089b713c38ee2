"""How long a real console sign-in takes while 400 junk sign-ins arrive at once.

    IAMD_BIN=target/debug/iamd .venv-tests/bin/python benches/signin_flood.py

Two floods against a fresh `iamd serve` each (IAMD_TRUSTED_PROXIES=127.0.0.1, so that
X-Forwarded-For gives each request its address): 400 unknown names from one address, then 400
unknown names from 400 addresses. Prints the real sign-in's time idle and during the flood,
and how the junk was answered (401: checked and refused or "busy"; 429: locked, nothing
checked).
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from iamd_harness import Server, new_root_creds  # noqa: E402
from test_console_brute_force import PASSWORD, Browser  # noqa: E402

JUNK = 400


def flood(distinct_addresses: bool) -> None:
    base = Path(tempfile.mkdtemp())
    server = Server(
        base / "data",
        base / "log",
        new_root_creds(),
        extra_env={"IAMD_TRUSTED_PROXIES": "127.0.0.1"},
    )
    server.start()
    try:
        name, _ = server.make_user("real", key=False)
        server.iam().create_login_profile(UserName=name, Password=PASSWORD)
        t = time.monotonic()
        Browser(server, "192.0.2.200").sign_in(name, PASSWORD)
        idle = time.monotonic() - t
        statuses: list[int] = []

        def junk(i: int) -> None:
            address = f"10.{i // 250}.{i % 250}.1" if distinct_addresses else "203.0.113.66"
            status, _ = Browser(server, address).sign_in(f"junk{i}", "x")
            statuses.append(status)

        threads = [threading.Thread(target=junk, args=(i,)) for i in range(JUNK)]
        for th in threads:
            th.start()
        time.sleep(0.3)
        t = time.monotonic()
        status, page = Browser(server, "192.0.2.201").sign_in(name, PASSWORD)
        during = time.monotonic() - t
        for th in threads:
            th.join()
        outcome = "signed in" if "Console home" in page else "busy" if "busy" in page else status
        counts = {s: statuses.count(s) for s in sorted(set(statuses))}
        where = f"{JUNK} addresses" if distinct_addresses else "one address"
        print(
            f"junk from {where}: real sign-in {idle:.3f} s idle, {during:.3f} s during the "
            f"flood ({outcome}); junk answered {counts}"
        )
    finally:
        server.stop()


if __name__ == "__main__":
    flood(False)
    flood(True)
