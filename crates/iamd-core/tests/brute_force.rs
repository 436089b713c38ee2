//! Brute-force protection against a real SQLite store, with the clock injected: console
//! passwords and MFA codes are counted per user and per address before anything is checked,
//! locks grow and end, an administrator lifts them, two services on one store share them, the
//! records guessers leave are bounded, and the password work a bad request can cause is bounded
//! too. Also: console sessions end when the password is reset or removed.

#![expect(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers outside #[test] functions fail loudly by design"
)]

use std::path::Path;
use std::sync::Arc;

use iamd_core::clock::ManualClock;
use iamd_core::ops::console::{
    BrowserOrigin, ConsoleSession, MFA_TRIES_PER_SIGN_IN, MfaCheck, SessionToken, SignIn,
    SignInForm, Stage,
};
use iamd_core::ops::passwords::{Password, PasswordPolicyInput, hash_checks_done};
use iamd_core::ops::throttle::{LockoutPolicy, Subject};
use iamd_core::store::{Kind, Store};
use iamd_core::totp::{Seed, step_at};
use iamd_core::{CoreError, Iam};
use iamd_store::SqliteStore;
use time::Duration;

pub mod common;
use common::{ACCOUNT, Fixture, root};

const PASSWORD: &str = "Str0ng!Passw0rd-2024";

async fn open(dir: &Path, clock: Arc<ManualClock>, policy: LockoutPolicy) -> Iam<SqliteStore> {
    let store = SqliteStore::open(dir).await.unwrap();
    common::open(store, clock).await.with_lockout_policy(policy)
}

async fn fixture_with(policy: LockoutPolicy) -> Fixture {
    let f = common::fixture_at(common::in_totp_step()).await;
    Fixture {
        iam: f.iam.with_lockout_policy(policy),
        ..f
    }
}

async fn fixture() -> Fixture {
    fixture_with(LockoutPolicy::default()).await
}

fn from(ip: &str) -> BrowserOrigin {
    BrowserOrigin {
        source_ip: ip.into(),
        user_agent: "test-browser".into(),
        secure_transport: false,
    }
}

const HOME: &str = "192.0.2.10";

async fn user_with_password(iam: &Iam<SqliteStore>, name: &str) {
    iam.create_user(&root(), name, None, None, Vec::new())
        .await
        .unwrap();
    iam.create_login_profile(
        &root(),
        Some(name),
        Some(Password::new(PASSWORD.into())),
        false,
    )
    .await
    .unwrap();
}

async fn sign_in_from(iam: &Iam<SqliteStore>, user: &str, password: &str, ip: &str) -> SignIn {
    let password = Password::new(password.into());
    iam.console_sign_in(
        &SignInForm {
            account: ACCOUNT,
            user_name: Some(user),
            password: &password,
        },
        &from(ip),
    )
    .await
    .unwrap()
    .0
}

async fn sign_in(iam: &Iam<SqliteStore>, user: &str, password: &str) -> SignIn {
    sign_in_from(iam, user, password, HOME).await
}

fn started(s: SignIn) -> (SessionToken, ConsoleSession) {
    match s {
        SignIn::Started { token, session } => (token, session),
        other => panic!("expected a session, got {other:?}"),
    }
}

/// A device for `user`, enabled with the codes of the previous and current steps.
async fn enrol(f: &Fixture, user: &str) -> Seed {
    let created = f
        .iam
        .create_virtual_mfa_device(&root(), &format!("{user}-phone"), None, Vec::new())
        .await
        .unwrap();
    let seed = Seed::from_base32(&created.base32_seed).unwrap();
    let codes = seed.codes().unwrap();
    let s = step_at(f.iam.now());
    f.iam
        .enable_mfa_device(
            &root(),
            user,
            &created.device.serial_number,
            &codes.code(s - 1),
            &codes.code(s),
        )
        .await
        .unwrap();
    // The enrolment used this step's code: move to the next one.
    f.clock.advance(Duration::seconds(30));
    seed
}

