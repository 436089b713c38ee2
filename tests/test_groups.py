"""Groups: CreateGroup, GetGroup, ListGroups, DeleteGroup, AddUserToGroup, RemoveUserFromGroup,
ListGroupsForUser."""

from __future__ import annotations

import json
import re

from iamd_harness import ACCOUNT_ID, allow, assert_error, unique


def no_such_group(name: str) -> str:
    return f"The group with name {name} cannot be found."


def test_create_get_list_delete(iam):
    name = unique("Admins")
    group = iam.create_group(GroupName=name, Path="/ops/")["Group"]
    assert group["GroupName"] == name
    assert group["Path"] == "/ops/"
    assert group["Arn"] == f"arn:aws:iam::{ACCOUNT_ID}:group/ops/{name}"
    assert re.fullmatch(r"AGPA[A-Z0-9]{12,124}", group["GroupId"]), group["GroupId"]

    got = iam.get_group(GroupName=name)
    assert got["Group"]["GroupId"] == group["GroupId"]
    assert got["Users"] == []
    assert got["IsTruncated"] is False

    listed = iam.list_groups(PathPrefix="/ops/")["Groups"]
    assert group["GroupId"] in [g["GroupId"] for g in listed]
    assert name in [
        g["GroupName"]
        for g in iam.get_paginator("list_groups").paginate().build_full_result()["Groups"]
    ]

    iam.delete_group(GroupName=name)
    assert_error(lambda: iam.get_group(GroupName=name), "NoSuchEntity", 404, no_such_group(name))
    assert_error(lambda: iam.delete_group(GroupName=name), "NoSuchEntity", 404, no_such_group(name))


def test_default_path(iam):
    name = unique("plain")
    group = iam.create_group(GroupName=name)["Group"]
    assert group["Path"] == "/"
    assert group["Arn"] == f"arn:aws:iam::{ACCOUNT_ID}:group/{name}"


def test_group_names_are_unique_case_insensitively(iam):
    name = unique("Team")
    iam.create_group(GroupName=name)
    for attempt in (name, name.upper(), name.lower()):
        e = assert_error(lambda: iam.create_group(GroupName=attempt), "EntityAlreadyExists", 409)
        assert isinstance(e, iam.exceptions.EntityAlreadyExistsException)


def test_list_groups_path_prefix_and_pagination(iam):
    path = f"/{unique('gp')}/"
    names = {unique("g") for _ in range(5)}
    for n in names:
        iam.create_group(GroupName=n, Path=path)
    first = iam.list_groups(PathPrefix=path, MaxItems=2)
    assert len(first["Groups"]) == 2 and first["IsTruncated"] is True and first["Marker"]
    seen = [g["GroupName"] for g in first["Groups"]]
    marker = first["Marker"]
    while marker:
        page = iam.list_groups(PathPrefix=path, MaxItems=2, Marker=marker)
        seen += [g["GroupName"] for g in page["Groups"]]
        marker = page.get("Marker") if page["IsTruncated"] else None
    assert sorted(seen) == sorted(names)


def test_membership(iam):
    group = unique("crew")
    other = unique("crew2")
    users = sorted(unique("m") for _ in range(3))
    iam.create_group(GroupName=group)
    iam.create_group(GroupName=other)
    for u in users:
        iam.create_user(UserName=u)
        iam.add_user_to_group(GroupName=group, UserName=u)
    iam.add_user_to_group(GroupName=other, UserName=users[0])
    # Adding again changes nothing.
    iam.add_user_to_group(GroupName=group, UserName=users[0])

    got = iam.get_group(GroupName=group)
    assert sorted(u["UserName"] for u in got["Users"]) == users
    for u in got["Users"]:
        assert u["Arn"] == f"arn:aws:iam::{ACCOUNT_ID}:user/{u['UserName']}"

    page = iam.get_group(GroupName=group, MaxItems=2)
    assert len(page["Users"]) == 2 and page["IsTruncated"] is True
    rest = iam.get_group(GroupName=group, MaxItems=2, Marker=page["Marker"])
    assert sorted(u["UserName"] for u in page["Users"] + rest["Users"]) == users

    assert sorted(
        g["GroupName"] for g in iam.list_groups_for_user(UserName=users[0])["Groups"]
    ) == sorted([group, other])
    assert [g["GroupName"] for g in iam.list_groups_for_user(UserName=users[1])["Groups"]] == [
        group
    ]

    iam.remove_user_from_group(GroupName=group, UserName=users[0])
    assert sorted(u["UserName"] for u in iam.get_group(GroupName=group)["Users"]) == users[1:]
    assert [g["GroupName"] for g in iam.list_groups_for_user(UserName=users[0])["Groups"]] == [
        other
    ]


