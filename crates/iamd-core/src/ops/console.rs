//! Console sign-in, console sessions, the sign-in history and the root user's password: what
//! the web console (`iamd-console`) needs from the domain beyond the IAM operations it calls.
//!
//! A sign-in walks these stages; each is a [`ConsoleSession`] record keyed by the SHA-256 of
//! the random session token the browser holds (the store never sees the token itself):
//!
//! ```text
//!  account + user + password ──wrong (any part)──► Failure (one message, same timing)
//!        │ right
//!        ├─ HardExpiry and expired ─► Refused (an administrator must reset the password)
//!        ▼
//!  has an MFA device? ──yes──► Stage::Mfa ──a fresh code of one of the user's devices──┐
//!        │ no                                                                        │
//!        ▼◄──────────────────────────────────────────────────────────────────────────┘
//!  reset required or expired? ──yes──► Stage::NewPassword ──ChangePassword as this session──┐
//!        │ no                                                                               │
//!        ▼◄─────────────────────────────────────────────────────────────────────────────────┘
//!  Stage::Active: a Caller with aws:MultiFactorAuthPresent (true only after the MFA stage),
//!  aws:MultiFactorAuthAge, aws:TokenIssueTime, aws:SourceIp, aws:username, …
//! ```
//!
//! A session ends on sign-out, after [`IDLE_TIMEOUT`] without a request, after
//! [`ABSOLUTE_TIMEOUT`] in any case, or (unfinished stages) after [`PENDING_TIMEOUT`]. Sessions
//! are in the store, so they survive a restart and work across nodes.
//!
//! Every attempt (success or failure, time, source address, user agent, MFA used) is a
//! [`SignInRecord`] owned by the user (`#root` for the root user; no owner when the name is
//! unknown) and referencing the source address, so both "this user's recent sign-ins" and
//! "failures from this address" are one indexed listing.

use std::sync::Arc;

use data_encoding::HEXLOWER;
use iamd_policy::{Outcome, Principal, PrincipalKind};

use crate::Operation;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};
use zeroize::Zeroizing;

use crate::authz::{self, ContextFacts};
use crate::entities::{ROOT_OWNER, User};
use crate::error::CoreError;
use crate::ops::mfa::Guesser;
use crate::ops::mfa::VirtualMfaDevice;
use crate::ops::passwords::{Password, PasswordState, hash_password, verify_password};
use crate::ops::sessions::{SessionInfo, add_session_keys};
use crate::ops::throttle::{Factor, Locked, Subject};
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Query, Store, StoreError, WriteBatch};

/// A signed-in session ends after this long without a request.
pub const IDLE_TIMEOUT: Duration = Duration::minutes(15);
/// A signed-in session ends this long after sign-in, whatever the activity (AWS console
/// sessions of IAM users last at most 12 hours).
pub const ABSOLUTE_TIMEOUT: Duration = Duration::hours(12);
/// An unfinished sign-in (MFA or new-password stage) is dropped after this long.
pub const PENDING_TIMEOUT: Duration = Duration::minutes(10);
/// `last_seen` is written at most this often, so browsing is not a write per page.
const TOUCH_EVERY: Duration = Duration::seconds(30);
/// Sign-in records kept per user (the oldest are removed beyond this).
const HISTORY_PER_USER: u64 = 100;
/// Sign-in records kept for names that are no user, all together (the oldest go beyond this).
const HISTORY_UNKNOWN: u64 = 1000;
/// The owner of sign-in records of names that are no user (bounded by [`HISTORY_UNKNOWN`]).
const UNKNOWN_OWNER: &str = "#unknown";
/// Wrong codes one sign-in may enter at the MFA step before it ends (the password must then
/// be entered again; the user's and the address's counts go on across sign-ins).
pub const MFA_TRIES_PER_SIGN_IN: u32 = 3;
/// Random bytes in a session token.
const TOKEN_BYTES: usize = 32;
/// The shortest root password `iamd admin set-root-password` accepts (the account password
/// policy does not apply to the root user).
pub const ROOT_PASSWORD_MIN: usize = 8;

/// Who a console session belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum ConsolePrincipal {
    Root,
    /// An IAM user; the id guards against a user deleted and re-created under the same name.
    User {
        name: String,
        id: String,
    },
}

/// Where a sign-in stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stage {
    /// Password accepted; a one-time code of one of the user's MFA devices is needed.
    Mfa,
    /// Signed in, but a new password must be set (reset required, or expired) first.
    NewPassword,
    /// Signed in.
    Active,
}