fn current_code(f: &Fixture, seed: &Seed) -> String {
    seed.codes().unwrap().code(step_at(f.iam.now()))
}

/// A six-digit code that is none of the device's acceptable ones now.
fn wrong_code(f: &Fixture, seed: &Seed) -> String {
    let codes = seed.codes().unwrap();
    let s = step_at(f.iam.now());
    let taken: Vec<String> = (s - 1..=s + 1).map(|x| codes.code(x)).collect();
    (0..)
        .map(|n: u32| format!("{:06}", 123_456 + n))
        .find(|c| !taken.contains(c))
        .unwrap()
}

async fn mfa(f: &Fixture, token: &SessionToken, code: &str) -> MfaCheck {
    f.iam
        .console_verify_mfa(token, code, &from(HOME))
        .await
        .unwrap()
        .0
}

async fn mfa_stage(f: &Fixture, user: &str) -> SessionToken {
    let (token, session) = started(sign_in(&f.iam, user, PASSWORD).await);
    assert_eq!(session.stage, Stage::Mfa);
    token
}

// --- console passwords ---------------------------------------------------------------------

#[tokio::test]
async fn wrong_passwords_lock_the_user_and_a_locked_sign_in_does_no_hashing() {
    let f = fixture().await;
    user_with_password(&f.iam, "alice").await;
    for _ in 0..5 {
        assert!(matches!(
            sign_in(&f.iam, "alice", "wrong-password").await,
            SignIn::Failed
        ));
    }
    let fifth = f.iam.now();
    f.clock.advance(Duration::seconds(1));
    // Locked: even the right password is refused, and no hash is computed to say so.
    let before = hash_checks_done();
    let SignIn::Locked(locked) = sign_in(&f.iam, "alice", PASSWORD).await else {
        panic!("expected a lock");
    };
    assert_eq!(hash_checks_done(), before, "a locked attempt hashed");
    assert_eq!(locked.until, fifth + Duration::minutes(1));
    let message = locked.message(f.iam.now());
    assert!(message.contains("ask an administrator"), "{message}");
    // The history and the audit trail see the locked attempt.
    f.clock.advance(Duration::minutes(1));
    let (_, session) = started(sign_in(&f.iam, "alice", PASSWORD).await);
    let history = f.iam.recent_sign_ins(&session, 10).await.unwrap();
    assert!(history[0].success);
    assert!(history[1].locked && !history[1].success);
    assert!(!history[2].locked);
}

#[tokio::test]
async fn locks_double_and_a_success_starts_the_count_again() {
    let f = fixture().await;
    user_with_password(&f.iam, "alice").await;
    for _ in 0..5 {
        sign_in(&f.iam, "alice", "wrong-password").await;
    }
    f.clock.advance(Duration::minutes(1));
    // One more failure past the threshold: two minutes this time.
    sign_in(&f.iam, "alice", "wrong-password").await;
    let SignIn::Locked(locked) = sign_in(&f.iam, "alice", PASSWORD).await else {
        panic!("expected a lock");
    };
    assert_eq!(locked.until, f.iam.now() + Duration::minutes(2));
    f.clock.advance(Duration::minutes(2));
    started(sign_in(&f.iam, "alice", PASSWORD).await);
    // Cleared by the success: four failures lock nothing.
    for _ in 0..4 {
        sign_in(&f.iam, "alice", "wrong-password").await;
    }
    started(sign_in(&f.iam, "alice", PASSWORD).await);
}

#[tokio::test]
async fn unknown_names_lock_like_users_so_a_lock_tells_nothing() {
    let f = fixture().await;
    user_with_password(&f.iam, "alice").await;
    for name in ["alice", "nobody"] {
        for _ in 0..5 {
            assert!(matches!(
                sign_in(&f.iam, name, "wrong-password").await,
                SignIn::Failed
            ));
        }
        let before = hash_checks_done();
        let SignIn::Locked(locked) = sign_in(&f.iam, name, "anything").await else {
            panic!("{name}: expected a lock");
        };
        assert_eq!(hash_checks_done(), before);
        assert_eq!(locked.until, f.iam.now() + Duration::minutes(1), "{name}");
    }
}

