"""A data directory written while owned records were keyed by owner names
(tests/fixtures/name-keyed-data-dir, made by a server of that version; see its README): the
first start of this version rewrites it in place, everything is where it was, and what a rename
had left under the old name is reported and handed to no one."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from iamd_harness import Creds, assert_error

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "name-keyed-data-dir"
ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess"
READ_ONLY = "arn:aws:iam::aws:policy/IAMReadOnlyAccess"


def creds(entry: dict) -> Creds:
    return Creds(entry["access_key_id"], entry["secret"])


def attached(iam, kind: str, name: str) -> list[str]:
    call = getattr(iam, f"list_attached_{kind}_policies")
    out = call(**{f"{kind.capitalize()}Name": name})["AttachedPolicies"]
    return sorted(p["PolicyArn"] for p in out)


def test_a_name_keyed_data_dir_is_migrated_in_place(tmp_path, start_server):
    facts = json.loads((FIXTURE / "fixture.json").read_text())
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    server = start_server(data, root=creds(facts["root"]))
    iam = server.iam()
    ops = facts["policies"]["ops"]
    boundary = facts["policies"]["boundary"]

    # Reported: the orphans, by kind, key and the owner name they had.
    log = server.log()
    assert "owned records re-keyed from owner names to owner ids" in log, log
    orphan_lines = [line for line in log.splitlines() if "owner no longer exists" in line]
    assert len(orphan_lines) == 2, log
    assert any(f"user/alice|{ADMIN}" in line for line in orphan_lines), log
    assert any(f"boundary/user/alice|{boundary}" in line for line in orphan_lines), log

    users = [u["UserName"] for u in iam.list_users()["Users"]]
    assert users == ["alice-old", "bob"]

    # alice-old: what it had before the upgrade, and its key still signs.
    assert iam.list_user_policies(UserName="alice-old")["PolicyNames"] == ["alice-inline"]
    assert attached(iam, "user", "alice-old") == []
    groups = iam.list_groups_for_user(UserName="alice-old")["Groups"]
    assert [g["GroupName"] for g in groups] == ["devs"]
    keys = iam.list_access_keys(UserName="alice-old")["AccessKeyMetadata"]
    assert [k["AccessKeyId"] for k in keys] == [facts["alice_old_key"]["access_key_id"]]
    devices = iam.list_mfa_devices(UserName="alice-old")["MFADevices"]
    assert [d["SerialNumber"] for d in devices] == [facts["alice_old_mfa"]]
    assert iam.get_login_profile(UserName="alice-old")["LoginProfile"]["UserName"] == "alice-old"
    creds_list = iam.list_service_specific_credentials(UserName="alice-old")
    assert len(creds_list["ServiceSpecificCredentials"]) == 1
    alice_old = server.iam(creds=creds(facts["alice_old_key"]))
    who = server.sts(creds=creds(facts["alice_old_key"])).get_caller_identity()
    assert who["Arn"].endswith(":user/alice-old")
    # Through the group's IAMReadOnlyAccess; AdministratorAccess was already lost to the
    # rename before the upgrade, and the upgrade does not hand it back to anyone.
    alice_old.list_roles()
    assert_error(lambda: alice_old.create_user(UserName="x"), "AccessDenied", 403)

    # bob, the group and the role: as they were.
    assert attached(iam, "user", "bob") == sorted([ops, READ_ONLY])
    assert iam.list_user_policies(UserName="bob")["PolicyNames"] == ["bob-inline"]
    bob = server.iam(creds=creds(facts["bob_key"]))
    assert bob.get_user(UserName="bob")["User"]["UserName"] == "bob"
    assert attached(iam, "group", "devs") == [READ_ONLY]
    assert iam.list_group_policies(GroupName="devs")["PolicyNames"] == ["devs-inline"]
    members = [u["UserName"] for u in iam.get_group(GroupName="devs")["Users"]]
    assert members == ["alice-old", "bob"]
    assert attached(iam, "role", "deployer") == [ops]
    assert iam.list_role_policies(RoleName="deployer")["PolicyNames"] == ["deployer-inline"]
    role = iam.get_role(RoleName="deployer")["Role"]
    assert role["PermissionsBoundary"]["PermissionsBoundaryArn"] == boundary
    policies = {p["PolicyName"] for p in iam.list_policies(Scope="Local")["Policies"]}
    assert policies == {"boundary-all", "ops-policy"}
    # The boundary is still in use (by alice-old and the role): it cannot be deleted.
    assert_error(lambda: iam.delete_policy(PolicyArn=boundary), "DeleteConflict", 409)

    # The old name, created again, owns nothing of the orphan.
    iam.create_user(UserName="alice")
    assert attached(iam, "user", "alice") == []
    entities = iam.list_entities_for_policy(PolicyArn=ADMIN)
    assert entities["PolicyUsers"] == []

    # Once only: a restart migrates nothing and everything is still there.
    offset = len(server.log())
    server.restart()
    assert "re-keyed" not in server.log()[offset:]
    assert [u["UserName"] for u in server.iam().list_users()["Users"]] == [
        "alice",
        "alice-old",
        "bob",
    ]
    assert attached(server.iam(), "user", "bob") == sorted([ops, READ_ONLY])
