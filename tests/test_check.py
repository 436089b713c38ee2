"""`iamd check` against a running server's data directory, and the server's lockout warnings.

The account is set up the way an administrator would, with boto3 on the real server; `iamd
check` then reads the same data directory while the server keeps running.
"""

from __future__ import annotations

import json
import subprocess
import time

import pytest
from botocore.exceptions import ClientError

from iamd_harness import ACCOUNT_ID, Creds, binary_path

PASSWORD = "Str0ng!Passw0rd-2024"
NEW_PASSWORD = "N3w!Passw0rd-2025x"
NOT_ACTION = [
    "iam:CreateVirtualMFADevice",
    "iam:EnableMFADevice",
    "iam:ListMFADevices",
    "iam:ListUsers",
    "iam:ListVirtualMFADevices",
    "iam:ResyncMFADevice",
]


def mfa_force(extra: list[str] = ()) -> str:
    """The seed's MFA-enforcing group policy (S2) with the self-service MFA Allows."""
    return json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "AllowManageOwnVirtualMFADevice",
                    "Effect": "Allow",
                    "Action": "iam:CreateVirtualMFADevice",
                    "Resource": "arn:aws:iam::*:mfa/*",
                },
                {
                    "Sid": "AllowManageOwnUserMFA",
                    "Effect": "Allow",
                    "Action": ["iam:EnableMFADevice", "iam:ListMFADevices", "iam:ResyncMFADevice"],
                    "Resource": "arn:aws:iam::*:user/${aws:username}",
                },
                {
                    "Sid": "DenyAllExceptListedIfNoMFA",
                    "Effect": "Deny",
                    "NotAction": NOT_ACTION + list(extra),
                    "Resource": "*",
                    "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}},
                },
            ],
        }
    )


