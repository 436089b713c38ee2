//! SSH public keys for CodeCommit: UploadSSHPublicKey, GetSSHPublicKey, ListSSHPublicKeys,
//! UpdateSSHPublicKey, DeleteSSHPublicKey (spec iam-api-more.md §4). Every one is authorized
//! on the owning user, so `user/${aws:username}` grants self-service.

use crate::entities::{KeyStatus, SshPublicKey, User, ssh_public_key_key};
use crate::error::CoreError;
use crate::ids::{self, IdKind};
use crate::ops::ssh_key_format::SshRsaKey;
use crate::ops::users::no_such_user;
use crate::ops::{Paged, paginate};
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Query, Store, StoreError, WriteBatch};

/// SSH public keys per user, active or not (IAM and AWS STS quotas).
const SSH_KEYS_PER_USER: u32 = 5;

/// The encoding GetSSHPublicKey returns a key in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SshKeyEncoding {
    /// `ssh-rsa AAAA…`
    Ssh,
    /// `-----BEGIN PUBLIC KEY-----…`
    Pem,
}

impl<S: Store> Iam<S> {
    /// The user's SSH keys with their store keys and versions, in upload order.
    async fn ssh_keys_of(
        &self,
        user: &User,
    ) -> Result<Vec<(SshPublicKey, String, i64)>, CoreError> {
        let page = self
            .store
            .list(
                &self.account,
                &Query {
                    owner: Some(user.id.clone()),
                    ..Query::all(Kind::SshPublicKey)
                },
            )
            .await?;
        let mut keys = Vec::new();
        for r in page.records {
            let mut k: SshPublicKey = decode(&r.data)?;
            // Shown under the owner's name now (a rename moves nothing).
            k.user.clone_from(&user.name);
            keys.push((k, r.key, r.version));
        }
        keys.sort_by(|a, b| (a.0.upload_date, &a.0.id).cmp(&(b.0.upload_date, &b.0.id)));
        Ok(keys)
    }

    /// The key `id` of the user `user_name`, authorizing `operation` on the user first.
    async fn authorized_ssh_key(
        &self,
        caller: &Caller,
        operation: crate::Operation,
        user_name: &str,
        id: &str,
    ) -> Result<(User, SshPublicKey, String, i64), CoreError> {
        let user = self.authorized_user(caller, operation, user_name).await?;
        let found = self
            .ssh_keys_of(&user)
            .await?
            .into_iter()
            .find(|(k, ..)| k.id == id);
        match found {
            Some((k, key, version)) => Ok((user, k, key, version)),
            None => Err(no_such_key(id)),
        }
    }

    /// UploadSSHPublicKey: a new `Active` key.
    pub async fn upload_ssh_public_key(
        &self,
        caller: &Caller,
        user_name: &str,
        body: &str,
    ) -> Result<SshPublicKey, CoreError> {
        let user = self
            .authorized_user(caller, crate::Operation::UploadSSHPublicKey, user_name)
            .await?;
        let parsed = SshRsaKey::parse(body)?;
        let fingerprint = parsed.fingerprint()?;
        let key = SshPublicKey {
            id: ids::new_id(IdKind::SshPublicKey)?,
            user: user.name.clone(),
            body: parsed.to_openssh()?,
            fingerprint: fingerprint.clone(),
            status: KeyStatus::Active,
            upload_date: self.now(),
        };
        let store_key = ssh_public_key_key(&user.id, &fingerprint);
        // [0] not already on this user, [1] the quota, [2] the user still exists.
        self.write(
            WriteBatch::new()
                .require(Condition::Absent {
                    kind: Kind::SshPublicKey,
                    key: store_key.clone(),
                })
                .require(Condition::OwnerCountBelow {
                    kind: Kind::SshPublicKey,
                    owner: user.id.clone(),
                    limit: SSH_KEYS_PER_USER,
                })
                .require(Condition::Referenced {
                    kind: Kind::User,
                    reference: user.id.clone(),
                })
                .put(record(
                    Kind::SshPublicKey,
                    &store_key,
                    Some(&user.id),
                    None,
                    &key,
                )?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { index: 0 } => CoreError::Refused {
                code: "DuplicateSSHPublicKey",
                status: 400,
                message: "The SSH public key specified in the request already exists for the specified IAM user.".into(),
            },
            StoreError::ConditionFailed { index: 1 } => CoreError::LimitExceeded(format!(
                "Cannot exceed quota for SSHPublicKeysPerUser: {SSH_KEYS_PER_USER}"
            )),
            StoreError::ConditionFailed { .. } => no_such_user(user_name),
            other => other.into(),
        })?;
        Ok(key)
    }

