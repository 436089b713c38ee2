//! Console sessions in the store: loading, touching, ending and purging them, and the
//! `Caller` an active session makes.

use std::sync::Arc;

use iamd_policy::{Principal, PrincipalKind};

use super::session::{
    ABSOLUTE_TIMEOUT, BrowserOrigin, ConsolePrincipal, ConsoleSession, SessionToken, Stage,
    TOUCH_EVERY,
};
use crate::authz::{self, ContextFacts};
use crate::entities::{ROOT_OWNER, User};
use crate::error::CoreError;
use crate::ops::sessions::{SessionInfo, add_session_keys};
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Query, Store, StoreError, WriteBatch};

impl<S: Store> Iam<S> {
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

    pub(super) async fn load_console_session(
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
    pub(super) async fn put_console_session(
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
}
