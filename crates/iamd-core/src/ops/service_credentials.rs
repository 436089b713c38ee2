//! Service-specific credentials: CreateServiceSpecificCredential, ListServiceSpecificCredentials,
//! ResetServiceSpecificCredential, UpdateServiceSpecificCredential and
//! DeleteServiceSpecificCredential (spec/iam-api.md §2.7).
//!
//! IAM generates both halves: a user name shaped `<user>-at-<account>` (`<user>+N-at-<account>`
//! for a further set) and a random password, shown once, when created or reset. Only the
//! password's SHA-256 digest is stored: it is 256 random bits, so a fast digest is as strong as
//! a slow one. A user has at most two sets per service; each occupies one of two fixed store
//! keys (`<user id>/<service>/<slot>`), so the limit holds under concurrent requests.

use crate::Operation;
use data_encoding::{BASE64, HEXLOWER};
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};
use zeroize::Zeroizing;

use crate::entities::{KeyStatus, ServiceCredential, User, name_key};
use crate::error::CoreError;
use crate::ops::{Paged, paginate};
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Query, Store, StoreError, WriteBatch};

/// Sets of credentials per service per user (IAM API Reference, CreateServiceSpecificCredential).
pub const PER_SERVICE: usize = 2;

/// What a service's credentials are made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CredentialStyle {
    /// A user name and a password (CodeCommit Git credentials, Amazon Keyspaces).
    UserNameAndPassword,
    /// An alias and a secret, optionally expiring (Amazon Bedrock and CloudWatch Logs API
    /// keys).
    ApiKey,
}

/// The services IAM issues service-specific credentials for (IAM API Reference,
/// CreateServiceSpecificCredential: Amazon Bedrock, Amazon CloudWatch Logs, CodeCommit and
/// Amazon Keyspaces).
pub const SERVICES: &[(&str, CredentialStyle)] = &[
    (
        "codecommit.amazonaws.com",
        CredentialStyle::UserNameAndPassword,
    ),
    (
        "cassandra.amazonaws.com",
        CredentialStyle::UserNameAndPassword,
    ),
    ("bedrock.amazonaws.com", CredentialStyle::ApiKey),
    ("logs.amazonaws.com", CredentialStyle::ApiKey),
];

/// The style of credentials `service` takes, or NoSuchEntity in AWS's words.
pub fn service_style(service: &str) -> Result<CredentialStyle, CoreError> {
    SERVICES
        .iter()
        .find(|(name, _)| *name == service)
        .map(|(_, style)| *style)
        .ok_or_else(|| {
            CoreError::NoSuchEntity(format!(
                "No such service {service} is supported for Service Specific Credentials"
            ))
        })
}

/// Whether `service` issues API keys (an alias and a secret) rather than a user name and
/// password.
pub fn is_api_key(service: &str) -> bool {
    service_style(service).is_ok_and(|s| s == CredentialStyle::ApiKey)
}

/// A credential as Create and Reset return it: the only time its password is shown.
#[derive(Debug, Clone)]
pub struct IssuedServiceCredential {
    pub credential: ServiceCredential,
    /// Its status now (`Expired` past its expiration date).
    pub status: &'static str,
    /// An API key (alias and secret) rather than a user name and password.
    pub api_key: bool,
    pub password: Secret,
}

/// A generated password or secret; wiped when dropped, redacted in `Debug`.
#[derive(Clone)]
pub struct Secret(Zeroizing<String>);

impl Secret {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// A credential's status as the API shows it: `Expired` once past its expiration date.
pub fn status_at(c: &ServiceCredential, now: OffsetDateTime) -> &'static str {
    if c.expiration_date.is_some_and(|t| t <= now) {
        "Expired"
    } else {
        c.status.as_str()
    }
}

fn digest(secret: &str) -> String {
    HEXLOWER.encode(&Sha256::digest(secret.as_bytes()))
}

fn new_secret() -> Result<Secret, CoreError> {
    let mut bytes = Zeroizing::new([0u8; 32]);
    getrandom::fill(bytes.as_mut())
        .map_err(|e| CoreError::ServiceFailure(format!("no randomness: {e}")))?;
    Ok(Secret(Zeroizing::new(BASE64.encode(bytes.as_ref()))))
}

