//! The lockout analyzer: for every user, can they do what the account requires of them, in the
//! session they will actually have?
//!
//! The session is a console sign-in: the user's own policies and their groups' (gathered as
//! the authorizer gathers them, with IAM's AllowUsersToChangePassword grant), their permissions
//! boundary, and the request context of a console session — `aws:username`, `aws:userid`,
//! `aws:PrincipalArn`, … and `aws:MultiFactorAuthPresent` false unless the user has an MFA
//! device (then sign-in asks for it before anything else).
//!
//! ```text
//! user ─ must change password? (PasswordResetRequired, or expired without HardExpiry)
//!   │      ├─ iam:ChangePassword on own ARN denied          → LOCKOUT.1 (the seed S2 trap)
//!   │      └─ iam:GetAccountPasswordPolicy on * denied      → LOCKOUT.3
//!   │    unknown (imported without get-login-profile), and either denied
//!   │                                                        → LOCKOUT.5 (LOW), naming the export
//!   └─ console password, no MFA device, MFA-enforcing Deny?
//!          └─ iam:CreateVirtualMFADevice on mfa/NAME or
//!             iam:EnableMFADevice on own ARN denied          → LOCKOUT.2
//! account ─ HardExpiry: nobody but root (and the user) may
//!           iam:UpdateLoginProfile a user's password        → LOCKOUT.4
//! ```

use iamd_policy::{Action, Effect, Outcome, Principal, PrincipalKind, RequestContext};
use time::OffsetDateTime;

use crate::fix::{self, Grant, Need, Subject};
use crate::snapshot::Snapshot;
use crate::{Category, Finding, Severity, account_resource};
use iamd_core::authz::{self, ContextFacts};
use iamd_core::entities::User;
use iamd_core::error::CoreError;
use iamd_core::ops::passwords::{PasswordState, change_password_grant_document};
use iamd_core::ops::sessions::add_session_keys;

/// Check every user (and, with HardExpiry, who could reset their passwords) in `snap`.
pub(crate) fn run(snap: &mut Snapshot, now: OffsetDateTime) -> Result<Vec<Finding>, CoreError> {
    let users = std::mem::take(&mut snap.users);
    let result = check_users(snap, &users, now);
    snap.users = users;
    result
}

fn check_users(
    snap: &mut Snapshot,
    users: &[User],
    now: OffsetDateTime,
) -> Result<Vec<Finding>, CoreError> {
    let mut out = Vec::new();
    let mut subjects = Vec::with_capacity(users.len());
    for user in users {
        let subject = snap.user_subject(user)?;
        out.extend(user_findings(user, &subject, snap, now)?);
        subjects.push(subject);
    }
    if let Some(f) = hard_expiry_finding(snap, users, &subjects, now)? {
        out.push(f);
    }
    Ok(out)
}

fn user_principal(account: &str, user: &User) -> Principal {
    Principal {
        kind: PrincipalKind::User,
        arn: user.arn(account),
        account: account.to_string(),
        role_arn: None,
        service: None,
    }
}

/// The request context of a console session of `user` (the console signs over HTTPS).
fn console_context(account: &str, user: &User, mfa: bool, now: OffsetDateTime) -> RequestContext {
    let principal = user_principal(account, user);
    let tags: Vec<(String, String)> = user
        .tags
        .iter()
        .map(|t| (t.key.clone(), t.value.clone()))
        .collect();
    let mut ctx = authz::request_context(&ContextFacts {
        principal: &principal,
        user_name: Some(&user.name),
        user_id: &user.id,
        tags: &tags,
        source_ip: None,
        secure_transport: true,
        now,
    });
    add_session_keys(&mut ctx, mfa.then_some(now), now, now);
    ctx
}

fn change_password_grant(user_arn: &str) -> Grant {
    Grant {
        label: "IAMUserChangePassword".into(),
        document: change_password_grant_document(user_arn),
        advice: "attach IAMUserChangePassword (arn:aws:iam::aws:policy/IAMUserChangePassword) or enable AllowUsersToChangePassword in the account password policy".into(),
    }
}

