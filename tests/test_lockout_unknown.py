"""The lockout analyzer on an export that lacks `get-login-profile`: whether a user must set a
new password at next sign-in is then unknown, and a user who could not set one gets a LOW
LOCKOUT.5 saying so and naming the export that settles it; with the login profile exported,
the same user gets the HIGH finding, or none.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from iamd_harness import binary_path

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "account"
ALICE = "arn:aws:iam::111122223333:user/alice"


def iamd(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(binary_path()), *args], capture_output=True, text=True, timeout=120)


def findings(data_dir: Path, files: list[Path]) -> list[dict]:
    done = iamd("import", "--data-dir", str(data_dir), *map(str, files))
    assert done.returncode == 0, done.stderr
    done = iamd("check", "--data-dir", str(data_dir), "--json", "--fail-on", "NONE",
                "--as-of", "2026-11-20")
    assert done.returncode == 0, done.stderr
    return [f for f in json.loads(done.stdout)["findings"] if f["id"] in ("LOCKOUT.1", "LOCKOUT.5")]


def test_unknown_reset_is_a_low_finding_naming_the_export(tmp_path):
    without = findings(tmp_path / "without", sorted(SAMPLE.glob("*.json")))
    alice = [f for f in without if f["resource"] == ALICE]
    assert len(alice) == 1, without
    [f] = alice
    assert (f["id"], f["severity"], f["related"]) == ("LOCKOUT.5", "LOW", ["LOCKOUT.1"])
    assert "does not say whether they must set a new one" in f["detail"]
    assert "aws iam get-login-profile --user-name alice" in f["fix"]
    assert f["blocking"], f

    # With the login profiles, what was unknown is known: alice must reset (HIGH), and no
    # user whose login profile was exported is left unknown.
    profiles = sorted((SAMPLE / "login-profiles").glob("*.json"))
    known = findings(tmp_path / "with", sorted(SAMPLE.glob("*.json")) + profiles)
    assert [f["id"] for f in known if f["resource"] == ALICE] == ["LOCKOUT.1"]
    exported = {f"arn:aws:iam::111122223333:user/{p.stem}" for p in profiles}
    assert not [f for f in known if f["id"] == "LOCKOUT.5" and f["resource"] in exported]