#[tokio::test]
async fn one_address_trying_many_names_is_locked_without_hashing() {
    let f = fixture().await;
    user_with_password(&f.iam, "alice").await;
    for n in 0..20 {
        assert!(matches!(
            sign_in_from(&f.iam, &format!("junk{n}"), "x", "198.51.100.7").await,
            SignIn::Failed
        ));
    }
    let before = hash_checks_done();
    assert!(matches!(
        sign_in_from(&f.iam, "alice", PASSWORD, "198.51.100.7").await,
        SignIn::Locked(_)
    ));
    assert_eq!(hash_checks_done(), before);
    // Alice from elsewhere is not locked out by it.
    started(sign_in_from(&f.iam, "alice", PASSWORD, "192.0.2.99").await);
}

#[tokio::test]
async fn what_guessers_leave_in_the_store_is_bounded() {
    let f = fixture_with(LockoutPolicy {
        max_untracked: 30,
        ..LockoutPolicy::default()
    })
    .await;
    let store = SqliteStore::open(f.dir.path()).await.unwrap();
    // 1100 junk sign-ins from one address: locked after 20, recorded all the same.
    for n in 0..1100 {
        sign_in_from(&f.iam, &format!("junk{n}"), "x", "198.51.100.7").await;
    }
    let unknown = store
        .count(ACCOUNT, Kind::SignIn, Some("#unknown"))
        .await
        .unwrap();
    assert_eq!(unknown, 1000, "sign-in records of unknown names");
    // Counts of unknown names and addresses stop at the bound.
    let counts = store.count(ACCOUNT, Kind::Throttle, None).await.unwrap();
    assert!(counts <= 30, "{counts} counts kept");
    // Housekeeping removes the counts whose failures are forgotten.
    f.clock.advance(Duration::hours(13));
    f.iam.purge_console_sessions().await.unwrap();
    assert_eq!(store.count(ACCOUNT, Kind::Throttle, None).await.unwrap(), 0);
}

// --- console MFA ---------------------------------------------------------------------------

#[tokio::test]
async fn the_mfa_step_ends_after_a_few_wrong_codes() {
    let f = fixture().await;
    user_with_password(&f.iam, "alice").await;
    let seed = enrol(&f, "alice").await;
    let token = mfa_stage(&f, "alice").await;
    for left in (1..MFA_TRIES_PER_SIGN_IN).rev() {
        match mfa(&f, &token, &wrong_code(&f, &seed)).await {
            MfaCheck::Rejected { tries_left, .. } => assert_eq!(tries_left, left),
            other => panic!("expected a rejection, got {other:?}"),
        }
    }
    assert!(matches!(
        mfa(&f, &token, &wrong_code(&f, &seed)).await,
        MfaCheck::Ended
    ));
    // The sign-in is over: even the right code finds no session.
    assert!(f.iam.console_session(&token).await.unwrap().is_none());
    assert!(matches!(
        mfa(&f, &token, &current_code(&f, &seed)).await,
        MfaCheck::NoSession
    ));
    // A new sign-in and the right code work.
    let token = mfa_stage(&f, "alice").await;
    assert!(matches!(
        mfa(&f, &token, &current_code(&f, &seed)).await,
        MfaCheck::Passed(s) if s.stage == Stage::Active
    ));
}

