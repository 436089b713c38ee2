"""`iamd who-can` and `iamd paths` on an account built with boto3 on a running server (the
commands read the same data directory while it serves), and on the sample export with
`--import`.

The account: alice is an administrator through a group; bob may create access keys only with
MFA; carol may only through a role whose trust policy names her; mallory can create alice's
access keys (a path to admin); oscar can put a policy on himself, peggy too but under a
boundary that cuts down what she could grant herself; victor reaches an administrator role
through a chain of two roles.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from iamd_harness import binary_path, unique

REPO = Path(__file__).resolve().parent.parent


def doc(*statements: dict) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def allow(action, resource="*", condition=None) -> dict:
    s = {"Effect": "Allow", "Action": action, "Resource": resource}
    if condition:
        s["Condition"] = condition
    return s


def trust(*principals: str) -> str:
    return doc(
        {"Effect": "Allow", "Principal": {"AWS": list(principals)}, "Action": "sts:AssumeRole"}
    )


MFA = {"Bool": {"aws:MultiFactorAuthPresent": "true"}}


@pytest.fixture(scope="module")
def account(iamd):
    """Names made unique, so the module shares the session's server with other tests."""
    iam = iamd.iam()
    acct = iamd.account_id
    n = {k: unique(k) for k in
         ("alice", "bob", "carol", "mallory", "oscar", "peggy", "victor", "admins",
          "deployer", "jump", "breakglass")}
    arn = {k: f"arn:aws:iam::{acct}:user/{v}" for k, v in n.items()}
    role = {k: f"arn:aws:iam::{acct}:role/{v}" for k, v in n.items()}
    for u in ("alice", "bob", "carol", "mallory", "oscar", "peggy", "victor"):
        iam.create_user(UserName=n[u])
    iam.create_group(GroupName=n["admins"])
    iam.put_group_policy(GroupName=n["admins"], PolicyName="all", PolicyDocument=doc(allow("*")))
    iam.add_user_to_group(GroupName=n["admins"], UserName=n["alice"])
    iam.put_user_policy(UserName=n["bob"], PolicyName="keys",
                        PolicyDocument=doc(allow("iam:CreateAccessKey", condition=MFA)))
    iam.put_user_policy(UserName=n["mallory"], PolicyName="keys",
                        PolicyDocument=doc(allow("iam:CreateAccessKey", arn["alice"])))
    for u in ("oscar", "peggy"):
        iam.put_user_policy(UserName=n[u], PolicyName="self",
                            PolicyDocument=doc(allow("iam:PutUserPolicy", arn[u])))
    boundary = iam.create_policy(PolicyName=unique("boundary"),
                                 PolicyDocument=doc(allow(["iam:PutUserPolicy", "s3:*"])))
    iam.put_user_permissions_boundary(UserName=n["peggy"],
                                      PermissionsBoundary=boundary["Policy"]["Arn"])
    iam.create_role(RoleName=n["deployer"], AssumeRolePolicyDocument=trust(arn["carol"]))
    iam.put_role_policy(RoleName=n["deployer"], PolicyName="keys",
                        PolicyDocument=doc(allow("iam:CreateAccessKey")))
    iam.create_role(RoleName=n["jump"], AssumeRolePolicyDocument=trust(arn["victor"]))
    iam.put_role_policy(RoleName=n["jump"], PolicyName="hop",
                        PolicyDocument=doc(allow("sts:AssumeRole", role["breakglass"])))
    iam.create_role(RoleName=n["breakglass"], AssumeRolePolicyDocument=trust(role["jump"]))
    iam.put_role_policy(RoleName=n["breakglass"], PolicyName="all", PolicyDocument=doc(allow("*")))
    return {"names": n, "user": arn, "role": role, "data_dir": iamd.data_dir}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(binary_path()), *args], capture_output=True, text=True, timeout=120)


def who_can(account, *args: str) -> dict:
    done = run("who-can", *args, "--json", "--data-dir", str(account["data_dir"]))
    assert done.returncode == 0, done.stderr
    return {p["arn"]: p for p in json.loads(done.stdout)["principals"]}


