//! The credential report as `aws iam get-credential-report` returns it: the CSV, raw or as the
//! CLI's JSON with the CSV base64-encoded in `Content`. Columns are found by their header name,
//! so reports with more or fewer columns than today's 22 still read.

use std::collections::HashMap;

use time::OffsetDateTime;

use super::json::parse_date;

/// One key slot's facts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KeyFacts {
    pub active: bool,
    pub last_rotated: Option<OffsetDateTime>,
    pub last_used: Option<OffsetDateTime>,
    pub last_used_region: Option<String>,
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
    pub user: String,
    pub arn: String,
    pub user_creation_time: Option<OffsetDateTime>,
    pub password_enabled: bool,
    pub password_last_used: Option<OffsetDateTime>,
    pub password_last_changed: Option<OffsetDateTime>,
    pub mfa_active: bool,
    pub keys: [KeyFacts; 2],
}

impl ReportRow {
    pub fn is_root(&self) -> bool {
        self.user == "<root_account>"
    }
}

/// Split CSV text into records (RFC 4180: quoted fields may hold commas, quotes, newlines).
fn records(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut line = 1usize;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                line += 1;
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            _ => field.push(c),
        }
    }
    if quoted {
        return Err(format!("line {line}: a quoted field is not closed"));
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    Ok(rows)
}

fn date(value: &str) -> Option<OffsetDateTime> {
    match value {
        "N/A" | "no_information" | "not_supported" | "" => None,
        other => parse_date(other),
    }
}

fn text(value: &str) -> Option<String> {
    match value {
        "N/A" | "no_information" | "not_supported" | "" => None,
        other => Some(other.to_string()),
    }
}

/// Parse the report's CSV. Errors name the line (1-based, the header is line 1) and column.
pub fn parse(csv: &str) -> Result<Vec<ReportRow>, String> {
    let rows = records(csv)?;
    let mut rows = rows.into_iter();
    let header = rows.next().ok_or("the credential report is empty")?;
    let index: HashMap<&str, usize> = header
        .iter()
        .enumerate()
        .map(|(i, h)| (h.as_str(), i))
        .collect();
    for required in ["user", "arn"] {
        if !index.contains_key(required) {
            return Err(format!("line 1: the header has no \"{required}\" column"));
        }
    }
    let mut out = Vec::new();
    for (n, row) in rows.enumerate() {
        let line = n + 2;
        if row.iter().all(String::is_empty) {
            continue;
        }
        if row.len() != header.len() {
            return Err(format!(
                "line {line}: {} fields where the header has {}",
                row.len(),
                header.len()
            ));
        }
        let get = |name: &str| index.get(name).map_or("", |i| row[*i].as_str());
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
            match (v, date(v)) {
                ("N/A" | "no_information" | "not_supported" | "", _) => Ok(None),
                (_, Some(t)) => Ok(Some(t)),
                (other, None) => Err(format!(
                    "line {line}: column {name}: \"{other}\" is not a date and time"
                )),
            }
        };
        let key = |slot: u8| -> Result<KeyFacts, String> {
            let p = format!("access_key_{slot}_");
            Ok(KeyFacts {
                active: flag(&format!("{p}active"))?,
                last_rotated: when(&format!("{p}last_rotated"))?,
                last_used: when(&format!("{p}last_used_date"))?,
                last_used_region: text(get(&format!("{p}last_used_region"))),
                last_used_service: text(get(&format!("{p}last_used_service"))),
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
        let rows = records("a,\"b,c\",\"d\"\"e\"\n1,2,3\n").unwrap();
        assert_eq!(rows[0], ["a", "b,c", "d\"e"]);
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
