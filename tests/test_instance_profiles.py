"""Instance profiles: Create / Get / Delete / List / ListInstanceProfilesForRole,
Add / RemoveRoleToInstanceProfile (one role per profile), their tags, DeleteRole's conflict and
the profiles in GetAccountAuthorizationDetails (spec iam-api-more.md §3)."""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor

from audit_helpers import audit_record, request_id
from iamd_harness import ACCOUNT_ID, allow, assert_error, unique

TRUST = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}
        ],
    }
)
REMOVE_FIRST = "Cannot delete entity, must remove roles from instance profile first."


def not_found(name: str) -> str:
    return f"Instance Profile {name} cannot be found."


def new_role(iam) -> dict:
    return iam.create_role(RoleName=unique("ec2role"), AssumeRolePolicyDocument=TRUST)["Role"]


def test_create_get_list_delete(iamd, iam):
    name = unique("web")
    resp = iam.create_instance_profile(InstanceProfileName=name, Path="/app/")
    created = resp["InstanceProfile"]
    assert created["InstanceProfileName"] == name
    assert created["Path"] == "/app/"
    assert created["Arn"] == f"arn:aws:iam::{ACCOUNT_ID}:instance-profile/app/{name}"
    assert re.fullmatch(r"AIPA[A-Z0-9]{17}", created["InstanceProfileId"]), created
    assert created["Roles"] == []
    assert "Tags" not in created

    got = iam.get_instance_profile(InstanceProfileName=name.upper())["InstanceProfile"]
    assert got["InstanceProfileId"] == created["InstanceProfileId"]
    assert got["Tags"] == []

    listed = iam.list_instance_profiles(PathPrefix="/app/")["InstanceProfiles"]
    assert name in [p["InstanceProfileName"] for p in listed]
    assert all("Tags" not in p for p in listed)
    assert iam.list_instance_profiles(PathPrefix="/elsewhere/")["InstanceProfiles"] == []

    # The waiter retries on 404 and stops once the profile exists.
    iam.get_waiter("instance_profile_exists").wait(InstanceProfileName=name)

    record = audit_record(iamd.data_dir, request_id(resp))
    assert record["eventName"] == "CreateInstanceProfile" and record["readOnly"] is False
    assert record["requestParameters"] == {"instanceProfileName": name, "path": "/app/"}

    iam.delete_instance_profile(InstanceProfileName=name)
    assert_error(lambda: iam.get_instance_profile(InstanceProfileName=name), "NoSuchEntity", 404, not_found(name))
    assert_error(lambda: iam.delete_instance_profile(InstanceProfileName=name), "NoSuchEntity", 404, not_found(name))


def test_duplicate_names_and_validation(iam):
    name = unique("dup")
    iam.create_instance_profile(InstanceProfileName=name)
    assert_error(
        lambda: iam.create_instance_profile(InstanceProfileName=name.lower()),
        "EntityAlreadyExists",
        409,
        f"Instance Profile {name.lower()} already exists.",
    )
    e = assert_error(lambda: iam.create_instance_profile(InstanceProfileName="bad name"), "ValidationError", 400)
    assert "instanceProfileName" in e.response["Error"]["Message"]
    assert_error(
        lambda: iam.create_instance_profile(InstanceProfileName=unique("p"), Path="no-slashes"),
        "ValidationError",
        400,
    )


def test_list_pagination(iam):
    path = f"/{unique('pg')}/"
    names = sorted(unique("ip") for _ in range(5))
    for n in names:
        iam.create_instance_profile(InstanceProfileName=n, Path=path)
    first = iam.list_instance_profiles(PathPrefix=path, MaxItems=2)
    assert len(first["InstanceProfiles"]) == 2 and first["IsTruncated"] is True
    everything = iam.get_paginator("list_instance_profiles").paginate(
        PathPrefix=path, PaginationConfig={"PageSize": 2}
    ).build_full_result()["InstanceProfiles"]
    assert [p["InstanceProfileName"] for p in everything] == names


