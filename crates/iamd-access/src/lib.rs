//! Who can do what in an iamd account, and the privilege-escalation paths between its
//! principals: answers built from the policy engine's own decisions over the whole account.
//!
//! ```text
//! Principals::load(iam)   every user and role, its policies compiled as the authorizer
//!                         compiles them (iamd-check's AccountPolicies), its trust policy,
//!                         the context its requests carry
//!  ├─ who_can(query)      who is allowed ACTION on RESOURCE, directly or through roles
//!  └─ paths(query)        who can become or empower whom, and the shortest ways to admin
//! ```

#![warn(missing_docs)]

pub mod explain;
pub mod methods;
pub mod paths;
pub mod principals;
pub mod whocan;

pub use paths::{PathQuery, Paths, paths};
pub use principals::{Mfa, Node, NodeKind, Principals, parse_pins};
pub use whocan::{Query, WhoCan, who_can};
