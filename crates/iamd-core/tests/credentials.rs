//! Passwords, login profiles, ChangePassword and `AllowUsersToChangePassword`, password expiry,
//! the credential report and service-specific credentials, against a real SQLite store with a
//! clock the tests move.

#![expect(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers outside #[test] functions fail loudly by design"
)]

use iamd_core::authz::{ContextFacts, request_context};
use iamd_core::entities::{KeyStatus, OwnerKind};
use iamd_core::ops::credential_report::{HEADER, ReportState};
use iamd_core::ops::passwords::{Password, PasswordPolicyInput, PasswordState};
use iamd_core::store::{Kind, NewRecord, Query, Store, WriteBatch};
use iamd_core::{Caller, CoreError};
use iamd_policy::{Principal, PrincipalKind};
use time::{Duration, OffsetDateTime};

pub mod common;
use common::{ACCOUNT, Fixture, fixture, root};

const READ_ONLY: &str = "arn:aws:iam::aws:policy/IAMReadOnlyAccess";

fn pw(s: &str) -> Password {
    Password::new(s.to_string())
}

impl Fixture {
    /// A user caller signing with a long-term key, created with `policy` inline when given.
    async fn user(&self, name: &str, policy: Option<&str>) -> Caller {
        let u = self
            .iam
            .create_user(&root(), name, None, None, Vec::new())
            .await
            .unwrap();
        if let Some(doc) = policy {
            self.iam
                .put_inline_policy(&root(), OwnerKind::User, name, "perm", doc)
                .await
                .unwrap();
        }
        let principal = Principal {
            kind: PrincipalKind::User,
            arn: u.arn(ACCOUNT),
            account: ACCOUNT.into(),
            role_arn: None,
            service: None,
        };
        let context = request_context(&ContextFacts {
            principal: &principal,
            user_name: Some(&u.name),
            user_id: &u.id,
            tags: &[],
            source_ip: Some("127.0.0.1"),
            secure_transport: false,
            now: self.clock_now(),
        });
        Caller {
            principal,
            user: Some(u),
            access_key_id: "AKIAUSERUSERUSERUSER".into(),
            context,
            session: None,
        }
    }

    fn clock_now(&self) -> OffsetDateTime {
        self.iam.now()
    }

    async fn policy(&self, input: PasswordPolicyInput) {
        self.iam
            .update_account_password_policy(&root(), input)
            .await
            .unwrap();
    }

    async fn profile(&self, user: &str, password: &str) {
        self.iam
            .create_login_profile(&root(), Some(user), Some(pw(password)), false)
            .await
            .unwrap();
    }

    async fn signs_in(&self, user: &str, password: &str) -> Option<PasswordState> {
        self.iam
            .check_console_password(user, &pw(password))
            .await
            .unwrap()
            .map(|(_, state)| state)
    }
}

fn allow(action: &str, resource: &str) -> String {
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Action":"{action}","Resource":"{resource}"}}]}}"#
    )
}

const SELF: &str = "arn:aws:iam::123456789012:user/${aws:username}";

#[track_caller]
fn assert_denied<T: std::fmt::Debug>(r: Result<T, CoreError>, action: &str) -> String {
    match r {
        Err(CoreError::AccessDenied(m)) => {
            assert!(m.contains(action), "{m}");
            m
        }
        other => panic!("expected AccessDenied for {action}, got {other:?}"),
    }
}

#[track_caller]
fn violation<T: std::fmt::Debug>(r: Result<T, CoreError>) -> String {
    match r {
        Err(CoreError::PasswordPolicyViolation(m)) => m,
        other => panic!("expected PasswordPolicyViolation, got {other:?}"),
    }
}

// --- the account password policy ---------------------------------------------------------

#[tokio::test]
async fn the_password_policy_is_replaced_whole_and_deleted() {
    let f = fixture().await;
    let r = f.iam.get_account_password_policy(&root()).await;
    assert_eq!(
        r.unwrap_err(),
        CoreError::NoSuchEntity(
            "The Password Policy with domain name 123456789012 cannot be found.".into()
        )
    );
    assert_eq!(
        f.iam
            .delete_account_password_policy(&root())
            .await
            .unwrap_err(),
        CoreError::NoSuchEntity(
            "The account policy with name PasswordPolicy cannot be found.".into()
        )
    );
    f.policy(PasswordPolicyInput {
        minimum_password_length: Some(14),
        require_symbols: Some(true),
        max_password_age: Some(90),
        password_reuse_prevention: Some(24),
        hard_expiry: Some(false),
        ..PasswordPolicyInput::default()
    })
    .await;
    let p = f.iam.get_account_password_policy(&root()).await.unwrap();
    assert_eq!(p.minimum_password_length, 14);
    assert_eq!(p.max_password_age, Some(90));
    assert_eq!(p.hard_expiry, Some(false));
    // No partial update: what is omitted returns to its default.
    f.policy(PasswordPolicyInput::default()).await;
    let p = f.iam.get_account_password_policy(&root()).await.unwrap();
    assert_eq!(p.minimum_password_length, 6);
    assert!(!p.require_symbols);
    assert_eq!(
        (
            p.max_password_age,
            p.password_reuse_prevention,
            p.hard_expiry
        ),
        (None, None, None)
    );
    f.iam.delete_account_password_policy(&root()).await.unwrap();
    assert!(f.iam.get_account_password_policy(&root()).await.is_err());
}

