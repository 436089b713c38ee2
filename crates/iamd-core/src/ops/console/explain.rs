//! Would this be allowed? The console's preview of a decision, naming the Deny that refused.

use iamd_policy::Outcome;

use crate::Operation;

use crate::error::CoreError;
use crate::service::{Caller, Iam};
use crate::store::Store;

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

impl<S: Store> Iam<S> {
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
