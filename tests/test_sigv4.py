"""SigV4 authentication: header and presigned forms, failures and their codes."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import parse_qsl, urlencode

import pytest

from iamd_harness import ACCOUNT_ID, STS_NS, Creds, assert_error, find_text

LIST_USERS = {"Action": "ListUsers", "Version": "2010-05-08"}
WHO_AM_I = {"Action": "GetCallerIdentity", "Version": "2011-06-15"}
MISMATCH = (
    "The request signature we calculated does not match the signature you provided. "
    "Check your AWS Secret Access Key and signing method. Consult the service documentation "
    "for details."
)


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def test_wrong_secret(iamd):
    wrong = Creds(
        iamd.root.access_key_id,
        iamd.root.secret[:-1] + ("A" if iamd.root.secret[-1] != "A" else "B"),
    )
    assert_error(
        lambda: iamd.sts(wrong).get_caller_identity(), "SignatureDoesNotMatch", 403, MISMATCH
    )
    e = assert_error(lambda: iamd.iam(wrong).list_users(), "SignatureDoesNotMatch", 403, MISMATCH)
    assert e.response["Error"]["Type"] == "Sender"


def test_unknown_access_key(iamd):
    ghost = Creds("AKIA" + "Q" * 16, "x" * 40)
    for call in (
        lambda: iamd.sts(ghost).get_caller_identity(),
        lambda: iamd.iam(ghost).list_users(),
    ):
        e = assert_error(call, "InvalidClientTokenId", 403)
        assert e.response["Error"]["Message"].startswith(
            "The security token included in the request is invalid"
        )


def test_cli_with_wrong_secret(iamd):
    wrong = Creds(iamd.root.access_key_id, "not-the-secret-" * 3)
    code, out, err = iamd.aws("iam", "list-users", creds=wrong)
    assert code == 255
    assert (
        "An error occurred (SignatureDoesNotMatch) when calling the ListUsers operation: "
        + MISMATCH
    ) in err


@pytest.mark.parametrize("service, params", [("iam", LIST_USERS), ("sts", WHO_AM_I)])
def test_no_authentication(iamd, service, params):
    for method in ("POST", "GET"):
        if method == "POST":
            r = iamd.raw(
                "POST",
                "/",
                urlencode(params).encode(),
                {"Content-Type": "application/x-www-form-urlencoded"},
            )
        else:
            r = iamd.raw("GET", "/?" + urlencode(params))
        assert r.status == 403, r.text
        assert r.error()["Code"] == "MissingAuthenticationToken"


def test_signed_post_and_get_forms(iamd):
    r = iamd.signed(LIST_USERS)
    assert r.status == 200, r.text
    r = iamd.signed(LIST_USERS, method="GET")
    assert r.status == 200, r.text
    r = iamd.signed(WHO_AM_I, service="sts", method="GET")
    assert r.status == 200, r.text


def test_altered_body_breaks_the_signature(iamd):
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest

    req = AWSRequest(
        method="POST",
        url=f"{iamd.endpoint}/",
        data=b"Action=ListUsers&Version=2010-05-08&MaxItems=1",
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
    )
    SigV4Auth(iamd.root.botocore(), "iam", "us-east-1").add_auth(req)
    prepared = req.prepare()
    r = iamd.raw(
        "POST", "/", b"Action=ListUsers&Version=2010-05-08&MaxItems=2", dict(prepared.headers)
    )
    assert r.status == 403, r.text
    assert r.error()["Code"] == "SignatureDoesNotMatch"


@pytest.mark.parametrize("minutes", [-20, 20])
def test_clock_skew_of_twenty_minutes_is_refused(iamd, minutes):
    r = iamd.signed(LIST_USERS, when=now() + dt.timedelta(minutes=minutes))
    assert 400 <= r.status < 500 and r.status in (400, 403), r.text
    err = r.error()
    assert err["Code"] in ("SignatureDoesNotMatch", "RequestExpired"), err
    if minutes < 0:
        assert re.match(
            r"Signature expired: \d{8}T\d{6}Z is now earlier than ", err["Message"]
        ), err
    else:
        assert re.match(
            r"Signature not yet current: \d{8}T\d{6}Z is still later than ", err["Message"]
        ), err


def test_small_clock_skew_is_tolerated(iamd):
    for minutes in (-10, 10):
        r = iamd.signed(LIST_USERS, when=now() + dt.timedelta(minutes=minutes))
        assert r.status == 200, r.text


def test_credential_scope_must_name_the_service(iamd):
    r = iamd.signed(WHO_AM_I, service="iam")
    assert r.status == 403, r.text
    assert r.error()["Code"] == "SignatureDoesNotMatch"
    r = iamd.signed(LIST_USERS, service="s3")
    assert r.status == 403, r.text
    assert r.error()["Code"] == "SignatureDoesNotMatch"


def test_presigned_get_caller_identity(iamd):
    url = iamd.presigned_url(WHO_AM_I, region="eu-central-1")
    query = dict(parse_qsl(url.split("?", 1)[1]))
    assert query["X-Amz-Algorithm"] == "AWS4-HMAC-SHA256" and "X-Amz-Signature" in query
    r = iamd.raw("GET", url)
    assert r.status == 200, r.text
    root = r.xml()
    assert root.tag == f"{{{STS_NS}}}GetCallerIdentityResponse"
    assert find_text(root, ["GetCallerIdentityResult", "Arn"]) == f"arn:aws:iam::{ACCOUNT_ID}:root"


def test_presigned_url_of_a_user(iamd):
    name, creds = iamd.make_user("presign")
    r = iamd.raw("GET", iamd.presigned_url(WHO_AM_I, creds=creds))
    assert r.status == 200, r.text
    assert find_text(r.xml(), ["GetCallerIdentityResult", "Arn"]).endswith(f":user/{name}")


def tamper(url: str, key: str, value: str) -> str:
    path, query = url.split("?", 1)
    pairs = [(k, value if k == key else v) for k, v in parse_qsl(query, keep_blank_values=True)]
    return f"{path}?{urlencode(pairs)}"


def test_tampered_presigned_url_is_refused(iamd):
    url = iamd.presigned_url(WHO_AM_I)
    signature = dict(parse_qsl(url.split("?", 1)[1]))["X-Amz-Signature"]
    flipped = signature[:-1] + ("0" if signature[-1] != "0" else "1")
    for bad in (
        tamper(url, "X-Amz-Signature", flipped),
        tamper(url, "X-Amz-Expires", "3000"),
        url + "&Extra=1",
    ):
        r = iamd.raw("GET", bad)
        assert r.status == 403, (bad, r.text)
        assert r.error()["Code"] == "SignatureDoesNotMatch", r.text
    # A presigned URL for IAM's GetCallerIdentity? No: it is an STS action.
    r = iamd.raw("GET", tamper(url, "Version", "2010-05-08"))
    assert 400 <= r.status < 500, r.text


def test_expired_presigned_url_is_refused(iamd):
    url = iamd.presigned_url(WHO_AM_I, expires=60, when=now() - dt.timedelta(minutes=5))
    r = iamd.raw("GET", url)
    assert r.status in (400, 403), r.text
    assert r.error()["Code"] in ("SignatureDoesNotMatch", "RequestExpired", "AccessDenied"), r.text


def test_presigned_with_wrong_secret(iamd):
    wrong = Creds(iamd.root.access_key_id, "z" * 40)
    r = iamd.raw("GET", iamd.presigned_url(WHO_AM_I, creds=wrong))
    assert r.status == 403, r.text
    assert r.error()["Code"] == "SignatureDoesNotMatch"


def test_malformed_authorization_headers(iamd):
    body = urlencode(LIST_USERS).encode()
    date = now().strftime("%Y%m%dT%H%M%SZ")
    base = {"Content-Type": "application/x-www-form-urlencoded", "X-Amz-Date": date}
    scope = f"{iamd.root.access_key_id}/{date[:8]}/us-east-1/iam/aws4_request"
    old_scope = f"{iamd.root.access_key_id}/19990101/us-east-1/iam/aws4_request"
    zeros = "0" * 64
    for auth in (
        "AWS4-HMAC-SHA256",
        "AWS4-HMAC-SHA256 Credential=, SignedHeaders=, Signature=",
        f"AWS4-HMAC-SHA256 Credential={scope}",
        f"AWS4-HMAC-SHA256 Credential={scope}, SignedHeaders=host;x-amz-date, Signature=nothex",
        f"AWS4-HMAC-SHA256 Credential={old_scope}, SignedHeaders=host;x-amz-date, Signature={zeros}",
        # host must be signed.
        f"AWS4-HMAC-SHA256 Credential={scope}, SignedHeaders=x-amz-date, Signature={zeros}",
        f"AWS4-HMAC-SHA256 Credential={scope.replace('aws4_request', 'aws5_request')}, "
        f"SignedHeaders=host;x-amz-date, Signature={zeros}",
        "AWS AKIDEXAMPLE:signature",
        "Bearer token",
        "\u00e9\u00e9",
    ):
        r = iamd.raw("POST", "/", body, dict(base, Authorization=auth))
        assert 400 <= r.status < 500, (auth, r.status, r.text)
        assert r.error()["Code"] in (
            "IncompleteSignature",
            "SignatureDoesNotMatch",
            "MissingAuthenticationToken",
            "InvalidClientTokenId",
            "AccessDenied",
        ), (auth, r.text)
