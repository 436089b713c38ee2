//! Console passwords: the account password policy (UpdateAccountPasswordPolicy,
//! GetAccountPasswordPolicy, DeleteAccountPasswordPolicy), login profiles (Create, Get, Update,
//! DeleteLoginProfile), ChangePassword, password expiry, and the account-level
//! `AllowUsersToChangePassword` grant the authorizer adds to IAM users' policy sets.
//!
//! Passwords are never stored or logged in clear: each is hashed with argon2id (OWASP
//! parameters: 19 MiB, 2 passes, 1 lane) into a PHC string, off the async runtime and at most
//! two at a time; earlier passwords are kept only as their PHC strings, for reuse prevention.
//!
//! A password's life, as the console sees it ([`PasswordState`], time from the injected clock):
//!
//! ```text
//!  NoPassword ──CreateLoginProfile──▶ Ok ──15 days left──▶ Warning ──MaxPasswordAge──▶ Expired
//!      ▲                              ▲                                                 │
//!      │ DeleteLoginProfile           │ a new password: ChangePassword, or              │
//!      │ (from any state)             │ UpdateLoginProfile with a Password              │
//!      │                              ├─────────────────────────────────────────────────┘
//!      │                              └── ResetRequired ◀── PasswordResetRequired=true
//!                                                           (Create/UpdateLoginProfile)
//! ```
//!
//! An expired password must be replaced before console access; with `HardExpiry` the user
//! cannot replace it at sign-in (an administrator resets it with UpdateLoginProfile), but
//! ChangePassword through the API, signed with the user's access keys, still works (IAM API
//! Reference, UpdateAccountPasswordPolicy, HardExpiry).
//!
//! One module per job: `rules` (the policy's parameters and the rules a password must
//! meet), `state` (expiry), `hashing` (argon2id off the runtime), `grant` (the
//! account-level grant), `account_policy` (the three account policy operations), `profiles`
//! (the login profile operations) and `sign_in` (ChangePassword and the console's check).

mod account_policy;
mod grant;
mod hashing;
mod profiles;
mod rules;
mod sign_in;
mod state;

pub use grant::{
    ALLOW_USERS_TO_CHANGE_PASSWORD, change_password_grant_document, change_password_grant_for,
};
pub use hashing::{Password, hash_checks_done, hash_password, verify_password};
pub use profiles::LoginProfileView;
pub use rules::{PasswordPolicyInput, SYMBOLS, policy_violations};
pub use state::{PasswordState, WARNING_DAYS, expires_at};

#[cfg(test)]
mod tests {
    use super::hashing::dummy_hash;
    use super::rules::{RULE_NUMBER, RULE_UPPER, rule_symbol};
    use super::*;
    use crate::entities::{LoginProfile, PasswordPolicy};
    use iamd_policy::{PolicyKind, parse_policy};
    use time::{Duration, OffsetDateTime};

    fn policy() -> PasswordPolicy {
        PasswordPolicyInput::default().into_policy().unwrap()
    }

    #[test]
    fn omitted_fields_take_the_defaults() {
        let p = policy();
        assert_eq!(p.minimum_password_length, 6);
        assert!(!p.require_symbols && !p.allow_users_to_change_password);
        assert_eq!(
            (
                p.max_password_age,
                p.password_reuse_prevention,
                p.hard_expiry
            ),
            (None, None, None)
        );
    }

    #[test]
    fn ranges_are_checked_and_named() {
        let e = PasswordPolicyInput {
            minimum_password_length: Some(5),
            max_password_age: Some(1096),
            password_reuse_prevention: Some(25),
            ..PasswordPolicyInput::default()
        }
        .into_policy()
        .unwrap_err();
        let m = e.to_string();
        for field in [
            "MinimumPasswordLength",
            "MaxPasswordAge",
            "PasswordReusePrevention",
        ] {
            assert!(m.contains(field), "{m}");
        }
    }

    #[test]
    fn every_broken_rule_is_named() {
        let p = PasswordPolicy {
            minimum_password_length: 14,
            require_symbols: true,
            require_numbers: true,
            require_uppercase_characters: true,
            require_lowercase_characters: true,
            ..policy()
        };
        let broken = policy_violations("abc", Some(&p), &[]);
        assert_eq!(
            broken,
            vec![
                "Password should have at least 14 characters".to_string(),
                RULE_UPPER.to_string(),
                RULE_NUMBER.to_string(),
                rule_symbol(),
            ]
        );
        assert!(policy_violations("Abcdefghijk1!xyz", Some(&p), &[]).is_empty());
        // Only the 20 documented symbols count.
        assert_eq!(
            policy_violations("Abcdefghijk1.xyz", Some(&p), &[]),
            vec![rule_symbol()]
        );
        assert!(rule_symbol().ends_with("! @ # $ % ^ & * ( ) _ + - = [ ] { } | '"));
    }

