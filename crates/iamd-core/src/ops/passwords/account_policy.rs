//! The account password policy: UpdateAccountPasswordPolicy, GetAccountPasswordPolicy,
//! DeleteAccountPasswordPolicy, and the policy as the other password operations read it.

use crate::Operation;
use std::sync::Arc;

use iamd_policy::{Policy, PolicySource};

use crate::entities::{Account, PasswordPolicy, User};
use crate::error::CoreError;
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Store, StoreError, WriteBatch};

use super::grant::change_password_grant_for;
use super::rules::PasswordPolicyInput;

impl<S: Store> Iam<S> {
    /// The account record and its version.
    pub(super) async fn account_and_version(&self) -> Result<(Account, i64), CoreError> {
        let r = self
            .store
            .get(&self.account, Kind::Account, "")
            .await?
            .ok_or_else(|| CoreError::ServiceFailure("the account record is missing".into()))?;
        Ok((decode(&r.data)?, r.version))
    }

    /// The account's custom password policy, `None` while AWS's default rules apply.
    pub async fn password_policy(&self) -> Result<Option<PasswordPolicy>, CoreError> {
        Ok(self.account_and_version().await?.0.password_policy)
    }

    /// For the authorizer: the synthetic identity policy `AllowUsersToChangePassword` grants
    /// `user`, when the account's password policy turns it on.
    pub(crate) async fn change_password_grant(
        &self,
        user: &User,
    ) -> Result<Option<(PolicySource, Arc<Policy>)>, CoreError> {
        change_password_grant_for(
            self.password_policy().await?.as_ref(),
            &user.arn(&self.account),
        )
    }

    async fn write_policy(&self, policy: Option<PasswordPolicy>) -> Result<bool, CoreError> {
        let (mut account, version) = self.account_and_version().await?;
        let had = account.password_policy.is_some();
        account.password_policy = policy;
        self.write(
            WriteBatch::new()
                .require(Condition::Version {
                    kind: Kind::Account,
                    key: String::new(),
                    version,
                })
                .put(record(Kind::Account, "", None, None, &account)?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { .. } => CoreError::ConcurrentModification(
                "The account was changed by another request at the same time; retry.".into(),
            ),
            other => other.into(),
        })?;
        Ok(had)
    }

    /// UpdateAccountPasswordPolicy: replaces the whole policy; omitted parameters return to
    /// their defaults.
    pub async fn update_account_password_policy(
        &self,
        caller: &Caller,
        input: PasswordPolicyInput,
    ) -> Result<(), CoreError> {
        self.authorize(caller, Operation::UpdateAccountPasswordPolicy, "*")
            .await?;
        let policy = input.into_policy()?;
        self.write_policy(Some(policy)).await.map(|_| ())
    }

    /// GetAccountPasswordPolicy: NoSuchEntity while AWS's default rules apply.
    pub async fn get_account_password_policy(
        &self,
        caller: &Caller,
    ) -> Result<PasswordPolicy, CoreError> {
        self.authorize(caller, Operation::GetAccountPasswordPolicy, "*")
            .await?;
        self.password_policy().await?.ok_or_else(|| {
            CoreError::NoSuchEntity(format!(
                "The Password Policy with domain name {} cannot be found.",
                self.account
            ))
        })
    }

    pub async fn delete_account_password_policy(&self, caller: &Caller) -> Result<(), CoreError> {
        self.authorize(caller, Operation::DeleteAccountPasswordPolicy, "*")
            .await?;
        let missing = || {
            CoreError::NoSuchEntity(
                "The account policy with name PasswordPolicy cannot be found.".into(),
            )
        };
        if self.password_policy().await?.is_none() {
            return Err(missing());
        }
        if self.write_policy(None).await? {
            Ok(())
        } else {
            Err(missing())
        }
    }
}
