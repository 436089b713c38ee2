"""GetContextKeysForCustomPolicy and GetContextKeysForPrincipalPolicy: the policy variables
and condition keys of policies, as written and in document order (spec iam-api-more.md §7)."""

from __future__ import annotations

import json

from audit_helpers import audit_record, request_id
from iamd_harness import ACCOUNT_ID, allow, assert_error, unique

# The aws CLI's documented example.
EXAMPLE = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": {
            "Effect": "Allow",
            "Action": "dynamodb:*",
            "Resource": "arn:aws:dynamodb:us-west-2:123456789012:table/${aws:username}",
            "Condition": {"DateGreaterThan": {"aws:CurrentTime": "2015-08-16T12:00:00Z"}},
        },
    }
)


def with_condition(key: str, value: str = "x") -> str:
    return json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"StringEquals": {key: value}}}
            ],
        }
    )


def test_custom_policy_keys_as_aws_documents_them(iamd, iam):
    resp = iam.get_context_keys_for_custom_policy(PolicyInputList=[EXAMPLE])
    assert resp["ContextKeyNames"] == ["aws:username", "aws:CurrentTime"]
    record = audit_record(iamd.data_dir, request_id(resp))
    assert record["eventName"] == "GetContextKeysForCustomPolicy" and record["readOnly"] is True
    both = iam.get_context_keys_for_custom_policy(
        PolicyInputList=[with_condition("aws:PrincipalTag/allowed_service"), with_condition("AWS:CURRENTTIME"), EXAMPLE]
    )["ContextKeyNames"]
    assert both == ["aws:PrincipalTag/allowed_service", "AWS:CURRENTTIME", "aws:username"]
    e = assert_error(lambda: iam.get_context_keys_for_custom_policy(PolicyInputList=["{not json"]), "InvalidInput", 400)
    assert "PolicyInputList.1" in e.response["Error"]["Message"]


def test_principal_policy_keys_include_the_groups(iamd, iam):
    user, group = unique("ctx"), unique("ctxg")
    iam.create_user(UserName=user)
    iam.create_group(GroupName=group)
    iam.add_user_to_group(GroupName=group, UserName=user)
    iam.put_user_policy(UserName=user, PolicyName="own", PolicyDocument=with_condition("aws:SourceIp", "10.0.0.0/8"))
    iam.put_group_policy(GroupName=group, PolicyName="team", PolicyDocument=with_condition("aws:RequestedRegion"))
    user_arn = f"arn:aws:iam::{ACCOUNT_ID}:user/{user}"
    keys = iam.get_context_keys_for_principal_policy(PolicySourceArn=user_arn, PolicyInputList=[EXAMPLE])["ContextKeyNames"]
    assert set(keys) == {"aws:SourceIp", "aws:RequestedRegion", "aws:username", "aws:CurrentTime"}
    assert keys[-2:] == ["aws:username", "aws:CurrentTime"]
    group_keys = iam.get_context_keys_for_principal_policy(
        PolicySourceArn=f"arn:aws:iam::{ACCOUNT_ID}:group/{group}"
    )["ContextKeyNames"]
    assert group_keys == ["aws:RequestedRegion"]
    ghost = f"arn:aws:iam::{ACCOUNT_ID}:user/{unique('ghost')}"
    assert_error(lambda: iam.get_context_keys_for_principal_policy(PolicySourceArn=ghost), "NoSuchEntity", 404)

    # Authorized on the PolicySourceArn.
    _, creds = iamd.make_user("ctxreader", policy=allow("iam:GetContextKeysForPrincipalPolicy", user_arn))
    client = iamd.iam(creds)
    assert client.get_context_keys_for_principal_policy(PolicySourceArn=user_arn)["ContextKeyNames"]
    assert_error(
        lambda: client.get_context_keys_for_principal_policy(PolicySourceArn=f"arn:aws:iam::{ACCOUNT_ID}:group/{group}"),
        "AccessDenied",
        403,
    )
    assert_error(lambda: client.get_context_keys_for_custom_policy(PolicyInputList=[EXAMPLE]), "AccessDenied", 403)


def test_cli_context_keys(iamd):
    code, out, err = iamd.aws("iam", "get-context-keys-for-custom-policy", "--policy-input-list", EXAMPLE)
    assert code == 0, err
    assert out["ContextKeyNames"] == ["aws:username", "aws:CurrentTime"]
