//! A caller's `userIdentity`: what the trail records of who made a call.

use iamd_audit::UserIdentity;
use iamd_audit::record::{SessionAttributes, SessionContext, SessionIssuer, timestamp};

use crate::service::Caller;

/// Building a record's identity from an authenticated [`Caller`] (the record type lives in
/// `iamd_audit`, which knows nothing of callers).
pub trait FromCaller {
    /// The identity of an authenticated caller.
    fn from_caller(caller: &Caller) -> Self;
}

impl FromCaller for UserIdentity {
    fn from_caller(caller: &Caller) -> UserIdentity {
        let account = caller.principal.account.clone();
        let session_context = caller.session.as_deref().map(|s| SessionContext {
            session_issuer: s.role.as_ref().map(|r| SessionIssuer {
                kind: "Role".into(),
                principal_id: r.role.id.clone(),
                arn: r.role.arn(&r.account),
                account_id: r.account.clone(),
                user_name: r.role.name.clone(),
            }),
            attributes: SessionAttributes {
                creation_date: timestamp(s.issued),
                mfa_authenticated: s.mfa_at.is_some().to_string(),
            },
            source_identity: s.role.as_ref().and_then(|r| r.source_identity.clone()),
        });
        let (kind, user_name) = if caller.role_session().is_some() {
            ("AssumedRole", None)
        } else if caller.is_root() {
            ("Root", None)
        } else {
            ("IAMUser", caller.user.as_ref().map(|u| u.name.clone()))
        };
        UserIdentity {
            kind: kind.into(),
            principal_id: Some(caller.user_id()),
            arn: Some(caller.principal.arn.clone()),
            account_id: Some(account),
            access_key_id: Some(caller.access_key_id.clone()),
            user_name,
            session_context,
            invoked_by: None,
        }
    }
}
