"""SSH public keys for CodeCommit: Upload (OpenSSH and PEM, RSA 2048-16384 bits), Get (SSH and
PEM encodings, the MD5 fingerprint ssh-keygen shows), List, Update, Delete; 5 per user,
duplicates and malformed keys refused with AWS's codes, DeleteUser's conflict and
self-service under `user/${aws:username}` (spec iam-api-more.md §4)."""

from __future__ import annotations

import json
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from audit_helpers import audit_record, request_id
from iamd_harness import ACCOUNT_ID, allow, assert_error, unique

SELF_SERVICE = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Action": [
                "iam:UploadSSHPublicKey",
                "iam:GetSSHPublicKey",
                "iam:ListSSHPublicKeys",
                "iam:UpdateSSHPublicKey",
                "iam:DeleteSSHPublicKey",
            ],
            "Resource": f"arn:aws:iam::{ACCOUNT_ID}:user/${{aws:username}}",
        }
    ],
}


def keygen(tmp: Path, kind: str = "rsa", bits: int = 2048) -> dict:
    """A fresh key pair made by ssh-keygen: its OpenSSH line, PEM form and MD5 fingerprint."""
    path = tmp / unique("key")
    args = ["ssh-keygen", "-q", "-t", kind, "-N", "", "-C", "me@example", "-f", str(path)]
    if kind == "rsa":
        args += ["-b", str(bits)]
    subprocess.run(args, check=True)
    pub = path.with_suffix(".pub") if path.suffix else Path(str(path) + ".pub")
    line = pub.read_text().strip()
    md5 = subprocess.run(
        ["ssh-keygen", "-l", "-E", "md5", "-f", str(pub)], check=True, capture_output=True, text=True
    ).stdout.split()[1].removeprefix("MD5:")
    pem = None
    if kind == "rsa":
        pem = subprocess.run(
            ["ssh-keygen", "-e", "-m", "PKCS8", "-f", str(pub)], check=True, capture_output=True, text=True
        ).stdout
    return {"line": line, "pem": pem, "md5": md5}


def not_found(key_id: str) -> str:
    return f"The Public Key with id {key_id} cannot be found."


def test_upload_get_list_update_delete(iamd, iam, tmp_path):
    user = unique("coder")
    iam.create_user(UserName=user)
    key = keygen(tmp_path)
    resp = iam.upload_ssh_public_key(UserName=user, SSHPublicKeyBody=key["line"])
    uploaded = resp["SSHPublicKey"]
    assert re.fullmatch(r"APKA[A-Z0-9]{16}", uploaded["SSHPublicKeyId"]), uploaded
    assert uploaded["UserName"] == user
    assert uploaded["Status"] == "Active"
    assert uploaded["Fingerprint"] == key["md5"] and len(uploaded["Fingerprint"]) == 47
    # The comment is dropped.
    assert uploaded["SSHPublicKeyBody"] == " ".join(key["line"].split()[:2])
    key_id = uploaded["SSHPublicKeyId"]

    ssh = iam.get_ssh_public_key(UserName=user, SSHPublicKeyId=key_id, Encoding="SSH")["SSHPublicKey"]
    assert ssh["SSHPublicKeyBody"] == uploaded["SSHPublicKeyBody"]
    pem = iam.get_ssh_public_key(UserName=user, SSHPublicKeyId=key_id, Encoding="PEM")["SSHPublicKey"]
    assert pem["SSHPublicKeyBody"] == key["pem"]
    assert pem["Fingerprint"] == key["md5"]

    listed = iam.list_ssh_public_keys(UserName=user)
    assert listed["IsTruncated"] is False
    [meta] = listed["SSHPublicKeys"]
    assert meta["SSHPublicKeyId"] == key_id and meta["Status"] == "Active"
    assert "SSHPublicKeyBody" not in meta and "Fingerprint" not in meta

    iam.update_ssh_public_key(UserName=user, SSHPublicKeyId=key_id, Status="Inactive")
    assert iam.list_ssh_public_keys(UserName=user)["SSHPublicKeys"][0]["Status"] == "Inactive"
    assert_error(
        lambda: iam.update_ssh_public_key(UserName=user, SSHPublicKeyId=key_id, Status="Expired"),
        "InvalidInput",
        400,
    )

    # DeleteUser is refused while the user has a key.
    assert_error(
        lambda: iam.delete_user(UserName=user),
        "DeleteConflict",
        409,
        "Cannot delete entity, must remove referenced objects first.",
    )
    delete = iam.delete_ssh_public_key(UserName=user, SSHPublicKeyId=key_id)
    assert iam.list_ssh_public_keys(UserName=user)["SSHPublicKeys"] == []
    for call in (
        lambda: iam.get_ssh_public_key(UserName=user, SSHPublicKeyId=key_id, Encoding="SSH"),
        lambda: iam.delete_ssh_public_key(UserName=user, SSHPublicKeyId=key_id),
        lambda: iam.update_ssh_public_key(UserName=user, SSHPublicKeyId=key_id, Status="Active"),
    ):
        assert_error(call, "NoSuchEntity", 404, not_found(key_id))
    iam.delete_user(UserName=user)

    upload_record = audit_record(iamd.data_dir, request_id(resp))
    assert upload_record["eventName"] == "UploadSSHPublicKey" and upload_record["readOnly"] is False
    assert upload_record["requestParameters"]["userName"] == user
    delete_record = audit_record(iamd.data_dir, request_id(delete))
    assert delete_record["requestParameters"] == {"userName": user, "sSHPublicKeyId": key_id}


