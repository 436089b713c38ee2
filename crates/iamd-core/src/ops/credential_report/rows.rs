//! The credential report read back as typed rows: the one reader of the report's CSV, for
//! whoever reads a report (one iamd wrote, or one `aws iam get-credential-report` exported).
//! Columns are found by their header name, so reports with more or fewer columns than
//! today's 22 still read; a column that is missing reads as "no information".

use std::collections::HashMap;

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// One access-key slot's facts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KeyFacts {
    /// `access_key_N_active`.
    pub active: bool,
    /// `access_key_N_last_rotated`: when the key was made (AWS leaves it out for an inactive
    /// key only when no key is in the slot).
    pub last_rotated: Option<OffsetDateTime>,
    /// `access_key_N_last_used_date`.
    pub last_used: Option<OffsetDateTime>,
    /// `access_key_N_last_used_region`.
    pub last_used_region: Option<String>,
    /// `access_key_N_last_used_service`.
    pub last_used_service: Option<String>,
}

impl KeyFacts {
    /// Whether the slot holds a key at all (an inactive key still shows its rotation date).
    pub fn exists(&self) -> bool {
        self.active || self.last_rotated.is_some()
    }
}

/// One row: a user, or the root user (`<root_account>`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReportRow {
    /// The user's name, or `<root_account>`.
    pub user: String,
    /// The user's ARN (`arn:aws:iam::ACCOUNT:root` for the root user).
    pub arn: String,
    /// `user_creation_time`.
    pub user_creation_time: Option<OffsetDateTime>,
    /// `password_enabled`: whether the user has a login profile.
    pub password_enabled: bool,
    /// `password_last_used`.
    pub password_last_used: Option<OffsetDateTime>,
    /// `password_last_changed`.
    pub password_last_changed: Option<OffsetDateTime>,
    /// `mfa_active`: whether an MFA device is enabled for the user.
    pub mfa_active: bool,
    /// Access key slots 1 and 2.
    pub keys: [KeyFacts; 2],
}

impl ReportRow {
    /// Whether this is the root user's row.
    pub fn is_root(&self) -> bool {
        self.user == "<root_account>"
    }
}

/// The values by which the report says "nothing here".
fn is_none(value: &str) -> bool {
    matches!(value, "N/A" | "no_information" | "not_supported" | "")
}

/// A report time (`2017-06-10T02:43:37+00:00`), also without its offset (then UTC).
fn parse_time(text: &str) -> Option<OffsetDateTime> {
    let text = text.trim();
    OffsetDateTime::parse(text, &Rfc3339)
        .ok()
        .or_else(|| OffsetDateTime::parse(&format!("{text}Z"), &Rfc3339).ok())
}

/// Whether a quoted field runs to the end of the text. The CSV reader accepts that silently,
/// but a report cut off inside a quoted name is a broken file, not a longer name. Outside
/// quotes a quote only opens a field, inside one `""` is an escaped quote: so the quotes of
/// a well-formed report always pair up.
fn quote_left_open(csv: &str) -> bool {
    csv.bytes().filter(|b| *b == b'"').count() % 2 == 1
}

