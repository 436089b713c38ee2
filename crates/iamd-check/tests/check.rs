//! Compliance checks and the lockout analyzer against a real SQLite store, with the clock
//! injected.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers outside #[test] functions fail loudly by design"
)]

use std::sync::Arc;

use iamd_check::{Category, CheckOptions, Finding, IamLockoutWatch, Report, Severity, run_checks};
use iamd_core::clock::ManualClock;
use iamd_core::entities::OwnerKind;
use iamd_core::ops::passwords::{Password, PasswordPolicyInput};
use iamd_core::secrets::MasterKey;
use iamd_core::{Caller, Iam};
use iamd_policy::{Principal, PrincipalKind, RequestContext};
use iamd_store::SqliteStore;
use tempfile::TempDir;
use time::{Duration, OffsetDateTime};

const ACCOUNT: &str = "123456789012";
const PASSWORD: &str = "Str0ng!Passw0rd-2024";

/// The seed's MFA-enforcing statement (S2), with the self-service MFA Allows beside it.
fn mfa_force(extra_not_action: &[&str]) -> String {
    let mut not_action = vec![
        "iam:CreateVirtualMFADevice",
        "iam:EnableMFADevice",
        "iam:ListMFADevices",
        "iam:ListUsers",
        "iam:ListVirtualMFADevices",
        "iam:ResyncMFADevice",
    ];
    not_action.extend_from_slice(extra_not_action);
    serde_json::json!({
        "Version": "2012-10-17",
        "Statement": [
            {"Sid": "AllowManageOwnVirtualMFADevice", "Effect": "Allow",
             "Action": "iam:CreateVirtualMFADevice", "Resource": "arn:aws:iam::*:mfa/*"},
            {"Sid": "AllowManageOwnUserMFA", "Effect": "Allow",
             "Action": ["iam:EnableMFADevice", "iam:ListMFADevices", "iam:ResyncMFADevice"],
             "Resource": "arn:aws:iam::*:user/${aws:username}"},
            {"Sid": "DenyAllExceptListedIfNoMFA", "Effect": "Deny",
             "NotAction": not_action, "Resource": "*",
             "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}
        ]
    })
    .to_string()
}

struct Fixture {
    _dir: TempDir,
    clock: Arc<ManualClock>,
    iam: Arc<Iam<SqliteStore>>,
}

fn start() -> OffsetDateTime {
    OffsetDateTime::UNIX_EPOCH + Duration::days(20_000)
}

async fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).await.unwrap();
    let clock = Arc::new(ManualClock::new(start()));
    let iam = Iam::open(
        store,
        MasterKey::from_bytes("k1", &[7; 32]),
        clock.clone(),
        ACCOUNT,
    )
    .await
    .unwrap();
    Fixture {
        _dir: dir,
        clock,
        iam: Arc::new(iam),
    }
}

fn root() -> Caller {
    Caller {
        principal: Principal {
            kind: PrincipalKind::Root,
            arn: format!("arn:aws:iam::{ACCOUNT}:root"),
            account: ACCOUNT.into(),
            role_arn: None,
            service: None,
        },
        user: None,
        access_key_id: "AKIAROOTROOTROOTROOT".into(),
        context: RequestContext::new(),
        session: None,
    }
}

async fn check(f: &Fixture) -> Report {
    run_checks(&f.iam, &CheckOptions::all(f.iam.now()))
        .await
        .unwrap()
}

fn with_id<'a>(r: &'a Report, id: &str) -> Vec<&'a Finding> {
    r.findings.iter().filter(|f| f.id == id).collect()
}

fn user_arn(name: &str) -> String {
    format!("arn:aws:iam::{ACCOUNT}:user/{name}")
}

async fn set_policy(f: &Fixture, input: PasswordPolicyInput) {
    f.iam
        .update_account_password_policy(&root(), input)
        .await
        .unwrap();
}

/// A user with a console password (reset required or not).
async fn console_user(f: &Fixture, name: &str, reset_required: bool) {
    f.iam
        .create_user(&root(), name, None, None, Vec::new())
        .await
        .unwrap();
    f.iam
        .create_login_profile(
            &root(),
            Some(name),
            Some(Password::new(PASSWORD.into())),
            reset_required,
        )
        .await
        .unwrap();
}

