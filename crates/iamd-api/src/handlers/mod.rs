//! From typed wire inputs to the domain's operations and back to typed wire outputs.
//!
//! One file per family of operations; each family's `handle` serves the inputs it knows and
//! hands every other back, so this module only routes. A new operation goes in its family's
//! `match` (a new family: a new file, one `mod` line and one line in [`dispatch`]). Each arm
//! only translates: the domain authorizes, validates and writes.

use iamd_core::store::Store;
use iamd_core::{Caller, CoreError, Iam};

use crate::generated::{Input, Output};

mod access_keys;
mod account;
mod attachments;
mod context_keys;
mod groups;
mod groups_and_policy_tags;
mod inline_policies;
mod instance_profiles;
mod managed_policies;
mod mfa;
mod organizations;
mod passwords;
mod roles;
mod service_credentials;
mod service_linked_roles;
mod signing_certificates;
mod simulation;
mod ssh_keys;
mod sts;
mod users;
mod wire;

/// Try each family in turn: the first that knows the input serves it.
macro_rules! route {
    ($svc:expr, $caller:expr, $input:expr, [$($family:ident),* $(,)?]) => {{
        let input = $input;
        $(
            let input = match $family::handle($svc, $caller, input).await? {
                Ok(output) => return Ok(output),
                Err(input) => input,
            };
        )*
        input
    }};
}

pub(crate) async fn dispatch<S: Store>(
    svc: &Iam<S>,
    caller: &Caller,
    input: Input,
) -> Result<Output, CoreError> {
    let unserved = route!(
        svc,
        caller,
        input,
        [
            users,
            groups,
            roles,
            inline_policies,
            managed_policies,
            attachments,
            access_keys,
            passwords,
            mfa,
            service_credentials,
            account,
            sts,
            simulation,
            groups_and_policy_tags,
            instance_profiles,
            ssh_keys,
            organizations,
            service_linked_roles,
            context_keys,
            signing_certificates,
        ]
    );
    Err(CoreError::NotImplemented(format!(
        "{} is not implemented by this iamd yet.",
        unserved.operation().name()
    )))
}
