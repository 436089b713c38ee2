"""SimulateCustomPolicy on the S2 policy (MFA-enforcing Deny with BoolIfExists)."""

from __future__ import annotations

import json
import time

import pytest

from iamd_harness import ACCOUNT_ID, allow, assert_error

S2_POLICY = """{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowOwnPassword",
      "Effect": "Allow",
      "Action": ["iam:ChangePassword", "iam:GetAccountPasswordPolicy"],
      "Resource": "*"
    },
    {
      "Sid": "BlockMostAccessUnlessSignedInWithMFA",
      "Effect": "Deny",
      "NotAction": [
        "iam:CreateVirtualMFADevice",
        "iam:EnableMFADevice",
        "iam:ListMFADevices",
        "iam:ListUsers",
        "iam:ListVirtualMFADevices",
        "iam:ResyncMFADevice"
      ],
      "Resource": "*",
      "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}
    }
  ]
}
"""
ALLOW_STATEMENT, DENY_STATEMENT = json.loads(S2_POLICY)["Statement"]
ALICE = "arn:aws:iam::123456789012:user/alice"


def mfa(value: str) -> list[dict]:
    return [
        {
            "ContextKeyName": "aws:MultiFactorAuthPresent",
            "ContextKeyValues": [value],
            "ContextKeyType": "boolean",
        }
    ]


def offset(text: str, position: dict) -> int:
    lines = text.split("\n")
    return sum(len(line) + 1 for line in lines[: position["Line"] - 1]) + position["Column"] - 1


def statement_at(text: str, matched: dict) -> dict:
    """The statement a MatchedStatements entry points at, checking that it spans one statement."""
    start = offset(text, matched["StartPosition"])
    end = offset(text, matched["EndPosition"])
    # At the statement's "{" or just after it (see test_aws_cli_example_start_position).
    if text[start] != "{" and text[start - 1] == "{":
        start -= 1
    assert text[start] == "{", (matched, text[start : start + 20])
    for candidate in (text[start:end], text[start : end + 1]):
        try:
            return json.loads(candidate)
        except ValueError:
            continue
    raise AssertionError(f"positions {matched} do not delimit a statement: {text[start:end + 1]!r}")


def simulate(iam, actions, context=None, resources=(ALICE,)):
    kwargs = {"PolicyInputList": [S2_POLICY], "ActionNames": list(actions)}
    if resources:
        kwargs["ResourceArns"] = list(resources)
    if context:
        kwargs["ContextEntries"] = context
    out = iam.simulate_custom_policy(**kwargs)
    assert out["IsTruncated"] is False
    return {r["EvalActionName"]: r for r in out["EvaluationResults"]}


def test_change_password_without_mfa_is_explicitly_denied(iam):
    results = simulate(iam, ["iam:ChangePassword"])
    r = results["iam:ChangePassword"]
    assert r["EvalDecision"] == "explicitDeny"
    assert r["EvalResourceName"] == ALICE
    [matched] = r["MatchedStatements"]
    assert matched["SourcePolicyId"] == "PolicyInputList.1"
    assert statement_at(S2_POLICY, matched) == DENY_STATEMENT
    assert matched["StartPosition"]["Line"] == 10


def test_change_password_with_mfa_is_allowed(iam):
    r = simulate(iam, ["iam:ChangePassword"], context=mfa("true"))["iam:ChangePassword"]
    assert r["EvalDecision"] == "allowed"
    [matched] = r["MatchedStatements"]
    assert matched["SourcePolicyId"] == "PolicyInputList.1"
    assert statement_at(S2_POLICY, matched) == ALLOW_STATEMENT
    assert matched["StartPosition"]["Line"] == 4


def test_mfa_false_is_denied_too(iam):
    r = simulate(iam, ["iam:ChangePassword"], context=mfa("false"))["iam:ChangePassword"]
    assert r["EvalDecision"] == "explicitDeny"


def test_several_actions(iam):
    results = simulate(
        iam, ["iam:ChangePassword", "iam:ListUsers", "iam:GetAccountPasswordPolicy", "s3:GetObject"]
    )
    assert {a: r["EvalDecision"] for a, r in results.items()} == {
        "iam:ChangePassword": "explicitDeny",
        # Excluded from the Deny by NotAction, and nothing allows it.
        "iam:ListUsers": "implicitDeny",
        "iam:GetAccountPasswordPolicy": "explicitDeny",
        "s3:GetObject": "explicitDeny",
    }
    assert results["iam:ListUsers"]["MatchedStatements"] == []


def test_default_resource_is_star(iam):
    r = simulate(iam, ["iam:ChangePassword"], context=mfa("true"), resources=())[
        "iam:ChangePassword"
    ]
    assert r["EvalResourceName"] == "*"
    assert r["EvalDecision"] == "allowed"


def test_malformed_policy_input(iam):
    e = assert_error(
        lambda: iam.simulate_custom_policy(PolicyInputList=["{nope"], ActionNames=["iam:GetUser"]),
        "MalformedPolicyDocument",
        400,
    )
    assert e.response["Error"]["Message"]


def test_simulation_needs_permission(iamd):
    _, creds = iamd.make_user("nosim")
    assert_error(
        lambda: iamd.iam(creds).simulate_custom_policy(
            PolicyInputList=[S2_POLICY], ActionNames=["iam:ChangePassword"]
        ),
        "AccessDenied",
        403,
    )
    _, creds = iamd.make_user("sim", policy=allow("iam:SimulateCustomPolicy"))
    out = iamd.iam(creds).simulate_custom_policy(
        PolicyInputList=[S2_POLICY], ActionNames=["iam:ChangePassword"]
    )
    assert out["EvaluationResults"][0]["EvalDecision"] == "explicitDeny"


