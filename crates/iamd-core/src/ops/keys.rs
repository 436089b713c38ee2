//! Access keys: CreateAccessKey, UpdateAccessKey, DeleteAccessKey, ListAccessKeys,
//! GetAccessKeyLastUsed.

use crate::Operation;
use time::OffsetDateTime;

use crate::entities::{AccessKey, KeyStatus, ROOT_OWNER, User};
use crate::error::CoreError;
use crate::ids::{self, IdKind};
use crate::ops::{Paged, paginate};
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Query, Store, StoreError, WriteBatch};

/// Access keys per user, active or not (IAM User Guide, "Managing access keys for IAM users").
const KEYS_PER_USER: u32 = 2;

/// A key as CreateAccessKey returns it: the only time the secret is shown.
#[derive(Debug, Clone)]
pub struct CreatedAccessKey {
    pub user_name: String,
    pub access_key_id: String,
    pub secret_access_key: String,
    pub status: KeyStatus,
    pub create_date: OffsetDateTime,
}

#[derive(Debug, Clone)]
pub struct AccessKeyLastUsed {
    pub user_name: String,
    pub last_used: Option<OffsetDateTime>,
    pub service: String,
    pub region: String,
}

impl<S: Store> Iam<S> {
    /// The owner field (the user's id) and user name for keys of `user` (None: the caller;
    /// root owns its own).
    async fn key_owner(
        &self,
        caller: &Caller,
        operation: Operation,
        user: Option<&str>,
    ) -> Result<(String, Option<String>), CoreError> {
        match self.target_user(caller, operation, user).await? {
            Some(u) => Ok((u.id, Some(u.name))),
            None => Ok((ROOT_OWNER.to_string(), None)),
        }
    }

    pub async fn create_access_key(
        &self,
        caller: &Caller,
        user: Option<&str>,
    ) -> Result<CreatedAccessKey, CoreError> {
        let (owner, user_name) = self
            .key_owner(caller, Operation::CreateAccessKey, user)
            .await?;
        let id = ids::new_id(IdKind::AccessKey)?;
        let secret = ids::new_secret()?;
        let key = AccessKey {
            id: id.clone(),
            user: user_name.clone(),
            status: KeyStatus::Active,
            create_date: self.now(),
            secret: self.master.seal(secret.as_bytes(), &id)?,
            last_used: None,
            last_used_service: None,
            last_used_region: None,
        };
        let mut batch = WriteBatch::new()
            .require(Condition::OwnerCountBelow {
                kind: Kind::AccessKey,
                owner: owner.clone(),
                limit: KEYS_PER_USER,
            })
            .require(Condition::Absent {
                kind: Kind::AccessKey,
                key: id.clone(),
            });
        if user_name.is_some() {
            // The user must still exist (under whatever name) when the key is written.
            batch = batch.require(Condition::Referenced {
                kind: Kind::User,
                reference: owner.clone(),
            });
        }
        self.write(batch.put(record(Kind::AccessKey, &id, Some(&owner), None, &key)?))
            .await
            .map_err(|e| match e {
                StoreError::ConditionFailed { index: 0 } => CoreError::LimitExceeded(format!(
                    "Cannot exceed quota for AccessKeysPerUser: {KEYS_PER_USER}"
                )),
                StoreError::ConditionFailed { index: 2 } => {
                    crate::ops::users::no_such_user(user_name.as_deref().unwrap_or_default())
                }
                other => other.into(),
            })?;
        Ok(CreatedAccessKey {
            user_name: user_name.unwrap_or_default(),
            access_key_id: id,
            secret_access_key: secret,
            status: KeyStatus::Active,
            create_date: key.create_date,
        })
    }

    async fn owned_key(
        &self,
        owner: &str,
        user: Option<&str>,
        id: &str,
    ) -> Result<(AccessKey, i64), CoreError> {
        let missing = || {
            CoreError::NoSuchEntity(match user {
                Some(u) => format!("The Access Key with id {id} cannot be found for user {u}."),
                None => format!("The Access Key with id {id} cannot be found."),
            })
        };
        let r = self
            .store
            .get(&self.account, Kind::AccessKey, id)
            .await?
            .ok_or_else(missing)?;
        if r.owner.as_deref() != Some(owner) {
            return Err(missing());
        }
        Ok((decode(&r.data)?, r.version))
    }

    pub async fn update_access_key(
        &self,
        caller: &Caller,
        user: Option<&str>,
        id: &str,
        status: KeyStatus,
    ) -> Result<(), CoreError> {
        let (owner, user_name) = self
            .key_owner(caller, Operation::UpdateAccessKey, user)
            .await?;
        let (mut key, version) = self.owned_key(&owner, user_name.as_deref(), id).await?;
        key.status = status;
        self.write(
            WriteBatch::new()
                .require(Condition::Version {
                    kind: Kind::AccessKey,
                    key: id.to_string(),
                    version,
                })
                .put(record(Kind::AccessKey, id, Some(&owner), None, &key)?),
        )
        .await
        .map_err(Into::into)
    }