    /// GetSSHPublicKey: the key in the encoding asked for, whichever it was uploaded in.
    pub async fn get_ssh_public_key(
        &self,
        caller: &Caller,
        user_name: &str,
        id: &str,
        encoding: SshKeyEncoding,
    ) -> Result<SshPublicKey, CoreError> {
        let (_, mut key, ..) = self
            .authorized_ssh_key(caller, crate::Operation::GetSSHPublicKey, user_name, id)
            .await?;
        if encoding == SshKeyEncoding::Pem {
            key.body = SshRsaKey::parse(&key.body)?.to_pem()?;
        }
        Ok(key)
    }

    /// ListSSHPublicKeys: without a user name, the caller's own (none for root).
    pub async fn list_ssh_public_keys(
        &self,
        caller: &Caller,
        user_name: Option<&str>,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<SshPublicKey>, CoreError> {
        let Some(user) = self
            .target_user(caller, crate::Operation::ListSSHPublicKeys, user_name)
            .await?
        else {
            return Ok(paginate(Vec::new(), marker, max_items));
        };
        let keys = self
            .ssh_keys_of(&user)
            .await?
            .into_iter()
            .enumerate()
            .map(|(i, (k, ..))| (format!("{i:04}"), k))
            .collect();
        Ok(paginate(keys, marker, max_items))
    }

    /// UpdateSSHPublicKey: `Active` or `Inactive` (the body never changes).
    pub async fn update_ssh_public_key(
        &self,
        caller: &Caller,
        user_name: &str,
        id: &str,
        status: &str,
    ) -> Result<(), CoreError> {
        let (_, mut key, store_key, version) = self
            .authorized_ssh_key(caller, crate::Operation::UpdateSSHPublicKey, user_name, id)
            .await?;
        key.status = match status {
            "Active" => KeyStatus::Active,
            "Inactive" => KeyStatus::Inactive,
            other => {
                return Err(CoreError::InvalidInput(format!(
                    "The status {other} cannot be set; an SSH public key is Active or Inactive."
                )));
            }
        };
        let owner = self
            .store
            .get(&self.account, Kind::SshPublicKey, &store_key)
            .await?
            .and_then(|r| r.owner);
        self.write(
            WriteBatch::new()
                .require(Condition::Version {
                    kind: Kind::SshPublicKey,
                    key: store_key.clone(),
                    version,
                })
                .put(record(
                    Kind::SshPublicKey,
                    &store_key,
                    owner.as_deref(),
                    None,
                    &key,
                )?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { .. } => no_such_key(id),
            other => other.into(),
        })
    }

    /// DeleteSSHPublicKey.
    pub async fn delete_ssh_public_key(
        &self,
        caller: &Caller,
        user_name: &str,
        id: &str,
    ) -> Result<(), CoreError> {
        let (_, _, store_key, _) = self
            .authorized_ssh_key(caller, crate::Operation::DeleteSSHPublicKey, user_name, id)
            .await?;
        self.write(
            WriteBatch::new()
                .require(Condition::Exists {
                    kind: Kind::SshPublicKey,
                    key: store_key.clone(),
                })
                .delete(Kind::SshPublicKey, store_key),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { .. } => no_such_key(id),
            other => other.into(),
        })
    }
}

fn no_such_key(id: &str) -> CoreError {
    CoreError::NoSuchEntity(format!("The Public Key with id {id} cannot be found."))
}
