//! The sign-in history: one [`SignInRecord`] per attempt, bounded per user.

use data_encoding::HEXLOWER;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::session::{BrowserOrigin, ConsolePrincipal, ConsoleSession};
use crate::entities::{ROOT_OWNER, User};
use crate::error::CoreError;
use crate::service::{Iam, decode, record};
use crate::store::{Kind, Query, Store, WriteBatch};

/// Sign-in records kept per user (the oldest are removed beyond this).
const HISTORY_PER_USER: u64 = 100;
/// Sign-in records kept for names that are no user, all together (the oldest go beyond this).
const HISTORY_UNKNOWN: u64 = 1000;
/// The owner of sign-in records of names that are no user (bounded by [`HISTORY_UNKNOWN`]).
const UNKNOWN_OWNER: &str = "#unknown";

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

impl<S: Store> Iam<S> {
    pub(super) async fn record_success(
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
    pub(super) async fn record_sign_in(
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
}
/// What one sign-in attempt was, for [`Iam::record_sign_in`].
#[derive(Debug, Default)]
pub(super) struct Attempt<'a> {
    /// The user, when the name given is one (failures keep no unknown name).
    pub(super) user: Option<&'a User>,
    pub(super) root: bool,
    pub(super) success: bool,
    /// The MFA device whose code was checked.
    pub(super) mfa_serial: Option<&'a str>,
    pub(super) failure: Option<&'a str>,
    /// Refused because the user or the address was locked out.
    pub(super) locked: bool,
}
