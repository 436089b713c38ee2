"""State survives restarts and crashes: every acknowledged write is on disk."""

from __future__ import annotations

import json
import stat

import pytest

from iamd_harness import ACCOUNT_ID, Creds, allow, assert_error, unique

SELF_READ = allow(
    ["iam:GetUser", "iam:ListAccessKeys"],
    resource=f"arn:aws:iam::{ACCOUNT_ID}:user/${{aws:username}}",
)


def test_restart_keeps_users_policies_groups_and_keys(start_server, tmp_path):
    server = start_server(tmp_path / "data")
    iam = server.iam()
    name = unique("durable")
    group = unique("durable-group")
    user = iam.create_user(UserName=name, Tags=[{"Key": "team", "Value": "blue"}])["User"]
    iam.put_user_policy(UserName=name, PolicyName="self", PolicyDocument=json.dumps(SELF_READ))
    iam.create_group(GroupName=group)
    iam.put_group_policy(
        GroupName=group, PolicyName="list", PolicyDocument=json.dumps(allow("iam:ListGroups"))
    )
    iam.add_user_to_group(GroupName=group, UserName=name)
    active = iam.create_access_key(UserName=name)["AccessKey"]
    inactive = iam.create_access_key(UserName=name)["AccessKey"]
    iam.update_access_key(UserName=name, AccessKeyId=inactive["AccessKeyId"], Status="Inactive")
    active_creds = Creds(active["AccessKeyId"], active["SecretAccessKey"])
    inactive_creds = Creds(inactive["AccessKeyId"], inactive["SecretAccessKey"])
    server.sts(active_creds, region="ap-south-1").get_caller_identity()

    assert server.stop() == 0
    assert "iamd: stopped" in server.log()
    server.start()

    iam = server.iam()
    # The last use of the key was written at shutdown.
    last = iam.get_access_key_last_used(AccessKeyId=active["AccessKeyId"])["AccessKeyLastUsed"]
    assert (last["ServiceName"], last["Region"]) == ("sts", "ap-south-1")
    assert "LastUsedDate" in last
    got = iam.get_user(UserName=name)["User"]
    assert (got["UserId"], got["Arn"], got["Tags"]) == (
        user["UserId"],
        user["Arn"],
        [{"Key": "team", "Value": "blue"}],
    )
    assert iam.get_user_policy(UserName=name, PolicyName="self")["PolicyDocument"] == SELF_READ
    assert iam.get_group_policy(GroupName=group, PolicyName="list")["PolicyDocument"] == allow(
        "iam:ListGroups"
    )
    assert [u["UserName"] for u in iam.get_group(GroupName=group)["Users"]] == [name]
    statuses = {
        k["AccessKeyId"]: k["Status"]
        for k in iam.list_access_keys(UserName=name)["AccessKeyMetadata"]
    }
    assert statuses == {active["AccessKeyId"]: "Active", inactive["AccessKeyId"]: "Inactive"}

    # The key still authenticates, and its policies (own and group) still authorize.
    client = server.iam(active_creds)
    assert client.get_user()["User"]["UserId"] == user["UserId"]
    client.list_groups()
    assert_error(lambda: client.list_users(), "AccessDenied", 403)
    assert_error(
        lambda: server.sts(inactive_creds).get_caller_identity(), "InvalidClientTokenId", 403
    )

    # The root key from the environment is not created twice.
    root_keys = [k["AccessKeyId"] for k in iam.list_access_keys()["AccessKeyMetadata"]]
    assert root_keys.count(server.root.access_key_id) == 1


def test_root_key_needs_the_environment_only_once(start_server, tmp_path):
    server = start_server(tmp_path / "data")
    root = server.root
    server.stop()
    server.root_from_env = False
    server.start()
    assert server.root == root
    assert not (tmp_path / "data" / "root-credentials").exists()
    assert server.sts().get_caller_identity()["Arn"] == f"arn:aws:iam::{ACCOUNT_ID}:root"


def test_generated_root_credentials(start_server, tmp_path):
    data = tmp_path / "data"
    server = start_server(data, root_from_env=False)
    path = data / "root-credentials"
    assert f"iamd: root credentials for account {ACCOUNT_ID} written to {path}" in server.log()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text()
    assert text.startswith("[default]\n")
    assert server.root.access_key_id.startswith("AKIA")
    assert server.root.secret not in server.log()
    assert server.sts().get_caller_identity()["Arn"] == f"arn:aws:iam::{ACCOUNT_ID}:root"

    first = server.root
    server.restart()
    assert server.root == first
    assert server.sts().get_caller_identity()["Account"] == ACCOUNT_ID
    assert path.read_text() == text


def test_data_dir_belongs_to_one_account(start_server, tmp_path):
    server = start_server(tmp_path / "data")
    server.stop()
    server.account_id = "210987654321"
    with pytest.raises(RuntimeError) as failure:
        server.start()
    assert "exited with status" in str(failure.value)
    assert "123456789012" in str(failure.value)


def test_kill_9_right_after_acknowledged_writes(start_server, tmp_path):
    server = start_server(tmp_path / "data")
    iam = server.iam()

    # One write, then a crash, several times over.
    created = []
    for _ in range(3):
        name = unique("crash")
        created.append(iam.create_user(UserName=name)["User"])
        server.kill()
        server.start()
        iam = server.iam()
    for user in created:
        assert iam.get_user(UserName=user["UserName"])["User"]["UserId"] == user["UserId"]

    # An access key: acknowledged, crash, and it authenticates afterwards.
    owner = created[0]["UserName"]
    key = iam.create_access_key(UserName=owner)["AccessKey"]
    server.kill()
    server.start()
    creds = Creds(key["AccessKeyId"], key["SecretAccessKey"])
    assert server.sts(creds).get_caller_identity()["Arn"].endswith(f":user/{owner}")

    # A policy: acknowledged, crash, and it authorizes afterwards.
    server.iam().put_user_policy(
        UserName=owner, PolicyName="self", PolicyDocument=json.dumps(SELF_READ)
    )
    server.kill()
    server.start()
    assert server.iam(creds).get_user()["User"]["UserName"] == owner

    # A burst of writes with the crash right after the last acknowledgement.
    iam = server.iam()
    burst = [unique("burst") for _ in range(15)]
    for name in burst:
        iam.create_user(UserName=name)
    burst_key = iam.create_access_key(UserName=burst[-1])["AccessKey"]
    iam.update_access_key(UserName=owner, AccessKeyId=key["AccessKeyId"], Status="Inactive")
    server.kill()
    server.start()
    iam = server.iam()
    listed = {
        u["UserName"]
        for u in iam.get_paginator("list_users").paginate().build_full_result()["Users"]
    }
    assert set(burst) <= listed
    assert (
        server.sts(Creds(burst_key["AccessKeyId"], burst_key["SecretAccessKey"]))
        .get_caller_identity()["Arn"]
        .endswith(f":user/{burst[-1]}")
    )
    assert_error(lambda: server.sts(creds).get_caller_identity(), "InvalidClientTokenId", 403)
