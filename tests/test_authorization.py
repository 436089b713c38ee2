"""Every call is authorized by the caller's inline policies (their own and their groups')."""

from __future__ import annotations

import json

import pytest

from iamd_harness import ACCOUNT_ID, Creds, allow, assert_error, unique

S1_POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Action": ["iam:GetUser"],
            "Resource": [f"arn:aws:iam::{ACCOUNT_ID}:user/${{aws:username}}"],
        }
    ],
}


def user_arn(name: str, path: str = "/") -> str:
    return f"arn:aws:iam::{ACCOUNT_ID}:user{path}{name}"


def no_allow(action: str) -> str:
    return f"because no identity-based policy allows the {action} action"


EXPLICIT_DENY = "with an explicit deny in an identity-based policy"


def test_user_without_policy_is_denied(iamd):
    name, creds = iamd.make_user("nopolicy")
    iam = iamd.iam(creds)
    e = assert_error(lambda: iam.list_users(), "AccessDenied", 403)
    message = e.response["Error"]["Message"]
    assert message.startswith(
        f"User: {user_arn(name)} is not authorized to perform: iam:ListUsers on resource: "
    ), message
    assert message.endswith(f" {no_allow('iam:ListUsers')}"), message
    assert e.response["Error"]["Type"] == "Sender"

    e = assert_error(lambda: iam.get_user(UserName=name), "AccessDenied", 403)
    assert e.response["Error"]["Message"].endswith(no_allow("iam:GetUser"))
    assert_error(lambda: iam.create_user(UserName=unique("x")), "AccessDenied", 403)
    assert_error(lambda: iam.create_access_key(), "AccessDenied", 403)


def test_list_users_denial_is_the_exact_aws_sentence(iamd):
    name, creds = iamd.make_user("exactdeny")
    assert_error(
        lambda: iamd.iam(creds).list_users(),
        "AccessDenied",
        403,
        f"User: {user_arn(name)} is not authorized to perform: iam:ListUsers on resource: "
        f"arn:aws:iam::{ACCOUNT_ID}:user/ because no identity-based policy allows the "
        "iam:ListUsers action",
    )


def test_cli_access_denied(iamd):
    name, creds = iamd.make_user("clideny")
    code, out, err = iamd.aws("iam", "list-users", creds=creds)
    assert code == 255
    assert (
        "An error occurred (AccessDenied) when calling the ListUsers operation: "
        f"User: {user_arn(name)} is not authorized to perform: iam:ListUsers on resource: "
    ) in err
    assert no_allow("iam:ListUsers") in err


def test_s1_policy_allows_get_user_on_self_only(iamd, iam):
    me, creds = iamd.make_user("s1", policy=S1_POLICY)
    other = unique("s1other")
    iam.create_user(UserName=other)
    client = iamd.iam(creds)

    assert client.get_user(UserName=me)["User"]["UserName"] == me
    assert client.get_user()["User"]["UserName"] == me
    e = assert_error(lambda: client.get_user(UserName=other), "AccessDenied", 403)
    message = e.response["Error"]["Message"]
    assert message.startswith(
        f"User: {user_arn(me)} is not authorized to perform: iam:GetUser on resource: "
    ), message
    assert other in message
    assert message.endswith(no_allow("iam:GetUser")), message
    # Only GetUser was granted.
    assert_error(lambda: client.list_access_keys(), "AccessDenied", 403)
    # Authorization is checked before existence: an unknown user is denied, not "not found".
    assert_error(lambda: client.get_user(UserName=unique("ghost")), "AccessDenied", 403)


def test_group_policy_grants_its_members(iamd, iam):
    group = unique("readers")
    iam.create_group(GroupName=group)
    iam.put_group_policy(
        GroupName=group,
        PolicyName="list",
        PolicyDocument=json.dumps(allow(["iam:ListUsers", "iam:ListGroups"])),
    )
    name, creds = iamd.make_user("reader")
    client = iamd.iam(creds)
    assert_error(lambda: client.list_users(MaxItems=1), "AccessDenied", 403)

    iam.add_user_to_group(GroupName=group, UserName=name)
    assert "Users" in client.list_users(MaxItems=1)
    assert "Groups" in client.list_groups(MaxItems=1)
    assert_error(lambda: client.list_access_keys(), "AccessDenied", 403)

    iam.remove_user_from_group(GroupName=group, UserName=name)
    assert_error(lambda: client.list_users(MaxItems=1), "AccessDenied", 403)