/// A console session as stored under `(Kind::ConsoleSession, hex SHA-256 of the token)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsoleSession {
    pub principal: ConsolePrincipal,
    pub stage: Stage,
    /// When the password was accepted.
    #[serde(with = "time::serde::rfc3339")]
    pub issued: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub last_seen: OffsetDateTime,
    /// When MFA was used at sign-in, if it was.
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub mfa_at: Option<OffsetDateTime>,
    /// Whether a new password is needed after the MFA stage.
    #[serde(default)]
    pub needs_new_password: bool,
    /// Days left before the password expires, when within the warning period.
    #[serde(default)]
    pub expiry_warning_days: Option<i64>,
    /// The browser's address and user agent at sign-in (for the sign-in record).
    #[serde(default)]
    pub source_ip: String,
    #[serde(default)]
    pub user_agent: String,
    /// Wrong codes entered at the MFA step of this sign-in.
    #[serde(default)]
    pub mfa_failures: u32,
    /// The session's store key (not stored in the record: it is the record's key), so that a
    /// password change can end the user's other sessions and keep this one.
    #[serde(skip)]
    pub store_key: String,
}

impl ConsoleSession {
    /// Whether the session has ended at `now`.
    pub fn expired(&self, now: OffsetDateTime) -> bool {
        match self.stage {
            Stage::Active => {
                now >= self.issued + ABSOLUTE_TIMEOUT || now >= self.last_seen + IDLE_TIMEOUT
            }
            Stage::Mfa | Stage::NewPassword => now >= self.issued + PENDING_TIMEOUT,
        }
    }

    /// The user name, for IAM users.
    pub fn user_name(&self) -> Option<&str> {
        match &self.principal {
            ConsolePrincipal::User { name, .. } => Some(name),
            ConsolePrincipal::Root => None,
        }
    }
}

/// The random token the browser holds (base64url, no padding); wiped when dropped.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionToken(Zeroizing<String>);

impl SessionToken {
    fn generate() -> Result<SessionToken, CoreError> {
        let mut bytes = Zeroizing::new([0u8; TOKEN_BYTES]);
        getrandom::fill(bytes.as_mut())
            .map_err(|e| CoreError::ServiceFailure(format!("no randomness: {e}")))?;
        Ok(SessionToken(Zeroizing::new(
            data_encoding::BASE64URL_NOPAD.encode(bytes.as_ref()),
        )))
    }

    /// A token as the browser sent it (any text; an unknown one simply finds no session).
    pub fn from_cookie(value: &str) -> SessionToken {
        SessionToken(Zeroizing::new(value.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The store key: the token's SHA-256, so the database never holds a usable token.
    fn key(&self) -> String {
        HEXLOWER.encode(&Sha256::digest(self.0.as_bytes()))
    }
}

impl std::fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionToken(<redacted>)")
    }
}

/// Where a browser request came from.
#[derive(Debug, Clone, Default)]
pub struct BrowserOrigin {
    pub source_ip: String,
    pub user_agent: String,
    pub secure_transport: bool,
}

/// What the sign-in form submitted.
#[derive(Debug)]
pub struct SignInForm<'a> {
    /// The account id or one of its aliases.
    pub account: &'a str,
    /// `None` to sign in as the root user.
    pub user_name: Option<&'a str>,
    pub password: &'a Password,
}

/// What a sign-in (or one of its stages) led to.
#[derive(Debug)]
pub enum SignIn {
    /// Wrong account, user name or password, or no console access: one answer for all.
    Failed,
    /// The password expired under HardExpiry: an administrator must reset it.
    HardExpired,
    /// Too many failed attempts for this user or from this address: nothing was checked.
    Locked(Locked),
    /// A session at `stage`; the token goes into the browser's cookie.
    Started {
        token: SessionToken,
        session: ConsoleSession,
    },
}

/// What the MFA step led to.
#[derive(Debug)]
pub enum MfaCheck {
    /// No such session (ended, or never started): sign in again.
    NoSession,
    /// The session is past the MFA stage (or the code was accepted): its stage now.
    Passed(ConsoleSession),
    /// A wrong code; the user may try again `tries_left` times in this sign-in.
    Rejected {
        session: ConsoleSession,
        tries_left: u32,
    },
    /// Too many wrong codes in this sign-in: it ended, the password is needed again.
    Ended,
    /// Too many wrong codes for this user or from this address: the sign-in ended and no code
    /// is checked until the lock ends or an administrator lifts it.
    Locked(Locked),
}

