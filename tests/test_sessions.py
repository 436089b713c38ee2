"""STS temporary credentials: GetSessionToken with and without MFA, AssumeRole, and the
policies MFA conditions decide (scenarios S2 and S5)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest
from botocore.exceptions import ClientError

from iamd_harness import (
    ACCOUNT_ID,
    aws_cli_command,
    allow,
    assert_error,
    clean_client_env,
    unique,
)
from mfa_helpers import Device, SessionCreds, current_step, enrol, error_of, session_client, totp

INVALID_TOKEN = (
    "InvalidClientTokenId",
    403,
    "The security token included in the request is invalid.",
)
BAD_CODE = (
    "AccessDenied",
    403,
    "MultiFactorAuthentication failed with invalid MFA one time pass code.",
)


def user_arn(name: str) -> str:
    return f"arn:aws:iam::{ACCOUNT_ID}:user/{name}"


def self_resource() -> str:
    return "arn:aws:iam::*:user/${aws:username}"


# Scenario S2 (seed 001): the group's Deny, with Allows for self-service.
S2_POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "SelfService",
            "Effect": "Allow",
            "Action": [
                "iam:ListAccessKeys",
                "iam:CreateAccessKey",
                "iam:DeleteAccessKey",
                "iam:EnableMFADevice",
                "iam:ListMFADevices",
                "iam:ResyncMFADevice",
            ],
            "Resource": self_resource(),
        },
        {
            "Sid": "Listing",
            "Effect": "Allow",
            "Action": ["iam:ListUsers", "iam:ListVirtualMFADevices", "iam:CreateVirtualMFADevice"],
            "Resource": "*",
        },
        {
            "Effect": "Deny",
            "NotAction": [
                "iam:CreateVirtualMFADevice",
                "iam:EnableMFADevice",
                "iam:ListMFADevices",
                "iam:ListUsers",
                "iam:ListVirtualMFADevices",
                "iam:ResyncMFADevice",
            ],
            "Resource": "*",
            "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}},
        },
    ],
}

# Scenario S5 (seed 004): forced-mfa-and-my-sec-creds-self-manage.
S5_POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "AllowViewAccountInfo",
            "Effect": "Allow",
            "Action": ["iam:GetAccountPasswordPolicy", "iam:ListVirtualMFADevices"],
            "Resource": "*",
        },
        {
            "Sid": "AllowManageOwnPasswords",
            "Effect": "Allow",
            "Action": ["iam:ChangePassword", "iam:GetUser"],
            "Resource": self_resource(),
        },
        {
            "Sid": "AllowManageOwnAccessKeys",
            "Effect": "Allow",
            "Action": [
                "iam:CreateAccessKey",
                "iam:DeleteAccessKey",
                "iam:ListAccessKeys",
                "iam:UpdateAccessKey",
            ],
            "Resource": self_resource(),
        },
        {
            "Sid": "AllowManageOwnGitCredentials",
            "Effect": "Allow",
            "Action": [
                "iam:CreateServiceSpecificCredential",
                "iam:DeleteServiceSpecificCredential",
                "iam:ListServiceSpecificCredentials",
                "iam:ResetServiceSpecificCredential",
                "iam:UpdateServiceSpecificCredential",
            ],
            "Resource": self_resource(),
        },
        {
            "Sid": "AllowManageOwnVirtualMFADevice",
            "Effect": "Allow",
            "Action": ["iam:CreateVirtualMFADevice"],
            "Resource": "arn:aws:iam::*:mfa/*",
        },
        {
            "Sid": "AllowManageOwnUserMFA",
            "Effect": "Allow",
            "Action": [
                "iam:DeactivateMFADevice",
                "iam:EnableMFADevice",
                "iam:ListMFADevices",
                "iam:ResyncMFADevice",
            ],
            "Resource": self_resource(),
        },
        {
            "Sid": "DenyAllExceptListedIfNoMFA",
            "Effect": "Deny",
            "NotAction": [
                "iam:CreateVirtualMFADevice",
                "iam:EnableMFADevice",
                "iam:GetUser",
                "iam:ListMFADevices",
                "iam:ListVirtualMFADevices",
                "iam:ResyncMFADevice",
                "sts:GetSessionToken",
            ],
            "Resource": "*",
            "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}},
        },
    ],
}

EXPLICIT_DENY = "with an explicit deny in an identity-based policy"
S5_PASSWORD = "S5-first-Passw0rd!"
CODECOMMIT = "codecommit.amazonaws.com"


def mfa_session(iamd, creds, device) -> SessionCreds:
    out = iamd.sts(creds).get_session_token(
        SerialNumber=device.serial, TokenCode=device.fresh_code()
    )
    return SessionCreds.of(out)


# ---- GetSessionToken ----------------------------------------------------------------------


def test_get_session_token_shapes_and_durations(iamd):
    name, creds = iamd.make_user("gst")
    before = dt.datetime.now(dt.timezone.utc)
    out = iamd.sts(creds).get_session_token()
    c = out["Credentials"]
    assert c["AccessKeyId"].startswith("ASIA") and len(c["AccessKeyId"]) == 20
    assert len(c["SecretAccessKey"]) == 40
    assert len(c["SessionToken"]) > 40
    hours = (c["Expiration"] - before).total_seconds() / 3600
    assert 11.9 < hours < 12.1  # the default, 43,200 s

    c = iamd.sts(creds).get_session_token(DurationSeconds=900)["Credentials"]
    assert 850 < (c["Expiration"] - before).total_seconds() < 1000
    c = iamd.sts(creds).get_session_token(DurationSeconds=129600)["Credentials"]
    assert 35.9 < (c["Expiration"] - before).total_seconds() / 3600 < 36.1
    code, status, _ = error_of(lambda: iamd.sts(creds).get_session_token(DurationSeconds=129601))
    assert (code, status) == ("ValidationError", 400)

    # Root: at most an hour, and a longer request is cut to one.
    c = iamd.sts().get_session_token(DurationSeconds=7200)["Credentials"]
    assert 3500 < (c["Expiration"] - before).total_seconds() < 3700


def test_session_identity_and_limits(iamd):
    name, creds = iamd.make_user("ident", policy=allow("iam:ListUsers"))
    session = SessionCreds.of(iamd.sts(creds).get_session_token())
    sts = session_client(iamd, "sts", session)
    me = iamd.sts(creds).get_caller_identity()
    out = sts.get_caller_identity()
    assert (out["Arn"], out["UserId"], out["Account"]) == (user_arn(name), me["UserId"], ACCOUNT_ID)
    # Session credentials cannot get another session.
    assert error_of(lambda: sts.get_session_token()) == (
        "AccessDenied",
        403,
        "Cannot call GetSessionToken with session credentials",
    )
    # Without MFA they cannot call IAM at all, whatever the user's policies.
    assert error_of(lambda: session_client(iamd, "iam", session).list_users()) == INVALID_TOKEN


def test_tampered_or_missing_token_is_refused(iamd):
    _, creds = iamd.make_user("tamper", policy=allow("iam:ListUsers"))
    s = SessionCreds.of(iamd.sts(creds).get_session_token())
    flipped = s.token[:-5] + ("A" if s.token[-5] != "A" else "B") + s.token[-4:]
    for bad in [
        SessionCreds(s.access_key_id, s.secret, flipped),
        SessionCreds(s.access_key_id, s.secret, s.token + "x"),
    ]:
        assert (
            error_of(lambda: session_client(iamd, "sts", bad).get_caller_identity())
            == INVALID_TOKEN
        )
    # Signed with the session's key but no token at all.
    no_token = iamd.sts(creds=None, access_key=s.access_key_id, secret=s.secret)
    assert error_of(lambda: no_token.get_caller_identity()) == INVALID_TOKEN
    # The wrong secret: the signature fails.
    wrong = SessionCreds(s.access_key_id, s.secret[::-1], s.token)
    code, status, _ = error_of(lambda: session_client(iamd, "sts", wrong).get_caller_identity())
    assert (code, status) == ("SignatureDoesNotMatch", 403)
    # The real one still works.
    assert session_client(iamd, "sts", s).get_caller_identity()["Account"] == ACCOUNT_ID


def test_mfa_session_codes(iamd, iam):
    name, creds = iamd.make_user("mfacodes")
    device = enrol(iam, name)
    sts = iamd.sts(creds)
    assert (
        error_of(lambda: sts.get_session_token(SerialNumber=device.serial, TokenCode="000000"))
        == BAD_CODE
    )
    unable = (
        "AccessDenied",
        403,
        "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA "
        "serial number is valid and associated with this user.",
    )
    # A device that is not the caller's, and the user ARN instead of the device's.
    other, other_creds = iamd.make_user("mfaother")
    assert (
        error_of(
            lambda: iamd.sts(other_creds).get_session_token(
                SerialNumber=device.serial, TokenCode="123456"
            )
        )
        == unable
    )
    assert (
        error_of(lambda: sts.get_session_token(SerialNumber=user_arn(name), TokenCode="123456"))
        == unable
    )
    session = mfa_session(iamd, creds, device)
    out = session_client(iamd, "sts", session).get_caller_identity()
    assert out["Arn"] == user_arn(name)


def test_cli_get_session_token_with_mfa(iamd, iam):
    name, creds = iamd.make_user("climfa", policy=allow("iam:ListAccessKeys", self_resource()))
    device = enrol(iam, name)
    code, out, err = iamd.aws(
        "sts",
        "get-session-token",
        "--serial-number",
        device.serial,
        "--token-code",
        device.fresh_code(),
        "--duration-seconds",
        "900",
        creds=creds,
    )
    assert code == 0, err
    c = out["Credentials"]
    env = clean_client_env()
    env.update(
        AWS_ACCESS_KEY_ID=c["AccessKeyId"],
        AWS_SECRET_ACCESS_KEY=c["SecretAccessKey"],
        AWS_SESSION_TOKEN=c["SessionToken"],
        AWS_DEFAULT_REGION="eu-west-2",
        AWS_MAX_ATTEMPTS="1",
    )
    done = subprocess.run(
        [
            *aws_cli_command(),
            "--endpoint-url",
            iamd.endpoint,
            "--output",
            "json",
            "iam",
            "list-access-keys",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["AccessKeyMetadata"][0]["UserName"] == name


# ---- S2: BoolIfExists and long-term keys -------------------------------------------------


def test_s2_long_term_keys_are_denied_and_mfa_sessions_allowed(iamd, iam):
    group = unique("s2")
    iam.create_group(GroupName=group)
    iam.put_group_policy(GroupName=group, PolicyName="s2", PolicyDocument=json.dumps(S2_POLICY))
    name, creds = iamd.make_user("s2user")
    iam.add_user_to_group(GroupName=group, UserName=name)
    long_term = iamd.iam(creds)

    # Long-term key: aws:MultiFactorAuthPresent is absent, so BoolIfExists denies.
    e = assert_error(lambda: long_term.list_access_keys(), "AccessDenied", 403)
    assert e.response["Error"]["Message"] == (
        f"User: {user_arn(name)} is not authorized to perform: iam:ListAccessKeys on resource: "
        f"{user_arn(name)} {EXPLICIT_DENY}"
    )
    assert "Users" in long_term.list_users(MaxItems=1)  # exempt (NotAction)
    # The user enrols a device with the long-term key (exempt actions).
    created = long_term.create_virtual_mfa_device(VirtualMFADeviceName=name)["VirtualMFADevice"]
    seed = created["Base32StringSeed"].decode()
    step = current_step()
    long_term.enable_mfa_device(
        UserName=name,
        SerialNumber=created["SerialNumber"],
        AuthenticationCode1=totp(seed, step - 1),
        AuthenticationCode2=totp(seed, step),
    )
    device = Device(created["SerialNumber"], seed, step)

    # A session without MFA cannot call IAM at all.
    plain = SessionCreds.of(iamd.sts(creds).get_session_token())
    assert error_of(lambda: session_client(iamd, "iam", plain).list_access_keys()) == INVALID_TOKEN

    # With MFA the Deny no longer applies.
    session = session_client(iamd, "iam", mfa_session(iamd, creds, device))
    keys = session.list_access_keys()["AccessKeyMetadata"]
    assert [k["AccessKeyId"] for k in keys] == [creds.access_key_id]


def test_long_term_keys_carry_no_mfa_key(iamd):
    """`Bool` on a missing key is false: a Deny with Bool does not catch long-term keys."""
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"},
            {
                "Effect": "Deny",
                "Action": "*",
                "Resource": "*",
                "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "false"}},
            },
        ],
    }
    _, creds = iamd.make_user("boolonly", policy=policy)
    assert "Users" in iamd.iam(creds).list_users(MaxItems=1)
    policy["Statement"][1]["Condition"] = {"Null": {"aws:MultiFactorAuthPresent": "true"}}
    _, creds = iamd.make_user("nullcheck", policy=policy)
    assert_error(lambda: iamd.iam(creds).list_users(MaxItems=1), "AccessDenied", 403)


# ---- S5: MFA-authenticated self-management -----------------------------------------------


@pytest.fixture(scope="module")
def s5(iamd):
    """An S5 user with a device, an MFA session, and another user to try things on."""
    iam = iamd.iam()
    name, creds = iamd.make_user("s5", policy=S5_POLICY)
    other, _ = iamd.make_user("s5other", key=False)
    iam.create_login_profile(UserName=name, Password=S5_PASSWORD)
    long_term = iamd.iam(creds)
    device = enrol(long_term, name)
    session = session_client(iamd, "iam", mfa_session(iamd, creds, device))
    return {
        "name": name,
        "other": other,
        "creds": creds,
        "device": device,
        "long_term": long_term,
        "session": session,
        "iam": iam,
    }


def test_s5_without_mfa_only_the_listed_actions(s5, iamd):
    iam, name = s5["long_term"], s5["name"]
    assert iam.get_user()["User"]["UserName"] == name
    assert [d["SerialNumber"] for d in iam.list_mfa_devices()["MFADevices"]] == [
        s5["device"].serial
    ]
    assert "VirtualMFADevices" in iam.list_virtual_mfa_devices()
    # A second device: created, enabled and resynced without MFA (all exempt).
    device = enrol(iam, name)
    first = device.fresh_code()
    iam.resync_mfa_device(
        UserName=name,
        SerialNumber=device.serial,
        AuthenticationCode1=first,
        AuthenticationCode2=device.code(device.last_step + 1),
    )
    device.last_step += 1
    extra = iam.create_virtual_mfa_device(VirtualMFADeviceName=unique("s5extra"))[
        "VirtualMFADevice"
    ]
    denied = {
        "iam:ListAccessKeys": lambda: iam.list_access_keys(),
        "iam:CreateAccessKey": lambda: iam.create_access_key(),
        "iam:UpdateAccessKey": lambda: iam.update_access_key(
            AccessKeyId=s5["creds"].access_key_id, Status="Inactive"
        ),
        "iam:DeleteAccessKey": lambda: iam.delete_access_key(AccessKeyId=s5["creds"].access_key_id),
        "iam:DeactivateMFADevice": lambda: iam.deactivate_mfa_device(
            UserName=name, SerialNumber=s5["device"].serial
        ),
        "iam:DeleteVirtualMFADevice": lambda: iam.delete_virtual_mfa_device(
            SerialNumber=extra["SerialNumber"]
        ),
        "iam:ListUsers": lambda: iam.list_users(),
        "iam:ChangePassword": lambda: iam.change_password(
            OldPassword=S5_PASSWORD, NewPassword="S5-second-Passw0rd!"
        ),
        "iam:GetAccountPasswordPolicy": lambda: iam.get_account_password_policy(),
        "iam:CreateServiceSpecificCredential": lambda: iam.create_service_specific_credential(
            UserName=name, ServiceName=CODECOMMIT
        ),
        "iam:ListServiceSpecificCredentials": lambda: iam.list_service_specific_credentials(
            UserName=name
        ),
    }
    for action, call in denied.items():
        e = assert_error(call, "AccessDenied", 403)
        assert f"perform: {action} on resource:" in e.response["Error"]["Message"]
        assert e.response["Error"]["Message"].endswith(EXPLICIT_DENY), action
    s5["iam"].delete_virtual_mfa_device(SerialNumber=extra["SerialNumber"])


def test_s5_with_mfa_self_service_but_never_another_user(s5):
    session, name, other = s5["session"], s5["name"], s5["other"]
    assert session.get_user()["User"]["UserName"] == name
    key = session.create_access_key()["AccessKey"]
    assert key["UserName"] == name and key["SecretAccessKey"]
    listed = {k["AccessKeyId"] for k in session.list_access_keys()["AccessKeyMetadata"]}
    assert key["AccessKeyId"] in listed
    session.update_access_key(AccessKeyId=key["AccessKeyId"], Status="Inactive")
    session.delete_access_key(AccessKeyId=key["AccessKeyId"])
    assert "VirtualMFADevices" in session.list_virtual_mfa_devices()
    session.change_password(OldPassword=S5_PASSWORD, NewPassword="S5-second-Passw0rd!")
    try:
        session.get_account_password_policy()
    except ClientError as e:
        # Authorized; this account has no password policy set.
        assert e.response["Error"]["Code"] == "NoSuchEntity", e.response

    # CodeCommit Git credentials: create, list, reset, deactivate, delete.
    git = session.create_service_specific_credential(UserName=name, ServiceName=CODECOMMIT)[
        "ServiceSpecificCredential"
    ]
    git_id = git["ServiceSpecificCredentialId"]
    assert git["ServicePassword"]
    listed = session.list_service_specific_credentials(UserName=name)["ServiceSpecificCredentials"]
    assert git_id in [c["ServiceSpecificCredentialId"] for c in listed]
    session.reset_service_specific_credential(UserName=name, ServiceSpecificCredentialId=git_id)
    session.update_service_specific_credential(
        UserName=name, ServiceSpecificCredentialId=git_id, Status="Inactive"
    )
    session.delete_service_specific_credential(UserName=name, ServiceSpecificCredentialId=git_id)

    # Another user's credentials: no Allow names them.
    for call, action in [
        (lambda: session.create_access_key(UserName=other), "iam:CreateAccessKey"),
        (lambda: session.list_access_keys(UserName=other), "iam:ListAccessKeys"),
        (lambda: session.list_mfa_devices(UserName=other), "iam:ListMFADevices"),
        (lambda: session.get_user(UserName=other), "iam:GetUser"),
        (
            lambda: session.create_service_specific_credential(
                UserName=other, ServiceName=CODECOMMIT
            ),
            "iam:CreateServiceSpecificCredential",
        ),
    ]:
        e = assert_error(call, "AccessDenied", 403)
        assert e.response["Error"]["Message"] == (
            f"User: {user_arn(name)} is not authorized to perform: {action} on resource: "
            f"user {other} because no identity-based policy allows the {action} action"
        )
    # Not granted at all, MFA or not.
    assert_error(lambda: session.list_users(), "AccessDenied", 403)


def test_s5_with_mfa_can_deactivate_its_device(iamd, iam):
    name, creds = iamd.make_user("s5deact", policy=S5_POLICY)
    device = enrol(iamd.iam(creds), name)
    session = session_client(iamd, "iam", mfa_session(iamd, creds, device))
    session.deactivate_mfa_device(UserName=name, SerialNumber=device.serial)
    assert session.list_mfa_devices()["MFADevices"] == []
    iam.delete_virtual_mfa_device(SerialNumber=device.serial)


# ---- AssumeRole ---------------------------------------------------------------------------


def make_role(iam, trust: dict, policy: dict | None = None, max_session: int | None = None):
    name = unique("role")
    kw = {}
    if max_session:
        kw["MaxSessionDuration"] = max_session
    role = iam.create_role(RoleName=name, AssumeRolePolicyDocument=json.dumps(trust), **kw)["Role"]
    if policy is not None:
        iam.put_role_policy(RoleName=name, PolicyName="p", PolicyDocument=json.dumps(policy))
    return role


def trust_account(condition: dict | None = None) -> dict:
    stmt = {
        "Effect": "Allow",
        "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT_ID}:root"},
        "Action": "sts:AssumeRole",
    }
    if condition:
        stmt["Condition"] = condition
    return {"Version": "2012-10-17", "Statement": [stmt]}


def test_assume_role_trust_requires_mfa(iamd, iam):
    role = make_role(
        iam,
        trust_account({"Bool": {"aws:MultiFactorAuthPresent": "true"}}),
        allow(["iam:ListRoles", "iam:ListUsers"]),
    )
    name, creds = iamd.make_user("assumer", policy=allow("sts:AssumeRole", role["Arn"]))
    device = enrol(iam, name)
    sts = iamd.sts(creds)

    e = assert_error(
        lambda: sts.assume_role(RoleArn=role["Arn"], RoleSessionName="nomfa"), "AccessDenied", 403
    )
    assert e.response["Error"]["Message"].startswith(
        f"User: {user_arn(name)} is not authorized to perform: sts:AssumeRole on resource: {role['Arn']}"
    )
    assert (
        error_of(
            lambda: sts.assume_role(
                RoleArn=role["Arn"],
                RoleSessionName="bad",
                SerialNumber=device.serial,
                TokenCode="000000",
            )
        )
        == BAD_CODE
    )

    out = sts.assume_role(
        RoleArn=role["Arn"],
        RoleSessionName="withmfa",
        SerialNumber=device.serial,
        TokenCode=device.fresh_code(),
    )
    assert out["AssumedRoleUser"] == {
        "AssumedRoleId": f"{role['RoleId']}:withmfa",
        "Arn": f"arn:aws:sts::{ACCOUNT_ID}:assumed-role/{role['RoleName']}/withmfa",
    }
    assert out["Credentials"]["AccessKeyId"].startswith("ASIA")
    assumed = SessionCreds.of(out)
    ident = session_client(iamd, "sts", assumed).get_caller_identity()
    assert ident["Arn"] == f"arn:aws:sts::{ACCOUNT_ID}:assumed-role/{role['RoleName']}/withmfa"
    assert ident["UserId"] == f"{role['RoleId']}:withmfa"

    # An MFA session (from a second device of the user) assumes the role without a new code.
    session = mfa_session(iamd, creds, enrol(iam, name))
    out = session_client(iamd, "sts", session).assume_role(
        RoleArn=role["Arn"], RoleSessionName="fromsession"
    )
    assert out["AssumedRoleUser"]["Arn"].endswith("/fromsession")


def test_assumed_role_calls_use_the_role_and_session_policies(iamd, iam):
    role = make_role(iam, trust_account(), allow(["iam:ListRoles", "iam:ListUsers"]))
    name, creds = iamd.make_user("roleuser", policy=allow("sts:AssumeRole", role["Arn"]))
    sts = iamd.sts(creds)
    session_arn = f"arn:aws:sts::{ACCOUNT_ID}:assumed-role/{role['RoleName']}/plain"
    assumed = session_client(
        iamd, "iam", SessionCreds.of(sts.assume_role(RoleArn=role["Arn"], RoleSessionName="plain"))
    )
    assert "Roles" in assumed.list_roles(MaxItems=1)
    assert "Users" in assumed.list_users(MaxItems=1)
    e = assert_error(lambda: assumed.list_groups(), "AccessDenied", 403)
    assert e.response["Error"]["Message"].startswith(
        f"User: {session_arn} is not authorized to perform: iam:ListGroups on resource: "
    )
    # Not an IAM user: operations that default to the caller need a user name.
    code, status, message = error_of(lambda: assumed.list_access_keys())
    assert (code, status, message) == (
        "ValidationError",
        400,
        "Must specify userName when calling with non-User credentials",
    )

    # A session policy narrows the role's permissions, never widens them.
    scoped = sts.assume_role(
        RoleArn=role["Arn"],
        RoleSessionName="scoped",
        Policy=json.dumps(allow(["iam:ListRoles", "iam:ListGroups"])),
    )
    assert scoped["PackedPolicySize"] > 0
    client = session_client(iamd, "iam", SessionCreds.of(scoped))
    assert "Roles" in client.list_roles(MaxItems=1)
    e = assert_error(lambda: client.list_users(), "AccessDenied", 403)
    assert e.response["Error"]["Message"].endswith(
        "because no session policy allows the iam:ListUsers action"
    )
    e = assert_error(lambda: client.list_groups(), "AccessDenied", 403)
    assert e.response["Error"]["Message"].endswith(
        "because no identity-based policy allows the iam:ListGroups action"
    )

    # A managed session policy.
    managed = iam.create_policy(
        PolicyName=unique("sess"), PolicyDocument=json.dumps(allow("iam:ListUsers"))
    )["Policy"]["Arn"]
    client = session_client(
        iamd,
        "iam",
        SessionCreds.of(
            sts.assume_role(
                RoleArn=role["Arn"], RoleSessionName="managed", PolicyArns=[{"arn": managed}]
            )
        ),
    )
    assert "Users" in client.list_users(MaxItems=1)
    assert_error(lambda: client.list_roles(), "AccessDenied", 403)


def test_assume_role_refusals(iamd, iam):
    role = make_role(iam, trust_account(), max_session=3600)
    _, creds = iamd.make_user("refused", policy=allow("sts:AssumeRole", role["Arn"]))
    sts = iamd.sts(creds)
    assert error_of(
        lambda: sts.assume_role(RoleArn=role["Arn"], RoleSessionName="long", DurationSeconds=7200)
    ) == (
        "ValidationError",
        400,
        "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
    )
    assert error_of(
        lambda: iamd.sts().assume_role(RoleArn=role["Arn"], RoleSessionName="root")
    ) == (
        "AccessDenied",
        403,
        "Roles may not be assumed by root accounts.",
    )
    # The trust policy names the account: an identity-policy Allow is needed as well.
    _, nopolicy = iamd.make_user("nopolicy")
    assert_error(
        lambda: iamd.sts(nopolicy).assume_role(RoleArn=role["Arn"], RoleSessionName="xx"),
        "AccessDenied",
        403,
    )
    # Unknown role.
    ghost = f"arn:aws:iam::{ACCOUNT_ID}:role/{unique('ghost')}"
    assert_error(lambda: sts.assume_role(RoleArn=ghost, RoleSessionName="xx"), "AccessDenied", 403)
    code, status, _ = error_of(
        lambda: sts.assume_role(RoleArn=role["Arn"], RoleSessionName="bad:name")
    )
    assert (code, status) == ("ValidationError", 400)


def test_role_chaining_is_limited_to_an_hour(iamd, iam):
    second = make_role(iam, trust_account(), allow("iam:ListRoles"), max_session=43200)
    first = make_role(iam, trust_account(), allow("sts:AssumeRole", second["Arn"]))
    name, creds = iamd.make_user("chainer", policy=allow("sts:AssumeRole", first["Arn"]))
    first_session = session_client(
        iamd,
        "sts",
        SessionCreds.of(iamd.sts(creds).assume_role(RoleArn=first["Arn"], RoleSessionName="one")),
    )
    assert error_of(
        lambda: first_session.assume_role(
            RoleArn=second["Arn"], RoleSessionName="two", DurationSeconds=7200
        )
    ) == (
        "ValidationError",
        400,
        "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by "
        "role chaining.",
    )
    out = first_session.assume_role(RoleArn=second["Arn"], RoleSessionName="two")
    client = session_client(iamd, "iam", SessionCreds.of(out))
    assert "Roles" in client.list_roles(MaxItems=1)
    # The first role's session may assume only the role its policy names.
    assert_error(
        lambda: first_session.assume_role(RoleArn=first["Arn"], RoleSessionName="again"),
        "AccessDenied",
        403,
    )


def test_trust_policy_naming_the_user_needs_no_identity_policy(iamd, iam):
    name, creds = iamd.make_user("direct")
    trust = {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": {"AWS": user_arn(name)}, "Action": "sts:AssumeRole"}
        ],
    }
    role = make_role(iam, trust)
    out = iamd.sts(creds).assume_role(RoleArn=role["Arn"], RoleSessionName="direct")
    assert out["AssumedRoleUser"]["AssumedRoleId"] == f"{role['RoleId']}:direct"
