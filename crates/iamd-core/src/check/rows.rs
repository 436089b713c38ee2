//! The credential report read back as typed rows: the compliance checks read the account's
//! credential facts exactly as the credential report states them, so an account whose report
//! is right (an imported one included) is checked right.

use std::collections::HashMap;

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::error::CoreError;
use crate::service::Iam;
use crate::store::Store;

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

/// Split one CSV record into fields (RFC 4180 quoting, as the report writes names with commas).
fn fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (false, '"') if cur.is_empty() => quoted = true,
            (false, ',') => out.push(std::mem::take(&mut cur)),
            (_, c) => cur.push(c),
        }
    }
    out.push(cur);
    out
}

/// A report time (`2017-06-10T02:43:37+00:00`); `N/A`, `no_information` and `not_supported`
/// mean none.
fn time(value: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(value, &Rfc3339).ok()
}

/// The rows of a credential report CSV.
pub(crate) fn parse(csv: &str) -> Result<Vec<Row>, CoreError> {
    let mut lines = csv.lines();
    let header = fields(lines.next().unwrap_or_default());
    let col = |name: &str| {
        header.iter().position(|h| h == name).ok_or_else(|| {
            CoreError::ServiceFailure(format!("the credential report has no {name} column"))
        })
    };
    let c = Columns {
        user: col("user")?,
        arn: col("arn")?,
        created: col("user_creation_time")?,
        password_enabled: col("password_enabled")?,
        password_last_used: col("password_last_used")?,
        password_last_changed: col("password_last_changed")?,
        mfa_active: col("mfa_active")?,
        keys: [
            [
                col("access_key_1_active")?,
                col("access_key_1_last_rotated")?,
                col("access_key_1_last_used_date")?,
            ],
            [
                col("access_key_2_active")?,
                col("access_key_2_last_rotated")?,
                col("access_key_2_last_used_date")?,
            ],
        ],
    };
    let mut rows = Vec::new();
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let f = fields(line);
        let get = |i: usize| f.get(i).map(String::as_str).unwrap_or("");
        let slot = |n: usize| KeySlot {
            slot: if n == 0 { 1 } else { 2 },
            active: get(c.keys[n][0]) == "true",
            last_rotated: time(get(c.keys[n][1])),
            last_used: time(get(c.keys[n][2])),
        };
        rows.push(Row {
            user: get(c.user).to_string(),
            arn: get(c.arn).to_string(),
            is_root: get(c.user) == "<root_account>",
            created: time(get(c.created)),
            password_enabled: get(c.password_enabled) == "true",
            password_last_used: time(get(c.password_last_used)),
            password_last_changed: time(get(c.password_last_changed)),
            mfa_active: get(c.mfa_active) == "true",
            keys: [slot(0), slot(1)],
        });
    }
    Ok(rows)
}

impl<S: Store> Iam<S> {
    /// When each user's password was last changed, as a credential report built now states
    /// it (not the one GenerateCredentialReport keeps for four hours, so a password just set
    /// shows its new age). Users with no such time (no password; the root user) are left out.
    pub async fn password_last_changed(
        &self,
    ) -> Result<HashMap<String, OffsetDateTime>, CoreError> {
        Ok(parse(&self.credential_report_csv().await?)?
            .into_iter()
            .filter_map(|r| Some((r.user, r.password_last_changed?)))
            .collect())
    }
}

struct Columns {
    user: usize,
    arn: usize,
    created: usize,
    password_enabled: usize,
    password_last_used: usize,
    password_last_changed: usize,
    mfa_active: usize,
    keys: [[usize; 3]; 2],
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::credential_report::HEADER;

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
    fn csv_fields_keep_quoted_commas() {
        assert_eq!(
            fields("a,\"b,c\",\"d\"\"e\",,f"),
            ["a", "b,c", "d\"e", "", "f"]
        );
    }
}
