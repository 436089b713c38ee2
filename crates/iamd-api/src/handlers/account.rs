//! The account: its summary, aliases, authorization details and the credential report.

use iamd_core::store::Store;
use iamd_core::{Caller, CoreError, Iam};

use super::wire::*;
use crate::generated::{Input, Output, iam};

/// Serve `input` if it is one of this family's operations; hand it back otherwise.
pub(super) async fn handle<S: Store>(
    svc: &Iam<S>,
    caller: &Caller,
    input: Input,
) -> Result<Result<Output, Input>, CoreError> {
    let account = svc.account_id().to_string();
    Ok(Ok(match input {
        Input::GetAccountSummary => {
            let summary = svc.get_account_summary(caller).await?;
            Output::GetAccountSummary(iam::GetAccountSummaryResponse {
                summary_map: Some(
                    summary
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect(),
                ),
            })
        }
        Input::CreateAccountAlias(r) => {
            svc.create_account_alias(caller, &r.account_alias).await?;
            Output::CreateAccountAlias
        }
        Input::DeleteAccountAlias(r) => {
            svc.delete_account_alias(caller, &r.account_alias).await?;
            Output::DeleteAccountAlias
        }
        Input::ListAccountAliases(r) => {
            let page = svc
                .list_account_aliases(caller, r.marker.as_deref(), r.max_items)
                .await?;
            let (account_aliases, is_truncated, marker) = split(page, |a| a);
            Output::ListAccountAliases(iam::ListAccountAliasesResponse {
                account_aliases,
                is_truncated,
                marker,
            })
        }
        Input::GetAccountAuthorizationDetails(r) => {
            let filter = iamd_core::ops::account::DetailFilter::from_names(
                r.filter.iter().flatten().map(String::as_str),
            )?;
            let details = svc
                .get_account_authorization_details(caller, filter, r.marker.as_deref(), r.max_items)
                .await?;
            Output::GetAccountAuthorizationDetails(wire_authorization_details(&account, details))
        }
        Input::GenerateCredentialReport => {
            let g = svc.generate_credential_report(caller).await?;
            Output::GenerateCredentialReport(iam::GenerateCredentialReportResponse {
                state: Some(g.state.as_str().to_string()),
                description: g.description,
            })
        }
        Input::GetCredentialReport => {
            let report = svc.get_credential_report(caller).await?;
            Output::GetCredentialReport(iam::GetCredentialReportResponse {
                content: Some(report.content),
                report_format: Some("text/csv".to_string()),
                generated_time: Some(report.generated_time),
            })
        }
        other => return Ok(Err(other)),
    }))
}
