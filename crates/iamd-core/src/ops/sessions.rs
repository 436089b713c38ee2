//! STS temporary credentials: GetSessionToken, the session records behind `ASIA…` access
//! keys, and how a request signed with one becomes a [`Caller`].
//!
//! ```text
//! GetSessionToken (long-term keys only) ─► session of the user or root, with or without MFA
//! AssumeRole (ops/assume_role.rs)       ─► session of a role, with its session policies
//!         │  record (Kind::Session, key: ASIA…): sealed secret, SHA-256 of the token,
//!         ▼  principal, issue and expiry times, when MFA was used
//! request signed with ASIA… and X-Amz-Security-Token
//!   no record, token missing or not the session's ─► InvalidClientTokenId
//!   now at or after the expiry                     ─► ExpiredToken
//!   signature                                      ─► SignatureDoesNotMatch, as for any key
//!   GetSessionToken session without MFA → IAM     ─► InvalidClientTokenId
//!   otherwise the caller, with aws:MultiFactorAuthPresent, aws:TokenIssueTime and (with MFA)
//!   aws:MultiFactorAuthAge in its request context
//! ```
//!
//! Sources: IAM API Reference spec §2.13 (GetSessionToken, AssumeRole), IAM User Guide
//! "Requesting temporary security credentials" and "AWS global condition context keys". The
//! session token is random and opaque; only its SHA-256 is stored, compared in constant time.

use crate::Operation;
use std::sync::Arc;

use data_encoding::{BASE64, HEXLOWER};
use iamd_policy::{
    PolicyKind, PolicySet, PolicySource, Principal, PrincipalKind, RequestContext, SourceType,
    parse_policy,
};
use iamd_sigv4::{RequestParts, SecretKey, SignatureRequest};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

use crate::authz::{self, ContextFacts};
use crate::codec::{decode, record};
use crate::entities::Tag;
use crate::error::CoreError;
use crate::ids::{self, IdKind};
use crate::secrets::Sealed;
use crate::service::{Caller, Iam, Origin};
use crate::session::ResolvedSession;
pub use crate::session::{RoleSession, SessionInfo};
use crate::store::{Condition, Kind, Query, Store, WriteBatch};

/// GetSessionToken durations (STS API Reference, GetSessionTokenRequest): IAM users
/// 900–129,600 s, default 43,200; the root user at most 3,600, its default, to which a longer
/// request is cut.
const MIN_DURATION: i64 = 900;
const USER_MAX_DURATION: i64 = 129_600;
const USER_DEFAULT_DURATION: i64 = 43_200;
const ROOT_MAX_DURATION: i64 = 3_600;
/// Expired sessions are kept this long (answering ExpiredToken), then purged.
const KEEP_EXPIRED: Duration = Duration::days(1);
/// Random bytes in a session token.
const TOKEN_BYTES: usize = 96;

/// Credentials as STS returns them: the only time the secret and token are shown.
#[derive(Clone)]
pub struct IssuedCredentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: String,
    pub expiration: OffsetDateTime,
}

impl std::fmt::Debug for IssuedCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IssuedCredentials")
            .field("access_key_id", &self.access_key_id)
            .field("expiration", &self.expiration)
            .finish_non_exhaustive()
    }
}

/// A session policy as the session keeps it: where it came from and its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct SessionPolicy {
    /// `Policy` for the inline session policy, else the managed policy's ARN.
    pub(crate) id: String,
    pub(crate) document: String,
}

/// Whose session a record is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub(crate) enum StoredPrincipal {
    Root,
    User {
        name: String,
        id: String,
    },
    AssumedRole {
        role: String,
        role_id: String,
        session_name: String,
        #[serde(default)]
        policies: Vec<SessionPolicy>,
        #[serde(default)]
        tags: Vec<Tag>,
        #[serde(default)]
        source_identity: Option<String>,
    },
}

/// A session as stored under `(Kind::Session, access key id)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct StoredSession {
    pub(crate) access_key_id: String,
    /// The secret access key, sealed and bound to the access key id.
    pub(crate) secret: Sealed,
    /// Hex SHA-256 of the session token.
    pub(crate) token_sha256: String,
    pub(crate) principal: StoredPrincipal,
    #[serde(with = "time::serde::rfc3339")]
    pub(crate) issued: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub(crate) expires: OffsetDateTime,
    /// When the session's principal authenticated with MFA, if it did.
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub(crate) mfa_at: Option<OffsetDateTime>,
}

