"""Brute-force protection through the real clients: MFA codes guessed with GetSessionToken and
AssumeRole lock the user after a few wrong ones (even the right code is refused while locked,
with a message that says to wait or ask an administrator), `iamd admin lockouts` shows it and
`iamd admin unlock` lifts it while the server runs, the flags change the thresholds, and the
audit trail records the refusals.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

from iamd_harness import ACCOUNT_ID, allow, binary_path
from mfa_helpers import current_step, enrol, error_of

BAD_CODE = "MultiFactorAuthentication failed with invalid MFA one time pass code."


def iamd_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(binary_path()), *args], capture_output=True, text=True, timeout=60
    )


def wrong_code(device) -> str:
    """A six-digit code that is none of the codes the server may accept now."""
    step = current_step()
    valid = {device.code(s) for s in range(step - 2, step + 3)}
    return next(c for c in (f"{n:06d}" for n in range(123456, 999999)) if c not in valid)


def records(data: Path) -> list[dict]:
    out = []
    for path in sorted((data / "audit").glob("*.jsonl")):
        out.extend(json.loads(line) for line in path.read_text().splitlines())
    return out


def wait_for_records(data: Path, predicate, count: int, timeout: float = 10.0) -> list[dict]:
    """The trail's records matching `predicate`, once there are `count` of them (read-only
    calls' records are written without the caller waiting)."""
    deadline = time.monotonic() + timeout
    while True:
        found = [r for r in records(data) if predicate(r)]
        if len(found) >= count or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


def test_guessed_mfa_codes_lock_the_user_until_an_administrator_unlocks(start_server, tmp_path):
    server = start_server(tmp_path / "data")
    iam = server.iam()
    name, creds = server.make_user("guessed")
    device = enrol(iam, name)
    sts = server.sts(creds)

    # Five wrong codes: AWS's answer each time.
    for _ in range(5):
        assert error_of(
            lambda: sts.get_session_token(SerialNumber=device.serial, TokenCode=wrong_code(device))
        ) == ("AccessDenied", 403, BAD_CODE)
    # Locked: the right code is refused too, with the lock's message, and not used up.
    code, status, message = error_of(
        lambda: sts.get_session_token(SerialNumber=device.serial, TokenCode=device.fresh_code())
    )
    assert (code, status) == ("AccessDenied", 403)
    assert message.startswith("MultiFactorAuthentication failed."), message
    assert "Try again in" in message and "ask an administrator" in message, message
    device.last_step -= 1

    # The administrator sees it while the server runs...
    listed = iamd_cli("admin", "lockouts", "--data-dir", str(server.data_dir), "--json")
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    mine = [r for r in rows if r["subject"] == "user" and r["name"] == name.lower()]
    assert len(mine) == 1 and mine[0]["factor"] == "mfa", rows
    assert mine[0]["failures"] == 5 and mine[0]["lockedUntil"], mine
    table = iamd_cli("admin", "lockouts", "--data-dir", str(server.data_dir))
    assert name.lower() in table.stdout and "until" in table.stdout, table.stdout

    # ...and lifts it: the right code works again.
    unlocked = iamd_cli("admin", "unlock", name, "--data-dir", str(server.data_dir))
    assert unlocked.returncode == 0, unlocked.stderr
    assert "unlocked" in unlocked.stdout, unlocked.stdout
    out = sts.get_session_token(SerialNumber=device.serial, TokenCode=device.fresh_code())
    assert out["Credentials"]["AccessKeyId"].startswith("ASIA")
    after = iamd_cli("admin", "lockouts", "--data-dir", str(server.data_dir), "--json")
    assert name.lower() not in after.stdout

    # The trail has every refusal, the locked one with its message, and never a code.
    refused = wait_for_records(
        server.data_dir,
        lambda r: r.get("eventName") == "GetSessionToken" and r.get("errorCode") == "AccessDenied",
        6,
    )
    assert [r["errorMessage"] == BAD_CODE for r in refused] == [True] * 5 + [False]
    assert "Try again in" in refused[5]["errorMessage"]
    trail = "\n".join(p.read_text() for p in (server.data_dir / "audit").glob("*.jsonl"))
    assert device.code(device.last_step) not in trail


def test_thresholds_are_flags_and_assume_role_counts_too(start_server, tmp_path):
    server = start_server(tmp_path / "data", env={"IAMD_LOCKOUT_FAILURES": "2"})
    iam = server.iam()
    name, creds = server.make_user("roler", policy=allow("sts:AssumeRole"))
    device = enrol(iam, name)
    trust = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT_ID}:root"},
                "Action": "sts:AssumeRole",
            }
        ],
    }
    role = iam.create_role(RoleName="guarded", AssumeRolePolicyDocument=json.dumps(trust))
    sts = server.sts(creds)

    def assume(code: str):
        return sts.assume_role(
            RoleArn=role["Role"]["Arn"],
            RoleSessionName="guess",
            SerialNumber=device.serial,
            TokenCode=code,
        )

    for _ in range(2):
        assert error_of(lambda: assume(wrong_code(device))) == ("AccessDenied", 403, BAD_CODE)
    _, _, message = error_of(lambda: assume(device.fresh_code()))
    assert "Too many failed attempts" in message, message
    device.last_step -= 1
    # GetSessionToken takes the same count.
    _, _, message = error_of(
        lambda: sts.get_session_token(SerialNumber=device.serial, TokenCode=device.fresh_code())
    )
    assert "Too many failed attempts" in message, message
    device.last_step -= 1


def test_bad_lockout_flags_are_refused(tmp_path):
    done = subprocess.run(
        [
            str(binary_path()),
            "serve",
            "--data-dir",
            str(tmp_path / "data"),
            "--lockout-base-seconds",
            "600",
            "--lockout-max-seconds",
            "60",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "--lockout-max-seconds" in done.stderr, done.stderr