@pytest.mark.parametrize("value, decision", [(None, "explicitDeny"), ("true", "allowed")])
def test_cli_simulate_custom_policy(iamd, tmp_path, value, decision):
    path = tmp_path / "s2.json"
    # A JSON list: a bare document would be split on its commas by the CLI's shorthand parser.
    path.write_text(json.dumps([S2_POLICY]))
    args = [
        "iam",
        "simulate-custom-policy",
        "--policy-input-list",
        f"file://{path}",
        "--action-names",
        "iam:ChangePassword",
        "--resource-arns",
        ALICE,
    ]
    if value is not None:
        args += [
            "--context-entries",
            f"ContextKeyName=aws:MultiFactorAuthPresent,ContextKeyValues={value},ContextKeyType=boolean",
        ]
    code, out, err = iamd.aws(*args)
    assert code == 0, err
    [result] = out["EvaluationResults"]
    assert result["EvalDecision"] == decision
    assert result["MatchedStatements"][0]["SourcePolicyId"] == "PolicyInputList.1"


AWS_EXAMPLE_POLICY = (
    '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"dynamodb:*","Resource":"*",'
    '"Condition":{"DateGreaterThan":{"aws:CurrentTime":"2018-08-16T12:00:00Z"}}}}'
)


def aws_example(iam, when: str):
    return iam.simulate_custom_policy(
        PolicyInputList=[AWS_EXAMPLE_POLICY],
        ActionNames=["dynamodb:CreateBackup"],
        ContextEntries=[
            {
                "ContextKeyName": "aws:CurrentTime",
                "ContextKeyValues": [when],
                "ContextKeyType": "date",
            }
        ],
    )["EvaluationResults"]


def test_aws_cli_example_decisions(iam):
    [allowed] = aws_example(iam, "2019-04-25T11:00:00Z")
    assert allowed["EvalDecision"] == "allowed"
    assert allowed["EvalResourceName"] == "*"
    assert allowed["MissingContextValues"] == []
    [matched] = allowed["MatchedStatements"]
    assert matched["SourcePolicyId"] == "PolicyInputList.1"
    assert matched["EndPosition"] == {"Line": 1, "Column": 167}

    [denied] = aws_example(iam, "2014-04-25T11:00:00Z")
    assert denied["EvalDecision"] == "implicitDeny"
    assert denied["MatchedStatements"] == [] and denied["MissingContextValues"] == []


def test_aws_cli_example_start_position(iam):
    [allowed] = aws_example(iam, "2019-04-25T11:00:00Z")
    assert allowed["MatchedStatements"][0]["StartPosition"] == {"Line": 1, "Column": 38}


def test_a_product_over_the_cap_is_refused(iam):
    actions = [f"iam:GetThing{i}" for i in range(101)]
    resources = [f"arn:aws:iam::{ACCOUNT_ID}:user/u{i}" for i in range(100)]
    e = assert_error(
        lambda: iam.simulate_custom_policy(
            PolicyInputList=[S2_POLICY], ActionNames=actions, ResourceArns=resources
        ),
        "InvalidInput",
        400,
    )
    assert "10100 action and resource pairs" in e.response["Error"]["Message"]


def test_pages_join_into_the_whole_simulation(iam):
    actions = [f"iam:GetThing{i}" for i in range(30)] + ["iam:ChangePassword"]
    resources = [f"arn:aws:iam::{ACCOUNT_ID}:user/u{i}" for i in range(5)]
    kw = dict(PolicyInputList=[S2_POLICY], ActionNames=actions, ResourceArns=resources)
    whole = iam.simulate_custom_policy(**kw)["EvaluationResults"]
    assert len(whole) == 155
    pages, joined, marker = 0, [], None
    while True:
        page = iam.simulate_custom_policy(**kw, MaxItems=40, **({"Marker": marker} if marker else {}))
        pages += 1
        joined += page["EvaluationResults"]
        if not page["IsTruncated"]:
            break
        marker = page["Marker"]
    assert pages == 4
    assert joined == whole


def heavy_policy(n: int) -> str:
    statement = {
        "Effect": "Allow",
        "Action": "iam:Get*",
        "Resource": f"arn:aws:iam::{ACCOUNT_ID}:user/u*",
        "Condition": {"StringLike": {"aws:username": "nobody-*"}},
    }
    return json.dumps({"Version": "2012-10-17", "Statement": [statement] * n})


def test_a_large_simulation_does_not_stall_other_calls(start_server):
    import threading

    server = start_server()
    _, creds = server.make_user("sim-reader", policy=allow(["iam:SimulateCustomPolicy", "iam:GetUser"]))
    policy = heavy_policy(400)
    actions = [f"iam:GetThing{i}" for i in range(100)]
    resources = [f"arn:aws:iam::{ACCOUNT_ID}:user/u{i}" for i in range(100)]
    answered = []  # simulations the server has answered (before the client parses them)
    results = []

    def simulate_all():
        client = server.iam(creds, read_timeout=300)
        client.meta.events.register("before-parse.iam.SimulateCustomPolicy", lambda **_: answered.append(1))
        out = client.simulate_custom_policy(
            PolicyInputList=[policy], ActionNames=actions, ResourceArns=resources
        )
        results.append(len(out["EvaluationResults"]))

    threads = [threading.Thread(target=simulate_all) for _ in range(4)]
    for t in threads:
        t.start()
    time.sleep(1.0)
    assert not answered, "the simulations ended too soon to show anything"
    # Simulations are running; another caller is answered meanwhile.
    assert server.iam(creds).get_user()["User"]["UserName"].startswith("sim-reader")
    assert not answered, "GetUser waited for a simulation to end"
    for t in threads:
        t.join()
    assert results == [10000] * 4
