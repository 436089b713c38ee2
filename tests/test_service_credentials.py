"""Service-specific credentials (CodeCommit Git credentials and the other services IAM issues
them for) through boto3 and the aws CLI."""

from __future__ import annotations

from iamd_harness import ACCOUNT_ID, assert_error

CODECOMMIT = "codecommit.amazonaws.com"
SELF = f"arn:aws:iam::{ACCOUNT_ID}:user/${{aws:username}}"
SELF_MANAGE = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Action": [
                "iam:CreateServiceSpecificCredential",
                "iam:ListServiceSpecificCredentials",
                "iam:UpdateServiceSpecificCredential",
                "iam:DeleteServiceSpecificCredential",
                "iam:ResetServiceSpecificCredential",
            ],
            "Resource": SELF,
        }
    ],
}


def test_create_list_reset_update_delete(iamd):
    iam = iamd.iam()
    name, _ = iamd.make_user("git", key=False)
    first = iam.create_service_specific_credential(UserName=name, ServiceName=CODECOMMIT)[
        "ServiceSpecificCredential"
    ]
    assert first["ServiceUserName"] == f"{name}-at-{ACCOUNT_ID}"
    assert first["ServiceName"] == CODECOMMIT
    assert first["UserName"] == name
    assert first["Status"] == "Active"
    assert first["ServiceSpecificCredentialId"].startswith("ACCA")
    assert len(first["ServicePassword"]) == 44
    code, out, err = iamd.aws(
        "iam",
        "create-service-specific-credential",
        "--user-name",
        name,
        "--service-name",
        CODECOMMIT,
    )
    assert code == 0, err
    second = out["ServiceSpecificCredential"]
    assert second["ServiceUserName"] == f"{name}+1-at-{ACCOUNT_ID}"
    assert second["ServicePassword"] != first["ServicePassword"]
    e = assert_error(
        lambda: iam.create_service_specific_credential(UserName=name, ServiceName=CODECOMMIT),
        "LimitExceeded",
        409,
    )
    assert e.response["Error"]["Message"].endswith(": 2"), e.response
    # Each service has its own two.
    keyspaces = iam.create_service_specific_credential(
        UserName=name, ServiceName="cassandra.amazonaws.com"
    )["ServiceSpecificCredential"]

    listed = iam.list_service_specific_credentials(UserName=name)["ServiceSpecificCredentials"]
    assert len(listed) == 3
    assert all("ServicePassword" not in c for c in listed)
    only = iam.list_service_specific_credentials(UserName=name, ServiceName=CODECOMMIT)[
        "ServiceSpecificCredentials"
    ]
    assert sorted(c["ServiceUserName"] for c in only) == sorted(
        [first["ServiceUserName"], second["ServiceUserName"]]
    )

    reset = iam.reset_service_specific_credential(
        UserName=name, ServiceSpecificCredentialId=first["ServiceSpecificCredentialId"]
    )["ServiceSpecificCredential"]
    assert reset["ServicePassword"] != first["ServicePassword"]
    assert reset["ServiceUserName"] == first["ServiceUserName"]

    iam.update_service_specific_credential(
        UserName=name,
        ServiceSpecificCredentialId=first["ServiceSpecificCredentialId"],
        Status="Inactive",
    )
    statuses = {
        c["ServiceSpecificCredentialId"]: c["Status"]
        for c in iam.list_service_specific_credentials(UserName=name)[
            "ServiceSpecificCredentials"
        ]
    }
    assert statuses[first["ServiceSpecificCredentialId"]] == "Inactive"

    assert_error(
        lambda: iam.delete_user(UserName=name),
        "DeleteConflict",
        409,
        "Cannot delete entity, must remove referenced objects first.",
    )
    for c in (first, second, keyspaces):
        iam.delete_service_specific_credential(
            UserName=name, ServiceSpecificCredentialId=c["ServiceSpecificCredentialId"]
        )
    e = assert_error(
        lambda: iam.delete_service_specific_credential(
            UserName=name, ServiceSpecificCredentialId=first["ServiceSpecificCredentialId"]
        ),
        "NoSuchEntity",
        404,
    )
    assert first["ServiceSpecificCredentialId"] in e.response["Error"]["Message"]
    iam.delete_user(UserName=name)


def test_unsupported_service(iamd):
    name, _ = iamd.make_user("git-nosvc", key=False)
    assert_error(
        lambda: iamd.iam().create_service_specific_credential(
            UserName=name, ServiceName="s3.amazonaws.com"
        ),
        "NoSuchEntity",
        404,
        "No such service s3.amazonaws.com is supported for Service Specific Credentials",
    )


def test_users_manage_only_their_own(iamd):
    name, creds = iamd.make_user("git-self", policy=SELF_MANAGE)
    other, _ = iamd.make_user("git-other", key=False)
    iam = iamd.iam(creds)
    mine = iam.create_service_specific_credential(UserName=name, ServiceName=CODECOMMIT)[
        "ServiceSpecificCredential"
    ]
    listed = iam.list_service_specific_credentials()["ServiceSpecificCredentials"]
    assert [c["ServiceSpecificCredentialId"] for c in listed] == [
        mine["ServiceSpecificCredentialId"]
    ]
    iam.reset_service_specific_credential(
        ServiceSpecificCredentialId=mine["ServiceSpecificCredentialId"]
    )
    assert_error(
        lambda: iam.create_service_specific_credential(UserName=other, ServiceName=CODECOMMIT),
        "AccessDenied",
        403,
    )
    assert_error(
        lambda: iam.list_service_specific_credentials(AllUsers=True),
        "AccessDenied",
        403,
    )
    iam.delete_service_specific_credential(
        ServiceSpecificCredentialId=mine["ServiceSpecificCredentialId"]
    )


def test_passwords_are_not_stored_in_clear(start_server, tmp_path):
    data = tmp_path / "data"
    server = start_server(data, env={"RUST_LOG": "debug"})
    name, _ = server.make_user("git-secret", key=False)
    iam = server.iam()
    created = iam.create_service_specific_credential(UserName=name, ServiceName=CODECOMMIT)[
        "ServiceSpecificCredential"
    ]
    reset = iam.reset_service_specific_credential(
        UserName=name, ServiceSpecificCredentialId=created["ServiceSpecificCredentialId"]
    )["ServiceSpecificCredential"]
    secrets = [created["ServicePassword"].encode(), reset["ServicePassword"].encode()]
    assert server.stop() == 0
    for path in data.rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            assert [s for s in secrets if s in blob] == [], path
    log = server.log_path.read_bytes()
    assert [s for s in secrets if s in log] == []