def test_membership_errors(iam):
    group = unique("errs")
    user = unique("lonely")
    ghost_user = unique("ghostu")
    ghost_group = unique("ghostg")
    iam.create_group(GroupName=group)
    iam.create_user(UserName=user)
    assert_error(
        lambda: iam.add_user_to_group(GroupName=group, UserName=ghost_user),
        "NoSuchEntity",
        404,
        f"The user with name {ghost_user} cannot be found.",
    )
    assert_error(
        lambda: iam.add_user_to_group(GroupName=ghost_group, UserName=user),
        "NoSuchEntity",
        404,
        no_such_group(ghost_group),
    )
    assert_error(
        lambda: iam.remove_user_from_group(GroupName=group, UserName=user), "NoSuchEntity", 404
    )
    assert_error(
        lambda: iam.remove_user_from_group(GroupName=ghost_group, UserName=user),
        "NoSuchEntity",
        404,
    )
    assert_error(
        lambda: iam.list_groups_for_user(UserName=ghost_user),
        "NoSuchEntity",
        404,
        f"The user with name {ghost_user} cannot be found.",
    )
    assert iam.list_groups_for_user(UserName=user)["Groups"] == []


def test_a_user_can_be_in_at_most_ten_groups(iam):
    user = unique("joiner")
    iam.create_user(UserName=user)
    groups = [unique("ten") for _ in range(11)]
    for g in groups:
        iam.create_group(GroupName=g)
    for g in groups[:10]:
        iam.add_user_to_group(GroupName=g, UserName=user)
    e = assert_error(
        lambda: iam.add_user_to_group(GroupName=groups[10], UserName=user), "LimitExceeded", 409
    )
    assert isinstance(e, iam.exceptions.LimitExceededException)
    assert len(iam.list_groups_for_user(UserName=user)["Groups"]) == 10
    # Re-adding to a group it is already in is not a new membership.
    iam.add_user_to_group(GroupName=groups[0], UserName=user)


def test_delete_group_with_members_conflicts(iam):
    group = unique("busy")
    user = unique("inbusy")
    iam.create_group(GroupName=group)
    iam.create_user(UserName=user)
    iam.add_user_to_group(GroupName=group, UserName=user)
    e = assert_error(lambda: iam.delete_group(GroupName=group), "DeleteConflict", 409)
    assert e.response["Error"]["Message"].startswith("Cannot delete entity, must ")
    iam.remove_user_from_group(GroupName=group, UserName=user)
    iam.delete_group(GroupName=group)
    assert iam.list_groups_for_user(UserName=user)["Groups"] == []


def test_delete_group_with_inline_policy_conflicts(iam):
    group = unique("policied")
    iam.create_group(GroupName=group)
    iam.put_group_policy(
        GroupName=group, PolicyName="p", PolicyDocument=json.dumps(allow("iam:ListUsers"))
    )
    e = assert_error(lambda: iam.delete_group(GroupName=group), "DeleteConflict", 409)
    assert e.response["Error"]["Message"].startswith("Cannot delete entity, must ")
    iam.delete_group_policy(GroupName=group, PolicyName="p")
    iam.delete_group(GroupName=group)


def test_group_name_validation(iam):
    e = assert_error(lambda: iam.create_group(GroupName="no spaces"), "ValidationError", 400)
    assert "'groupName'" in e.response["Error"]["Message"]
    e = assert_error(lambda: iam.create_group(GroupName="g" * 129), "ValidationError", 400)
    assert "length less than or equal to 128" in e.response["Error"]["Message"]
    iam.create_group(GroupName=unique("g" * 100))


def test_cli_groups(iamd):
    group = unique("cligroup")
    user = unique("cliuser")
    code, out, err = iamd.aws("iam", "create-group", "--group-name", group)
    assert code == 0, err
    assert out["Group"]["GroupName"] == group
    code, _, err = iamd.aws("iam", "create-user", "--user-name", user)
    assert code == 0, err
    code, out, err = iamd.aws(
        "iam", "add-user-to-group", "--group-name", group, "--user-name", user
    )
    assert (code, out) == (0, None), err
    code, out, err = iamd.aws("iam", "get-group", "--group-name", group)
    assert code == 0, err
    assert [u["UserName"] for u in out["Users"]] == [user]
    code, out, err = iamd.aws("iam", "delete-group", "--group-name", group)
    assert code == 255
    assert "An error occurred (DeleteConflict) when calling the DeleteGroup operation" in err