fn mfa_self_service_grant() -> Grant {
    Grant {
        label: "self-service MFA".into(),
        document: serde_json::json!({
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "AllowManageOwnVirtualMFADevice",
                    "Effect": "Allow",
                    "Action": "iam:CreateVirtualMFADevice",
                    "Resource": "arn:aws:iam::*:mfa/*"
                },
                {
                    "Sid": "AllowManageOwnUserMFA",
                    "Effect": "Allow",
                    "Action": ["iam:EnableMFADevice", "iam:ListMFADevices", "iam:ResyncMFADevice"],
                    "Resource": "arn:aws:iam::*:user/${aws:username}"
                }
            ]
        })
        .to_string(),
        advice: "allow self-service MFA: a statement AllowManageOwnVirtualMFADevice (iam:CreateVirtualMFADevice on arn:aws:iam::*:mfa/*) and a statement AllowManageOwnUserMFA (iam:EnableMFADevice on arn:aws:iam::*:user/${aws:username})".into(),
    }
}

/// The needs among `needs` that `subject` is denied in `ctx`.
fn denied(
    subject: &Subject,
    ctx: &RequestContext,
    needs: Vec<Need>,
) -> Result<Vec<Need>, CoreError> {
    let mut out = Vec::new();
    for n in needs {
        let action = Action::parse(n.action).map_err(CoreError::ServiceFailure)?;
        if subject.decide(&action, &n.resource, ctx).outcome != Outcome::Allowed {
            out.push(n);
        }
    }
    Ok(out)
}

fn lockout(
    id: &str,
    title: &str,
    severity: Severity,
    resource: String,
    detail: String,
    plan: fix::Plan,
    verb: &str,
) -> Finding {
    Finding {
        id: id.to_string(),
        related: Vec::new(),
        title: title.to_string(),
        severity,
        category: Category::Lockout,
        resource,
        detail: format!("{detail}: {verb} {}.", plan.why),
        fix: plan.fix,
        blocking: plan.blocking,
        fix_verified: Some(plan.verified),
    }
}

fn user_findings(
    user: &User,
    subject: &Subject,
    facts: &Snapshot,
    now: OffsetDateTime,
) -> Result<Vec<Finding>, CoreError> {
    let account = facts.account.as_str();
    let mut out = Vec::new();
    // What the user owns is keyed by its id.
    let key = user.id.clone();
    let arn = user.arn(account);
    let profile = facts.profiles.get(&key);
    let has_mfa = facts.with_mfa.contains(&key);
    let state = PasswordState::of(profile, facts.policy.as_ref(), now);
    let reason = match state {
        PasswordState::ResetRequired => {
            Some("must set a new password at next sign-in (PasswordResetRequired)")
        }
        PasswordState::Expired { hard_expiry: false } => Some(
            "must set a new password at next sign-in (the password is older than MaxPasswordAge)",
        ),
        _ => None,
    };
    let session = if has_mfa {
        "in the console session they will have (signed in with MFA)"
    } else {
        "in the console session they will have (no MFA yet)"
    };
    let ctx = console_context(account, user, has_mfa, now);

    if let Some(reason) = reason {
        let need = vec![Need {
            action: "iam:ChangePassword",
            resource: arn.clone(),
        }];
        if !denied(subject, &ctx, need.clone())?.is_empty() {
            let plan = fix::plan(subject, &ctx, &need, &change_password_grant(&arn))?;
            out.push(lockout(
                "LOCKOUT.1",
                "User must change their password but is denied iam:ChangePassword",
                Severity::High,
                arn.clone(),
                format!(
                    "{} {reason}, but iam:ChangePassword on {arn} is denied {session}",
                    user.name
                ),
                plan,
                "it is",
            ));
        }
        let need = vec![Need {
            action: "iam:GetAccountPasswordPolicy",
            resource: "*".into(),
        }];
        if !denied(subject, &ctx, need.clone())?.is_empty() {
            let plan = fix::plan(subject, &ctx, &need, &change_password_grant(&arn))?;
            out.push(lockout(
                "LOCKOUT.3",
                "User must satisfy a password policy they cannot read",
                Severity::Medium,
                arn.clone(),
                format!(
                    "{} {reason}, but cannot read the password policy (iam:GetAccountPasswordPolicy is denied {session})",
                    user.name
                ),
                plan,
                "it is",
            ));
        }
    }

    if reason.is_none() && profile.is_some_and(|p| p.reset_required_unknown) {
        out.extend(unknown_reset_finding(user, subject, &ctx, &arn, session)?);
    }

    if profile.is_some() && !has_mfa && subject.enforces_mfa() {
        let needs = denied(
            subject,
            &ctx,
            vec![
                Need {
                    action: "iam:CreateVirtualMFADevice",
                    resource: format!("arn:aws:iam::{account}:mfa/{}", user.name),
                },
                Need {
                    action: "iam:EnableMFADevice",
                    resource: arn.clone(),
                },
            ],
        )?;
        if !needs.is_empty() {
            let plan = fix::plan(subject, &ctx, &needs, &mfa_self_service_grant())?;
            let names: Vec<&str> = needs.iter().map(|n| n.action).collect();
            out.push(lockout(
                "LOCKOUT.2",
                "User under an MFA-enforcing policy cannot enrol an MFA device",
                Severity::High,
                arn.clone(),
                format!(
                    "{} has a console password and no MFA device, and a policy denies them most actions without MFA, but {} is denied {session}",
                    user.name,
                    names.join(" and ")
                ),
                plan,
                if names.len() == 1 { "it is" } else { "they are" },
            ));
        }
    }
    Ok(out)
}

