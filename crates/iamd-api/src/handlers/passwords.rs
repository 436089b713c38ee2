//! The account password policy, login profiles and ChangePassword.

use iamd_core::store::Store;
use iamd_core::{Caller, CoreError, Iam};

use crate::generated::{Input, Output, iam};

/// Serve `input` if it is one of this family's operations; hand it back otherwise.
pub(super) async fn handle<S: Store>(
    svc: &Iam<S>,
    caller: &Caller,
    input: Input,
) -> Result<Result<Output, Input>, CoreError> {
    Ok(Ok(match input {
        Input::UpdateAccountPasswordPolicy(r) => {
            let input = iamd_core::ops::passwords::PasswordPolicyInput {
                minimum_password_length: r.minimum_password_length,
                require_symbols: r.require_symbols,
                require_numbers: r.require_numbers,
                require_uppercase_characters: r.require_uppercase_characters,
                require_lowercase_characters: r.require_lowercase_characters,
                allow_users_to_change_password: r.allow_users_to_change_password,
                max_password_age: r.max_password_age,
                password_reuse_prevention: r.password_reuse_prevention,
                hard_expiry: r.hard_expiry,
            };
            svc.update_account_password_policy(caller, input).await?;
            Output::UpdateAccountPasswordPolicy
        }
        Input::GetAccountPasswordPolicy => {
            let p = svc.get_account_password_policy(caller).await?;
            let int = |n: u32| i32::try_from(n).ok();
            Output::GetAccountPasswordPolicy(iam::GetAccountPasswordPolicyResponse {
                password_policy: iam::PasswordPolicy {
                    minimum_password_length: int(p.minimum_password_length),
                    require_symbols: Some(p.require_symbols),
                    require_numbers: Some(p.require_numbers),
                    require_uppercase_characters: Some(p.require_uppercase_characters),
                    require_lowercase_characters: Some(p.require_lowercase_characters),
                    allow_users_to_change_password: Some(p.allow_users_to_change_password),
                    expire_passwords: Some(p.max_password_age.is_some()),
                    max_password_age: p.max_password_age.and_then(int),
                    password_reuse_prevention: p.password_reuse_prevention.and_then(int),
                    hard_expiry: p.hard_expiry,
                },
            })
        }
        Input::DeleteAccountPasswordPolicy => {
            svc.delete_account_password_policy(caller).await?;
            Output::DeleteAccountPasswordPolicy
        }
        Input::CreateLoginProfile(r) => {
            let p = svc
                .create_login_profile(
                    caller,
                    r.user_name.as_deref(),
                    r.password.map(iamd_core::ops::passwords::Password::new),
                    r.password_reset_required.unwrap_or(false),
                )
                .await?;
            Output::CreateLoginProfile(iam::CreateLoginProfileResponse {
                login_profile: iam::LoginProfile {
                    user_name: p.user_name,
                    create_date: p.create_date,
                    password_reset_required: Some(p.password_reset_required),
                },
            })
        }
        Input::GetLoginProfile(r) => {
            let p = svc
                .get_login_profile(caller, r.user_name.as_deref())
                .await?;
            Output::GetLoginProfile(iam::GetLoginProfileResponse {
                login_profile: iam::LoginProfile {
                    user_name: p.user_name,
                    create_date: p.create_date,
                    password_reset_required: Some(p.password_reset_required),
                },
            })
        }
        Input::UpdateLoginProfile(r) => {
            svc.update_login_profile(
                caller,
                &r.user_name,
                r.password.map(iamd_core::ops::passwords::Password::new),
                r.password_reset_required,
            )
            .await?;
            Output::UpdateLoginProfile
        }
        Input::DeleteLoginProfile(r) => {
            svc.delete_login_profile(caller, r.user_name.as_deref())
                .await?;
            Output::DeleteLoginProfile
        }
        Input::ChangePassword(r) => {
            let old = iamd_core::ops::passwords::Password::new(r.old_password);
            let new = iamd_core::ops::passwords::Password::new(r.new_password);
            svc.change_password(caller, &old, &new).await?;
            Output::ChangePassword
        }
        other => return Ok(Err(other)),
    }))
}
