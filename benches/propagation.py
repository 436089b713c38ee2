"""The delay between a policy change committed on one node and its effect on another.

Two `iamd serve` nodes on one PostgreSQL database (a database of its own on the server of
`IAMD_TEST_DATABASE_URL`, or a throwaway cluster): a user allowed `iam:ListUsers` calls it
on node B in a loop (as fast as one boto3 client goes) while root flips the user's inline
policy between Allow and Deny on node A; the delay of one flip is the time from node A's
answer to the first answer of node B that reflects it. Prints p50, p99 and the maximum.

    IAMD_BIN=target/release/iamd .venv-tests/bin/python benches/propagation.py --samples 200
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from botocore.exceptions import ClientError  # noqa: E402

from iamd_harness import Server, allow, new_root_creds  # noqa: E402
from postgres_helpers import drop_database, fresh_database, write_master_key  # noqa: E402


def outcome(client) -> bool:
    try:
        client.list_users(MaxItems=1)
        return True
    except ClientError as e:
        assert e.response["Error"]["Code"] == "AccessDenied", e.response
        return False


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=200)
    samples = parser.parse_args().samples
    url = fresh_database()
    with tempfile.TemporaryDirectory() as tmp:
        key = write_master_key(Path(tmp) / "master.key")
        env = {"IAMD_DATABASE_URL": url, "IAMD_MASTER_KEY_FILE": str(key), "RUST_LOG": "warn"}
        root = new_root_creds()
        a = Server(Path(tmp) / "a", Path(tmp) / "a.log", root, extra_env=env).start()
        b = Server(Path(tmp) / "b", Path(tmp) / "b.log", root, extra_env=env).start()
        try:
            name, creds = a.make_user("prop", policy=allow("iam:ListUsers"))
            admin = a.iam()
            user_on_b = b.iam(creds=creds)
            delays = []
            allowed = True
            for _ in range(samples):
                allowed = not allowed
                effect = "Allow" if allowed else "Deny"
                admin.put_user_policy(
                    UserName=name,
                    PolicyName="inline",
                    PolicyDocument=json.dumps(allow("iam:ListUsers", effect=effect)),
                )
                committed = time.monotonic()
                while outcome(user_on_b) != allowed:
                    pass
                delays.append(time.monotonic() - committed)
            delays.sort()
            pick = lambda p: delays[min(len(delays) - 1, int(len(delays) * p / 100))]  # noqa: E731
            print(
                f"propagation over {samples} changes: p50 {pick(50) * 1000:.1f} ms, "
                f"p99 {pick(99) * 1000:.1f} ms, max {delays[-1] * 1000:.1f} ms"
            )
        finally:
            a.stop()
            b.stop()
            drop_database(url)


if __name__ == "__main__":
    main()
