//! Principals: who is calling, and how a policy's `Principal` / `NotPrincipal` names them.
//!
//! Source: IAM User Guide, "AWS JSON policy elements: Principal" and "NotPrincipal". A
//! principal ARN is matched literally (no partial wildcards; only a bare `*`), case-sensitively;
//! an account (`123456789012` or `arn:aws:iam::123456789012:root`) names every principal of
//! that account (delegation: the account's own policies must still allow); a role ARN names
//! every session of that role.

/// The kind of caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PrincipalKind {
    /// The account's root user.
    Root,
    /// An IAM user.
    User,
    /// A role session (`arn:aws:sts::ACCT:assumed-role/ROLE/SESSION`).
    AssumedRole,
    /// A federated user session (`GetFederationToken`).
    FederatedUser,
    /// An AWS service principal (`ec2.amazonaws.com`).
    Service,
    /// An unauthenticated caller.
    Anonymous,
}

impl PrincipalKind {
    /// Whether this caller is a session that session policies can limit.
    pub fn is_session(self) -> bool {
        matches!(
            self,
            PrincipalKind::AssumedRole | PrincipalKind::FederatedUser
        )
    }
}

/// The caller of a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    /// What kind of caller it is.
    pub kind: PrincipalKind,
    /// The caller's own ARN: user ARN, session ARN, `arn:aws:iam::ACCT:root`, …
    pub arn: String,
    /// The caller's account id.
    pub account: String,
    /// For role sessions: the role's ARN.
    pub role_arn: Option<String>,
    /// For service principals: `service.amazonaws.com`.
    pub service: Option<String>,
}

impl Principal {
    /// An IAM user (or any caller given just its ARN); the account is read from the ARN.
    pub fn from_arn(arn: &str) -> Principal {
        let account = crate::arn::split_arn(arn)
            .map(|p| p[4].to_string())
            .unwrap_or_default();
        let resource = crate::arn::split_arn(arn).map(|p| p[5]).unwrap_or("");
        let (kind, role_arn) = if resource == "root" {
            (PrincipalKind::Root, None)
        } else if let Some(rest) = resource.strip_prefix("assumed-role/") {
            let role = rest.split('/').next().unwrap_or("");
            (
                PrincipalKind::AssumedRole,
                Some(format!("arn:aws:iam::{account}:role/{role}")),
            )
        } else if resource.starts_with("federated-user/") {
            (PrincipalKind::FederatedUser, None)
        } else {
            (PrincipalKind::User, None)
        };
        Principal {
            kind,
            arn: arn.to_string(),
            account,
            role_arn,
            service: None,
        }
    }
}

/// How a Principal element named the caller; a resource-based policy's grant is "direct" (not
/// limited by implicit denies elsewhere in the same account) only for the caller's own user or
/// session ARN (IAM User Guide, "Policy evaluation logic").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PrincipalMatch {
    /// The statement has no Principal element: the policy is attached to the caller.
    Attached,
    /// The caller's own user, session or federated-user ARN.
    Direct,
    /// The role the session belongs to.
    Role,
    /// The caller's account.
    Account,
    /// `*`, or everyone outside a NotPrincipal list.
    Everyone,
    /// A service principal.
    Service,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum AwsPrincipal {
    Everyone,
    Account(Box<str>),
    Arn(Box<str>),
}

/// A compiled Principal element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PrincipalSet {
    Everyone,
    Listed {
        aws: Vec<AwsPrincipal>,
        service: Vec<Box<str>>,
        federated: Vec<Box<str>>,
        canonical: Vec<Box<str>>,
    },
}

