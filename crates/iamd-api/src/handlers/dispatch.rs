//! The one entry of the handlers: route a typed input to the family that serves it.

use iamd_core::store::Store;
use iamd_core::{Caller, CoreError, Iam};

use super::{
    access_keys, account, attachments, context_keys, groups, groups_and_policy_tags,
    inline_policies, instance_profiles, managed_policies, mfa, organizations, passwords, roles,
    service_credentials, service_linked_roles, signing_certificates, simulation, ssh_keys, sts,
    users,
};
use crate::generated::{Input, Output};

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
