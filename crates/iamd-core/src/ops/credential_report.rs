//! The credential report: GenerateCredentialReport and GetCredentialReport (IAM User Guide,
//! "Getting credential reports for your AWS account"; spec/iam-api.md §4).
//!
//! One report per account, a CSV with AWS's 22 columns: a `<root_account>` row, then one row
//! per user. A report younger than four hours is reused; an older one (or none) is replaced.
//! iamd builds the report within the GenerateCredentialReport call, so the answer is `STARTED`
//! when a new report was made and `COMPLETE` when the recent one was kept, and
//! GetCredentialReport never finds one in progress. The report is stored under
//! `(Kind::Account, "credential-report")`.

use crate::Operation;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use time::macros::format_description;
use time::{Duration, OffsetDateTime, UtcOffset};

use crate::entities::{AccessKey, KeyStatus, LoginProfile, ROOT_OWNER, User};
use crate::error::CoreError;
use crate::ops::passwords::expires_at;
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Kind, Query, Store, WriteBatch};

mod rows;

pub use rows::{KeyFacts, ReportRow, parse};

/// The CSV header, column for column as AWS writes it.
pub const HEADER: &str = "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated";

/// How long a report is reused instead of generating a new one.
pub const REUSE_FOR: Duration = Duration::hours(4);

const REPORT_KEY: &str = "credential-report";
const NA: &str = "N/A";

/// GenerateCredentialReport's `State`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportState {
    Started,
    InProgress,
    Complete,
}

impl ReportState {
    pub fn as_str(self) -> &'static str {
        match self {
            ReportState::Started => "STARTED",
            ReportState::InProgress => "INPROGRESS",
            ReportState::Complete => "COMPLETE",
        }
    }
}

/// GenerateCredentialReport's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generation {
    pub state: ReportState,
    pub description: Option<String>,
}

/// GetCredentialReport's answer: the CSV (`text/csv`) and when it was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CredentialReport {
    pub content: Vec<u8>,
    pub generated_time: OffsetDateTime,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredReport {
    #[serde(with = "time::serde::rfc3339")]
    generated: OffsetDateTime,
    csv: String,
}

/// A time as the report writes it: `2017-06-10T02:43:37+00:00`.
fn iso(t: OffsetDateTime) -> String {
    t.to_offset(UtcOffset::UTC)
        .format(format_description!(
            "[year]-[month]-[day]T[hour]:[minute]:[second]+00:00"
        ))
        .unwrap_or_default()
}

