"""Fixtures: one `iamd serve` for the whole session, and a factory for servers of a test's own."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Optional

import pytest

from iamd_harness import ACCOUNT_ID, Creds, Server, clean_client_env, new_root_creds

# boto3 clients made in this process must not pick up a developer's profile, region or
# endpoint settings.
for _name in [n for n in os.environ if n.startswith("AWS_")]:
    del os.environ[_name]
os.environ.update(clean_client_env())


@pytest.fixture(scope="session")
def iamd(tmp_path_factory: pytest.TempPathFactory) -> Server:
    """The shared server: fresh data dir, account 123456789012, a random root key from env."""
    base = tmp_path_factory.mktemp("iamd-session")
    server = Server(base / "data", base / "iamd.log", new_root_creds())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def start_server(tmp_path: Path) -> Callable[..., Server]:
    """Start a server of the test's own on `data_dir`; stopped when the test ends.

    `start_server(data_dir, root=Creds(...) | None, env={...}, root_from_env=True)`. The log
    goes to `<data_dir>.log` (appended across restarts).
    """
    started: list[Server] = []

    def start(
        data_dir: Optional[Path] = None,
        root: Optional[Creds] = None,
        env: Optional[dict[str, str]] = None,
        root_from_env: bool = True,
        account_id: str = ACCOUNT_ID,
    ) -> Server:
        data_dir = Path(data_dir) if data_dir is not None else tmp_path / "data"
        server = Server(
            data_dir,
            data_dir.with_name(data_dir.name + ".log"),
            root or new_root_creds(),
            account_id=account_id,
            extra_env=env,
            root_from_env=root_from_env,
        )
        started.append(server)
        return server.start()

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def iam(iamd: Server):
    """An IAM client signed with the root key of the shared server."""
    return iamd.iam()


@pytest.fixture(scope="session")
def sts(iamd: Server):
    """An STS client signed with the root key of the shared server."""
    return iamd.sts()
