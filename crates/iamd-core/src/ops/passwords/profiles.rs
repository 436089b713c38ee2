//! Login profiles: CreateLoginProfile, GetLoginProfile, UpdateLoginProfile,
//! DeleteLoginProfile, and the checks and writes every new password goes through.

use crate::Operation;
use time::OffsetDateTime;

use crate::entities::{LoginProfile, User};
use crate::error::CoreError;
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Store, StoreError, WriteBatch};

use super::hashing::{Password, hash_new};
use super::rules::{HISTORY, policy_violations, reuse_rule};

/// A login profile as the API shows it (never the password or its hash).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginProfileView {
    pub user_name: String,
    pub create_date: OffsetDateTime,
    pub password_reset_required: bool,
}

impl From<&LoginProfile> for LoginProfileView {
    fn from(p: &LoginProfile) -> LoginProfileView {
        LoginProfileView {
            user_name: p.user.clone(),
            create_date: p.create_date,
            password_reset_required: p.password_reset_required,
        }
    }
}

impl<S: Store> Iam<S> {
    /// The login profile of `user` (stored under its id) and its version, showing its name now.
    pub(super) async fn login_profile(
        &self,
        user: &User,
    ) -> Result<Option<(LoginProfile, i64)>, CoreError> {
        match self
            .store
            .get(&self.account, Kind::LoginProfile, &user.id)
            .await?
        {
            Some(r) => {
                let mut profile: LoginProfile = decode(&r.data)?;
                profile.user.clone_from(&user.name);
                Ok(Some((profile, r.version)))
            }
            None => Ok(None),
        }
    }

    /// The password rules a new password must meet, as a PasswordPolicyViolation naming every
    /// rule broken; reuse is checked (and named) only for a password that meets the others.
    pub(super) async fn check_new_password(
        &self,
        password: &Password,
        current: Option<&LoginProfile>,
    ) -> Result<String, CoreError> {
        let (account, _) = self.account_and_version().await?;
        let policy = account.password_policy.as_ref();
        let mut names: Vec<&str> = account.aliases.iter().map(String::as_str).collect();
        names.push(&self.account);
        let mut broken = policy_violations(password.as_str(), policy, &names);
        if account.refuse_common_passwords {
            let mut inputs: Vec<String> = names.iter().map(|n| n.to_string()).collect();
            if let Some(p) = current {
                inputs.push(p.user.clone());
            }
            if crate::ops::common_passwords::estimate_off_runtime(password.as_str(), inputs)
                .await?
                .common
            {
                broken.push(crate::ops::common_passwords::COMMON_PASSWORD_RULE.to_string());
            }
        }
        // A password that already breaks a rule is refused without the reuse check: up to 24
        // hash checks would buy nothing but work for whoever sends bad passwords.
        if !broken.is_empty() {
            return Err(CoreError::PasswordPolicyViolation(broken.join("; ")));
        }
        let reuse = policy
            .and_then(|p| p.password_reuse_prevention)
            .unwrap_or(0);
        let earlier: Vec<String> = match current {
            Some(p) if reuse > 0 => std::iter::once(p.hash.clone())
                .chain(p.history.iter().cloned())
                .take(usize::try_from(reuse).unwrap_or(HISTORY))
                .collect(),
            _ => Vec::new(),
        };
        let new = hash_new(password, earlier).await?;
        if new.reused {
            return Err(CoreError::PasswordPolicyViolation(reuse_rule(reuse)));
        }
        Ok(new.hash)
    }

    /// CreateLoginProfile: a console password for the user (one per user).
    pub async fn create_login_profile(
        &self,
        caller: &Caller,
        user: Option<&str>,
        password: Option<Password>,
        password_reset_required: bool,
    ) -> Result<LoginProfileView, CoreError> {
        let user = self
            .named_or_calling_user(caller, Operation::CreateLoginProfile, user)
            .await?;
        let exists = || {
            CoreError::EntityAlreadyExists(format!(
                "Login Profile for user {} already exists.",
                user.name
            ))
        };
        if self.login_profile(&user).await?.is_some() {
            return Err(exists());
        }
        let password = password.ok_or_else(|| {
            CoreError::ValidationError("A Password is required to create a login profile.".into())
        })?;
        let hash = self.check_new_password(&password, None).await?;
        let now = self.now();
        let profile = LoginProfile {
            user: user.name.clone(),
            create_date: now,
            password_reset_required,
            hash,
            password_changed: now,
            history: Vec::new(),
            password_last_used: None,
            reset_required_unknown: false,
        };
        let key = user.id.clone();
        self.write(
            WriteBatch::new()
                .require(Condition::Absent {
                    kind: Kind::LoginProfile,
                    key: key.clone(),
                })
                // The user must still exist (under whatever name).
                .require(Condition::Referenced {
                    kind: Kind::User,
                    reference: user.id.clone(),
                })
                .put(record(
                    Kind::LoginProfile,
                    &key,
                    Some(&key),
                    None,
                    &profile,
                )?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { index: 0 } => exists(),
            StoreError::ConditionFailed { .. } => crate::ops::users::no_such_user(&user.name),
            other => other.into(),
        })?;
        Ok(LoginProfileView::from(&profile))
    }