def test_policy_changes_take_effect_at_once(iamd, iam):
    name, creds = iamd.make_user("changing")
    client = iamd.iam(creds)
    assert_error(lambda: client.list_groups(), "AccessDenied", 403)
    iam.put_user_policy(
        UserName=name, PolicyName="p", PolicyDocument=json.dumps(allow("iam:ListGroups"))
    )
    client.list_groups()
    iam.delete_user_policy(UserName=name, PolicyName="p")
    assert_error(lambda: client.list_groups(), "AccessDenied", 403)


def test_explicit_deny_wins(iamd, iam):
    name, creds = iamd.make_user("denied", policy=allow("iam:*"))
    client = iamd.iam(creds)
    client.list_users(MaxItems=1)

    group = unique("nolist")
    iam.create_group(GroupName=group)
    iam.put_group_policy(
        GroupName=group,
        PolicyName="deny",
        PolicyDocument=json.dumps(allow("iam:ListUsers", effect="Deny")),
    )
    iam.add_user_to_group(GroupName=group, UserName=name)
    e = assert_error(lambda: client.list_users(MaxItems=1), "AccessDenied", 403)
    message = e.response["Error"]["Message"]
    assert message.startswith(
        f"User: {user_arn(name)} is not authorized to perform: iam:ListUsers on resource: "
    ), message
    assert message.endswith(f" {EXPLICIT_DENY}"), message
    # Everything the Deny does not name is still allowed.
    client.list_groups(MaxItems=1)
    client.get_user(UserName=name)

    iam.put_user_policy(
        UserName=name,
        PolicyName="deny-self",
        PolicyDocument=json.dumps(allow("iam:GetUser", resource=user_arn(name), effect="Deny")),
    )
    e = assert_error(lambda: client.get_user(UserName=name), "AccessDenied", 403)
    assert e.response["Error"]["Message"].endswith(EXPLICIT_DENY)


def test_path_scoped_policy(iamd, iam):
    path = f"/{unique('scope')}/"
    inside = unique("in")
    outside = unique("out")
    iam.create_user(UserName=inside, Path=path)
    iam.create_user(UserName=outside)
    _, creds = iamd.make_user(
        "scoped", policy=allow("iam:GetUser", resource=f"arn:aws:iam::{ACCOUNT_ID}:user{path}*")
    )
    client = iamd.iam(creds)
    assert client.get_user(UserName=inside)["User"]["Path"] == path
    assert_error(lambda: client.get_user(UserName=outside), "AccessDenied", 403)


def test_inactive_key_is_refused_until_reactivated(iamd, iam):
    name, creds = iamd.make_user("sleeper")
    sts = iamd.sts(creds)
    assert sts.get_caller_identity()["Arn"] == user_arn(name)

    iam.update_access_key(UserName=name, AccessKeyId=creds.access_key_id, Status="Inactive")
    e = assert_error(lambda: sts.get_caller_identity(), "InvalidClientTokenId", 403)
    assert e.response["Error"]["Message"].startswith(
        "The security token included in the request is invalid"
    )
    assert_error(lambda: iamd.iam(creds).get_user(), "InvalidClientTokenId", 403)

    iam.update_access_key(UserName=name, AccessKeyId=creds.access_key_id, Status="Active")
    assert sts.get_caller_identity()["Arn"] == user_arn(name)


def test_deleted_user_key_stops_working(iamd, iam):
    name, creds = iamd.make_user("leaver", policy=allow("iam:ListUsers"))
    client = iamd.iam(creds)
    client.list_users(MaxItems=1)
    iam.delete_user_policy(UserName=name, PolicyName="inline")
    iam.delete_access_key(UserName=name, AccessKeyId=creds.access_key_id)
    iam.delete_user(UserName=name)
    assert_error(lambda: client.list_users(MaxItems=1), "InvalidClientTokenId", 403)


def test_admin_user_can_manage_users(iamd):
    _, creds = iamd.make_user("admin", policy=allow("iam:*"))
    client = iamd.iam(creds)
    name = unique("managed")
    client.create_user(UserName=name)
    key = client.create_access_key(UserName=name)["AccessKey"]
    client.put_user_policy(
        UserName=name, PolicyName="p", PolicyDocument=json.dumps(allow("sts:GetCallerIdentity"))
    )
    new = Creds(key["AccessKeyId"], key["SecretAccessKey"])
    assert iamd.sts(new).get_caller_identity()["Arn"] == user_arn(name)