/// A credential id: `ACCA` (IAM identifiers: context-specific credential) and 17 letters and
/// digits.
fn new_id() -> Result<String, CoreError> {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut bytes = [0u8; 17];
    getrandom::fill(&mut bytes)
        .map_err(|e| CoreError::ServiceFailure(format!("no randomness: {e}")))?;
    let mut id = String::from("ACCA");
    for b in bytes {
        id.push(char::from(ALPHABET[usize::from(b) % ALPHABET.len()]));
    }
    Ok(id)
}

/// The key of slot `slot` of `service` of the user with id `user_id`.
fn store_key(user_id: &str, service: &str, slot: usize) -> String {
    format!("{user_id}/{service}/{slot}")
}

fn not_found(id: &str, user: &str) -> CoreError {
    CoreError::NoSuchEntity(format!(
        "The Service Specific Credential with id {id} cannot be found for user {user}."
    ))
}

impl<S: Store> Iam<S> {
    /// The credentials of `user` with their store keys and versions, showing its name now.
    async fn credentials_of(
        &self,
        user: &User,
    ) -> Result<Vec<(String, i64, ServiceCredential)>, CoreError> {
        let page = self
            .store
            .list(
                &self.account,
                &Query {
                    owner: Some(user.id.clone()),
                    ..Query::all(Kind::ServiceCredential)
                },
            )
            .await?;
        page.records
            .into_iter()
            .map(|r| {
                let mut c: ServiceCredential = decode(&r.data)?;
                c.user.clone_from(&user.name);
                Ok((r.key, r.version, c))
            })
            .collect()
    }

    /// The generated user name: `<user>-at-<account>`, or `<user>+N-at-<account>` when that is
    /// taken for this service.
    async fn service_user_name(&self, user: &str, service: &str) -> Result<String, CoreError> {
        let page = self
            .store
            .list(&self.account, &Query::all(Kind::ServiceCredential))
            .await?;
        let mut taken = Vec::new();
        for r in page.records {
            let c: ServiceCredential = decode(&r.data)?;
            if c.service == service {
                taken.push(c.service_user_name.to_ascii_lowercase());
            }
        }
        let mut n = 0u32;
        loop {
            let candidate = if n == 0 {
                format!("{user}-at-{}", self.account)
            } else {
                format!("{user}+{n}-at-{}", self.account)
            };
            if !taken.contains(&candidate.to_ascii_lowercase()) {
                return Ok(candidate);
            }
            n += 1;
        }
    }