pub(crate) fn invalid_token() -> CoreError {
    CoreError::Authentication {
        code: "InvalidClientTokenId",
        status: 403,
        message: "The security token included in the request is invalid.".into(),
    }
}

fn expired_token() -> CoreError {
    CoreError::Authentication {
        code: "ExpiredToken",
        status: 403,
        message: "The security token included in the request is expired".into(),
    }
}

fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// The request context keys of temporary credentials (IAM User Guide, "AWS global condition
/// context keys"): `aws:MultiFactorAuthPresent` always, `aws:MultiFactorAuthAge` only after
/// MFA, `aws:TokenIssueTime`.
pub fn add_session_keys(
    context: &mut RequestContext,
    mfa_at: Option<OffsetDateTime>,
    issued: OffsetDateTime,
    now: OffsetDateTime,
) {
    context.insert(
        "aws:MultiFactorAuthPresent",
        if mfa_at.is_some() { "true" } else { "false" },
    );
    match mfa_at {
        Some(at) => context.insert(
            "aws:MultiFactorAuthAge",
            (now - at).whole_seconds().max(0).to_string(),
        ),
        None => context.remove("aws:MultiFactorAuthAge"),
    }
    context.insert(
        "aws:TokenIssueTime",
        issued.format(&Rfc3339).unwrap_or_default(),
    );
}

/// Compile a session's policies into one set (a request must be allowed by one of them).
pub(crate) fn session_policy_set(
    policies: &[SessionPolicy],
) -> Result<Option<Arc<PolicySet>>, CoreError> {
    if policies.is_empty() {
        return Ok(None);
    }
    let mut compiled = Vec::with_capacity(policies.len());
    for p in policies {
        let policy = parse_policy(&p.document, PolicyKind::Session).map_err(|e| {
            CoreError::ServiceFailure(format!(
                "stored session policy {} no longer parses: {e}",
                p.id
            ))
        })?;
        let source_type = if p.id.starts_with("arn:") {
            crate::service::managed_type(&p.id)
        } else {
            SourceType::None
        };
        compiled.push((
            PolicySource {
                id: p.id.clone(),
                source_type,
            },
            Arc::new(policy),
        ));
    }
    Ok(Some(Arc::new(PolicySet::new(compiled))))
}

impl<S: Store> Iam<S> {
    /// GetSessionToken: temporary credentials with the caller's own permissions, carrying MFA
    /// when a valid code of the caller's device is given. Needs no permission (policies cannot
    /// control it); refused for callers that already use temporary credentials.
    pub async fn get_session_token(
        &self,
        caller: &Caller,
        duration_seconds: Option<i32>,
        serial_number: Option<&str>,
        token_code: Option<&str>,
    ) -> Result<IssuedCredentials, CoreError> {
        self.authorize(caller, Operation::GetSessionToken, "*")
            .await?;
        if caller.session.is_some() {
            return Err(CoreError::AccessDenied(
                "Cannot call GetSessionToken with session credentials".into(),
            ));
        }
        let requested = duration_seconds.map(i64::from);
        if let Some(d) = requested {
            let bound = if d < MIN_DURATION {
                Some(format!("greater than or equal to {MIN_DURATION}"))
            } else if d > USER_MAX_DURATION {
                Some(format!("less than or equal to {USER_MAX_DURATION}"))
            } else {
                None
            };
            if let Some(bound) = bound {
                return Err(CoreError::ValidationError(format!(
                    "1 validation error detected: Value '{d}' at 'durationSeconds' failed to satisfy constraint: Member must have value {bound}"
                )));
            }
        }
        let duration = if caller.is_root() {
            requested
                .unwrap_or(ROOT_MAX_DURATION)
                .min(ROOT_MAX_DURATION)
        } else {
            requested.unwrap_or(USER_DEFAULT_DURATION)
        };
        let now = self.now();
        let mfa_at = if serial_number.is_some() || token_code.is_some() {
            let owner = match &caller.user {
                Some(u) => u.id.clone(),
                None => crate::entities::ROOT_OWNER.to_string(),
            };
            self.consume_api_code(caller, &owner, serial_number, token_code)
                .await?;
            Some(now)
        } else {
            None
        };
        let principal = match &caller.user {
            Some(u) => StoredPrincipal::User {
                name: u.name.clone(),
                id: u.id.clone(),
            },
            None => StoredPrincipal::Root,
        };
        self.issue_session(principal, now, Duration::seconds(duration), mfa_at)
            .await
    }