/// An imported user whose export did not say whether a new password is required at next
/// sign-in (`get-login-profile` was not exported), and who could not set one if it were: the
/// finding says what is unknown and which export settles it, instead of staying silent.
fn unknown_reset_finding(
    user: &User,
    subject: &Subject,
    ctx: &RequestContext,
    arn: &str,
    session: &str,
) -> Result<Option<Finding>, CoreError> {
    let needs = vec![
        Need {
            action: "iam:ChangePassword",
            resource: arn.to_string(),
        },
        Need {
            action: "iam:GetAccountPasswordPolicy",
            resource: "*".into(),
        },
    ];
    let blocked = denied(subject, ctx, needs)?;
    if blocked.is_empty() {
        return Ok(None);
    }
    let plan = fix::plan(subject, ctx, &blocked, &change_password_grant(arn))?;
    let names: Vec<&str> = blocked.iter().map(|n| n.action).collect();
    let name = &user.name;
    Ok(Some(Finding {
        id: "LOCKOUT.5".into(),
        related: vec!["LOCKOUT.1".into()],
        title: "Unknown whether the user must change their password; if so, they cannot".into(),
        severity: Severity::Low,
        category: Category::Lockout,
        resource: arn.to_string(),
        detail: format!(
            "{name} has a console password, but the export does not say whether they must set a new one at next sign-in (only get-login-profile does); if they must, they are locked out: {} is denied {session}, {}.",
            names.join(" and "),
            plan.why
        ),
        fix: format!(
            "settle it: run `aws iam get-login-profile --user-name {name} > login-profiles/{name}.json` in the account and import it with the other files; if PasswordResetRequired is true: {}",
            plan.fix
        ),
        blocking: plan.blocking,
        fix_verified: Some(plan.verified),
    }))
}