/// Parse the report's CSV. Errors name the line (1-based, the header is line 1) and column.
pub fn parse(csv: &str) -> Result<Vec<ReportRow>, String> {
    if quote_left_open(csv) {
        let last = csv.lines().count().max(1);
        return Err(format!("line {last}: a quoted field is not closed"));
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        // Rows of another length are reported below, with their line.
        .flexible(true)
        .from_reader(csv.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(header) => header.map_err(|e| format!("line 1: {e}"))?,
        None => return Err("the credential report is empty".into()),
    };
    let index: HashMap<&str, usize> = header.iter().enumerate().map(|(i, h)| (h, i)).collect();
    for required in ["user", "arn"] {
        if !index.contains_key(required) {
            return Err(format!("line 1: the header has no \"{required}\" column"));
        }
    }
    let mut out = Vec::new();
    for record in records {
        let row = record.map_err(|e| format!("{e}"))?;
        // The line the record starts on: the reader's position is where it began reading,
        // before the blank lines it skips, so those are skipped here too.
        let from = row
            .position()
            .and_then(|p| usize::try_from(p.byte()).ok())
            .unwrap_or(0);
        let before = csv.get(..from).unwrap_or(csv);
        let skipped = csv
            .get(from..)
            .unwrap_or("")
            .bytes()
            .take_while(|b| matches!(b, b'\n' | b'\r'))
            .filter(|b| *b == b'\n')
            .count();
        let line = 1 + before.matches('\n').count() + skipped;
        if row.iter().all(str::is_empty) {
            continue;
        }
        if row.len() != header.len() {
            return Err(format!(
                "line {line}: {} fields where the header has {}",
                row.len(),
                header.len()
            ));
        }
        let get = |name: &str| index.get(name).and_then(|i| row.get(*i)).unwrap_or("");
        let flag = |name: &str| -> Result<bool, String> {
            match get(name) {
                "true" => Ok(true),
                "false" | "" | "not_supported" | "N/A" => Ok(false),
                other => Err(format!(
                    "line {line}: column {name}: expected true or false, found \"{other}\""
                )),
            }
        };
        let when = |name: &str| -> Result<Option<OffsetDateTime>, String> {
            let v = get(name);
            if is_none(v) {
                return Ok(None);
            }
            parse_time(v).map(Some).ok_or_else(|| {
                format!("line {line}: column {name}: \"{v}\" is not a date and time")
            })
        };
        let text = |name: &str| Some(get(name)).filter(|v| !is_none(v)).map(str::to_string);
        let key = |slot: u8| -> Result<KeyFacts, String> {
            let p = format!("access_key_{slot}_");
            Ok(KeyFacts {
                active: flag(&format!("{p}active"))?,
                last_rotated: when(&format!("{p}last_rotated"))?,
                last_used: when(&format!("{p}last_used_date"))?,
                last_used_region: text(&format!("{p}last_used_region")),
                last_used_service: text(&format!("{p}last_used_service")),
            })
        };
        out.push(ReportRow {
            user: get("user").to_string(),
            arn: get("arn").to_string(),
            user_creation_time: when("user_creation_time")?,
            password_enabled: flag("password_enabled")?,
            password_last_used: when("password_last_used")?,
            password_last_changed: when("password_last_changed")?,
            mfa_active: flag("mfa_active")?,
            keys: [key(1)?, key(2)?],
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::credential_report::HEADER;

    #[test]
    fn quoted_names_keep_their_commas_quotes_and_line_breaks() {
        let csv = format!(
            "{HEADER}\n\"a,b\",arn:aws:iam::123456789012:user/a,2020-01-01T00:00:00+00:00,false,N/A,N/A,N/A,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n\"c\"\"d\ne\",arn:aws:iam::123456789012:user/c,2020-01-01T00:00:00+00:00,false,N/A,N/A,N/A,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\r\n"
        );
        let rows = parse(&csv).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].user, "a,b");
        assert_eq!(rows[1].user, "c\"d\ne");
        assert!(rows[1].mfa_active);
    }

    #[test]
    fn a_row_of_another_length_is_named_by_its_line() {
        let csv = format!("{HEADER}\n\nalice,arn:aws:iam::123456789012:user/alice,true\n");
        assert_eq!(
            parse(&csv).unwrap_err(),
            "line 3: 3 fields where the header has 22"
        );
    }

    #[test]
    fn an_empty_report_and_an_unclosed_quote_are_errors() {
        assert_eq!(parse("").unwrap_err(), "the credential report is empty");
        assert_eq!(
            parse("user,arn\n\"x,y\n").unwrap_err(),
            "line 2: a quoted field is not closed"
        );
    }

    const CSV: &str = "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated\n\
<root_account>,arn:aws:iam::123456789012:root,2020-01-01T00:00:00+00:00,not_supported,2024-01-01T00:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n\
alice,arn:aws:iam::123456789012:user/alice,2021-02-03T04:05:06+00:00,true,no_information,2021-02-03T04:05:06+00:00,N/A,false,true,2021-02-03T04:05:07+00:00,2024-03-01T10:00:00+00:00,us-east-1,s3,false,2022-01-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,false,N/A";

    #[test]
    fn rows_read_by_column_name() {
        let rows = parse(CSV).unwrap();
        assert_eq!(rows.len(), 2);
        assert!(rows[0].is_root() && rows[0].mfa_active && !rows[0].password_enabled);
        let alice = &rows[1];
        assert_eq!(alice.user, "alice");
        assert!(alice.password_enabled && alice.password_last_used.is_none());
        assert!(alice.keys[0].active);
        assert_eq!(alice.keys[0].last_used_service.as_deref(), Some("s3"));
        assert!(!alice.keys[1].active && alice.keys[1].exists());
    }

    #[test]
    fn quoted_fields_and_errors_with_lines() {
        let rows = parse("user,arn,x\na,\"b,c\",\"d\"\"e\"\n1,2,3\n").unwrap();
        assert_eq!((rows[0].user.as_str(), rows[0].arn.as_str()), ("a", "b,c"));
        let bad = CSV.replacen(",true,no_information", ",maybe,no_information", 1);
        assert_eq!(
            parse(&bad).unwrap_err(),
            "line 3: column password_enabled: expected true or false, found \"maybe\""
        );
        assert!(parse("a,b\n").unwrap_err().contains("no \"user\" column"));
        assert!(
            parse("user,arn\n\"x,y\n")
                .unwrap_err()
                .contains("not closed")
        );
    }
}
