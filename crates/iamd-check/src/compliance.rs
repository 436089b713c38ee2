//! The compliance checks: Security Hub's IAM controls with their default parameters and the
//! CIS AWS Foundations Benchmark (v1.4.0 onwards numbering) on the account password policy and
//! the credentials of the root user and every IAM user, read from the credential report.
//!
//! Sources: Security Hub User Guide, "Security Hub controls for IAM" (IAM.3, IAM.4, IAM.5,
//! IAM.7, IAM.9, IAM.15, IAM.16, IAM.17, IAM.22: severities, parameters); AWS Config,
//! `iam-password-policy` and `iam-user-unused-credentials-check`. IAM.7's defaults: upper case,
//! lower case, symbols and numbers required, minimum length 8; PasswordReusePrevention and
//! MaxPasswordAge have no default and are then not evaluated.

use std::collections::HashMap;

use time::{Duration, OffsetDateTime};

use crate::rows::{self, KeySlot, Row};
use crate::{Category, Finding, Severity, account_resource};
use iamd_core::entities::{AccessKey, PasswordPolicy, name_key};
use iamd_core::error::CoreError;
use iamd_core::service::{Iam, decode};
use iamd_core::store::{Kind, Query, Store};

/// IAM.7's default MinimumPasswordLength.
const IAM7_MIN_LENGTH: u32 = 8;
/// CIS 1.8 / IAM.15.
const CIS_MIN_LENGTH: u32 = 14;
/// CIS 1.9 / IAM.16.
const CIS_REUSE: u32 = 24;
/// IAM.17: passwords expire within 90 days.
const MAX_AGE_DAYS: u32 = 90;
/// IAM.22 / CIS 1.12: credentials unused for 45 days or more.
const UNUSED_DAYS: i64 = 45;
/// IAM.3 / CIS 1.14, and the password age check.
const ROTATE_DAYS: i64 = 90;

pub(crate) async fn run<S: Store>(
    iam: &Iam<S>,
    now: OffsetDateTime,
) -> Result<Vec<Finding>, CoreError> {
    let account = iam.account_id();
    let policy = iam.password_policy().await?;
    let rows = rows::parse(&iam.credential_report_csv().await?)?;
    let key_ids = key_ids(iam).await?;
    let mut out = password_policy_findings(account, policy.as_ref());
    for row in &rows {
        let ids = if row.is_root {
            key_ids.get(iamd_core::entities::ROOT_OWNER)
        } else {
            key_ids.get(&name_key(&row.user))
        };
        let id_of = |slot: &KeySlot| {
            ids.and_then(|l| l.get(usize::from(slot.slot) - 1))
                .cloned()
                .unwrap_or_else(|| KeyId {
                    id: format!("<access key {}>", slot.slot),
                    imported: false,
                })
        };
        if row.is_root {
            out.extend(root_findings(row, &id_of));
        } else {
            out.extend(user_findings(account, row, now, &id_of));
        }
    }
    Ok(out)
}

/// An access key as a finding names it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct KeyId {
    id: String,
    /// Imported from a credential report: the id is a placeholder (`AKIAIMPORT…`) that AWS
    /// does not know, so fixes name the key by its slot instead.
    imported: bool,
}

/// Access key ids per owner, in the credential report's slot order (oldest first).
async fn key_ids<S: Store>(iam: &Iam<S>) -> Result<HashMap<String, Vec<KeyId>>, CoreError> {
    // Keys are owned by user ids; the report's rows name users: index by lower-cased name.
    let mut names: HashMap<String, String> = HashMap::new();
    for r in iam.read_records(&Query::all(Kind::User)).await?.records {
        if let Some(id) = r.reference {
            names.insert(id, r.key);
        }
    }
    let mut keys: HashMap<String, Vec<AccessKey>> = HashMap::new();
    for r in iam
        .read_records(&Query::all(Kind::AccessKey))
        .await?
        .records
    {
        let owner = r.owner.clone().unwrap_or_default();
        let owner = names.get(&owner).cloned().unwrap_or(owner);
        keys.entry(owner).or_default().push(decode(&r.data)?);
    }
    Ok(keys
        .into_iter()
        .map(|(owner, mut list)| {
            list.sort_by(|a, b| a.create_date.cmp(&b.create_date).then(a.id.cmp(&b.id)));
            let ids = list
                .into_iter()
                .map(|k| KeyId {
                    imported: iamd_core::entities::is_imported(&k.secret),
                    id: k.id,
                })
                .collect();
            (owner, ids)
        })
        .collect())
}

