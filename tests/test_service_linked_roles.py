"""Service-linked roles: CreateServiceLinkedRole (name, path and trust policy fixed by the
service), their protection from the ordinary role operations, DeleteServiceLinkedRole with its
deletion task and GetServiceLinkedRoleDeletionStatus (spec iam-api-more.md §6)."""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor

from audit_helpers import audit_record, request_id
from iamd_harness import ACCOUNT_ID, allow, assert_error, unique

PROTECTED = "Cannot perform the operation on the protected role '{}' - this role is only modifiable by AWS"
DOC = json.dumps(allow("s3:GetObject"))


def test_create_get_delete_with_its_task(start_server):
    server = start_server()
    iam = server.iam()
    resp = iam.create_service_linked_role(AWSServiceName="ecs.amazonaws.com", Description="for ECS")
    role = resp["Role"]
    assert role["RoleName"] == "AWSServiceRoleForECS"
    assert role["Path"] == "/aws-service-role/ecs.amazonaws.com/"
    assert role["Arn"] == f"arn:aws:iam::{ACCOUNT_ID}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS"
    assert role["AssumeRolePolicyDocument"] == {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": {"Service": "ecs.amazonaws.com"}, "Action": "sts:AssumeRole"}
        ],
    }
    got = iam.get_role(RoleName="AWSServiceRoleForECS")["Role"]
    assert got["MaxSessionDuration"] == 3600 and got["Description"] == "for ECS"
    assert audit_record(server.data_dir, request_id(resp))["eventName"] == "CreateServiceLinkedRole"

    # A second creation: InvalidInput 400, not EntityAlreadyExists.
    assert_error(
        lambda: iam.create_service_linked_role(AWSServiceName="ecs.amazonaws.com"),
        "InvalidInput",
        400,
        "Service role name AWSServiceRoleForECS has been taken in this account, please try a different suffix.",
    )

    task = iam.delete_service_linked_role(RoleName="AWSServiceRoleForECS")["DeletionTaskId"]
    assert re.fullmatch(
        r"task/aws-service-role/ecs\.amazonaws\.com/AWSServiceRoleForECS/[0-9a-f-]{36}", task
    ), task
    assert iam.get_service_linked_role_deletion_status(DeletionTaskId=task)["Status"] == "SUCCEEDED"
    assert_error(lambda: iam.get_role(RoleName="AWSServiceRoleForECS"), "NoSuchEntity", 404)
    # Created again after deletion.
    iam.create_service_linked_role(AWSServiceName="ecs.amazonaws.com")


def test_custom_suffixes_and_unknown_services(iam):
    suffix = unique("s").replace("-", "")
    role = iam.create_service_linked_role(AWSServiceName="autoscaling.amazonaws.com", CustomSuffix=suffix)["Role"]
    assert role["RoleName"] == f"AWSServiceRoleForAutoScaling_{suffix}"
    assert_error(
        lambda: iam.create_service_linked_role(AWSServiceName="batch.amazonaws.com", CustomSuffix="x"),
        "InvalidInput",
        400,
        "Custom suffix is not allowed for batch.amazonaws.com",
    )
    assert_error(lambda: iam.create_service_linked_role(AWSServiceName="nothing.example.com"), "InvalidInput", 400)


def test_concurrent_creations_make_one_role(start_server):
    iam = start_server().iam()

    def create(_):
        try:
            iam.create_service_linked_role(AWSServiceName="rds.amazonaws.com")
            return "ok"
        except iam.exceptions.InvalidInputException:
            return "taken"

    with ThreadPoolExecutor(6) as pool:
        outcomes = list(pool.map(create, range(6)))
    assert outcomes.count("ok") == 1, outcomes


