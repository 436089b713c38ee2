//! The credential report read back as typed rows: the compliance checks read the account's
//! credential facts exactly as the credential report states them, so an account whose report
//! is right (an imported one included) is checked right.

use std::collections::HashMap;

use time::OffsetDateTime;

use iamd_core::error::CoreError;
use iamd_core::ops::credential_report::{self, KeyFacts, ReportRow};
use iamd_core::service::Iam;
use iamd_core::store::Store;

/// One access-key slot of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct KeySlot {
    /// 1 or 2, as the report numbers them.
    pub slot: u8,
    pub active: bool,
    pub last_rotated: Option<OffsetDateTime>,
    pub last_used: Option<OffsetDateTime>,
}

/// One row of the credential report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    pub user: String,
    pub arn: String,
    pub is_root: bool,
    pub created: Option<OffsetDateTime>,
    pub password_enabled: bool,
    pub password_last_used: Option<OffsetDateTime>,
    pub password_last_changed: Option<OffsetDateTime>,
    pub mfa_active: bool,
    pub keys: [KeySlot; 2],
}

/// The rows of a credential report CSV, read by the credential report's one reader.
pub(crate) fn parse(csv: &str) -> Result<Vec<Row>, CoreError> {
    let rows = credential_report::parse(csv).map_err(|e| {
        CoreError::ServiceFailure(format!("the credential report cannot be read: {e}"))
    })?;
    Ok(rows.into_iter().map(Row::from).collect())
}

impl From<ReportRow> for Row {
    fn from(row: ReportRow) -> Row {
        let is_root = row.is_root();
        let [first, second] = row.keys;
        let slot = |slot: u8, facts: KeyFacts| KeySlot {
            slot,
            active: facts.active,
            last_rotated: facts.last_rotated,
            last_used: facts.last_used,
        };
        Row {
            user: row.user,
            arn: row.arn,
            is_root,
            created: row.user_creation_time,
            password_enabled: row.password_enabled,
            password_last_used: row.password_last_used,
            password_last_changed: row.password_last_changed,
            mfa_active: row.mfa_active,
            keys: [slot(1, first), slot(2, second)],
        }
    }
}

/// When each user's password last changed, read from an account.
pub trait PasswordLastChanged {
    /// When each user's password was last changed, as a credential report built now states
    /// it (not the one GenerateCredentialReport keeps for four hours, so a password just set
    /// shows its new age). Users with no such time (no password; the root user) are left out.
    fn password_last_changed(
        &self,
    ) -> impl std::future::Future<Output = Result<HashMap<String, OffsetDateTime>, CoreError>> + Send;
}

impl<S: Store> PasswordLastChanged for Iam<S> {
    async fn password_last_changed(&self) -> Result<HashMap<String, OffsetDateTime>, CoreError> {
        Ok(parse(&self.credential_report_csv().await?)?
            .into_iter()
            .filter_map(|r| Some((r.user, r.password_last_changed?)))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use iamd_core::ops::credential_report::HEADER;

    #[test]
    fn rows_are_read_by_column_name() {
        let csv = format!(
            "{HEADER}\n<root_account>,arn:aws:iam::123456789012:root,2020-01-01T00:00:00+00:00,not_supported,no_information,not_supported,not_supported,false,true,2020-01-02T00:00:00+00:00,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n\"a,b\",arn:aws:iam::123456789012:user/a,2020-01-01T00:00:00+00:00,true,no_information,2020-02-01T00:00:00+00:00,N/A,false,false,N/A,N/A,N/A,N/A,true,2020-03-01T00:00:00+00:00,2020-03-02T00:00:00+00:00,us-east-1,iam,false,N/A,false,N/A"
        );
        let rows = parse(&csv).unwrap();
        assert_eq!(rows.len(), 2);
        assert!(rows[0].is_root && rows[0].keys[0].active && !rows[0].mfa_active);
        assert_eq!(rows[1].user, "a,b");
        assert!(rows[1].password_enabled);
        assert_eq!(rows[1].password_last_used, None);
        assert!(rows[1].password_last_changed.is_some());
        assert!(!rows[1].keys[0].active);
        assert!(rows[1].keys[1].active && rows[1].keys[1].last_used.is_some());
        assert_eq!(rows[1].keys[1].slot, 2);
    }

    #[test]
    fn a_quoted_field_across_lines_stays_one_row() {
        // A report is CSV, not lines: a quoted field may hold a line break.
        let csv = format!(
            "{HEADER}\n\"c\"\"d\ne\",arn:aws:iam::123456789012:user/c,2020-01-01T00:00:00+00:00,true,N/A,2020-02-01T00:00:00+00:00,N/A,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n"
        );
        let rows = parse(&csv).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].user, "c\"d\ne");
        assert!(rows[0].password_enabled && rows[0].mfa_active);
        assert!(rows[0].password_last_changed.is_some());
    }
}
