//! The root user's console password (`iamd admin set-root-password`).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::entities::ROOT_OWNER;
use crate::error::CoreError;
use crate::ops::passwords::{Password, hash_password, verify_password};
use crate::service::{Iam, decode, record};
use crate::store::{Kind, Store, WriteBatch};

/// The shortest root password `iamd admin set-root-password` accepts (the account password
/// policy does not apply to the root user).
pub const ROOT_PASSWORD_MIN: usize = 8;

/// The root user's console password, stored under `(Kind::RootPassword, "")`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct RootPassword {
    hash: String,
    #[serde(with = "time::serde::rfc3339")]
    changed: OffsetDateTime,
}

impl<S: Store> Iam<S> {
    /// Set the root user's console password (`iamd admin set-root-password`).
    pub async fn set_root_password(&self, password: &Password) -> Result<(), CoreError> {
        let length = password.as_str().chars().count();
        if !(ROOT_PASSWORD_MIN..=128).contains(&length) {
            return Err(CoreError::PasswordPolicyViolation(format!(
                "The root password should have between {ROOT_PASSWORD_MIN} and 128 characters."
            )));
        }
        let stored = RootPassword {
            hash: hash_password(password).await?,
            changed: self.now(),
        };
        self.write(WriteBatch::new().put(record(
            Kind::RootPassword,
            "",
            Some(ROOT_OWNER),
            None,
            &stored,
        )?))
        .await?;
        Ok(())
    }

    /// Whether `password` is the root user's console password (false when none is set, after
    /// the same hashing work).
    pub(super) async fn check_root_password(&self, password: &Password) -> Result<bool, CoreError> {
        let stored: Option<RootPassword> = match self
            .store
            .get(&self.account, Kind::RootPassword, "")
            .await?
        {
            Some(r) => Some(decode(&r.data)?),
            None => None,
        };
        match stored {
            Some(s) => verify_password(password, &s.hash).await,
            None => {
                // The same work as a real check, so timing tells nothing.
                let _ = hash_password(password).await?;
                Ok(false)
            }
        }
    }
}