/// One console sign-in attempt, as the "recent sign-ins" list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInRecord {
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// The user name as stored (`None` for the root user or an unknown name, which is not
    /// kept: it might be a password typed in the wrong field).
    pub user_name: Option<String>,
    /// The user's unique id, for a user that exists.
    #[serde(default)]
    pub user_id: Option<String>,
    #[serde(default)]
    pub user_arn: Option<String>,
    pub root: bool,
    pub success: bool,
    pub mfa_used: bool,
    pub source_ip: String,
    pub user_agent: String,
    /// Why it failed, in words for the account's administrators (never which part of the
    /// credentials was wrong beyond what the user could know).
    #[serde(default)]
    pub failure: Option<String>,
    /// The MFA device whose code was checked, if one was.
    #[serde(default)]
    pub mfa_serial: Option<String>,
    /// Refused without checking because the user or the address was locked out.
    #[serde(default)]
    pub locked: bool,
}

/// The Deny statement that refused a request, as the console names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DenyingStatement {
    /// Where the policy lives: `user/NAME/POLICY`, `group/NAME/POLICY`, a managed policy ARN,
    /// or `AllowUsersToChangePassword`.
    pub policy: String,
    /// The statement's Sid, when it has one.
    pub sid: Option<String>,
    /// Its position in the policy, from 1.
    pub statement: u32,
}

/// Why a request would be refused, as [`Iam::explain`] finds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Allowed,
    /// An explicit Deny; the statements that matched.
    ExplicitDeny(Vec<DenyingStatement>),
    /// No policy allows it.
    ImplicitDeny,
}

/// The root user's console password, stored under `(Kind::RootPassword, "")`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct RootPassword {
    hash: String,
    #[serde(with = "time::serde::rfc3339")]
    changed: OffsetDateTime,
}

impl<S: Store> Iam<S> {
    // --- sign-in ------------------------------------------------------------------------------

    /// Whether `name` is this account's id or one of its aliases.
    async fn names_this_account(&self, name: &str) -> Result<bool, CoreError> {
        let name = name.trim();
        if name == self.account {
            return Ok(true);
        }
        let account: Option<crate::entities::Account> =
            match self.store.get(&self.account, Kind::Account, "").await? {
                Some(r) => Some(decode(&r.data)?),
                None => None,
            };
        Ok(account.is_some_and(|a| a.aliases.iter().any(|x| x.eq_ignore_ascii_case(name))))
    }

    /// The password step of a console sign-in. Wrong account, unknown user, no login profile
    /// and a wrong password all give [`SignIn::Failed`] after the same password-hashing work.
    /// Returns the attempt as recorded in the sign-in history (for the audit trail), when this
    /// step completed or failed the sign-in.
    pub async fn console_sign_in(
        &self,
        form: &SignInForm<'_>,
        origin: &BrowserOrigin,
    ) -> Result<(SignIn, Option<SignInRecord>), CoreError> {
        let account_ok = self.names_this_account(form.account).await?;
        // Counted before any hashing; a locked user or address is answered at once. Names that
        // are no user are counted too, so a lock tells nothing about who exists.
        let known = match form.user_name {
            Some(name) => self.load_user(name).await?,
            None => None,
        };
        let reservation = match self
            .reserve_attempt(
                Factor::Password,
                Subject::user(form.user_name),
                form.user_name.is_none() || known.is_some(),
                Some(&origin.source_ip),
            )
            .await?
        {
            Ok(r) => r,
            Err(locked) => {
                let r = self
                    .record_sign_in(
                        origin,
                        Attempt {
                            user: known.as_ref(),
                            root: form.user_name.is_none(),
                            failure: Some("Locked out after too many failed attempts"),
                            locked: true,
                            ..Attempt::default()
                        },
                    )
                    .await?;
                return Ok((SignIn::Locked(locked), Some(r)));
            }
        };
        let now = self.now();
        let (principal, state, devices) = match form.user_name {
            None => {
                let ok = self.check_root_password(form.password).await? && account_ok;
                if !ok {
                    let r = self
                        .record_sign_in(
                            origin,
                            Attempt {
                                root: true,
                                failure: Some("Failed authentication"),
                                ..Attempt::default()
                            },
                        )
                        .await?;
                    return Ok((SignIn::Failed, Some(r)));
                }
                (
                    ConsolePrincipal::Root,
                    PasswordState::Ok {
                        expires_in_days: None,
                    },
                    self.assigned_devices(ROOT_OWNER).await?,
                )
            }
            Some(name) => {
                let checked = self.check_console_password(name, form.password).await?;
                let (Some((user, state)), true) = (checked, account_ok) else {
                    let r = self
                        .record_sign_in(
                            origin,
                            Attempt {
                                user: known.as_ref(),
                                failure: Some(if known.is_some() {
                                    "Failed authentication"
                                } else {
                                    "No username found in supplied account"
                                }),
                                ..Attempt::default()
                            },
                        )
                        .await?;
                    return Ok((SignIn::Failed, Some(r)));
                };
                let devices = self.assigned_devices(&user.id).await?;
                (
                    ConsolePrincipal::User {
                        name: user.name.clone(),
                        id: user.id.clone(),
                    },
                    state,
                    devices,
                )
            }
        };
        // The password was right: the user's count starts again.
        self.clear_attempts(&reservation).await?;
        if state == (PasswordState::Expired { hard_expiry: true }) {
            let user = match &principal {
                ConsolePrincipal::User { name, .. } => self.load_user(name).await?,
                ConsolePrincipal::Root => None,
            };
            let r = self
                .record_sign_in(
                    origin,
                    Attempt {
                        user: user.as_ref(),
                        root: principal == ConsolePrincipal::Root,
                        failure: Some("Password expired (HardExpiry)"),
                        ..Attempt::default()
                    },
                )
                .await?;
            return Ok((SignIn::HardExpired, Some(r)));
        }
        let needs_new_password = matches!(
            state,
            PasswordState::ResetRequired | PasswordState::Expired { .. }
        );
        let stage = if !devices.is_empty() {
            Stage::Mfa
        } else if needs_new_password {
            Stage::NewPassword
        } else {
            Stage::Active
        };
        let session = ConsoleSession {
            principal,
            stage,
            issued: now,
            last_seen: now,
            mfa_at: None,
            needs_new_password,
            expiry_warning_days: match state {
                PasswordState::Warning { days } => Some(days),
                _ => None,
            },
            source_ip: origin.source_ip.clone(),
            user_agent: origin.user_agent.clone(),
            mfa_failures: 0,
            store_key: String::new(),
        };
        let recorded = if stage == Stage::Mfa {
            None
        } else {
            Some(self.record_success(&session, None, origin).await?)
        };
        let token = SessionToken::generate()?;
        let mut session = session;
        session.store_key = token.key();
        self.put_console_session(&token, &session, None).await?;
        Ok((SignIn::Started { token, session }, recorded))
    }

