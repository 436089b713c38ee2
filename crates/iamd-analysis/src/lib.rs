//! Policy analysis that needs no account: validation as IAM Access Analyzer's ValidatePolicy
//! does it, against an embedded catalog of every AWS service's actions, resource types and
//! condition keys.
//!
//! ```
//! use iamd_analysis::{PolicyType, validate};
//!
//! let findings = validate(
//!     r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObjct","Resource":"*"}}"#,
//!     PolicyType::IdentityPolicy,
//! );
//! assert_eq!(findings[0].issue_code, "INVALID_ACTION");
//! ```

mod catalog;
mod finding;
mod global_keys;
mod json;
mod validate;

pub use catalog::{Catalog, CatalogError};
pub use finding::{Finding, FindingType, ISSUES, Issue, Location, PathElement};
pub use json::{Position, Span};
pub use validate::{PolicyType, validate, validate_with};