    pub async fn get_login_profile(
        &self,
        caller: &Caller,
        user: Option<&str>,
    ) -> Result<LoginProfileView, CoreError> {
        let user = self
            .named_or_calling_user(caller, Operation::GetLoginProfile, user)
            .await?;
        let (profile, _) = self
            .login_profile(&user)
            .await?
            .ok_or_else(|| no_login_profile(&user.name))?;
        Ok(LoginProfileView::from(&profile))
    }

    /// UpdateLoginProfile: an administrator sets a new password and/or the reset flag. A
    /// request with only `PasswordResetRequired` keeps the password; an omitted flag keeps its
    /// current value.
    pub async fn update_login_profile(
        &self,
        caller: &Caller,
        user: &str,
        password: Option<Password>,
        password_reset_required: Option<bool>,
    ) -> Result<(), CoreError> {
        let user = self
            .authorized_user(caller, Operation::UpdateLoginProfile, user)
            .await?;
        let (mut profile, version) = self
            .login_profile(&user)
            .await?
            .ok_or_else(|| no_login_profile(&user.name))?;
        if let Some(password) = &password {
            let hash = self.check_new_password(password, Some(&profile)).await?;
            self.replace_hash(&mut profile, hash);
        }
        if let Some(flag) = password_reset_required {
            profile.password_reset_required = flag;
            profile.reset_required_unknown = false;
        }
        // A new password, or a reset demanded, ends the user's console sessions: whoever
        // signed in with the old password is out (but for the session making the change, when
        // users reset their own password from the console).
        let ending = if password.is_some() || password_reset_required == Some(true) {
            let keep = caller
                .session
                .as_ref()
                .and_then(|s| s.console_session.as_deref());
            self.end_console_sessions(WriteBatch::new(), &user.id, keep)
                .await?
        } else {
            WriteBatch::new()
        };
        self.save_profile(&user.id, &profile, version, ending).await
    }

    pub async fn delete_login_profile(
        &self,
        caller: &Caller,
        user: Option<&str>,
    ) -> Result<(), CoreError> {
        let user = self
            .named_or_calling_user(caller, Operation::DeleteLoginProfile, user)
            .await?;
        let (_, version) = self
            .login_profile(&user)
            .await?
            .ok_or_else(|| no_login_profile(&user.name))?;
        let key = user.id.clone();
        // No console password, no console session.
        let batch = WriteBatch::new().require(Condition::Version {
            kind: Kind::LoginProfile,
            key: key.clone(),
            version,
        });
        let batch = self.end_console_sessions(batch, &user.id, None).await?;
        self.write(batch.delete(Kind::LoginProfile, key))
            .await
            .map_err(|e| match e {
                StoreError::ConditionFailed { .. } => no_login_profile(&user.name),
                other => other.into(),
            })
    }

    /// Make `hash` the current password, remembering the one it replaces; starts a new expiry
    /// period.
    pub(super) fn replace_hash(&self, profile: &mut LoginProfile, hash: String) {
        let old = std::mem::replace(&mut profile.hash, hash);
        profile.history.insert(0, old);
        profile.history.truncate(HISTORY);
        profile.password_changed = self.now();
        // A password set here settles what an import could not know.
        profile.reset_required_unknown = false;
    }

    /// Write `profile` of the user with id `user_id` over the one read at `version`; `batch`
    /// holds what goes with it (console sessions ended).
    pub(super) async fn save_profile(
        &self,
        user_id: &str,
        profile: &LoginProfile,
        version: i64,
        batch: WriteBatch,
    ) -> Result<(), CoreError> {
        let key = user_id.to_string();
        self.write(
            batch
                .require(Condition::Version {
                    kind: Kind::LoginProfile,
                    key: key.clone(),
                    version,
                })
                .put(record(Kind::LoginProfile, &key, Some(&key), None, profile)?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { .. } => CoreError::ConcurrentModification(format!(
                "The login profile of user {} was changed by another request at the same time; retry.",
                profile.user
            )),
            other => other.into(),
        })
    }
}

pub(super) fn no_login_profile(user: &str) -> CoreError {
    CoreError::NoSuchEntity(format!("Login Profile for User {user} cannot be found."))
}