    pub async fn delete_access_key(
        &self,
        caller: &Caller,
        user: Option<&str>,
        id: &str,
    ) -> Result<(), CoreError> {
        let (owner, user_name) = self
            .key_owner(caller, Operation::DeleteAccessKey, user)
            .await?;
        self.owned_key(&owner, user_name.as_deref(), id).await?;
        if let Ok(mut used) = self.last_used.lock() {
            used.remove(id);
        }
        self.write(WriteBatch::new().delete(Kind::AccessKey, id))
            .await
            .map_err(Into::into)
    }

    pub async fn list_access_keys(
        &self,
        caller: &Caller,
        user: Option<&str>,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<AccessKey>, CoreError> {
        let (owner, user_name) = self
            .key_owner(caller, Operation::ListAccessKeys, user)
            .await?;
        let page = self
            .store
            .list(
                &self.account,
                &Query {
                    owner: Some(owner),
                    ..Query::all(Kind::AccessKey)
                },
            )
            .await?;
        let mut keys = Vec::new();
        for r in page.records {
            let mut key = decode::<AccessKey>(&r.data)?;
            // The owner's name now, not when the key was created.
            if key.user.is_some() {
                key.user = user_name.clone();
            }
            keys.push((r.key, key));
        }
        Ok(paginate(keys, marker, max_items))
    }

    /// GetAccessKeyLastUsed: authorized on the key's owner. Use is tracked in memory (no write
    /// on every request) and merged with what was last flushed to the store.
    pub async fn get_access_key_last_used(
        &self,
        caller: &Caller,
        id: &str,
    ) -> Result<AccessKeyLastUsed, CoreError> {
        // An unknown key has no owner to authorize against: IAM answers AccessDenied naming
        // the key (spec/iam-api.md, observed messages), whoever asks. A known key that the
        // caller may not read gets the same answer: the caller named only the key id, so the
        // denial names only the key, never its owner's name or path, and does not tell
        // whether the key exists.
        let missing = || {
            CoreError::AccessDenied(format!(
                "User: {} is not authorized to perform iam:GetAccessKeyLastUsed on resource: access key {id}",
                caller.principal.arn
            ))
        };
        let r = self.store.get(&self.account, Kind::AccessKey, id).await?;
        let owner = r.as_ref().and_then(|r| r.owner.clone());
        let key: Option<AccessKey> = r.map(|r| decode(&r.data)).transpose()?;
        let Some(found) = &key else {
            return Err(missing());
        };
        // The key's user is the one whose id owns it, under its name now.
        let mut key_user = None;
        let resource = match (found.user.clone(), owner) {
            (Some(name), Some(owner)) => match self.entity_by_id::<User>(Kind::User, &owner).await?
            {
                Some(u) => {
                    let arn = u.arn(&self.account);
                    key_user = Some(u.name);
                    arn
                }
                None => self.user_arn_for("/", &name),
            },
            (Some(name), None) => self.user_arn_for("/", &name),
            (None, _) => format!("arn:aws:iam::{}:root", self.account),
        };
        self.authorize(caller, Operation::GetAccessKeyLastUsed, &resource)
            .await
            .map_err(|e| match e {
                CoreError::AccessDenied(_) => missing(),
                other => other,
            })?;
        let mut key = key.ok_or_else(missing)?;
        if key_user.is_some() {
            key.user = key_user;
        }
        let recent = self.last_used.lock().ok().and_then(|m| m.get(id).cloned());
        Ok(match recent {
            Some(u) => AccessKeyLastUsed {
                user_name: key.user.unwrap_or_default(),
                last_used: Some(u.at),
                service: u.service,
                region: u.region,
            },
            None => AccessKeyLastUsed {
                user_name: key.user.unwrap_or_default(),
                last_used: key.last_used,
                service: key.last_used_service.unwrap_or_else(|| "N/A".into()),
                region: key.last_used_region.unwrap_or_else(|| "N/A".into()),
            },
        })
    }

    /// Write the in-memory last-use times to the store (called periodically and at shutdown).
    pub async fn flush_last_used(&self) -> Result<(), CoreError> {
        let pending: Vec<(String, crate::service::LastUse)> = match self.last_used.lock() {
            Ok(m) => m.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            Err(_) => return Ok(()),
        };
        for (id, used) in pending {
            let Some(r) = self.store.get(&self.account, Kind::AccessKey, &id).await? else {
                continue;
            };
            let mut key: AccessKey = decode(&r.data)?;
            if key.last_used.is_some_and(|t| t >= used.at) {
                continue;
            }
            key.last_used = Some(used.at);
            key.last_used_service = Some(used.service);
            key.last_used_region = Some(used.region);
            // Written straight to the store: a last-use time changes no permission, so the
            // caches keep their generation.
            let batch = WriteBatch::new()
                .require(Condition::Version {
                    kind: Kind::AccessKey,
                    key: id.clone(),
                    version: r.version,
                })
                .put(record(
                    Kind::AccessKey,
                    &id,
                    r.owner.as_deref(),
                    None,
                    &key,
                )?);
            match self.store_write(batch).await {
                Ok(()) | Err(StoreError::ConditionFailed { .. }) => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(())
    }
}
