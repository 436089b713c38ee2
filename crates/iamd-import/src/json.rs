//! Reading the aws CLI's JSON with the place of every value at hand, so that a malformed file
//! is reported as `UserDetailList[3].AttachedManagedPolicies[0]: missing field "PolicyArn"`.

use serde_json::Value;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// What is wrong at one place of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError {
    /// `UserDetailList[3].UserName`; empty for the document itself.
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for ShapeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

pub type Shaped<T> = Result<T, ShapeError>;

/// A value and where it is.
#[derive(Debug, Clone)]
pub struct At<'a> {
    pub value: &'a Value,
    pub path: String,
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

impl<'a> At<'a> {
    pub fn root(value: &'a Value) -> At<'a> {
        At {
            value,
            path: String::new(),
        }
    }

    pub fn error(&self, message: impl Into<String>) -> ShapeError {
        ShapeError {
            path: self.path.clone(),
            message: message.into(),
        }
    }

    fn child_path(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_string()
        } else {
            format!("{}.{name}", self.path)
        }
    }

    /// A member that may be absent (or null).
    pub fn opt(&self, name: &str) -> Shaped<Option<At<'a>>> {
        let Value::Object(map) = self.value else {
            return Err(self.error(format!("expected an object, found {}", kind_of(self.value))));
        };
        Ok(map.get(name).filter(|v| !v.is_null()).map(|value| At {
            value,
            path: self.child_path(name),
        }))
    }

    /// A member that must be present.
    pub fn field(&self, name: &str) -> Shaped<At<'a>> {
        self.opt(name)?
            .ok_or_else(|| self.error(format!("missing field \"{name}\"")))
    }

    pub fn has(&self, name: &str) -> bool {
        matches!(self.value, Value::Object(m) if m.contains_key(name))
    }

    pub fn str(&self) -> Shaped<&'a str> {
        self.value
            .as_str()
            .ok_or_else(|| self.error(format!("expected a string, found {}", kind_of(self.value))))
    }

    pub fn string(&self, name: &str) -> Shaped<String> {
        Ok(self.field(name)?.str()?.to_string())
    }

    pub fn opt_string(&self, name: &str) -> Shaped<Option<String>> {
        self.opt(name)?
            .map(|a| a.str().map(str::to_string))
            .transpose()
    }

    pub fn bool(&self) -> Shaped<bool> {
        self.value.as_bool().ok_or_else(|| {
            self.error(format!(
                "expected true or false, found {}",
                kind_of(self.value)
            ))
        })
    }

    pub fn i64(&self) -> Shaped<i64> {
        self.value.as_i64().ok_or_else(|| {
            self.error(format!(
                "expected an integer, found {}",
                kind_of(self.value)
            ))
        })
    }

    /// The elements of an array member; an absent member is an empty list.
    pub fn list(&self, name: &str) -> Shaped<Vec<At<'a>>> {
        match self.opt(name)? {
            None => Ok(Vec::new()),
            Some(a) => a.items(),
        }
    }

    pub fn items(&self) -> Shaped<Vec<At<'a>>> {
        let Value::Array(items) = self.value else {
            return Err(self.error(format!("expected an array, found {}", kind_of(self.value))));
        };
        Ok(items
            .iter()
            .enumerate()
            .map(|(i, value)| At {
                value,
                path: format!("{}[{i}]", self.path),
            })
            .collect())
    }

    /// A time as the CLI prints it (`2024-05-01T10:00:00+00:00`, ISO 8601).
    pub fn date(&self) -> Shaped<OffsetDateTime> {
        let text = self.str()?;
        parse_date(text)
            .ok_or_else(|| self.error(format!("\"{text}\" is not an ISO 8601 date and time")))
    }

    pub fn date_field(&self, name: &str) -> Shaped<OffsetDateTime> {
        self.field(name)?.date()
    }

    /// A policy document: the CLI prints it as a JSON object; the raw API as URL-encoded text.
    pub fn document(&self) -> Shaped<String> {
        match self.value {
            Value::Object(_) => serde_json::to_string(self.value)
                .map_err(|e| self.error(format!("cannot re-encode the document: {e}"))),
            Value::String(s) => {
                let text = if s.trim_start().starts_with('{') {
                    s.clone()
                } else {
                    percent_decode(s).ok_or_else(|| {
                        self.error("the document is neither JSON nor URL-encoded JSON")
                    })?
                };
                // Compacted like an object document, so both spellings store the same text.
                let parsed: Value = serde_json::from_str(&text)
                    .map_err(|e| self.error(format!("the document is not JSON: {e}")))?;
                serde_json::to_string(&parsed)
                    .map_err(|e| self.error(format!("cannot re-encode the document: {e}")))
            }
            other => Err(self.error(format!(
                "expected a policy document, found {}",
                kind_of(other)
            ))),
        }
    }
}

/// ISO 8601 / RFC 3339 as AWS and the CLI write times; a missing offset means UTC.
pub fn parse_date(text: &str) -> Option<OffsetDateTime> {
    let text = text.trim();
    OffsetDateTime::parse(text, &Rfc3339)
        .ok()
        .or_else(|| OffsetDateTime::parse(&format!("{text}Z"), &Rfc3339).ok())
}

/// `%7B%22Version%22…` → `{"Version"…`; `+` stays `+` (IAM encodes spaces as `%20`).
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_the_place() {
        let v: Value = serde_json::json!({"A": [{"B": 1}, {"C": "x"}]});
        let root = At::root(&v);
        let items = root.list("A").unwrap();
        assert_eq!(
            items[1].field("B").unwrap_err().to_string(),
            "A[1]: missing field \"B\""
        );
        assert_eq!(
            items[0].string("B").unwrap_err().to_string(),
            "A[0].B: expected a string, found a number"
        );
        assert!(root.list("Missing").unwrap().is_empty());
    }

    #[test]
    fn documents_in_either_spelling_store_the_same_text() {
        let object = serde_json::json!({"Version": "2012-10-17", "Statement": []});
        let encoded = Value::String(
            "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%5D%7D".into(),
        );
        let plain = Value::String(r#"{"Version":"2012-10-17","Statement":[]}"#.into());
        let a = At::root(&object).document().unwrap();
        assert_eq!(At::root(&encoded).document().unwrap(), a);
        assert_eq!(At::root(&plain).document().unwrap(), a);
    }

    #[test]
    fn dates_as_the_cli_prints_them() {
        assert!(parse_date("2024-05-01T10:00:00+00:00").is_some());
        assert!(parse_date("2024-05-01T10:00:00.123000+00:00").is_some());
        assert!(parse_date("2024-05-01T10:00:00Z").is_some());
        assert!(parse_date("2024-05-01T10:00:00").is_some());
        assert!(parse_date("N/A").is_none());
    }
}
