#!/usr/bin/env python3
"""Write the export of a made-up AWS account, in exactly the shapes the aws CLI prints.

    python3 examples/generate.py                      # examples/account/ (the committed sample)
    python3 examples/generate.py --as-of 2027-03-01 --out /tmp/acct
    python3 examples/generate.py --bulk-users 9950 --bulk-policies 1994 --bulk-roles 496 \
        --bulk-groups 200 --out /tmp/big              # the import benchmark's input

Deterministic: the same arguments give the same bytes. Dates are relative to --as-of (the day
the export was taken), so "older than 90 days" means the same thing whenever it is generated.

Files (one per aws CLI command; `iamd import` recognizes them by shape, not name):
  authorization-details.json  aws iam get-account-authorization-details
  password-policy.json        aws iam get-account-password-policy
  credential-report.json      aws iam get-credential-report   (CSV base64 in Content)
  virtual-mfa-devices.json    aws iam list-virtual-mfa-devices
  roles.json                  aws iam list-roles              (MaxSessionDuration)
  login-profiles/NAME.json    aws iam get-login-profile --user-name NAME (reset required)
"""

import argparse
import base64
import datetime as dt
import hashlib
import json
import os
import random

ACCOUNT = "111122223333"
ARN = f"arn:aws:iam::{ACCOUNT}"
V = "2012-10-17"

# --- the policies the scenarios are about -------------------------------------------------

# Seed S2: the MFA-enforcing policy most people copy; its NotAction list lacks
# iam:ChangePassword, so a new user cannot set the password their first sign-in asks for.
FORCE_MFA = {
    "Version": V,
    "Statement": [
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
            "Resource": "arn:aws:iam::*:user/${aws:username}",
        },
        {
            "Sid": "DenyAllExceptListedIfNoMFA",
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
        },
    ],
}

# The same policy, fixed: iam:ChangePassword (and GetAccountPasswordPolicy) in the NotAction.
FORCE_MFA_FIXED = json.loads(json.dumps(FORCE_MFA))
FORCE_MFA_FIXED["Statement"][2]["NotAction"] += ["iam:ChangePassword", "iam:GetAccountPasswordPolicy"]
FORCE_MFA_FIXED["Statement"][2]["NotAction"].sort()

# Seed S5: forced-mfa-and-my-sec-creds-self-manage.
SELF_MANAGE = {
    "Version": V,
    "Statement": [
        {"Sid": "AllowViewAccountInfo", "Effect": "Allow",
         "Action": ["iam:GetAccountPasswordPolicy", "iam:ListVirtualMFADevices"], "Resource": "*"},
        {"Sid": "AllowManageOwnPasswords", "Effect": "Allow",
         "Action": ["iam:ChangePassword", "iam:GetUser"],
         "Resource": "arn:aws:iam::*:user/${aws:username}"},
        {"Sid": "AllowManageOwnAccessKeys", "Effect": "Allow",
         "Action": ["iam:CreateAccessKey", "iam:DeleteAccessKey", "iam:ListAccessKeys", "iam:UpdateAccessKey"],
         "Resource": "arn:aws:iam::*:user/${aws:username}"},
        {"Sid": "AllowManageOwnGitCredentials", "Effect": "Allow",
         "Action": ["iam:CreateServiceSpecificCredential", "iam:DeleteServiceSpecificCredential",
                    "iam:ListServiceSpecificCredentials", "iam:ResetServiceSpecificCredential",
                    "iam:UpdateServiceSpecificCredential"],
         "Resource": "arn:aws:iam::*:user/${aws:username}"},
        {"Sid": "AllowManageOwnVirtualMFADevice", "Effect": "Allow",
         "Action": ["iam:CreateVirtualMFADevice"], "Resource": "arn:aws:iam::*:mfa/*"},
        {"Sid": "AllowManageOwnUserMFA", "Effect": "Allow",
         "Action": ["iam:DeactivateMFADevice", "iam:EnableMFADevice", "iam:ListMFADevices", "iam:ResyncMFADevice"],
         "Resource": "arn:aws:iam::*:user/${aws:username}"},
        {"Sid": "DenyAllExceptListedIfNoMFA", "Effect": "Deny",
         "NotAction": ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:GetUser", "iam:ListMFADevices",
                       "iam:ListVirtualMFADevices", "iam:ResyncMFADevice", "sts:GetSessionToken"],
         "Resource": "*",
         "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}},
    ],
}