    /// The MFA step: a code of one of the devices assigned to the session's principal, used
    /// up on success. A wrong code leaves the session at the MFA stage for
    /// [`MFA_TRIES_PER_SIGN_IN`] tries in all, then ends it; every code counts against the user
    /// and the address (`ops::throttle`), and while either is locked the sign-in ends without
    /// checking the code. Returns the outcome and the attempt as recorded.
    pub async fn console_verify_mfa(
        &self,
        token: &SessionToken,
        code: &str,
        origin: &BrowserOrigin,
    ) -> Result<(MfaCheck, Option<SignInRecord>), CoreError> {
        let Some((mut session, version)) = self.load_console_session(token).await? else {
            return Ok((MfaCheck::NoSession, None));
        };
        if session.stage != Stage::Mfa {
            return Ok((MfaCheck::Passed(session), None));
        }
        let owner = match &session.principal {
            ConsolePrincipal::User { id, .. } => id.clone(),
            ConsolePrincipal::Root => ROOT_OWNER.to_string(),
        };
        let code = code.trim();
        let devices = self.assigned_devices(&owner).await?;
        let serials: Vec<&str> = devices.iter().map(|d| d.serial_number.as_str()).collect();
        let guesser = Guesser {
            user: Subject::user(session.user_name()),
            address: Some(&origin.source_ip),
        };
        let checked = self.consume_code(&owner, &serials, code, &guesser).await;
        let locked = match checked {
            Ok(serial) => {
                let now = self.now();
                session.mfa_at = Some(now);
                session.last_seen = now;
                session.stage = if session.needs_new_password {
                    Stage::NewPassword
                } else {
                    Stage::Active
                };
                let r = self.record_success(&session, Some(&serial), origin).await?;
                self.put_console_session(token, &session, Some(version))
                    .await?;
                return Ok((MfaCheck::Passed(session), Some(r)));
            }
            Err(CoreError::AccessDenied(_)) => {
                // Locked now? (The code was then not checked.)
                self.mfa_lock_of(&guesser).await?
            }
            Err(e) => return Err(e),
        };
        let user = match session.user_name() {
            Some(name) => self.load_user(name).await?,
            None => None,
        };
        let r = self
            .record_sign_in(
                origin,
                Attempt {
                    user: user.as_ref(),
                    root: session.principal == ConsolePrincipal::Root,
                    mfa_serial: devices.first().map(|d| d.serial_number.as_str()),
                    failure: Some(if locked.is_some() {
                        "Locked out after too many wrong MFA codes"
                    } else {
                        "Failed authentication (MFA code)"
                    }),
                    locked: locked.is_some(),
                    ..Attempt::default()
                },
            )
            .await?;
        if let Some(locked) = locked {
            self.console_sign_out(token).await?;
            return Ok((MfaCheck::Locked(locked), Some(r)));
        }
        session.mfa_failures = session.mfa_failures.saturating_add(1);
        if session.mfa_failures >= MFA_TRIES_PER_SIGN_IN {
            self.console_sign_out(token).await?;
            return Ok((MfaCheck::Ended, Some(r)));
        }
        let tries_left = MFA_TRIES_PER_SIGN_IN - session.mfa_failures;
        match self
            .put_console_session(token, &session, Some(version))
            .await
        {
            Ok(()) => {}
            // Another request of this sign-in changed it: end the sign-in rather than let
            // parallel guesses share one count.
            Err(CoreError::ConcurrentModification(_)) => {
                self.console_sign_out(token).await?;
                return Ok((MfaCheck::Ended, Some(r)));
            }
            Err(e) => return Err(e),
        }
        Ok((
            MfaCheck::Rejected {
                session,
                tries_left,
            },
            Some(r),
        ))
    }

