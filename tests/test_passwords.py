"""Console passwords through the real clients: the account password policy, login profiles,
ChangePassword and AllowUsersToChangePassword (seed scenarios S1, S2 and S4).

Tests that change the account password policy run a server of their own: the policy is
account-wide.
"""

from __future__ import annotations

import json

import pytest

from iamd_harness import (
    ACCOUNT_ID,
    Creds,
    access_denied,
    allow,
    assert_error,
    unique,
)

SELF = f"arn:aws:iam::{ACCOUNT_ID}:user/${{aws:username}}"
READ_ONLY = "arn:aws:iam::aws:policy/IAMReadOnlyAccess"
SYMBOLS = "! @ # $ % ^ & * ( ) _ + - = [ ] { } | '"
STRONG = "Str0ng-Passw0rd!"


def user_arn(name: str) -> str:
    return f"arn:aws:iam::{ACCOUNT_ID}:user/{name}"


def no_allow(action: str) -> str:
    return f"because no identity-based policy allows the {action} action"


def make_user(server, prefix: str, policy=None, password: str | None = STRONG, key: bool = True):
    """A user with an access key, an optional inline policy and a console password."""
    name, creds = server.make_user(prefix, policy=policy, key=key)
    if password is not None:
        server.iam().create_login_profile(UserName=name, Password=password)
    return name, creds


# --- S4: the account password policy ------------------------------------------------------


def test_password_policy_not_set_then_replaced_whole_then_deleted(start_server):
    server = start_server()
    iam = server.iam()
    assert_error(
        iam.get_account_password_policy,
        "NoSuchEntity",
        404,
        f"The Password Policy with domain name {ACCOUNT_ID} cannot be found.",
    )
    assert_error(
        iam.delete_account_password_policy,
        "NoSuchEntity",
        404,
        "The account policy with name PasswordPolicy cannot be found.",
    )
    # No arguments: every field at its default; the unset optional ones are omitted.
    iam.update_account_password_policy()
    assert iam.get_account_password_policy()["PasswordPolicy"] == {
        "MinimumPasswordLength": 6,
        "RequireSymbols": False,
        "RequireNumbers": False,
        "RequireUppercaseCharacters": False,
        "RequireLowercaseCharacters": False,
        "AllowUsersToChangePassword": False,
        "ExpirePasswords": False,
    }
    iam.update_account_password_policy(
        MinimumPasswordLength=14,
        RequireSymbols=True,
        RequireNumbers=True,
        RequireUppercaseCharacters=True,
        RequireLowercaseCharacters=True,
        AllowUsersToChangePassword=True,
        MaxPasswordAge=90,
        PasswordReusePrevention=24,
        HardExpiry=False,
    )
    assert iam.get_account_password_policy()["PasswordPolicy"] == {
        "MinimumPasswordLength": 14,
        "RequireSymbols": True,
        "RequireNumbers": True,
        "RequireUppercaseCharacters": True,
        "RequireLowercaseCharacters": True,
        "AllowUsersToChangePassword": True,
        "ExpirePasswords": True,
        "MaxPasswordAge": 90,
        "PasswordReusePrevention": 24,
        "HardExpiry": False,
    }
    # Replaced whole: what is omitted returns to its default.
    code, _, err = server.aws("iam", "update-account-password-policy", "--require-numbers")
    assert code == 0, err
    code, out, err = server.aws("iam", "get-account-password-policy")
    assert code == 0, err
    assert out["PasswordPolicy"] == {
        "MinimumPasswordLength": 6,
        "RequireSymbols": False,
        "RequireNumbers": True,
        "RequireUppercaseCharacters": False,
        "RequireLowercaseCharacters": False,
        "AllowUsersToChangePassword": False,
        "ExpirePasswords": False,
    }
    code, out, err = server.aws("iam", "delete-account-password-policy")
    assert (code, out) == (0, None), err
    code, _, err = server.aws("iam", "get-account-password-policy")
    assert code == 255 and "(NoSuchEntity)" in err, err


@pytest.mark.parametrize(
    "params, field",
    [
        ({"MinimumPasswordLength": "129"}, "minimumPasswordLength"),
        ({"MinimumPasswordLength": "5"}, "minimumPasswordLength"),
        ({"MaxPasswordAge": "1096"}, "maxPasswordAge"),
        ({"MaxPasswordAge": "0"}, "maxPasswordAge"),
        ({"PasswordReusePrevention": "25"}, "passwordReusePrevention"),
        ({"PasswordReusePrevention": "0"}, "passwordReusePrevention"),
    ],
)
def test_out_of_range_values_are_refused_naming_the_field(iamd, params, field):
    # Sent raw: botocore would refuse values under the minimum before sending.
    response = iamd.signed(
        {"Action": "UpdateAccountPasswordPolicy", "Version": "2010-05-08", **params}
    )
    assert response.status == 400, response.text
    error = response.error()
    assert error["Code"] == "ValidationError", error
    assert f"at '{field}' failed to satisfy constraint" in error["Message"], error


