"""Access keys: CreateAccessKey, UpdateAccessKey, DeleteAccessKey, ListAccessKeys,
GetAccessKeyLastUsed; the two-key quota, also under concurrency."""

from __future__ import annotations

import re
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from botocore.exceptions import ClientError

from iamd_harness import ACCOUNT_ID, Creds, allow, assert_error, unique

QUOTA = "Cannot exceed quota for AccessKeysPerUser: 2"


def test_create_and_list(iamd, iam):
    name = unique("keyed")
    iam.create_user(UserName=name)
    key = iam.create_access_key(UserName=name)["AccessKey"]
    assert key["UserName"] == name
    assert key["Status"] == "Active"
    assert re.fullmatch(r"AKIA[A-Z0-9]{16}", key["AccessKeyId"]), key["AccessKeyId"]
    assert len(key["SecretAccessKey"]) == 40
    assert "CreateDate" in key

    listed = iam.list_access_keys(UserName=name)
    assert listed["IsTruncated"] is False
    assert listed["AccessKeyMetadata"] == [
        {
            "UserName": name,
            "AccessKeyId": key["AccessKeyId"],
            "Status": "Active",
            "CreateDate": key["CreateDate"],
        }
    ]
    creds = Creds(key["AccessKeyId"], key["SecretAccessKey"])
    assert iamd.sts(creds).get_caller_identity()["Arn"].endswith(f":user/{name}")


def test_secret_is_shown_only_once(iam):
    name = unique("once")
    iam.create_user(UserName=name)
    key = iam.create_access_key(UserName=name)["AccessKey"]
    listed = iam.list_access_keys(UserName=name)
    assert key["SecretAccessKey"] not in repr(listed)
    assert "SecretAccessKey" not in listed["AccessKeyMetadata"][0]


def test_third_key_exceeds_the_quota_even_when_one_is_inactive(iam):
    name = unique("twokeys")
    iam.create_user(UserName=name)
    first = iam.create_access_key(UserName=name)["AccessKey"]["AccessKeyId"]
    iam.create_access_key(UserName=name)
    iam.update_access_key(UserName=name, AccessKeyId=first, Status="Inactive")
    e = assert_error(lambda: iam.create_access_key(UserName=name), "LimitExceeded", 409, QUOTA)
    assert isinstance(e, iam.exceptions.LimitExceededException)
    assert len(iam.list_access_keys(UserName=name)["AccessKeyMetadata"]) == 2
    iam.delete_access_key(UserName=name, AccessKeyId=first)
    iam.create_access_key(UserName=name)


def test_update_status(iam):
    name = unique("status")
    iam.create_user(UserName=name)
    key_id = iam.create_access_key(UserName=name)["AccessKey"]["AccessKeyId"]
    iam.update_access_key(UserName=name, AccessKeyId=key_id, Status="Inactive")
    assert iam.list_access_keys(UserName=name)["AccessKeyMetadata"][0]["Status"] == "Inactive"
    iam.update_access_key(UserName=name, AccessKeyId=key_id, Status="Active")
    assert iam.list_access_keys(UserName=name)["AccessKeyMetadata"][0]["Status"] == "Active"


def test_delete(iamd, iam):
    name = unique("delkey")
    iam.create_user(UserName=name)
    key = iam.create_access_key(UserName=name)["AccessKey"]
    iam.delete_access_key(UserName=name, AccessKeyId=key["AccessKeyId"])
    assert iam.list_access_keys(UserName=name)["AccessKeyMetadata"] == []
    # A deleted key no longer authenticates.
    creds = Creds(key["AccessKeyId"], key["SecretAccessKey"])
    assert_error(lambda: iamd.sts(creds).get_caller_identity(), "InvalidClientTokenId", 403)
    assert_error(
        lambda: iam.delete_access_key(UserName=name, AccessKeyId=key["AccessKeyId"]),
        "NoSuchEntity",
        404,
    )
    iam.delete_user(UserName=name)


def test_key_of_another_user_is_not_found(iam):
    a = unique("ka")
    b = unique("kb")
    iam.create_user(UserName=a)
    iam.create_user(UserName=b)
    key_id = iam.create_access_key(UserName=a)["AccessKey"]["AccessKeyId"]
    for call in (
        lambda: iam.update_access_key(UserName=b, AccessKeyId=key_id, Status="Inactive"),
        lambda: iam.delete_access_key(UserName=b, AccessKeyId=key_id),
    ):
        e = assert_error(call, "NoSuchEntity", 404)
        assert key_id in e.response["Error"]["Message"]
    assert iam.list_access_keys(UserName=a)["AccessKeyMetadata"][0]["Status"] == "Active"


def test_unknown_user(iam):
    ghost = unique("ghost")
    msg = f"The user with name {ghost} cannot be found."
    assert_error(lambda: iam.create_access_key(UserName=ghost), "NoSuchEntity", 404, msg)
    assert_error(lambda: iam.list_access_keys(UserName=ghost), "NoSuchEntity", 404, msg)
    assert_error(
        lambda: iam.update_access_key(
            UserName=ghost, AccessKeyId="AKIAAAAAAAAAAAAAAAAA", Status="Inactive"
        ),
        "NoSuchEntity",
        404,
        msg,
    )
    assert_error(
        lambda: iam.delete_access_key(UserName=ghost, AccessKeyId="AKIAAAAAAAAAAAAAAAAA"),
        "NoSuchEntity",
        404,
        msg,
    )


