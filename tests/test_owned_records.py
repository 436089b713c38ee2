"""What a user, group or role owns is keyed by its unique id, not its name: a rename keeps all
of it (managed-policy attachments and the boundary included, as in AWS), and a user created
later under the old name owns none of it."""

from __future__ import annotations

import json

from iamd_harness import Creds, allow, assert_error, unique
from mfa_helpers import enrol

ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess"


def attached_arns(iam, user: str) -> list[str]:
    return [
        p["PolicyArn"]
        for p in iam.list_attached_user_policies(UserName=user)["AttachedPolicies"]
    ]


def key_of(iam, user: str) -> Creds:
    k = iam.create_access_key(UserName=user)["AccessKey"]
    return Creds(k["AccessKeyId"], k["SecretAccessKey"])


def test_a_renamed_user_keeps_everything_and_its_old_name_gets_nothing(iamd, iam):
    alice, alice_old = unique("alice"), unique("alice-old")
    group = unique("devs")
    boundary = iam.create_policy(
        PolicyName=unique("boundary"), PolicyDocument=json.dumps(allow("*"))
    )["Policy"]["Arn"]
    iam.create_user(UserName=alice, PermissionsBoundary=boundary)
    iam.attach_user_policy(UserName=alice, PolicyArn=ADMIN)
    iam.put_user_policy(
        UserName=alice, PolicyName="inline", PolicyDocument=json.dumps(allow("iam:ListRoles"))
    )
    iam.create_group(GroupName=group)
    iam.add_user_to_group(GroupName=group, UserName=alice)
    key = key_of(iam, alice)
    device = enrol(iam, alice)
    iam.create_login_profile(UserName=alice, Password="Rename-Passw0rd!")

    iam.update_user(UserName=alice, NewUserName=alice_old)

    # Everything stays with the user under its new name.
    assert attached_arns(iam, alice_old) == [ADMIN]
    assert iam.list_user_policies(UserName=alice_old)["PolicyNames"] == ["inline"]
    assert iam.get_user_policy(UserName=alice_old, PolicyName="inline")["UserName"] == alice_old
    groups = iam.list_groups_for_user(UserName=alice_old)["Groups"]
    assert [g["GroupName"] for g in groups] == [group]
    members = iam.get_group(GroupName=group)["Users"]
    assert [u["UserName"] for u in members] == [alice_old]
    keys = iam.list_access_keys(UserName=alice_old)["AccessKeyMetadata"]
    assert [(k["AccessKeyId"], k["UserName"]) for k in keys] == [(key.access_key_id, alice_old)]
    devices = iam.list_mfa_devices(UserName=alice_old)["MFADevices"]
    assert [(d["SerialNumber"], d["UserName"]) for d in devices] == [(device.serial, alice_old)]
    assert iam.get_login_profile(UserName=alice_old)["LoginProfile"]["UserName"] == alice_old
    assert iam.get_user(UserName=alice_old)["User"]["PermissionsBoundary"] == {
        "PermissionsBoundaryType": "PermissionsBoundaryPolicy",
        "PermissionsBoundaryArn": boundary,
    }
    entities = iam.list_entities_for_policy(PolicyArn=ADMIN, EntityFilter="User")
    assert alice_old in [u["UserName"] for u in entities["PolicyUsers"]]
    # And so does its effect: alice-old's key can still do what AdministratorAccess allows.
    probe = unique("probe")
    iamd.iam(creds=key).create_user(UserName=probe)
    iam.delete_user(UserName=probe)
    # The boundary's use follows too: the policy cannot be deleted while alice-old uses it.
    assert_error(lambda: iam.delete_policy(PolicyArn=boundary), "DeleteConflict", 409)

    # A user created under the old name owns nothing of it.
    iam.create_user(UserName=alice)
    assert attached_arns(iam, alice) == []
    assert iam.list_user_policies(UserName=alice)["PolicyNames"] == []
    assert iam.list_groups_for_user(UserName=alice)["Groups"] == []
    assert iam.list_access_keys(UserName=alice)["AccessKeyMetadata"] == []
    assert iam.list_mfa_devices(UserName=alice)["MFADevices"] == []
    assert_error(lambda: iam.get_login_profile(UserName=alice), "NoSuchEntity", 404)
    assert "PermissionsBoundary" not in iam.get_user(UserName=alice)["User"]
    iam.delete_user(UserName=alice)

    # DeleteUser refuses while the attachment remains, once everything else is gone.
    iam.delete_login_profile(UserName=alice_old)
    iam.delete_access_key(UserName=alice_old, AccessKeyId=key.access_key_id)
    iam.deactivate_mfa_device(UserName=alice_old, SerialNumber=device.serial)
    iam.delete_virtual_mfa_device(SerialNumber=device.serial)
    iam.delete_user_policy(UserName=alice_old, PolicyName="inline")
    iam.remove_user_from_group(GroupName=group, UserName=alice_old)
    assert_error(
        lambda: iam.delete_user(UserName=alice_old),
        "DeleteConflict",
        409,
        "Cannot delete entity, must detach all policies first.",
    )
    iam.detach_user_policy(UserName=alice_old, PolicyArn=ADMIN)
    iam.delete_user(UserName=alice_old)
    # The user took its boundary's use with it: the policy can go now.
    iam.delete_policy(PolicyArn=boundary)
    iam.delete_group(GroupName=group)


def test_creating_a_renamed_users_old_name_grants_nothing(iamd, iam):
    """A principal allowed only CreateUser and CreateAccessKey cannot gain an administrator's
    attachment by re-creating the name it was left under."""
    admin, admin_old = unique("admin"), unique("admin-old")
    iam.create_user(UserName=admin)
    iam.attach_user_policy(UserName=admin, PolicyArn=ADMIN)
    iam.update_user(UserName=admin, NewUserName=admin_old)

    _, creator = iamd.make_user(
        "creator", policy=allow(["iam:CreateUser", "iam:CreateAccessKey"])
    )
    mine = iamd.iam(creds=creator)
    mine.create_user(UserName=admin)
    k = mine.create_access_key(UserName=admin)["AccessKey"]
    reborn = iamd.iam(creds=Creds(k["AccessKeyId"], k["SecretAccessKey"]))
    assert_error(
        lambda: reborn.attach_user_policy(UserName=admin, PolicyArn=ADMIN), "AccessDenied", 403
    )
    assert_error(lambda: reborn.create_user(UserName=unique("x")), "AccessDenied", 403)
    assert attached_arns(iam, admin) == []
    assert attached_arns(iam, admin_old) == [ADMIN]
