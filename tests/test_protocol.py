"""The Query protocol at the edges: unknown and unimplemented actions, malformed, truncated and
oversized requests. A client mistake is always a 4xx `<ErrorResponse>`, never a 5xx."""

from __future__ import annotations

import socket
from urllib.parse import urlencode

import pytest
from botocore.exceptions import ClientError

from iamd_harness import IAM_NS, STS_NS, assert_error, local, unique

MAX_BODY = 512 * 1024


def assert_client_error(r, code=None, status=None):
    assert 400 <= r.status < 500, (r.status, r.text)
    if status is not None:
        assert r.status == status, (r.status, r.text)
    assert r.headers.get("content-type", "").startswith("text/xml"), r.headers
    err = r.error()
    assert err["Type"] == "Sender", err
    assert err["Code"] and err["Message"], err
    assert r.headers.get("x-amzn-requestid") == err["RequestId"]
    if code is not None:
        assert err["Code"] == code, err
    return err


def test_unknown_action(iamd):
    r = iamd.signed({"Action": "Frobnicate", "Version": "2010-05-08"})
    err = assert_client_error(r, "InvalidAction", 400)
    assert "Frobnicate" in err["Message"]
    # Also before authentication.
    r = iamd.raw(
        "POST",
        "/",
        b"Action=Frobnicate&Version=2010-05-08",
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert_client_error(r, "InvalidAction", 400)


def test_missing_action(iamd):
    assert_client_error(iamd.signed({"Version": "2010-05-08"}), "MissingAction", 400)
    assert_client_error(iamd.signed(body=b""), "MissingAction", 400)


def test_wrong_api_version(iamd):
    err = assert_client_error(
        iamd.signed({"Action": "ListUsers", "Version": "2011-06-15"}), "InvalidAction", 400
    )
    assert "ListUsers" in err["Message"]
    assert_client_error(iamd.signed({"Action": "ListUsers"}), "InvalidAction", 400)


def test_error_namespace_follows_the_service(iamd):
    r = iamd.signed({"Action": "GetCallerIdentity", "Version": "2011-06-15"}, service="iam")
    assert r.xml().tag == f"{{{STS_NS}}}ErrorResponse"
    r = iamd.signed({"Action": "GetUser", "Version": "2010-05-08", "UserName": unique("nobody")})
    assert r.status == 404
    assert r.xml().tag == f"{{{IAM_NS}}}ErrorResponse"
    assert [local(c.tag) for c in r.xml()] == ["Error", "RequestId"]


def not_implemented_calls(iam, sts):
    """Calls of operations this iamd does not serve yet (the list shrinks as it grows)."""
    return [
        ("GetAccountPasswordPolicy", lambda: iam.get_account_password_policy()),
        (
            "CreateLoginProfile",
            lambda: iam.create_login_profile(UserName=unique("u"), Password="Passw0rd!x"),
        ),
        ("GetSessionToken", lambda: sts.get_session_token()),
        (
            "CreateVirtualMFADevice",
            lambda: iam.create_virtual_mfa_device(VirtualMFADeviceName=unique("mfa")),
        ),
        ("GenerateCredentialReport", lambda: iam.generate_credential_report()),
        ("ListAccountAliases", lambda: iam.list_account_aliases()),
        ("ListSSHPublicKeys", lambda: iam.list_ssh_public_keys()),
        ("ListServerCertificates", lambda: iam.list_server_certificates()),
        ("ListOpenIDConnectProviders", lambda: iam.list_open_id_connect_providers()),
        ("GetFederationToken", lambda: sts.get_federation_token(Name="fed")),
    ]


def first_not_implemented(iam, sts):
    for name, call in not_implemented_calls(iam, sts):
        try:
            call()
        except ClientError as e:
            if (
                e.response["Error"]
                .get("Message", "")
                .endswith(" is not implemented by this iamd yet.")
            ):
                return name, e
    pytest.skip("every candidate operation is implemented now")


def test_unimplemented_operations_are_client_errors(iam, sts):
    for name, call in not_implemented_calls(iam, sts):
        try:
            call()
        except ClientError as e:
            status = e.response["ResponseMetadata"]["HTTPStatusCode"]
            assert 400 <= status < 500, (name, e.response)
            if (
                e.response["Error"]
                .get("Message", "")
                .endswith(" is not implemented by this iamd yet.")
            ):
                assert status == 400, e.response
                assert e.response["Error"]["Message"] == (
                    f"{name} is not implemented by this iamd yet."
                ), e.response


def test_unimplemented_operation_is_invalid_action(iam, sts):
    name, e = first_not_implemented(iam, sts)
    assert e.response["Error"]["Code"] == "InvalidAction", e.response
    assert e.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert e.response["Error"]["Message"] == f"{name} is not implemented by this iamd yet."


def test_unimplemented_operations_still_need_a_valid_signature(iamd):
    body = b"Action=GetAccountPasswordPolicy&Version=2010-05-08"
    r = iamd.raw("POST", "/", body, {"Content-Type": "application/x-www-form-urlencoded"})
    assert_client_error(r, "MissingAuthenticationToken", 403)


# Bodies that cannot be a valid request: each must be refused with a 4xx error document.
MALFORMED_BODIES = [
    b"Action=ListUsers&Version=2010-05-08&%ZZ=%&MaxItems=abc",
    b"\xff\xfe\x00\x01garbage",
    b"Action=ListUsers&Version=2010-05-08&MaxItems=99999999999999999999999",
    b"Action=ListUsers&Version=2010-05-08&MaxItems=-1",
    b"Action=ListUsers&Version=2010-05-08&MaxItems=1.5",
    b"Action=CreateUser&Version=2010-05-08",
    b"Action=CreateUser&Version=2010-05-08&UserName=",
    b"Action=CreateUser&Version=2010-05-08&UserName=caf%C3",
    b"Action=CreateUser&Version=2010-05-08&UserName={name}&Tags.member.1.Key=a",
    b"Action=UpdateAccessKey&Version=2010-05-08&AccessKeyId=AKIAAAAAAAAAAAAAAAAA&Status=Expired",
    b"Action=UpdateAccessKey&Version=2010-05-08&AccessKeyId=AKIAAAAAAAAAAAAAAAAA&Status=",
    b"Action=PutUserPolicy&Version=2010-05-08&UserName={name}&PolicyName=p&PolicyDocument=%7B",
    b"Action=SimulateCustomPolicy&Version=2010-05-08&PolicyInputList.member.1=%7B&ActionNames.member.1=iam%3AGetUser",
    b"Action=SimulateCustomPolicy&Version=2010-05-08&ActionNames.member.1=iam%3AGetUser",
    b"Action=" + b"A" * 5000 + b"&Version=2010-05-08",
    b"&&&===&&&",
    b'{"Action": "ListUsers", "Version": "2010-05-08"}',
    b"<ListUsers><Version>2010-05-08</Version></ListUsers>",
    b"Action=ListUsers&Version=2010-05-08&PathPrefix=" + b"%FF" * 600,
    b"Action=ListUsers&Version=2010-05-08&Marker=" + b"m" * 400,
]

# Bodies that are odd but may be read leniently: whatever the answer, never a 5xx.
ODD_BODIES = [
    b"Action=CreateUser&Version=2010-05-08&UserName={name}&Tags.member.99999999999999999999.Key=a&Tags.member.99999999999999999999.Value=b",
    b"Action=CreateUser&Version=2010-05-08&UserName={name}&Tags.member.0.Key=a&Tags.member.0.Value=b",
    b"Action=CreateUser&Version=2010-05-08&UserName={name}&Tags.member.1.Key=a&Tags.member.1.Value=b&Tags.member.3.Key=c&Tags.member.3.Value=d",
    b"Action=TagUser&Version=2010-05-08&UserName={name}&Tags=x",
    b"Action=ListUsers&Action=CreateUser&Version=2010-05-08",
    b"Action=ListUsers&Version=2010-05-08&Version=2011-06-15",
    b"Action=ListUsers&Version=2010-05-08&Unknown.member.1=x&Other=%20",
    b"Action=ListUsers&Version=2010-05-08&" + b"&".join(b"p%d=v" % i for i in range(5000)),
]


def fill(body: bytes) -> bytes:
    return body.replace(b"{name}", unique("body").encode())


@pytest.mark.parametrize("body", MALFORMED_BODIES, ids=range(len(MALFORMED_BODIES)))
def test_malformed_signed_bodies(iamd, body):
    assert_client_error(iamd.signed(body=fill(body)))


@pytest.mark.parametrize("body", MALFORMED_BODIES[:6], ids=range(6))
def test_malformed_unsigned_bodies(iamd, body):
    assert_client_error(
        iamd.raw("POST", "/", body, {"Content-Type": "application/x-www-form-urlencoded"})
    )


@pytest.mark.parametrize("body", ODD_BODIES, ids=range(len(ODD_BODIES)))
def test_odd_bodies_never_fail_the_server(iamd, body):
    r = iamd.signed(body=fill(body))
    assert r.status < 500, (r.status, r.text)
    if r.status >= 400:
        assert_client_error(r)
    else:
        r.xml()


def test_control_characters_in_a_value_give_a_parseable_error(iam):
    assert_error(lambda: iam.create_user(UserName="a\x01b"), "ValidationError", 400)


def test_control_characters_never_fail_the_server(iamd):
    r = iamd.signed(body=b"Action=CreateUser&Version=2010-05-08&UserName=%00%01")
    assert 400 <= r.status < 500, r.text


def test_validation_error_names_the_parameter(iamd):
    r = iamd.signed({"Action": "CreateUser", "Version": "2010-05-08", "UserName": "has space"})
    err = assert_client_error(r, "ValidationError", 400)
    assert err["Message"] == (
        "1 validation error detected: Value 'has space' at 'userName' failed to satisfy "
        "constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+"
    )


def test_missing_required_parameter(iamd):
    r = iamd.signed({"Action": "GetGroup", "Version": "2010-05-08"})
    err = assert_client_error(r, status=400)
    assert err["Code"] in ("MissingParameter", "ValidationError"), err
    assert "GroupName" in err["Message"] or "groupName" in err["Message"], err


def test_other_http_methods(iamd):
    for method in ("PUT", "DELETE", "PATCH"):
        r = iamd.raw(
            method,
            "/",
            b"Action=ListUsers&Version=2010-05-08",
            {"Content-Type": "application/x-www-form-urlencoded"},
        )
        assert 400 <= r.status < 500, (method, r.status, r.text)


def test_oversized_body(iamd):
    padding = b"&Padding=" + b"a" * (MAX_BODY + 1024)
    body = b"Action=ListUsers&Version=2010-05-08" + padding
    assert_client_error(
        iamd.raw("POST", "/", body, {"Content-Type": "application/x-www-form-urlencoded"})
    )
    assert_client_error(iamd.signed(body=body))
    big_policy = (
        '{"Version":"2012-10-17","Statement":['
        + ",".join(['{"Effect":"Allow","Action":"iam:GetUser","Resource":"*"}'] * 12000)
        + "]}"
    )
    r = iamd.signed(
        {
            "Action": "PutUserPolicy",
            "Version": "2010-05-08",
            "UserName": "x",
            "PolicyName": "p",
            "PolicyDocument": big_policy,
        }
    )
    assert len(urlencode({"PolicyDocument": big_policy})) > MAX_BODY
    assert_client_error(r)


def test_body_just_under_the_limit_is_read(iamd):
    body = b"Action=ListUsers&Version=2010-05-08&MaxItems=1&Padding=" + b"a" * (MAX_BODY - 1024)
    r = iamd.signed(body=body)
    # An unknown parameter is ignored, as AWS does; the point is that the body was accepted.
    assert r.status < 500, r.text


def raw_exchange(port: int, request: bytes, half_close: bool = True) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=15) as s:
        try:
            s.sendall(request)
            if half_close:
                s.shutdown(socket.SHUT_WR)
        except OSError:
            # The server may hang up as soon as it has seen enough.
            pass
        chunks = []
        while True:
            try:
                data = s.recv(65536)
            except (ConnectionResetError, socket.timeout):
                break
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)