/// Seed S2: a group with the MFA-enforcing policy and a new member who must change their
/// password at first sign-in.
async fn s2(f: &Fixture, allow_users_to_change: bool) {
    set_policy(
        f,
        PasswordPolicyInput {
            allow_users_to_change_password: Some(allow_users_to_change),
            ..PasswordPolicyInput::default()
        },
    )
    .await;
    f.iam
        .create_group(&root(), "developers", None)
        .await
        .unwrap();
    f.iam
        .put_inline_policy(
            &root(),
            OwnerKind::Group,
            "developers",
            "mfa-force",
            &mfa_force(&[]),
        )
        .await
        .unwrap();
    console_user(f, "newbie", true).await;
    f.iam
        .add_user_to_group(&root(), "developers", "newbie")
        .await
        .unwrap();
}

#[tokio::test]
async fn the_s2_trap_is_found_with_its_statement_and_fix() {
    let f = fixture().await;
    s2(&f, true).await;
    let r = check(&f).await;
    let trap = with_id(&r, "LOCKOUT.1");
    assert_eq!(trap.len(), 1, "{:#?}", r.findings);
    let trap = trap[0];
    assert_eq!(trap.resource, user_arn("newbie"));
    assert_eq!(trap.severity, Severity::High);
    assert_eq!(trap.category, Category::Lockout);
    assert_eq!(trap.blocking.len(), 1);
    let b = &trap.blocking[0];
    assert_eq!(b.policy, "mfa-force");
    assert_eq!(b.attached, "inline policy of group developers");
    assert_eq!(b.statement.as_deref(), Some("DenyAllExceptListedIfNoMFA"));
    assert_eq!(
        trap.fix,
        "add iam:ChangePassword to NotAction of statement DenyAllExceptListedIfNoMFA in inline policy mfa-force of group developers"
    );
    assert_eq!(trap.fix_verified, Some(true));
    assert!(
        trap.detail.contains("PasswordResetRequired"),
        "{}",
        trap.detail
    );
    // The same Deny hides the password policy the new password must satisfy.
    let unreadable = with_id(&r, "LOCKOUT.3");
    assert_eq!(unreadable.len(), 1);
    assert!(
        unreadable[0]
            .fix
            .contains("add iam:GetAccountPasswordPolicy to NotAction")
    );
    // The MFA actions are in NotAction and allowed: enrolment works.
    assert!(with_id(&r, "LOCKOUT.2").is_empty(), "{:#?}", r.findings);
}

#[tokio::test]
async fn the_fixed_s2_policy_passes() {
    let f = fixture().await;
    s2(&f, true).await;
    f.iam
        .put_inline_policy(
            &root(),
            OwnerKind::Group,
            "developers",
            "mfa-force",
            &mfa_force(&["iam:ChangePassword", "iam:GetAccountPasswordPolicy"]),
        )
        .await
        .unwrap();
    let r = check(&f).await;
    assert_eq!(r.lockouts().count(), 0, "{:#?}", r.findings);
}

#[tokio::test]
async fn without_allow_users_to_change_password_the_fix_adds_the_grant() {
    let f = fixture().await;
    s2(&f, false).await;
    let r = check(&f).await;
    let trap = with_id(&r, "LOCKOUT.1");
    assert_eq!(trap.len(), 1, "{:#?}", r.findings);
    assert_eq!(
        trap[0].fix,
        "add iam:ChangePassword to NotAction of statement DenyAllExceptListedIfNoMFA in inline policy mfa-force of group developers; and attach IAMUserChangePassword (arn:aws:iam::aws:policy/IAMUserChangePassword) or enable AllowUsersToChangePassword in the account password policy"
    );
    assert_eq!(trap[0].fix_verified, Some(true));
    // Applying both halves of the fix resolves it.
    f.iam
        .put_inline_policy(
            &root(),
            OwnerKind::Group,
            "developers",
            "mfa-force",
            &mfa_force(&["iam:ChangePassword"]),
        )
        .await
        .unwrap();
    f.iam
        .attach_policy(
            &root(),
            OwnerKind::User,
            "newbie",
            "arn:aws:iam::aws:policy/IAMUserChangePassword",
        )
        .await
        .unwrap();
    let r = check(&f).await;
    assert!(with_id(&r, "LOCKOUT.1").is_empty(), "{:#?}", r.findings);
}

#[tokio::test]
async fn a_user_who_need_not_change_their_password_is_not_flagged() {
    let f = fixture().await;
    s2(&f, true).await;
    console_user(&f, "settled", false).await;
    f.iam
        .add_user_to_group(&root(), "developers", "settled")
        .await
        .unwrap();
    let r = check(&f).await;
    assert!(
        r.lockouts().all(|l| l.resource != user_arn("settled")),
        "{:#?}",
        r.findings
    );
}

