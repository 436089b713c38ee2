"""Operations tied to AWS Organizations and partner-only operations: iamd's account is in no
organization and no enrolled partner, so each answers with the model's error for that case,
never InvalidAction; SetSecurityTokenServicePreferences works (spec iam-api-more.md §9)."""

from __future__ import annotations

import re

import pytest

from audit_helpers import audit_record, request_id
from iamd_harness import ACCOUNT_ID, allow, assert_error, unique

ROOT_ACCESS = [
    "enable_organizations_root_credentials_management",
    "disable_organizations_root_credentials_management",
    "enable_organizations_root_sessions",
    "disable_organizations_root_sessions",
    "list_organizations_features",
]
DELEGATION = [
    ("accept_delegation_request", {}),
    ("associate_delegation_request", {}),
    ("get_delegation_request", {}),
    ("reject_delegation_request", {}),
    ("update_delegation_request", {}),
    ("send_delegation_token", {}),
]


@pytest.mark.parametrize("method", ROOT_ACCESS)
def test_root_access_operations_answer_organization_not_found(iamd, iam, method):
    e = assert_error(lambda: getattr(iam, method)(), "OrganizationNotFoundException", 400)
    # boto3's typed exception matches.
    assert isinstance(e, iam.exceptions.OrganizationNotFoundException)
    record = audit_record(iamd.data_dir, e.response["ResponseMetadata"]["RequestId"])
    assert record["errorCode"] == "OrganizationNotFoundException"


@pytest.mark.parametrize("method,extra", DELEGATION)
def test_unknown_delegation_requests_are_not_found(iam, method, extra):
    rid = "dr-" + unique("x").replace("-", "")
    assert_error(
        lambda: getattr(iam, method)(DelegationRequestId=rid, **extra),
        "NoSuchEntity",
        404,
        f"The delegation request with id {rid} cannot be found.",
    )


def test_list_delegation_requests_is_empty(iam):
    got = iam.list_delegation_requests()
    assert got["DelegationRequests"] == []
    # The model spells this flag in lower camel case.
    assert got["isTruncated"] is False


def test_partner_only_and_summaries(iam):
    e = assert_error(
        lambda: iam.create_delegation_request(
            Description="d",
            Permissions={"PolicyTemplateArn": "arn:aws:iam::aws:policy-template/x"},
            RequestorWorkflowId="workflow-1",
            NotificationChannel="arn:aws:sns:us-east-1:123456789012:topic",
            SessionDuration=3600,
        ),
        "AccessDenied",
        403,
    )
    assert "partner" in e.response["Error"]["Message"]
    arn = f"arn:aws:iam::{ACCOUNT_ID}:delegation-request/dr-abcdefghijklmnop"
    assert_error(lambda: iam.get_human_readable_summary(EntityArn=arn), "NoSuchEntity", 404)
    assert_error(
        lambda: iam.get_human_readable_summary(EntityArn=f"arn:aws:iam::{ACCOUNT_ID}:user/x"),
        "InvalidInput",
        400,
    )


def test_organizations_access_report_job_fails_without_an_organization(iamd, iam):
    job = iam.generate_organizations_access_report(EntityPath="o-a1b2c3d4e5/r-f6g7h8i9j0example")
    job_id = job["JobId"]
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", job_id)
    report = iam.get_organizations_access_report(JobId=job_id)
    assert report["JobStatus"] == "FAILED"
    assert report["ErrorDetails"]["Code"] == "OrganizationNotFoundException"
    assert "JobCompletionDate" in report
    assert_error(
        lambda: iam.get_organizations_access_report(JobId="00000000-0000-4000-8000-000000000000"),
        "NoSuchEntity",
        404,
    )
    e = assert_error(lambda: iam.generate_organizations_access_report(EntityPath="not-a-path-at-all-xx"), "ValidationError", 400)
    assert "entityPath" in e.response["Error"]["Message"]
    record = audit_record(iamd.data_dir, request_id(job))
    assert record["eventName"] == "GenerateOrganizationsAccessReport"


def test_sts_preferences_show_in_the_account_summary(start_server):
    server = start_server()
    iam = server.iam()
    assert iam.get_account_summary()["SummaryMap"]["GlobalEndpointTokenVersion"] == 1
    iam.set_security_token_service_preferences(GlobalEndpointTokenVersion="v2Token")
    assert iam.get_account_summary()["SummaryMap"]["GlobalEndpointTokenVersion"] == 2
    server.kill()
    server.start()
    assert server.iam().get_account_summary()["SummaryMap"]["GlobalEndpointTokenVersion"] == 2
    server.iam().set_security_token_service_preferences(GlobalEndpointTokenVersion="v1Token")
    assert server.iam().get_account_summary()["SummaryMap"]["GlobalEndpointTokenVersion"] == 1


def test_authorization_comes_first(iamd):
    _, creds = iamd.make_user("orgless", policy=allow("iam:ListOrganizationsFeatures"))
    client = iamd.iam(creds)
    assert_error(lambda: client.list_organizations_features(), "OrganizationNotFoundException", 400)
    e = assert_error(lambda: client.set_security_token_service_preferences(GlobalEndpointTokenVersion="v2Token"), "AccessDenied", 403)
    assert "iam:SetSecurityTokenServicePreferences" in e.response["Error"]["Message"]
    assert_error(lambda: client.list_delegation_requests(), "AccessDenied", 403)


def test_cli_organizations_operations(iamd):
    code, _, err = iamd.aws("iam", "list-organizations-features")
    assert code != 0 and "OrganizationNotFoundException" in err
    code, out, err = iamd.aws("iam", "list-delegation-requests")
    assert code == 0, err
    assert out["DelegationRequests"] == []
