//! Console sign-in and sessions against a real SQLite store, with the clock injected: the
//! stages, timeouts, the sign-in history, and the S2 trap as a console session meets it.

#![expect(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers outside #[test] functions fail loudly by design"
)]

use iamd_core::CoreError;
use iamd_core::entities::OwnerKind;
use iamd_core::ops::console::{
    ABSOLUTE_TIMEOUT, BrowserOrigin, ConsoleSession, IDLE_TIMEOUT, SessionToken, SignIn,
    SignInForm, Stage, Verdict,
};
use iamd_core::ops::passwords::{Password, PasswordPolicyInput};
use time::Duration;

pub mod common;
use common::{ACCOUNT, Fixture, fixture, root};

const PASSWORD: &str = "Str0ng!Passw0rd-2024";

fn browser() -> BrowserOrigin {
    BrowserOrigin {
        source_ip: "192.0.2.10".into(),
        user_agent: "test-browser".into(),
        secure_transport: false,
    }
}

async fn user_with_password(f: &Fixture, name: &str, reset: bool) {
    f.iam
        .create_user(&root(), name, None, None, Vec::new())
        .await
        .unwrap();
    f.iam
        .create_login_profile(
            &root(),
            Some(name),
            Some(Password::new(PASSWORD.into())),
            reset,
        )
        .await
        .unwrap();
}

async fn sign_in(f: &Fixture, account: &str, user: &str, password: &str) -> SignIn {
    let password = Password::new(password.into());
    f.iam
        .console_sign_in(
            &SignInForm {
                account,
                user_name: Some(user),
                password: &password,
            },
            &browser(),
        )
        .await
        .unwrap()
        .0
}

fn started(s: SignIn) -> (SessionToken, ConsoleSession) {
    match s {
        SignIn::Started { token, session } => (token, session),
        other => panic!("expected a session, got {other:?}"),
    }
}

#[tokio::test]
async fn failures_read_the_same_and_are_recorded_per_user_and_address() {
    let f = fixture().await;
    user_with_password(&f, "alice", false).await;
    for (account, user, password) in [
        (ACCOUNT, "alice", "wrong-password"),
        (ACCOUNT, "nobody", PASSWORD),
        ("999999999999", "alice", PASSWORD),
    ] {
        assert!(matches!(
            sign_in(&f, account, user, password).await,
            SignIn::Failed
        ));
        f.clock.advance(Duration::seconds(1));
    }
    let (_, session) = started(sign_in(&f, ACCOUNT, "alice", PASSWORD).await);
    assert_eq!(session.stage, Stage::Active);
    let history = f.iam.recent_sign_ins(&session, 10).await.unwrap();
    // Newest first: the success, then alice's two failures (the wrong password, the wrong
    // account); the unknown name is nobody's.
    let outcomes: Vec<bool> = history.iter().map(|r| r.success).collect();
    assert_eq!(outcomes, [true, false, false]);
    assert!(history.iter().all(|r| r.source_ip == "192.0.2.10"));
    let since = f.iam.now() - Duration::hours(1);
    assert_eq!(
        f.iam
            .failed_sign_ins_from("192.0.2.10", since)
            .await
            .unwrap(),
        3
    );
}

#[tokio::test]
async fn sessions_end_when_idle_at_the_absolute_limit_and_on_sign_out() {
    let f = fixture().await;
    user_with_password(&f, "alice", false).await;
    let (token, _) = started(sign_in(&f, ACCOUNT, "alice", PASSWORD).await);
    f.clock.advance(IDLE_TIMEOUT - Duration::seconds(5));
    assert!(f.iam.console_session(&token).await.unwrap().is_some());
    f.clock.advance(IDLE_TIMEOUT);
    assert!(f.iam.console_session(&token).await.unwrap().is_none());

    // Kept busy, a session still ends at the absolute limit.
    let (token, _) = started(sign_in(&f, ACCOUNT, "alice", PASSWORD).await);
    let mut elapsed = Duration::ZERO;
    while elapsed + Duration::minutes(10) < ABSOLUTE_TIMEOUT {
        f.clock.advance(Duration::minutes(10));
        elapsed += Duration::minutes(10);
        assert!(f.iam.console_session(&token).await.unwrap().is_some());
    }
    f.clock.advance(ABSOLUTE_TIMEOUT - elapsed);
    assert!(f.iam.console_session(&token).await.unwrap().is_none());

    let (token, _) = started(sign_in(&f, ACCOUNT, "alice", PASSWORD).await);
    f.iam.console_sign_out(&token).await.unwrap();
    assert!(f.iam.console_session(&token).await.unwrap().is_none());
    // A made-up token finds nothing.
    let forged = SessionToken::from_cookie("not-a-session");
    assert!(f.iam.console_session(&forged).await.unwrap().is_none());
}