def test_pem_upload_reads_back_as_ssh(iam, tmp_path):
    user = unique("pem")
    iam.create_user(UserName=user)
    key = keygen(tmp_path, bits=4096)
    uploaded = iam.upload_ssh_public_key(UserName=user, SSHPublicKeyBody=key["pem"])["SSHPublicKey"]
    assert uploaded["Fingerprint"] == key["md5"]
    got = iam.get_ssh_public_key(UserName=user, SSHPublicKeyId=uploaded["SSHPublicKeyId"], Encoding="SSH")
    assert got["SSHPublicKey"]["SSHPublicKeyBody"] == " ".join(key["line"].split()[:2])


def test_bad_keys_are_refused_with_the_models_codes(iam, tmp_path):
    user = unique("badkeys")
    iam.create_user(UserName=user)
    ed = keygen(tmp_path, kind="ed25519")
    small = keygen(tmp_path, bits=1024)
    cases = [
        ("not a key at all", "UnrecognizedPublicKeyEncoding"),
        (ed["line"], "InvalidPublicKey"),
        (small["line"], "InvalidPublicKey"),
        ("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ== truncated", "InvalidPublicKey"),
        ("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", "InvalidPublicKey"),
    ]
    for body, code in cases:
        assert_error(lambda: iam.upload_ssh_public_key(UserName=user, SSHPublicKeyBody=body), code, 400)
    good = keygen(tmp_path)
    iam.upload_ssh_public_key(UserName=user, SSHPublicKeyBody=good["line"])
    # The same key again, in either encoding, is a duplicate (400, not 409).
    for body in (good["line"], good["pem"]):
        assert_error(
            lambda: iam.upload_ssh_public_key(UserName=user, SSHPublicKeyBody=body),
            "DuplicateSSHPublicKey",
            400,
        )
    # Another user may hold the same key.
    other = unique("other")
    iam.create_user(UserName=other)
    iam.upload_ssh_public_key(UserName=other, SSHPublicKeyBody=good["line"])
    ghost = unique("ghost")
    assert_error(
        lambda: iam.upload_ssh_public_key(UserName=ghost, SSHPublicKeyBody=good["line"]),
        "NoSuchEntity",
        404,
        f"The user with name {ghost} cannot be found.",
    )
    assert_error(
        lambda: iam.get_ssh_public_key(UserName=other, SSHPublicKeyId="APKAAAAAAAAAAAAAAAAA", Encoding="SSH"),
        "NoSuchEntity",
        404,
        not_found("APKAAAAAAAAAAAAAAAAA"),
    )
    e = assert_error(
        lambda: iam.get_ssh_public_key(UserName=other, SSHPublicKeyId="APKAAAAAAAAAAAAAAAAA", Encoding="DER"),
        "ValidationError",
        400,
    )
    assert "encoding" in e.response["Error"]["Message"]