def test_several_out_of_range_values_are_all_named(iamd):
    e = assert_error(
        lambda: iamd.iam().update_account_password_policy(
            MinimumPasswordLength=200, MaxPasswordAge=2000, PasswordReusePrevention=30
        ),
        "ValidationError",
        400,
    )
    message = e.response["Error"]["Message"]
    assert message.startswith("3 validation errors detected"), message
    for field in ["minimumPasswordLength", "maxPasswordAge", "passwordReusePrevention"]:
        assert field in message, message


def test_policy_violation_names_every_rule_broken(start_server):
    server = start_server()
    iam = server.iam()
    iam.update_account_password_policy(
        MinimumPasswordLength=14,
        RequireSymbols=True,
        RequireNumbers=True,
        RequireUppercaseCharacters=True,
        RequireLowercaseCharacters=True,
    )
    name, _ = make_user(server, "strict", password=None)
    assert_error(
        lambda: iam.create_login_profile(UserName=name, Password="abc"),
        "PasswordPolicyViolation",
        400,
        "Password should have at least 14 characters; "
        "Password should have at least one uppercase letter (A-Z); "
        "Password should have at least one number (0-9); "
        f"Password should have at least one of the following symbols: {SYMBOLS}",
    )
    assert_error(
        lambda: iam.create_login_profile(UserName=name, Password="ABCDEFGHIJKLMN1!"),
        "PasswordPolicyViolation",
        400,
        "Password should have at least one lowercase letter (a-z)",
    )
    # Nothing was created by the refused calls.
    assert_error(lambda: iam.get_login_profile(UserName=name), "NoSuchEntity", 404)
    iam.create_login_profile(UserName=name, Password="Abcdefghijkl1!")
    # The same rules hold for the admin reset, through the CLI too.
    code, _, err = server.aws(
        "iam", "update-login-profile", "--user-name", name, "--password", "Abcdefghijkl1"
    )
    assert code == 255, err
    assert "(PasswordPolicyViolation)" in err and f"symbols: {SYMBOLS}" in err, err


def test_default_rules_apply_while_no_policy_is_set(start_server):
    server = start_server()
    iam = server.iam()
    name, _ = make_user(server, "defaults", password=None)
    e = assert_error(
        lambda: iam.create_login_profile(UserName=name, Password="password"),
        "PasswordPolicyViolation",
        400,
    )
    assert e.response["Error"]["Message"].startswith(
        "Password should meet 2 more of the following requirements: "
    ), e.response
    assert_error(
        lambda: iam.create_login_profile(UserName=name, Password=ACCOUNT_ID),
        "PasswordPolicyViolation",
        400,
    )
    iam.create_login_profile(UserName=name, Password="password1!")


# --- login profiles ----------------------------------------------------------------------


def test_login_profile_create_get_update_delete(iamd):
    iam = iamd.iam()
    name, _ = make_user(iamd, "profile", password=None, key=False)
    assert_error(
        lambda: iam.get_login_profile(UserName=name),
        "NoSuchEntity",
        404,
        f"Login Profile for User {name} cannot be found.",
    )
    created = iam.create_login_profile(
        UserName=name, Password=STRONG, PasswordResetRequired=True
    )["LoginProfile"]
    assert created["UserName"] == name
    assert created["PasswordResetRequired"] is True
    assert_error(
        lambda: iam.create_login_profile(UserName=name, Password=STRONG),
        "EntityAlreadyExists",
        409,
        f"Login Profile for user {name} already exists.",
    )
    got = iam.get_login_profile(UserName=name)["LoginProfile"]
    assert got == created
    # Only the flag: the password stays as it was.
    iam.update_login_profile(UserName=name, PasswordResetRequired=False)
    got = iam.get_login_profile(UserName=name)["LoginProfile"]
    assert got["PasswordResetRequired"] is False
    assert got["CreateDate"] == created["CreateDate"]
    code, out, err = iamd.aws(
        "iam",
        "update-login-profile",
        "--user-name",
        name,
        "--password",
        "An0ther-Passw0rd!",
        "--password-reset-required",
    )
    assert (code, out) == (0, None), err
    code, out, err = iamd.aws("iam", "get-login-profile", "--user-name", name)
    assert code == 0, err
    assert out["LoginProfile"]["PasswordResetRequired"] is True
    assert_error(
        lambda: iam.delete_user(UserName=name),
        "DeleteConflict",
        409,
        "Cannot delete entity, must delete login profile first.",
    )
    iam.delete_login_profile(UserName=name)
    assert_error(
        lambda: iam.delete_login_profile(UserName=name),
        "NoSuchEntity",
        404,
        f"Login Profile for User {name} cannot be found.",
    )
    iam.delete_user(UserName=name)
    assert_error(
        lambda: iam.create_login_profile(UserName=name, Password=STRONG),
        "NoSuchEntity",
        404,
        f"The user with name {name} cannot be found.",
    )