fn flag(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

/// A CSV field, quoted when it holds a separator, a quote or a line break (names and paths may
/// contain commas).
fn field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// The eight access-key columns for one key slot.
fn key_columns(
    key: Option<&AccessKey>,
    used: &HashMap<String, crate::service::LastUse>,
) -> [String; 5] {
    let Some(key) = key else {
        return ["false".into(), NA.into(), NA.into(), NA.into(), NA.into()];
    };
    let active = key.status == KeyStatus::Active;
    let (at, region, service) = match used.get(&key.id) {
        Some(u) => (Some(u.at), Some(u.region.clone()), Some(u.service.clone())),
        None => (
            key.last_used,
            key.last_used_region.clone(),
            key.last_used_service.clone(),
        ),
    };
    let (date, region, service) = match at {
        Some(t) => (
            iso(t),
            region.unwrap_or_else(|| NA.into()),
            service.unwrap_or_else(|| NA.into()),
        ),
        None => (NA.into(), NA.into(), NA.into()),
    };
    [
        flag(active).into(),
        if active {
            iso(key.create_date)
        } else {
            NA.into()
        },
        date,
        region,
        service,
    ]
}

impl<S: Store> Iam<S> {
    /// GenerateCredentialReport: makes a new report unless the latest is under four hours old.
    pub async fn generate_credential_report(
        &self,
        caller: &Caller,
    ) -> Result<Generation, CoreError> {
        self.authorize(caller, Operation::GenerateCredentialReport, "*")
            .await?;
        let now = self.now();
        let latest = self.stored_report().await?;
        if let Some(r) = &latest
            && now - r.generated < REUSE_FOR
        {
            return Ok(Generation {
                state: ReportState::Complete,
                description: None,
            });
        }
        let report = StoredReport {
            generated: now,
            csv: self.credential_report_csv().await?,
        };
        // Straight to the store: a report changes no permission, so caches keep their
        // generation.
        self.store_write(WriteBatch::new().put(record(
            Kind::Account,
            REPORT_KEY,
            None,
            None,
            &report,
        )?))
        .await?;
        Ok(Generation {
            state: ReportState::Started,
            description: Some(if latest.is_some() {
                "The latest report is more than four hours old. Starting a new report generation task".into()
            } else {
                "No report exists. Starting a new report generation task".into()
            }),
        })
    }

    /// GetCredentialReport: the latest report; ReportNotPresent before any was generated.
    pub async fn get_credential_report(
        &self,
        caller: &Caller,
    ) -> Result<CredentialReport, CoreError> {
        self.authorize(caller, Operation::GetCredentialReport, "*")
            .await?;
        let report = self.stored_report().await?.ok_or_else(|| {
            CoreError::ReportNotPresent(
                "No credential report exists: generate one with GenerateCredentialReport first."
                    .into(),
            )
        })?;
        Ok(CredentialReport {
            content: report.csv.into_bytes(),
            generated_time: report.generated,
        })
    }

    async fn stored_report(&self) -> Result<Option<StoredReport>, CoreError> {
        self.store
            .get(&self.account, Kind::Account, REPORT_KEY)
            .await?
            .map(|r| decode(&r.data))
            .transpose()
    }

    /// The report as it would be generated now (no authorization: for compliance checks and
    /// administrators' tools).
    pub async fn credential_report_csv(&self) -> Result<String, CoreError> {
        let (account_created, policy) = {
            let r = self
                .store
                .get(&self.account, Kind::Account, "")
                .await?
                .ok_or_else(|| CoreError::ServiceFailure("the account record is missing".into()))?;
            let a: crate::entities::Account = decode(&r.data)?;
            (a.create_date, a.password_policy)
        };
        let all = |kind| async move { self.store.list(&self.account, &Query::all(kind)).await };
        let mut keys: HashMap<String, Vec<AccessKey>> = HashMap::new();
        for r in all(Kind::AccessKey).await?.records {
            keys.entry(r.owner.clone().unwrap_or_default())
                .or_default()
                .push(decode(&r.data)?);
        }
        for list in keys.values_mut() {
            list.sort_by(|a, b| a.create_date.cmp(&b.create_date).then(a.id.cmp(&b.id)));
        }
        let mut mfa: HashMap<String, usize> = HashMap::new();
        for r in all(Kind::MfaDevice).await?.records {
            if let Some(owner) = r.owner {
                *mfa.entry(owner).or_default() += 1;
            }
        }
        let mut profiles: HashMap<String, LoginProfile> = HashMap::new();
        for r in all(Kind::LoginProfile).await?.records {
            profiles.insert(r.key, decode(&r.data)?);
        }
        let used = self.last_used.lock().map(|m| m.clone()).unwrap_or_default();
        let keys_of = |owner: &str| {
            let list = keys.get(owner);
            (
                key_columns(list.and_then(|l| l.first()), &used),
                key_columns(list.and_then(|l| l.get(1)), &used),
            )
        };
        // cert_N_active / cert_N_last_rotated: the owner's Nth certificate in upload order;
        // its upload date while it is active, N/A otherwise.
        let mut certs: HashMap<String, Vec<crate::entities::SigningCertificate>> = HashMap::new();
        for r in all(Kind::SigningCertificate).await?.records {
            certs
                .entry(r.owner.clone().unwrap_or_default())
                .or_default()
                .push(decode(&r.data)?);
        }
        for list in certs.values_mut() {
            list.sort_by(|a, b| a.upload_date.cmp(&b.upload_date).then(a.id.cmp(&b.id)));
        }
        let certs_of = |owner: &str| {
            let list = certs.get(owner);
            let mut columns = Vec::with_capacity(4);
            for n in 0..2 {
                match list.and_then(|l| l.get(n)) {
                    Some(c) if c.status == crate::entities::KeyStatus::Active => {
                        columns.push("true".to_string());
                        columns.push(iso(c.upload_date));
                    }
                    _ => columns.extend(["false", NA].map(String::from)),
                }
            }
            columns
        };

        let mut lines = vec![HEADER.to_string()];
        let (k1, k2) = keys_of(ROOT_OWNER);
        let mut root: Vec<String> = vec![
            "<root_account>".into(),
            format!("arn:aws:iam::{}:root", self.account),
            iso(account_created),
            "not_supported".into(),
            "no_information".into(),
            "not_supported".into(),
            "not_supported".into(),
            flag(mfa.contains_key(ROOT_OWNER)).into(),
        ];
        root.extend(k1);
        root.extend(k2);
        root.extend(certs_of(ROOT_OWNER));
        lines.push(root.join(","));

        for r in all(Kind::User).await?.records {
            let user: User = decode(&r.data)?;
            // What the user owns is keyed by its id.
            let profile = profiles.get(&user.id);
            let mut row: Vec<String> = vec![
                field(&user.name),
                field(&user.arn(&self.account)),
                iso(user.create_date),
            ];
            match profile {
                Some(p) => {
                    row.push("true".into());
                    row.push(p.password_last_used.map_or("no_information".into(), iso));
                    row.push(iso(p.password_changed));
                    row.push(expires_at(p, policy.as_ref()).map_or(NA.into(), iso));
                }
                None => row.extend(["false", NA, NA, NA].map(String::from)),
            }
            row.push(flag(mfa.contains_key(&user.id)).into());
            let (k1, k2) = keys_of(&user.id);
            row.extend(k1);
            row.extend(k2);
            row.extend(certs_of(&user.id));
            lines.push(row.join(","));
        }
        Ok(lines.join("\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_has_22_columns() {
        assert_eq!(HEADER.split(',').count(), 22);
    }

    #[test]
    fn times_and_fields_look_like_aws() {
        let t = OffsetDateTime::from_unix_timestamp(1_497_062_617).unwrap();
        assert_eq!(iso(t), "2017-06-10T02:43:37+00:00");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("plain"), "plain");
    }
}