def test_five_keys_per_user_under_concurrency(iam, tmp_path):
    user = unique("quota")
    iam.create_user(UserName=user)
    keys = [keygen(tmp_path)["line"] for _ in range(8)]

    def upload(body):
        try:
            iam.upload_ssh_public_key(UserName=user, SSHPublicKeyBody=body)
            return "ok"
        except iam.exceptions.LimitExceededException as e:
            assert e.response["Error"]["Message"] == "Cannot exceed quota for SSHPublicKeysPerUser: 5"
            return "limit"

    with ThreadPoolExecutor(len(keys)) as pool:
        outcomes = list(pool.map(upload, keys))
    assert outcomes.count("ok") == 5, outcomes
    assert len(iam.list_ssh_public_keys(UserName=user)["SSHPublicKeys"]) == 5
    page = iam.list_ssh_public_keys(UserName=user, MaxItems=2)
    assert page["IsTruncated"] is True
    everything = iam.get_paginator("list_ssh_public_keys").paginate(
        UserName=user, PaginationConfig={"PageSize": 2}
    ).build_full_result()["SSHPublicKeys"]
    assert len({k["SSHPublicKeyId"] for k in everything}) == 5


def test_self_service_under_aws_username(iamd, iam, tmp_path):
    me, creds = iamd.make_user("selfssh", policy=SELF_SERVICE)
    other = unique("neighbour")
    iam.create_user(UserName=other)
    client = iamd.iam(creds)
    key = keygen(tmp_path)
    mine = client.upload_ssh_public_key(UserName=me, SSHPublicKeyBody=key["line"])["SSHPublicKey"]
    # Without UserName, List means the caller.
    assert [k["SSHPublicKeyId"] for k in client.list_ssh_public_keys()["SSHPublicKeys"]] == [mine["SSHPublicKeyId"]]
    client.update_ssh_public_key(UserName=me, SSHPublicKeyId=mine["SSHPublicKeyId"], Status="Inactive")
    e = assert_error(
        lambda: client.upload_ssh_public_key(UserName=other, SSHPublicKeyBody=keygen(tmp_path)["line"]),
        "AccessDenied",
        403,
    )
    assert f"iam:UploadSSHPublicKey on resource: user {other} " in e.response["Error"]["Message"]
    assert_error(lambda: client.list_ssh_public_keys(UserName=other), "AccessDenied", 403)
    client.delete_ssh_public_key(UserName=me, SSHPublicKeyId=mine["SSHPublicKeyId"])
    # The AWS managed policy IAMUserSSHKeys grants the same.
    second, creds2 = iamd.make_user("managedssh")
    iam.attach_user_policy(UserName=second, PolicyArn="arn:aws:iam::aws:policy/IAMUserSSHKeys")
    iamd.iam(creds2).upload_ssh_public_key(UserName=second, SSHPublicKeyBody=keygen(tmp_path)["line"])


def test_root_lists_no_keys_of_its_own(iam):
    assert iam.list_ssh_public_keys()["SSHPublicKeys"] == []


def test_cli_ssh_keys(iamd, iam, tmp_path):
    user = unique("clissh")
    iam.create_user(UserName=user)
    key = keygen(tmp_path)
    path = tmp_path / "key.pub"
    path.write_text(key["line"] + "\n")
    code, out, err = iamd.aws("iam", "upload-ssh-public-key", "--user-name", user, "--ssh-public-key-body", f"file://{path}")
    assert code == 0, err
    assert out["SSHPublicKey"]["Fingerprint"] == key["md5"]
    key_id = out["SSHPublicKey"]["SSHPublicKeyId"]
    code, out, err = iamd.aws("iam", "get-ssh-public-key", "--user-name", user, "--ssh-public-key-id", key_id, "--encoding", "PEM")
    assert code == 0, err
    assert out["SSHPublicKey"]["SSHPublicKeyBody"].startswith("-----BEGIN PUBLIC KEY-----")
    code, out, err = iamd.aws("iam", "list-ssh-public-keys", "--user-name", user)
    assert code == 0, err
    assert [k["SSHPublicKeyId"] for k in out["SSHPublicKeys"]] == [key_id]