def test_ordinary_operations_cannot_change_it(iam):
    suffix = unique("p").replace("-", "")
    name = iam.create_service_linked_role(AWSServiceName="lexv2.amazonaws.com", CustomSuffix=suffix)["Role"]["RoleName"]
    message = PROTECTED.format(name)
    profile = unique("ip")
    iam.create_instance_profile(InstanceProfileName=profile)
    calls = [
        lambda: iam.attach_role_policy(RoleName=name, PolicyArn="arn:aws:iam::aws:policy/ReadOnlyAccess"),
        lambda: iam.detach_role_policy(RoleName=name, PolicyArn="arn:aws:iam::aws:policy/ReadOnlyAccess"),
        lambda: iam.put_role_policy(RoleName=name, PolicyName="p", PolicyDocument=DOC),
        lambda: iam.delete_role_policy(RoleName=name, PolicyName="p"),
        lambda: iam.put_role_permissions_boundary(RoleName=name, PermissionsBoundary="arn:aws:iam::aws:policy/ReadOnlyAccess"),
        lambda: iam.update_assume_role_policy(RoleName=name, PolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
        )),
        lambda: iam.delete_role(RoleName=name),
        lambda: iam.add_role_to_instance_profile(InstanceProfileName=profile, RoleName=name),
    ]
    for call in calls:
        assert_error(call, "UnmodifiableEntity", 400, message)
    # Tags and the description stay editable.
    iam.tag_role(RoleName=name, Tags=[{"Key": "team", "Value": "bots"}])
    iam.update_role_description(RoleName=name, Description="bots")
    assert iam.get_role(RoleName=name)["Role"]["Description"] == "bots"
    # CreateRole may not use the service path.
    assert_error(
        lambda: iam.create_role(
            RoleName=unique("fake"),
            Path="/aws-service-role/ecs.amazonaws.com/",
            AssumeRolePolicyDocument=json.dumps(
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
            ),
        ),
        "InvalidInput",
        400,
        "Path prefix '/aws-service-role/' can only be used for AWS Service linked Roles",
    )


def test_delete_errors(iam):
    ordinary = unique("plain")
    iam.create_role(RoleName=ordinary, AssumeRolePolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
    ))
    assert_error(lambda: iam.delete_service_linked_role(RoleName=ordinary), "NoSuchEntity", 404)
    assert_error(lambda: iam.delete_service_linked_role(RoleName=unique("ghost")), "NoSuchEntity", 404)
    assert_error(lambda: iam.get_service_linked_role_deletion_status(DeletionTaskId="not-a-task"), "InvalidInput", 400)
    assert_error(
        lambda: iam.get_service_linked_role_deletion_status(
            DeletionTaskId="task/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS/00000000-0000-4000-8000-000000000000"
        ),
        "NoSuchEntity",
        404,
    )


def test_authorization_on_the_roles_arn(iamd, iam):
    path_arn = f"arn:aws:iam::{ACCOUNT_ID}:role/aws-service-role/guardduty.amazonaws.com/*"
    _, creds = iamd.make_user("slrmaker", policy=allow("iam:CreateServiceLinkedRole", path_arn))
    client = iamd.iam(creds)
    e = assert_error(lambda: client.create_service_linked_role(AWSServiceName="elasticache.amazonaws.com"), "AccessDenied", 403)
    assert "iam:CreateServiceLinkedRole" in e.response["Error"]["Message"]
    client.create_service_linked_role(AWSServiceName="guardduty.amazonaws.com")
    assert_error(lambda: client.delete_service_linked_role(RoleName="AWSServiceRoleForAmazonGuardDuty"), "AccessDenied", 403)


def test_cli_service_linked_roles(iamd):
    code, out, err = iamd.aws("iam", "create-service-linked-role", "--aws-service-name", "config.amazonaws.com")
    assert code == 0, err
    assert out["Role"]["RoleName"] == "AWSServiceRoleForConfig"
    code, out, err = iamd.aws("iam", "delete-service-linked-role", "--role-name", "AWSServiceRoleForConfig")
    assert code == 0, err
    code, out, err = iamd.aws("iam", "get-service-linked-role-deletion-status", "--deletion-task-id", out["DeletionTaskId"])
    assert code == 0, err
    assert out["Status"] == "SUCCEEDED"