    /// The MFA lock in force for `guesser`, if any.
    async fn mfa_lock_of(&self, guesser: &Guesser<'_>) -> Result<Option<Locked>, CoreError> {
        let now = self.now();
        let mut subjects = vec![guesser.user.clone()];
        if let Some(ip) = guesser.address.filter(|ip| !ip.is_empty()) {
            subjects.push(Subject::Address(ip.to_string()));
        }
        for subject in subjects {
            if let Some(until) = self.locked_until(Factor::Mfa, &subject, now).await? {
                return Ok(Some(Locked { until }));
            }
        }
        Ok(None)
    }

    /// After the new-password stage's ChangePassword succeeded: the session becomes active.
    pub async fn console_password_changed(&self, token: &SessionToken) -> Result<(), CoreError> {
        let Some((mut session, version)) = self.load_console_session(token).await? else {
            return Ok(());
        };
        session.stage = Stage::Active;
        session.needs_new_password = false;
        session.expiry_warning_days = None;
        session.last_seen = self.now();
        self.put_console_session(token, &session, Some(version))
            .await
    }

    /// The session behind `token` when it has not ended; records activity for the idle timeout.
    pub async fn console_session(
        &self,
        token: &SessionToken,
    ) -> Result<Option<ConsoleSession>, CoreError> {
        let Some((mut session, version)) = self.load_console_session(token).await? else {
            return Ok(None);
        };
        let now = self.now();
        if now - session.last_seen >= TOUCH_EVERY {
            session.last_seen = now;
            match self
                .put_console_session(token, &session, Some(version))
                .await
            {
                Ok(()) | Err(CoreError::ConcurrentModification(_)) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(Some(session))
    }

    /// The caller a console session acts as: the same principal, policies and request context
    /// as temporary credentials of that user (or root) would have, with
    /// `aws:MultiFactorAuthPresent` true only when MFA was used at sign-in. `None` when the
    /// user is gone or was replaced by another of the same name.
    pub async fn console_caller(
        &self,
        session: &ConsoleSession,
        origin: &BrowserOrigin,
    ) -> Result<Option<Caller>, CoreError> {
        let now = self.now();
        let (principal, user) = match &session.principal {
            ConsolePrincipal::Root => (
                Principal {
                    kind: PrincipalKind::Root,
                    arn: format!("arn:aws:iam::{}:root", self.account),
                    account: self.account.clone(),
                    role_arn: None,
                    service: None,
                },
                None,
            ),
            ConsolePrincipal::User { name, id } => {
                let Some(user) = self.load_user(name).await?.filter(|u| u.id == *id) else {
                    return Ok(None);
                };
                (
                    Principal {
                        kind: PrincipalKind::User,
                        arn: user.arn(&self.account),
                        account: self.account.clone(),
                        role_arn: None,
                        service: None,
                    },
                    Some(user),
                )
            }
        };
        let tags: Vec<(String, String)> = user
            .as_ref()
            .map(|u| {
                u.tags
                    .iter()
                    .map(|t| (t.key.clone(), t.value.clone()))
                    .collect()
            })
            .unwrap_or_default();
        let user_id = user
            .as_ref()
            .map_or_else(|| self.account.clone(), |u| u.id.clone());
        let source_ip = (!origin.source_ip.is_empty()).then_some(origin.source_ip.as_str());
        let mut context = authz::request_context(&ContextFacts {
            principal: &principal,
            user_name: user.as_ref().map(|u: &User| u.name.as_str()),
            user_id: &user_id,
            tags: &tags,
            source_ip,
            secure_transport: origin.secure_transport,
            now,
        });
        add_session_keys(&mut context, session.mfa_at, session.issued, now);
        Ok(Some(Caller {
            principal,
            user,
            // Console requests are signed by no access key.
            access_key_id: String::new(),
            context,
            session: Some(Arc::new(SessionInfo {
                access_key_id: String::new(),
                issued: session.issued,
                expires: session.issued + ABSOLUTE_TIMEOUT,
                mfa_at: session.mfa_at,
                role: None,
                console_session: Some(session.store_key.clone()),
            })),
        }))
    }

    /// Sign out: the session is deleted.
    pub async fn console_sign_out(&self, token: &SessionToken) -> Result<(), CoreError> {
        self.store_write(WriteBatch::new().delete(Kind::ConsoleSession, token.key()))
            .await?;
        Ok(())
    }

    /// Add to `batch` the deletion of every console session of the user whose id is `user_id` but
    /// `keep` (a session's store key): a password reset or a removed password ends them
    /// (UpdateLoginProfile, DeleteLoginProfile; ChangePassword keeps the session it came from).
    pub(crate) async fn end_console_sessions(
        &self,
        mut batch: WriteBatch,
        user_id: &str,
        keep: Option<&str>,
    ) -> Result<WriteBatch, CoreError> {
        let page = self
            .store
            .list(
                &self.account,
                &Query {
                    owner: Some(user_id.to_string()),
                    ..Query::all(Kind::ConsoleSession)
                },
            )
            .await?;
        for r in page.records {
            if keep != Some(r.key.as_str()) {
                batch = batch.delete(Kind::ConsoleSession, r.key);
            }
        }
        Ok(batch)
    }

    /// Remove sessions that have ended (called by the server's periodic housekeeping), and the
    /// brute-force counts whose failures are forgotten.
    pub async fn purge_console_sessions(&self) -> Result<usize, CoreError> {
        let now = self.now();
        let page = self
            .store
            .list(&self.account, &Query::all(Kind::ConsoleSession))
            .await?;
        let mut batch = WriteBatch::new();
        let mut n = 0;
        for r in page.records {
            let ended = decode::<ConsoleSession>(&r.data).map_or(true, |s| s.expired(now));
            if ended {
                batch = batch.delete(Kind::ConsoleSession, r.key);
                n += 1;
            }
        }
        if n > 0 {
            self.store_write(batch).await?;
        }
        self.purge_stale_counts().await?;
        Ok(n)
    }

    async fn load_console_session(
        &self,
        token: &SessionToken,
    ) -> Result<Option<(ConsoleSession, i64)>, CoreError> {
        let Some(r) = self
            .store
            .get(&self.account, Kind::ConsoleSession, &token.key())
            .await?
        else {
            return Ok(None);
        };
        let mut session: ConsoleSession = decode(&r.data)?;
        session.store_key = r.key;
        if session.expired(self.now()) {
            self.console_sign_out(token).await?;
            return Ok(None);
        }
        Ok(Some((session, r.version)))
    }

    /// Write a session; with `version`, only if nobody changed it since it was read. Straight
    /// to the store: a console session changes no permission, so caches stay valid.
    async fn put_console_session(
        &self,
        token: &SessionToken,
        session: &ConsoleSession,
        version: Option<i64>,
    ) -> Result<(), CoreError> {
        let key = token.key();
        let owner = match &session.principal {
            ConsolePrincipal::User { id, .. } => id.clone(),
            ConsolePrincipal::Root => ROOT_OWNER.to_string(),
        };
        let guard = match version {
            Some(version) => Condition::Version {
                kind: Kind::ConsoleSession,
                key: key.clone(),
                version,
            },
            None => Condition::Absent {
                kind: Kind::ConsoleSession,
                key: key.clone(),
            },
        };
        self.store_write(WriteBatch::new().require(guard).put(record(
            Kind::ConsoleSession,
            &key,
            Some(&owner),
            None,
            session,
        )?))
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { .. } => CoreError::ConcurrentModification(
                "The console session changed at the same time; retry.".into(),
            ),
            other => other.into(),
        })
    }

