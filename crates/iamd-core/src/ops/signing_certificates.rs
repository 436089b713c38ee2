//! Signing certificates: UploadSigningCertificate, ListSigningCertificates,
//! UpdateSigningCertificate, DeleteSigningCertificate (spec iam-api-more.md §5.1). X.509 read
//! by RustCrypto's parser; 2 per user; the same certificate is refused account-wide.

use sha2::{Digest, Sha256};
use x509_cert::Certificate;
use x509_cert::der::{DecodePem, Encode};

use crate::entities::{KeyStatus, ROOT_OWNER, SigningCertificate};
use crate::error::CoreError;
use crate::ops::users::no_such_user;
use crate::ops::{Paged, paginate};
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Query, Store, StoreError, WriteBatch};

/// Signing certificates per user (IAM and AWS STS quotas).
const CERTIFICATES_PER_USER: u32 = 2;
/// The OID of an RSA public key.
const RSA_ENCRYPTION: &str = "1.2.840.113549.1.1.1";

/// The owner id and name of the certificates `user` names (None: the caller; root's own).
struct CertOwner {
    id: String,
    name: Option<String>,
}

impl<S: Store> Iam<S> {
    async fn cert_owner(
        &self,
        caller: &Caller,
        operation: crate::Operation,
        user: Option<&str>,
    ) -> Result<CertOwner, CoreError> {
        Ok(match self.target_user(caller, operation, user).await? {
            Some(u) => CertOwner {
                id: u.id,
                name: Some(u.name),
            },
            None => CertOwner {
                id: ROOT_OWNER.to_string(),
                name: None,
            },
        })
    }

    /// The owner's certificates with their store keys and versions, in upload order.
    async fn certificates_of(
        &self,
        owner: &CertOwner,
    ) -> Result<Vec<(SigningCertificate, String, i64)>, CoreError> {
        let page = self
            .store
            .list(
                &self.account,
                &Query {
                    owner: Some(owner.id.clone()),
                    ..Query::all(Kind::SigningCertificate)
                },
            )
            .await?;
        let mut out = Vec::new();
        for r in page.records {
            let mut c: SigningCertificate = decode(&r.data)?;
            c.user.clone_from(&owner.name);
            out.push((c, r.key, r.version));
        }
        out.sort_by(|a, b| (a.0.upload_date, &a.0.id).cmp(&(b.0.upload_date, &b.0.id)));
        Ok(out)
    }

    /// UploadSigningCertificate: a new `Active` certificate.
    pub async fn upload_signing_certificate(
        &self,
        caller: &Caller,
        user: Option<&str>,
        body: &str,
    ) -> Result<SigningCertificate, CoreError> {
        let owner = self
            .cert_owner(caller, crate::Operation::UploadSigningCertificate, user)
            .await?;
        let digest = self.check_certificate(body)?;
        let cert = SigningCertificate {
            id: certificate_id()?,
            user: owner.name.clone(),
            body: body.trim().to_string(),
            status: KeyStatus::Active,
            upload_date: self.now(),
        };
        // [0] no user of the account has it, [1] the quota, [2] the user still exists.
        let mut batch = WriteBatch::new()
            .require(Condition::Absent {
                kind: Kind::SigningCertificate,
                key: digest.clone(),
            })
            .require(Condition::OwnerCountBelow {
                kind: Kind::SigningCertificate,
                owner: owner.id.clone(),
                limit: CERTIFICATES_PER_USER,
            });
        if owner.name.is_some() {
            batch = batch.require(Condition::Referenced {
                kind: Kind::User,
                reference: owner.id.clone(),
            });
        }
        let batch = batch.put(record(
            Kind::SigningCertificate,
            &digest,
            Some(&owner.id),
            None,
            &cert,
        )?);
        self.write(batch).await.map_err(|e| match e {
            StoreError::ConditionFailed { index: 0 } => CoreError::Refused {
                code: "DuplicateCertificate",
                status: 409,
                message: "The request was rejected because the same certificate is associated with an IAM user in the account.".into(),
            },
            StoreError::ConditionFailed { index: 1 } => CoreError::LimitExceeded(format!(
                "Cannot exceed quota for CertificatesPerUser: {CERTIFICATES_PER_USER}"
            )),
            StoreError::ConditionFailed { .. } => {
                no_such_user(owner.name.as_deref().unwrap_or_default())
            }
            other => other.into(),
        })?;
        Ok(cert)
    }

