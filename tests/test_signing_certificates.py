"""Signing certificates: Upload (X.509 checked by a real parser), List, Update, Delete; 2 per
user, the same certificate refused account-wide, DeleteUser's conflict, root's own
certificates (spec iam-api-more.md §5.1)."""

from __future__ import annotations

import re
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from audit_helpers import audit_record, request_id
from iamd_harness import ACCOUNT_ID, allow, assert_error, unique


def make_cert(tmp: Path, key: list[str] | None = None) -> str:
    """A fresh self-signed certificate made by openssl (RSA 2048 unless `key` says otherwise)."""
    base = tmp / unique("cert")
    newkey = key or ["-newkey", "rsa:2048"]
    subprocess.run(
        ["openssl", "req", "-x509", *newkey, "-nodes", "-keyout", f"{base}.key", "-out", f"{base}.pem",
         "-days", "30", "-subj", f"/CN={base.name}"],
        check=True,
        capture_output=True,
    )
    return Path(f"{base}.pem").read_text()


def test_upload_list_update_delete(iamd, iam, tmp_path):
    user = unique("signer")
    iam.create_user(UserName=user)
    body = make_cert(tmp_path)
    resp = iam.upload_signing_certificate(UserName=user, CertificateBody=body)
    cert = resp["Certificate"]
    assert cert["UserName"] == user and cert["Status"] == "Active"
    assert re.fullmatch(r"[A-Z2-7]{32}", cert["CertificateId"]), cert
    assert cert["CertificateBody"] == body.strip()
    listed = iam.list_signing_certificates(UserName=user)
    assert [c["CertificateId"] for c in listed["Certificates"]] == [cert["CertificateId"]]
    assert listed["Certificates"][0]["CertificateBody"] == body.strip()

    iam.update_signing_certificate(UserName=user, CertificateId=cert["CertificateId"], Status="Inactive")
    assert iam.list_signing_certificates(UserName=user)["Certificates"][0]["Status"] == "Inactive"
    iam.update_signing_certificate(UserName=user, CertificateId=cert["CertificateId"], Status="Active")
    assert_error(
        lambda: iam.delete_user(UserName=user), "DeleteConflict", 409, "Cannot delete entity, must delete certificates first."
    )
    iam.delete_signing_certificate(UserName=user, CertificateId=cert["CertificateId"])
    assert iam.list_signing_certificates(UserName=user)["Certificates"] == []
    missing = f"The Certificate with id {cert['CertificateId']} cannot be found."
    assert_error(lambda: iam.delete_signing_certificate(UserName=user, CertificateId=cert["CertificateId"]), "NoSuchEntity", 404, missing)
    assert_error(
        lambda: iam.update_signing_certificate(UserName=user, CertificateId=cert["CertificateId"], Status="Active"),
        "NoSuchEntity",
        404,
        missing,
    )
    iam.delete_user(UserName=user)
    record = audit_record(iamd.data_dir, request_id(resp))
    assert record["eventName"] == "UploadSigningCertificate" and record["readOnly"] is False