    /// The virtual MFA devices assigned to `owner` (a user id or `#root`).
    async fn assigned_devices(&self, owner: &str) -> Result<Vec<VirtualMfaDevice>, CoreError> {
        let page = self
            .store
            .list(
                &self.account,
                &Query {
                    owner: Some(owner.to_string()),
                    ..Query::all(Kind::MfaDevice)
                },
            )
            .await?;
        page.records
            .iter()
            .map(|r| decode::<VirtualMfaDevice>(&r.data))
            .filter(|d| d.as_ref().map_or(true, |d| d.assigned.is_some()))
            .collect()
    }

    // --- the sign-in history --------------------------------------------------------------------

    async fn record_success(
        &self,
        session: &ConsoleSession,
        mfa_serial: Option<&str>,
        origin: &BrowserOrigin,
    ) -> Result<SignInRecord, CoreError> {
        let user = match session.user_name() {
            Some(name) => self.load_user(name).await?,
            None => None,
        };
        self.record_sign_in(
            origin,
            Attempt {
                user: user.as_ref(),
                root: session.principal == ConsolePrincipal::Root,
                success: true,
                mfa_serial,
                failure: None,
                locked: false,
            },
        )
        .await
    }

    /// Keep one sign-in attempt in the history (the oldest beyond [`HISTORY_PER_USER`] go).
    async fn record_sign_in(
        &self,
        origin: &BrowserOrigin,
        attempt: Attempt<'_>,
    ) -> Result<SignInRecord, CoreError> {
        let now = self.now();
        let owner = match (attempt.user, attempt.root) {
            (Some(u), _) => u.id.clone(),
            (None, true) => ROOT_OWNER.to_string(),
            (None, false) => UNKNOWN_OWNER.to_string(),
        };
        let entry = SignInRecord {
            at: now,
            user_name: attempt.user.map(|u| u.name.clone()),
            user_id: attempt.user.map(|u| u.id.clone()),
            user_arn: attempt.user.map(|u| u.arn(&self.account)),
            root: attempt.root,
            success: attempt.success,
            mfa_used: attempt.mfa_serial.is_some(),
            source_ip: origin.source_ip.clone(),
            user_agent: origin.user_agent.chars().take(512).collect(),
            failure: attempt.failure.map(str::to_string),
            mfa_serial: attempt.mfa_serial.map(str::to_string),
            locked: attempt.locked,
        };
        // Keys sort by time within an owner: owner, nanoseconds, a random suffix.
        let mut suffix = [0u8; 4];
        getrandom::fill(&mut suffix)
            .map_err(|e| CoreError::ServiceFailure(format!("no randomness: {e}")))?;
        let key = format!(
            "{}/{:024}/{}",
            owner,
            now.unix_timestamp_nanos(),
            HEXLOWER.encode(&suffix)
        );
        let mut batch = WriteBatch::new().put(record(
            Kind::SignIn,
            &key,
            Some(&owner),
            Some(&origin.source_ip),
            &entry,
        )?);
        // Bounded per user, and for unknown names all together: they must not grow the store
        // without end, whatever a guesser types.
        let keep = if owner == UNKNOWN_OWNER {
            HISTORY_UNKNOWN
        } else {
            HISTORY_PER_USER
        };
        let kept = self
            .store
            .count(&self.account, Kind::SignIn, Some(&owner))
            .await?;
        let excess = (kept + 1).saturating_sub(keep);
        if excess > 0 {
            let oldest = self
                .store
                .list(
                    &self.account,
                    &Query {
                        owner: Some(owner),
                        limit: u32::try_from(excess).unwrap_or(u32::MAX),
                        ..Query::all(Kind::SignIn)
                    },
                )
                .await?;
            for r in oldest.records {
                batch = batch.delete(Kind::SignIn, r.key);
            }
        }
        // Straight to the store: a sign-in record changes no permission.
        self.store_write(batch).await?;
        Ok(entry)
    }