    /// Store a new session and return its credentials.
    pub(crate) async fn issue_session(
        &self,
        principal: StoredPrincipal,
        now: OffsetDateTime,
        duration: Duration,
        mfa_at: Option<OffsetDateTime>,
    ) -> Result<IssuedCredentials, CoreError> {
        let access_key_id = ids::new_id(IdKind::TemporaryAccessKey)?;
        let secret = ids::new_secret()?;
        let mut token_bytes = zeroize::Zeroizing::new([0u8; TOKEN_BYTES]);
        getrandom::fill(token_bytes.as_mut())
            .map_err(|e| CoreError::ServiceFailure(format!("no randomness: {e}")))?;
        let session_token = BASE64.encode(token_bytes.as_ref());
        let stored = StoredSession {
            access_key_id: access_key_id.clone(),
            secret: self.master.seal(secret.as_bytes(), &access_key_id)?,
            token_sha256: HEXLOWER.encode(&sha256(session_token.as_bytes())),
            principal,
            issued: now,
            expires: now + duration,
            mfa_at,
        };
        // A new session changes no permission: written without invalidating caches.
        self.store_write(
            WriteBatch::new()
                .require(Condition::Absent {
                    kind: Kind::Session,
                    key: access_key_id.clone(),
                })
                .put(record(Kind::Session, &access_key_id, None, None, &stored)?),
        )
        .await?;
        Ok(IssuedCredentials {
            access_key_id,
            secret_access_key: secret,
            session_token,
            expiration: stored.expires,
        })
    }

    /// Delete sessions that expired more than a day ago (until then they answer
    /// ExpiredToken). Returns how many were deleted.
    pub async fn purge_expired_sessions(&self) -> Result<usize, CoreError> {
        let now = self.now();
        let page = self
            .store
            .list(&self.account, &Query::all(Kind::Session))
            .await?;
        let mut batch = WriteBatch::new();
        let mut purged = Vec::new();
        for r in page.records {
            let s: StoredSession = decode(&r.data)?;
            if s.expires + KEEP_EXPIRED <= now {
                batch = batch.delete(Kind::Session, r.key.clone());
                purged.push(r.key);
            }
        }
        if !purged.is_empty() {
            self.store_write(batch).await?;
            if let Ok(mut m) = self.sessions.write() {
                for key in &purged {
                    m.remove(key);
                }
            }
        }
        Ok(purged.len())
    }

    /// The session behind a temporary access key id; `None` when there is no such session.
    /// A session whose user or role is gone (or was replaced by another of the same name)
    /// fails as an invalid token.
    pub(crate) async fn resolve_session(
        &self,
        access_key_id: &str,
    ) -> Result<Option<Arc<ResolvedSession>>, CoreError> {
        let generation = self.generation();
        if let Some(hit) = self
            .sessions
            .read()
            .ok()
            .and_then(|m| m.get(access_key_id).cloned())
            .filter(|s| s.generation == generation)
        {
            return Ok(Some(hit));
        }
        let Some(r) = self
            .store
            .get(&self.account, Kind::Session, access_key_id)
            .await?
        else {
            return Ok(None);
        };
        let stored: StoredSession = decode(&r.data)?;
        let (user, role) = match &stored.principal {
            StoredPrincipal::Root => (None, None),
            StoredPrincipal::User { name, id } => {
                let user = self
                    .load_user(name)
                    .await?
                    .filter(|u| u.id == *id)
                    .ok_or_else(invalid_token)?;
                (Some(user), None)
            }
            StoredPrincipal::AssumedRole {
                role,
                role_id,
                session_name,
                policies,
                tags,
                source_identity,
            } => {
                let (role, _) = self
                    .load_role(role)
                    .await?
                    .filter(|(r, _)| r.id == *role_id)
                    .ok_or_else(invalid_token)?;
                (
                    None,
                    Some(RoleSession {
                        role,
                        account: self.account.clone(),
                        session_name: session_name.clone(),
                        policies: session_policy_set(policies)?,
                        tags: tags.clone(),
                        source_identity: source_identity.clone(),
                    }),
                )
            }
        };
        let token_sha256: [u8; 32] = HEXLOWER
            .decode(stored.token_sha256.as_bytes())
            .ok()
            .and_then(|d| d.try_into().ok())
            .ok_or_else(|| {
                CoreError::ServiceFailure("a stored session token digest is corrupt".into())
            })?;
        let plain = self.master.open(&stored.secret, &stored.access_key_id)?;
        let resolved = Arc::new(ResolvedSession {
            generation,
            token_sha256,
            secret: SecretKey::new(String::from_utf8_lossy(&plain).into_owned()),
            info: Arc::new(SessionInfo {
                access_key_id: stored.access_key_id,
                issued: stored.issued,
                expires: stored.expires,
                mfa_at: stored.mfa_at,
                role,
                console_session: None,
            }),
            user,
        });
        if let Ok(mut m) = self.sessions.write() {
            if m.len() > 100_000 {
                m.clear();
            }
            m.insert(access_key_id.to_string(), resolved.clone());
        }
        Ok(Some(resolved))
    }

