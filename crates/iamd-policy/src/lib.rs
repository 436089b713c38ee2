//! The AWS IAM policy language: parse and validate documents with precise errors, compile them
//! once, and evaluate requests against them with the reasons for each decision.
//!
//! Pure: no I/O, no async, no clock. Time enters as request context values
//! (`aws:CurrentTime`, `aws:EpochTime`).
//!
//! ```
//! use std::sync::Arc;
//! use iamd_policy::*;
//!
//! let doc = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow",
//!   "Action":"iam:ChangePassword","Resource":"arn:aws:iam::*:user/${aws:username}"}]}"#;
//! let policy = Arc::new(parse_policy(doc, PolicyKind::Identity).unwrap());
//! let identity = PolicySet::new([(PolicySource { id: "inline".into(), source_type: SourceType::User }, policy)]);
//! let principal = Principal::from_arn("arn:aws:iam::123456789012:user/alice");
//! let auth = Authorization { principal: &principal, identity: &identity, boundary: None,
//!     session: None, resource_policy: None, resource_owner: None, trust: false };
//! let mut context = RequestContext::new();
//! context.insert("aws:username", "alice");
//! let action = Action::parse("iam:ChangePassword").unwrap();
//! let decision = auth.decide(&Request { action: &action,
//!     resource: "arn:aws:iam::123456789012:user/alice", context: &context });
//! assert_eq!(decision.outcome, Outcome::Allowed);
//! ```

#![warn(missing_docs)]

mod arn;
mod condition;
mod context;
mod error;
mod eval;
mod glob;
mod model;
mod parse;
mod principal;
mod request;
mod suggest;
mod template;
mod trace;
mod values;

pub use condition::{BASE_OPERATORS, BaseOperator, Condition, Operator, SetQualifier};
pub use context::{ContextValue, RequestContext};
pub use error::PolicyError;
pub use eval::{
    Authorization, Decision, MissingAllow, NoObserver, Observer, Outcome, PolicySet, PolicySource,
    Role, SourceType, StatementRef,
};
pub use glob::Wildcard;
pub use model::{Effect, Policy, PolicyKind, PolicyVersion, Position, Statement, policy_size};
pub use parse::parse_policy;
pub use principal::{Principal, PrincipalKind, PrincipalMatch};
pub use request::{Action, Request};
pub use suggest::nearest_name;
pub use trace::{ConditionTrace, MissingKeys, Trace};