def head(port: int) -> bytes:
    return f"POST / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/x-www-form-urlencoded\r\n".encode()


def status_of(response: bytes) -> int:
    return int(response.split(b" ", 2)[1]) if response.startswith(b"HTTP/1.1 ") else 0


def test_truncated_body(iamd):
    request = head(iamd.port) + b"Content-Length: 1000\r\n\r\nAction=ListUsers&Version=2010-05-08"
    response = raw_exchange(iamd.port, request)
    if response:
        status = status_of(response)
        assert 400 <= status < 500, response
        assert b"<ErrorResponse" in response, response
    # The server is unharmed.
    assert iamd.signed({"Action": "ListUsers", "Version": "2010-05-08"}).status == 200


def test_truncated_body_is_not_called_too_large(iamd):
    request = head(iamd.port) + b"Content-Length: 1000\r\n\r\nAction=ListUsers&Version=2010-05-08"
    response = raw_exchange(iamd.port, request)
    assert status_of(response) == 400, response


def test_garbage_requests_do_not_hurt_the_server(iamd):
    for request in (
        b"GARBAGE\r\n\r\n",
        head(iamd.port) + b"Content-Length: -5\r\n\r\n",
        head(iamd.port) + b"Transfer-Encoding: chunked\r\n\r\nzz\r\nAction=ListUsers\r\n0\r\n\r\n",
        head(iamd.port) + b"Content-Length: 10\r\nContent-Length: 20\r\n\r\n0123456789",
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 64,
    ):
        response = raw_exchange(iamd.port, request)
        if response:
            assert 400 <= status_of(response) < 500, (request, response)
    assert iamd.signed({"Action": "ListUsers", "Version": "2010-05-08"}).status == 200
