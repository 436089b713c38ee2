"""Request condition keys on role and policy calls, over the wire with boto3.

The Service Authorization Reference lists `aws:RequestTag/${TagKey}` and `aws:TagKeys` for
CreateRole, TagRole, UntagRole and CreatePolicy (as for their user counterparts), and
`iam:PermissionsBoundary` for CreateRole and Put/DeleteRolePermissionsBoundary: a tag guardrail
written against them applies to roles and policies as it does to users, and the documented
"create roles only with this boundary" delegation works.
"""

from __future__ import annotations

import json

import pytest

from iamd_harness import assert_error, unique

TRUST = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                "Action": "sts:AssumeRole",
            }
        ],
    }
)
DOCUMENT = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}],
    }
)


def explicit_deny(caller_arn: str, action: str, resource: str) -> str:
    return (
        f"User: {caller_arn} is not authorized to perform: {action} on resource: {resource} "
        "with an explicit deny in an identity-based policy"
    )


@pytest.fixture(scope="module")
def boundary(iam) -> str:
    return iam.create_policy(PolicyName=unique("boundary"), PolicyDocument=DOCUMENT)["Policy"][
        "Arn"
    ]


def user_with(iamd, statements: list[dict]):
    """A user with these statements as its policy, its ARN and an IAM client signed as it."""
    name, creds = iamd.make_user(
        "ck", policy={"Version": "2012-10-17", "Statement": statements}
    )
    arn = f"arn:aws:iam::{iamd.account_id}:user/{name}"
    return arn, iamd.iam(creds)


# A guardrail that forbids the tag key `cost-center` on anything (AWS User Guide, "Controlling
# access during AWS requests": deny by aws:TagKeys), on top of full IAM access.
GUARDRAIL = [
    {"Effect": "Allow", "Action": "iam:*", "Resource": "*"},
    {
        "Effect": "Deny",
        "Action": ["iam:TagUser", "iam:TagRole", "iam:CreateRole", "iam:CreatePolicy"],
        "Resource": "*",
        "Condition": {"ForAnyValue:StringEquals": {"aws:TagKeys": ["cost-center"]}},
    },
    {
        "Effect": "Deny",
        "Action": ["iam:TagRole", "iam:CreateRole", "iam:CreatePolicy"],
        "Resource": "*",
        "Condition": {"StringEquals": {"aws:RequestTag/env": "prod"}},
    },
    {
        "Effect": "Deny",
        "Action": "iam:UntagRole",
        "Resource": "*",
        "Condition": {"ForAnyValue:StringEquals": {"aws:TagKeys": ["owner"]}},
    },
]


def test_tag_guardrail_blocks_tag_role_as_it_blocks_tag_user(iamd, iam):
    arn, client = user_with(iamd, GUARDRAIL)
    role = unique("guarded")
    iam.create_role(RoleName=role, AssumeRolePolicyDocument=TRUST)
    role_arn = f"arn:aws:iam::{iamd.account_id}:role/{role}"

    assert_error(
        lambda: client.tag_role(RoleName=role, Tags=[{"Key": "cost-center", "Value": "1"}]),
        "AccessDenied",
        403,
        explicit_deny(arn, "iam:TagRole", role_arn),
    )
    assert_error(
        lambda: client.tag_role(RoleName=role, Tags=[{"Key": "env", "Value": "prod"}]),
        "AccessDenied",
        403,
    )
    assert iam.list_role_tags(RoleName=role)["Tags"] == []
    # Tags the guardrail does not name go through.
    client.tag_role(RoleName=role, Tags=[{"Key": "owner", "Value": "me"}])
    assert iam.list_role_tags(RoleName=role)["Tags"] == [{"Key": "owner", "Value": "me"}]
    # UntagRole carries aws:TagKeys too.
    assert_error(
        lambda: client.untag_role(RoleName=role, TagKeys=["owner"]), "AccessDenied", 403
    )
    assert iam.list_role_tags(RoleName=role)["Tags"] == [{"Key": "owner", "Value": "me"}]


