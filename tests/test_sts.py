"""sts:GetCallerIdentity through boto3, the aws CLI and the raw wire."""

from __future__ import annotations

import pytest

from iamd_harness import ACCOUNT_ID, STS_NS, allow, child, find_text, local


def test_root_identity(sts):
    out = sts.get_caller_identity()
    assert out["Account"] == ACCOUNT_ID
    assert out["Arn"] == f"arn:aws:iam::{ACCOUNT_ID}:root"
    assert out["UserId"] == ACCOUNT_ID


def test_user_identity(iamd, iam):
    name, creds = iamd.make_user("caller", path="/team/")
    user = iam.get_user(UserName=name)["User"]
    out = iamd.sts(creds).get_caller_identity()
    assert out == {
        "UserId": user["UserId"],
        "Account": ACCOUNT_ID,
        "Arn": f"arn:aws:iam::{ACCOUNT_ID}:user/team/{name}",
        "ResponseMetadata": out["ResponseMetadata"],
    }
    assert out["UserId"].startswith("AIDA")


def test_needs_no_permission_even_under_an_explicit_deny(iamd):
    _, creds = iamd.make_user("denied", policy=allow("*", effect="Deny"))
    assert iamd.sts(creds).get_caller_identity()["Account"] == ACCOUNT_ID


def test_cli_get_caller_identity(iamd):
    name, creds = iamd.make_user("clicaller")
    code, out, err = iamd.aws("sts", "get-caller-identity", creds=creds, region="eu-west-2")
    assert code == 0, err
    assert set(out) == {"UserId", "Account", "Arn"}
    assert out["Account"] == ACCOUNT_ID
    assert out["Arn"] == f"arn:aws:iam::{ACCOUNT_ID}:user/{name}"
    assert out["UserId"].startswith("AIDA")

    code, out, err = iamd.aws("sts", "get-caller-identity")
    assert code == 0, err
    assert out == {
        "UserId": ACCOUNT_ID,
        "Account": ACCOUNT_ID,
        "Arn": f"arn:aws:iam::{ACCOUNT_ID}:root",
    }


def test_response_envelope(iamd):
    r = iamd.signed({"Action": "GetCallerIdentity", "Version": "2011-06-15"}, service="sts")
    assert r.status == 200, r.text
    assert r.headers["content-type"].startswith("text/xml")
    root = r.xml()
    assert root.tag == f"{{{STS_NS}}}GetCallerIdentityResponse"
    assert [local(c.tag) for c in root] == ["GetCallerIdentityResult", "ResponseMetadata"]
    assert find_text(root, ["GetCallerIdentityResult", "Account"]) == ACCOUNT_ID
    request_id = find_text(root, ["ResponseMetadata", "RequestId"])
    assert request_id and r.headers["x-amzn-requestid"] == request_id


def test_each_response_has_its_own_request_id(sts):
    ids = {sts.get_caller_identity()["ResponseMetadata"]["RequestId"] for _ in range(3)}
    assert len(ids) == 3


@pytest.mark.parametrize(
    "region",
    ["us-east-1", "eu-west-2", "ap-southeast-2", "sa-east-1", "us-gov-west-1", "cn-north-1"],
)
def test_any_signing_region_is_accepted(iamd, region):
    _, creds = iamd.make_user("region", policy=allow("iam:ListUsers"))
    assert iamd.sts(creds, region=region).get_caller_identity()["Account"] == ACCOUNT_ID
    assert "Users" in iamd.iam(creds, region=region).list_users(MaxItems=1)
    r = iamd.signed(
        {"Action": "GetCallerIdentity", "Version": "2011-06-15"}, service="sts", region=region
    )
    assert r.status == 200, r.text
    assert child(r.xml(), "GetCallerIdentityResult") is not None
