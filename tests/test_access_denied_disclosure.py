"""What an AccessDenied tells a caller about resources it may not see.

Decision: a denied caller learns nothing it did not send. GetAccessKeyLastUsed names only the
key ("… on resource: access key ID", IAM's message for an unknown key), for an unknown key and
for another user's key alike, so a key id reveals neither its owner's name and path nor whether
it exists. Operations on a named user name it as `user NAME`, as sent, never by its stored ARN,
so another user's path stays hidden and an existing user reads the same as an absent one. The
policies still see the real ARN: a grant on the path works.
"""

from __future__ import annotations

from iamd_harness import ACCOUNT_ID, allow, assert_error, unique

NO_ALLOW = "because no identity-based policy allows the iam:GetUser action"


def test_a_key_id_does_not_reveal_its_owner(iamd, iam):
    victim = unique("victim")
    iam.create_user(UserName=victim, Path="/secret-team/")
    key_id = iam.create_access_key(UserName=victim)["AccessKey"]["AccessKeyId"]
    bogus = "AKIA" + "Q" * 16
    nobody, creds = iamd.make_user("nobody")
    client = iamd.iam(creds)
    caller = f"arn:aws:iam::{ACCOUNT_ID}:user/{nobody}"

    for key in [key_id, bogus]:
        e = assert_error(
            lambda: client.get_access_key_last_used(AccessKeyId=key),
            "AccessDenied",
            403,
            f"User: {caller} is not authorized to perform iam:GetAccessKeyLastUsed "
            f"on resource: access key {key}",
        )
        assert victim not in str(e.response) and "secret-team" not in str(e.response)

    # Authorization is still against the owner's ARN, path included.
    _, reader = iamd.make_user(
        "reader",
        policy=allow(
            "iam:GetAccessKeyLastUsed", f"arn:aws:iam::{ACCOUNT_ID}:user/secret-team/*"
        ),
    )
    got = iamd.iam(reader).get_access_key_last_used(AccessKeyId=key_id)
    assert got["UserName"] == victim


def test_a_denied_get_user_does_not_reveal_the_path(iamd, iam):
    victim = unique("victim")
    iam.create_user(UserName=victim, Path="/secret-team/")
    ghost = unique("ghost")
    nobody, creds = iamd.make_user("nobody")
    client = iamd.iam(creds)
    caller = f"arn:aws:iam::{ACCOUNT_ID}:user/{nobody}"

    for name in [victim, ghost]:
        e = assert_error(
            lambda: client.get_user(UserName=name),
            "AccessDenied",
            403,
            f"User: {caller} is not authorized to perform: iam:GetUser on resource: "
            f"user {name} {NO_ALLOW}",
        )
        assert "secret-team" not in str(e.response)
    # The name as sent, not as stored.
    e = assert_error(lambda: client.get_user(UserName=victim.upper()), "AccessDenied", 403)
    assert f"on resource: user {victim.upper()} " in e.response["Error"]["Message"]

    # The caller's own user is named by its ARN, which it knows.
    assert_error(
        lambda: client.get_user(UserName=nobody),
        "AccessDenied",
        403,
        f"User: {caller} is not authorized to perform: iam:GetUser on resource: {caller} "
        f"{NO_ALLOW}",
    )

    # Authorization is still against the stored ARN: a grant on the path works.
    _, reader = iamd.make_user(
        "reader", policy=allow("iam:GetUser", f"arn:aws:iam::{ACCOUNT_ID}:user/secret-team/*")
    )
    assert iamd.iam(reader).get_user(UserName=victim)["User"]["Path"] == "/secret-team/"
