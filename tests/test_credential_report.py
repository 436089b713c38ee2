"""The credential report through boto3 and the aws CLI: AWS's CSV, column for column."""

from __future__ import annotations

import base64
import datetime as dt
import re

from iamd_harness import ACCOUNT_ID, assert_error

HEADER = (
    "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,"
    "password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,"
    "access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,"
    "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,"
    "access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,"
    "cert_1_last_rotated,cert_2_active,cert_2_last_rotated"
)
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$")


def rows(content: bytes) -> list[dict[str, str]]:
    lines = content.decode().split("\n")
    assert lines[0] == HEADER, lines[0]
    columns = HEADER.split(",")
    out = []
    for line in lines[1:]:
        values = line.split(",")
        assert len(values) == len(columns), line
        out.append(dict(zip(columns, values)))
    return out


def test_report_not_present_before_any_generation(start_server):
    server = start_server()
    e = assert_error(server.iam().get_credential_report, "ReportNotPresent", 410)
    assert e.response["Error"]["Type"] == "Sender"
    code, _, err = server.aws("iam", "get-credential-report")
    assert code == 255 and "(ReportNotPresent)" in err, err


def test_generate_then_reuse_within_four_hours(start_server):
    server = start_server()
    iam = server.iam()
    assert iam.generate_credential_report() | {"ResponseMetadata": None} == {
        "State": "STARTED",
        "Description": "No report exists. Starting a new report generation task",
        "ResponseMetadata": None,
    }
    first = iam.get_credential_report()
    assert first["ReportFormat"] == "text/csv"
    assert isinstance(first["GeneratedTime"], dt.datetime)
    # A new user does not show until four hours have passed: the report is reused.
    name, _ = server.make_user("late", key=False)
    assert iam.generate_credential_report()["State"] == "COMPLETE"
    again = iam.get_credential_report()
    assert again["Content"] == first["Content"]
    assert again["GeneratedTime"] == first["GeneratedTime"]
    assert name not in again["Content"].decode()


def test_header_and_rows(start_server):
    server = start_server()
    root = server.iam()
    name, creds = server.make_user("reported")
    root.create_login_profile(UserName=name, Password="Str0ng-Passw0rd!")
    second = root.create_access_key(UserName=name)["AccessKey"]
    root.update_access_key(UserName=name, AccessKeyId=second["AccessKeyId"], Status="Inactive")
    # Denied (no policy), but the key was used.
    assert_error(server.iam(creds).get_user, "AccessDenied", 403)
    bare, _ = server.make_user("bare", key=False)
    root.update_account_password_policy(MaxPasswordAge=90)
    root.generate_credential_report()
    report = root.get_credential_report()
    by_user = {r["user"]: r for r in rows(report["Content"])}
    assert list(by_user)[0] == "<root_account>"

    root_row = by_user["<root_account>"]
    assert root_row["arn"] == f"arn:aws:iam::{ACCOUNT_ID}:root"
    assert ISO.match(root_row["user_creation_time"]), root_row
    assert [root_row[c] for c in HEADER.split(",")[3:8]] == [
        "not_supported",
        "no_information",
        "not_supported",
        "not_supported",
        "false",
    ]
    assert root_row["access_key_1_active"] == "true"  # the root key the server started with

    row = by_user[name]
    assert row["arn"] == f"arn:aws:iam::{ACCOUNT_ID}:user/{name}"
    assert ISO.match(row["user_creation_time"]), row
    assert row["password_enabled"] == "true"
    assert row["password_last_used"] == "no_information"
    changed = dt.datetime.fromisoformat(row["password_last_changed"])
    assert dt.datetime.fromisoformat(row["password_next_rotation"]) == changed + dt.timedelta(
        days=90
    )
    assert row["mfa_active"] == "false"
    assert row["access_key_1_active"] == "true"
    assert ISO.match(row["access_key_1_last_rotated"]), row
    assert ISO.match(row["access_key_1_last_used_date"]), row
    assert row["access_key_1_last_used_service"] == "iam"
    assert row["access_key_1_last_used_region"] == "us-east-1"
    assert [row[c] for c in HEADER.split(",")[13:]] == [
        "false",
        "N/A",
        "N/A",
        "N/A",
        "N/A",
        "false",
        "N/A",
        "false",
        "N/A",
    ]

    assert [by_user[bare][c] for c in HEADER.split(",")[3:]] == [
        "false",
        "N/A",
        "N/A",
        "N/A",
        "false",
        "false",
        "N/A",
        "N/A",
        "N/A",
        "N/A",
        "false",
        "N/A",
        "N/A",
        "N/A",
        "N/A",
        "false",
        "N/A",
        "false",
        "N/A",
    ]

    # The aws CLI prints the blob as the base64 text on the wire.
    code, out, err = server.aws("iam", "get-credential-report")
    assert code == 0, err
    assert out["ReportFormat"] == "text/csv"
    assert base64.b64decode(out["Content"]) == report["Content"]


def test_permissions(iamd):
    name, creds = iamd.make_user(
        "reporter",
        policy={
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Action": "iam:GenerateCredentialReport", "Resource": "*"}
            ],
        },
    )
    iam = iamd.iam(creds)
    assert iam.generate_credential_report()["State"] in {"STARTED", "COMPLETE"}
    assert_error(iam.get_credential_report, "AccessDenied", 403)
