"""Users: CreateUser, GetUser, ListUsers, UpdateUser, DeleteUser, TagUser, UntagUser, ListUserTags."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from iamd_harness import ACCOUNT_ID, Creds, allow, assert_error, client_error, unique

WIRE_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")


def no_such_user(name: str) -> str:
    return f"The user with name {name} cannot be found."


# ---- CreateUser / GetUser ------------------------------------------------------------------


def test_create_user_defaults(iam):
    name = unique("Alice")
    before = dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=5)
    user = iam.create_user(UserName=name)["User"]
    assert user["UserName"] == name
    assert user["Path"] == "/"
    assert user["Arn"] == f"arn:aws:iam::{ACCOUNT_ID}:user/{name}"
    assert re.fullmatch(r"AIDA[A-Z0-9]{12,124}", user["UserId"]), user["UserId"]
    assert (
        before <= user["CreateDate"] <= dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=5)
    )
    assert "Tags" not in user

    got = iam.get_user(UserName=name)["User"]
    assert {k: got[k] for k in ("UserName", "Path", "Arn", "UserId", "CreateDate")} == {
        k: user[k] for k in ("UserName", "Path", "Arn", "UserId", "CreateDate")
    }


def test_create_user_with_path_and_tags(iam):
    name = unique("pathed")
    tags = [{"Key": "team", "Value": "red"}, {"Key": "cost-center", "Value": ""}]
    user = iam.create_user(UserName=name, Path="/division/eng/", Tags=tags)["User"]
    assert user["Path"] == "/division/eng/"
    assert user["Arn"] == f"arn:aws:iam::{ACCOUNT_ID}:user/division/eng/{name}"
    assert user["Tags"] == tags
    assert iam.get_user(UserName=name)["User"]["Tags"] == tags


def test_user_ids_are_unique_and_not_reused(iam):
    name = unique("reborn")
    first = iam.create_user(UserName=name)["User"]["UserId"]
    other = iam.create_user(UserName=unique("other"))["User"]["UserId"]
    iam.delete_user(UserName=name)
    again = iam.create_user(UserName=name)["User"]["UserId"]
    assert len({first, other, again}) == 3


def test_names_are_unique_case_insensitively(iam):
    name = unique("Dup")
    iam.create_user(UserName=name)
    for attempt in (name, name.lower(), name.upper()):
        assert_error(
            lambda: iam.create_user(UserName=attempt),
            "EntityAlreadyExists",
            409,
            f"User with name {attempt} already exists.",
        )
    assert iam.get_user(UserName=name)["User"]["UserName"] == name


def test_get_unknown_user(iam):
    name = unique("ghost")
    e = assert_error(lambda: iam.get_user(UserName=name), "NoSuchEntity", 404, no_such_user(name))
    assert isinstance(e, iam.exceptions.NoSuchEntityException)
    assert e.response["Error"]["Type"] == "Sender"


def test_get_user_without_name_is_the_caller(iamd, iam):
    name, creds = iamd.make_user("self", policy=allow("iam:GetUser"))
    me = iamd.iam(creds).get_user()["User"]
    assert me["UserName"] == name
    assert me["Arn"] == f"arn:aws:iam::{ACCOUNT_ID}:user/{name}"

    root = iam.get_user()["User"]
    assert root["Arn"] == f"arn:aws:iam::{ACCOUNT_ID}:root"
    assert root["UserId"] == ACCOUNT_ID


# ---- ListUsers -----------------------------------------------------------------------------


def test_list_users(iam):
    path = f"/{unique('list')}/"
    names = sorted(unique("lu") for _ in range(3))
    for n in names:
        iam.create_user(UserName=n, Path=path, Tags=[{"Key": "k", "Value": "v"}])
    out = iam.list_users(PathPrefix=path)
    assert out["IsTruncated"] is False
    assert "Marker" not in out
    assert sorted(u["UserName"] for u in out["Users"]) == names
    for u in out["Users"]:
        assert u["Path"] == path
        assert "Tags" not in u and "PermissionsBoundary" not in u

    everyone = [
        u["UserName"]
        for u in iam.get_paginator("list_users").paginate().build_full_result()["Users"]
    ]
    assert set(names) <= set(everyone)


def test_list_users_pagination(iam):
    path = f"/{unique('page')}/"
    names = {unique("pg") for _ in range(7)}
    for n in names:
        iam.create_user(UserName=n, Path=path)

    seen: list[str] = []
    pages = []
    marker = None
    while True:
        kwargs = {"PathPrefix": path, "MaxItems": 3}
        if marker:
            kwargs["Marker"] = marker
        out = iam.list_users(**kwargs)
        pages.append(len(out["Users"]))
        seen += [u["UserName"] for u in out["Users"]]
        assert len(out["Users"]) <= 3
        if not out["IsTruncated"]:
            assert "Marker" not in out
            break
        assert out["Marker"]
        marker = out["Marker"]
        assert len(pages) < 10
    assert pages == [3, 3, 1]
    assert len(seen) == len(set(seen)) == 7
    assert set(seen) == names

    paged = iam.get_paginator("list_users").paginate(
        PathPrefix=path, PaginationConfig={"PageSize": 2}
    )
    assert sorted(u["UserName"] for page in paged for u in page["Users"]) == sorted(names)

    one = iam.list_users(PathPrefix=path, MaxItems=7)
    assert len(one["Users"]) == 7 and one["IsTruncated"] is False


def test_cli_list_users_paginates(iamd, iam):
    path = f"/{unique('clipage')}/"
    names = sorted(unique("cp") for _ in range(5))
    for n in names:
        iam.create_user(UserName=n, Path=path)
    code, out, err = iamd.aws("iam", "list-users", "--path-prefix", path, "--page-size", "2")
    assert code == 0, err
    assert sorted(u["UserName"] for u in out["Users"]) == names
    for u in out["Users"]:
        assert WIRE_TIME.match(u["CreateDate"]), u


# ---- UpdateUser ----------------------------------------------------------------------------


def test_update_user_rename_and_path(iamd, iam):
    old = unique("before")
    new = unique("after")
    group = unique("g")
    user = iam.create_user(UserName=old)["User"]
    iam.create_group(GroupName=group)
    iam.add_user_to_group(GroupName=group, UserName=old)
    iam.put_user_policy(
        UserName=old, PolicyName="p", PolicyDocument=json.dumps(allow("iam:GetUser"))
    )
    key = iam.create_access_key(UserName=old)["AccessKey"]
    creds = Creds(key["AccessKeyId"], key["SecretAccessKey"])

    iam.update_user(UserName=old, NewUserName=new, NewPath="/moved/")

    assert_error(lambda: iam.get_user(UserName=old), "NoSuchEntity", 404, no_such_user(old))
    got = iam.get_user(UserName=new)["User"]
    assert got["UserId"] == user["UserId"]
    assert got["Path"] == "/moved/"
    assert got["Arn"] == f"arn:aws:iam::{ACCOUNT_ID}:user/moved/{new}"
    # What belonged to the user follows it.
    assert iam.list_user_policies(UserName=new)["PolicyNames"] == ["p"]
    assert [g["GroupName"] for g in iam.list_groups_for_user(UserName=new)["Groups"]] == [group]
    assert [u["UserName"] for u in iam.get_group(GroupName=group)["Users"]] == [new]
    keys = iam.list_access_keys(UserName=new)["AccessKeyMetadata"]
    assert [(k["AccessKeyId"], k["UserName"]) for k in keys] == [(creds.access_key_id, new)]
    ident = iamd.sts(creds).get_caller_identity()
    assert ident["Arn"] == f"arn:aws:iam::{ACCOUNT_ID}:user/moved/{new}"
    # The old name is free again.
    iam.create_user(UserName=old)


def test_update_user_path_only(iam):
    name = unique("repath")
    iam.create_user(UserName=name, Path="/a/")
    iam.update_user(UserName=name, NewPath="/b/c/")
    assert iam.get_user(UserName=name)["User"]["Path"] == "/b/c/"


def test_update_user_errors(iam):
    a = unique("ua")
    b = unique("Ub")
    iam.create_user(UserName=a)
    iam.create_user(UserName=b)
    ghost = unique("ghost")
    assert_error(
        lambda: iam.update_user(UserName=ghost, NewUserName=unique("x")),
        "NoSuchEntity",
        404,
        no_such_user(ghost),
    )
    assert_error(
        lambda: iam.update_user(UserName=a, NewUserName=b.lower()),
        "EntityAlreadyExists",
        409,
    )
    assert iam.get_user(UserName=a)["User"]["UserName"] == a
    assert_error(lambda: iam.update_user(UserName=a, NewPath="no-slashes"), "ValidationError", 400)


def test_update_user_change_case_of_own_name(iam):
    name = unique("case")
    iam.create_user(UserName=name)
    iam.update_user(UserName=name, NewUserName=name.upper())
    assert iam.get_user(UserName=name.upper())["User"]["UserName"] == name.upper()


# ---- DeleteUser ----------------------------------------------------------------------------


def test_delete_user(iam):
    name = unique("doomed")
    iam.create_user(UserName=name)
    iam.delete_user(UserName=name)
    assert_error(lambda: iam.get_user(UserName=name), "NoSuchEntity", 404, no_such_user(name))
    assert_error(lambda: iam.delete_user(UserName=name), "NoSuchEntity", 404, no_such_user(name))
    assert name not in [
        u["UserName"]
        for u in iam.get_paginator("list_users").paginate().build_full_result()["Users"]
    ]


def test_delete_user_with_access_key_conflicts(iam):
    name = unique("haskey")
    iam.create_user(UserName=name)
    key = iam.create_access_key(UserName=name)["AccessKey"]["AccessKeyId"]
    e = assert_error(lambda: iam.delete_user(UserName=name), "DeleteConflict", 409)
    assert isinstance(e, iam.exceptions.DeleteConflictException)
    assert e.response["Error"]["Message"].startswith("Cannot delete entity, must ")
    iam.delete_access_key(UserName=name, AccessKeyId=key)
    iam.delete_user(UserName=name)


def test_delete_user_with_inline_policy_conflicts(iam):
    name = unique("haspolicy")
    iam.create_user(UserName=name)
    iam.put_user_policy(
        UserName=name, PolicyName="p", PolicyDocument=json.dumps(allow("iam:GetUser"))
    )
    assert_error(
        lambda: iam.delete_user(UserName=name),
        "DeleteConflict",
        409,
        "Cannot delete entity, must delete policies first.",
    )
    iam.delete_user_policy(UserName=name, PolicyName="p")
    iam.delete_user(UserName=name)


def test_delete_user_in_a_group_conflicts(iam):
    name = unique("member")
    group = unique("grp")
    iam.create_user(UserName=name)
    iam.create_group(GroupName=group)
    iam.add_user_to_group(GroupName=group, UserName=name)
    e = assert_error(lambda: iam.delete_user(UserName=name), "DeleteConflict", 409)
    assert e.response["Error"]["Message"].startswith("Cannot delete entity, must ")
    iam.get_user(UserName=name)
    iam.remove_user_from_group(GroupName=group, UserName=name)
    iam.delete_user(UserName=name)
    assert iam.get_group(GroupName=group)["Users"] == []


# ---- Tags ----------------------------------------------------------------------------------


def test_tag_untag_list(iam):
    name = unique("tagged")
    iam.create_user(UserName=name, Tags=[{"Key": "a", "Value": "1"}])
    iam.tag_user(UserName=name, Tags=[{"Key": "b", "Value": "2"}, {"Key": "a", "Value": "one"}])
    tags = iam.list_user_tags(UserName=name)
    assert tags["IsTruncated"] is False
    assert sorted((t["Key"], t["Value"]) for t in tags["Tags"]) == [("a", "one"), ("b", "2")]
    assert sorted((t["Key"], t["Value"]) for t in iam.get_user(UserName=name)["User"]["Tags"]) == [
        ("a", "one"),
        ("b", "2"),
    ]
    iam.untag_user(UserName=name, TagKeys=["a", "not-there"])
    assert iam.list_user_tags(UserName=name)["Tags"] == [{"Key": "b", "Value": "2"}]
    iam.untag_user(UserName=name, TagKeys=["b"])
    assert iam.list_user_tags(UserName=name)["Tags"] == []
    assert "Tags" not in iam.get_user(UserName=name)["User"]


def test_tag_values_keep_unicode_and_symbols(iam):
    name = unique("uni")
    tags = [{"Key": "owner:name", "Value": "José Ñandú +=.@-/"}]
    iam.create_user(UserName=name, Tags=tags)
    assert iam.list_user_tags(UserName=name)["Tags"] == tags


def test_user_tag_keys_are_case_insensitive(iam):
    name = unique("tagcase")
    iam.create_user(UserName=name, Tags=[{"Key": "Department", "Value": "finance"}])
    iam.tag_user(UserName=name, Tags=[{"Key": "department", "Value": "hr"}])
    tags = iam.list_user_tags(UserName=name)["Tags"]
    assert len(tags) == 1 and tags[0]["Value"] == "hr"


def test_untag_user_keys_are_case_insensitive(iam):
    name = unique("untagcase")
    iam.create_user(UserName=name, Tags=[{"Key": "Department", "Value": "finance"}])
    iam.untag_user(UserName=name, TagKeys=["department"])
    assert iam.list_user_tags(UserName=name)["Tags"] == []


def test_duplicate_tag_keys_in_one_request(iam):
    name = unique("duptags")
    assert_error(
        lambda: iam.create_user(
            UserName=name,
            Tags=[{"Key": "Team", "Value": "a"}, {"Key": "team", "Value": "b"}],
        ),
        "InvalidInput",
        400,
    )
    assert_error(lambda: iam.get_user(UserName=name), "NoSuchEntity", 404)


def test_too_many_tags(iam):
    name = unique("manytags")
    iam.create_user(UserName=name, Tags=[{"Key": f"k{i}", "Value": "v"} for i in range(50)])
    e = assert_error(
        lambda: iam.tag_user(UserName=name, Tags=[{"Key": "k50", "Value": "v"}]),
        "LimitExceeded",
        409,
    )
    assert isinstance(e, iam.exceptions.LimitExceededException)
    assert len(iam.list_user_tags(UserName=name)["Tags"]) == 50

    other = unique("toomany")
    e = client_error(
        lambda: iam.create_user(
            UserName=other, Tags=[{"Key": f"k{i}", "Value": "v"} for i in range(51)]
        )
    )
    assert 400 <= e.response["ResponseMetadata"]["HTTPStatusCode"] < 500, e.response
    assert e.response["Error"]["Code"] in ("LimitExceeded", "ValidationError"), e.response
    assert_error(lambda: iam.get_user(UserName=other), "NoSuchEntity", 404)


def test_tag_operations_on_unknown_user(iam):
    ghost = unique("ghost")
    msg = no_such_user(ghost)
    assert_error(
        lambda: iam.tag_user(UserName=ghost, Tags=[{"Key": "a", "Value": "b"}]),
        "NoSuchEntity",
        404,
        msg,
    )
    assert_error(lambda: iam.untag_user(UserName=ghost, TagKeys=["a"]), "NoSuchEntity", 404, msg)
    assert_error(lambda: iam.list_user_tags(UserName=ghost), "NoSuchEntity", 404, msg)


# ---- Validation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs, member, constraint",
    [
        ({"UserName": "has space"}, "userName", "regular expression pattern"),
        ({"UserName": "bad/slash"}, "userName", "regular expression pattern"),
        ({"UserName": "x" * 65}, "userName", "length less than or equal to 64"),
        ({"UserName": "okname", "Path": "nopath"}, "path", "regular expression pattern"),
        (
            {"UserName": "okname", "Tags": [{"Key": "bad*key", "Value": "v"}]},
            "tags.1.member.key",
            "regular expression pattern",
        ),
    ],
)
def test_create_user_validation(iam, kwargs, member, constraint):
    e = assert_error(lambda: iam.create_user(**kwargs), "ValidationError", 400)
    message = e.response["Error"]["Message"]
    assert message.startswith("1 validation error detected: Value "), message
    assert f"at '{member}' failed to satisfy constraint: Member must" in message, message
    assert constraint in message, message


def test_list_users_max_items_range(iamd):
    iam = iamd.iam(parameter_validation=False)
    for bad in (0, 1001):
        e = assert_error(lambda: iam.list_users(MaxItems=bad), "ValidationError", 400)
        assert "'maxItems'" in e.response["Error"]["Message"]


def test_several_validation_errors_are_counted(iamd):
    iam = iamd.iam(parameter_validation=False)
    e = assert_error(
        lambda: iam.create_user(UserName="bad name", Path="bad"), "ValidationError", 400
    )
    message = e.response["Error"]["Message"]
    assert message.startswith("2 validation errors detected: "), message
    assert "'userName'" in message and "'path'" in message


# ---- aws CLI -------------------------------------------------------------------------------


def test_cli_get_unknown_user(iamd):
    name = unique("nobody")
    code, out, err = iamd.aws("iam", "get-user", "--user-name", name)
    assert code == 255
    assert out is None
    assert (
        f"An error occurred (NoSuchEntity) when calling the GetUser operation: "
        f"The user with name {name} cannot be found." in err.splitlines()
    ), err


def test_cli_user_lifecycle(iamd):
    name = unique("cli")
    code, out, err = iamd.aws(
        "iam", "create-user", "--user-name", name, "--path", "/cli/", "--tags", "Key=k,Value=v"
    )
    assert code == 0, err
    user = out["User"]
    assert user["UserName"] == name and user["Path"] == "/cli/"
    assert user["Arn"] == f"arn:aws:iam::{ACCOUNT_ID}:user/cli/{name}"
    assert WIRE_TIME.match(user["CreateDate"]), user["CreateDate"]

    code, out, err = iamd.aws("iam", "get-user", "--user-name", name)
    assert code == 0, err
    assert out["User"]["UserId"] == user["UserId"]
    assert out["User"]["Tags"] == [{"Key": "k", "Value": "v"}]

    code, out, err = iamd.aws("iam", "create-user", "--user-name", name.upper())
    assert code == 255
    assert "An error occurred (EntityAlreadyExists) when calling the CreateUser operation" in err

    code, out, err = iamd.aws("iam", "delete-user", "--user-name", name)
    assert (code, out) == (0, None), err
