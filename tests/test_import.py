"""`iamd import`: an account exported with the real aws CLI comes back the same; malformed
inputs are refused precisely and leave the data directory as it was; the sample account in
examples/ gives its findings through `iamd check` and `iamd simulate --principal`."""

from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import importlib.util
import io
import json
import subprocess
from pathlib import Path

import pytest

from iamd_harness import (
    ACCOUNT_ID,
    REPO_ROOT,
    assert_error,
    Creds,
    Server,
    binary_path,
    client_error,
    new_root_creds,
)
from mfa_helpers import enrol

ARN = f"arn:aws:iam::{ACCOUNT_ID}"


def iamd(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(binary_path()), *args], capture_output=True, text=True, timeout=300,
        stdin=subprocess.DEVNULL,
    )


def dir_digest(path: Path) -> dict[str, str]:
    """What a data directory holds, file by file (missing: empty)."""
    if not path.exists():
        return {}
    return {
        str(p.relative_to(path)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(path.rglob("*")) if p.is_file()
    }


def aws_ok(server: Server, *args: str):
    code, out, err = server.aws(*args)
    assert code == 0, err
    return out


def write(path: Path, obj) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=4))
    return path


def export_account(server: Server, out: Path, page_size: int | None = None) -> list[Path]:
    """The four aws CLI exports, as a person would run them, into files."""
    files = []
    if page_size is None:
        files.append(write(out / "details.json", aws_ok(server, "iam", "get-account-authorization-details")))
    else:
        token, n = None, 0
        while True:
            args = ["iam", "get-account-authorization-details", "--max-items", str(page_size)]
            if token:
                args += ["--starting-token", token]
            page = aws_ok(server, *args)
            n += 1
            files.append(write(out / f"details-page-{n}.json", page))
            token = page.get("NextToken")
            if not token:
                break
        assert n > 1, "the paged export should take several pages"
        files.reverse()  # any order
    files.append(write(out / "password-policy.json", aws_ok(server, "iam", "get-account-password-policy")))
    aws_ok(server, "iam", "generate-credential-report")
    files.append(write(out / "report.json", aws_ok(server, "iam", "get-credential-report")))
    files.append(write(out / "mfa.json", aws_ok(server, "iam", "list-virtual-mfa-devices")))
    files.append(write(out / "roles.json", aws_ok(server, "iam", "list-roles")))
    return files


def all_details(iam) -> dict:
    out: dict = {"UserDetailList": [], "GroupDetailList": [], "RoleDetailList": [], "Policies": []}
    for page in iam.get_paginator("get_account_authorization_details").paginate():
        for k in out:
            out[k].extend(page.get(k, []))
    for k in out:
        out[k].sort(key=lambda e: e["Arn"])
    return out