impl AwsPrincipal {
    pub(crate) fn parse(text: &str) -> Result<AwsPrincipal, String> {
        if text == "*" {
            return Ok(AwsPrincipal::Everyone);
        }
        if text.len() == 12 && text.bytes().all(|b| b.is_ascii_digit()) {
            return Ok(AwsPrincipal::Account(text.into()));
        }
        if let Some(parts) = crate::arn::split_arn(text)
            && parts[0] == "arn"
            && (parts[2] == "iam" || parts[2] == "sts")
        {
            {
                if parts[5].contains('*') || parts[5].contains('?') {
                    return Err(format!(
                        "\"{text}\": a principal ARN cannot contain wildcards (use \"*\" alone, or a condition on aws:PrincipalArn)"
                    ));
                }
                if parts[2] == "iam" && parts[5] == "root" {
                    return Ok(AwsPrincipal::Account(parts[4].into()));
                }
                return Ok(AwsPrincipal::Arn(text.into()));
            }
        }
        // A unique id (AIDA…, AROA…) stands where a deleted principal used to be.
        if text.len() >= 16
            && text.starts_with('A')
            && text.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            return Ok(AwsPrincipal::Arn(text.into()));
        }
        Err(format!(
            "\"{text}\" is not a valid AWS principal: write an account id, an IAM or STS ARN, or \"*\""
        ))
    }
}

impl PrincipalSet {
    /// Whether a NotPrincipal list exempts the caller. Entries there are exact: an account
    /// entry exempts the account (its root) but not the users in it, and a role's sessions
    /// must be listed by session ARN (IAM User Guide, "AWS JSON policy elements: NotPrincipal":
    /// list `[user/Bob, account root]` to deny everyone but Bob).
    pub(crate) fn lists_exactly(&self, caller: &Principal) -> bool {
        let (aws, service) = match self {
            PrincipalSet::Everyone => return true,
            PrincipalSet::Listed { aws, service, .. } => (aws, service),
        };
        aws.iter().any(|p| match p {
            AwsPrincipal::Everyone => true,
            AwsPrincipal::Account(a) => {
                caller.kind == PrincipalKind::Root && **a == *caller.account
            }
            AwsPrincipal::Arn(arn) => **arn == *caller.arn,
        }) || caller
            .service
            .as_deref()
            .is_some_and(|svc| service.iter().any(|s| **s == *svc))
    }

    pub(crate) fn names(&self, caller: &Principal) -> Option<PrincipalMatch> {
        let (aws, service) = match self {
            PrincipalSet::Everyone => return Some(PrincipalMatch::Everyone),
            PrincipalSet::Listed { aws, service, .. } => (aws, service),
        };
        let mut best: Option<PrincipalMatch> = None;
        let mut note = |m: PrincipalMatch| {
            // Prefer the most specific way the caller is named.
            let rank = |m: PrincipalMatch| match m {
                PrincipalMatch::Direct => 0,
                PrincipalMatch::Role => 1,
                PrincipalMatch::Service => 2,
                PrincipalMatch::Account => 3,
                PrincipalMatch::Everyone | PrincipalMatch::Attached => 4,
            };
            if best.is_none_or(|b| rank(m) < rank(b)) {
                best = Some(m);
            }
        };
        for p in aws {
            match p {
                AwsPrincipal::Everyone => note(PrincipalMatch::Everyone),
                AwsPrincipal::Account(a) => {
                    if caller.kind != PrincipalKind::Anonymous
                        && caller.kind != PrincipalKind::Service
                        && **a == *caller.account
                    {
                        note(PrincipalMatch::Account);
                    }
                }
                AwsPrincipal::Arn(arn) => {
                    if **arn == *caller.arn {
                        if caller.kind == PrincipalKind::Root {
                            note(PrincipalMatch::Account);
                        } else {
                            note(PrincipalMatch::Direct);
                        }
                    } else if caller.role_arn.as_deref() == Some(&**arn) {
                        note(PrincipalMatch::Role);
                    }
                }
            }
        }
        if let Some(svc) = caller.service.as_deref()
            && service.iter().any(|s| **s == *svc)
        {
            note(PrincipalMatch::Service);
        }
        best
    }
}