#[tokio::test]
async fn mfa_guessing_across_sign_ins_locks_the_user_until_an_administrator_unlocks() {
    let f = fixture().await;
    user_with_password(&f.iam, "alice").await;
    let seed = enrol(&f, "alice").await;
    let mut wrong = 0;
    let mut outcome = None;
    while wrong < 5 {
        let token = mfa_stage(&f, "alice").await;
        for _ in 0..2 {
            wrong += 1;
            outcome = Some(mfa(&f, &token, &wrong_code(&f, &seed)).await);
            if wrong == 5 {
                break;
            }
        }
    }
    // The fifth wrong code locked the user: that sign-in ended with the lock's message.
    assert!(matches!(outcome, Some(MfaCheck::Locked(_))), "{outcome:?}");
    // The right code is refused while locked, and the device's code is not used up.
    let token = mfa_stage(&f, "alice").await;
    assert!(matches!(
        mfa(&f, &token, &current_code(&f, &seed)).await,
        MfaCheck::Locked(_)
    ));
    assert_eq!(
        f.iam.lockouts().await.unwrap()[0].count.subject,
        Subject::user(Some("alice"))
    );
    // The MFA count (the right passwords cleared the password count).
    assert_eq!(
        f.iam.unlock(&Subject::user(Some("alice"))).await.unwrap(),
        1
    );
    let token = mfa_stage(&f, "alice").await;
    assert!(matches!(
        mfa(&f, &token, &current_code(&f, &seed)).await,
        MfaCheck::Passed(_)
    ));
}

#[tokio::test]
async fn two_services_on_one_store_share_the_counts() {
    let f = fixture().await;
    let other = open(f.dir.path(), f.clock.clone(), LockoutPolicy::default()).await;
    user_with_password(&f.iam, "alice").await;
    // Guesses spread over both.
    for n in 0..5 {
        let iam = if n % 2 == 0 { &f.iam } else { &other };
        assert!(matches!(
            sign_in(iam, "alice", "wrong-password").await,
            SignIn::Failed
        ));
    }
    for iam in [&f.iam, &other] {
        assert!(matches!(
            sign_in(iam, "alice", PASSWORD).await,
            SignIn::Locked(_)
        ));
    }
    // Unlocked through one, unlocked for both.
    other.unlock(&Subject::user(Some("ALICE"))).await.unwrap();
    started(sign_in(&f.iam, "alice", PASSWORD).await);
}

// --- password work -------------------------------------------------------------------------

#[tokio::test]
async fn a_new_password_breaking_a_rule_is_refused_without_reuse_hashing() {
    let f = fixture().await;
    f.iam
        .update_account_password_policy(
            &root(),
            PasswordPolicyInput {
                minimum_password_length: Some(14),
                password_reuse_prevention: Some(24),
                allow_users_to_change_password: Some(true),
                ..PasswordPolicyInput::default()
            },
        )
        .await
        .unwrap();
    user_with_password(&f.iam, "alice").await;
    let (_, session) = started(sign_in(&f.iam, "alice", PASSWORD).await);
    let caller = f
        .iam
        .console_caller(&session, &from(HOME))
        .await
        .unwrap()
        .unwrap();
    // Two earlier passwords in the history.
    let mut current = PASSWORD.to_string();
    for next in ["Second-Passw0rd!x", "Third-Passw0rd!xy"] {
        f.iam
            .change_password(
                &caller,
                &Password::new(current.clone()),
                &Password::new(next.into()),
            )
            .await
            .unwrap();
        current = next.into();
    }
    let before = hash_checks_done();
    let refused = f
        .iam
        .change_password(
            &caller,
            &Password::new(current.clone()),
            &Password::new("short".into()),
        )
        .await;
    assert!(
        matches!(refused, Err(CoreError::PasswordPolicyViolation(_))),
        "{refused:?}"
    );
    // The old password's check only: no hash of the history was checked.
    assert_eq!(hash_checks_done() - before, 1);
}

// --- console sessions and password changes --------------------------------------------------

#[tokio::test]
async fn a_password_reset_or_removal_ends_the_user_s_console_sessions() {
    let f = fixture().await;
    user_with_password(&f.iam, "alice").await;
    let (a, _) = started(sign_in(&f.iam, "alice", PASSWORD).await);
    f.iam
        .update_login_profile(
            &root(),
            "alice",
            Some(Password::new("Reset-Passw0rd!2025".into())),
            None,
        )
        .await
        .unwrap();
    assert!(f.iam.console_session(&a).await.unwrap().is_none());

    let (b, _) = started(sign_in(&f.iam, "alice", "Reset-Passw0rd!2025").await);
    f.iam
        .delete_login_profile(&root(), Some("alice"))
        .await
        .unwrap();
    assert!(f.iam.console_session(&b).await.unwrap().is_none());
}