def test_without_user_name_acts_on_the_caller(iamd, iam):
    own_keys = allow(
        [
            "iam:CreateAccessKey",
            "iam:ListAccessKeys",
            "iam:UpdateAccessKey",
            "iam:DeleteAccessKey",
        ],
        resource="arn:aws:iam::123456789012:user/${aws:username}",
    )
    name, creds = iamd.make_user("selfkeys", policy=own_keys)
    mine = iamd.iam(creds)
    second = mine.create_access_key()["AccessKey"]
    assert second["UserName"] == name
    ids = sorted(k["AccessKeyId"] for k in mine.list_access_keys()["AccessKeyMetadata"])
    assert ids == sorted([creds.access_key_id, second["AccessKeyId"]])
    mine.update_access_key(AccessKeyId=second["AccessKeyId"], Status="Inactive")
    mine.delete_access_key(AccessKeyId=second["AccessKeyId"])
    assert [k["AccessKeyId"] for k in iam.list_access_keys(UserName=name)["AccessKeyMetadata"]] == [
        creds.access_key_id
    ]


def test_root_lists_its_own_keys(iamd, iam):
    keys = iam.list_access_keys()["AccessKeyMetadata"]
    assert iamd.root.access_key_id in [k["AccessKeyId"] for k in keys]


def test_update_status_validation(iamd, iam):
    name = unique("badstatus")
    iam.create_user(UserName=name)
    key_id = iam.create_access_key(UserName=name)["AccessKey"]["AccessKeyId"]
    e = assert_error(
        lambda: iam.update_access_key(UserName=name, AccessKeyId=key_id, Status="Sleeping"),
        "ValidationError",
        400,
    )
    assert "'status'" in e.response["Error"]["Message"]
    unchecked = iamd.iam(parameter_validation=False)
    e = assert_error(
        lambda: unchecked.update_access_key(UserName=name, AccessKeyId="short", Status="Active"),
        "ValidationError",
        400,
    )
    assert "'accessKeyId'" in e.response["Error"]["Message"]


def test_last_used(iamd, iam):
    name, creds = iamd.make_user("lastused")
    fresh = iam.get_access_key_last_used(AccessKeyId=creds.access_key_id)
    assert fresh["UserName"] == name
    assert fresh["AccessKeyLastUsed"]["ServiceName"] == "N/A"
    assert fresh["AccessKeyLastUsed"]["Region"] == "N/A"
    assert "LastUsedDate" not in fresh["AccessKeyLastUsed"]

    iamd.sts(creds, region="eu-west-2").get_caller_identity()
    used = iam.get_access_key_last_used(AccessKeyId=creds.access_key_id)["AccessKeyLastUsed"]
    assert used["ServiceName"] == "sts"
    assert used["Region"] == "eu-west-2"
    assert "LastUsedDate" in used


def test_last_used_of_unknown_key_is_access_denied(iamd):
    name, creds = iamd.make_user("admin", policy=allow("iam:*"))
    bogus = "AKIA" + "Z" * 16
    assert_error(
        lambda: iamd.iam(creds).get_access_key_last_used(AccessKeyId=bogus),
        "AccessDenied",
        403,
        f"User: arn:aws:iam::{ACCOUNT_ID}:user/{name} is not authorized to perform "
        f"iam:GetAccessKeyLastUsed on resource: access key {bogus}",
    )


def test_cli_access_keys(iamd):
    name = unique("clikeys")
    code, _, err = iamd.aws("iam", "create-user", "--user-name", name)
    assert code == 0, err
    code, out, err = iamd.aws("iam", "create-access-key", "--user-name", name)
    assert code == 0, err
    key = out["AccessKey"]
    assert key["UserName"] == name and key["Status"] == "Active" and key["SecretAccessKey"]
    creds = Creds(key["AccessKeyId"], key["SecretAccessKey"])
    code, out, err = iamd.aws("sts", "get-caller-identity", creds=creds)
    assert code == 0, err
    assert out["Arn"] == f"arn:aws:iam::{ACCOUNT_ID}:user/{name}"
    code, out, err = iamd.aws("iam", "list-access-keys", "--user-name", name)
    assert code == 0, err
    assert [k["AccessKeyId"] for k in out["AccessKeyMetadata"]] == [creds.access_key_id]
    code, out, err = iamd.aws("iam", "delete-user", "--user-name", name)
    assert code == 255
    assert "An error occurred (DeleteConflict) when calling the DeleteUser operation" in err
    iamd.aws("iam", "create-access-key", "--user-name", name)
    code, out, err = iamd.aws("iam", "create-access-key", "--user-name", name)
    assert code == 255
    assert (
        "An error occurred (LimitExceeded) when calling the CreateAccessKey operation: " + QUOTA
    ) in err


def test_concurrent_creates_respect_the_quota(iamd, iam):
    name = unique("race")
    iam.create_user(UserName=name)
    n = 64
    clients = [iamd.iam() for _ in range(n)]
    barrier = threading.Barrier(n)

    def attempt(client):
        barrier.wait(timeout=30)
        try:
            return ("ok", client.create_access_key(UserName=name)["AccessKey"]["AccessKeyId"])
        except ClientError as e:
            return (
                e.response["Error"]["Code"],
                e.response["ResponseMetadata"]["HTTPStatusCode"],
            )

    with ThreadPoolExecutor(max_workers=n) as pool:
        results = list(pool.map(attempt, clients))
    created = sorted(r[1] for r in results if r[0] == "ok")
    refused = [r for r in results if r[0] != "ok"]
    assert len(created) == 2, results
    assert all(r == ("LimitExceeded", 409) for r in refused), refused
    listed = sorted(
        k["AccessKeyId"] for k in iam.list_access_keys(UserName=name)["AccessKeyMetadata"]
    )
    assert listed == created
