"""No secret access key is ever stored or logged in clear."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from iamd_harness import Creds, allow, assert_error, unique


def files_containing(directory: Path, needles: dict[str, bytes]) -> list[tuple[str, str]]:
    hits = []
    for path in sorted(directory.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for label, needle in needles.items():
            if needle in data:
                hits.append((str(path), label))
    return hits


def test_secrets_are_never_in_clear(start_server, tmp_path):
    data = tmp_path / "data"
    # Debug logging: the most the server would ever write about a request.
    server = start_server(data, env={"RUST_LOG": "debug"})
    iam = server.iam()
    name = unique("secretive")
    iam.create_user(UserName=name)
    iam.put_user_policy(
        UserName=name,
        PolicyName="p",
        PolicyDocument=json.dumps(allow(["iam:GetUser", "iam:ListUsers"])),
    )
    key = iam.create_access_key(UserName=name)["AccessKey"]
    user = Creds(key["AccessKeyId"], key["SecretAccessKey"])
    root_extra = iam.create_access_key()["AccessKey"]

    # Use every key, and fail a few times, so that whatever is logged about requests is.
    server.sts(user).get_caller_identity()
    server.iam(user).get_user()
    server.iam(user).list_users()
    assert_error(
        lambda: server.iam(Creds(user.access_key_id, user.secret[::-1])).get_user(),
        "SignatureDoesNotMatch",
        403,
    )
    server.iam(Creds(root_extra["AccessKeyId"], root_extra["SecretAccessKey"])).list_users()
    server.aws("iam", "list-users", creds=user)

    secrets = {
        "root secret (from the environment)": server.root.secret.encode(),
        "user key secret": user.secret.encode(),
        "second root key secret": root_extra["SecretAccessKey"].encode(),
    }
    assert not (data / "root-credentials").exists()
    assert (data / "iamd.sqlite3-wal").exists() or list(data.glob("*-wal")), sorted(
        p.name for p in data.iterdir()
    )

    # While running: the database, its WAL and everything else in the data dir.
    assert files_containing(data, secrets) == []
    # After a crash, with the WAL left as it was.
    server.kill()
    assert files_containing(data, secrets) == []
    # After a clean restart and stop (checkpointed).
    server.start()
    server.sts(user).get_caller_identity()
    assert server.stop() == 0
    assert files_containing(data, secrets) == []

    log = server.log_path.read_bytes()
    assert b"listening on http://127.0.0.1:" in log
    assert [label for label, s in secrets.items() if s in log] == []

    master = data / "master.key"
    assert stat.S_IMODE(master.stat().st_mode) == 0o600


def test_shared_server_log_has_no_secret(iamd):
    name, creds = iamd.make_user("logcheck")
    iamd.sts(creds).get_caller_identity()
    log = iamd.log()
    assert iamd.root.secret not in log
    assert creds.secret not in log
