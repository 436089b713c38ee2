//! Managed policies (customer managed and AWS managed), their versions, attachments to users
//! and groups, and users' permissions boundaries.
//!
//! One module per job: `resolve` (what an ARN names, the policy as the API shows it, the
//! checks of every write), `policies` (create, get, delete, list), `versions`,
//! `attachments` and `boundaries`.

mod attachments;
mod boundaries;
mod policies;
mod resolve;
mod versions;

pub use attachments::PolicyEntities;
pub use resolve::PolicyView;
