//! What a request signed with temporary credentials carries: the session, and for a role
//! session the role and its restrictions. Read by authentication (`service`) and written by
//! the operations that issue and resolve sessions (`ops::sessions`).

use std::sync::Arc;

use iamd_policy::PolicySet;
use iamd_sigv4::SecretKey;
use time::OffsetDateTime;

use crate::entities::{Role, Tag, User};

/// What a request signed with temporary credentials carries.
#[derive(Debug, Clone)]
pub struct SessionInfo {
    pub access_key_id: String,
    pub issued: OffsetDateTime,
    pub expires: OffsetDateTime,
    /// When MFA was used to get these credentials (or the ones they came from).
    pub mfa_at: Option<OffsetDateTime>,
    /// For AssumeRole sessions: the role and the session's own restrictions.
    pub role: Option<RoleSession>,
    /// For console sessions: the session's store key (see `ops::console`).
    pub console_session: Option<String>,
}

/// An assumed-role session.
#[derive(Debug, Clone)]
pub struct RoleSession {
    /// The role as it was when the request was authenticated.
    pub role: Role,
    pub account: String,
    pub session_name: String,
    /// The session policies (inline `Policy` and `PolicyArns`), when AssumeRole passed any.
    pub policies: Option<Arc<PolicySet>>,
    /// Session tags (they take precedence over the role's tags of the same key).
    pub tags: Vec<Tag>,
    pub source_identity: Option<String>,
}

impl RoleSession {
    /// `arn:aws:sts::ACCT:assumed-role/ROLE/SESSION` (the role's path is not part of it).
    pub fn arn(&self) -> String {
        format!(
            "arn:aws:sts::{}:assumed-role/{}/{}",
            self.account, self.role.name, self.session_name
        )
    }

    /// `ROLEID:SESSION`, the session's `aws:userid`.
    pub fn assumed_role_id(&self) -> String {
        format!("{}:{}", self.role.id, self.session_name)
    }

    /// The principal tags of the session: the role's, overridden by the session's.
    pub(crate) fn principal_tags(&self) -> Vec<(String, String)> {
        let mut tags: Vec<(String, String)> = self
            .tags
            .iter()
            .map(|t| (t.key.clone(), t.value.clone()))
            .collect();
        for t in &self.role.tags {
            if !tags.iter().any(|(k, _)| k.eq_ignore_ascii_case(&t.key)) {
                tags.push((t.key.clone(), t.value.clone()));
            }
        }
        tags
    }
}

/// A session resolved for authentication, valid for one generation of the account.
pub(crate) struct ResolvedSession {
    pub(crate) generation: u64,
    pub(crate) token_sha256: [u8; 32],
    pub(crate) secret: SecretKey,
    pub(crate) info: Arc<SessionInfo>,
    pub(crate) user: Option<User>,
}