def test_one_role_per_profile_and_role_in_many_profiles(iamd, iam):
    role = new_role(iam)
    other = new_role(iam)
    first, second = unique("one"), unique("two")
    for p in (first, second):
        iam.create_instance_profile(InstanceProfileName=p)
    add = iam.add_role_to_instance_profile(InstanceProfileName=first, RoleName=role["RoleName"])
    iam.add_role_to_instance_profile(InstanceProfileName=second, RoleName=role["RoleName"])
    for attempt in (other["RoleName"], role["RoleName"]):
        assert_error(
            lambda: iam.add_role_to_instance_profile(InstanceProfileName=first, RoleName=attempt),
            "LimitExceeded",
            409,
            "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1",
        )

    got = iam.get_instance_profile(InstanceProfileName=first)["InstanceProfile"]
    [shown] = got["Roles"]
    assert shown["RoleName"] == role["RoleName"] and shown["RoleId"] == role["RoleId"]
    assert shown["AssumeRolePolicyDocument"] == json.loads(TRUST)
    assert set(shown) == {"Path", "RoleName", "RoleId", "Arn", "CreateDate", "AssumeRolePolicyDocument"}

    for_role = iam.list_instance_profiles_for_role(RoleName=role["RoleName"])["InstanceProfiles"]
    assert sorted(p["InstanceProfileName"] for p in for_role) == sorted([first, second])
    assert iam.list_instance_profiles_for_role(RoleName=other["RoleName"])["InstanceProfiles"] == []

    record = audit_record(iamd.data_dir, request_id(add))
    assert record["requestParameters"] == {"instanceProfileName": first, "roleName": role["RoleName"]}

    # Deleting either side is refused while the role is in a profile.
    assert_error(lambda: iam.delete_instance_profile(InstanceProfileName=first), "DeleteConflict", 409, REMOVE_FIRST)
    assert_error(lambda: iam.delete_role(RoleName=role["RoleName"]), "DeleteConflict", 409, REMOVE_FIRST)

    iam.remove_role_from_instance_profile(InstanceProfileName=first, RoleName=role["RoleName"])
    assert_error(
        lambda: iam.remove_role_from_instance_profile(InstanceProfileName=first, RoleName=role["RoleName"]),
        "NoSuchEntity",
        404,
        f"Role {role['RoleName']} in Instance Profile {first} cannot be found.",
    )
    iam.add_role_to_instance_profile(InstanceProfileName=first, RoleName=other["RoleName"])
    assert [r["RoleName"] for r in iam.get_instance_profile(InstanceProfileName=first)["InstanceProfile"]["Roles"]] == [
        other["RoleName"]
    ]
    iam.remove_role_from_instance_profile(InstanceProfileName=first, RoleName=other["RoleName"])
    iam.delete_instance_profile(InstanceProfileName=first)
    iam.remove_role_from_instance_profile(InstanceProfileName=second, RoleName=role["RoleName"])
    iam.delete_role(RoleName=role["RoleName"])


def test_unknown_role_or_profile(iam):
    role = new_role(iam)
    profile = unique("lonely")
    iam.create_instance_profile(InstanceProfileName=profile)
    ghost_role, ghost_profile = unique("ghostrole"), unique("ghostprofile")
    assert_error(
        lambda: iam.add_role_to_instance_profile(InstanceProfileName=profile, RoleName=ghost_role),
        "NoSuchEntity",
        404,
        f"The role with name {ghost_role} cannot be found.",
    )
    assert_error(
        lambda: iam.add_role_to_instance_profile(InstanceProfileName=ghost_profile, RoleName=role["RoleName"]),
        "NoSuchEntity",
        404,
        not_found(ghost_profile),
    )
    assert_error(
        lambda: iam.list_instance_profiles_for_role(RoleName=ghost_role),
        "NoSuchEntity",
        404,
        f"The role with name {ghost_role} cannot be found.",
    )


def test_concurrent_adds_put_exactly_one_role_in(iam):
    profile = unique("race")
    iam.create_instance_profile(InstanceProfileName=profile)
    roles = [new_role(iam)["RoleName"] for _ in range(6)]

    def add(role):
        try:
            iam.add_role_to_instance_profile(InstanceProfileName=profile, RoleName=role)
            return "ok"
        except iam.exceptions.LimitExceededException:
            return "full"

    with ThreadPoolExecutor(len(roles)) as pool:
        outcomes = list(pool.map(add, roles))
    assert outcomes.count("ok") == 1, outcomes
    assert len(iam.get_instance_profile(InstanceProfileName=profile)["InstanceProfile"]["Roles"]) == 1


