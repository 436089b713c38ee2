//! The Organizations-tied and partner-only operations: typed inputs to `Iam` calls and back.

use iamd_core::store::Store;
use iamd_core::{Caller, CoreError, Iam};

use crate::generated::{Input, Output, iam};

/// The operations of this family; any other input is handed back.
pub(super) async fn handle<S: Store>(
    svc: &Iam<S>,
    caller: &Caller,
    input: Input,
) -> Result<Result<Output, Input>, CoreError> {
    let operation = input.operation();
    let name = operation.name();
    Ok(Ok(match input {
        Input::EnableOrganizationsRootCredentialsManagement(_)
        | Input::DisableOrganizationsRootCredentialsManagement(_)
        | Input::EnableOrganizationsRootSessions(_)
        | Input::DisableOrganizationsRootSessions(_)
        | Input::ListOrganizationsFeatures(_) => {
            svc.organizations_root_access(caller, operation).await?;
            return Err(CoreError::ServiceFailure(format!(
                "{name} succeeded in an account without an organization"
            )));
        }
        Input::GenerateOrganizationsAccessReport(r) => {
            let id = svc
                .generate_organizations_access_report(caller, &r.entity_path)
                .await?;
            Output::GenerateOrganizationsAccessReport(
                iam::GenerateOrganizationsAccessReportResponse { job_id: Some(id) },
            )
        }
        Input::GetOrganizationsAccessReport(r) => {
            let report = svc
                .get_organizations_access_report(caller, &r.job_id)
                .await?;
            let (code, message) = report.error;
            Output::GetOrganizationsAccessReport(iam::GetOrganizationsAccessReportResponse {
                job_status: "FAILED".into(),
                job_creation_date: report.created,
                job_completion_date: Some(report.created),
                number_of_services_accessible: None,
                number_of_services_not_accessed: None,
                access_details: None,
                is_truncated: None,
                marker: None,
                error_details: Some(iam::ErrorDetails {
                    message,
                    code: code.into(),
                }),
            })
        }
        Input::AcceptDelegationRequest(r) => {
            return refused(
                svc.delegation_request(caller, operation, &r.delegation_request_id)
                    .await,
            );
        }
        Input::AssociateDelegationRequest(r) => {
            return refused(
                svc.delegation_request(caller, operation, &r.delegation_request_id)
                    .await,
            );
        }
        Input::GetDelegationRequest(r) => {
            return refused(
                svc.delegation_request(caller, operation, &r.delegation_request_id)
                    .await,
            );
        }
        Input::RejectDelegationRequest(r) => {
            return refused(
                svc.delegation_request(caller, operation, &r.delegation_request_id)
                    .await,
            );
        }
        Input::UpdateDelegationRequest(r) => {
            return refused(
                svc.delegation_request(caller, operation, &r.delegation_request_id)
                    .await,
            );
        }
        Input::SendDelegationToken(r) => {
            return refused(
                svc.delegation_request(caller, operation, &r.delegation_request_id)
                    .await,
            );
        }
        Input::ListDelegationRequests(_) => {
            svc.list_delegation_requests(caller).await?;
            Output::ListDelegationRequests(iam::ListDelegationRequestsResponse {
                delegation_requests: Some(Vec::new()),
                marker: None,
                is_truncated: Some(false),
            })
        }
        Input::CreateDelegationRequest(_) => {
            return refused(svc.create_delegation_request(caller).await);
        }
        Input::GetHumanReadableSummary(r) => {
            return refused(svc.get_human_readable_summary(caller, &r.entity_arn).await);
        }
        Input::SetSecurityTokenServicePreferences(r) => {
            svc.set_security_token_service_preferences(caller, &r.global_endpoint_token_version)
                .await?;
            Output::SetSecurityTokenServicePreferences
        }
        other => return Ok(Err(other)),
    }))
}

/// The outcome of an operation that can only fail in this account.
fn refused(outcome: Result<(), CoreError>) -> Result<Result<Output, Input>, CoreError> {
    outcome?;
    Err(CoreError::ServiceFailure(
        "an operation that has nothing to act on in this account succeeded".into(),
    ))
}