#[tokio::test]
async fn a_deny_with_action_is_narrowed_and_a_wildcard_is_left_unverified() {
    let f = fixture().await;
    set_policy(
        &f,
        PasswordPolicyInput {
            allow_users_to_change_password: Some(true),
            ..PasswordPolicyInput::default()
        },
    )
    .await;
    console_user(&f, "listed", true).await;
    let listed = r#"{"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":"iam:GetAccountPasswordPolicy","Resource":"*"},
        {"Effect":"Deny","Action":["iam:CreateAccessKey","iam:ChangePassword"],"Resource":"*"}]}"#;
    f.iam
        .put_inline_policy(&root(), OwnerKind::User, "listed", "no-keys", listed)
        .await
        .unwrap();
    console_user(&f, "wild", true).await;
    let wild = r#"{"Version":"2012-10-17","Statement":[
        {"Sid":"NoIam","Effect":"Deny","Action":["iam:*","s3:*"],"Resource":"*"}]}"#;
    f.iam
        .put_inline_policy(&root(), OwnerKind::User, "wild", "no-iam", wild)
        .await
        .unwrap();
    let r = check(&f).await;
    let trap = |user: &str| {
        r.findings
            .iter()
            .find(|x| x.id == "LOCKOUT.1" && x.resource == user_arn(user))
            .unwrap_or_else(|| panic!("no LOCKOUT.1 for {user}: {:#?}", r.findings))
    };
    let listed = trap("listed");
    assert_eq!(listed.blocking[0].statement.as_deref(), Some("#2"));
    assert_eq!(listed.blocking[0].attached, "inline policy of user listed");
    assert_eq!(
        listed.fix,
        "remove iam:ChangePassword from Action of statement #2 (no Sid) in inline policy no-keys of user listed"
    );
    assert_eq!(listed.fix_verified, Some(true));
    let wild = trap("wild");
    assert_eq!(wild.blocking[0].statement.as_deref(), Some("NoIam"));
    assert_eq!(wild.fix_verified, Some(false));
    assert!(
        wild.fix
            .starts_with("review (not verified): narrow statement NoIam"),
        "{}",
        wild.fix
    );
}

#[tokio::test]
async fn implicit_deny_suggests_the_change_password_grant() {
    let f = fixture().await;
    console_user(&f, "plain", true).await;
    let r = check(&f).await;
    let trap = with_id(&r, "LOCKOUT.1");
    assert_eq!(trap.len(), 1, "{:#?}", r.findings);
    assert!(trap[0].blocking.is_empty());
    assert!(
        trap[0].detail.contains("no policy allows it"),
        "{}",
        trap[0].detail
    );
    assert!(
        trap[0].fix.starts_with("attach IAMUserChangePassword"),
        "{}",
        trap[0].fix
    );
    assert_eq!(trap[0].fix_verified, Some(true));
    // The account-level grant resolves it.
    set_policy(
        &f,
        PasswordPolicyInput {
            allow_users_to_change_password: Some(true),
            ..PasswordPolicyInput::default()
        },
    )
    .await;
    let r = check(&f).await;
    assert!(with_id(&r, "LOCKOUT.1").is_empty(), "{:#?}", r.findings);
    assert!(with_id(&r, "LOCKOUT.3").is_empty(), "{:#?}", r.findings);
}

#[tokio::test]
async fn an_mfa_enforcing_policy_that_blocks_enrolment_is_found() {
    let f = fixture().await;
    console_user(&f, "enrol", false).await;
    let deny = r#"{"Version":"2012-10-17","Statement":[{"Sid":"NoMfaNoService","Effect":"Deny",
        "NotAction":["iam:ListMFADevices"],"Resource":"*",
        "Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}"#;
    f.iam
        .put_inline_policy(&root(), OwnerKind::User, "enrol", "force", deny)
        .await
        .unwrap();
    let r = check(&f).await;
    let found = with_id(&r, "LOCKOUT.2");
    assert_eq!(found.len(), 1, "{:#?}", r.findings);
    let found = found[0];
    assert_eq!(found.resource, user_arn("enrol"));
    assert!(
        found
            .detail
            .contains("iam:CreateVirtualMFADevice and iam:EnableMFADevice")
    );
    assert!(
        found.fix.starts_with(
            "add iam:CreateVirtualMFADevice, iam:EnableMFADevice to NotAction of statement NoMfaNoService in inline policy force of user enrol; and allow self-service MFA"
        ),
        "{}",
        found.fix
    );
    assert_eq!(found.fix_verified, Some(true));
}