# --- ChangePassword ----------------------------------------------------------------------


def test_change_password_needs_the_old_password(iamd):
    name, creds = make_user(iamd, "changer", policy=allow("iam:ChangePassword", SELF))
    iam = iamd.iam(creds)
    e = assert_error(
        lambda: iam.change_password(OldPassword="not-it", NewPassword="N3w-Passw0rd!"),
        "InvalidInput",
        400,
    )
    assert "old password is incorrect" in e.response["Error"]["Message"], e.response
    # Nothing changed: the old password is still the one to give.
    iam.change_password(OldPassword=STRONG, NewPassword="N3w-Passw0rd!")
    code, out, err = iamd.aws(
        "iam",
        "change-password",
        "--old-password",
        "N3w-Passw0rd!",
        "--new-password",
        "Th1rd-Passw0rd!",
        creds=creds,
    )
    assert (code, out) == (0, None), err
    assert_error(
        lambda: iam.change_password(OldPassword="N3w-Passw0rd!", NewPassword=STRONG),
        "InvalidInput",
        400,
    )


def test_change_password_clears_the_reset_flag(iamd):
    name, creds = make_user(iamd, "resetter", policy=allow("iam:ChangePassword", SELF))
    iamd.iam().update_login_profile(UserName=name, PasswordResetRequired=True)
    iamd.iam(creds).change_password(OldPassword=STRONG, NewPassword="N3w-Passw0rd!")
    profile = iamd.iam().get_login_profile(UserName=name)["LoginProfile"]
    assert profile["PasswordResetRequired"] is False


def test_root_cannot_change_password(iamd):
    e = assert_error(
        lambda: iamd.iam().change_password(OldPassword="a", NewPassword=STRONG),
        "InvalidUserType",
        400,
    )
    assert "root" in e.response["Error"]["Message"], e.response


def test_change_password_without_a_login_profile(iamd):
    name, creds = make_user(
        iamd, "noprofile", policy=allow("iam:ChangePassword", SELF), password=None
    )
    assert_error(
        lambda: iamd.iam(creds).change_password(OldPassword="x", NewPassword=STRONG),
        "NoSuchEntity",
        404,
        f"Login Profile for User {name} cannot be found.",
    )


def test_reuse_prevention_refuses_the_last_n_passwords(start_server):
    server = start_server()
    server.iam().update_account_password_policy(PasswordReusePrevention=2)
    name, creds = make_user(server, "reuser", policy=allow("iam:ChangePassword", SELF))
    iam = server.iam(creds)
    iam.change_password(OldPassword=STRONG, NewPassword="Second-Passw0rd")
    for reused in [STRONG, "Second-Passw0rd"]:
        assert_error(
            lambda: iam.change_password(OldPassword="Second-Passw0rd", NewPassword=reused),
            "PasswordPolicyViolation",
            400,
            "Password should not be one of the last 2 passwords of this user",
        )
    iam.change_password(OldPassword="Second-Passw0rd", NewPassword="Third-Passw0rd")
    # Two back is outside the last two now.
    iam.change_password(OldPassword="Third-Passw0rd", NewPassword=STRONG)


# --- S1 ------------------------------------------------------------------------------------


