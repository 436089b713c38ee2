"""Inline policies of users and groups: Put/Get/List/Delete User/Group Policy."""

from __future__ import annotations

import json

import pytest

from iamd_harness import allow, assert_error, unique

DOC = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "ReadOwnUser",
            "Effect": "Allow",
            "Action": ["iam:GetUser", "iam:ListAccessKeys"],
            "Resource": "arn:aws:iam::123456789012:user/${aws:username}",
            "Condition": {"StringEquals": {"aws:PrincipalTag/owner": "José & Ñandú <x>"}},
        }
    ],
}


@pytest.fixture(params=["user", "group"])
def owner(request, iam):
    """(kind, name, put, get, list, delete) for a new user or group."""
    if request.param == "user":
        name = unique("pol-user")
        iam.create_user(UserName=name)
        return (
            "user",
            name,
            lambda **kw: iam.put_user_policy(UserName=name, **kw),
            lambda **kw: iam.get_user_policy(UserName=name, **kw),
            lambda **kw: iam.list_user_policies(UserName=name, **kw),
            lambda **kw: iam.delete_user_policy(UserName=name, **kw),
        )
    name = unique("pol-group")
    iam.create_group(GroupName=name)
    return (
        "group",
        name,
        lambda **kw: iam.put_group_policy(GroupName=name, **kw),
        lambda **kw: iam.get_group_policy(GroupName=name, **kw),
        lambda **kw: iam.list_group_policies(GroupName=name, **kw),
        lambda **kw: iam.delete_group_policy(GroupName=name, **kw),
    )


def test_put_get_list_delete(owner):
    kind, name, put, get, list_, delete = owner
    text = json.dumps(DOC, indent=2)
    put(PolicyName="ReadSelf", PolicyDocument=text)
    got = get(PolicyName="ReadSelf")
    assert got["PolicyName"] == "ReadSelf"
    assert got[f"{kind.capitalize()}Name"] == name
    # botocore URL-decodes and parses the document: it must come back intact.
    assert got["PolicyDocument"] == DOC

    put(PolicyName="Second", PolicyDocument=json.dumps(allow("iam:ListUsers")))
    listed = list_()
    assert sorted(listed["PolicyNames"]) == ["ReadSelf", "Second"]
    assert listed["IsTruncated"] is False

    page = list_(MaxItems=1)
    assert len(page["PolicyNames"]) == 1 and page["IsTruncated"] is True
    rest = list_(MaxItems=1, Marker=page["Marker"])
    assert sorted(page["PolicyNames"] + rest["PolicyNames"]) == ["ReadSelf", "Second"]

    # Same name: replaced, not added.
    put(PolicyName="Second", PolicyDocument=json.dumps(allow("iam:ListGroups")))
    assert get(PolicyName="Second")["PolicyDocument"] == allow("iam:ListGroups")
    assert len(list_()["PolicyNames"]) == 2

    delete(PolicyName="ReadSelf")
    assert list_()["PolicyNames"] == ["Second"]
    assert_error(lambda: get(PolicyName="ReadSelf"), "NoSuchEntity", 404)
    assert_error(lambda: delete(PolicyName="ReadSelf"), "NoSuchEntity", 404)


def test_unknown_policy_message(owner):
    kind, name, put, get, list_, delete = owner
    e = assert_error(lambda: get(PolicyName="nope"), "NoSuchEntity", 404)
    message = e.response["Error"]["Message"]
    assert message.startswith(f"The {kind} ") and message.endswith(
        " policy with name nope cannot be found."
    ), message


def test_malformed_documents(owner):
    kind, name, put, get, list_, delete = owner
    for bad in (
        "{not json",
        json.dumps({"Version": "2012-10-17"}),
        json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Maybe", "Action": "*", "Resource": "*"}],
            }
        ),
        json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {"Effect": "Allow", "Principal": "*", "Action": "iam:*", "Resource": "*"}
                ],
            }
        ),
    ):
        e = assert_error(
            lambda: put(PolicyName="bad", PolicyDocument=bad), "MalformedPolicyDocument", 400
        )
        assert e.response["Error"]["Message"]
    assert list_()["PolicyNames"] == []


