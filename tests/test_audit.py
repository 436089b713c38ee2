"""The audit trail through the real clients: one CloudTrail record per call (seed scenarios
S1 and S2), no secret in any record, tamper evidence (`iamd audit verify`), durability across
kill -9, and queries with `aws cloudtrail lookup-events` and `iamd audit lookup`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from iamd_harness import (
    ACCOUNT_ID,
    assert_error,
    allow,
    binary_path,
    unique,
)
from mfa_helpers import SessionCreds, session_client, totp, current_step

SELF = f"arn:aws:iam::{ACCOUNT_ID}:user/${{aws:username}}"
READ_ONLY = "arn:aws:iam::aws:policy/IAMReadOnlyAccess"
STRONG = "Str0ng-Passw0rd!"
MFA_ACTIONS = [
    "iam:CreateVirtualMFADevice",
    "iam:EnableMFADevice",
    "iam:ListMFADevices",
    "iam:ListUsers",
    "iam:ListVirtualMFADevices",
    "iam:ResyncMFADevice",
]


def records(data: Path) -> list[dict]:
    """Every record of the trail, oldest first."""
    out = []
    for path in sorted((data / "audit").glob("*.jsonl")):
        for line in path.read_text().splitlines():
            out.append(json.loads(line))
    return out


def iamd_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(binary_path()), *args], capture_output=True, text=True, timeout=60
    )


def verify(data: Path) -> subprocess.CompletedProcess:
    return iamd_cli("audit", "verify", "--data-dir", str(data))


def request_id(response: dict) -> str:
    return response["ResponseMetadata"]["RequestId"]


def deny_without_mfa(not_actions: list[str]) -> str:
    return json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Deny",
                    "NotAction": not_actions,
                    "Resource": "*",
                    "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}},
                }
            ],
        }
    )


def run_s1(server):
    """S1 with AllowUsersToChangePassword=false; returns the users and the request ids."""
    root = server.iam()
    root.update_account_password_policy(AllowUsersToChangePassword=False)
    c_name, c_creds = server.make_user("user-c", policy=allow(["iam:ChangePassword"], [SELF]))
    u_name, u_creds = server.make_user("user-u", policy=allow(["iam:UpdateLoginProfile"], [SELF]))
    for name in (c_name, u_name):
        root.create_login_profile(UserName=name, Password=STRONG)
        root.attach_user_policy(UserName=name, PolicyArn=READ_ONLY)
    c, u = server.iam(c_creds), server.iam(u_creds)
    ids = {}
    e = assert_error(
        lambda: c.update_login_profile(UserName=c_name, Password="N3w-Passw0rd-c"),
        "AccessDenied",
        403,
    )
    ids["c-update"] = request_id(e.response)
    ids["c-change"] = request_id(
        c.change_password(OldPassword=STRONG, NewPassword="N3w-Passw0rd-c")
    )
    ids["u-update"] = request_id(
        u.update_login_profile(UserName=u_name, Password="N3w-Passw0rd-u")
    )
    e = assert_error(
        lambda: u.change_password(OldPassword="N3w-Passw0rd-u", NewPassword="Th1rd-Passw0rd"),
        "AccessDenied",
        403,
    )
    ids["u-change"] = request_id(e.response)
    return (c_name, c_creds), (u_name, u_creds), ids


def test_s1_calls_are_recorded_with_event_names_and_access_denied(start_server, tmp_path):
    data = tmp_path / "data"
    server = start_server(data)
    (c_name, c_creds), (u_name, u_creds), ids = run_s1(server)
    by_request = {r["requestID"]: r for r in records(data) if "requestID" in r}

    expected = {
        "c-update": ("UpdateLoginProfile", c_name, c_creds, "AccessDenied"),
        "c-change": ("ChangePassword", c_name, c_creds, None),
        "u-update": ("UpdateLoginProfile", u_name, u_creds, None),
        "u-change": ("ChangePassword", u_name, u_creds, "AccessDenied"),
    }
    for key, (event, user, creds, error) in expected.items():
        r = by_request[ids[key]]  # the request id the client was given
        assert r["eventName"] == event, r
        assert r["eventSource"] == "iam.amazonaws.com"
        assert r["eventType"] == "AwsApiCall"
        assert r["awsRegion"] == "us-east-1"
        assert r["readOnly"] is False
        assert r["recipientAccountId"] == ACCOUNT_ID
        assert r["sourceIPAddress"] == "127.0.0.1"
        assert "Botocore" in r["userAgent"] or "botocore" in r["userAgent"]
        ident = r["userIdentity"]
        assert ident["type"] == "IAMUser"
        assert ident["userName"] == user
        assert ident["arn"] == f"arn:aws:iam::{ACCOUNT_ID}:user/{user}"
        assert ident["accountId"] == ACCOUNT_ID
        assert ident["accessKeyId"] == creds.access_key_id
        assert ident["principalId"].startswith("AIDA")
        assert r.get("errorCode") == error
        if error:
            assert f"is not authorized to perform: iam:{event}" in r["errorMessage"]
            assert r["responseElements"] is None
        if event == "ChangePassword":
            # As AWS: nothing of a password change but that it happened.
            assert r["requestParameters"] is None
        else:
            assert r["requestParameters"] == {"userName": user}, r
        assert len(r["eventID"]) == 36

    # Set-up calls by root are there too, with their parameters and results.
    created = [r for r in records(data) if r["eventName"] == "CreateUser"]
    assert {r["requestParameters"]["userName"] for r in created} == {c_name, u_name}
    for r in created:
        assert r["userIdentity"]["type"] == "Root"
        assert r["userIdentity"]["arn"] == f"arn:aws:iam::{ACCOUNT_ID}:root"
        assert r["responseElements"]["user"]["userName"] == r["requestParameters"]["userName"]
        assert r["responseElements"]["user"]["userId"].startswith("AIDA")
    attach = [r for r in records(data) if r["eventName"] == "AttachUserPolicy"]
    assert attach and attach[0]["requestParameters"]["policyArn"] == READ_ONLY
    policy = [r for r in records(data) if r["eventName"] == "UpdateAccountPasswordPolicy"]
    assert policy[0]["requestParameters"] == {"allowUsersToChangePassword": False}

    # Read-only calls are recorded as such, with null response elements.
    c = server.iam(c_creds)
    rid = request_id(c.get_login_profile(UserName=c_name))
    r = next(r for r in lookup_cli(data, "--event-name", "GetLoginProfile", "--json"))
    assert (r["requestID"], r["readOnly"], r["responseElements"]) == (rid, True, None)

    assert verify(data).returncode == 0


def test_unauthenticated_calls_are_recorded_with_what_is_known(start_server, tmp_path):
    data = tmp_path / "data"
    server = start_server(data)
    resp = server.raw(
        "POST",
        "/",
        b"Action=GetUser&Version=2010-05-08",
        {
            "Content-Type": "application/x-www-form-urlencoded",
            "Authorization": "AWS4-HMAC-SHA256 Credential=AKIANOSUCHKEY0000000/20260101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=00",
            "X-Amz-Date": "20260101T000000Z",
        },
    )
    assert resp.status in (400, 403)
    rid = resp.headers["x-amzn-requestid"]
    server.iam().list_users()  # any durable-or-not call; then look
    server.iam().create_user(UserName=unique("flush"))
    r = next(r for r in records(data) if r.get("requestID") == rid)
    assert r["eventName"] == "GetUser"
    assert r["userIdentity"]["type"] == "Unknown"
    assert r["userIdentity"]["accessKeyId"] == "AKIANOSUCHKEY0000000"
    assert r["errorCode"] == resp.error()["Code"]


def test_s2_records_hold_no_password_key_secret_token_or_code(start_server, tmp_path):
    data = tmp_path / "data"
    server = start_server(data)
    root = server.iam()
    root.update_account_password_policy(AllowUsersToChangePassword=True, MinimumPasswordLength=10)
    group = unique("force-mfa")
    root.create_group(GroupName=group)
    root.put_group_policy(
        GroupName=group, PolicyName="deny", PolicyDocument=deny_without_mfa(MFA_ACTIONS)
    )
    name, creds = server.make_user("new-hire", policy=allow("iam:GetUser", SELF))
    root.add_user_to_group(GroupName=group, UserName=name)
    passwords = ["Initial-Passw0rd", "Chosen-Passw0rd", "Rejected-Passw0rd", "shortpw"]
    root.create_login_profile(UserName=name, Password=passwords[0], PasswordResetRequired=True)
    iam = server.iam(creds)
    # The trap: denied without MFA.
    assert_error(
        lambda: iam.change_password(OldPassword=passwords[0], NewPassword=passwords[2]),
        "AccessDenied",
        403,
    )
    # The fix, then a refused and an accepted change.
    root.put_group_policy(
        GroupName=group,
        PolicyName="deny",
        PolicyDocument=deny_without_mfa(
            MFA_ACTIONS + ["iam:ChangePassword", "iam:GetAccountPasswordPolicy", "sts:GetSessionToken"]
        ),
    )
    assert_error(
        lambda: iam.change_password(OldPassword=passwords[0], NewPassword=passwords[3]),
        "PasswordPolicyViolation",
        400,
    )
    iam.change_password(OldPassword=passwords[0], NewPassword=passwords[1])
    # MFA: a device for the user, a session with MFA, a call with the session.
    created = root.create_virtual_mfa_device(VirtualMFADeviceName=unique("mfa"))[
        "VirtualMFADevice"
    ]
    seed = created["Base32StringSeed"].decode()
    step = current_step()
    codes = [totp(seed, step - 1), totp(seed, step)]
    root.enable_mfa_device(
        UserName=name,
        SerialNumber=created["SerialNumber"],
        AuthenticationCode1=codes[0],
        AuthenticationCode2=codes[1],
    )
    codes.append(totp(seed, step + 1))
    session = SessionCreds.of(
        server.sts(creds).get_session_token(SerialNumber=created["SerialNumber"], TokenCode=codes[2])
    )
    mfa_iam = session_client(server, "iam", session)
    mfa_iam.get_user()
    # The admin reset too.
    root.update_login_profile(UserName=name, Password="Admin-Reset-Passw0rd", PasswordResetRequired=True)
    passwords.append("Admin-Reset-Passw0rd")
    # A second key: its secret only ever travels in the response.
    key2 = root.create_access_key(UserName=name)["AccessKey"]["SecretAccessKey"]
    server.stop()  # flushes every queued record

    secrets = passwords + [creds.secret, key2, session.secret, session.token, seed]
    hits = []
    for path in sorted((data / "audit").iterdir()):
        blob = path.read_text(errors="replace")
        hits += [f"{path.name}: {s[:6]}…" for s in secrets if s in blob]
        if path.suffix == ".jsonl":
            # Codes are six digits: searched as whole JSON strings.
            hits += [f"{path.name}: code {c}" for c in codes if f'"{c}"' in blob]
    assert hits == []

    all_records = records(data)
    names = [r["eventName"] for r in all_records]
    for event in ["ChangePassword", "EnableMFADevice", "GetSessionToken", "CreateVirtualMFADevice"]:
        assert event in names
    # What is kept of the secret-bearing calls: the shape, not the secret.
    gst = next(r for r in all_records if r["eventName"] == "GetSessionToken")
    assert gst["eventSource"] == "sts.amazonaws.com"
    assert gst["requestParameters"]["serialNumber"] == created["SerialNumber"]
    assert gst["responseElements"]["credentials"]["accessKeyId"] == session.access_key_id
    enable = next(r for r in all_records if r["eventName"] == "EnableMFADevice")
    assert enable["requestParameters"] == {"userName": name, "serialNumber": created["SerialNumber"]}
    # The call made with the MFA session says so.
    get_user = next(
        r for r in all_records
        if r["eventName"] == "GetUser" and r["userIdentity"].get("accessKeyId") == session.access_key_id
    )
    attrs = get_user["userIdentity"]["sessionContext"]["attributes"]
    assert attrs["mfaAuthenticated"] == "true"
    assert attrs["creationDate"].endswith("Z")
    assert verify(data).returncode == 0


def lookup_cli(data: Path, *args: str) -> list[dict]:
    done = iamd_cli("audit", "lookup", "--data-dir", str(data), *args)
    assert done.returncode == 0, done.stderr
    if "--json" in args:
        return [json.loads(l) for l in done.stdout.splitlines()]
    return done.stdout  # type: ignore[return-value]


def test_lookup_events_finds_s1_by_user_and_event_name_with_paging(start_server, tmp_path):
    data = tmp_path / "data"
    server = start_server(data)
    (c_name, c_creds), (u_name, _), ids = run_s1(server)

    code, out, err = server.aws(
        "cloudtrail", "lookup-events",
        "--lookup-attributes", f"AttributeKey=Username,AttributeValue={c_name}",
    )
    assert code == 0, err
    events = out["Events"]
    names = [e["EventName"] for e in events]
    assert names[:2] == ["ChangePassword", "UpdateLoginProfile"]  # newest first
    assert all(e["Username"] == c_name for e in events)
    denied = json.loads(events[1]["CloudTrailEvent"])
    assert denied["errorCode"] == "AccessDenied"
    assert denied["requestID"] == ids["c-update"]
    assert events[0]["EventSource"] == "iam.amazonaws.com"
    assert events[0]["ReadOnly"] == "false"
    assert events[0]["AccessKeyId"] == c_creds.access_key_id

    code, out, err = server.aws(
        "cloudtrail", "lookup-events",
        "--lookup-attributes", "AttributeKey=EventName,AttributeValue=ChangePassword",
    )
    assert code == 0, err
    assert [json.loads(e["CloudTrailEvent"])["requestID"] for e in out["Events"]] == [
        ids["u-change"], ids["c-change"]
    ]

    # Paging: one event a page gives the same events, in the same order.
    code, paged, err = server.aws(
        "cloudtrail", "lookup-events", "--page-size", "1",
        "--lookup-attributes", f"AttributeKey=Username,AttributeValue={c_name}",
    )
    assert code == 0, err
    assert [e["EventId"] for e in paged["Events"]] == [e["EventId"] for e in events]
    # And by hand: MaxResults with NextToken.
    client = server.client("cloudtrail")
    first = client.lookup_events(
        LookupAttributes=[{"AttributeKey": "Username", "AttributeValue": u_name}], MaxResults=1
    )
    assert len(first["Events"]) == 1 and first["NextToken"]
    second = client.lookup_events(
        LookupAttributes=[{"AttributeKey": "Username", "AttributeValue": u_name}],
        MaxResults=1,
        NextToken=first["NextToken"],
    )
    assert second["Events"][0]["EventId"] != first["Events"][0]["EventId"]
    assert [first["Events"][0]["EventName"], second["Events"][0]["EventName"]] == [
        "ChangePassword", "UpdateLoginProfile"
    ]

    # The same through `iamd audit lookup`, and errors only.
    rows = lookup_cli(data, "--user", c_name, "--errors-only", "--json")
    assert [(r["eventName"], r["errorCode"]) for r in rows] == [("UpdateLoginProfile", "AccessDenied")]
    table = lookup_cli(data, "--event-name", "ChangePassword")
    assert "AccessDenied" in table and u_name in table and c_name in table


def test_lookup_events_is_authorized_and_validated(start_server, tmp_path):
    server = start_server(tmp_path / "data")
    name, creds = server.make_user("auditor")
    client = server.client("cloudtrail", creds=creds)
    e = assert_error(lambda: client.lookup_events(), "AccessDeniedException", 400)
    assert "cloudtrail:LookupEvents" in e.response["Error"]["Message"]
    server.iam().put_user_policy(
        UserName=name, PolicyName="audit", PolicyDocument=json.dumps(allow("cloudtrail:LookupEvents"))
    )
    assert client.lookup_events(MaxResults=5)["Events"]
    assert_error(
        lambda: client.lookup_events(
            LookupAttributes=[
                {"AttributeKey": "Username", "AttributeValue": "a"},
                {"AttributeKey": "EventName", "AttributeValue": "b"},
            ]
        ),
        "InvalidLookupAttributesException",
        400,
    )
    assert_error(lambda: client.lookup_events(MaxResults=51), "InvalidMaxResultsException", 400)
    assert_error(
        lambda: client.lookup_events(StartTime=2_000_000_000, EndTime=1_000_000_000),
        "InvalidTimeRangeException",
        400,
    )
    assert_error(lambda: client.lookup_events(NextToken="garbage!"), "InvalidNextTokenException", 400)
    # A time range that holds nothing.
    assert client.lookup_events(StartTime=1_000_000_000, EndTime=1_000_000_100)["Events"] == []


def tamper_setup(start_server, data: Path):
    server = start_server(data)
    root = server.iam()
    for i in range(6):
        root.create_user(UserName=f"tamper-{i}")
    server.stop()
    log = next((data / "audit").glob("*.jsonl"))
    assert verify(data).returncode == 0
    return log


def edit_lines(log: Path, change) -> None:
    lines = log.read_text().splitlines(keepends=True)
    log.write_text("".join(change(lines)))


@pytest.mark.parametrize(
    "kind, change, expect",
    [
        ("changed", lambda ls: ls[:2] + [ls[2].replace("tamper-", "TAMPER-")] + ls[3:], "line 3: record 3 (eventID"),
        ("removed", lambda ls: ls[:2] + ls[3:], "record 3 (eventID"),
        ("inserted", lambda ls: ls[:2] + [ls[4]] + ls[2:], "line 3: a record that is not in the digest was inserted"),
        ("reordered", lambda ls: ls[:2] + [ls[3], ls[2]] + ls[4:], "out of order"),
    ],
)
def test_verify_names_a_tampered_record(start_server, tmp_path, kind, change, expect):
    data = tmp_path / "data"
    log = tamper_setup(start_server, data)
    if kind == "inserted":
        # A record that looks right: a copy of another with a new event id.
        def change(ls):
            forged = json.loads(ls[4])
            forged["eventID"] = "00000000-0000-4000-8000-000000000000"
            return ls[:2] + [json.dumps(forged, separators=(",", ":")) + "\n"] + ls[2:]
    edit_lines(log, change)
    done = verify(data)
    assert done.returncode != 0, done.stdout
    assert expect in done.stdout, done.stdout
    if kind == "removed":
        assert "was removed" in done.stdout
    if kind == "changed":
        assert "was changed" in done.stdout


def test_verify_names_a_removed_or_inserted_file(start_server, tmp_path):
    data = tmp_path / "data"
    log = tamper_setup(start_server, data)
    # Removed: the day's records are gone, its digest remains.
    saved = log.read_bytes()
    log.unlink()
    done = verify(data)
    assert done.returncode != 0 and f"file {log.name} was removed" in done.stdout, done.stdout
    log.write_bytes(saved)
    assert verify(data).returncode == 0
    # Inserted: a whole day from another trail (its own key), placed before this one.
    other = tmp_path / "other"
    tamper_setup(start_server, other)
    src = next((other / "audit").glob("*.jsonl"))
    for suffix in (".jsonl", ".digest"):
        shutil.copy(src.with_suffix(suffix), (data / "audit" / "2020-01-01").with_suffix(suffix))
    done = verify(data)
    assert done.returncode != 0
    assert "file 2020-01-01.jsonl was inserted" in done.stdout, done.stdout
    # A records file without any digest.
    for suffix in (".jsonl", ".digest"):
        (data / "audit" / "2020-01-01").with_suffix(suffix).unlink()
    (data / "audit" / "2020-01-02.jsonl").write_bytes(saved[: saved.index(b"\n") + 1])
    done = verify(data)
    assert done.returncode != 0
    assert "file 2020-01-02.jsonl was inserted" in done.stdout, done.stdout


def test_an_acknowledged_write_survives_kill_9(start_server, tmp_path):
    data = tmp_path / "data"
    server = start_server(data)
    name = unique("durable")
    rid = request_id(server.iam().create_user(UserName=name))
    server.kill()
    r = next(r for r in records(data) if r.get("requestID") == rid)
    assert (r["eventName"], r["requestParameters"]) == ("CreateUser", {"userName": name})
    # A torn last line (a write cut short) is named as such, not as tampering.
    log = next((data / "audit").glob("*.jsonl"))
    with open(log, "a") as f:
        f.write('{"eventVersion":"1.08","userIdent')
    done = verify(data)
    assert done.returncode == 0, done.stdout
    assert "incomplete last record" in done.stdout
    # The next start sets it aside and goes on; the trail stays intact.
    server.start()
    server.iam().create_user(UserName=unique("after"))
    server.stop()
    done = verify(data)
    assert done.returncode == 0, done.stdout
    assert list((data / "audit").glob("*.torn-*"))


def test_verify_runs_while_serving(start_server, tmp_path):
    data = tmp_path / "data"
    server = start_server(data)
    iam = server.iam()
    for i in range(20):
        iam.create_user(UserName=unique("live"))
        iam.list_users()
    done = verify(data)
    assert done.returncode == 0, done.stdout
    assert "intact" in done.stdout
    key = data / "audit-signing.key"
    assert key.stat().st_mode & 0o777 == 0o600


def record_line(data: Path, rid: str) -> str:
    """The stored line of the record with requestID `rid`."""
    for path in sorted((data / "audit").glob("*.jsonl")):
        for line in path.read_text().splitlines():
            if json.loads(line).get("requestID") == rid:
                return line
    raise AssertionError(f"no record with requestID {rid}")


def test_an_unauthenticated_request_is_recorded_without_its_body(start_server, tmp_path):
    data = tmp_path / "data"
    server = start_server(data)
    padding = "a" * (400 * 1024)
    resp = server.raw(
        "POST",
        "/",
        f"Action=CreateUser&Version=2010-05-08&UserName=x&Padding={padding}".encode(),
        {
            "Content-Type": "application/x-www-form-urlencoded",
            "Authorization": "AWS4-HMAC-SHA256 Credential=AKIANOSUCHKEY0000000/20260101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=00",
            "X-Amz-Date": "20260101T000000Z",
        },
    )
    assert resp.status in (400, 403), resp.text
    rid = resp.headers["x-amzn-requestid"]
    server.iam().create_user(UserName=unique("flush"))
    line = record_line(data, rid)
    r = json.loads(line)
    # As CloudTrail records a failed authentication: who it claimed to be and why it failed.
    assert (r["eventName"], r["userIdentity"]["accessKeyId"]) == ("CreateUser", "AKIANOSUCHKEY0000000")
    assert r["errorCode"] == resp.error()["Code"]
    assert r["requestParameters"] is None
    assert len(line) < 4096, len(line)


def test_large_request_parameters_are_omitted_as_cloudtrail_does(start_server, tmp_path):
    data = tmp_path / "data"
    server = start_server(data)
    name = unique("big")
    server.iam().create_user(UserName=name)
    statement = '{"Effect":"Allow","Action":"iam:GetUser","Resource":"*"}'
    document = '{"Version":"2012-10-17","Statement":[' + statement + "]}"
    document = document[:-1] + " " * (131_000 - len(document)) + "}"
    resp = server.iam().put_user_policy(UserName=name, PolicyName="p", PolicyDocument=document)
    line = record_line(data, request_id(resp))
    r = json.loads(line)
    assert r["eventName"] == "PutUserPolicy"
    assert r["requestParameters"]["omitted"] is True
    assert r["requestParameters"]["originalSize"] > 100 * 1024
    assert len(line) < 8192, len(line)
    assert verify(data).returncode == 0


def test_verify_flags_appended_lines_and_the_next_start_moves_them_aside(start_server, tmp_path):
    data = tmp_path / "data"
    server = start_server(data)
    for i in range(3):
        server.iam().create_user(UserName=unique("signed"))
    server.stop()
    log = sorted((data / "audit").glob("*.jsonl"))[-1]
    forged = json.loads(log.read_text().splitlines()[-1])
    forged["eventID"] = "00000000-0000-4000-8000-000000000001"
    with open(log, "a") as f:
        f.write(json.dumps(forged, separators=(",", ":")) + "\n")
    done = verify(data)
    assert done.returncode != 0, done.stdout
    assert "00000000-0000-4000-8000-000000000001) is not signed" in done.stdout, done.stdout
    # The next start signs nothing it did not write: the line goes aside, named in the digest.
    server.start()
    server.iam().list_users()
    server.stop()
    assert "00000000-0000-4000-8000-000000000001" not in log.read_text()
    aside = list((data / "audit").glob("*.jsonl.unsigned-*"))
    assert len(aside) == 1 and "00000000-0000-4000-8000-000000000001" in aside[0].read_text()
    done = verify(data)
    assert done.returncode == 0, done.stdout
    assert "moved to " + aside[0].name + " unsigned" in done.stdout, done.stdout


def test_an_anchor_kept_elsewhere_shows_the_newest_day_cut_back(start_server, tmp_path):
    data = tmp_path / "data"
    server = start_server(data)
    for i in range(3):
        server.iam().create_user(UserName=unique("anchored"))
    server.stop()
    done = verify(data)
    assert done.returncode == 0, done.stdout
    head = next(l for l in done.stdout.splitlines() if l.startswith("head: ")).split()[1]
    anchored = iamd_cli("audit", "verify", "--data-dir", str(data), "--anchor", head)
    assert anchored.returncode == 0, anchored.stdout
    # Cut the last batch from both files: its records, their entries and its checkpoint.
    log = sorted((data / "audit").glob("*.jsonl"))[-1]
    digest = log.with_suffix(".digest")
    entries = digest.read_text().splitlines(keepends=True)
    kinds = [json.loads(e)["kind"] for e in entries]
    previous = max(i for i, k in enumerate(kinds[:-1]) if k in ("checkpoint", "header"))
    cut = kinds[previous + 1 :].count("record")
    assert cut >= 1
    digest.write_text("".join(entries[: previous + 1]))
    lines = log.read_text().splitlines(keepends=True)
    log.write_text("".join(lines[:-cut]))
    # A consistent shorter chain: only the anchor shows it.
    assert verify(data).returncode == 0
    anchored = iamd_cli("audit", "verify", "--data-dir", str(data), "--anchor", head)
    assert anchored.returncode != 0, anchored.stdout
    assert f"the anchored signature {head} is not in the trail" in anchored.stdout


def test_verify_while_calls_keep_coming_flags_nothing(start_server, tmp_path):
    import threading

    data = tmp_path / "data"
    server = start_server(data)
    stop = threading.Event()

    def load():
        iam = server.iam()
        while not stop.is_set():
            iam.list_users(MaxItems=1)
            iam.create_user(UserName=unique("load"))

    worker = threading.Thread(target=load)
    worker.start()
    try:
        for _ in range(3):
            done = verify(data)
            assert done.returncode == 0, done.stdout
    finally:
        stop.set()
        worker.join()