def test_tags_are_case_sensitive_and_paginated(iamd, iam):
    name = unique("tagged")
    created = iam.create_instance_profile(
        InstanceProfileName=name, Tags=[{"Key": "MyKey2", "Value": "b"}, {"Key": "MyKey", "Value": "a"}]
    )["InstanceProfile"]
    assert sorted(t["Key"] for t in created["Tags"]) == ["MyKey", "MyKey2"]
    tag = iam.tag_instance_profile(InstanceProfileName=name, Tags=[{"Key": "mykey", "Value": "c"}])
    listed = iam.list_instance_profile_tags(InstanceProfileName=name)["Tags"]
    assert [t["Key"] for t in listed] == ["MyKey", "mykey", "MyKey2"]
    page = iam.list_instance_profile_tags(InstanceProfileName=name, MaxItems=1)
    assert page["IsTruncated"] is True and len(page["Tags"]) == 1
    rest = iam.list_instance_profile_tags(InstanceProfileName=name, Marker=page["Marker"])["Tags"]
    assert [t["Key"] for t in page["Tags"] + rest] == ["MyKey", "mykey", "MyKey2"]
    iam.untag_instance_profile(InstanceProfileName=name, TagKeys=["MyKey"])
    assert [t["Key"] for t in iam.list_instance_profile_tags(InstanceProfileName=name)["Tags"]] == ["mykey", "MyKey2"]
    assert_error(
        lambda: iam.tag_instance_profile(
            InstanceProfileName=name, Tags=[{"Key": "d", "Value": "1"}, {"Key": "d", "Value": "2"}]
        ),
        "InvalidInput",
        400,
        "Duplicate tag keys found.",
    )
    ghost = unique("ghost")
    assert_error(lambda: iam.list_instance_profile_tags(InstanceProfileName=ghost), "NoSuchEntity", 404, not_found(ghost))
    record = audit_record(iamd.data_dir, request_id(tag))
    assert record["eventName"] == "TagInstanceProfile"
    assert record["requestParameters"]["instanceProfileName"] == name


def test_account_authorization_details_and_summary(iam):
    role = new_role(iam)
    profile = unique("details")
    empty = unique("empty")
    iam.create_instance_profile(InstanceProfileName=profile)
    iam.create_instance_profile(InstanceProfileName=empty)
    iam.add_role_to_instance_profile(InstanceProfileName=profile, RoleName=role["RoleName"])
    details = iam.get_paginator("get_account_authorization_details").paginate(
        Filter=["Role"]
    ).build_full_result()["RoleDetailList"]
    [mine] = [r for r in details if r["RoleName"] == role["RoleName"]]
    [listed] = mine["InstanceProfileList"]
    assert listed["InstanceProfileName"] == profile
    assert [r["RoleName"] for r in listed["Roles"]] == [role["RoleName"]]
    # An empty profile appears nowhere; a role without a profile has an empty list.
    assert all(
        p["InstanceProfileName"] != empty for r in details for p in r["InstanceProfileList"]
    )
    summary = iam.get_account_summary()["SummaryMap"]
    assert summary["InstanceProfiles"] == len(
        iam.get_paginator("list_instance_profiles").paginate().build_full_result()["InstanceProfiles"]
    )
    assert summary["InstanceProfilesQuota"] == 1000


def test_authorization_of_profiles_and_passrole(iamd, iam):
    role = new_role(iam)
    profile = unique("guarded")
    iam.create_instance_profile(InstanceProfileName=profile)
    profile_arn = f"arn:aws:iam::{ACCOUNT_ID}:instance-profile/{profile}"
    caller, creds = iamd.make_user(
        "profiler", policy=allow(["iam:AddRoleToInstanceProfile", "iam:GetInstanceProfile"], profile_arn)
    )
    client = iamd.iam(creds)
    client.get_instance_profile(InstanceProfileName=profile)
    # Adding the role also needs iam:PassRole on it.
    e = assert_error(
        lambda: client.add_role_to_instance_profile(InstanceProfileName=profile, RoleName=role["RoleName"]),
        "AccessDenied",
        403,
    )
    assert "iam:PassRole" in e.response["Error"]["Message"]
    assert role["Arn"] in e.response["Error"]["Message"]
    iam.put_user_policy(
        UserName=caller, PolicyName="pass", PolicyDocument=json.dumps(allow("iam:PassRole", role["Arn"]))
    )
    client.add_role_to_instance_profile(InstanceProfileName=profile, RoleName=role["RoleName"])
    # Nothing else is allowed.
    e = assert_error(lambda: client.delete_instance_profile(InstanceProfileName=profile), "AccessDenied", 403)
    assert "iam:DeleteInstanceProfile" in e.response["Error"]["Message"]
    assert_error(lambda: client.create_instance_profile(InstanceProfileName=unique("no")), "AccessDenied", 403)
    assert_error(lambda: client.list_instance_profiles(), "AccessDenied", 403)


def test_cli_instance_profiles(iamd, iam):
    role = new_role(iam)
    name = unique("cli-ip")
    code, out, err = iamd.aws("iam", "create-instance-profile", "--instance-profile-name", name)
    assert code == 0, err
    assert out["InstanceProfile"]["InstanceProfileName"] == name
    code, _, err = iamd.aws(
        "iam", "add-role-to-instance-profile", "--instance-profile-name", name, "--role-name", role["RoleName"]
    )
    assert code == 0, err
    code, out, err = iamd.aws("iam", "list-instance-profiles-for-role", "--role-name", role["RoleName"])
    assert code == 0, err
    assert [p["InstanceProfileName"] for p in out["InstanceProfiles"]] == [name]
    code, _, err = iamd.aws("iam", "delete-instance-profile", "--instance-profile-name", name)
    assert code != 0 and "DeleteConflict" in err