def run_check(server, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(binary_path()), "check", "--data-dir", str(server.data_dir), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def check_json(server, *args: str) -> tuple[int, dict]:
    done = run_check(server, "--json", *args)
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, json.loads(done.stdout)


def lockouts(report: dict, check: str, user: str) -> list[dict]:
    arn = f"arn:aws:iam::{ACCOUNT_ID}:user/{user}"
    return [f for f in report["findings"] if f["id"] == check and f["resource"] == arn]


def s2_setup(server, group_policy: bool = True) -> None:
    """Seed S2 as an administrator builds it: users may change their own passwords, a group
    enforces MFA, and a new member must set a new password at first sign-in."""
    iam = server.iam()
    iam.update_account_password_policy(
        MinimumPasswordLength=14,
        RequireSymbols=True,
        RequireNumbers=True,
        RequireUppercaseCharacters=True,
        RequireLowercaseCharacters=True,
        AllowUsersToChangePassword=True,
        PasswordReusePrevention=24,
        MaxPasswordAge=90,
    )
    iam.create_group(GroupName="developers")
    if group_policy:
        iam.put_group_policy(
            GroupName="developers", PolicyName="mfa-force", PolicyDocument=mfa_force()
        )
    iam.create_user(UserName="newbie")
    iam.create_login_profile(UserName="newbie", Password=PASSWORD, PasswordResetRequired=True)
    iam.add_user_to_group(GroupName="developers", UserName="newbie")


def wait_for_log(server, needle: str, offset: int, timeout: float = 10.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = server.log_since(offset)
        if needle in text:
            return text
        time.sleep(0.05)
    raise AssertionError(f"{needle!r} not logged within {timeout}s; log:\n{server.log_since(offset)}")


def log_size(server) -> int:
    return server.log_path.stat().st_size


def test_check_reports_the_s2_trap_before_anyone_signs_in(start_server):
    server = start_server()
    s2_setup(server)

    code, report = check_json(server)
    trap = lockouts(report, "LOCKOUT.1", "newbie")
    assert len(trap) == 1, report["findings"]
    trap = trap[0]
    assert trap["severity"] == "HIGH"
    assert trap["category"] == "lockout"
    assert trap["blocking"] == [
        {
            "policy": "mfa-force",
            "attached": "inline policy of group developers",
            "statement": "DenyAllExceptListedIfNoMFA",
        }
    ]
    assert trap["fix"] == (
        "add iam:ChangePassword to NotAction of statement DenyAllExceptListedIfNoMFA "
        "in inline policy mfa-force of group developers"
    )
    assert trap["fix_verified"] is True
    assert code == 1  # the default --fail-on HIGH

    # The table says the same, with a summary line.
    table = run_check(server)
    assert table.returncode == 1
    assert "LOCKOUT.1" in table.stdout
    assert f"arn:aws:iam::{ACCOUNT_ID}:user/newbie" in table.stdout
    assert "blocking: statement DenyAllExceptListedIfNoMFA of mfa-force" in table.stdout
    last = table.stdout.strip().splitlines()[-1]
    assert last.startswith(f"account {ACCOUNT_ID} as of "), last
    assert f"{report['summary']['total']} findings:" in last and "HIGH" in last, last

    # The analyzer is right: the user, signing without MFA, is denied the password change.
    iam = server.iam()
    key = iam.create_access_key(UserName="newbie")["AccessKey"]
    user = server.iam(Creds(key["AccessKeyId"], key["SecretAccessKey"]))
    with pytest.raises(ClientError) as denied:
        user.change_password(OldPassword=PASSWORD, NewPassword=NEW_PASSWORD)
    assert denied.value.response["Error"]["Code"] == "AccessDenied"

    # The suggested fix passes the check, and the change then succeeds.
    iam.put_group_policy(
        GroupName="developers",
        PolicyName="mfa-force",
        PolicyDocument=mfa_force(["iam:ChangePassword", "iam:GetAccountPasswordPolicy"]),
    )
    _, report = check_json(server)
    assert lockouts(report, "LOCKOUT.1", "newbie") == [], report["findings"]
    assert [f for f in report["findings"] if f["category"] == "lockout"] == []
    user.change_password(OldPassword=PASSWORD, NewPassword=NEW_PASSWORD)


def test_fail_on_chooses_the_severity_that_fails(start_server):
    server = start_server()
    s2_setup(server)
    _, report = check_json(server, "--fail-on", "NONE")
    severities = {f["severity"] for f in report["findings"]}
    order = ["INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL"]
    worst = max(order.index(s) for s in severities)
    for i, level in enumerate(order):
        done = run_check(server, "--fail-on", level.lower())
        assert done.returncode == (1 if worst >= i else 0), (level, done.stdout, done.stderr)
    assert run_check(server, "--fail-on", "none").returncode == 0
    bad = run_check(server, "--fail-on", "urgent")
    assert bad.returncode == 2 and "not a severity" in bad.stderr, bad.stderr


def test_check_without_an_account_exits_2(tmp_path):
    done = subprocess.run(
        [str(binary_path()), "check", "--data-dir", str(tmp_path / "nothing")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "holds no account" in done.stderr, done.stderr


def test_as_of_ages_passwords_and_keys(start_server):
    server = start_server()
    iam = server.iam()
    iam.create_user(UserName="aging")
    iam.create_login_profile(UserName="aging", Password=PASSWORD)
    key = iam.create_access_key(UserName="aging")["AccessKey"]["AccessKeyId"]

    _, now = check_json(server, "--fail-on", "none")
    ids = {(f["id"], f["resource"]) for f in now["findings"]}
    arn = f"arn:aws:iam::{ACCOUNT_ID}:user/aging"
    assert ("IAM.5", arn) in ids  # console password without MFA
    assert ("IAMD.1", arn) not in ids and ("IAM.3", arn) not in ids
    assert ("IAM.4", f"arn:aws:iam::{ACCOUNT_ID}:root") in ids  # the root access key

    later = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 91 * 86400))
    _, report = check_json(server, "--as-of", later, "--fail-on", "none")
    assert report["as_of"].startswith(later[:10])
    by_id = {f["id"]: f for f in report["findings"] if f["resource"] == arn}
    assert "changed on" in by_id["IAMD.1"]["detail"]
    assert key in by_id["IAM.3"]["detail"]
    assert key in by_id["IAM.22"]["detail"] and "never used" in by_id["IAM.22"]["detail"]
    # Passwords and secrets never appear in the output.
    assert PASSWORD not in json.dumps(report)


def test_weak_password_policy_is_reported(start_server):
    server = start_server()
    server.iam().update_account_password_policy(MinimumPasswordLength=6)
    _, report = check_json(server, "--fail-on", "none")
    account = f"AWS::::Account:{ACCOUNT_ID}"
    found = {f["id"]: f for f in report["findings"] if f["resource"] == account}
    assert {"IAM.7", "IAM.15", "IAM.16", "IAM.17"} <= found.keys(), found.keys()
    assert "RequireSymbols is false" in found["IAM.7"]["detail"]
    assert found["IAM.15"]["related"] == ["CIS 1.8"]
    assert "--minimum-password-length 14" in found["IAM.15"]["fix"]


def test_server_warns_after_a_group_policy_change_creates_the_trap(start_server):
    server = start_server()
    s2_setup(server, group_policy=False)
    # Give the analyzer the set-up's changes; no lockout yet.
    time.sleep(1.0)
    assert "lockout:" not in server.log()

    offset = log_size(server)
    answer = server.iam().put_group_policy(
        GroupName="developers", PolicyName="mfa-force", PolicyDocument=mfa_force()
    )
    # The API answers exactly as AWS does: an empty result.
    assert set(answer) == {"ResponseMetadata"}
    text = wait_for_log(server, "LOCKOUT.1", offset)
    line = next(l for l in text.splitlines() if "LOCKOUT.1" in l)
    assert "WARN" in line and "newbie" in line, line
    assert "DenyAllExceptListedIfNoMFA" in line and "mfa-force" in line, line
    assert "add iam:ChangePassword to NotAction" in line, line
    assert PASSWORD not in server.log()


def test_server_warns_after_attach_group_policy(start_server):
    server = start_server()
    s2_setup(server, group_policy=False)
    iam = server.iam()
    arn = iam.create_policy(PolicyName="force-mfa", PolicyDocument=mfa_force())["Policy"]["Arn"]
    time.sleep(1.0)
    assert "lockout:" not in server.log()

    offset = log_size(server)
    iam.attach_group_policy(GroupName="developers", PolicyArn=arn)
    text = wait_for_log(server, "LOCKOUT.1", offset)
    line = next(l for l in text.splitlines() if "LOCKOUT.1" in l)
    assert "force-mfa" in line and "managed policy attached to group developers" in line, line

    # A burst of unrelated-but-triggering changes does not repeat the warning.
    offset = log_size(server)
    iam.detach_group_policy(GroupName="developers", PolicyArn=arn)
    time.sleep(1.0)
    assert "LOCKOUT.1" not in server.log_since(offset)