    #[test]
    fn the_default_rules() {
        assert!(policy_violations("Abcdefg1", None, &[]).is_empty());
        assert!(policy_violations("abcdef1!", None, &[]).is_empty());
        let broken = policy_violations("abcdefgh", None, &[]);
        assert_eq!(broken.len(), 1, "{broken:?}");
        assert!(broken[0].starts_with("Password should meet 2 more of the following requirements"));
        let broken = policy_violations("Ab1", None, &[]);
        assert_eq!(broken, vec!["Password should have at least 8 characters"]);
        assert_eq!(
            policy_violations("My-Company1", None, &["123456789012", "my-company1"]),
            vec!["Password should not be the account's ID or alias"]
        );
    }

    #[test]
    fn characters_outside_the_model_are_refused() {
        let broken = policy_violations("Abcdefg1\u{100}", None, &[]);
        assert!(broken[0].contains("U+0020 to U+00FF"), "{broken:?}");
    }

    fn profile(changed: OffsetDateTime, reset: bool) -> LoginProfile {
        LoginProfile {
            user: "alice".into(),
            create_date: changed,
            password_reset_required: reset,
            hash: String::new(),
            password_changed: changed,
            history: Vec::new(),
            password_last_used: None,
            reset_required_unknown: false,
        }
    }

    #[test]
    fn states_over_time() {
        let t0 = OffsetDateTime::UNIX_EPOCH + Duration::days(20_000);
        let p = profile(t0, false);
        let mut pol = policy();
        assert_eq!(
            PasswordState::of(None, Some(&pol), t0),
            PasswordState::NoPassword
        );
        assert_eq!(
            PasswordState::of(Some(&p), Some(&pol), t0 + Duration::days(5000)),
            PasswordState::Ok {
                expires_in_days: None
            }
        );
        pol.max_password_age = Some(90);
        let at = |days: f64| t0 + Duration::seconds_f64(days * 86_400.0);
        assert_eq!(
            PasswordState::of(Some(&p), Some(&pol), at(74.5)),
            PasswordState::Ok {
                expires_in_days: Some(16)
            }
        );
        assert_eq!(
            PasswordState::of(Some(&p), Some(&pol), at(75.0)),
            PasswordState::Warning { days: 15 }
        );
        assert_eq!(
            PasswordState::of(Some(&p), Some(&pol), at(89.9)),
            PasswordState::Warning { days: 1 }
        );
        assert_eq!(
            PasswordState::of(Some(&p), Some(&pol), at(90.0)),
            PasswordState::Expired { hard_expiry: false }
        );
        pol.hard_expiry = Some(true);
        let expired = PasswordState::of(Some(&p), Some(&pol), at(91.0));
        assert_eq!(expired, PasswordState::Expired { hard_expiry: true });
        assert!(!expired.may_set_password_at_sign_in());
        let reset = profile(t0, true);
        assert_eq!(
            PasswordState::of(Some(&reset), Some(&pol), at(1.0)),
            PasswordState::ResetRequired
        );
        assert!(PasswordState::ResetRequired.may_set_password_at_sign_in());
    }

    #[test]
    fn the_grant_names_exactly_the_user() {
        let doc = change_password_grant_document("arn:aws:iam::123456789012:user/a*b/$x?/alice");
        assert!(doc.contains(r"user/a${*}b/${$}x${?}/alice"), "{doc}");
        let policy = parse_policy(&doc, PolicyKind::Identity).unwrap();
        assert_eq!(policy.statements().len(), 2);
    }

    #[test]
    fn passwords_do_not_show_in_debug() {
        let p = Password::new("hunter2-secret".into());
        assert!(!format!("{p:?}").contains("hunter2"));
    }

    #[tokio::test]
    async fn hashes_are_argon2id_phc_strings() {
        let p = Password::new("Correct-Horse-1".into());
        let phc = hash_password(&p).await.unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(!phc.contains("Correct-Horse-1"));
        assert!(verify_password(&p, &phc).await.unwrap());
        assert!(
            !verify_password(&Password::new("wrong".into()), &phc)
                .await
                .unwrap()
        );
        assert!(!dummy_hash().is_empty());
    }
}
