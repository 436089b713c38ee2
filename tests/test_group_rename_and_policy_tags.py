"""UpdateGroup (rename and move, everything the group has kept) and the managed-policy tag
operations TagPolicy / UntagPolicy / ListPolicyTags (spec iam-api-more.md §2, §1.4)."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

from audit_helpers import audit_record, request_id
from iamd_harness import ACCOUNT_ID, access_denied, allow, assert_error, unique

DOC = json.dumps(allow("s3:GetObject"))


def no_such_group(name: str) -> str:
    return f"The group with name {name} cannot be found."


def test_rename_and_move_keep_id_members_and_policies(iamd, iam):
    old, new = unique("ops"), unique("ops-renamed")
    group = iam.create_group(GroupName=old)["Group"]
    user = unique("member")
    iam.create_user(UserName=user)
    iam.add_user_to_group(GroupName=old, UserName=user)
    iam.put_group_policy(GroupName=old, PolicyName="inline", PolicyDocument=DOC)
    iam.attach_group_policy(GroupName=old, PolicyArn="arn:aws:iam::aws:policy/ReadOnlyAccess")

    resp = iam.update_group(GroupName=old, NewGroupName=new, NewPath="/moved/")

    got = iam.get_group(GroupName=new)
    assert got["Group"]["GroupId"] == group["GroupId"]
    assert got["Group"]["CreateDate"] == group["CreateDate"]
    assert got["Group"]["Path"] == "/moved/"
    assert got["Group"]["Arn"] == f"arn:aws:iam::{ACCOUNT_ID}:group/moved/{new}"
    assert [u["UserName"] for u in got["Users"]] == [user]
    assert iam.list_group_policies(GroupName=new)["PolicyNames"] == ["inline"]
    assert [p["PolicyName"] for p in iam.list_attached_group_policies(GroupName=new)[
        "AttachedPolicies"
    ]] == ["ReadOnlyAccess"]
    assert [g["GroupName"] for g in iam.list_groups_for_user(UserName=user)["Groups"]] == [new]
    assert_error(lambda: iam.get_group(GroupName=old), "NoSuchEntity", 404, no_such_group(old))

    # A group created again under the old name owns nothing of the renamed one.
    iam.create_group(GroupName=old)
    assert iam.get_group(GroupName=old)["Users"] == []
    assert iam.list_group_policies(GroupName=old)["PolicyNames"] == []

    record = audit_record(iamd.data_dir, request_id(resp))
    assert record["eventName"] == "UpdateGroup"
    assert record["readOnly"] is False
    assert record["requestParameters"] == {
        "groupName": old,
        "newGroupName": new,
        "newPath": "/moved/",
    }


def test_path_only_and_case_only_changes(iam):
    name = unique("casey")
    iam.create_group(GroupName=name)
    iam.update_group(GroupName=name, NewPath="/p/")
    assert iam.get_group(GroupName=name)["Group"]["Path"] == "/p/"
    iam.update_group(GroupName=name, NewGroupName=name.upper())
    assert iam.get_group(GroupName=name)["Group"]["GroupName"] == name.upper()
    # Neither value: nothing changes, no error.
    iam.update_group(GroupName=name)


def test_rename_errors(iam):
    a, b, ghost = unique("ga"), unique("gb"), unique("ghost")
    iam.create_group(GroupName=a)
    iam.create_group(GroupName=b)
    assert_error(
        lambda: iam.update_group(GroupName=a, NewGroupName=b.upper()),
        "EntityAlreadyExists",
        409,
        f"Group with name {b.upper()} already exists.",
    )
    assert_error(
        lambda: iam.update_group(GroupName=ghost, NewGroupName=unique("x")),
        "NoSuchEntity",
        404,
        no_such_group(ghost),
    )
    e = assert_error(lambda: iam.update_group(GroupName=a, NewGroupName="bad name!"), "ValidationError", 400)
    assert "newGroupName" in e.response["Error"]["Message"]
    assert iam.get_group(GroupName=a)["Group"]["GroupName"] == a


def test_concurrent_renames_to_one_name_let_one_win(iam):
    target = unique("winner")
    sources = [unique("racer") for _ in range(6)]
    for s in sources:
        iam.create_group(GroupName=s)

    def rename(src):
        try:
            iam.update_group(GroupName=src, NewGroupName=target)
            return "ok"
        except iam.exceptions.EntityAlreadyExistsException:
            return "taken"

    with ThreadPoolExecutor(len(sources)) as pool:
        outcomes = list(pool.map(rename, sources))
    assert outcomes.count("ok") == 1, outcomes
    remaining = {g["GroupName"] for g in iam.list_groups()["Groups"]}
    assert target in remaining
    assert len([s for s in sources if s in remaining]) == len(sources) - 1


def test_rename_needs_permission_on_both_names(iamd, iam):
    old, new = unique("guarded"), unique("guarded-new")
    iam.create_group(GroupName=old)
    old_arn = f"arn:aws:iam::{ACCOUNT_ID}:group/{old}"
    new_arn = f"arn:aws:iam::{ACCOUNT_ID}:group/{new}"
    caller, creds = iamd.make_user("renamer", policy=allow("iam:UpdateGroup", old_arn))
    client = iamd.iam(creds)
    caller_arn = f"arn:aws:iam::{ACCOUNT_ID}:user/{caller}"
    assert_error(
        lambda: client.update_group(GroupName=old, NewGroupName=new),
        "AccessDenied",
        403,
        access_denied(
            caller_arn, "iam:UpdateGroup", new_arn, "because no identity-based policy allows the iam:UpdateGroup action"
        ),
    )
    assert iam.get_group(GroupName=old)["Group"]["GroupName"] == old
    iam.put_user_policy(
        UserName=caller,
        PolicyName="inline",
        PolicyDocument=json.dumps(allow("iam:UpdateGroup", [old_arn, new_arn])),
    )
    client.update_group(GroupName=old, NewGroupName=new)
    assert iam.get_group(GroupName=new)["Group"]["GroupName"] == new


def test_cli_update_group(iamd, iam):
    old, new = unique("cli-g"), unique("cli-g2")
    iam.create_group(GroupName=old)
    code, _, err = iamd.aws("iam", "update-group", "--group-name", old, "--new-group-name", new)
    assert code == 0, err
    code, out, err = iamd.aws("iam", "get-group", "--group-name", new)
    assert code == 0, err
    assert out["Group"]["GroupName"] == new


# ---- managed-policy tags -------------------------------------------------------------------


def new_policy(iam, **kw) -> str:
    return iam.create_policy(PolicyName=unique("tagged"), PolicyDocument=DOC, **kw)["Policy"]["Arn"]


def test_tag_list_untag_policy_case_sensitively(iamd, iam):
    arn = new_policy(iam)
    resp = iam.tag_policy(
        PolicyArn=arn,
        Tags=[
            {"Key": "z", "Value": "1"},
            {"Key": "abc", "Value": "2"},
            {"Key": "a", "Value": "3"},
            {"Key": "A", "Value": "4"},
            {"Key": "b", "Value": ""},
        ],
    )
    listed = iam.list_policy_tags(PolicyArn=arn)
    assert [t["Key"] for t in listed["Tags"]] == ["A", "a", "b", "z", "abc"]
    assert listed["IsTruncated"] is False
    assert {t["Key"]: t["Value"] for t in iam.get_policy(PolicyArn=arn)["Policy"]["Tags"]}["b"] == ""

    # Same key overwrites; pagination over one tag a page.
    iam.tag_policy(PolicyArn=arn, Tags=[{"Key": "a", "Value": "new"}])
    pages = iam.get_paginator("list_policy_tags").paginate(
        PolicyArn=arn, PaginationConfig={"PageSize": 1}
    )
    tags = [t for page in pages for t in page["Tags"]]
    assert [(t["Key"], t["Value"]) for t in tags] == [
        ("A", "4"), ("a", "new"), ("b", ""), ("z", "1"), ("abc", "2")
    ]

    untag = iam.untag_policy(PolicyArn=arn, TagKeys=["a", "absent"])
    assert [t["Key"] for t in iam.list_policy_tags(PolicyArn=arn)["Tags"]] == ["A", "b", "z", "abc"]

    tag_record = audit_record(iamd.data_dir, request_id(resp))
    assert tag_record["eventName"] == "TagPolicy" and tag_record["readOnly"] is False
    assert tag_record["requestParameters"]["policyArn"] == arn
    untag_record = audit_record(iamd.data_dir, request_id(untag))
    assert untag_record["requestParameters"]["tagKeys"] == ["a", "absent"]


def test_policy_tag_errors(iam):
    arn = new_policy(iam)
    missing = f"arn:aws:iam::{ACCOUNT_ID}:policy/{unique('nope')}"
    assert_error(
        lambda: iam.tag_policy(PolicyArn=arn, Tags=[{"Key": "k", "Value": "1"}, {"Key": "k", "Value": "2"}]),
        "InvalidInput",
        400,
        "Duplicate tag keys found.",
    )
    for call in (
        lambda: iam.tag_policy(PolicyArn=missing, Tags=[{"Key": "k", "Value": "v"}]),
        lambda: iam.untag_policy(PolicyArn=missing, TagKeys=["k"]),
        lambda: iam.list_policy_tags(PolicyArn=missing),
    ):
        assert_error(call, "NoSuchEntity", 404, f"Policy {missing} was not found.")
    assert_error(
        lambda: iam.list_policy_tags(PolicyArn="not-an-arn-at-all-really"),
        "InvalidInput",
        400,
        "ARN not-an-arn-at-all-really is not valid.",
    )
    e = assert_error(
        lambda: iam.tag_policy(PolicyArn=arn, Tags=[{"Key": f"k{i}", "Value": ""} for i in range(51)]),
        "ValidationError",
        400,
    )
    assert "tags" in e.response["Error"]["Message"]
    iam.tag_policy(PolicyArn=arn, Tags=[{"Key": f"k{i}", "Value": ""} for i in range(50)])
    assert_error(
        lambda: iam.tag_policy(PolicyArn=arn, Tags=[{"Key": "one-more", "Value": ""}]),
        "LimitExceeded",
        409,
    )
    assert len(iam.list_policy_tags(PolicyArn=arn, MaxItems=100)["Tags"]) == 50
    # AWS managed policies: no tags, and not taggable.
    aws = "arn:aws:iam::aws:policy/ReadOnlyAccess"
    assert iam.list_policy_tags(PolicyArn=aws)["Tags"] == []
    assert_error(lambda: iam.tag_policy(PolicyArn=aws, Tags=[{"Key": "k", "Value": "v"}]), "AccessDenied", 403)


def test_concurrent_tagging_keeps_every_tag(iam):
    arn = new_policy(iam)
    keys = [f"key{i}" for i in range(8)]

    def tag(k):
        for _ in range(20):
            try:
                iam.tag_policy(PolicyArn=arn, Tags=[{"Key": k, "Value": k}])
                return
            except iam.exceptions.ConcurrentModificationException:
                continue
        raise AssertionError("never tagged")

    with ThreadPoolExecutor(len(keys)) as pool:
        list(pool.map(tag, keys))
    assert sorted(t["Key"] for t in iam.list_policy_tags(PolicyArn=arn)["Tags"]) == keys


def test_policy_tagging_is_authorized_with_request_tags(iamd, iam):
    arn = new_policy(iam)
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Action": ["iam:TagPolicy", "iam:ListPolicyTags"], "Resource": arn,
             "Condition": {"StringEquals": {"aws:RequestTag/team": "blue"}}},
            {"Effect": "Allow", "Action": "iam:ListPolicyTags", "Resource": arn},
        ],
    }
    caller, creds = iamd.make_user("tagger", policy=policy)
    client = iamd.iam(creds)
    client.tag_policy(PolicyArn=arn, Tags=[{"Key": "team", "Value": "blue"}])
    e = assert_error(
        lambda: client.tag_policy(PolicyArn=arn, Tags=[{"Key": "team", "Value": "red"}]),
        "AccessDenied",
        403,
    )
    assert "iam:TagPolicy" in e.response["Error"]["Message"]
    assert_error(lambda: client.untag_policy(PolicyArn=arn, TagKeys=["team"]), "AccessDenied", 403)
    assert client.list_policy_tags(PolicyArn=arn)["Tags"] == [{"Key": "team", "Value": "blue"}]


def test_cli_policy_tags(iamd, iam):
    arn = new_policy(iam)
    code, _, err = iamd.aws("iam", "tag-policy", "--policy-arn", arn, "--tags", "Key=DeptID,Value=123", "Key=Department,Value=Accounting")
    assert code == 0, err
    code, out, err = iamd.aws("iam", "list-policy-tags", "--policy-arn", arn)
    assert code == 0, err
    assert [t["Key"] for t in out["Tags"]] == ["DeptID", "Department"]
    code, _, err = iamd.aws("iam", "untag-policy", "--policy-arn", arn, "--tag-keys", "DeptID")
    assert code == 0, err
    assert [t["Key"] for t in iam.list_policy_tags(PolicyArn=arn)["Tags"]] == ["Department"]