    /// The most recent sign-in attempts of the console session's principal, newest first.
    pub async fn recent_sign_ins(
        &self,
        session: &ConsoleSession,
        limit: usize,
    ) -> Result<Vec<SignInRecord>, CoreError> {
        let owner = match &session.principal {
            ConsolePrincipal::User { id, .. } => id.clone(),
            ConsolePrincipal::Root => ROOT_OWNER.to_string(),
        };
        let page = self
            .store
            .list(
                &self.account,
                &Query {
                    owner: Some(owner),
                    ..Query::all(Kind::SignIn)
                },
            )
            .await?;
        page.records
            .iter()
            .rev()
            .take(limit)
            .map(|r| decode(&r.data))
            .collect()
    }

    /// Failed sign-in attempts from `source_ip` since `since` (for brute-force protection).
    pub async fn failed_sign_ins_from(
        &self,
        source_ip: &str,
        since: OffsetDateTime,
    ) -> Result<usize, CoreError> {
        let page = self
            .store
            .list(
                &self.account,
                &Query {
                    reference: Some(source_ip.to_string()),
                    ..Query::all(Kind::SignIn)
                },
            )
            .await?;
        Ok(page
            .records
            .iter()
            .filter_map(|r| decode::<SignInRecord>(&r.data).ok())
            .filter(|s| !s.success && s.at >= since)
            .count())
    }