#[tokio::test]
async fn s2_the_forced_change_is_denied_by_the_mfa_deny_and_named() {
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
    user_with_password(&f, "newhire", true).await;
    let deny = serde_json::json!({
        "Version": "2012-10-17",
        "Statement": [{"Sid": "DenyAllExceptListedIfNoMFA", "Effect": "Deny",
            "NotAction": ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice"],
            "Resource": "*",
            "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}]
    })
    .to_string();
    f.iam
        .put_inline_policy(&root(), OwnerKind::User, "newhire", "force-mfa", &deny)
        .await
        .unwrap();

    let (_, session) = started(sign_in(&f, ACCOUNT, "newhire", PASSWORD).await);
    assert_eq!(session.stage, Stage::NewPassword);
    let caller = f
        .iam
        .console_caller(&session, &browser())
        .await
        .unwrap()
        .unwrap();
    // Present and false, as for an AWS console session without MFA.
    assert_eq!(
        caller.context.single("aws:multifactorauthpresent"),
        Some("false")
    );
    assert_eq!(caller.context.single("aws:sourceip"), Some("192.0.2.10"));
    let arn = caller.principal.arn.clone();
    let e = f
        .iam
        .change_password(
            &caller,
            &Password::new(PASSWORD.into()),
            &Password::new("An0ther!Passw0rd".into()),
        )
        .await
        .unwrap_err();
    assert!(matches!(e, CoreError::AccessDenied(_)), "{e:?}");
    match f
        .iam
        .explain(&caller, "ChangePassword", &arn)
        .await
        .unwrap()
    {
        Verdict::ExplicitDeny(statements) => {
            assert_eq!(statements.len(), 1);
            assert_eq!(
                statements[0].sid.as_deref(),
                Some("DenyAllExceptListedIfNoMFA")
            );
            assert_eq!(statements[0].policy, "user/newhire/force-mfa");
        }
        other => panic!("expected an explicit deny, got {other:?}"),
    }
    // What the Deny leaves: enabling an MFA device (no Allow here, so still not allowed),
    // and nothing else.
    assert!(
        !f.iam
            .would_allow(&caller, "CreateAccessKey", &arn)
            .await
            .unwrap()
    );
}

#[tokio::test]
async fn hard_expiry_refuses_the_sign_in() {
    let f = fixture().await;
    f.iam
        .update_account_password_policy(
            &root(),
            PasswordPolicyInput {
                max_password_age: Some(30),
                hard_expiry: Some(true),
                ..PasswordPolicyInput::default()
            },
        )
        .await
        .unwrap();
    user_with_password(&f, "alice", false).await;
    f.clock.advance(Duration::days(20));
    let (_, session) = started(sign_in(&f, ACCOUNT, "alice", PASSWORD).await);
    assert_eq!(session.expiry_warning_days, Some(10));
    f.clock.advance(Duration::days(11));
    assert!(matches!(
        sign_in(&f, ACCOUNT, "alice", PASSWORD).await,
        SignIn::HardExpired
    ));
}

#[tokio::test]
async fn root_signs_in_with_its_console_password() {
    let f = fixture().await;
    let password = Password::new("Root-Passw0rd".into());
    let attempt = SignInForm {
        account: ACCOUNT,
        user_name: None,
        password: &password,
    };
    let (outcome, _) = f.iam.console_sign_in(&attempt, &browser()).await.unwrap();
    assert!(matches!(outcome, SignIn::Failed), "no root password yet");
    assert!(matches!(
        f.iam
            .set_root_password(&Password::new("short".into()))
            .await,
        Err(CoreError::PasswordPolicyViolation(_))
    ));
    f.iam.set_root_password(&password).await.unwrap();
    let (outcome, _) = f.iam.console_sign_in(&attempt, &browser()).await.unwrap();
    let (_, session) = started(outcome);
    let caller = f
        .iam
        .console_caller(&session, &browser())
        .await
        .unwrap()
        .unwrap();
    assert!(caller.is_root());
}