    /// Authenticate a request signed with a session's key: its token, its lifetime, the
    /// signature, and what the session may call.
    pub(crate) fn authenticate_session(
        &self,
        session: &ResolvedSession,
        parsed: &SignatureRequest,
        req: &RequestParts<'_>,
        service: &str,
        origin: Origin<'_>,
        now: OffsetDateTime,
    ) -> Result<Caller, CoreError> {
        let presented = parsed.security_token().ok_or_else(invalid_token)?;
        let digest = sha256(presented.as_bytes());
        if !bool::from(digest.ct_eq(&session.token_sha256)) {
            return Err(invalid_token());
        }
        if now >= session.info.expires {
            return Err(expired_token());
        }
        iamd_sigv4::verify(parsed, req, &session.secret)?;
        // GetSessionToken credentials cannot call IAM unless MFA was used (STS API Reference,
        // GetSessionToken); AWS answers InvalidClientTokenId.
        if service == "iam" && session.info.role.is_none() && session.info.mfa_at.is_none() {
            return Err(invalid_token());
        }
        Ok(self.session_caller(session, origin, now))
    }

    fn session_caller(
        &self,
        session: &ResolvedSession,
        origin: Origin<'_>,
        now: OffsetDateTime,
    ) -> Caller {
        let info = &session.info;
        let (principal, tags, user_id) = match (&info.role, &session.user) {
            (Some(r), _) => (
                Principal {
                    kind: PrincipalKind::AssumedRole,
                    arn: r.arn(),
                    account: self.account.clone(),
                    role_arn: Some(r.role.arn(&self.account)),
                    service: None,
                },
                r.principal_tags(),
                r.assumed_role_id(),
            ),
            (None, Some(u)) => (
                Principal {
                    kind: PrincipalKind::User,
                    arn: u.arn(&self.account),
                    account: self.account.clone(),
                    role_arn: None,
                    service: None,
                },
                u.tags
                    .iter()
                    .map(|t| (t.key.clone(), t.value.clone()))
                    .collect(),
                u.id.clone(),
            ),
            (None, None) => (
                Principal {
                    kind: PrincipalKind::Root,
                    arn: format!("arn:aws:iam::{}:root", self.account),
                    account: self.account.clone(),
                    role_arn: None,
                    service: None,
                },
                Vec::new(),
                self.account.clone(),
            ),
        };
        let mut context = authz::request_context(&ContextFacts {
            principal: &principal,
            user_name: session.user.as_ref().map(|u| u.name.as_str()),
            user_id: &user_id,
            tags: &tags,
            source_ip: origin.source_ip,
            secure_transport: origin.secure_transport,
            now,
        });
        if let Some(r) = &info.role {
            // For role sessions aws:PrincipalArn is the role's ARN, not the session's.
            context.insert("aws:PrincipalArn", r.role.arn(&self.account));
            if let Some(id) = &r.source_identity {
                context.insert("aws:SourceIdentity", id.clone());
            }
        }
        add_session_keys(&mut context, info.mfa_at, info.issued, now);
        Caller {
            principal,
            user: session.user.clone(),
            access_key_id: info.access_key_id.clone(),
            context,
            session: Some(info.clone()),
        }
    }
}