    /// The certificate's SHA-256 (hex) if it is a well-formed X.509 certificate, valid now,
    /// with an RSA key.
    fn check_certificate(&self, body: &str) -> Result<String, CoreError> {
        let malformed = || CoreError::Refused {
            code: "MalformedCertificate",
            status: 400,
            message: format!("Certificate {} is malformed.", body.trim()),
        };
        let cert = Certificate::from_pem(body.trim().as_bytes()).map_err(|_| malformed())?;
        let validity = &cert.tbs_certificate.validity;
        let now = self.now().unix_timestamp();
        let seconds = |t: &x509_cert::time::Time| {
            i64::try_from(t.to_unix_duration().as_secs()).unwrap_or(i64::MAX)
        };
        if now < seconds(&validity.not_before) || now > seconds(&validity.not_after) {
            return Err(malformed());
        }
        let algorithm = &cert.tbs_certificate.subject_public_key_info.algorithm.oid;
        if algorithm.to_string() != RSA_ENCRYPTION {
            return Err(CoreError::Refused {
                code: "InvalidCertificate",
                status: 400,
                message: "The certificate's key is not an RSA key; signing certificates must hold an RSA key.".into(),
            });
        }
        let der = cert.to_der().map_err(|_| malformed())?;
        Ok(data_encoding::HEXLOWER.encode(&Sha256::digest(&der)))
    }

    /// ListSigningCertificates: with their bodies.
    pub async fn list_signing_certificates(
        &self,
        caller: &Caller,
        user: Option<&str>,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<SigningCertificate>, CoreError> {
        let owner = self
            .cert_owner(caller, crate::Operation::ListSigningCertificates, user)
            .await?;
        let items = self
            .certificates_of(&owner)
            .await?
            .into_iter()
            .enumerate()
            .map(|(i, (c, ..))| (format!("{i:04}"), c))
            .collect();
        Ok(paginate(items, marker, max_items))
    }

    /// UpdateSigningCertificate: `Active` or `Inactive`.
    pub async fn update_signing_certificate(
        &self,
        caller: &Caller,
        user: Option<&str>,
        id: &str,
        status: &str,
    ) -> Result<(), CoreError> {
        let owner = self
            .cert_owner(caller, crate::Operation::UpdateSigningCertificate, user)
            .await?;
        let (mut cert, key, version) = self.owned_certificate(&owner, id).await?;
        cert.status = match status {
            "Active" => KeyStatus::Active,
            "Inactive" => KeyStatus::Inactive,
            other => {
                return Err(CoreError::InvalidInput(format!(
                    "The status {other} cannot be set; a signing certificate is Active or Inactive."
                )));
            }
        };
        self.write(
            WriteBatch::new()
                .require(Condition::Version {
                    kind: Kind::SigningCertificate,
                    key: key.clone(),
                    version,
                })
                .put(record(
                    Kind::SigningCertificate,
                    &key,
                    Some(&owner.id),
                    None,
                    &cert,
                )?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { .. } => no_such_certificate(id),
            other => other.into(),
        })
    }

    /// DeleteSigningCertificate.
    pub async fn delete_signing_certificate(
        &self,
        caller: &Caller,
        user: Option<&str>,
        id: &str,
    ) -> Result<(), CoreError> {
        let owner = self
            .cert_owner(caller, crate::Operation::DeleteSigningCertificate, user)
            .await?;
        let (_, key, _) = self.owned_certificate(&owner, id).await?;
        self.write(
            WriteBatch::new()
                .require(Condition::Exists {
                    kind: Kind::SigningCertificate,
                    key: key.clone(),
                })
                .delete(Kind::SigningCertificate, key),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { .. } => no_such_certificate(id),
            other => other.into(),
        })
    }

    async fn owned_certificate(
        &self,
        owner: &CertOwner,
        id: &str,
    ) -> Result<(SigningCertificate, String, i64), CoreError> {
        self.certificates_of(owner)
            .await?
            .into_iter()
            .find(|(c, ..)| c.id == id)
            .ok_or_else(|| no_such_certificate(id))
    }
}

/// 32 upper-case base32 characters (the model asks for 24 to 128 word characters).
fn certificate_id() -> Result<String, CoreError> {
    let mut b = [0u8; 20];
    getrandom::fill(&mut b)
        .map_err(|e| CoreError::ServiceFailure(format!("no randomness for an id: {e}")))?;
    Ok(data_encoding::BASE32_NOPAD.encode(&b))
}

fn no_such_certificate(id: &str) -> CoreError {
    CoreError::NoSuchEntity(format!("The Certificate with id {id} cannot be found."))
}
