"""`iamd serve --tls-cert FILE --tls-key FILE`: HTTPS for boto3 (verifying the server against
a CA made for the test with the openssl CLI), `aws:SecureTransport` true over TLS, and the
console's session cookie marked `Secure`.
"""

from __future__ import annotations

import http.client
import re
import shutil
import ssl
import subprocess
from pathlib import Path
from urllib.parse import urlencode

import pytest

from iamd_harness import ACCOUNT_ID, assert_error, binary_path

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl CLI")

ROOT_PASSWORD = "Root-Passw0rd-for-tls"


def make_ca_and_cert(d: Path) -> tuple[Path, Path, Path]:
    """A CA and a certificate for 127.0.0.1 it signed: (ca.pem, cert.pem, key.pem)."""

    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True, cwd=d)

    run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
        "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=iamd test CA")
    run("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
        "-keyout", "key.pem", "-out", "server.csr", "-subj", "/CN=127.0.0.1")
    (d / "ext.cnf").write_text("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n")
    run("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "cert.pem", "-days", "2", "-extfile", "ext.cnf")
    return d / "ca.pem", d / "cert.pem", d / "key.pem"


@pytest.fixture
def tls_server(start_server, tmp_path):
    ca, cert, key = make_ca_and_cert(tmp_path)
    server = start_server(
        tmp_path / "data", env={"IAMD_TLS_CERT": str(cert), "IAMD_TLS_KEY": str(key)}
    )
    assert server.endpoint.startswith("https://127.0.0.1:"), server.endpoint
    server.verify = str(ca)
    server.ca = ca
    return server


def secure_only() -> dict:
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": "iam:GetUser",
                "Resource": "*",
                "Condition": {"Bool": {"aws:SecureTransport": "true"}},
            }
        ],
    }


def test_boto3_speaks_to_iamd_over_verified_tls(tls_server):
    iam = tls_server.iam()
    name = f"tls-{ACCOUNT_ID[-4:]}"
    iam.create_user(UserName=name)
    assert name in [u["UserName"] for u in iam.list_users()["Users"]]
    assert tls_server.sts().get_caller_identity()["Account"] == ACCOUNT_ID
    # Over TLS the request context says so.
    user, creds = tls_server.make_user("secure", policy=secure_only())
    assert tls_server.iam(creds).get_user()["User"]["UserName"] == user


def test_plain_http_is_not_secure_transport(start_server):
    server = start_server()
    _, creds = server.make_user("plain", policy=secure_only())
    assert_error(lambda: server.iam(creds).get_user(), "AccessDenied", 403)


def test_the_console_session_cookie_is_secure_over_tls(tls_server):
    subprocess.run(
        [str(binary_path()), "admin", "set-root-password", "--data-dir", str(tls_server.data_dir)],
        input=ROOT_PASSWORD + "\n",
        text=True,
        check=True,
        capture_output=True,
        timeout=60,
    )
    context = ssl.create_default_context(cafile=str(tls_server.ca))

    def request(method: str, path: str, body: str = "", cookie: str = ""):
        conn = http.client.HTTPSConnection("127.0.0.1", tls_server.port, context=context, timeout=30)
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if cookie:
            headers["Cookie"] = cookie
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        out = (response.status, response.getheader("Set-Cookie") or "", response.read().decode())
        conn.close()
        return out

    _, presign, page = request("GET", "/console/signin")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    status, cookie, _ = request(
        "POST",
        "/console/signin",
        urlencode({"csrf": csrf, "kind": "root", "account": ACCOUNT_ID, "password": ROOT_PASSWORD}),
        cookie=presign.split(";", 1)[0],
    )
    assert status in (302, 303), (status, cookie)
    assert cookie.startswith("iamd_session="), cookie
    assert "; Secure" in cookie, cookie
