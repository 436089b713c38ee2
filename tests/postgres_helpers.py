"""The PostgreSQL the multi-node tests run against.

`IAMD_TEST_DATABASE_URL` (a superuser's URL, exported by `scripts/test` from
`scripts/pg-test-cluster`) names a running server. Without it, when PostgreSQL's server
binaries are installed, a throwaway cluster is started for this pytest process and removed
when it ends. With neither, the tests are skipped with the reason, unless `CI` is set: then
they fail. Each test gets a database of its own (`fresh_database`).
"""

from __future__ import annotations

import glob
import os
import secrets
import subprocess
from pathlib import Path
from typing import Optional

import pytest

from iamd_harness import REPO_ROOT

_server_url: Optional[str] = None
_server_ca: Optional[str] = os.environ.get("IAMD_TEST_DATABASE_CA")
_reason = ""


def pg_bin() -> Optional[Path]:
    if os.environ.get("IAMD_PG_BIN"):
        return Path(os.environ["IAMD_PG_BIN"])
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"))
    return Path(found[-1]).parent if found else None


def server_url() -> str:
    """The test server's superuser URL; skips (or fails under CI) when there is none."""
    global _server_url, _server_ca, _reason
    if _server_url is None and not _reason:
        if os.environ.get("IAMD_TEST_DATABASE_URL"):
            _server_url = os.environ["IAMD_TEST_DATABASE_URL"]
        else:
            done = subprocess.run(
                [str(REPO_ROOT / "scripts" / "pg-test-cluster"), "start", "--owner-pid", str(os.getpid())],
                capture_output=True,
                text=True,
                timeout=120,
            )
            if done.returncode == 0:
                for line in done.stdout.splitlines():
                    if line.startswith("export IAMD_TEST_DATABASE_URL="):
                        _server_url = line.split("=", 1)[1]
                    if line.startswith("export IAMD_TEST_DATABASE_CA="):
                        _server_ca = line.split("=", 1)[1]
            _reason = done.stderr.strip() or "scripts/pg-test-cluster printed no URL"
    if _server_url is None:
        if os.environ.get("CI", "") not in ("", "false"):
            pytest.fail(f"CI is set, so the PostgreSQL tests must run, but: {_reason}")
        pytest.skip(f"no PostgreSQL to test against ({_reason})")
    return _server_url


def server_ca() -> Optional[str]:
    """The certificate authority of the test server's TLS certificate, when it has one."""
    server_url()
    return _server_ca


def with_database(url: str, database: str) -> str:
    base, _, query = url.partition("?")
    scheme, _, rest = base.partition("://")
    host = rest.split("/", 1)[0]
    return f"{scheme}://{host}/{database}" + (f"?{query}" if query else "")


def psql(url: str, sql: str) -> str:
    bin_dir = pg_bin()
    assert bin_dir is not None, "psql is needed beside the PostgreSQL server"
    done = subprocess.run(
        [str(bin_dir / "psql"), "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", url, "-c", sql],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def pg_dump(url: str) -> str:
    bin_dir = pg_bin()
    assert bin_dir is not None
    done = subprocess.run(
        [str(bin_dir / "pg_dump"), "--no-owner", url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def fresh_database() -> str:
    """A new, empty database on the test server; its URL."""
    server = server_url()
    name = f"iamd_e2e_{secrets.token_hex(6)}"
    psql(server, f"CREATE DATABASE {name}")
    return with_database(server, name)


def drop_database(url: str) -> None:
    name = url.partition("?")[0].rsplit("/", 1)[1]
    psql(with_database(server_url(), "postgres"), f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def write_master_key(path: Path) -> Path:
    path.write_text(secrets.token_hex(32) + "\n")
    path.chmod(0o600)
    return path
