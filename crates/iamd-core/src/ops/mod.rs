//! The operations, one module per family. Each authorizes through [`crate::Iam::authorize`]
//! with the resource the operation table names, validates what the wire layer cannot (names
//! that exist, quotas, conflicts), and writes through guarded batches.

pub mod account;
pub mod assume_role;
pub mod credential_report;
mod groups;
mod keys;
mod managed;
pub mod mfa;
pub mod passwords;
mod policies;
mod roles;
pub mod service_credentials;
pub mod sessions;
mod simulate_principal;
mod sts;
mod users;

pub use keys::{AccessKeyLastUsed, CreatedAccessKey};
pub use managed::{PolicyEntities, PolicyView};
pub use roles::NewRole;
pub use sts::CallerIdentity;

/// One page of a listing (`Marker` / `MaxItems` / `IsTruncated`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paged<T> {
    pub items: Vec<T>,
    pub is_truncated: bool,
    pub marker: Option<String>,
}

/// Cut `items` (in key order, each with its key) to a page after `marker`.
pub(crate) fn paginate<T>(
    items: Vec<(String, T)>,
    marker: Option<&str>,
    max_items: Option<i32>,
) -> Paged<T> {
    let max = max_items.map_or(100, |m| usize::try_from(m.max(1)).unwrap_or(100));
    let mut items: Vec<(String, T)> = match marker {
        Some(m) => items.into_iter().filter(|(k, _)| k.as_str() > m).collect(),
        None => items,
    };
    let is_truncated = items.len() > max;
    items.truncate(max);
    let marker = if is_truncated {
        items.last().map(|(k, _)| k.clone())
    } else {
        None
    };
    Paged {
        items: items.into_iter().map(|(_, v)| v).collect(),
        is_truncated,
        marker,
    }
}

/// A path as IAM takes it: `/` by default; it must begin and end with `/` (the wire layer
/// checks the pattern).
pub(crate) fn path_or_default(path: Option<&str>) -> String {
    path.unwrap_or("/").to_string()
}
