#!/usr/bin/env python3
"""Generate a batch of simulate-custom-policy requests, one JSON object per line.

Each line has the shape of `aws iam simulate-custom-policy --cli-input-json`
input (PolicyInputList, PermissionsBoundaryPolicyInputList, CallerArn,
ActionNames, ResourceArns, ContextEntries).  A small set of real-world policy
documents is reused across lines; the same seed always yields the same file.

Usage:
    python3 benches/gen_simulate_batch.py [--lines N] [--out FILE] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys

ACCOUNT = "123456789012"
OWN_USER = "arn:aws:iam::*:user/${aws:username}"
OWN_USER_IN_ACCOUNT = f"arn:aws:iam::{ACCOUNT}:user/${{aws:username}}"


def _doc(statements: list[dict]) -> dict:
    return {"Version": "2012-10-17", "Statement": statements}


# S5: forced-mfa-and-my-sec-creds-self-manage (7 statements).
S5_MFA_SELF_MANAGE = _doc(
    [
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
            "Resource": OWN_USER,
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
            "Resource": OWN_USER,
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
            "Resource": OWN_USER,
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
            "Resource": OWN_USER,
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
    ]
)

# S2: the group's MFA-enforcing Deny.
S2_GROUP_DENY = _doc(
    [
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
        }
    ]
)

# S1: the two users' inline policies.
S1_USER_C_INLINE = _doc(
    [{"Effect": "Allow", "Action": ["iam:ChangePassword"], "Resource": [OWN_USER_IN_ACCOUNT]}]
)
S1_USER_U_INLINE = _doc(
    [{"Effect": "Allow", "Action": ["iam:UpdateLoginProfile"], "Resource": [OWN_USER_IN_ACCOUNT]}]
)

# AWS managed policies.
IAM_USER_CHANGE_PASSWORD = _doc(
    [
        {
            "Effect": "Allow",
            "Action": ["iam:ChangePassword"],
            "Resource": [
                "arn:aws:iam::*:user/${aws:username}",
                "arn:aws:iam::*:user/*/${aws:username}",
            ],
        },
        {"Effect": "Allow", "Action": ["iam:GetAccountPasswordPolicy"], "Resource": "*"},
    ]
)
IAM_READ_ONLY_ACCESS = _doc(
    [
        {
            "Effect": "Allow",
            "Action": [
                "iam:GenerateCredentialReport",
                "iam:GenerateServiceLastAccessedDetails",
                "iam:Get*",
                "iam:List*",
                "iam:SimulateCustomPolicy",
                "iam:SimulatePrincipalPolicy",
            ],
            "Resource": "*",
        }
    ]
)

TEAMS = ["platform", "security", "data", "finance"]
# Users a team administers (the path prefix under user/).
TEAM_PATHS = {"platform": "/engineering/platform/", "security": "/", "data": "/engineering/", "finance": "/contractors/"}
CORP_CIDRS = ["203.0.113.0/24", "198.51.100.0/24", "10.20.0.0/16"]


def _mixed_conditions_policy() -> dict:
    """A team policy mixing StringEquals, IpAddress, DateLessThan and NumericLessThan
    conditions, with a few Deny guards: 30 statements written, as many kept as fit IAM's
    managed-policy size quota."""
    read_actions = [
        ["iam:GetUser", "iam:ListAccessKeys", "iam:ListMFADevices"],
        ["iam:GetLoginProfile", "iam:ListServiceSpecificCredentials"],
        ["iam:ListGroupsForUser", "iam:GetUser"],
    ]
    write_actions = [
        ["iam:CreateAccessKey", "iam:UpdateAccessKey", "iam:DeleteAccessKey"],
        ["iam:UpdateLoginProfile", "iam:CreateLoginProfile"],
        ["iam:EnableMFADevice", "iam:DeactivateMFADevice", "iam:ResyncMFADevice"],
        ["iam:CreateServiceSpecificCredential", "iam:ResetServiceSpecificCredential"],
    ]
    statements: list[dict] = []
    for i, team in enumerate(TEAMS):
        path = TEAM_PATHS[team]
        team_users = f"arn:aws:iam::{ACCOUNT}:user{path}*"
        statements.append(
            {
                "Sid": f"{team.capitalize()}ReadTeamUsers",
                "Effect": "Allow",
                "Action": read_actions[i % len(read_actions)],
                "Resource": team_users,
                "Condition": {"StringEquals": {"aws:PrincipalTag/team": team}},
            }
        )
        statements.append(
            {
                "Sid": f"{team.capitalize()}ManageTeamCredentialsFromOffice",
                "Effect": "Allow",
                "Action": write_actions[i % len(write_actions)],
                "Resource": team_users,
                "Condition": {
                    "StringEquals": {"aws:PrincipalTag/team": team},
                    "IpAddress": {"aws:SourceIp": CORP_CIDRS[i % len(CORP_CIDRS)]},
                },
            }
        )
        statements.append(
            {
                "Sid": f"{team.capitalize()}RecentMfaManageOwn",
                "Effect": "Allow",
                "Action": write_actions[(i + 1) % len(write_actions)] + ["iam:ChangePassword"],
                "Resource": OWN_USER,
                "Condition": {
                    "StringEquals": {"aws:PrincipalTag/team": team},
                    "NumericLessThan": {"aws:MultiFactorAuthAge": str(900 * (i + 1))},
                },
            }
        )
        statements.append(
            {
                "Sid": f"{team.capitalize()}TemporaryListAccess",
                "Effect": "Allow",
                "Action": ["iam:ListUsers", "iam:ListVirtualMFADevices"],
                "Resource": "*",
                "Condition": {
                    "StringEquals": {"aws:PrincipalTag/team": team},
                    "DateLessThan": {"aws:CurrentTime": f"2025-0{3 + i}-01T00:00:00Z"},
                },
            }
        )
    # Statements 17..26: per-action grants with a single condition each.
    singles = [
        ("AllowPasswordPolicyFromCorpNet", ["iam:GetAccountPasswordPolicy"], "*",
         {"IpAddress": {"aws:SourceIp": CORP_CIDRS}}),
        ("AllowGetOwnUserUntilCutover", ["iam:GetUser"], OWN_USER,
         {"DateLessThan": {"aws:CurrentTime": "2025-06-30T23:59:59Z"}}),
        ("AllowOwnKeysWithFreshMfa", ["iam:CreateAccessKey", "iam:ListAccessKeys"], OWN_USER,
         {"NumericLessThan": {"aws:MultiFactorAuthAge": "3600"}}),
        ("AllowSecurityListUsers", ["iam:ListUsers"], "*",
         {"StringEquals": {"aws:PrincipalTag/team": "security"}}),
        ("AllowSecurityReadAllUsers", ["iam:GetUser", "iam:GetLoginProfile", "iam:ListMFADevices"],
         f"arn:aws:iam::{ACCOUNT}:user/*",
         {"StringEquals": {"aws:PrincipalTag/team": ["security", "platform"]}}),
        ("AllowMfaSetupFromCorpNet", ["iam:CreateVirtualMFADevice"], f"arn:aws:iam::{ACCOUNT}:mfa/*",
         {"IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "10.20.0.0/16"]}}),
        ("AllowEnableOwnMfaBeforeDeadline", ["iam:EnableMFADevice", "iam:ResyncMFADevice"], OWN_USER,
         {"DateLessThan": {"aws:CurrentTime": "2025-12-31T00:00:00Z"}}),
        ("AllowDataContractorsLoginProfile", ["iam:UpdateLoginProfile"],
         f"arn:aws:iam::{ACCOUNT}:user/contractors/*",
         {"StringEquals": {"aws:PrincipalTag/team": "data"}}),
        ("AllowOwnGitCredsWithRecentMfa",
         ["iam:CreateServiceSpecificCredential", "iam:ResetServiceSpecificCredential"], OWN_USER,
         {"NumericLessThan": {"aws:MultiFactorAuthAge": "1800"}}),
        ("AllowFinanceSummaryFromOffice", ["iam:GetAccountSummary"], "*",
         {"StringEquals": {"aws:PrincipalTag/team": "finance"},
          "IpAddress": {"aws:SourceIp": "198.51.100.0/24"}}),
    ]
    for sid, actions, resource, cond in singles:
        statements.append(
            {"Sid": sid, "Effect": "Allow", "Action": actions, "Resource": resource, "Condition": cond}
        )
    # Statements 27..30: Deny guards.
    statements.append(
        {
            "Sid": "DenyKeyCreationAfterFreeze",
            "Effect": "Deny",
            "Action": ["iam:CreateAccessKey"],
            "Resource": "*",
            "Condition": {"DateLessThan": {"aws:CurrentTime": "2024-01-01T00:00:00Z"}},
        }
    )
    statements.append(
        {
            "Sid": "DenyContractorsCredentialChangesFromTestNet",
            "Effect": "Deny",
            "Action": ["iam:CreateAccessKey", "iam:UpdateLoginProfile", "iam:ChangePassword"],
            "Resource": f"arn:aws:iam::{ACCOUNT}:user/contractors/*",
            "Condition": {"IpAddress": {"aws:SourceIp": "192.0.2.0/24"}},
        }
    )
    statements.append(
        {
            "Sid": "DenyFinanceMfaDeactivation",
            "Effect": "Deny",
            "Action": ["iam:DeactivateMFADevice"],
            "Resource": "*",
            "Condition": {"StringEquals": {"aws:PrincipalTag/team": "finance"}},
        }
    )
    statements.append(
        {
            "Sid": "DenyStaleMfaSessionsKeyDeletion",
            "Effect": "Deny",
            "Action": ["iam:DeleteAccessKey", "iam:DeactivateMFADevice"],
            "Resource": OWN_USER,
            "Condition": {"NumericLessThan": {"aws:MultiFactorAuthAge": "60"}},
        }
    )
    assert len(statements) == 30, len(statements)
    # A managed policy may hold at most 6,144 characters other than whitespace (IAM and AWS STS
    # quotas): drop team statements (never the Deny guards) until the document fits.
    while len("".join(json.dumps(_doc(statements), separators=(",", ":")).split())) > MANAGED_POLICY_LIMIT:
        statements.pop(0)
    return _doc(statements)


MANAGED_POLICY_LIMIT = 6144
MIXED = _mixed_conditions_policy()

# Permissions boundary used on a small share of lines.
SELF_SERVICE_BOUNDARY = _doc(
    [
        {
            "Sid": "BoundarySelfService",
            "Effect": "Allow",
            "Action": ["iam:Get*", "iam:List*", "iam:ChangePassword", "iam:*MFADevice", "sts:GetSessionToken"],
            "Resource": "*",
        }
    ]
)


def _compact(doc: dict) -> str:
    return json.dumps(doc, separators=(",", ":"))


POLICIES = {
    "s5": _compact(S5_MFA_SELF_MANAGE),
    "s2deny": _compact(S2_GROUP_DENY),
    "s1c": _compact(S1_USER_C_INLINE),
    "s1u": _compact(S1_USER_U_INLINE),
    "changepw": _compact(IAM_USER_CHANGE_PASSWORD),
    "readonly": _compact(IAM_READ_ONLY_ACCESS),
    "mixed": _compact(MIXED),
}
BOUNDARIES = [_compact(SELF_SERVICE_BOUNDARY), POLICIES["readonly"]]

# (weight, policy keys) — combinations as they are attached in the scenarios.
POLICY_SETS: list[tuple[int, list[str]]] = [
    (18, ["s5"]),
    (6, ["s5", "readonly"]),
    (8, ["s2deny", "changepw"]),
    (6, ["s2deny", "s1c"]),
    (7, ["s1c", "readonly"]),
    (7, ["s1u", "readonly"]),
    (6, ["changepw"]),
    (4, ["readonly"]),
    (14, ["mixed"]),
    (6, ["mixed", "s2deny"]),
    (6, ["mixed", "changepw"]),
    (4, ["s1c"]),
    (4, ["s1u"]),
    (4, ["s5", "mixed"]),
]

# Actions and the resource type each is authorized against.
#   user: a user ARN; mfa: a virtual MFA device ARN; none: "*".
ACTIONS: list[tuple[int, str, str]] = [
    (12, "iam:ChangePassword", "user"),
    (9, "iam:GetUser", "user"),
    (8, "iam:CreateAccessKey", "user"),
    (3, "iam:DeleteAccessKey", "user"),
    (4, "iam:ListAccessKeys", "user"),
    (2, "iam:UpdateAccessKey", "user"),
    (7, "iam:ListUsers", "none"),
    (7, "iam:EnableMFADevice", "user"),
    (3, "iam:DeactivateMFADevice", "user"),
    (4, "iam:ListMFADevices", "user"),
    (2, "iam:ResyncMFADevice", "user"),
    (5, "iam:CreateVirtualMFADevice", "mfa"),
    (7, "iam:UpdateLoginProfile", "user"),
    (3, "iam:GetLoginProfile", "user"),
    (7, "iam:GetAccountPasswordPolicy", "none"),
    (3, "iam:ListVirtualMFADevices", "none"),
    (2, "iam:CreateServiceSpecificCredential", "user"),
    (1, "iam:ResetServiceSpecificCredential", "user"),
    (1, "iam:GetAccountSummary", "none"),
    (2, "sts:GetSessionToken", "none"),
]

# (name, path, usual aws:PrincipalTag/team)
USERS: list[tuple[str, str, str]] = [
    ("user-c", "/", "security"),
    ("user-u", "/", "finance"),
    ("alice", "/", "security"),
    ("bob", "/", "finance"),
    ("carol", "/engineering/", "data"),
    ("dave", "/engineering/platform/", "platform"),
    ("erin", "/contractors/", "data"),
    ("frank", "/engineering/", "platform"),
    ("grace", "/", "security"),
    ("heidi", "/contractors/", "finance"),
]

SOURCE_IPS = [
    "203.0.113.10",
    "203.0.113.77",
    "198.51.100.23",
    "10.20.4.17",
    "192.0.2.44",
    "172.16.8.9",
]
CURRENT_TIMES = [
    "2023-11-15T09:30:00Z",
    "2025-02-10T14:05:00Z",
    "2025-04-20T08:00:00Z",
    "2025-06-30T23:00:00Z",
    "2025-09-01T12:00:00Z",
    "2026-01-05T17:45:00Z",
]


def _weighted(rng: random.Random, table: list[tuple]) -> tuple:
    weights = [row[0] for row in table]
    return rng.choices(table, weights=weights, k=1)[0]


def _user_arn(name: str, path: str) -> str:
    return f"arn:aws:iam::{ACCOUNT}:user{path}{name}"


def _entry(key: str, values: list[str], typ: str) -> dict:
    return {"ContextKeyName": key, "ContextKeyValues": values, "ContextKeyType": typ}


def make_request(rng: random.Random) -> dict:
    _, keys = _weighted(rng, POLICY_SETS)
    _, action, rtype = _weighted(rng, ACTIONS)
    caller_name, caller_path, caller_team = rng.choice(USERS)
    caller_arn = _user_arn(caller_name, caller_path)

    if rtype == "none":
        resource = "*"
    elif rtype == "mfa":
        device = caller_name if rng.random() < 0.8 else rng.choice(USERS)[0]
        resource = f"arn:aws:iam::{ACCOUNT}:mfa/{device}"
    elif rng.random() < 0.7:
        resource = caller_arn
    else:
        other, other_path, _ = rng.choice(USERS)
        resource = _user_arn(other, other_path)

    context = [_entry("aws:username", [caller_name], "string")]
    mfa_present = rng.random() < 0.5
    if mfa_present:
        mfa = rng.random() < 0.6
        context.append(_entry("aws:MultiFactorAuthPresent", ["true" if mfa else "false"], "boolean"))
        if mfa and rng.random() < 0.5:
            age = rng.choice([30, 120, 600, 1500, 2400, 4000, 7200])
            context.append(_entry("aws:MultiFactorAuthAge", [str(age)], "numeric"))
    if rng.random() < 0.35:
        context.append(_entry("aws:SourceIp", [rng.choice(SOURCE_IPS)], "ip"))
    if rng.random() < 0.3:
        context.append(_entry("aws:CurrentTime", [rng.choice(CURRENT_TIMES)], "date"))
    if rng.random() < 0.55:
        team = caller_team if rng.random() < 0.8 else rng.choice(TEAMS)
        context.append(_entry("aws:PrincipalTag/team", [team], "string"))

    request: dict = {
        "PolicyInputList": [POLICIES[k] for k in keys],
        "CallerArn": caller_arn,
        "ActionNames": [action],
        "ResourceArns": [resource],
        "ContextEntries": context,
    }
    if rng.random() < 0.05:
        request["PermissionsBoundaryPolicyInputList"] = [rng.choice(BOUNDARIES)]
    return request


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=10_000, help="number of requests (default 10000)")
    parser.add_argument("--out", default="-", help="output file (default: stdout)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args(argv)
    if args.lines < 0:
        parser.error("--lines must be >= 0")

    rng = random.Random(args.seed)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8", newline="\n")
    try:
        for _ in range(args.lines):
            out.write(json.dumps(make_request(rng), separators=(",", ":")))
            out.write("\n")
        out.flush()
    except BrokenPipeError:
        # Reader went away (e.g. piped into head): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