def populate(server: Server) -> dict:
    """An account with every kind of thing an export carries."""
    iam = server.iam()
    doc = lambda actions, resource="*": json.dumps(  # noqa: E731
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": actions, "Resource": resource}]})
    cmp = iam.create_policy(PolicyName="data-read", Path="/data/", PolicyDocument=doc("s3:GetObject"),
                            Description="read the data lake", Tags=[{"Key": "k", "Value": "v"}])["Policy"]["Arn"]
    iam.create_policy_version(PolicyArn=cmp, PolicyDocument=doc(["s3:GetObject", "s3:ListBucket"]),
                              SetAsDefault=True)
    iam.create_policy_version(PolicyArn=cmp, PolicyDocument=doc("s3:*"), SetAsDefault=False)
    boundary = iam.create_policy(PolicyName="boundary", PolicyDocument=doc(["s3:*", "iam:*"]))["Policy"]["Arn"]
    force_mfa = iam.create_policy(PolicyName="force-mfa", PolicyDocument=json.dumps({
        "Version": "2012-10-17", "Statement": [{
            "Sid": "DenyAllExceptListedIfNoMFA", "Effect": "Deny",
            "NotAction": ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:ListMFADevices"],
            "Resource": "*", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}]}))["Policy"]["Arn"]

    iam.create_group(GroupName="Devs", Path="/eng/")
    iam.put_group_policy(GroupName="Devs", PolicyName="devs-inline", PolicyDocument=doc("ec2:Describe*"))
    iam.attach_group_policy(GroupName="Devs", PolicyArn=force_mfa)
    iam.create_group(GroupName="Auditors")
    iam.attach_group_policy(GroupName="Auditors", PolicyArn="arn:aws:iam::aws:policy/ReadOnlyAccess")

    iam.create_user(UserName="alice", Path="/eng/", PermissionsBoundary=boundary,
                    Tags=[{"Key": "team", "Value": "eng"}, {"Key": "cost", "Value": "42"}])
    iam.add_user_to_group(UserName="alice", GroupName="Devs")
    iam.add_user_to_group(UserName="alice", GroupName="Auditors")
    iam.put_user_policy(UserName="alice", PolicyName="own", PolicyDocument=doc("sqs:*"))
    iam.attach_user_policy(UserName="alice", PolicyArn=cmp)
    iam.create_login_profile(UserName="alice", Password="Correct-Horse-1", PasswordResetRequired=True)

    iam.create_user(UserName="bob")
    iam.create_login_profile(UserName="bob", Password="Battery-Staple-2")
    device = enrol(iam, "bob")
    iam.create_user(UserName="ci")
    key = iam.create_access_key(UserName="ci")["AccessKey"]

    iam.create_role(RoleName="Admin", Path="/ops/", MaxSessionDuration=7200, PermissionsBoundary=boundary,
                    Description="admins with MFA", Tags=[{"Key": "tier", "Value": "0"}],
                    AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [{
                        "Effect": "Allow", "Principal": {"AWS": f"{ARN}:root"}, "Action": "sts:AssumeRole",
                        "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}]}))
    iam.put_role_policy(RoleName="Admin", PolicyName="admin-inline", PolicyDocument=doc("iam:*"))
    iam.attach_role_policy(RoleName="Admin", PolicyArn="arn:aws:iam::aws:policy/AdministratorAccess")
    # An instance profile holding the role: the export shows it in the role's InstanceProfileList.
    iam.create_instance_profile(InstanceProfileName="admin-host", Path="/ops/")
    iam.add_role_to_instance_profile(InstanceProfileName="admin-host", RoleName="Admin")

    iam.update_account_password_policy(MinimumPasswordLength=12, RequireNumbers=True,
                                       AllowUsersToChangePassword=True, MaxPasswordAge=90)
    return {"key": key, "device": device.serial}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """An account on a running server, exported whole and paged with the real aws CLI."""
    base = tmp_path_factory.mktemp("import-src")
    server = Server(base / "data", base / "iamd.log", new_root_creds()).start()
    try:
        facts = populate(server)
        whole = export_account(server, base / "whole")
        paged = export_account(server, base / "paged", page_size=1)
        details = all_details(server.iam())
        report = server.iam().get_credential_report()["Content"].decode()
        yield {"whole": whole, "paged": paged, "details": details, "report": report, **facts}
    finally:
        server.stop()


def served(start_server, data_dir: Path) -> Server:
    return start_server(data_dir)


def test_round_trip_gives_the_same_authorization_details(exported, tmp_path, start_server):
    dst = tmp_path / "imported"
    done = iamd("import", "--data-dir", str(dst), *map(str, exported["whole"]))
    assert done.returncode == 0, done.stderr
    assert f"imported account {ACCOUNT_ID}" in done.stdout
    assert "users 3, groups 2, roles 1, customer managed policies 3" in done.stdout

    server = served(start_server, dst)
    iam = server.iam()
    assert all_details(iam) == exported["details"]

    # Every version of the customer managed policy, the default marked.
    cmp = f"{ARN}:policy/data/data-read"
    versions = {v["VersionId"]: v["IsDefaultVersion"] for v in iam.list_policy_versions(PolicyArn=cmp)["Versions"]}
    assert versions == {"v1": False, "v2": True, "v3": False}
    # MaxSessionDuration is not in the authorization details; `aws iam list-roles` has it.
    assert iam.get_role(RoleName="Admin")["Role"]["MaxSessionDuration"] == 7200
    assert iam.get_account_password_policy()["PasswordPolicy"]["MinimumPasswordLength"] == 12
    [profile] = iam.list_instance_profiles_for_role(RoleName="Admin")["InstanceProfiles"]
    assert (profile["InstanceProfileName"], profile["Path"]) == ("admin-host", "/ops/")
    assert_error(lambda: iam.delete_role(RoleName="Admin"), "DeleteConflict", 409)

    # The credential report's facts survive: passwords, MFA, keys.
    iam.generate_credential_report()
    mine = list(csv.DictReader(io.StringIO(iam.get_credential_report()["Content"].decode())))
    theirs = list(csv.DictReader(io.StringIO(exported["report"])))
    facts = ["user", "arn", "user_creation_time", "password_enabled", "password_last_changed", "mfa_active",
             "access_key_1_active", "access_key_1_last_rotated", "access_key_2_active"]
    pick = lambda rows: [{k: r[k] for k in facts} for r in rows if r["user"] != "<root_account>"]  # noqa: E731
    assert pick(mine) == pick(theirs)

    # A reset requirement is not in the four exports; the login profile itself is.
    assert iam.get_login_profile(UserName="alice")["LoginProfile"]["UserName"] == "alice"
    assert [d["SerialNumber"] for d in iam.list_mfa_devices(UserName="bob")["MFADevices"]] == [exported["device"]]


def test_imported_credentials_cannot_sign_in(exported, tmp_path, start_server):
    dst = tmp_path / "imported"
    assert iamd("import", "--data-dir", str(dst), *map(str, exported["whole"])).returncode == 0
    server = served(start_server, dst)
    iam = server.iam()
    keys = iam.list_access_keys(UserName="ci")["AccessKeyMetadata"]
    assert len(keys) == 1 and keys[0]["Status"] == "Active"
    imported_id = keys[0]["AccessKeyId"]
    # Neither the imported key id (whatever the secret) nor the original key works.
    for creds in (Creds(imported_id, "x" * 40), Creds(exported["key"]["AccessKeyId"], exported["key"]["SecretAccessKey"])):
        err = client_error(lambda: server.sts(creds=creds).get_caller_identity())
        assert err.response["Error"]["Code"] == "InvalidClientTokenId", err.response
    # The imported MFA device accepts no code.
    err = client_error(lambda: server.iam().resync_mfa_device(
        UserName="bob", SerialNumber=exported["device"], AuthenticationCode1="123456", AuthenticationCode2="654321"))
    assert err.response["Error"]["Code"] == "InvalidAuthenticationCode", err.response
    # Once an administrator sets a password, the profile is an ordinary one.
    iam.update_login_profile(UserName="bob", Password="A-New-Password-9", PasswordResetRequired=False)


def test_paged_export_in_any_order_imports_the_same(exported, tmp_path, start_server):
    whole, paged = tmp_path / "whole", tmp_path / "paged"
    assert iamd("import", "--data-dir", str(whole), *map(str, exported["whole"])).returncode == 0
    done = iamd("import", "--data-dir", str(paged), *map(str, exported["paged"]))
    assert done.returncode == 0, done.stderr
    a = all_details(served(start_server, whole).iam())
    b = all_details(served(start_server, paged).iam())
    assert a == b == exported["details"]


def test_malformed_and_truncated_files_are_refused_precisely(exported, tmp_path):
    details = json.loads(exported["whole"][0].read_text())
    user = next(i for i, u in enumerate(details["UserDetailList"]) if u["AttachedManagedPolicies"])
    del details["UserDetailList"][user]["AttachedManagedPolicies"][0]["PolicyArn"]
    bad = write(tmp_path / "export.json", details)
    fresh = tmp_path / "fresh"
    done = iamd("import", "--data-dir", str(fresh), str(bad), *map(str, exported["whole"][1:]))
    assert done.returncode != 0
    assert (f'{bad}: UserDetailList[{user}].AttachedManagedPolicies[0]: missing field "PolicyArn"'
            in done.stderr), done.stderr
    assert not fresh.exists(), "a refused import must not create the data directory"

    # An existing data directory stays byte for byte as it was.
    existing = tmp_path / "existing"
    assert iamd("import", "--data-dir", str(existing), *map(str, exported["whole"])).returncode == 0
    before = dir_digest(existing)
    text = exported["whole"][0].read_text()
    cut = tmp_path / "cut.json"
    cut.write_text(text[: len(text) // 2])
    done = iamd("import", "--data-dir", str(existing), str(cut))
    assert done.returncode != 0
    assert f"{cut}: not valid JSON: EOF while parsing" in done.stderr, done.stderr
    assert " line " in done.stderr and " column " in done.stderr, done.stderr
    assert dir_digest(existing) == before

    # A report whose base64 is damaged names the member.
    broken = write(tmp_path / "report.json", {"Content": "%%%", "ReportFormat": "text/csv"})
    done = iamd("import", "--data-dir", str(existing), str(exported["whole"][0]), str(broken))
    assert done.returncode != 0 and f"{broken}: Content: not base64" in done.stderr, done.stderr
    assert dir_digest(existing) == before

    # Another account's export does not replace this one.
    other = write(tmp_path / "other.json", json.loads(text.replace(ACCOUNT_ID, "210987654321")))
    done = iamd("import", "--data-dir", str(existing), str(other))
    assert done.returncode != 0
    assert f"holds account {ACCOUNT_ID}, but the files describe account 210987654321" in done.stderr
    assert dir_digest(existing) == before


def test_reimport_replaces_the_account(exported, tmp_path, start_server):
    dst = tmp_path / "imported"
    assert iamd("import", "--data-dir", str(dst), *map(str, exported["whole"])).returncode == 0
    server = served(start_server, dst)
    server.iam().create_user(UserName="made-after-import")
    root_before = server.sts().get_caller_identity()["Arn"]

    details = json.loads(exported["whole"][0].read_text())
    details["UserDetailList"] = [u for u in details["UserDetailList"] if u["UserName"] != "ci"]
    smaller = write(tmp_path / "smaller.json", details)
    done = iamd("import", "--data-dir", str(dst), str(smaller))
    assert done.returncode == 0, done.stderr
    iam = server.iam()  # the running server sees the new account, and root still signs in
    names = sorted(u["UserName"] for u in iam.list_users()["Users"])
    assert names == ["alice", "bob"]
    assert server.sts().get_caller_identity()["Arn"] == root_before


# --- the sample account in examples/ -----------------------------------------------------------

def load_generator():
    spec = importlib.util.spec_from_file_location("generate", REPO_ROOT / "examples" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The sample generated as of today, imported."""
    base = tmp_path_factory.mktemp("sample")
    gen = load_generator()
    today = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d")
    subprocess.run(["python3", str(REPO_ROOT / "examples" / "generate.py"), "--as-of", today,
                    "--out", str(base / "export")], check=True)
    files = sorted((base / "export").rglob("*.json"))
    done = iamd("import", "--data-dir", str(base / "data"), *map(str, files))
    assert done.returncode == 0, done.stderr
    report = json.loads((base / "export" / "credential-report.json").read_text())
    rows = list(csv.DictReader(io.StringIO(base64.b64decode(report["Content"]).decode())))
    return {"data": base / "data", "gen": gen, "rows": rows}


def check_findings(sample) -> list[dict]:
    done = iamd("check", "--data-dir", str(sample["data"]), "--json", "--fail-on", "NONE")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["findings"]


def test_sample_check_names_the_s2_trap_its_users_and_statement(sample):
    findings = check_findings(sample)
    account = sample["gen"].ACCOUNT
    trapped = sorted(f"arn:aws:iam::{account}:user{path}{name}"
                     for name, path, _, kind in sample["gen"].PEOPLE if kind == "new-trap")
    lockouts = [f for f in findings if f["id"] == "LOCKOUT.1"]
    assert sorted(f["resource"] for f in lockouts) == trapped
    for f in lockouts:
        assert "DenyAllExceptListedIfNoMFA" in f["detail"], f
        assert "iam:ChangePassword" in f["fix"], f


def test_sample_check_finds_old_passwords_and_the_weak_policy(sample):
    findings = check_findings(sample)
    now = dt.datetime.now(dt.timezone.utc)
    old = sorted(
        r["arn"] for r in sample["rows"]
        if r["password_enabled"] == "true"
        and now - dt.datetime.fromisoformat(r["password_last_changed"]) > dt.timedelta(days=90)
    )
    assert len(old) >= 5
    aged = sorted(f["resource"] for f in findings
                  if "password" in f["title"].lower() and "every 90 days" in f["title"])
    assert aged == old
    assert any(f["id"] == "IAM.7" for f in findings)


def test_sample_simulate_principal_answers_the_alice_question(sample):
    account = sample["gen"].ACCOUNT
    alice = f"arn:aws:iam::{account}:user/alice"
    common = ["simulate", "--data-dir", str(sample["data"]), "--action", "iam:ChangePassword", "--explain"]
    done = iamd(*common, "--principal", alice, "--resource", alice,
                "--context", "aws:MultiFactorAuthPresent=boolean:false", "--context", "aws:username=alice")
    assert done.returncode == 0, done.stderr
    assert f"iam:ChangePassword on {alice}: explicitDeny" in done.stdout
    assert "DenyAllExceptListedIfNoMFA" in done.stdout
    # With MFA the account's AllowUsersToChangePassword lets her, and so does the managed
    # IAMUserChangePassword, whose resource is user/${aws:username}: offline, the principal's
    # own aws:username is filled in when not given, and announced.
    done = iamd(*common, "--principal", alice, "--resource", alice,
                "--context", "aws:MultiFactorAuthPresent=boolean:true")
    assert done.returncode == 0, done.stderr
    assert f"iam:ChangePassword on {alice}: allowed" in done.stdout
    assert "AllowUsersToChangePassword" in done.stdout
    assert "allowed by IAMUserChangePassword" in done.stdout, done.stdout
    assert "assuming aws:username=alice" in done.stderr, done.stderr
    # A given value wins: as bob, alice's ARN is not bob's user/${aws:username}.
    done = iamd(*common, "--principal", alice, "--resource", alice,
                "--context", "aws:MultiFactorAuthPresent=boolean:true", "--context", "aws:username=bob")
    assert "allowed by IAMUserChangePassword" not in done.stdout, done.stdout
    assert "assuming aws:username" not in done.stderr, done.stderr
    # ivan's group has the fixed policy: he can, without MFA.
    ivan = f"arn:aws:iam::{account}:user/ivan"
    done = iamd(*common, "--principal", ivan, "--resource", ivan,
                "--context", "aws:MultiFactorAuthPresent=boolean:false", "--context", "aws:username=ivan")
    assert f"iam:ChangePassword on {ivan}: allowed" in done.stdout, done.stdout
    # An unknown principal is an error that says so.
    done = iamd(*common[:-1], "--principal", f"arn:aws:iam::{account}:user/nobody")
    assert done.returncode != 0 and "NoSuchEntity" in done.stderr, done.stderr