S3_DATA = {
    "Version": V,
    "Statement": [{"Sid": "DataLake", "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"],
                   "Resource": ["arn:aws:s3:::example-data-lake", "arn:aws:s3:::example-data-lake/*"]}],
}
S3_DATA_V1 = {
    "Version": V,
    "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}],
}
CONTRACTOR_BOUNDARY = {
    "Version": V,
    "Statement": [
        {"Sid": "OnlyS3AndSelf", "Effect": "Allow",
         "Action": ["s3:Get*", "s3:List*", "iam:ChangePassword", "iam:GetAccountPasswordPolicy",
                    "iam:*MFADevice*", "iam:GetUser"],
         "Resource": "*"},
    ],
}
# An AWS managed policy iamd does not carry itself: the export keeps its document.
S3_READ_ONLY = {
    "Version": V,
    "Statement": [{"Effect": "Allow", "Action": ["s3:Get*", "s3:List*", "s3:Describe*",
                                                  "s3-object-lambda:Get*", "s3-object-lambda:List*"],
                   "Resource": "*"}],
}
AWS_DOCS = {
    "AdministratorAccess": ("v1", {"Version": V, "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}),
    "ReadOnlyAccess": ("v182", {"Version": V, "Statement": [{"Sid": "ReadOnlyActionsGroup1", "Effect": "Allow",
                                                             "Action": ["iam:Generate*", "iam:Get*", "iam:List*",
                                                                        "iam:Simulate*", "sts:GetAccessKeyInfo",
                                                                        "sts:GetCallerIdentity", "sts:GetSessionToken"],
                                                             "Resource": "*"}]}),
    "AmazonS3ReadOnlyAccess": ("v3", S3_READ_ONLY),
    "IAMUserChangePassword": ("v3", {"Version": V, "Statement": [
        {"Effect": "Allow", "Action": ["iam:ChangePassword"],
         "Resource": ["arn:aws:iam::*:user/${aws:username}", "arn:aws:iam::*:user/*/${aws:username}"]},
        {"Effect": "Allow", "Action": ["iam:GetAccountPasswordPolicy"], "Resource": "*"}]}),
}

MFA_TRUST = lambda extra=None: {  # noqa: E731
    "Version": V,
    "Statement": [{
        "Effect": "Allow",
        "Principal": {"AWS": f"{ARN}:root"},
        "Action": "sts:AssumeRole",
        "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}, **(extra or {})},
    }],
}
SERVICE_TRUST = lambda service: {  # noqa: E731
    "Version": V,
    "Statement": [{"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"}],
}

# --- the people ---------------------------------------------------------------------------

# (name, path, groups, kind); kinds:
#   new-trap   created days ago, password must be reset at first sign-in, in a group whose
#              MFA policy blocks ChangePassword without MFA (S2 / S5 trap)
#   new-ok     the same, in the group whose policy was fixed
#   staff      a person with a console password, maybe MFA, maybe keys
#   admin      staff with MFA, in Admins
#   contractor staff under /contractors/ with a permissions boundary
#   service    a machine user: access keys only
PEOPLE = [
    ("alice", "/", ["Developers"], "new-trap"),
    ("bob", "/", ["Developers"], "new-trap"),
    ("carol", "/", ["Developers"], "new-trap"),
    ("dave", "/engineering/", ["Developers"], "new-trap"),
    ("erin", "/engineering/", ["Developers"], "new-trap"),
    ("grace", "/", ["SelfService"], "new-trap"),
    ("heidi", "/", ["SelfService"], "new-trap"),
    ("ivan", "/", ["Analysts"], "new-ok"),
    ("judy", "/", ["Analysts"], "new-ok"),
    ("walter", "/", ["Admins"], "admin"),
    ("yvonne", "/", ["Admins"], "admin"),
    ("tomas", "/contractors/", ["Contractors"], "contractor"),
    ("uma", "/contractors/", ["Contractors"], "contractor"),
    ("vera", "/contractors/", ["Contractors"], "contractor"),
    ("ci-deploy", "/service/", [], "service"),
    ("backup-bot", "/service/", [], "service"),
    ("monitoring", "/service/", ["Auditors"], "service"),
]
STAFF = ["frank", "mallory", "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor",
         "zoe", "aaron", "bella", "chen", "diego", "emma", "farah", "gus", "hana", "igor", "jin",
         "kofi", "lena", "marco", "nora", "omar", "priya", "quinn", "raj", "sara", "wei", "xena",
         "yusuf", "zara"]
STAFF_GROUPS = [["Developers"], ["Developers", "Auditors"], ["Analysts"], ["SelfService"],
                ["Auditors"], ["Developers"], ["Analysts", "Auditors"]]


def uid(prefix, name, n=17):
    digest = hashlib.sha256(f"{prefix}/{name}".encode()).digest()
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    return prefix + "".join(alphabet[b % 32] for b in digest[:n])


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S+00:00")


class Account:
    def __init__(self, as_of, rng):
        self.as_of = as_of
        self.rng = rng
        self.users, self.groups, self.roles, self.policies = [], {}, [], {}
        self.report = []
        self.mfa = []
        self.login_profiles = {}

    def ago(self, days, hours=0):
        return self.as_of - dt.timedelta(days=days, hours=hours)

    # policies ---------------------------------------------------------------------------
    def customer_policy(self, name, versions, path="/", description=None, created_days=700):
        """versions: documents oldest first; the last is the default."""
        created = self.ago(created_days)
        vs = []
        for i, doc in enumerate(versions):
            vs.append({
                "Document": doc,
                "VersionId": f"v{i + 1}",
                "IsDefaultVersion": i == len(versions) - 1,
                "CreateDate": iso(created + dt.timedelta(days=30 * i)),
            })
        vs.reverse()
        p = {
            "PolicyName": name,
            "PolicyId": uid("ANPA", name),
            "Arn": f"{ARN}:policy{path}{name}",
            "Path": path,
            "DefaultVersionId": f"v{len(versions)}",
            "AttachmentCount": 0,
            "PermissionsBoundaryUsageCount": 0,
            "IsAttachable": True,
            "CreateDate": iso(created),
            "UpdateDate": vs[0]["CreateDate"],
            "PolicyVersionList": vs,
        }
        if description:
            p["Description"] = description
        self.policies[p["Arn"]] = p
        return p["Arn"]

    def aws_policy(self, name):
        arn = f"arn:aws:iam::aws:policy/{name}"
        if arn not in self.policies:
            version, doc = AWS_DOCS[name]
            self.policies[arn] = {
                "PolicyName": name,
                "PolicyId": uid("ANPA", "aws/" + name),
                "Arn": arn,
                "Path": "/",
                "DefaultVersionId": version,
                "AttachmentCount": 0,
                "PermissionsBoundaryUsageCount": 0,
                "IsAttachable": True,
                "CreateDate": "2015-02-06T18:39:46+00:00",
                "UpdateDate": "2023-08-10T21:31:39+00:00",
                "PolicyVersionList": [{"Document": doc, "VersionId": version, "IsDefaultVersion": True,
                                       "CreateDate": "2023-08-10T21:31:39+00:00"}],
            }
        return arn

    def attach(self, entity, arn):
        entity["AttachedManagedPolicies"].append({"PolicyName": arn.rsplit("/", 1)[1], "PolicyArn": arn})
        self.policies[arn]["AttachmentCount"] += 1

    def boundary(self, entity, arn):
        entity["PermissionsBoundary"] = {"PermissionsBoundaryType": "Policy", "PermissionsBoundaryArn": arn}
        self.policies[arn]["PermissionsBoundaryUsageCount"] += 1

    # entities ---------------------------------------------------------------------------
    def group(self, name, path="/", created_days=900):
        g = {
            "Path": path,
            "GroupName": name,
            "GroupId": uid("AGPA", name),
            "Arn": f"{ARN}:group{path}{name}",
            "CreateDate": iso(self.ago(created_days)),
            "GroupPolicyList": [],
            "AttachedManagedPolicies": [],
        }
        self.groups[name] = g
        return g

    def user(self, name, path, groups, created, tags=()):
        u = {
            "Path": path,
            "UserName": name,
            "UserId": uid("AIDA", name),
            "Arn": f"{ARN}:user{path}{name}",
            "CreateDate": iso(created),
            "UserPolicyList": [],
            "GroupList": list(groups),
            "AttachedManagedPolicies": [],
            "Tags": [{"Key": k, "Value": v} for k, v in tags],
        }
        self.users.append(u)
        return u

    def role(self, name, trust, path="/", max_session=3600, description=None, tags=(), created_days=500):
        r = {
            "Path": path,
            "RoleName": name,
            "RoleId": uid("AROA", name),
            "Arn": f"{ARN}:role{path}{name}",
            "CreateDate": iso(self.ago(created_days)),
            "AssumeRolePolicyDocument": trust,
            "InstanceProfileList": [],
            "RolePolicyList": [],
            "AttachedManagedPolicies": [],
            "Tags": [{"Key": k, "Value": v} for k, v in tags],
            "RoleLastUsed": {},
        }
        self.roles.append((r, max_session, description))
        return r

    # credentials ------------------------------------------------------------------------
    def facts(self, u, password=None, last_used=None, reset=False, mfa=None, keys=()):
        """password: days since it was last changed (None: no console password);
        mfa: days since the device was enabled; keys: [(active, age days, last used days or None)]."""
        created = u["CreateDate"]
        row = {
            "user": u["UserName"], "arn": u["Arn"], "user_creation_time": created,
            "password_enabled": "false", "password_last_used": "N/A", "password_last_changed": "N/A",
            "password_next_rotation": "N/A", "mfa_active": "false",
        }
        if password is not None:
            changed = self.ago(password)
            row.update(password_enabled="true", password_last_changed=iso(changed),
                       password_last_used=iso(self.ago(last_used)) if last_used is not None else "no_information")
            if reset:
                self.login_profiles[u["UserName"]] = {"LoginProfile": {
                    "UserName": u["UserName"], "CreateDate": iso(changed), "PasswordResetRequired": True}}
        if mfa is not None:
            row["mfa_active"] = "true"
            self.mfa.append({
                "SerialNumber": f"{ARN}:mfa/{u['UserName']}",
                "User": {k: u[k] for k in ("Path", "UserName", "UserId", "Arn", "CreateDate")},
                "EnableDate": iso(self.ago(mfa)),
            })
        for slot in (1, 2):
            p = f"access_key_{slot}_"
            if slot <= len(keys):
                active, age, used = keys[slot - 1]
                row[p + "active"] = "true" if active else "false"
                row[p + "last_rotated"] = iso(self.ago(age))
                if used is None:
                    row.update({p + "last_used_date": "N/A", p + "last_used_region": "N/A",
                                p + "last_used_service": "N/A"})
                else:
                    row.update({p + "last_used_date": iso(self.ago(used)), p + "last_used_region": "us-east-1",
                                p + "last_used_service": self.rng.choice(["s3", "sts", "ec2", "iam"])})
            else:
                row.update({p + "active": "false", p + "last_rotated": "N/A", p + "last_used_date": "N/A",
                            p + "last_used_region": "N/A", p + "last_used_service": "N/A"})
        row.update(cert_1_active="false", cert_1_last_rotated="N/A", cert_2_active="false",
                   cert_2_last_rotated="N/A")
        self.report.append(row)


def build(as_of, bulk_users=0, bulk_policies=0, bulk_roles=0, bulk_groups=0):
    rng = random.Random(20261120)
    a = Account(as_of, rng)

    force_mfa = a.customer_policy("force-mfa", [FORCE_MFA],
                                  description="Deny everything but MFA setup until signed in with MFA")
    self_manage = a.customer_policy("forced-mfa-and-my-sec-creds-self-manage", [SELF_MANAGE])
    fixed = a.customer_policy("force-mfa-fixed", [FORCE_MFA, FORCE_MFA_FIXED],
                              description="force-mfa with iam:ChangePassword allowed before MFA")
    s3_data = a.customer_policy("s3-data-lake-read", [S3_DATA_V1, S3_DATA, S3_DATA], path="/data/")
    contractor = a.customer_policy("contractor-boundary", [CONTRACTOR_BOUNDARY], path="/boundaries/")

    devs = a.group("Developers")
    a.attach(devs, force_mfa)
    a.attach(devs, a.aws_policy("IAMUserChangePassword"))
    selfs = a.group("SelfService")
    a.attach(selfs, self_manage)
    analysts = a.group("Analysts", path="/data/")
    a.attach(analysts, fixed)
    a.attach(analysts, s3_data)
    a.attach(analysts, a.aws_policy("AmazonS3ReadOnlyAccess"))
    admins = a.group("Admins")
    a.attach(admins, a.aws_policy("AdministratorAccess"))
    admins["GroupPolicyList"].append({"PolicyName": "deny-leaving-org", "PolicyDocument": {
        "Version": V, "Statement": [{"Effect": "Deny", "Action": "organizations:LeaveOrganization", "Resource": "*"}]}})
    auditors = a.group("Auditors")
    a.attach(auditors, a.aws_policy("ReadOnlyAccess"))
    contractors = a.group("Contractors", path="/contractors/")
    a.attach(contractors, force_mfa)
    a.attach(contractors, s3_data)

    for name, path, groups, kind in PEOPLE:
        tags = [("team", groups[0].lower() if groups else "platform")]
        if kind in ("new-trap", "new-ok"):
            days = rng.randint(2, 9)
            u = a.user(name, path, groups, a.ago(days), tags)
            a.facts(u, password=days, reset=True)
        elif kind == "admin":
            u = a.user(name, path, groups, a.ago(rng.randint(600, 1200)), tags + [("role", "admin")])
            a.facts(u, password=rng.choice([40, 200]), last_used=1, mfa=300,
                    keys=[(True, 30, 2)])
        elif kind == "contractor":
            u = a.user(name, path, groups, a.ago(rng.randint(100, 400)), tags + [("company", "acme-consulting")])
            a.boundary(u, contractor)
            a.facts(u, password=rng.randint(95, 300), last_used=rng.randint(1, 60),
                    keys=[(True, rng.randint(100, 380), rng.choice([None, 5]))])
        else:  # service
            u = a.user(name, path, groups, a.ago(rng.randint(700, 1500)), [("owner", "platform")])
            u["UserPolicyList"].append({"PolicyName": f"{name}-access", "PolicyDocument": {
                "Version": V, "Statement": [{"Effect": "Allow", "Action": ["s3:PutObject", "s3:GetObject"],
                                             "Resource": f"arn:aws:s3:::example-{name}/*"}]}})
            a.facts(u, keys=[(True, rng.randint(200, 900), 0), (False, rng.randint(900, 1000), 400)])

    for i, name in enumerate(STAFF):
        groups = STAFF_GROUPS[i % len(STAFF_GROUPS)]
        created = a.ago(rng.randint(120, 1500))
        u = a.user(name, "/", groups, created, [("team", groups[0].lower())])
        age = rng.choice([10, 25, 60, 85, 95, 130, 200, 370, 540])
        mfa = rng.choice([None, None, 90, 400]) if "Developers" not in groups else rng.choice([None, 200, 500])
        keys = []
        if rng.random() < 0.5:
            keys.append((True, rng.choice([20, 70, 120, 250, 800]), rng.choice([None, 1, 30, 200])))
        if rng.random() < 0.15:
            keys.append((False, 900, None))
        a.facts(u, password=min(age, (a.as_of - created).days), last_used=rng.choice([None, 0, 3, 45, 180]),
                mfa=mfa, keys=keys)

    a.role("BreakGlassAdmin", MFA_TRUST(), max_session=3600, description="Emergency administrator, MFA only",
           tags=[("purpose", "break-glass")])
    a.attach(a.roles[-1][0], a.aws_policy("AdministratorAccess"))
    a.role("SecurityAuditor", MFA_TRUST({"NumericLessThan": {"aws:MultiFactorAuthAge": "3600"}}),
           max_session=43200, description="Read-only audits with a recent MFA sign-in")
    a.attach(a.roles[-1][0], a.aws_policy("ReadOnlyAccess"))
    a.role("DataScientist", MFA_TRUST(), path="/data/", max_session=14400)
    a.attach(a.roles[-1][0], s3_data)
    a.boundary(a.roles[-1][0], contractor)
    a.role("ec2-app", SERVICE_TRUST("ec2.amazonaws.com"), path="/service-role/",
           description="Instance role of the web application")
    a.roles[-1][0]["RolePolicyList"].append({"PolicyName": "app-bucket", "PolicyDocument": {
        "Version": V, "Statement": [{"Effect": "Allow", "Action": "s3:GetObject",
                                     "Resource": "arn:aws:s3:::example-app/*"}]}})

    # Bulk entities for the benchmark: plausible shapes, many of them.
    bulk_policy_arns = []
    for i in range(bulk_policies):
        versions = [{"Version": V, "Statement": [{"Sid": f"S{j}", "Effect": "Allow",
                                                  "Action": [f"s3:GetObject", f"dynamodb:Query"],
                                                  "Resource": f"arn:aws:s3:::bucket-{i}-{j}/*"}]}
                    for j in range(1 + i % 3)]
        bulk_policy_arns.append(a.customer_policy(f"bulk-policy-{i:05d}", versions, path="/bulk/"))
    bulk_group_names = []
    for i in range(bulk_groups):
        g = a.group(f"bulk-group-{i:04d}", path="/bulk/")
        if bulk_policy_arns:
            a.attach(g, bulk_policy_arns[i % len(bulk_policy_arns)])
        bulk_group_names.append(g["GroupName"])
    for i in range(bulk_users):
        name = f"user-{i:05d}"
        groups = [bulk_group_names[(i * 7 + k) % len(bulk_group_names)] for k in range(1 + i % 3)] \
            if bulk_group_names else []
        u = a.user(name, "/bulk/", sorted(set(groups)), a.ago(100 + i % 900), [("cost-center", str(i % 50))])
        if bulk_policy_arns:
            a.attach(u, bulk_policy_arns[(i * 13) % len(bulk_policy_arns)])
        if i % 4 == 0:
            u["UserPolicyList"].append({"PolicyName": "inline", "PolicyDocument": {
                "Version": V, "Statement": [{"Effect": "Allow", "Action": "sqs:SendMessage",
                                             "Resource": f"arn:aws:sqs:us-east-1:{ACCOUNT}:queue-{i}"}]}})
        a.facts(u, password=(i % 400) if i % 3 else None, last_used=(i % 30) if i % 2 else None,
                mfa=(i % 700) if i % 5 == 0 else None,
                keys=[(True, i % 500, i % 20)] if i % 2 == 0 else [])
    for i in range(bulk_roles):
        r = a.role(f"bulk-role-{i:04d}", MFA_TRUST() if i % 2 else SERVICE_TRUST("lambda.amazonaws.com"),
                   path="/bulk/", max_session=3600 * (1 + i % 12))
        if bulk_policy_arns:
            a.attach(r, bulk_policy_arns[(i * 17) % len(bulk_policy_arns)])
    return a


def write_json(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(obj, f, indent=4)
        f.write("\n")


def write(a, out):
    details = {
        "UserDetailList": a.users,
        "GroupDetailList": list(a.groups.values()),
        "RoleDetailList": [r for r, _, _ in a.roles],
        "Policies": list(a.policies.values()),
    }
    write_json(os.path.join(out, "authorization-details.json"), details)
    write_json(os.path.join(out, "password-policy.json"), {"PasswordPolicy": {
        # Weak: short, no character classes, never expires, no reuse prevention (fails IAM.7).
        "MinimumPasswordLength": 8,
        "RequireSymbols": False,
        "RequireNumbers": False,
        "RequireUppercaseCharacters": False,
        "RequireLowercaseCharacters": True,
        "AllowUsersToChangePassword": True,
        "ExpirePasswords": False,
    }})
    columns = ["user", "arn", "user_creation_time", "password_enabled", "password_last_used",
               "password_last_changed", "password_next_rotation", "mfa_active", "access_key_1_active",
               "access_key_1_last_rotated", "access_key_1_last_used_date", "access_key_1_last_used_region",
               "access_key_1_last_used_service", "access_key_2_active", "access_key_2_last_rotated",
               "access_key_2_last_used_date", "access_key_2_last_used_region", "access_key_2_last_used_service",
               "cert_1_active", "cert_1_last_rotated", "cert_2_active", "cert_2_last_rotated"]
    root = {c: "N/A" for c in columns}
    root.update(user="<root_account>", arn=f"{ARN}:root", user_creation_time=iso(a.ago(2000)),
                password_enabled="not_supported", password_last_used=iso(a.ago(12)),
                password_last_changed="not_supported", password_next_rotation="not_supported",
                mfa_active="true", access_key_1_active="false", access_key_2_active="false",
                cert_1_active="false", cert_2_active="false")
    lines = [",".join(columns)] + [",".join(row[c] for c in columns) for row in [root] + a.report]
    csv = "\n".join(lines)
    write_json(os.path.join(out, "credential-report.json"), {
        "Content": base64.b64encode(csv.encode()).decode(),
        "ReportFormat": "text/csv",
        "GeneratedTime": iso(a.as_of),
    })
    root_mfa = {"SerialNumber": f"{ARN}:mfa/root-account-mfa-device",
                "User": {"Arn": f"{ARN}:root", "CreateDate": iso(a.ago(2000)), "PasswordLastUsed": iso(a.ago(12)),
                         "Path": "", "UserId": ACCOUNT, "UserName": ""},
                "EnableDate": iso(a.ago(1900))}
    write_json(os.path.join(out, "virtual-mfa-devices.json"), {"VirtualMFADevices": [root_mfa] + a.mfa})
    write_json(os.path.join(out, "roles.json"), {"Roles": [{
        "Path": r["Path"], "RoleName": r["RoleName"], "RoleId": r["RoleId"], "Arn": r["Arn"],
        "CreateDate": r["CreateDate"], "AssumeRolePolicyDocument": r["AssumeRolePolicyDocument"],
        **({"Description": d} if d else {}), "MaxSessionDuration": m,
    } for r, m, d in a.roles]})
    for name, profile in sorted(a.login_profiles.items()):
        write_json(os.path.join(out, "login-profiles", f"{name}.json"), profile)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--as-of", default="2026-11-20", help="the day the export was taken (YYYY-MM-DD)")
    p.add_argument("--out", default=os.path.join(here, "account"))
    p.add_argument("--bulk-users", type=int, default=0)
    p.add_argument("--bulk-policies", type=int, default=0)
    p.add_argument("--bulk-roles", type=int, default=0)
    p.add_argument("--bulk-groups", type=int, default=0)
    args = p.parse_args()
    as_of = dt.datetime.strptime(args.as_of, "%Y-%m-%d").replace(hour=9, tzinfo=dt.timezone.utc)
    write(build(as_of, args.bulk_users, args.bulk_policies, args.bulk_roles, args.bulk_groups), args.out)


if __name__ == "__main__":
    main()