fn finding(
    id: &str,
    related: &[&str],
    title: &str,
    severity: Severity,
    resource: &str,
    detail: String,
    fix: String,
) -> Finding {
    Finding {
        id: id.to_string(),
        related: related.iter().map(|s| (*s).to_string()).collect(),
        title: title.to_string(),
        severity,
        category: Category::Compliance,
        resource: resource.to_string(),
        detail,
        fix,
        blocking: Vec::new(),
        fix_verified: None,
    }
}

/// The policy in effect when none is set, as UpdateAccountPasswordPolicy's defaults.
fn blank_policy() -> PasswordPolicy {
    PasswordPolicy {
        minimum_password_length: 6,
        require_symbols: false,
        require_numbers: false,
        require_uppercase_characters: false,
        require_lowercase_characters: false,
        allow_users_to_change_password: false,
        max_password_age: None,
        password_reuse_prevention: None,
        hard_expiry: None,
    }
}

/// The aws CLI command that sets `policy` (UpdateAccountPasswordPolicy replaces the whole
/// policy, so the command repeats every setting that should stay).
fn update_command(policy: &PasswordPolicy) -> String {
    let mut cmd = format!(
        "aws iam update-account-password-policy --minimum-password-length {}",
        policy.minimum_password_length
    );
    for (on, flag) in [
        (
            policy.require_uppercase_characters,
            "--require-uppercase-characters",
        ),
        (
            policy.require_lowercase_characters,
            "--require-lowercase-characters",
        ),
        (policy.require_numbers, "--require-numbers"),
        (policy.require_symbols, "--require-symbols"),
        (
            policy.allow_users_to_change_password,
            "--allow-users-to-change-password",
        ),
        (policy.hard_expiry.unwrap_or(false), "--hard-expiry"),
    ] {
        if on {
            cmd.push(' ');
            cmd.push_str(flag);
        }
    }
    if let Some(n) = policy.max_password_age {
        cmd.push_str(&format!(" --max-password-age {n}"));
    }
    if let Some(n) = policy.password_reuse_prevention {
        cmd.push_str(&format!(" --password-reuse-prevention {n}"));
    }
    cmd
}

/// The current policy changed by `change`, as a command.
fn fixed(current: Option<&PasswordPolicy>, change: impl FnOnce(&mut PasswordPolicy)) -> String {
    let mut p = current.cloned().unwrap_or_else(blank_policy);
    change(&mut p);
    format!("run `{}`", update_command(&p))
}

pub(crate) fn password_policy_findings(
    account: &str,
    policy: Option<&PasswordPolicy>,
) -> Vec<Finding> {
    let resource = account_resource(account);
    let mut out = Vec::new();
    let none = "the account has no password policy (IAM's default rules apply)";

    // IAM.7 with its default parameters.
    let weak: Vec<String> = match policy {
        None => vec![none.to_string()],
        Some(p) => {
            let mut w = Vec::new();
            if !p.require_uppercase_characters {
                w.push("RequireUppercaseCharacters is false".to_string());
            }
            if !p.require_lowercase_characters {
                w.push("RequireLowercaseCharacters is false".to_string());
            }
            if !p.require_symbols {
                w.push("RequireSymbols is false".to_string());
            }
            if !p.require_numbers {
                w.push("RequireNumbers is false".to_string());
            }
            if p.minimum_password_length < IAM7_MIN_LENGTH {
                w.push(format!(
                    "MinimumPasswordLength is {} (below {IAM7_MIN_LENGTH})",
                    p.minimum_password_length
                ));
            }
            w
        }
    };
    if !weak.is_empty() {
        out.push(finding(
            "IAM.7",
            &[],
            "Password policies for IAM users should have strong configurations",
            Severity::Medium,
            &resource,
            format!("The password policy is weak: {}.", weak.join("; ")),
            fixed(policy, |p| {
                p.require_uppercase_characters = true;
                p.require_lowercase_characters = true;
                p.require_symbols = true;
                p.require_numbers = true;
                p.minimum_password_length = p.minimum_password_length.max(IAM7_MIN_LENGTH);
            }),
        ));
    }

    let length = policy.map(|p| p.minimum_password_length);
    if length.is_none_or(|n| n < CIS_MIN_LENGTH) {
        out.push(finding(
            "IAM.15",
            &["CIS 1.8"],
            "Ensure IAM password policy requires minimum password length of 14 or greater",
            Severity::Medium,
            &resource,
            match length {
                Some(n) => format!("MinimumPasswordLength is {n}, below {CIS_MIN_LENGTH}."),
                None => format!("{none}: no minimum length of {CIS_MIN_LENGTH} is required."),
            },
            fixed(policy, |p| p.minimum_password_length = CIS_MIN_LENGTH),
        ));
    }

    let reuse = policy.and_then(|p| p.password_reuse_prevention);
    if reuse.is_none_or(|n| n < CIS_REUSE) {
        out.push(finding(
            "IAM.16",
            &["CIS 1.9"],
            "Ensure IAM password policy prevents password reuse",
            Severity::Low,
            &resource,
            match reuse {
                Some(n) => format!("PasswordReusePrevention is {n}, below {CIS_REUSE}."),
                None if policy.is_some() => {
                    "PasswordReusePrevention is not set: users may reuse earlier passwords."
                        .to_string()
                }
                None => format!("{none}: users may reuse earlier passwords."),
            },
            fixed(policy, |p| p.password_reuse_prevention = Some(CIS_REUSE)),
        ));
    }

    let max_age = policy.and_then(|p| p.max_password_age);
    if max_age.is_none_or(|n| n > MAX_AGE_DAYS) {
        out.push(finding(
            "IAM.17",
            &["CIS 1.11 (v1.2.0)"],
            "Ensure IAM password policy expires passwords within 90 days or less",
            Severity::Low,
            &resource,
            match max_age {
                Some(n) => format!("MaxPasswordAge is {n} days, above {MAX_AGE_DAYS}."),
                None => "Passwords never expire (MaxPasswordAge is not set).".to_string(),
            },
            fixed(policy, |p| p.max_password_age = Some(MAX_AGE_DAYS)),
        ));
    }
    out
}