#[tokio::test]
async fn out_of_range_values_are_refused_by_name() {
    let f = fixture().await;
    for (input, field) in [
        (
            PasswordPolicyInput {
                minimum_password_length: Some(5),
                ..PasswordPolicyInput::default()
            },
            "MinimumPasswordLength",
        ),
        (
            PasswordPolicyInput {
                minimum_password_length: Some(129),
                ..PasswordPolicyInput::default()
            },
            "MinimumPasswordLength",
        ),
        (
            PasswordPolicyInput {
                max_password_age: Some(1096),
                ..PasswordPolicyInput::default()
            },
            "MaxPasswordAge",
        ),
        (
            PasswordPolicyInput {
                password_reuse_prevention: Some(0),
                ..PasswordPolicyInput::default()
            },
            "PasswordReusePrevention",
        ),
    ] {
        match f.iam.update_account_password_policy(&root(), input).await {
            Err(CoreError::InvalidInput(m)) => assert!(m.contains(field), "{m}"),
            other => panic!("{field}: {other:?}"),
        }
    }
    assert!(f.iam.get_account_password_policy(&root()).await.is_err());
}

// --- login profiles ------------------------------------------------------------------------

#[tokio::test]
async fn login_profiles_and_their_errors() {
    let f = fixture().await;
    f.user("alice", None).await;
    assert_eq!(
        f.iam
            .get_login_profile(&root(), Some("alice"))
            .await
            .unwrap_err(),
        CoreError::NoSuchEntity("Login Profile for User alice cannot be found.".into())
    );
    let created = f
        .iam
        .create_login_profile(&root(), Some("alice"), Some(pw("Passw0rd!x")), true)
        .await
        .unwrap();
    assert!(created.password_reset_required);
    assert_eq!(
        f.iam
            .create_login_profile(&root(), Some("alice"), Some(pw("Passw0rd!y")), false)
            .await
            .unwrap_err(),
        CoreError::EntityAlreadyExists("Login Profile for user alice already exists.".into())
    );
    let got = f
        .iam
        .get_login_profile(&root(), Some("alice"))
        .await
        .unwrap();
    assert_eq!(got, created);

    // Only the flag: the password stays.
    f.clock.advance(Duration::days(1));
    f.iam
        .update_login_profile(&root(), "alice", None, Some(false))
        .await
        .unwrap();
    assert_eq!(
        f.signs_in("alice", "Passw0rd!x").await,
        Some(PasswordState::Ok {
            expires_in_days: None
        })
    );
    // A new password; the omitted flag keeps its value; CreateDate stays.
    f.iam
        .update_login_profile(&root(), "alice", Some(pw("N3w-Password")), None)
        .await
        .unwrap();
    assert_eq!(f.signs_in("alice", "Passw0rd!x").await, None);
    assert!(f.signs_in("alice", "N3w-Password").await.is_some());
    let got = f
        .iam
        .get_login_profile(&root(), Some("alice"))
        .await
        .unwrap();
    assert_eq!(got.create_date, created.create_date);
    assert!(!got.password_reset_required);

    // DeleteUser refuses while the profile exists.
    assert!(matches!(
        f.iam.delete_user(&root(), "alice").await,
        Err(CoreError::DeleteConflict(m)) if m.contains("login profile")
    ));
    f.iam
        .delete_login_profile(&root(), Some("alice"))
        .await
        .unwrap();
    assert_eq!(
        f.iam
            .delete_login_profile(&root(), Some("alice"))
            .await
            .unwrap_err(),
        CoreError::NoSuchEntity("Login Profile for User alice cannot be found.".into())
    );
    assert_eq!(f.signs_in("alice", "N3w-Password").await, None);
    assert_eq!(f.signs_in("nobody", "N3w-Password").await, None);
    f.iam.delete_user(&root(), "alice").await.unwrap();
    assert!(matches!(
        f.iam
            .create_login_profile(&root(), Some("nobody"), Some(pw("Passw0rd!x")), false)
            .await,
        Err(CoreError::NoSuchEntity(m)) if m == "The user with name nobody cannot be found."
    ));
    assert!(matches!(
        f.iam.get_login_profile(&root(), None).await,
        Err(CoreError::ValidationError(_))
    ));
}

#[expect(
    clippy::disallowed_methods,
    reason = "the test reads the data directory's files, which core itself never does"
)]
#[tokio::test]
async fn passwords_are_stored_only_as_argon2id_hashes() {
    let f = fixture().await;
    f.user("alice", None).await;
    f.profile("alice", "Very-Secret-Passw0rd").await;
    f.iam
        .update_login_profile(&root(), "alice", Some(pw("An0ther-Secret!")), None)
        .await
        .unwrap();
    let page = f
        .store
        .list(ACCOUNT, &Query::all(Kind::LoginProfile))
        .await
        .unwrap();
    let data = &page.records[0].data;
    assert!(data.contains("$argon2id$v=19$m=19456,t=2,p=1$"), "{data}");
    assert!(!data.contains("Very-Secret-Passw0rd") && !data.contains("An0ther-Secret!"));
    drop(f.iam);
    for entry in std::fs::read_dir(f.dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        for secret in ["Very-Secret-Passw0rd", "An0ther-Secret!"] {
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{secret} found in the data dir"
            );
        }
    }
}