@pytest.mark.parametrize("allow_users", [False, True])
def test_scenario_s1_change_password_versus_update_login_profile(start_server, allow_users):
    server = start_server()
    root = server.iam()
    root.update_account_password_policy(AllowUsersToChangePassword=allow_users)
    c_name, c_creds = make_user(server, "user-c", policy=allow(["iam:ChangePassword"], [SELF]))
    u_name, u_creds = make_user(
        server, "user-u", policy=allow(["iam:UpdateLoginProfile"], [SELF])
    )
    for name in (c_name, u_name):
        root.attach_user_policy(UserName=name, PolicyArn=READ_ONLY)
    c, u = server.iam(c_creds), server.iam(u_creds)

    # user-c: UpdateLoginProfile (IAM users page) is denied under both values.
    assert_error(
        lambda: c.update_login_profile(UserName=c_name, Password="N3w-Passw0rd-c"),
        "AccessDenied",
        403,
        access_denied(
            user_arn(c_name),
            "iam:UpdateLoginProfile",
            user_arn(c_name),
            no_allow("iam:UpdateLoginProfile"),
        ),
    )
    # user-c: ChangePassword (My security credentials) succeeds under both.
    c.change_password(OldPassword=STRONG, NewPassword="N3w-Passw0rd-c")

    # user-u: UpdateLoginProfile succeeds under both.
    u.update_login_profile(UserName=u_name, Password="N3w-Passw0rd-u")
    # user-u: ChangePassword is denied unless AllowUsersToChangePassword is on.
    if allow_users:
        code, out, err = server.aws(
            "iam",
            "change-password",
            "--old-password",
            "N3w-Passw0rd-u",
            "--new-password",
            "Th1rd-Passw0rd-u",
            creds=u_creds,
        )
        assert (code, out) == (0, None), err
        # The grant also lets the user read the rules.
        assert u.get_account_password_policy()["PasswordPolicy"]["AllowUsersToChangePassword"]
    else:
        assert_error(
            lambda: u.change_password(OldPassword="N3w-Passw0rd-u", NewPassword="Th1rd-P4ss"),
            "AccessDenied",
            403,
            access_denied(
                user_arn(u_name),
                "iam:ChangePassword",
                user_arn(u_name),
                no_allow("iam:ChangePassword"),
            ),
        )

    # Neither can change the other's password.
    assert_error(
        lambda: u.update_login_profile(UserName=c_name, Password="Hijack-Passw0rd-1"),
        "AccessDenied",
        403,
    )
    assert_error(
        lambda: c.update_login_profile(UserName=u_name, Password="Hijack-Passw0rd-1"),
        "AccessDenied",
        403,
    )
    # The read-only policy does not grant either change.
    assert c.get_login_profile(UserName=c_name)["LoginProfile"]["UserName"] == c_name


def test_turning_the_flag_on_and_off_takes_effect_at_once(start_server):
    server = start_server()
    root = server.iam()
    name, creds = make_user(server, "toggler")
    iam = server.iam(creds)
    assert_error(
        lambda: iam.change_password(OldPassword=STRONG, NewPassword="N3w-Passw0rd!"),
        "AccessDenied",
        403,
    )
    root.update_account_password_policy(AllowUsersToChangePassword=True)
    iam.change_password(OldPassword=STRONG, NewPassword="N3w-Passw0rd!")
    root.update_account_password_policy(AllowUsersToChangePassword=False)
    assert_error(
        lambda: iam.change_password(OldPassword="N3w-Passw0rd!", NewPassword=STRONG),
        "AccessDenied",
        403,
    )
    root.update_account_password_policy(AllowUsersToChangePassword=True)
    root.delete_account_password_policy()
    assert_error(
        lambda: iam.change_password(OldPassword="N3w-Passw0rd!", NewPassword=STRONG),
        "AccessDenied",
        403,
    )


# --- S2 (the rows that need no MFA session) -------------------------------------------------

MFA_ACTIONS = [
    "iam:CreateVirtualMFADevice",
    "iam:EnableMFADevice",
    "iam:ListMFADevices",
    "iam:ListUsers",
    "iam:ListVirtualMFADevices",
    "iam:ResyncMFADevice",
]


def deny_without_mfa(not_actions: list[str]) -> str:
    return json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Deny",
                    "NotAction": not_actions,
                    "Resource": "*",
                    "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}},
                }
            ],
        }
    )


