//! ChangePassword, a password's state, and the console's password check at sign-in.

use crate::Operation;

use crate::entities::User;
use crate::error::CoreError;
use crate::service::{Caller, Iam, record};
use crate::store::{Condition, Kind, Store, StoreError, WriteBatch};

use super::hashing::{Password, verify_or_dummy, verify_password};
use super::profiles::no_login_profile;
use super::state::PasswordState;

impl<S: Store> Iam<S> {
    /// ChangePassword: the calling IAM user replaces their own password, proving the old one.
    /// Authorized by a policy or by `AllowUsersToChangePassword` on the caller's own ARN.
    pub async fn change_password(
        &self,
        caller: &Caller,
        old: &Password,
        new: &Password,
    ) -> Result<(), CoreError> {
        let Some(me) = &caller.user else {
            return Err(CoreError::InvalidUserType(if caller.is_root() {
                "The root user cannot use ChangePassword: it changes the password of the calling IAM user, and the root user's password is not an IAM login profile.".into()
            } else {
                "Only an IAM user can change their own password with ChangePassword.".into()
            }));
        };
        self.authorize(caller, Operation::ChangePassword, &me.arn(&self.account))
            .await?;
        let (mut profile, version) = self
            .login_profile(me)
            .await?
            .ok_or_else(|| no_login_profile(&me.name))?;
        // OldPassword is a guess at the console password like a sign-in's: counted against
        // the user and the address first (`ops::throttle`), refused unchecked while locked.
        let reservation = match self
            .reserve_attempt(
                crate::ops::throttle::Factor::Password,
                crate::ops::throttle::Subject::user(Some(&me.name)),
                true,
                caller.context.single("aws:sourceip"),
            )
            .await?
        {
            Ok(r) => r,
            Err(locked) => {
                return Err(CoreError::AccessDenied(format!(
                    "The password was not changed. {}",
                    locked.message(self.now())
                )));
            }
        };
        if !verify_password(old, &profile.hash).await? {
            return Err(CoreError::InvalidInput(
                "The old password is incorrect: OldPassword does not match the current password of the user, so the password was not changed.".into(),
            ));
        }
        self.clear_attempts(&reservation).await?;
        let hash = self.check_new_password(new, Some(&profile)).await?;
        self.replace_hash(&mut profile, hash);
        profile.password_reset_required = false;
        // The user's other console sessions end; the one they changed it from goes on.
        let keep = caller
            .session
            .as_ref()
            .and_then(|s| s.console_session.as_deref());
        let ending = self
            .end_console_sessions(WriteBatch::new(), &me.id, keep)
            .await?;
        self.save_profile(&me.id, &profile, version, ending).await
    }

    /// Where the password of `user` stands now (for the console and the credential report).
    pub async fn password_state(&self, user: &str) -> Result<PasswordState, CoreError> {
        let profile = match self.load_user(user).await? {
            Some(u) => self.login_profile(&u).await?.map(|(p, _)| p),
            None => None,
        };
        let policy = self.password_policy().await?;
        Ok(PasswordState::of(
            profile.as_ref(),
            policy.as_ref(),
            self.now(),
        ))
    }

    /// Console sign-in: the user and the state of their password when `password` is theirs,
    /// `None` otherwise (unknown user, no login profile or a wrong password, told apart by
    /// nothing, not even time). Records the sign-in as the password's last use.
    pub async fn check_console_password(
        &self,
        user_name: &str,
        password: &Password,
    ) -> Result<Option<(User, PasswordState)>, CoreError> {
        let user = self.load_user(user_name).await?;
        let profile = match &user {
            Some(u) => self.login_profile(u).await?,
            None => None,
        };
        let phc = profile.as_ref().map(|(p, _)| p.hash.clone());
        let matches = verify_or_dummy(password, phc).await?;
        let (Some(user), Some((mut profile, version)), true) = (user, profile, matches) else {
            return Ok(None);
        };
        let policy = self.password_policy().await?;
        let now = self.now();
        let state = PasswordState::of(Some(&profile), policy.as_ref(), now);
        profile.password_last_used = Some(now);
        let key = user.id.clone();
        // Straight to the store: a sign-in time changes no permission.
        let batch = WriteBatch::new()
            .require(Condition::Version {
                kind: Kind::LoginProfile,
                key: key.clone(),
                version,
            })
            .put(record(
                Kind::LoginProfile,
                &key,
                Some(&key),
                None,
                &profile,
            )?);
        match self.store_write(batch).await {
            Ok(()) | Err(StoreError::ConditionFailed { .. }) => {}
            Err(e) => return Err(e.into()),
        }
        Ok(Some((user, state)))
    }
}
