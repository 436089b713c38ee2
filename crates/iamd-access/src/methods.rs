//! The escalation methods the path finder knows, with pathfinding.cloud's ids
//! (<https://pathfinding.cloud>, Apache-2.0) and the actions each needs.
//!
//! Three kinds: a principal becoming another (`principal`: credentials for a user, a rewritten
//! trust policy; `sts`: assuming a role; `service`: passing a role to a service that runs code
//! with it), and a principal granting itself, or one it can become, any policy (`grant`).

/// How a source becomes a target principal.
#[derive(Debug, Clone, Copy)]
pub struct Become {
    /// pathfinding.cloud's id.
    pub id: &'static str,
    /// The kind: `principal`, `sts` or `service`.
    pub kind: &'static str,
    /// Targets are users (`true`) or roles.
    pub on_users: bool,
    /// The action decided on the target's ARN.
    pub action: &'static str,
    /// For `service`: the service principal the role must trust, and the actions (on `*`)
    /// that make the service run code with the role.
    pub service: Option<(&'static str, &'static [&'static str])>,
    /// What must also hold that the account's IAM state does not show.
    pub precondition: &'static str,
}

/// The ways of becoming another principal.
pub const BECOME: &[Become] = &[
    Become {
        id: "sts-001",
        kind: "sts",
        on_users: false,
        action: "sts:AssumeRole",
        service: None,
        precondition: "",
    },
    Become {
        id: "iam-002",
        kind: "principal",
        on_users: true,
        action: "iam:CreateAccessKey",
        service: None,
        precondition: "the user has fewer than 2 access keys (or the source may delete one)",
    },
    Become {
        id: "iam-004",
        kind: "principal",
        on_users: true,
        action: "iam:CreateLoginProfile",
        service: None,
        precondition: "the user has no console password yet, and no MFA device",
    },
    Become {
        id: "iam-006",
        kind: "principal",
        on_users: true,
        action: "iam:UpdateLoginProfile",
        service: None,
        precondition: "the user has a console password, and no MFA device",
    },
    Become {
        id: "iam-012",
        kind: "principal",
        on_users: false,
        action: "iam:UpdateAssumeRolePolicy",
        service: None,
        precondition: "",
    },
    Become {
        id: "ec2-001",
        kind: "service",
        on_users: false,
        action: "iam:PassRole",
        service: Some(("ec2.amazonaws.com", &["ec2:RunInstances"])),
        precondition: "an instance profile holds the role",
    },
    Become {
        id: "lambda-001",
        kind: "service",
        on_users: false,
        action: "iam:PassRole",
        service: Some((
            "lambda.amazonaws.com",
            &["lambda:CreateFunction", "lambda:InvokeFunction"],
        )),
        precondition: "",
    },
    Become {
        id: "cloudformation-001",
        kind: "service",
        on_users: false,
        action: "iam:PassRole",
        service: Some((
            "cloudformation.amazonaws.com",
            &["cloudformation:CreateStack"],
        )),
        precondition: "",
    },
    Become {
        id: "glue-001",
        kind: "service",
        on_users: false,
        action: "iam:PassRole",
        service: Some(("glue.amazonaws.com", &["glue:CreateDevEndpoint"])),
        precondition: "",
    },
    Become {
        id: "codebuild-001",
        kind: "service",
        on_users: false,
        action: "iam:PassRole",
        service: Some((
            "codebuild.amazonaws.com",
            &["codebuild:CreateProject", "codebuild:StartBuild"],
        )),
        precondition: "",
    },
    Become {
        id: "sagemaker-001",
        kind: "service",
        on_users: false,
        action: "iam:PassRole",
        service: Some((
            "sagemaker.amazonaws.com",
            &["sagemaker:CreateNotebookInstance"],
        )),
        precondition: "",
    },
    Become {
        id: "ecs-001",
        kind: "service",
        on_users: false,
        action: "iam:PassRole",
        service: Some((
            "ecs-tasks.amazonaws.com",
            &["ecs:RegisterTaskDefinition", "ecs:RunTask"],
        )),
        precondition: "a cluster to run the task in",
    },
];

/// How a principal gets any policy it likes: on itself (user or role), on a group it is in,
/// or by a new default version of a customer managed policy attached to it.
#[derive(Debug, Clone, Copy)]
pub struct Grant {
    /// pathfinding.cloud's id.
    pub id: &'static str,
    /// The action.
    pub action: &'static str,
    /// What it is decided on.
    pub on: GrantOn,
}

/// What a grant action is decided on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantOn {
    /// The user itself.
    User,
    /// The role itself.
    Role,
    /// A group the user is in.
    Group,
    /// A customer managed policy attached to the principal.
    Policy,
}

/// The grant methods.
pub const GRANT: &[Grant] = &[
    Grant {
        id: "iam-007",
        action: "iam:PutUserPolicy",
        on: GrantOn::User,
    },
    Grant {
        id: "iam-008",
        action: "iam:AttachUserPolicy",
        on: GrantOn::User,
    },
    Grant {
        id: "iam-005",
        action: "iam:PutRolePolicy",
        on: GrantOn::Role,
    },
    Grant {
        id: "iam-009",
        action: "iam:AttachRolePolicy",
        on: GrantOn::Role,
    },
    Grant {
        id: "iam-011",
        action: "iam:PutGroupPolicy",
        on: GrantOn::Group,
    },
    Grant {
        id: "iam-010",
        action: "iam:AttachGroupPolicy",
        on: GrantOn::Group,
    },
    Grant {
        id: "iam-001",
        action: "iam:CreatePolicyVersion",
        on: GrantOn::Policy,
    },
];

/// The requests an administrator is allowed: every one, on `*`, across services, so that a
/// principal allowed all of them is taken for one allowed `*` on `*`.
pub const ADMIN_PROBES: &[&str] = &[
    "iam:CreateUser",
    "iam:PutUserPolicy",
    "iam:AttachRolePolicy",
    "sts:AssumeRole",
    "s3:GetObject",
    "s3:PutBucketPolicy",
    "ec2:RunInstances",
    "kms:Decrypt",
    "lambda:CreateFunction",
    "organizations:LeaveOrganization",
    "secretsmanager:GetSecretValue",
    "dynamodb:DeleteTable",
];