def test_scenario_s2_not_action_fix_with_a_long_term_key(start_server):
    server = start_server()
    root = server.iam()
    root.update_account_password_policy(
        AllowUsersToChangePassword=True, MinimumPasswordLength=10
    )
    group = unique("force-mfa")
    root.create_group(GroupName=group)
    root.put_group_policy(
        GroupName=group, PolicyName="deny", PolicyDocument=deny_without_mfa(MFA_ACTIONS)
    )
    name, creds = server.make_user("new-hire")
    root.add_user_to_group(GroupName=group, UserName=name)
    root.create_login_profile(
        UserName=name, Password="Initial-Passw0rd", PasswordResetRequired=True
    )
    iam = server.iam(creds)

    # Signed with a long-term key, aws:MultiFactorAuthPresent is absent: BoolIfExists denies,
    # and the account flag does not override an explicit Deny.
    explicit = "with an explicit deny in an identity-based policy"
    for new in ["Chosen-Passw0rd", "short"]:
        assert_error(
            lambda: iam.change_password(OldPassword="Initial-Passw0rd", NewPassword=new),
            "AccessDenied",
            403,
            access_denied(user_arn(name), "iam:ChangePassword", user_arn(name), explicit),
        )
    assert_error(iam.get_account_password_policy, "AccessDenied", 403)

    # The fix: ChangePassword and GetAccountPasswordPolicy join the NotAction list.
    root.put_group_policy(
        GroupName=group,
        PolicyName="deny",
        PolicyDocument=deny_without_mfa(
            MFA_ACTIONS + ["iam:ChangePassword", "iam:GetAccountPasswordPolicy"]
        ),
    )
    assert iam.get_account_password_policy()["PasswordPolicy"]["MinimumPasswordLength"] == 10
    # A password that breaks the policy now says so (never AccessDenied).
    assert_error(
        lambda: iam.change_password(OldPassword="Initial-Passw0rd", NewPassword="short"),
        "PasswordPolicyViolation",
        400,
        "Password should have at least 10 characters",
    )
    iam.change_password(OldPassword="Initial-Passw0rd", NewPassword="Chosen-Passw0rd")
    assert root.get_login_profile(UserName=name)["LoginProfile"]["PasswordResetRequired"] is False

    # Without the flag, an explicit Allow on the user's own ARN does the same.
    root.update_account_password_policy(MinimumPasswordLength=10)
    assert_error(
        lambda: iam.change_password(OldPassword="Chosen-Passw0rd", NewPassword="Chosen-Again-1"),
        "AccessDenied",
        403,
    )
    root.put_user_policy(
        UserName=name,
        PolicyName="own-password",
        PolicyDocument=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {"Effect": "Allow", "Action": "iam:ChangePassword", "Resource": SELF},
                    {"Effect": "Allow", "Action": "iam:GetAccountPasswordPolicy", "Resource": "*"},
                ],
            }
        ),
    )
    iam.change_password(OldPassword="Chosen-Passw0rd", NewPassword="Chosen-Again-1")

    # The same Deny applies to the admin reset through UpdateLoginProfile by a user without MFA.
    admin, admin_creds = server.make_user("admin", policy=allow("iam:*"))
    root.add_user_to_group(GroupName=group, UserName=admin)
    assert_error(
        lambda: server.iam(admin_creds).update_login_profile(
            UserName=name, Password="Admin-Reset-1", PasswordResetRequired=True
        ),
        "AccessDenied",
        403,
    )


# --- secrets -------------------------------------------------------------------------------


def test_passwords_never_appear_in_clear(start_server, tmp_path):
    data = tmp_path / "data"
    server = start_server(data, env={"RUST_LOG": "debug"})
    root = server.iam()
    passwords = ["First-Clear-Passw0rd", "Second-Clear-Passw0rd", "Third-Clear-Passw0rd"]
    name, creds = make_user(
        server, "secretive", policy=allow("iam:ChangePassword", SELF), password=passwords[0]
    )
    root.update_login_profile(UserName=name, Password=passwords[1])
    server.iam(creds).change_password(OldPassword=passwords[1], NewPassword=passwords[2])
    # Failures too: a wrong old password and a refused new one.
    assert_error(
        lambda: server.iam(creds).change_password(
            OldPassword="Wrong-Clear-Passw0rd", NewPassword="x"
        ),
        "InvalidInput",
        400,
    )
    assert_error(
        lambda: root.update_login_profile(UserName=name, Password="tiny-clear"),
        "PasswordPolicyViolation",
        400,
    )
    needles = [p.encode() for p in passwords + ["Wrong-Clear-Passw0rd", "tiny-clear"]]

    def found() -> list[str]:
        hits = []
        for path in sorted(data.rglob("*")):
            if path.is_file():
                blob = path.read_bytes()
                hits += [f"{path.name}: {n!r}" for n in needles if n in blob]
        return hits

    assert found() == []
    server.kill()
    assert found() == []
    server.start()
    assert server.stop() == 0
    assert found() == []
    log = server.log_path.read_bytes()
    assert b"listening on http://127.0.0.1:" in log
    assert [n for n in needles if n in log] == []