def test_aggregate_size_quota(owner):
    kind, name, put, get, list_, delete = owner
    quota = 2048 if kind == "user" else 5120

    def doc(n_chars: int) -> str:
        # A document of about n_chars non-whitespace characters.
        base = json.dumps(
            allow("iam:GetUser", resource="arn:aws:iam::123456789012:user/"), separators=(",", ":")
        )
        pad = n_chars - len(base)
        return json.dumps(
            allow("iam:GetUser", resource="arn:aws:iam::123456789012:user/" + "x" * pad),
            separators=(",", ":"),
        )

    put(PolicyName="big", PolicyDocument=doc(quota - 200))
    e = assert_error(lambda: put(PolicyName="more", PolicyDocument=doc(400)), "LimitExceeded", 409)
    assert e.response["Error"]["Message"]
    # Replacing the big one with a smaller one is fine: the old size does not count twice.
    put(PolicyName="big", PolicyDocument=doc(quota - 500))
    put(PolicyName="more", PolicyDocument=doc(400))
    assert sorted(list_()["PolicyNames"]) == ["big", "more"]


def test_whitespace_does_not_count_toward_the_quota(owner):
    kind, name, put, get, list_, delete = owner
    text = json.dumps(allow("iam:GetUser"), indent=1000)
    assert len(text) > 5120
    put(PolicyName="airy", PolicyDocument=text)
    assert get(PolicyName="airy")["PolicyDocument"] == allow("iam:GetUser")


def test_owner_must_exist(iam):
    ghost = unique("ghost")
    doc = json.dumps(allow("iam:GetUser"))
    user_missing = f"The user with name {ghost} cannot be found."
    group_missing = f"The group with name {ghost} cannot be found."
    assert_error(
        lambda: iam.put_user_policy(UserName=ghost, PolicyName="p", PolicyDocument=doc),
        "NoSuchEntity",
        404,
        user_missing,
    )
    assert_error(
        lambda: iam.get_user_policy(UserName=ghost, PolicyName="p"),
        "NoSuchEntity",
        404,
        user_missing,
    )
    assert_error(lambda: iam.list_user_policies(UserName=ghost), "NoSuchEntity", 404, user_missing)
    assert_error(
        lambda: iam.delete_user_policy(UserName=ghost, PolicyName="p"),
        "NoSuchEntity",
        404,
        user_missing,
    )
    assert_error(
        lambda: iam.put_group_policy(GroupName=ghost, PolicyName="p", PolicyDocument=doc),
        "NoSuchEntity",
        404,
        group_missing,
    )
    assert_error(
        lambda: iam.get_group_policy(GroupName=ghost, PolicyName="p"),
        "NoSuchEntity",
        404,
        group_missing,
    )
    assert_error(
        lambda: iam.list_group_policies(GroupName=ghost), "NoSuchEntity", 404, group_missing
    )
    assert_error(
        lambda: iam.delete_group_policy(GroupName=ghost, PolicyName="p"),
        "NoSuchEntity",
        404,
        group_missing,
    )


def test_policy_name_validation(iam):
    name = unique("pv")
    iam.create_user(UserName=name)
    e = assert_error(
        lambda: iam.put_user_policy(
            UserName=name, PolicyName="bad name", PolicyDocument=json.dumps(allow("iam:GetUser"))
        ),
        "ValidationError",
        400,
    )
    assert "'policyName'" in e.response["Error"]["Message"]


def test_cli_user_policy(iamd, tmp_path):
    name = unique("clipol")
    code, _, err = iamd.aws("iam", "create-user", "--user-name", name)
    assert code == 0, err
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(DOC, indent=4))
    code, out, err = iamd.aws(
        "iam",
        "put-user-policy",
        "--user-name",
        name,
        "--policy-name",
        "ReadSelf",
        "--policy-document",
        f"file://{path}",
    )
    assert (code, out) == (0, None), err
    code, out, err = iamd.aws(
        "iam", "get-user-policy", "--user-name", name, "--policy-name", "ReadSelf"
    )
    assert code == 0, err
    assert out == {"UserName": name, "PolicyName": "ReadSelf", "PolicyDocument": DOC}
    code, out, err = iamd.aws("iam", "list-user-policies", "--user-name", name)
    assert code == 0, err
    assert out["PolicyNames"] == ["ReadSelf"]
    code, out, err = iamd.aws(
        "iam",
        "put-user-policy",
        "--user-name",
        name,
        "--policy-name",
        "Bad",
        "--policy-document",
        "{oops",
    )
    assert code == 255
    assert (
        "An error occurred (MalformedPolicyDocument) when calling the PutUserPolicy operation"
        in err
    )