#[tokio::test]
async fn hard_expiry_without_anyone_to_reset_passwords_is_found() {
    let f = fixture().await;
    set_policy(
        &f,
        PasswordPolicyInput {
            max_password_age: Some(90),
            hard_expiry: Some(true),
            allow_users_to_change_password: Some(true),
            ..PasswordPolicyInput::default()
        },
    )
    .await;
    console_user(&f, "worker", false).await;
    let r = check(&f).await;
    let found = with_id(&r, "LOCKOUT.4");
    assert_eq!(found.len(), 1, "{:#?}", r.findings);
    assert_eq!(found[0].resource, format!("AWS::::Account:{ACCOUNT}"));
    assert!(found[0].detail.contains("worker"));

    // An administrator who may reset passwords resolves it.
    f.iam
        .create_user(&root(), "admin", None, None, Vec::new())
        .await
        .unwrap();
    f.iam
        .attach_policy(
            &root(),
            OwnerKind::User,
            "admin",
            "arn:aws:iam::aws:policy/AdministratorAccess",
        )
        .await
        .unwrap();
    let r = check(&f).await;
    assert!(with_id(&r, "LOCKOUT.4").is_empty(), "{:#?}", r.findings);
}

#[tokio::test]
async fn a_password_older_than_90_days_is_found_by_the_injected_clock() {
    let f = fixture().await;
    console_user(&f, "old-timer", false).await;
    f.clock.advance(Duration::days(90));
    assert!(with_id(&check(&f).await, "IAMD.1").is_empty());
    f.clock.advance(Duration::days(1));
    let r = check(&f).await;
    let old = with_id(&r, "IAMD.1");
    assert_eq!(old.len(), 1, "{:#?}", r.findings);
    assert_eq!(old[0].resource, user_arn("old-timer"));
    assert!(old[0].detail.contains("91 days ago"), "{}", old[0].detail);
    assert!(
        old[0]
            .fix
            .contains("update-login-profile --user-name old-timer")
    );
    // A new password clears it.
    f.iam
        .update_login_profile(
            &root(),
            "old-timer",
            Some(Password::new("An0ther!Passw0rd-99".into())),
            None,
        )
        .await
        .unwrap();
    assert!(with_id(&check(&f).await, "IAMD.1").is_empty());
}

#[tokio::test]
async fn a_weak_password_policy_fails_iam7_and_the_cis_checks() {
    let f = fixture().await;
    set_policy(
        &f,
        PasswordPolicyInput {
            minimum_password_length: Some(6),
            require_numbers: Some(true),
            password_reuse_prevention: Some(5),
            max_password_age: Some(90),
            ..PasswordPolicyInput::default()
        },
    )
    .await;
    let r = check(&f).await;
    let iam7 = with_id(&r, "IAM.7");
    assert_eq!(iam7.len(), 1);
    for part in [
        "RequireUppercaseCharacters is false",
        "RequireLowercaseCharacters is false",
        "RequireSymbols is false",
        "MinimumPasswordLength is 6",
    ] {
        assert!(iam7[0].detail.contains(part), "{}", iam7[0].detail);
    }
    assert!(!iam7[0].detail.contains("RequireNumbers"));
    assert_eq!(iam7[0].severity, Severity::Medium);
    let length = with_id(&r, "IAM.15");
    assert_eq!(length.len(), 1);
    assert_eq!(length[0].related, ["CIS 1.8"]);
    let reuse = with_id(&r, "IAM.16");
    assert_eq!(reuse.len(), 1);
    assert_eq!(reuse[0].related, ["CIS 1.9"]);
    assert_eq!(reuse[0].severity, Severity::Low);
    assert!(with_id(&r, "IAM.17").is_empty());

    set_policy(
        &f,
        PasswordPolicyInput {
            minimum_password_length: Some(14),
            require_numbers: Some(true),
            require_symbols: Some(true),
            require_uppercase_characters: Some(true),
            require_lowercase_characters: Some(true),
            password_reuse_prevention: Some(24),
            max_password_age: Some(90),
            allow_users_to_change_password: Some(true),
            hard_expiry: None,
        },
    )
    .await;
    let r = check(&f).await;
    for id in ["IAM.7", "IAM.15", "IAM.16", "IAM.17"] {
        assert!(with_id(&r, id).is_empty(), "{id}: {:#?}", r.findings);
    }
}

