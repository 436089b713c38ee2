"""SimulateCustomPolicy with a resource policy alone, and with a role trust policy as the
resource policy for sts:AssumeRole, over the API (boto3, the aws CLI) and `iamd simulate`.

The expected decisions follow AWS's documented evaluation logic (IAM User Guide, "Policy
evaluation logic" and "Cross-account policy evaluation logic"): within one account an Allow in a
resource-based policy naming the caller's own user ARN is enough without any identity policy,
while one naming the account delegates to the account's identity policies; a role trust policy
must allow the caller explicitly, and an explicit Deny anywhere wins.
"""

from __future__ import annotations

import json
import subprocess

from iamd_harness import ACCOUNT_ID, binary_path

ALICE = f"arn:aws:iam::{ACCOUNT_ID}:user/alice"
BOB = f"arn:aws:iam::{ACCOUNT_ID}:user/bob"
ROLE = f"arn:aws:iam::{ACCOUNT_ID}:role/deploy"
OBJECT = "arn:aws:s3:::reports/2026/q4.csv"

BUCKET_POLICY = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "AliceReads",
                "Effect": "Allow",
                "Principal": {"AWS": ALICE},
                "Action": "s3:GetObject",
                "Resource": "arn:aws:s3:::reports/*",
            },
            {
                "Sid": "AccountWrites",
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT_ID}:root"},
                "Action": "s3:PutObject",
                "Resource": "arn:aws:s3:::reports/*",
            },
        ],
    }
)

TRUST_POLICY = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": {"AWS": ALICE}, "Action": "sts:AssumeRole"},
            {
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT_ID}:root"},
                "Action": "sts:AssumeRole",
                "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}},
            },
        ],
    }
)

ASSUME_ANY = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}],
    }
)


def decide(iam, action, resource, caller, resource_policy, policies=(), context=None):
    kwargs = dict(
        PolicyInputList=list(policies),
        ActionNames=[action],
        ResourceArns=[resource],
        ResourcePolicy=resource_policy,
        CallerArn=caller,
    )
    if context:
        kwargs["ContextEntries"] = context
    [result] = iam.simulate_custom_policy(**kwargs)["EvaluationResults"]
    return result


def test_a_bucket_policy_alone_allows_the_user_it_names(iam):
    result = decide(iam, "s3:GetObject", OBJECT, ALICE, BUCKET_POLICY)
    assert result["EvalDecision"] == "allowed"
    [matched] = result["MatchedStatements"]
    assert matched["SourcePolicyId"] == "ResourcePolicy"
    assert matched["SourcePolicyType"] == "resource"
    # Not named: nothing allows bob.
    assert decide(iam, "s3:GetObject", OBJECT, BOB, BUCKET_POLICY)["EvalDecision"] == "implicitDeny"


def test_a_grant_to_the_account_needs_an_identity_policy(iam):
    alone = decide(iam, "s3:PutObject", OBJECT, BOB, BUCKET_POLICY)
    assert alone["EvalDecision"] == "implicitDeny"
    put = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}],
        }
    )
    with_identity = decide(iam, "s3:PutObject", OBJECT, BOB, BUCKET_POLICY, policies=[put])
    assert with_identity["EvalDecision"] == "allowed"


def test_a_trust_policy_is_simulated_for_assume_role(iam):
    named = decide(iam, "sts:AssumeRole", ROLE, ALICE, TRUST_POLICY)
    assert named["EvalDecision"] == "allowed"
    assert named["MatchedStatements"][0]["SourcePolicyType"] == "resource"

    # Bob is named only through the account: his identity policy must allow, and with MFA.
    assert decide(iam, "sts:AssumeRole", ROLE, BOB, TRUST_POLICY)["EvalDecision"] == "implicitDeny"
    no_mfa = decide(iam, "sts:AssumeRole", ROLE, BOB, TRUST_POLICY, policies=[ASSUME_ANY])
    assert no_mfa["EvalDecision"] == "implicitDeny"
    assert no_mfa["MissingContextValues"] == ["aws:MultiFactorAuthPresent"]
    mfa = [
        {
            "ContextKeyName": "aws:MultiFactorAuthPresent",
            "ContextKeyValues": ["true"],
            "ContextKeyType": "boolean",
        }
    ]
    with_mfa = decide(
        iam, "sts:AssumeRole", ROLE, BOB, TRUST_POLICY, policies=[ASSUME_ANY], context=mfa
    )
    assert with_mfa["EvalDecision"] == "allowed"


def test_a_trust_policy_for_another_action_is_refused_with_the_reason(iamd):
    code, _, err = iamd.aws(
        "iam",
        "simulate-custom-policy",
        "--policy-input-list",
        "[]",
        "--action-names",
        "s3:GetObject",
        "--resource-policy",
        TRUST_POLICY,
        "--caller-arn",
        ALICE,
    )
    assert code != 0
    assert "MalformedPolicyDocument" in err
    assert "read as a role trust policy only when every action simulated" in err


def test_aws_cli_with_an_empty_policy_input_list(iamd):
    code, out, err = iamd.aws(
        "iam",
        "simulate-custom-policy",
        "--policy-input-list",
        "[]",
        "--action-names",
        "sts:AssumeRole",
        "--resource-arns",
        ROLE,
        "--resource-policy",
        TRUST_POLICY,
        "--caller-arn",
        ALICE,
    )
    assert code == 0, err
    [result] = out["EvaluationResults"]
    assert result["EvalDecision"] == "allowed"


def test_neither_policies_nor_a_resource_policy_is_refused(iamd):
    code, _, err = iamd.aws(
        "iam",
        "simulate-custom-policy",
        "--policy-input-list",
        "[]",
        "--action-names",
        "s3:GetObject",
    )
    assert code != 0
    assert "InvalidInput" in err and "or a ResourcePolicy" in err


def iamd_simulate(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(binary_path()), "simulate", *args], capture_output=True, text=True, timeout=60
    )


def test_iamd_simulate_a_resource_policy_alone(tmp_path):
    path = tmp_path / "bucket.json"
    path.write_text(BUCKET_POLICY)
    done = iamd_simulate(
        "--resource-policy", str(path), "--caller-arn", ALICE,
        "--action", "s3:GetObject", "--resource", OBJECT,
    )
    assert done.returncode == 0, done.stderr
    [result] = json.loads(done.stdout)["EvaluationResults"]
    assert result["EvalDecision"] == "allowed"


def test_iamd_simulate_batch_with_trust_policies(tmp_path):
    lines = [
        {
            "PolicyInputList": [],
            "ActionNames": ["sts:AssumeRole"],
            "ResourceArns": [ROLE],
            "ResourcePolicy": TRUST_POLICY,
            "CallerArn": caller,
        }
        for caller in (ALICE, BOB)
    ]
    path = tmp_path / "requests.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    done = iamd_simulate("--batch", str(path))
    assert done.returncode == 0, done.stderr
    decisions = [
        json.loads(line)["EvaluationResults"][0]["EvalDecision"]
        for line in done.stdout.splitlines()
    ]
    assert decisions == ["allowed", "implicitDeny"]