fn root_findings(row: &Row, id_of: &dyn Fn(&KeySlot) -> KeyId) -> Vec<Finding> {
    let mut out = Vec::new();
    let keys: Vec<(u8, KeyId)> = row
        .keys
        .iter()
        .filter(|k| k.active)
        .map(|k| (k.slot, id_of(k)))
        .collect();
    let active: Vec<String> = keys.iter().map(|(_, k)| k.id.clone()).collect();
    if !active.is_empty() {
        out.push(finding(
            "IAM.4",
            &["CIS 1.4"],
            "IAM root user access key should not exist",
            Severity::Critical,
            &row.arn,
            format!(
                "The root user has {} active access key{}: {}.",
                active.len(),
                if active.len() == 1 { "" } else { "s" },
                active.join(", ")
            ),
            format!(
                "give administrators IAM users or roles instead, then delete the root user's keys as root: {}",
                keys.iter()
                    .map(|(slot, k)| if k.imported {
                        format!("access key {slot} in AWS (Security credentials → Access keys; {} is the import's placeholder for it)", k.id)
                    } else {
                        format!("`aws iam delete-access-key --access-key-id {}`", k.id)
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    if !row.mfa_active {
        out.push(finding(
            "IAM.9",
            &["CIS 1.5"],
            "MFA should be enabled for the root user",
            Severity::Critical,
            &row.arn,
            "The root user has no MFA device.".to_string(),
            "sign in to the console as the root user and assign a virtual MFA device (Security credentials → Assign MFA device)".to_string(),
        ));
    }
    out
}

fn older_than(t: OffsetDateTime, now: OffsetDateTime, days: i64) -> bool {
    now - t > Duration::days(days)
}

fn at_least(t: OffsetDateTime, now: OffsetDateTime, days: i64) -> bool {
    now - t >= Duration::days(days)
}

fn day(t: OffsetDateTime) -> String {
    t.date().to_string()
}

/// A shell word: as is when safe, else single-quoted (IAM names may hold `,` `=` `+` `@`).
pub(crate) fn sh(word: &str) -> String {
    if !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-.@+=/:".contains(c))
    {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

fn user_findings(
    account: &str,
    row: &Row,
    now: OffsetDateTime,
    id_of: &dyn Fn(&KeySlot) -> KeyId,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let user = sh(&row.user);

    if row.password_enabled && !row.mfa_active {
        out.push(finding(
            "IAM.5",
            &["CIS 1.10"],
            "MFA should be enabled for all IAM users that have a console password",
            Severity::Medium,
            &row.arn,
            format!("{} has a console password and no MFA device.", row.user),
            format!(
                "have {} assign a virtual MFA device (`aws iam create-virtual-mfa-device --virtual-mfa-device-name {user} --outfile qr.png --bootstrap-method QRCodePNG`, then `aws iam enable-mfa-device --user-name {user} --serial-number arn:aws:iam::{account}:mfa/{user} --authentication-code1 … --authentication-code2 …`)",
                row.user
            ),
        ));
    }

    // IAM.22: a credential never used counts from its creation.
    let mut unused = Vec::new();
    let mut unused_fix = Vec::new();
    if row.password_enabled {
        let since = row.password_last_used.or(row.password_last_changed);
        if let Some(t) = since
            && at_least(t, now, UNUSED_DAYS)
        {
            unused.push(match row.password_last_used {
                Some(t) => format!("the console password was last used on {}", day(t)),
                None => format!(
                    "the console password, set on {}, was never used",
                    day(row.password_last_changed.unwrap_or(t))
                ),
            });
            unused_fix.push(format!("`aws iam delete-login-profile --user-name {user}`"));
        }
    }
    for k in row.keys.iter().filter(|k| k.active) {
        let since = k.last_used.or(k.last_rotated);
        if let Some(t) = since
            && at_least(t, now, UNUSED_DAYS)
        {
            let key = id_of(k);
            let id = &key.id;
            unused.push(match k.last_used {
                Some(t) => format!("access key {id} was last used on {}", day(t)),
                None => format!("access key {id}, created on {}, was never used", day(t)),
            });
            unused_fix.push(if key.imported {
                format!(
                    "deactivate access key {} of {} in AWS (`aws iam list-access-keys --user-name {user}` there gives its id; {id} is the import's placeholder)",
                    k.slot, row.user
                )
            } else {
                format!(
                    "`aws iam update-access-key --user-name {user} --access-key-id {id} --status Inactive`"
                )
            });
        }
    }
    if !unused.is_empty() {
        out.push(finding(
            "IAM.22",
            &["CIS 1.12"],
            "IAM user credentials unused for 45 days should be removed",
            Severity::Medium,
            &row.arn,
            format!(
                "Unused for {UNUSED_DAYS} days or more: {}.",
                unused.join("; ")
            ),
            format!("remove or deactivate them: {}", unused_fix.join(", ")),
        ));
    }

    for k in row.keys.iter().filter(|k| k.active) {
        if let Some(t) = k.last_rotated
            && older_than(t, now, ROTATE_DAYS)
        {
            let key = id_of(k);
            let id = &key.id;
            let fix = if key.imported {
                format!(
                    "rotate access key {} of {} in AWS: `aws iam create-access-key --user-name {user}`, move its users to the new key, then deactivate and delete the old one (`aws iam list-access-keys --user-name {user}` there gives its id; {id} is the import's placeholder)",
                    k.slot, row.user
                )
            } else {
                format!(
                    "rotate it: `aws iam create-access-key --user-name {user}`, move its users to the new key, then `aws iam update-access-key --user-name {user} --access-key-id {id} --status Inactive` and `aws iam delete-access-key --user-name {user} --access-key-id {id}`"
                )
            };
            out.push(finding(
                "IAM.3",
                &["CIS 1.14"],
                "IAM users' access keys should be rotated every 90 days or less",
                Severity::Medium,
                &row.arn,
                format!(
                    "Access key {id} of {} was created on {} ({} days ago).",
                    row.user,
                    day(t),
                    (now - t).whole_days()
                ),
                fix,
            ));
        }
    }

    if row.password_enabled
        && let Some(t) = row.password_last_changed
        && older_than(t, now, ROTATE_DAYS)
    {
        out.push(finding(
            "IAMD.1",
            &["CIS 1.11 (v1.2.0)"],
            "IAM user passwords should be changed every 90 days or less",
            Severity::Medium,
            &row.arn,
            format!(
                "The console password of {} was last changed on {} ({} days ago).",
                row.user,
                day(t),
                (now - t).whole_days()
            ),
            format!(
                "reset it and require a new one at next sign-in: `aws iam update-login-profile --user-name {user} --password <temporary password> --password-reset-required` (and set MaxPasswordAge so passwords expire)"
            ),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strong() -> PasswordPolicy {
        PasswordPolicy {
            minimum_password_length: 14,
            require_symbols: true,
            require_numbers: true,
            require_uppercase_characters: true,
            require_lowercase_characters: true,
            allow_users_to_change_password: true,
            max_password_age: Some(90),
            password_reuse_prevention: Some(24),
            hard_expiry: None,
        }
    }

    fn ids(f: &[Finding]) -> Vec<&str> {
        f.iter().map(|f| f.id.as_str()).collect()
    }

    #[test]
    fn a_strong_policy_passes_every_policy_check() {
        assert!(password_policy_findings("123456789012", Some(&strong())).is_empty());
    }

    #[test]
    fn no_policy_fails_iam7_and_the_cis_checks() {
        let f = password_policy_findings("123456789012", None);
        assert_eq!(ids(&f), ["IAM.7", "IAM.15", "IAM.16", "IAM.17"]);
        assert_eq!(f[0].resource, "AWS::::Account:123456789012");
        assert!(
            f[1].fix.contains("--minimum-password-length 14"),
            "{}",
            f[1].fix
        );
    }

    #[test]
    fn iam7_uses_its_default_parameters() {
        // Length 8 passes IAM.7 (its default) but not CIS 1.8; reuse and age are not IAM.7's.
        let p = PasswordPolicy {
            minimum_password_length: 8,
            password_reuse_prevention: None,
            max_password_age: None,
            ..strong()
        };
        assert_eq!(
            ids(&password_policy_findings("1", Some(&p))),
            ["IAM.15", "IAM.16", "IAM.17"]
        );
        let p = PasswordPolicy {
            require_symbols: false,
            minimum_password_length: 7,
            ..strong()
        };
        let f = password_policy_findings("1", Some(&p));
        assert_eq!(ids(&f), ["IAM.7", "IAM.15"]);
        assert!(f[0].detail.contains("RequireSymbols is false"));
        assert!(f[0].detail.contains("MinimumPasswordLength is 7"));
        // The fix keeps the settings that were right.
        assert!(
            f[0].fix.contains("--password-reuse-prevention 24"),
            "{}",
            f[0].fix
        );
        assert!(f[0].fix.contains("--require-symbols"));
        assert!(f[0].fix.contains("--minimum-password-length 8"));
    }

    #[test]
    fn imported_keys_are_fixed_in_aws_not_by_their_placeholder_id() {
        let now = OffsetDateTime::UNIX_EPOCH + Duration::days(20_000);
        let old = Some(now - Duration::days(200));
        let slot = |slot| KeySlot {
            slot,
            active: true,
            last_rotated: old,
            last_used: None,
        };
        let row = Row {
            user: "bella".into(),
            arn: "arn:aws:iam::123456789012:user/bella".into(),
            is_root: false,
            created: old,
            password_enabled: false,
            password_last_used: None,
            password_last_changed: None,
            mfa_active: false,
            keys: [slot(1), slot(2)],
        };
        let imported = |k: &KeySlot| KeyId {
            id: format!("AKIAIMPORTAAAAAAAAA{}", k.slot),
            imported: true,
        };
        let f = user_findings("123456789012", &row, now, &imported);
        assert_eq!(ids(&f), ["IAM.22", "IAM.3", "IAM.3"]);
        for f in &f {
            assert!(!f.fix.contains("--access-key-id AKIAIMPORT"), "{}", f.fix);
            assert!(f.detail.contains("AKIAIMPORTAAAAAAAAA"), "{}", f.detail);
        }
        assert!(f[0].fix.contains("deactivate access key 1 of bella in AWS"));
        assert!(f[0].fix.contains("access key 2 of bella"));
        assert!(f[1].fix.starts_with("rotate access key 1 of bella in AWS"));
        assert!(f[2].fix.starts_with("rotate access key 2 of bella in AWS"));

        // A key created here keeps the commands with its id.
        let own = |k: &KeySlot| KeyId {
            id: format!("AKIAOWNKEYAAAAAAAAA{}", k.slot),
            imported: false,
        };
        let f = user_findings("123456789012", &row, now, &own);
        assert!(
            f[1].fix.contains(
                "update-access-key --user-name bella --access-key-id AKIAOWNKEYAAAAAAAAA1"
            ),
            "{}",
            f[1].fix
        );
        let root = Row {
            is_root: true,
            mfa_active: true,
            ..row
        };
        let f = root_findings(&root, &imported);
        assert_eq!(ids(&f), ["IAM.4"]);
        assert!(
            !f[0].fix.contains("--access-key-id AKIAIMPORT"),
            "{}",
            f[0].fix
        );
    }

    #[test]
    fn names_are_quoted_for_the_shell() {
        assert_eq!(sh("alice"), "alice");
        assert_eq!(sh("a,b"), "'a,b'");
    }
}