#[tokio::test]
async fn keys_mfa_and_unused_credentials_are_checked_by_age() {
    let f = fixture().await;
    f.iam.ensure_root_key(None).await.unwrap();
    console_user(&f, "idle", false).await;
    let key = f
        .iam
        .create_access_key(&root(), Some("idle"))
        .await
        .unwrap();
    let r = check(&f).await;
    assert_eq!(with_id(&r, "IAM.4").len(), 1);
    assert_eq!(with_id(&r, "IAM.4")[0].severity, Severity::Critical);
    assert_eq!(with_id(&r, "IAM.9").len(), 1);
    let mfa = with_id(&r, "IAM.5");
    assert_eq!(mfa.len(), 1);
    assert_eq!(mfa[0].resource, user_arn("idle"));
    assert!(with_id(&r, "IAM.22").is_empty());
    assert!(with_id(&r, "IAM.3").is_empty());

    // Never used: counted from creation (45 days), then rotation (over 90 days).
    f.clock.advance(Duration::days(45));
    let r = check(&f).await;
    let unused = with_id(&r, "IAM.22");
    assert_eq!(unused.len(), 1, "{:#?}", r.findings);
    assert!(unused[0].detail.contains("was never used"));
    assert!(
        unused[0].detail.contains(&key.access_key_id),
        "{}",
        unused[0].detail
    );
    assert!(
        unused[0]
            .fix
            .contains("delete-login-profile --user-name idle")
    );
    f.clock.advance(Duration::days(46));
    let r = check(&f).await;
    let old = with_id(&r, "IAM.3");
    assert_eq!(old.len(), 1, "{:#?}", r.findings);
    assert!(old[0].detail.contains(&key.access_key_id));
    assert_eq!(old[0].related, ["CIS 1.14"]);
}

#[tokio::test]
async fn findings_are_ordered_and_serialize_for_the_console() {
    let f = fixture().await;
    f.iam.ensure_root_key(None).await.unwrap();
    s2(&f, true).await;
    let r = check(&f).await;
    let severities: Vec<Severity> = r.findings.iter().map(|x| x.severity).collect();
    let mut sorted = severities.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(severities, sorted);
    assert_eq!(r.findings[0].id, "IAM.4");
    assert!(r.fails_at(Severity::Critical));
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["findings"][0]["severity"], "CRITICAL");
    assert_eq!(json["summary"]["total"], r.findings.len());
    let back: Report = serde_json::from_value(json).unwrap();
    assert_eq!(back, r);
}

#[tokio::test]
async fn the_watch_keeps_the_latest_report_and_reports_new_lockouts_once() {
    let f = fixture().await;
    let mut seen = std::collections::HashSet::new();
    assert!(f.iam.lockout_watch().latest().is_none());
    let fresh = iamd_check::watch::analyze_now(&f.iam, &mut seen).await;
    assert!(fresh.is_empty());
    s2(&f, true).await;
    let fresh = iamd_check::watch::analyze_now(&f.iam, &mut seen).await;
    assert!(fresh.iter().any(|x| x.id == "LOCKOUT.1"), "{fresh:#?}");
    let again = iamd_check::watch::analyze_now(&f.iam, &mut seen).await;
    assert!(again.is_empty(), "{again:#?}");
    let latest = f.iam.lockout_watch().latest().unwrap();
    assert!(latest.lockouts().any(|x| x.id == "LOCKOUT.1"));
    assert!(iamd_check::triggers_analysis("PutGroupPolicy"));
    assert!(!iamd_check::triggers_analysis("GetUser"));
}

/// The lockout findings of the watch's latest report.
fn latest_lockouts(f: &Fixture) -> usize {
    f.iam
        .lockout_watch()
        .latest()
        .map_or(0, |r| r.lockouts().count())
}

#[tokio::test]
async fn a_published_change_wakes_the_watcher_and_a_read_does_not() {
    let f = fixture().await;
    let watcher = tokio::spawn(iamd_check::watch_lockouts(f.iam.clone()));
    for _ in 0..200 {
        if f.iam.lockout_watch().latest().is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    assert_eq!(
        latest_lockouts(&f),
        0,
        "no first run, or a lockout before any change"
    );
    // Operations called on `Iam` directly publish nothing: only the front doors do.
    s2(&f, true).await;
    f.iam.publish_change("GetUser");
    // Longer than the watcher's settling time: a run now would have found the lockout.
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    assert_eq!(latest_lockouts(&f), 0, "a read re-ran the analysis");
    f.iam.publish_change("PutGroupPolicy");
    for _ in 0..400 {
        if latest_lockouts(&f) > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    assert!(
        latest_lockouts(&f) > 0,
        "the change did not wake the watcher"
    );
    watcher.abort();
}