def test_bad_certificates_and_duplicates(iam, tmp_path):
    user, other = unique("badcert"), unique("othercert")
    iam.create_user(UserName=user)
    iam.create_user(UserName=other)
    assert_error(
        lambda: iam.upload_signing_certificate(UserName=user, CertificateBody="not a certificate"),
        "MalformedCertificate",
        400,
        "Certificate not a certificate is malformed.",
    )
    ec = make_cert(tmp_path, ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"])
    assert_error(lambda: iam.upload_signing_certificate(UserName=user, CertificateBody=ec), "InvalidCertificate", 400)
    body = make_cert(tmp_path)
    iam.upload_signing_certificate(UserName=user, CertificateBody=body)
    # The same certificate on any user of the account: 409.
    for owner in (user, other):
        assert_error(
            lambda: iam.upload_signing_certificate(UserName=owner, CertificateBody=body), "DuplicateCertificate", 409
        )
    ghost = unique("ghost")
    assert_error(
        lambda: iam.upload_signing_certificate(UserName=ghost, CertificateBody=make_cert(tmp_path)),
        "NoSuchEntity",
        404,
        f"The user with name {ghost} cannot be found.",
    )


def test_two_per_user_under_concurrency(iam, tmp_path):
    user = unique("quota")
    iam.create_user(UserName=user)
    bodies = [make_cert(tmp_path) for _ in range(5)]

    def upload(body):
        try:
            iam.upload_signing_certificate(UserName=user, CertificateBody=body)
            return "ok"
        except iam.exceptions.LimitExceededException as e:
            assert e.response["Error"]["Message"] == "Cannot exceed quota for CertificatesPerUser: 2"
            return "limit"

    with ThreadPoolExecutor(len(bodies)) as pool:
        outcomes = list(pool.map(upload, bodies))
    assert outcomes.count("ok") == 2, outcomes
    assert len(iam.list_signing_certificates(UserName=user)["Certificates"]) == 2


def test_without_a_user_name_the_caller_and_roots_own(start_server, tmp_path):
    server = start_server()
    iam = server.iam()
    mine = iam.upload_signing_certificate(CertificateBody=make_cert(tmp_path))["Certificate"]
    assert [c["CertificateId"] for c in iam.list_signing_certificates()["Certificates"]] == [mine["CertificateId"]]
    name, creds = server.make_user(
        "selfcert",
        policy=allow(["iam:UploadSigningCertificate", "iam:ListSigningCertificates"], f"arn:aws:iam::{ACCOUNT_ID}:user/${{aws:username}}"),
    )
    client = server.iam(creds)
    client.upload_signing_certificate(CertificateBody=make_cert(tmp_path))
    assert [c["UserName"] for c in client.list_signing_certificates()["Certificates"]] == [name]
    other = unique("other")
    iam.create_user(UserName=other)
    assert_error(lambda: client.list_signing_certificates(UserName=other), "AccessDenied", 403)


def test_cli_signing_certificates(iamd, iam, tmp_path):
    user = unique("clicert")
    iam.create_user(UserName=user)
    path = tmp_path / "c.pem"
    path.write_text(make_cert(tmp_path))
    code, out, err = iamd.aws("iam", "upload-signing-certificate", "--user-name", user, "--certificate-body", f"file://{path}")
    assert code == 0, err
    code, out2, err = iamd.aws("iam", "list-signing-certificates", "--user-name", user)
    assert code == 0, err
    assert [c["CertificateId"] for c in out2["Certificates"]] == [out["Certificate"]["CertificateId"]]


def test_roots_certificate_shows_in_the_account_summary(start_server, tmp_path):
    iam = start_server().iam()
    assert iam.get_account_summary()["SummaryMap"]["AccountSigningCertificatesPresent"] == 0
    iam.upload_signing_certificate(CertificateBody=make_cert(tmp_path))
    assert iam.get_account_summary()["SummaryMap"]["AccountSigningCertificatesPresent"] == 1


def test_credential_report_cert_columns(start_server, tmp_path):
    import csv
    import io

    iam = start_server().iam()
    user = unique("reported")
    iam.create_user(UserName=user)
    first = iam.upload_signing_certificate(UserName=user, CertificateBody=make_cert(tmp_path))["Certificate"]
    second = iam.upload_signing_certificate(UserName=user, CertificateBody=make_cert(tmp_path))["Certificate"]
    iam.update_signing_certificate(UserName=user, CertificateId=second["CertificateId"], Status="Inactive")
    iam.generate_credential_report()
    content = iam.get_credential_report()["Content"].decode()
    [row] = [r for r in csv.DictReader(io.StringIO(content)) if r["user"] == user]
    assert row["cert_1_active"] == "true"
    assert row["cert_1_last_rotated"].startswith(first["UploadDate"].strftime("%Y-%m-%dT%H:%M"))
    assert (row["cert_2_active"], row["cert_2_last_rotated"]) == ("false", "N/A")
    [root] = [r for r in csv.DictReader(io.StringIO(content)) if r["user"] == "<root_account>"]
    assert (root["cert_1_active"], root["cert_1_last_rotated"]) == ("false", "N/A")