    pub async fn create_service_specific_credential(
        &self,
        caller: &Caller,
        user: &str,
        service: &str,
        credential_age_days: Option<i32>,
    ) -> Result<IssuedServiceCredential, CoreError> {
        let user = self
            .authorized_user(caller, Operation::CreateServiceSpecificCredential, user)
            .await?;
        let style = service_style(service)?;
        let expiration = match (style, credential_age_days) {
            (_, None) => None,
            (CredentialStyle::ApiKey, Some(days)) if (1..=36_600).contains(&days) => {
                Some(self.now() + Duration::days(i64::from(days)))
            }
            (CredentialStyle::ApiKey, Some(days)) => {
                return Err(CoreError::InvalidInput(format!(
                    "CredentialAgeDays must be between 1 and 36600, not {days}."
                )));
            }
            (CredentialStyle::UserNameAndPassword, Some(_)) => {
                return Err(CoreError::InvalidInput(format!(
                    "CredentialAgeDays is only valid for Bedrock and CloudWatch Logs API keys, not for {service}."
                )));
            }
        };
        let limit = || {
            CoreError::LimitExceeded(format!(
                "Cannot exceed quota for ServiceSpecificCredentialsPerUserPerService: {PER_SERVICE}"
            ))
        };
        // Two tries: a concurrent create may take the slot this one chose.
        for _ in 0..2 {
            let used: Vec<String> = self
                .credentials_of(&user)
                .await?
                .into_iter()
                .filter(|(_, _, c)| c.service == service)
                .map(|(k, _, _)| k)
                .collect();
            let Some(slot) =
                (0..PER_SERVICE).find(|s| !used.contains(&store_key(&user.id, service, *s)))
            else {
                return Err(limit());
            };
            let secret = new_secret()?;
            let credential = ServiceCredential {
                id: new_id()?,
                user: user.name.clone(),
                service: service.to_string(),
                service_user_name: self.service_user_name(&user.name, service).await?,
                status: KeyStatus::Active,
                create_date: self.now(),
                expiration_date: expiration,
                secret_sha256: digest(secret.as_str()),
            };
            let key = store_key(&user.id, service, slot);
            let written = self
                .write(
                    WriteBatch::new()
                        .require(Condition::Absent {
                            kind: Kind::ServiceCredential,
                            key: key.clone(),
                        })
                        // The user must still exist (under whatever name).
                        .require(Condition::Referenced {
                            kind: Kind::User,
                            reference: user.id.clone(),
                        })
                        .put(record(
                            Kind::ServiceCredential,
                            &key,
                            Some(&user.id),
                            None,
                            &credential,
                        )?),
                )
                .await;
            match written {
                Ok(()) => {
                    return Ok(IssuedServiceCredential {
                        status: status_at(&credential, self.now()),
                        api_key: style == CredentialStyle::ApiKey,
                        credential,
                        password: secret,
                    });
                }
                Err(StoreError::ConditionFailed { index: 0 }) => continue,
                Err(StoreError::ConditionFailed { index: 1 }) => {
                    return Err(crate::ops::users::no_such_user(&user.name));
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(CoreError::ConcurrentModification(format!(
            "Service-specific credentials of user {} were changed by another request at the same time; retry.",
            user.name
        )))
    }

    /// ListServiceSpecificCredentials: the named user's (or the caller's), or everyone's with
    /// `all_users` (authorized against `*`), optionally for one service.
    pub async fn list_service_specific_credentials(
        &self,
        caller: &Caller,
        user: Option<&str>,
        service: Option<&str>,
        all_users: bool,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<ServiceCredential>, CoreError> {
        let records = if all_users {
            if user.is_some() {
                return Err(CoreError::InvalidInput(
                    "AllUsers cannot be specified together with UserName.".into(),
                ));
            }
            self.authorize(caller, Operation::ListServiceSpecificCredentials, "*")
                .await?;
            let page = self
                .store
                .list(&self.account, &Query::all(Kind::ServiceCredential))
                .await?;
            let mut all = Vec::with_capacity(page.records.len());
            for r in page.records {
                let mut c = decode::<ServiceCredential>(&r.data)?;
                // The owner's name now.
                if let Some(owner) = r.owner.as_deref()
                    && let Some(u) = self.entity_by_id::<User>(Kind::User, owner).await?
                {
                    c.user = u.name;
                }
                // In user name order, then service and slot, as when keys were names.
                let slot = r.key.split_once('/').map_or("", |(_, rest)| rest);
                all.push((format!("{}/{slot}", name_key(&c.user)), c));
            }
            all
        } else {
            let user = self
                .named_or_calling_user(caller, Operation::ListServiceSpecificCredentials, user)
                .await?;
            self.credentials_of(&user)
                .await?
                .into_iter()
                .map(|(k, _, c)| (k, c))
                .collect()
        };
        if let Some(s) = service {
            service_style(s)?;
        }
        let mut items: Vec<(String, ServiceCredential)> = records
            .into_iter()
            .filter(|(_, c)| service.is_none_or(|s| c.service == s))
            .collect();
        items.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(paginate(items, marker, max_items))
    }

    /// The credential `id` of the user an operation names (or the caller), with its key and
    /// version.
    async fn owned_credential(
        &self,
        caller: &Caller,
        operation: Operation,
        user: Option<&str>,
        id: &str,
    ) -> Result<(User, String, i64, ServiceCredential), CoreError> {
        let user = self.named_or_calling_user(caller, operation, user).await?;
        let (key, version, credential) = self
            .credentials_of(&user)
            .await?
            .into_iter()
            .find(|(_, _, c)| c.id == id)
            .ok_or_else(|| not_found(id, &user.name))?;
        Ok((user, key, version, credential))
    }

    async fn replace_credential(
        &self,
        owner: &User,
        key: &str,
        version: i64,
        credential: &ServiceCredential,
    ) -> Result<(), CoreError> {
        let owner = &owner.id;
        self.write(
            WriteBatch::new()
                .require(Condition::Version {
                    kind: Kind::ServiceCredential,
                    key: key.to_string(),
                    version,
                })
                .put(record(
                    Kind::ServiceCredential,
                    key,
                    Some(owner),
                    None,
                    credential,
                )?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { .. } => CoreError::ConcurrentModification(format!(
                "The Service Specific Credential {} was changed by another request at the same time; retry.",
                credential.id
            )),
            other => other.into(),
        })
    }

    /// ResetServiceSpecificCredential: a new generated password; the old one stops working at
    /// once.
    pub async fn reset_service_specific_credential(
        &self,
        caller: &Caller,
        user: Option<&str>,
        id: &str,
    ) -> Result<IssuedServiceCredential, CoreError> {
        let (user, key, version, mut credential) = self
            .owned_credential(caller, Operation::ResetServiceSpecificCredential, user, id)
            .await?;
        let secret = new_secret()?;
        credential.secret_sha256 = digest(secret.as_str());
        self.replace_credential(&user, &key, version, &credential)
            .await?;
        Ok(IssuedServiceCredential {
            status: status_at(&credential, self.now()),
            api_key: is_api_key(&credential.service),
            credential,
            password: secret,
        })
    }

    pub async fn update_service_specific_credential(
        &self,
        caller: &Caller,
        user: Option<&str>,
        id: &str,
        status: KeyStatus,
    ) -> Result<(), CoreError> {
        let (user, key, version, mut credential) = self
            .owned_credential(caller, Operation::UpdateServiceSpecificCredential, user, id)
            .await?;
        credential.status = status;
        self.replace_credential(&user, &key, version, &credential)
            .await
    }

    pub async fn delete_service_specific_credential(
        &self,
        caller: &Caller,
        user: Option<&str>,
        id: &str,
    ) -> Result<(), CoreError> {
        let (user, key, version, _) = self
            .owned_credential(caller, Operation::DeleteServiceSpecificCredential, user, id)
            .await?;
        self.write(
            WriteBatch::new()
                .require(Condition::Version {
                    kind: Kind::ServiceCredential,
                    key: key.clone(),
                    version,
                })
                .delete(Kind::ServiceCredential, key),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { .. } => not_found(id, &user.name),
            other => other.into(),
        })
    }

    /// For a service authenticating a client: the active, unexpired credential of `service`
    /// whose generated user name and password these are.
    pub async fn check_service_credential(
        &self,
        service: &str,
        service_user_name: &str,
        password: &str,
    ) -> Result<Option<ServiceCredential>, CoreError> {
        let page = self
            .store
            .list(&self.account, &Query::all(Kind::ServiceCredential))
            .await?;
        let offered = digest(password);
        let now = self.now();
        for r in page.records {
            let mut c: ServiceCredential = decode(&r.data)?;
            if c.service == service
                && c.service_user_name.eq_ignore_ascii_case(service_user_name)
                && status_at(&c, now) == "Active"
                && c.secret_sha256 == offered
            {
                // The owner's name now, not when the credential was made.
                if let Some(owner) = r.owner.as_deref()
                    && let Some(u) = self.entity_by_id::<User>(Kind::User, owner).await?
                {
                    c.user = u.name;
                }
                return Ok(Some(c));
            }
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn services_and_ids() {
        assert_eq!(
            service_style("codecommit.amazonaws.com").ok(),
            Some(CredentialStyle::UserNameAndPassword)
        );
        assert_eq!(
            service_style("s3.amazonaws.com").unwrap_err().to_string(),
            "No such service s3.amazonaws.com is supported for Service Specific Credentials"
        );
        let id = new_id().unwrap();
        assert_eq!(id.len(), 21);
        assert!(id.starts_with("ACCA"));
        let secret = new_secret().unwrap();
        assert_eq!(secret.as_str().len(), 44);
        assert!(!format!("{secret:?}").contains(secret.as_str()));
        assert_eq!(digest("x").len(), 64);
    }
}
