//! The operations tied to AWS Organizations and the partner-only delegation operations
//! (spec iam-api-more.md §9). iamd's account is in no organization and is no enrolled
//! partner, so each answers as AWS answers such an account: with the model's error for that
//! case, never `InvalidAction`. SetSecurityTokenServicePreferences works for every account.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::error::CoreError;
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Kind, Store, WriteBatch};

/// Key prefix (under [`Kind::Account`]) of an Organizations access-report job.
const REPORT_KEY_PREFIX: &str = "organizations-access-report/";
/// Key (under [`Kind::Account`]) of the account's STS preferences.
const STS_PREFERENCES_KEY: &str = "sts-preferences";

/// An Organizations access-report job: accepted, then failed for want of an organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct ReportJob {
    #[serde(with = "time::serde::rfc3339")]
    created: OffsetDateTime,
    entity_path: String,
}

/// A failed Organizations access report, as GetOrganizationsAccessReport shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganizationsReport {
    pub created: OffsetDateTime,
    /// (code, message) of `ErrorDetails`.
    pub error: (&'static str, String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct StsPreferences {
    /// 1 (`v1Token`) or 2 (`v2Token`).
    global_endpoint_token_version: i32,
}

fn no_organization() -> CoreError {
    CoreError::Refused {
        // The shape's name: the model gives these errors no `error.code`, and boto3 matches
        // its typed exception on the shape name only.
        code: "OrganizationNotFoundException",
        status: 400,
        message: "The request failed because this account is not a member of an organization in AWS Organizations.".into(),
    }
}

fn no_such_delegation(id: &str) -> CoreError {
    CoreError::NoSuchEntity(format!(
        "The delegation request with id {id} cannot be found."
    ))
}

/// A random UUID (version 4), as AWS's job ids are.
pub(crate) fn new_job_id() -> Result<String, CoreError> {
    let mut b = [0u8; 16];
    getrandom::fill(&mut b)
        .map_err(|e| CoreError::ServiceFailure(format!("no randomness for a job id: {e}")))?;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = data_encoding::HEXLOWER.encode(&b);
    Ok(format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    ))
}

impl<S: Store> Iam<S> {
    /// Enable/DisableOrganizationsRootCredentialsManagement, Enable/DisableOrganizationsRootSessions
    /// and ListOrganizationsFeatures: authorized, then refused (no organization).
    pub async fn organizations_root_access(
        &self,
        caller: &Caller,
        operation: crate::Operation,
    ) -> Result<(), CoreError> {
        self.authorize(caller, operation, "*").await?;
        Err(no_organization())
    }

    /// GenerateOrganizationsAccessReport: the job is accepted (its only modeled error is a
    /// rate limit) and fails for want of an organization.
    pub async fn generate_organizations_access_report(
        &self,
        caller: &Caller,
        entity_path: &str,
    ) -> Result<String, CoreError> {
        let arn = format!("arn:aws:iam::{}:access-report/{entity_path}", self.account);
        self.authorize(
            caller,
            crate::Operation::GenerateOrganizationsAccessReport,
            &arn,
        )
        .await?;
        let id = new_job_id()?;
        let job = ReportJob {
            created: self.now(),
            entity_path: entity_path.to_string(),
        };
        self.write(WriteBatch::new().put(record(
            Kind::Account,
            &format!("{REPORT_KEY_PREFIX}{id}"),
            None,
            None,
            &job,
        )?))
        .await?;
        Ok(id)
    }

    /// GetOrganizationsAccessReport: a job of this account, failed.
    pub async fn get_organizations_access_report(
        &self,
        caller: &Caller,
        job_id: &str,
    ) -> Result<OrganizationsReport, CoreError> {
        self.authorize(caller, crate::Operation::GetOrganizationsAccessReport, "*")
            .await?;
        let found = self
            .store
            .get(
                &self.account,
                Kind::Account,
                &format!("{REPORT_KEY_PREFIX}{job_id}"),
            )
            .await?
            .ok_or_else(|| {
                CoreError::NoSuchEntity(format!("The job with id {job_id} cannot be found."))
            })?;
        let job: ReportJob = decode(&found.data)?;
        Ok(OrganizationsReport {
            created: job.created,
            error: (
                "OrganizationNotFoundException",
                no_organization().to_string(),
            ),
        })
    }

    /// Accept/Associate/Get/Reject/UpdateDelegationRequest and SendDelegationToken: no
    /// delegation request exists in an account no partner has asked.
    pub async fn delegation_request(
        &self,
        caller: &Caller,
        operation: crate::Operation,
        id: &str,
    ) -> Result<(), CoreError> {
        let arn = format!("arn:aws:iam::{}:delegation-request/{id}", self.account);
        self.authorize(caller, operation, &arn).await?;
        Err(no_such_delegation(id))
    }

    /// ListDelegationRequests: none.
    pub async fn list_delegation_requests(&self, caller: &Caller) -> Result<(), CoreError> {
        self.authorize(caller, crate::Operation::ListDelegationRequests, "*")
            .await
    }

    /// CreateDelegationRequest: for onboarded partners only.
    pub async fn create_delegation_request(&self, caller: &Caller) -> Result<(), CoreError> {
        let arn = format!("arn:aws:iam::{}:delegation-request/*", self.account);
        self.authorize(caller, crate::Operation::CreateDelegationRequest, &arn)
            .await?;
        Err(CoreError::AccessDenied(
            "Only AWS partners onboarded for temporary delegation can create delegation requests; this account is not one.".into(),
        ))
    }

    /// GetHumanReadableSummary: only delegation requests have summaries, and there are none.
    pub async fn get_human_readable_summary(
        &self,
        caller: &Caller,
        entity_arn: &str,
    ) -> Result<(), CoreError> {
        self.authorize(
            caller,
            crate::Operation::GetHumanReadableSummary,
            entity_arn,
        )
        .await?;
        match entity_arn.split_once(":delegation-request/") {
            Some((_, id)) => Err(no_such_delegation(id)),
            None => Err(CoreError::InvalidInput(format!(
                "{entity_arn} is not the ARN of a delegation request; only delegation requests have a summary."
            ))),
        }
    }

    /// SetSecurityTokenServicePreferences: which tokens the global STS endpoint issues
    /// (`v1Token` or `v2Token`); GetAccountSummary shows it as `GlobalEndpointTokenVersion`.
    pub async fn set_security_token_service_preferences(
        &self,
        caller: &Caller,
        version: &str,
    ) -> Result<(), CoreError> {
        self.authorize(
            caller,
            crate::Operation::SetSecurityTokenServicePreferences,
            "*",
        )
        .await?;
        let global_endpoint_token_version = match version {
            "v2Token" => 2,
            _ => 1,
        };
        self.write(WriteBatch::new().put(record(
            Kind::Account,
            STS_PREFERENCES_KEY,
            None,
            None,
            &StsPreferences {
                global_endpoint_token_version,
            },
        )?))
        .await
        .map_err(Into::into)
    }

    /// The `GlobalEndpointTokenVersion` GetAccountSummary reports: 1 until set.
    pub(crate) async fn global_endpoint_token_version(&self) -> Result<i32, CoreError> {
        Ok(
            match self
                .store
                .get(&self.account, Kind::Account, STS_PREFERENCES_KEY)
                .await?
            {
                Some(r) => decode::<StsPreferences>(&r.data)?.global_endpoint_token_version,
                None => 1,
            },
        )
    }
}