def test_tag_guardrail_blocks_create_role_and_create_policy_with_tags(iamd, iam):
    arn, client = user_with(iamd, GUARDRAIL)
    role = unique("tagged-role")
    assert_error(
        lambda: client.create_role(
            RoleName=role,
            AssumeRolePolicyDocument=TRUST,
            Tags=[{"Key": "cost-center", "Value": "1"}],
        ),
        "AccessDenied",
        403,
        explicit_deny(arn, "iam:CreateRole", f"arn:aws:iam::{iamd.account_id}:role/{role}"),
    )
    assert_error(lambda: iam.get_role(RoleName=role), "NoSuchEntity", 404)

    policy = unique("tagged-policy")
    assert_error(
        lambda: client.create_policy(
            PolicyName=policy,
            PolicyDocument=DOCUMENT,
            Tags=[{"Key": "env", "Value": "prod"}],
        ),
        "AccessDenied",
        403,
        explicit_deny(
            arn, "iam:CreatePolicy", f"arn:aws:iam::{iamd.account_id}:policy/{policy}"
        ),
    )
    names = [p["PolicyName"] for p in iam.list_policies(Scope="Local")["Policies"]]
    assert policy not in names

    # Without the forbidden tags both are created.
    client.create_role(
        RoleName=role, AssumeRolePolicyDocument=TRUST, Tags=[{"Key": "env", "Value": "dev"}]
    )
    client.create_policy(
        PolicyName=policy, PolicyDocument=DOCUMENT, Tags=[{"Key": "env", "Value": "dev"}]
    )


def only_with_boundary(boundary: str) -> list[dict]:
    """AWS User Guide, "Permissions boundaries for IAM entities": an administrator may create
    roles and set boundaries only with this boundary."""
    return [
        {"Effect": "Allow", "Action": ["iam:GetRole", "iam:TagRole"], "Resource": "*"},
        {
            "Effect": "Allow",
            "Action": ["iam:CreateRole", "iam:PutRolePermissionsBoundary"],
            "Resource": "*",
            "Condition": {"StringEquals": {"iam:PermissionsBoundary": boundary}},
        },
    ]


def test_create_role_only_with_this_boundary(iamd, iam, boundary):
    arn, client = user_with(iamd, only_with_boundary(boundary))
    without = unique("no-boundary")
    assert_error(
        lambda: client.create_role(RoleName=without, AssumeRolePolicyDocument=TRUST),
        "AccessDenied",
        403,
        f"User: {arn} is not authorized to perform: iam:CreateRole on resource: "
        f"arn:aws:iam::{iamd.account_id}:role/{without} "
        "because no identity-based policy allows the iam:CreateRole action",
    )
    other = iam.create_policy(PolicyName=unique("other"), PolicyDocument=DOCUMENT)["Policy"]["Arn"]
    assert_error(
        lambda: client.create_role(
            RoleName=without, AssumeRolePolicyDocument=TRUST, PermissionsBoundary=other
        ),
        "AccessDenied",
        403,
    )
    assert_error(lambda: iam.get_role(RoleName=without), "NoSuchEntity", 404)

    with_boundary = unique("with-boundary")
    client.create_role(
        RoleName=with_boundary, AssumeRolePolicyDocument=TRUST, PermissionsBoundary=boundary
    )
    got = iam.get_role(RoleName=with_boundary)["Role"]["PermissionsBoundary"]
    assert got["PermissionsBoundaryArn"] == boundary


def test_put_role_permissions_boundary_with_the_boundary_condition(iamd, iam, boundary):
    _, client = user_with(iamd, only_with_boundary(boundary))
    role = unique("bounded")
    iam.create_role(RoleName=role, AssumeRolePolicyDocument=TRUST)
    other = iam.create_policy(PolicyName=unique("other"), PolicyDocument=DOCUMENT)["Policy"]["Arn"]

    assert_error(
        lambda: client.put_role_permissions_boundary(RoleName=role, PermissionsBoundary=other),
        "AccessDenied",
        403,
    )
    assert "PermissionsBoundary" not in iam.get_role(RoleName=role)["Role"]

    client.put_role_permissions_boundary(RoleName=role, PermissionsBoundary=boundary)
    got = iam.get_role(RoleName=role)["Role"]["PermissionsBoundary"]
    assert got["PermissionsBoundaryArn"] == boundary


def test_delete_role_permissions_boundary_sees_the_current_boundary(iamd, iam, boundary):
    """A Deny that protects roles having the boundary keeps it from being removed."""
    _, client = user_with(
        iamd,
        [
            {"Effect": "Allow", "Action": "iam:*", "Resource": "*"},
            {
                "Effect": "Deny",
                "Action": "iam:DeleteRolePermissionsBoundary",
                "Resource": "*",
                "Condition": {"StringEquals": {"iam:PermissionsBoundary": boundary}},
            },
        ],
    )
    role = unique("kept")
    iam.create_role(RoleName=role, AssumeRolePolicyDocument=TRUST, PermissionsBoundary=boundary)
    assert_error(
        lambda: client.delete_role_permissions_boundary(RoleName=role), "AccessDenied", 403
    )
    got = iam.get_role(RoleName=role)["Role"]["PermissionsBoundary"]
    assert got["PermissionsBoundaryArn"] == boundary