#[tokio::test]
async fn a_renamed_user_keeps_the_login_profile() {
    let f = fixture().await;
    f.user("alice", None).await;
    f.profile("alice", "Passw0rd!x").await;
    f.iam
        .update_user(&root(), "alice", None, Some("alicia"))
        .await
        .unwrap();
    let p = f
        .iam
        .get_login_profile(&root(), Some("alicia"))
        .await
        .unwrap();
    assert_eq!(p.user_name, "alicia");
    assert!(f.signs_in("alicia", "Passw0rd!x").await.is_some());
    // A new user with the old name has no password.
    f.user("alice", None).await;
    assert!(
        f.iam
            .get_login_profile(&root(), Some("alice"))
            .await
            .is_err()
    );
    assert!(matches!(
        f.iam.delete_user(&root(), "alicia").await,
        Err(CoreError::DeleteConflict(_))
    ));
}

// --- the password rules ----------------------------------------------------------------------

#[tokio::test]
async fn the_default_rules_apply_until_a_policy_is_set() {
    let f = fixture().await;
    f.user("alice", None).await;
    let m = violation(
        f.iam
            .create_login_profile(&root(), Some("alice"), Some(pw("short")), false)
            .await,
    );
    assert!(
        m.contains("Password should have at least 8 characters"),
        "{m}"
    );
    assert!(
        m.contains("Password should meet 2 more of the following requirements"),
        "{m}"
    );
    violation(
        f.iam
            .create_login_profile(&root(), Some("alice"), Some(pw(ACCOUNT)), false)
            .await,
    );
    f.policy(PasswordPolicyInput::default()).await;
    // With a policy set, its rules replace the default ones: 6 characters, nothing else.
    f.profile("alice", "simple").await;
}

#[tokio::test]
async fn a_violation_names_every_rule_broken() {
    let f = fixture().await;
    f.policy(PasswordPolicyInput {
        minimum_password_length: Some(14),
        require_symbols: Some(true),
        require_numbers: Some(true),
        require_uppercase_characters: Some(true),
        require_lowercase_characters: Some(true),
        ..PasswordPolicyInput::default()
    })
    .await;
    f.user("alice", None).await;
    let m = violation(
        f.iam
            .create_login_profile(&root(), Some("alice"), Some(pw("abc")), false)
            .await,
    );
    assert_eq!(
        m,
        "Password should have at least 14 characters; \
         Password should have at least one uppercase letter (A-Z); \
         Password should have at least one number (0-9); \
         Password should have at least one of the following symbols: ! @ # $ % ^ & * ( ) _ + - = [ ] { } | '"
    );
    let m = violation(
        f.iam
            .create_login_profile(&root(), Some("alice"), Some(pw("ABCDEFGHIJKLMN1!")), false)
            .await,
    );
    assert_eq!(
        m,
        "Password should have at least one lowercase letter (a-z)"
    );
    f.profile("alice", "Abcdefghijkl1!").await;
}

#[tokio::test]
async fn length_and_character_rules_wait_for_the_next_change() {
    let f = fixture().await;
    f.policy(PasswordPolicyInput::default()).await;
    f.user("alice", None).await;
    f.profile("alice", "weakpw").await;
    f.policy(PasswordPolicyInput {
        minimum_password_length: Some(20),
        ..PasswordPolicyInput::default()
    })
    .await;
    // The existing password still signs in.
    assert!(f.signs_in("alice", "weakpw").await.is_some());
}

// --- ChangePassword --------------------------------------------------------------------------

#[tokio::test]
async fn change_password_proves_the_old_one() {
    let f = fixture().await;
    let alice = f
        .user("alice", Some(&allow("iam:ChangePassword", SELF)))
        .await;
    f.profile("alice", "Old-Passw0rd").await;
    f.iam
        .update_login_profile(&root(), "alice", None, Some(true))
        .await
        .unwrap();
    match f
        .iam
        .change_password(&alice, &pw("wrong"), &pw("New-Passw0rd"))
        .await
    {
        Err(CoreError::InvalidInput(m)) => assert!(m.contains("old password is incorrect"), "{m}"),
        other => panic!("{other:?}"),
    }
    // Nothing changed.
    assert_eq!(
        f.signs_in("alice", "Old-Passw0rd").await,
        Some(PasswordState::ResetRequired)
    );
    f.clock.advance(Duration::days(3));
    f.iam
        .change_password(&alice, &pw("Old-Passw0rd"), &pw("New-Passw0rd"))
        .await
        .unwrap();
    assert_eq!(f.signs_in("alice", "Old-Passw0rd").await, None);
    // The reset flag is cleared.
    assert_eq!(
        f.signs_in("alice", "New-Passw0rd").await,
        Some(PasswordState::Ok {
            expires_in_days: None
        })
    );
    // ChangePassword has no user name: there is no other user to act on. Without a profile:
    let bob = f
        .user("bob", Some(&allow("iam:ChangePassword", SELF)))
        .await;
    assert_eq!(
        f.iam
            .change_password(&bob, &pw("x"), &pw("New-Passw0rd"))
            .await
            .unwrap_err(),
        CoreError::NoSuchEntity("Login Profile for User bob cannot be found.".into())
    );
}