#[tokio::test]
async fn changing_one_s_own_password_ends_the_other_sessions_only() {
    let f = fixture().await;
    f.iam
        .update_account_password_policy(
            &root(),
            PasswordPolicyInput {
                allow_users_to_change_password: Some(true),
                ..PasswordPolicyInput::default()
            },
        )
        .await
        .unwrap();
    user_with_password(&f.iam, "alice").await;
    let (here, session) = started(sign_in(&f.iam, "alice", PASSWORD).await);
    let (elsewhere, _) = started(sign_in(&f.iam, "alice", PASSWORD).await);
    let caller = f
        .iam
        .console_caller(&session, &from(HOME))
        .await
        .unwrap()
        .unwrap();
    f.iam
        .change_password(
            &caller,
            &Password::new(PASSWORD.into()),
            &Password::new("Changed-Passw0rd!2025".into()),
        )
        .await
        .unwrap();
    assert!(f.iam.console_session(&here).await.unwrap().is_some());
    assert!(f.iam.console_session(&elsewhere).await.unwrap().is_none());
    // An administrator's reset flag alone ends them too.
    f.iam
        .update_login_profile(&root(), "alice", None, Some(true))
        .await
        .unwrap();
    assert!(f.iam.console_session(&here).await.unwrap().is_none());
}

#[tokio::test]
async fn change_password_s_old_password_is_a_counted_guess() {
    let f = fixture().await;
    f.iam
        .update_account_password_policy(
            &root(),
            PasswordPolicyInput {
                allow_users_to_change_password: Some(true),
                ..PasswordPolicyInput::default()
            },
        )
        .await
        .unwrap();
    user_with_password(&f.iam, "alice").await;
    let (_, session) = started(sign_in(&f.iam, "alice", PASSWORD).await);
    let caller = f
        .iam
        .console_caller(&session, &from(HOME))
        .await
        .unwrap()
        .unwrap();
    let new = Password::new("Changed-Passw0rd!2025".into());
    for _ in 0..5 {
        let r = f
            .iam
            .change_password(&caller, &Password::new("guess".into()), &new)
            .await;
        assert!(matches!(r, Err(CoreError::InvalidInput(_))), "{r:?}");
    }
    let before = hash_checks_done();
    let r = f
        .iam
        .change_password(&caller, &Password::new(PASSWORD.into()), &new)
        .await;
    match r {
        Err(CoreError::AccessDenied(m)) => assert!(m.contains("Too many failed attempts"), "{m}"),
        other => panic!("expected the lock, got {other:?}"),
    }
    assert_eq!(hash_checks_done(), before);
    // The console sign-in is locked by the same count.
    assert!(matches!(
        sign_in_from(&f.iam, "alice", PASSWORD, "192.0.2.77").await,
        SignIn::Locked(_)
    ));
}

#[tokio::test]
async fn resetting_one_s_own_password_keeps_the_session_making_the_change() {
    let f = fixture().await;
    user_with_password(&f.iam, "alice").await;
    f.iam
        .put_inline_policy(
            &root(),
            iamd_core::entities::OwnerKind::User,
            "alice",
            "self",
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:UpdateLoginProfile","Resource":"*"}]}"#,
        )
        .await
        .unwrap();
    let (here, session) = started(sign_in(&f.iam, "alice", PASSWORD).await);
    let (elsewhere, _) = started(sign_in(&f.iam, "alice", PASSWORD).await);
    let caller = f
        .iam
        .console_caller(&session, &from(HOME))
        .await
        .unwrap()
        .unwrap();
    f.iam
        .update_login_profile(
            &caller,
            "alice",
            Some(Password::new("Reset-Passw0rd!2025".into())),
            None,
        )
        .await
        .unwrap();
    assert!(f.iam.console_session(&here).await.unwrap().is_some());
    assert!(f.iam.console_session(&elsewhere).await.unwrap().is_none());
}