    // --- the root user's password -----------------------------------------------------------

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
    async fn check_root_password(&self, password: &Password) -> Result<bool, CoreError> {
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

    // --- would this be allowed? ---------------------------------------------------------------

    /// Decide `operation` (by name) on `resource` for `caller` exactly as [`Iam::authorize`]
    /// would, without performing anything or logging: for showing only the actions a user may
    /// take, and for saying which statement refused one.
    pub async fn explain(
        &self,
        caller: &Caller,
        operation: &str,
        resource: &str,
    ) -> Result<Verdict, CoreError> {
        let Some(operation) = Operation::from_name(operation) else {
            return Err(CoreError::ServiceFailure(format!(
                "operation {operation} has no authorization entry"
            )));
        };
        self.explain_with(caller, operation, resource, &[]).await
    }

    /// As [`Iam::explain`], with the request's own condition keys: the same decision
    /// ([`Iam::decide`]) that authorizing the call takes.
    pub async fn explain_with(
        &self,
        caller: &Caller,
        operation: Operation,
        resource: &str,
        extra: &[(String, iamd_policy::ContextValue)],
    ) -> Result<Verdict, CoreError> {
        let Some(denied) = self.decide(caller, operation, resource, extra).await? else {
            return Ok(Verdict::Allowed);
        };
        Ok(match denied.decision.outcome {
            Outcome::ExplicitDeny => Verdict::ExplicitDeny(
                denied
                    .statements()
                    .into_iter()
                    .map(|(policy, statement, sid)| DenyingStatement {
                        policy,
                        sid: sid.map(str::to_string),
                        statement,
                    })
                    .collect(),
            ),
            _ => Verdict::ImplicitDeny,
        })
    }

    /// Whether `operation` on `resource` would be allowed for `caller`.
    pub async fn would_allow(
        &self,
        caller: &Caller,
        operation: &str,
        resource: &str,
    ) -> Result<bool, CoreError> {
        Ok(self.explain(caller, operation, resource).await? == Verdict::Allowed)
    }
}

/// What one sign-in attempt was, for [`Iam::record_sign_in`].
#[derive(Debug, Default)]
struct Attempt<'a> {
    /// The user, when the name given is one (failures keep no unknown name).
    user: Option<&'a User>,
    root: bool,
    success: bool,
    /// The MFA device whose code was checked.
    mfa_serial: Option<&'a str>,
    failure: Option<&'a str>,
    /// Refused because the user or the address was locked out.
    locked: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(stage: Stage, issued: OffsetDateTime) -> ConsoleSession {
        ConsoleSession {
            principal: ConsolePrincipal::Root,
            stage,
            issued,
            last_seen: issued,
            mfa_at: None,
            needs_new_password: false,
            expiry_warning_days: None,
            source_ip: String::new(),
            user_agent: String::new(),
            mfa_failures: 0,
            store_key: String::new(),
        }
    }

    #[test]
    fn active_sessions_end_when_idle_or_too_old() {
        let t0 = OffsetDateTime::UNIX_EPOCH + Duration::days(20_000);
        let mut s = session(Stage::Active, t0);
        assert!(!s.expired(t0 + IDLE_TIMEOUT - Duration::seconds(1)));
        assert!(s.expired(t0 + IDLE_TIMEOUT));
        // Kept busy, it still ends at the absolute limit.
        s.last_seen = t0 + ABSOLUTE_TIMEOUT - Duration::minutes(1);
        assert!(!s.expired(t0 + ABSOLUTE_TIMEOUT - Duration::seconds(1)));
        assert!(s.expired(t0 + ABSOLUTE_TIMEOUT));
    }

    #[test]
    fn unfinished_sign_ins_end_after_the_pending_timeout() {
        let t0 = OffsetDateTime::UNIX_EPOCH + Duration::days(20_000);
        for stage in [Stage::Mfa, Stage::NewPassword] {
            let mut s = session(stage, t0);
            s.last_seen = t0 + PENDING_TIMEOUT;
            assert!(!s.expired(t0 + PENDING_TIMEOUT - Duration::seconds(1)));
            assert!(s.expired(t0 + PENDING_TIMEOUT), "{stage:?}");
        }
    }

    #[test]
    fn tokens_are_random_and_stored_only_as_digests() {
        let a = SessionToken::generate().unwrap();
        let b = SessionToken::generate().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.as_str().len(), 43);
        assert_eq!(a.key().len(), 64);
        assert!(!a.key().contains(a.as_str()));
        assert_eq!(format!("{a:?}"), "SessionToken(<redacted>)");
    }
}