#[tokio::test]
async fn the_root_user_cannot_change_password() {
    let f = fixture().await;
    match f
        .iam
        .change_password(&root(), &pw("a"), &pw("Abcdefgh1!"))
        .await
    {
        Err(e @ CoreError::InvalidUserType(_)) => {
            assert_eq!(e.http_status(), 400);
            assert!(e.to_string().contains("root"), "{e}");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn reuse_prevention_refuses_the_last_n_passwords() {
    let f = fixture().await;
    f.policy(PasswordPolicyInput {
        password_reuse_prevention: Some(3),
        ..PasswordPolicyInput::default()
    })
    .await;
    let alice = f
        .user("alice", Some(&allow("iam:ChangePassword", SELF)))
        .await;
    f.profile("alice", "first-pw").await;
    let change = |old: &'static str, new: &'static str| {
        let alice = alice.clone();
        let iam = &f.iam;
        async move { iam.change_password(&alice, &pw(old), &pw(new)).await }
    };
    change("first-pw", "second-pw").await.unwrap();
    change("second-pw", "third-pw").await.unwrap();
    let m = violation(change("third-pw", "first-pw").await);
    assert_eq!(
        m,
        "Password should not be one of the last 3 passwords of this user"
    );
    violation(change("third-pw", "third-pw").await);
    // A reused password that also breaks a rule: the rule is named, and the history is not
    // checked (its hashing would be work for nothing); reuse is named once the rules are met.
    f.policy(PasswordPolicyInput {
        password_reuse_prevention: Some(3),
        require_numbers: Some(true),
        ..PasswordPolicyInput::default()
    })
    .await;
    let m = violation(change("third-pw", "second-pw").await);
    assert!(
        m.contains("one number") && !m.contains("last 3 passwords"),
        "{m}"
    );
    // Passwords outside the last three are accepted.
    change("third-pw", "fourth-pw1").await.unwrap();
    change("fourth-pw1", "first-pw1").await.unwrap();
    // The admin reset is held to the same history.
    violation(
        f.iam
            .update_login_profile(&root(), "alice", Some(pw("fourth-pw1")), None)
            .await,
    );
}

/// Seed scenario S1: ChangePassword and UpdateLoginProfile, each user on themselves and on the
/// other, under both values of AllowUsersToChangePassword.
#[tokio::test]
async fn scenario_s1_change_password_versus_update_login_profile() {
    let f = fixture().await;
    let c = f
        .user("user-c", Some(&allow("iam:ChangePassword", SELF)))
        .await;
    let u = f
        .user("user-u", Some(&allow("iam:UpdateLoginProfile", SELF)))
        .await;
    for name in ["user-c", "user-u"] {
        f.iam
            .attach_policy(&root(), OwnerKind::User, name, READ_ONLY)
            .await
            .unwrap();
        f.profile(name, "Start-Passw0rd-1").await;
    }
    let mut n = 0;
    let mut next = || {
        n += 1;
        format!("Next-Passw0rd-{n}")
    };
    for allow_change in [false, true] {
        f.policy(PasswordPolicyInput {
            allow_users_to_change_password: Some(allow_change),
            ..PasswordPolicyInput::default()
        })
        .await;
        // user-c: UpdateLoginProfile on itself is denied, ChangePassword succeeds.
        let m = assert_denied(
            f.iam
                .update_login_profile(&c, "user-c", Some(pw(&next())), None)
                .await,
            "iam:UpdateLoginProfile",
        );
        assert!(
            m.contains("because no identity-based policy allows the iam:UpdateLoginProfile action"),
            "{m}"
        );
        let new = next();
        f.iam
            .change_password(&c, &pw("Start-Passw0rd-1"), &pw(&new))
            .await
            .unwrap();
        f.iam
            .update_login_profile(&root(), "user-c", Some(pw("Start-Passw0rd-1")), None)
            .await
            .unwrap();
        // user-u: UpdateLoginProfile on itself succeeds; ChangePassword only with the flag.
        f.iam
            .update_login_profile(&u, "user-u", Some(pw(&next())), None)
            .await
            .unwrap();
        f.iam
            .update_login_profile(&root(), "user-u", Some(pw("Start-Passw0rd-1")), None)
            .await
            .unwrap();
        let changed = f
            .iam
            .change_password(&u, &pw("Start-Passw0rd-1"), &pw(&next()))
            .await;
        if allow_change {
            changed.unwrap();
            f.iam
                .update_login_profile(&root(), "user-u", Some(pw("Start-Passw0rd-1")), None)
                .await
                .unwrap();
            // The grant also covers reading the password policy.
            f.iam.get_account_password_policy(&u).await.unwrap();
        } else {
            let m = assert_denied(changed, "iam:ChangePassword");
            assert_eq!(
                m,
                "User: arn:aws:iam::123456789012:user/user-u is not authorized to perform: iam:ChangePassword on resource: arn:aws:iam::123456789012:user/user-u because no identity-based policy allows the iam:ChangePassword action"
            );
        }
        // Neither can reset the other's password.
        assert_denied(
            f.iam
                .update_login_profile(&u, "user-c", Some(pw(&next())), None)
                .await,
            "iam:UpdateLoginProfile",
        );
        assert_denied(
            f.iam
                .update_login_profile(&c, "user-u", Some(pw(&next())), None)
                .await,
            "iam:UpdateLoginProfile",
        );
        // Both passwords are as the set-up left them.
        assert!(f.signs_in("user-c", "Start-Passw0rd-1").await.is_some());
        assert!(f.signs_in("user-u", "Start-Passw0rd-1").await.is_some());
    }
}

/// The account-level grant never overrides an explicit Deny, and when ChangePassword is
/// denied the answer is AccessDenied even for a password that breaks the policy, while an
/// allowed caller with such a password gets PasswordPolicyViolation (seed S2).
#[tokio::test]
async fn scenario_s2_deny_wins_and_the_two_failures_are_told_apart() {
    let f = fixture().await;
    f.policy(PasswordPolicyInput {
        allow_users_to_change_password: Some(true),
        minimum_password_length: Some(10),
        ..PasswordPolicyInput::default()
    })
    .await;
    let deny = |not_actions: &str| {
        format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Deny","NotAction":[{not_actions}],"Resource":"*","Condition":{{"BoolIfExists":{{"aws:MultiFactorAuthPresent":"false"}}}}}}]}}"#
        )
    };
    let mfa_actions = r#""iam:CreateVirtualMFADevice","iam:EnableMFADevice","iam:ListMFADevices","iam:ListUsers","iam:ListVirtualMFADevices","iam:ResyncMFADevice""#;
    f.iam.create_group(&root(), "mfa-only", None).await.unwrap();
    f.iam
        .put_inline_policy(
            &root(),
            OwnerKind::Group,
            "mfa-only",
            "force-mfa",
            &deny(mfa_actions),
        )
        .await
        .unwrap();
    let new = f.user("new-hire", None).await;
    f.iam
        .add_user_to_group(&root(), "mfa-only", "new-hire")
        .await
        .unwrap();
    f.iam
        .create_login_profile(
            &root(),
            Some("new-hire"),
            Some(pw("Initial-Passw0rd")),
            true,
        )
        .await
        .unwrap();
    // A long-term key carries no aws:MultiFactorAuthPresent: BoolIfExists makes the Deny apply.
    let m = assert_denied(
        f.iam
            .change_password(&new, &pw("Initial-Passw0rd"), &pw("Chosen-Passw0rd"))
            .await,
        "iam:ChangePassword",
    );
    assert!(
        m.ends_with("with an explicit deny in an identity-based policy"),
        "{m}"
    );
    // Denied comes first, whatever the password.
    assert_denied(
        f.iam
            .change_password(&new, &pw("Initial-Passw0rd"), &pw("short"))
            .await,
        "iam:ChangePassword",
    );
    assert_denied(
        f.iam.get_account_password_policy(&new).await,
        "iam:GetAccountPasswordPolicy",
    );
    // The fix: ChangePassword and GetAccountPasswordPolicy join the NotAction list.
    f.iam
        .put_inline_policy(
            &root(),
            OwnerKind::Group,
            "mfa-only",
            "force-mfa",
            &deny(&format!(
                r#"{mfa_actions},"iam:ChangePassword","iam:GetAccountPasswordPolicy""#
            )),
        )
        .await
        .unwrap();
    f.iam.get_account_password_policy(&new).await.unwrap();
    let m = violation(
        f.iam
            .change_password(&new, &pw("Initial-Passw0rd"), &pw("short"))
            .await,
    );
    assert_eq!(m, "Password should have at least 10 characters");
    f.iam
        .change_password(&new, &pw("Initial-Passw0rd"), &pw("Chosen-Passw0rd"))
        .await
        .unwrap();
    // Without the account flag, the same fix needs an explicit Allow.
    f.policy(PasswordPolicyInput {
        minimum_password_length: Some(10),
        ..PasswordPolicyInput::default()
    })
    .await;
    assert_denied(
        f.iam
            .change_password(&new, &pw("Chosen-Passw0rd"), &pw("Chosen-Again-1"))
            .await,
        "iam:ChangePassword",
    );
    f.iam
        .put_inline_policy(
            &root(),
            OwnerKind::User,
            "new-hire",
            "own-password",
            &format!(
                r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Action":"iam:ChangePassword","Resource":"{SELF}"}},{{"Effect":"Allow","Action":"iam:GetAccountPasswordPolicy","Resource":"*"}}]}}"#
            ),
        )
        .await
        .unwrap();
    f.iam
        .change_password(&new, &pw("Chosen-Passw0rd"), &pw("Chosen-Again-1"))
        .await
        .unwrap();
}

#[tokio::test]
async fn the_grant_covers_only_the_callers_own_user() {
    let f = fixture().await;
    f.policy(PasswordPolicyInput {
        allow_users_to_change_password: Some(true),
        ..PasswordPolicyInput::default()
    })
    .await;
    let alice = f.user("alice", None).await;
    f.user("bob", None).await;
    f.profile("bob", "Bob-Passw0rd").await;
    // Nothing else is granted: not UpdateLoginProfile, not GetUser, not another user.
    assert_denied(
        f.iam
            .update_login_profile(&alice, "bob", Some(pw("Hijack-Passw0rd")), None)
            .await,
        "iam:UpdateLoginProfile",
    );
    assert_denied(f.iam.get_user(&alice, None).await, "iam:GetUser");
    assert_denied(
        f.iam.get_login_profile(&alice, Some("alice")).await,
        "iam:GetLoginProfile",
    );
    assert_denied(
        f.iam
            .update_account_password_policy(&alice, PasswordPolicyInput::default())
            .await,
        "iam:UpdateAccountPasswordPolicy",
    );
}

// --- expiry --------------------------------------------------------------------------------

#[tokio::test]
async fn expiry_applies_at_once_with_a_warning_window() {
    let f = fixture().await;
    let alice = f
        .user("alice", Some(&allow("iam:ChangePassword", SELF)))
        .await;
    f.profile("alice", "Alice-Passw0rd").await;
    f.clock.advance(Duration::days(100));
    assert_eq!(
        f.iam.password_state("alice").await.unwrap(),
        PasswordState::Ok {
            expires_in_days: None
        }
    );
    // Setting MaxPasswordAge expires the 100-day-old password at once.
    f.policy(PasswordPolicyInput {
        max_password_age: Some(90),
        ..PasswordPolicyInput::default()
    })
    .await;
    assert_eq!(
        f.iam.password_state("alice").await.unwrap(),
        PasswordState::Expired { hard_expiry: false }
    );
    assert_eq!(
        f.signs_in("alice", "Alice-Passw0rd").await,
        Some(PasswordState::Expired { hard_expiry: false })
    );
    // A new password starts a new period.
    f.iam
        .change_password(&alice, &pw("Alice-Passw0rd"), &pw("Alice-Passw0rd-2"))
        .await
        .unwrap();
    assert_eq!(
        f.iam.password_state("alice").await.unwrap(),
        PasswordState::Ok {
            expires_in_days: Some(90)
        }
    );
    f.clock.advance(Duration::days(74));
    assert_eq!(
        f.iam.password_state("alice").await.unwrap(),
        PasswordState::Ok {
            expires_in_days: Some(16)
        }
    );
    f.clock.advance(Duration::days(1));
    assert_eq!(
        f.iam.password_state("alice").await.unwrap(),
        PasswordState::Warning { days: 15 }
    );
    f.clock.advance(Duration::days(14) + Duration::hours(23));
    assert_eq!(
        f.iam.password_state("alice").await.unwrap(),
        PasswordState::Warning { days: 1 }
    );
    f.clock.advance(Duration::hours(1));
    assert_eq!(
        f.iam.password_state("alice").await.unwrap(),
        PasswordState::Expired { hard_expiry: false }
    );
    assert_eq!(
        f.iam.password_state("nobody").await.unwrap(),
        PasswordState::NoPassword
    );
}

#[tokio::test]
async fn hard_expiry_leaves_the_api_change_and_the_admin_reset() {
    let f = fixture().await;
    f.policy(PasswordPolicyInput {
        max_password_age: Some(30),
        hard_expiry: Some(true),
        allow_users_to_change_password: Some(true),
        ..PasswordPolicyInput::default()
    })
    .await;
    let alice = f.user("alice", None).await;
    f.profile("alice", "Alice-Passw0rd").await;
    f.user("bob", None).await;
    f.profile("bob", "Bob-Passw0rd").await;
    f.clock.advance(Duration::days(31));
    let state = f.signs_in("alice", "Alice-Passw0rd").await.unwrap();
    assert_eq!(state, PasswordState::Expired { hard_expiry: true });
    assert!(!state.may_set_password_at_sign_in());
    // ChangePassword through the API, signed with the user's access key, still works.
    f.iam
        .change_password(&alice, &pw("Alice-Passw0rd"), &pw("Alice-Passw0rd-2"))
        .await
        .unwrap();
    assert!(matches!(
        f.iam.password_state("alice").await.unwrap(),
        PasswordState::Ok { .. }
    ));
    // The administrator's reset restores console access.
    f.iam
        .update_login_profile(&root(), "bob", Some(pw("Bob-Passw0rd-2")), Some(true))
        .await
        .unwrap();
    assert_eq!(
        f.iam.password_state("bob").await.unwrap(),
        PasswordState::ResetRequired
    );
}

// --- the credential report -----------------------------------------------------------------

async fn report_lines(f: &Fixture) -> Vec<String> {
    let report = f.iam.get_credential_report(&root()).await.unwrap();
    String::from_utf8(report.content)
        .unwrap()
        .split('\n')
        .map(str::to_string)
        .collect()
}

#[tokio::test]
async fn the_credential_report_is_generated_at_most_every_four_hours() {
    let f = fixture().await;
    assert!(matches!(
        f.iam.get_credential_report(&root()).await,
        Err(e @ CoreError::ReportNotPresent(_)) if e.http_status() == 410 && e.code() == "ReportNotPresent"
    ));
    let g = f.iam.generate_credential_report(&root()).await.unwrap();
    assert_eq!(g.state, ReportState::Started);
    assert_eq!(
        g.description.as_deref(),
        Some("No report exists. Starting a new report generation task")
    );
    let first = f.iam.get_credential_report(&root()).await.unwrap();
    f.user("later", None).await;
    f.clock.advance(Duration::hours(3));
    let g = f.iam.generate_credential_report(&root()).await.unwrap();
    assert_eq!(g.state, ReportState::Complete);
    let same = f.iam.get_credential_report(&root()).await.unwrap();
    assert_eq!(same, first);
    f.clock.advance(Duration::hours(1));
    let g = f.iam.generate_credential_report(&root()).await.unwrap();
    assert_eq!(g.state, ReportState::Started);
    let newer = f.iam.get_credential_report(&root()).await.unwrap();
    assert!(newer.generated_time > first.generated_time);
    assert!(
        String::from_utf8(newer.content)
            .unwrap()
            .contains("\nlater,")
    );
}

#[tokio::test]
async fn the_credential_report_rows() {
    let f = fixture().await;
    f.policy(PasswordPolicyInput {
        max_password_age: Some(90),
        ..PasswordPolicyInput::default()
    })
    .await;
    let created = f.iam.now();
    f.user("alice", None).await;
    f.user("bob", None).await;
    f.profile("alice", "Alice-Passw0rd").await;
    let k1 = f
        .iam
        .create_access_key(&root(), Some("alice"))
        .await
        .unwrap();
    f.clock.advance(Duration::minutes(5));
    let k2 = f
        .iam
        .create_access_key(&root(), Some("alice"))
        .await
        .unwrap();
    f.iam
        .update_access_key(
            &root(),
            Some("alice"),
            &k2.access_key_id,
            KeyStatus::Inactive,
        )
        .await
        .unwrap();
    // An enabled MFA device is a record of kind MfaDevice owned by the user's id.
    let bob_id = f.iam.get_user(&root(), Some("bob")).await.unwrap().id;
    f.store
        .write(
            ACCOUNT,
            WriteBatch::new().put(NewRecord {
                kind: Kind::MfaDevice,
                key: "mfa/bob".into(),
                owner: Some(bob_id),
                reference: None,
                data: "{}".into(),
            }),
        )
        .await
        .unwrap();
    f.clock.advance(Duration::minutes(5));
    assert!(f.signs_in("alice", "Alice-Passw0rd").await.is_some());
    f.iam.generate_credential_report(&root()).await.unwrap();
    let lines = report_lines(&f).await;
    assert_eq!(lines[0], HEADER);
    assert_eq!(lines.len(), 4, "{lines:?}");
    let iso = |t: OffsetDateTime| {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}+00:00",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        )
    };
    let root_row: Vec<&str> = lines[1].split(',').collect();
    assert_eq!(root_row.len(), 22);
    assert_eq!(
        root_row[..8],
        [
            "<root_account>",
            "arn:aws:iam::123456789012:root",
            &iso(created),
            "not_supported",
            "no_information",
            "not_supported",
            "not_supported",
            "false",
        ]
    );
    let alice = lines[2].clone();
    let t0 = created;
    let expected = [
        "alice".to_string(),
        "arn:aws:iam::123456789012:user/alice".into(),
        iso(t0),
        "true".into(),
        iso(t0 + Duration::minutes(10)),
        iso(t0),
        iso(t0 + Duration::days(90)),
        "false".into(),
        "true".into(),
        iso(t0),
        "N/A".into(),
        "N/A".into(),
        "N/A".into(),
        "false".into(),
        "N/A".into(),
        "N/A".into(),
        "N/A".into(),
        "N/A".into(),
        "false".into(),
        "N/A".into(),
        "false".into(),
        "N/A".into(),
    ]
    .join(",");
    assert_eq!(alice, expected);
    assert_eq!(
        lines[3],
        format!(
            "bob,arn:aws:iam::123456789012:user/bob,{},false,N/A,N/A,N/A,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A",
            iso(t0)
        )
    );
    let _ = k1;
}

// --- service-specific credentials ----------------------------------------------------------

#[tokio::test]
async fn service_specific_credentials() {
    let f = fixture().await;
    f.user("dev", None).await;
    let first = f
        .iam
        .create_service_specific_credential(&root(), "dev", "codecommit.amazonaws.com", None)
        .await
        .unwrap();
    assert_eq!(first.credential.service_user_name, "dev-at-123456789012");
    assert_eq!(first.status, "Active");
    assert!(first.credential.id.starts_with("ACCA"));
    let second = f
        .iam
        .create_service_specific_credential(&root(), "dev", "codecommit.amazonaws.com", None)
        .await
        .unwrap();
    assert_eq!(second.credential.service_user_name, "dev+1-at-123456789012");
    match f
        .iam
        .create_service_specific_credential(&root(), "dev", "codecommit.amazonaws.com", None)
        .await
    {
        Err(CoreError::LimitExceeded(m)) => assert!(m.contains(": 2"), "{m}"),
        other => panic!("{other:?}"),
    }
    // Another service has its own two.
    f.iam
        .create_service_specific_credential(&root(), "dev", "cassandra.amazonaws.com", None)
        .await
        .unwrap();
    assert_eq!(
        f.iam
            .create_service_specific_credential(&root(), "dev", "s3.amazonaws.com", None)
            .await
            .unwrap_err(),
        CoreError::NoSuchEntity(
            "No such service s3.amazonaws.com is supported for Service Specific Credentials".into()
        )
    );
    let key = f
        .iam
        .create_service_specific_credential(&root(), "dev", "bedrock.amazonaws.com", Some(30))
        .await
        .unwrap();
    assert!(key.api_key);
    assert_eq!(
        key.credential.expiration_date,
        Some(f.iam.now() + Duration::days(30))
    );

    let listed = f
        .iam
        .list_service_specific_credentials(
            &root(),
            Some("dev"),
            Some("codecommit.amazonaws.com"),
            false,
            None,
            None,
        )
        .await
        .unwrap();
    assert_eq!(listed.items.len(), 2);

    // The password works until reset, then only the new one; inactive ones do not.
    let svc = "codecommit.amazonaws.com";
    let check = |name: &'static str, password: String| {
        let iam = &f.iam;
        async move {
            iam.check_service_credential(svc, name, &password)
                .await
                .unwrap()
                .is_some()
        }
    };
    assert!(check("dev-at-123456789012", first.password.as_str().into()).await);
    let reset = f
        .iam
        .reset_service_specific_credential(&root(), Some("dev"), &first.credential.id)
        .await
        .unwrap();
    assert_ne!(reset.password.as_str(), first.password.as_str());
    assert!(!check("dev-at-123456789012", first.password.as_str().into()).await);
    assert!(check("dev-at-123456789012", reset.password.as_str().into()).await);
    f.iam
        .update_service_specific_credential(
            &root(),
            Some("dev"),
            &first.credential.id,
            KeyStatus::Inactive,
        )
        .await
        .unwrap();
    assert!(!check("dev-at-123456789012", reset.password.as_str().into()).await);

    // Stored only as a digest.
    let all = f
        .store
        .list(ACCOUNT, &Query::all(Kind::ServiceCredential))
        .await
        .unwrap();
    for r in &all.records {
        for secret in [
            &first.password,
            &second.password,
            &reset.password,
            &key.password,
        ] {
            assert!(!r.data.contains(secret.as_str()));
        }
    }

    // DeleteUser refuses while any remains.
    assert!(matches!(
        f.iam.delete_user(&root(), "dev").await,
        Err(CoreError::DeleteConflict(m)) if m == "Cannot delete entity, must remove referenced objects first."
    ));
    let missing = "ACCAAAAAAAAAAAAAAAAAA";
    assert_eq!(
        f.iam
            .delete_service_specific_credential(&root(), Some("dev"), missing)
            .await
            .unwrap_err(),
        CoreError::NoSuchEntity(format!(
            "The Service Specific Credential with id {missing} cannot be found for user dev."
        ))
    );
    let every = f
        .iam
        .list_service_specific_credentials(&root(), None, None, true, None, None)
        .await
        .unwrap();
    for c in every.items {
        f.iam
            .delete_service_specific_credential(&root(), Some("dev"), &c.id)
            .await
            .unwrap();
    }
    f.iam.delete_user(&root(), "dev").await.unwrap();
}

