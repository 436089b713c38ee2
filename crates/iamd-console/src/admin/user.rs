//! A user's page: summary (GetUser), console access (Create/Update/DeleteLoginProfile),
//! groups, attached and inline policies, access keys and MFA devices — each section read and
//! changed with the signed-in principal's own permissions.

mod common;
mod credentials;
mod groups;
mod overview;
mod password;
mod policies;

pub use credentials::{deactivate_mfa, delete_key, key_status};
pub use groups::{add_group, remove_group};
pub use overview::{indent_json, page};
pub use password::{delete_password, set_password, unlock};
pub use policies::{attach, delete_inline, detach, put_inline};