def test_who_can_lists_group_members_mfa_only_and_role_users(account):
    user, role = account["user"], account["role"]
    got = who_can(account, "iam:CreateAccessKey", "--resource", user["alice"])
    alice = got[user["alice"]]
    assert alice["decision"] == "allowed" and alice["groups"] == [account["names"]["admins"]]
    assert alice["statements"][0]["policy"] == f"group/{account['names']['admins']}/all"
    bob = got[user["bob"]]
    assert bob["mfaRequired"] is True
    assert bob["conditions"] == ['Bool aws:MultiFactorAuthPresent ["true"]']
    carol = got[user["carol"]]
    assert [h["role"] for h in carol["through"]] == [role["deployer"]]
    # peggy and oscar may not.
    assert user["peggy"] not in got and user["oscar"] not in got


def test_who_can_text_output(account):
    done = run("who-can", "iam:CreateAccessKey", "--data-dir", str(account["data_dir"]))
    assert done.returncode == 0, done.stderr
    assert f"user {account['user']['bob']}: allowed only with MFA" in done.stdout
    assert f"allowed through role {account['names']['deployer']}" in done.stdout


def test_who_can_refuses_a_wildcard(account):
    done = run("who-can", "iam:Create*", "--data-dir", str(account["data_dir"]))
    assert done.returncode == 2
    assert "wildcard" in done.stderr


def paths(account, *args: str) -> tuple[int, dict]:
    done = run("paths", *args, "--json", "--data-dir", str(account["data_dir"]))
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, json.loads(done.stdout)


def test_paths_to_admin(account):
    user, role = account["user"], account["role"]
    code, got = paths(account)
    assert code == 1
    by_source = {p["from"]: p for p in got["paths"]}
    mallory = by_source[user["mallory"]]
    assert mallory["to"] == user["alice"]
    assert [h["method"] for h in mallory["hops"]] == ["iam-002"]
    assert mallory["hops"][0]["steps"][0]["statements"][0]["policy"] == (
        f"user/{account['names']['mallory']}/keys"
    )
    assert by_source[user["oscar"]]["grant"]["method"] == "iam-007"
    assert user["peggy"] not in by_source
    victor = by_source[user["victor"]]
    assert [h["target"] for h in victor["hops"]] == [role["jump"], role["breakglass"]]


def test_paths_from_one_principal(account):
    code, got = paths(account, "--from", account["names"]["peggy"])
    assert code == 0 and got["paths"] == []
    done = run("paths", "--from", "nobody-at-all", "--data-dir", str(account["data_dir"]))
    assert done.returncode == 2 and "no user or role" in done.stderr


def test_both_on_an_imported_export():
    export = REPO / "examples" / "account"
    files = [str(p) for p in sorted(export.glob("*.json"))]
    done = run("who-can", "sts:AssumeRole", "--resource",
               "arn:aws:iam::111122223333:role/BreakGlassAdmin", "--json", "--import", *files)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert got["account"] == "111122223333"
    walter = next(p for p in got["principals"] if p["arn"].endswith(":user/walter"))
    assert walter["mfaRequired"] is True
    done = run("paths", "--json", "--import", *files)
    assert done.returncode == 1, done.stderr
    assert any(p["from"].endswith(":user/walter") for p in json.loads(done.stdout)["paths"])


def test_who_can_names_the_deny_that_mfa_lifts():
    """The sample's first-sign-in trap seen from who-can: alice may change her own password only
    with MFA, and the MFA-enforcing Deny is named."""
    files = [str(p) for p in sorted((REPO / "examples" / "account").glob("*.json"))]
    alice = "arn:aws:iam::111122223333:user/alice"
    done = run("who-can", "iam:ChangePassword", "--resource", alice, "--json", "--import", *files)
    assert done.returncode == 0, done.stderr
    [me] = [p for p in json.loads(done.stdout)["principals"] if p["arn"] == alice]
    assert me["mfaRequired"] is True
    assert [s["sid"] for s in me["deniedWithoutMfa"]] == ["DenyAllExceptListedIfNoMFA"]
