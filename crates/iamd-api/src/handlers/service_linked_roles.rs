//! Service-linked roles: typed inputs to `Iam` calls and back.

use iamd_core::store::Store;
use iamd_core::{Caller, CoreError, Iam};

use super::wire::wire_role;
use crate::generated::{Input, Output, iam};

/// The operations of this family; any other input is handed back.
pub(super) async fn handle<S: Store>(
    svc: &Iam<S>,
    caller: &Caller,
    input: Input,
) -> Result<Result<Output, Input>, CoreError> {
    let account = svc.account_id().to_string();
    Ok(Ok(match input {
        Input::CreateServiceLinkedRole(r) => {
            let role = svc
                .create_service_linked_role(
                    caller,
                    &r.aws_service_name,
                    r.description.as_deref(),
                    r.custom_suffix.as_deref(),
                )
                .await?;
            Output::CreateServiceLinkedRole(iam::CreateServiceLinkedRoleResponse {
                role: Some(wire_role(&account, role, false)),
            })
        }
        Input::DeleteServiceLinkedRole(r) => {
            let task = svc.delete_service_linked_role(caller, &r.role_name).await?;
            Output::DeleteServiceLinkedRole(iam::DeleteServiceLinkedRoleResponse {
                deletion_task_id: task,
            })
        }
        Input::GetServiceLinkedRoleDeletionStatus(r) => {
            let status = svc
                .get_service_linked_role_deletion_status(caller, &r.deletion_task_id)
                .await?;
            Output::GetServiceLinkedRoleDeletionStatus(
                iam::GetServiceLinkedRoleDeletionStatusResponse {
                    status: status.into(),
                    reason: None,
                },
            )
        }
        other => return Ok(Err(other)),
    }))
}