/// With HardExpiry, a user whose password expired needs an administrator: someone other than
/// root and themselves allowed iam:UpdateLoginProfile on their user.
fn hard_expiry_finding(
    facts: &mut Snapshot,
    users: &[User],
    subjects: &[Subject],
    now: OffsetDateTime,
) -> Result<Option<Finding>, CoreError> {
    let account = facts.account.clone();
    let account = account.as_str();
    let hard = facts
        .policy
        .as_ref()
        .is_some_and(|p| p.hard_expiry.unwrap_or(false) && p.max_password_age.is_some());
    if !hard {
        return Ok(None);
    }
    let targets: Vec<&User> = users
        .iter()
        .filter(|u| facts.profiles.contains_key(&u.id))
        .collect();
    if targets.is_empty() {
        return Ok(None);
    }
    // Who could reset: every user (signed in with MFA: administrators can be) and every role.
    let mut resetters: Vec<(String, &Subject, RequestContext)> = users
        .iter()
        .zip(subjects)
        .map(|(u, s)| (u.name.clone(), s, console_context(account, u, true, now)))
        .collect();
    let roles = role_subjects(facts, now)?;
    resetters.extend(roles.iter().map(|(n, s, c)| (n.clone(), s, c.clone())));
    let action = Action::parse("iam:UpdateLoginProfile").map_err(CoreError::ServiceFailure)?;
    // Whoever could reset one user's password can usually reset the next one's: those are
    // asked first, so a target costs a few evaluations rather than one per principal (the
    // answer, whether anyone may, does not depend on the order).
    // Only a principal with an identity Allow for the action can be allowed it (there is no
    // resource policy): the others need not be asked for each target.
    let candidates: Vec<usize> = (0..resetters.len())
        .filter(|&i| {
            resetters[i].1.identity.iter().any(|src| {
                src.policy
                    .statements()
                    .iter()
                    .any(|st| st.effect() == Effect::Allow && st.matches_action(&action))
            })
        })
        .collect();
    let mut first: Vec<usize> = Vec::new();
    let mut stranded: Vec<&str> = Vec::new();
    for t in &targets {
        let arn = t.arn(account);
        let may = |i: usize| {
            let (name, s, ctx) = &resetters[i];
            *name != t.name && s.decide(&action, &arn, ctx).outcome == Outcome::Allowed
        };
        if first.iter().any(|&i| may(i)) {
            continue;
        }
        match candidates
            .iter()
            .copied()
            .find(|i| !first.contains(i) && may(*i))
        {
            Some(i) => first.push(i),
            None => stranded.push(t.name.as_str()),
        }
    }
    if stranded.is_empty() {
        return Ok(None);
    }
    Ok(Some(Finding {
        id: "LOCKOUT.4".into(),
        related: Vec::new(),
        title: "HardExpiry is on and no one but root can reset expired passwords".into(),
        severity: Severity::Medium,
        category: Category::Lockout,
        resource: account_resource(account),
        detail: format!(
            "The password policy has HardExpiry, so a user whose password expires cannot set a new one; no user or role other than root may iam:UpdateLoginProfile for: {}.",
            stranded.join(", ")
        ),
        fix: format!(
            "allow an administrator iam:UpdateLoginProfile on arn:aws:iam::{account}:user/* (for example, attach a policy with that statement to an admin group), or turn HardExpiry off (update-account-password-policy without --hard-expiry)"
        ),
        blocking: Vec::new(),
        fix_verified: None,
    }))
}

/// Every role, as a session of it would be authorized (with MFA, the most a session can have).
fn role_subjects(
    snap: &mut Snapshot,
    now: OffsetDateTime,
) -> Result<Vec<(String, Subject, RequestContext)>, CoreError> {
    let account = snap.account.clone();
    let roles = std::mem::take(&mut snap.roles);
    let mut out = Vec::with_capacity(roles.len());
    let mut result = Ok(());
    for role in &roles {
        let principal = Principal {
            kind: PrincipalKind::AssumedRole,
            arn: format!(
                "arn:aws:sts::{account}:assumed-role/{}/iamd-check",
                role.name
            ),
            account: account.clone(),
            role_arn: Some(role.arn(&account)),
            service: None,
        };
        let subject = match snap.role_subject(role, principal.clone()) {
            Ok(s) => s,
            Err(e) => {
                result = Err(e);
                break;
            }
        };
        let mut ctx = authz::request_context(&ContextFacts {
            principal: &principal,
            user_name: None,
            user_id: &format!("{}:iamd-check", role.id),
            tags: &[],
            source_ip: None,
            secure_transport: true,
            now,
        });
        add_session_keys(&mut ctx, Some(now), now, now);
        out.push((format!("role/{}", role.name), subject, ctx));
    }
    snap.roles = roles;
    result.map(|()| out)
}