#[tokio::test]
async fn service_credentials_follow_a_renamed_user_but_keep_their_names() {
    let f = fixture().await;
    f.user("dev", None).await;
    let c = f
        .iam
        .create_service_specific_credential(&root(), "dev", "codecommit.amazonaws.com", None)
        .await
        .unwrap();
    f.iam
        .update_user(&root(), "dev", None, Some("developer"))
        .await
        .unwrap();
    let listed = f
        .iam
        .list_service_specific_credentials(&root(), Some("developer"), None, false, None, None)
        .await
        .unwrap();
    assert_eq!(listed.items.len(), 1);
    assert_eq!(listed.items[0].user, "developer");
    assert_eq!(listed.items[0].service_user_name, "dev-at-123456789012");
    // A new "dev" gets a name that does not collide.
    f.user("dev", None).await;
    let again = f
        .iam
        .create_service_specific_credential(&root(), "dev", "codecommit.amazonaws.com", None)
        .await
        .unwrap();
    assert_eq!(again.credential.service_user_name, "dev+1-at-123456789012");
    assert_ne!(again.credential.id, c.credential.id);
}

#[tokio::test]
async fn users_manage_only_their_own_service_credentials() {
    let f = fixture().await;
    let policy = format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Action":["iam:CreateServiceSpecificCredential","iam:ListServiceSpecificCredentials","iam:ResetServiceSpecificCredential","iam:UpdateServiceSpecificCredential","iam:DeleteServiceSpecificCredential"],"Resource":"{SELF}"}}]}}"#
    );
    let dev = f.user("dev", Some(&policy)).await;
    f.user("other", None).await;
    f.iam
        .create_service_specific_credential(&dev, "dev", "codecommit.amazonaws.com", None)
        .await
        .unwrap();
    let mine = f
        .iam
        .list_service_specific_credentials(&dev, None, None, false, None, None)
        .await
        .unwrap();
    assert_eq!(mine.items.len(), 1);
    assert_denied(
        f.iam
            .create_service_specific_credential(&dev, "other", "codecommit.amazonaws.com", None)
            .await,
        "iam:CreateServiceSpecificCredential",
    );
    assert_denied(
        f.iam
            .list_service_specific_credentials(&dev, None, None, true, None, None)
            .await,
        "iam:ListServiceSpecificCredentials",
    );
}
