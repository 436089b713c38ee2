//! Reading the trail newest first, with CloudTrail LookupEvents' filters.
//!
//! A [`Cursor`] marks where a page ended (a day and a byte offset); files only grow, so a
//! cursor stays valid while records are appended, and pages never repeat or skip a record.
//! Files are read backwards a block at a time ([`crate::lines::Backward`]): memory stays
//! bounded whatever a day's size.

use std::path::Path;

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::error::AuditError;
use crate::lines::{Backward, Line};
use crate::log::AUDIT_DIR;
use crate::record::Record;
use crate::writer::{days, log_name};

/// One lookup attribute (LookupEvents' `LookupAttributes`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attribute {
    /// `EventId`: the record's `eventID`.
    EventId(String),
    /// `EventName`: the operation (`CreateUser`).
    EventName(String),
    /// `ReadOnly`: whether the call changed nothing.
    ReadOnly(bool),
    /// `Username`: the caller's user name.
    Username(String),
    /// `ResourceType`: the type of a resource the call named (`AWS::IAM::User`).
    ResourceType(String),
    /// `ResourceName`: the name of a resource the call named.
    ResourceName(String),
    /// `EventSource`: the service (`iam.amazonaws.com`).
    EventSource(String),
    /// `AccessKeyId`: the access key the call was signed with.
    AccessKeyId(String),
}

impl Attribute {
    /// The attribute of LookupEvents' `AttributeKey` name with its value.
    pub fn from_key(key: &str, value: &str) -> Option<Attribute> {
        Some(match key {
            "EventId" => Attribute::EventId(value.into()),
            "EventName" => Attribute::EventName(value.into()),
            "ReadOnly" => Attribute::ReadOnly(value.eq_ignore_ascii_case("true")),
            "Username" => Attribute::Username(value.into()),
            "ResourceType" => Attribute::ResourceType(value.into()),
            "ResourceName" => Attribute::ResourceName(value.into()),
            "EventSource" => Attribute::EventSource(value.into()),
            "AccessKeyId" => Attribute::AccessKeyId(value.into()),
            _ => return None,
        })
    }

    fn matches(&self, r: &Record) -> bool {
        match self {
            Attribute::EventId(v) => r.event_id == *v,
            Attribute::EventName(v) => r.event_name == *v,
            Attribute::ReadOnly(v) => r.read_only == *v,
            Attribute::Username(v) => r.lookup_username().as_deref() == Some(v.as_str()),
            Attribute::ResourceType(v) => r.resources().iter().any(|(t, _)| t == v),
            Attribute::ResourceName(v) => r.resources().iter().any(|(_, n)| n == v),
            Attribute::EventSource(v) => r.event_source == *v,
            Attribute::AccessKeyId(v) => r.user_identity.access_key_id.as_deref() == Some(v),
        }
    }
}

/// What to look for: every attribute must match.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Attributes every record found must match.
    pub attributes: Vec<Attribute>,
    /// Records at or after this time only.
    pub start: Option<OffsetDateTime>,
    /// Records at or before this time only.
    pub end: Option<OffsetDateTime>,
    /// Failed calls only (records with an `errorCode`).
    pub errors_only: bool,
}

impl Filter {
    fn matches(&self, r: &Record) -> bool {
        if self.errors_only && r.error_code.is_none() {
            return false;
        }
        if self.start.is_some() || self.end.is_some() {
            let Ok(t) = OffsetDateTime::parse(&r.event_time, &Rfc3339) else {
                return false;
            };
            if self.start.is_some_and(|s| t < s) || self.end.is_some_and(|e| t > e) {
                return false;
            }
        }
        self.attributes.iter().all(|a| a.matches(r))
    }

    /// Whether any record of `day` can fall in the time range.
    fn may_hold(&self, day: &str) -> bool {
        let date = |t: OffsetDateTime| {
            let d = t.to_offset(time::UtcOffset::UTC).date();
            format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
        };
        !(self.start.is_some_and(|s| day < date(s).as_str())
            || self.end.is_some_and(|e| day > date(e).as_str()))
    }
}

/// Where the next page starts: records of `day` that end at or before byte `offset`, then
/// older days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    /// The day (`YYYY-MM-DD`) whose file the page continues in.
    pub day: String,
    /// The byte offset in that file where the next page ends.
    pub offset: u64,
}

impl Cursor {
    /// `DAY:OFFSET`.
    pub fn encode(&self) -> String {
        format!("{}:{}", self.day, self.offset)
    }

    /// Parse `DAY:OFFSET`; `None` when it is not one.
    pub fn decode(s: &str) -> Option<Cursor> {
        let (day, line) = s.split_once(':')?;
        if !crate::writer::is_day(day) {
            return None;
        }
        Some(Cursor {
            day: day.into(),
            offset: line.parse().ok()?,
        })
    }
}

/// A record found, with its line exactly as stored.
#[derive(Debug, Clone)]
pub struct Found {
    /// The record, decoded.
    pub record: Record,
    /// The record's line, byte for byte as in the file.
    pub line: String,
}

/// Up to `max` records matching `filter`, newest first, from `from` on; and the cursor of the
/// next page when there are more.
pub fn lookup(
    data_dir: &Path,
    filter: &Filter,
    from: Option<&Cursor>,
    max: usize,
) -> Result<(Vec<Found>, Option<Cursor>), AuditError> {
    let dir = data_dir.join(AUDIT_DIR);
    let mut out = Vec::new();
    for day in days(&dir)?.iter().rev() {
        if from.is_some_and(|c| day.as_str() > c.day.as_str()) || !filter.may_hold(day) {
            continue;
        }
        let path = dir.join(log_name(day));
        let end = from.filter(|c| c.day == *day).map(|c| c.offset);
        let Some(mut reader) = Backward::open(&path, end)? else {
            continue;
        };
        let mut line = Vec::new();
        while let Some((start, kind)) = reader
            .prev_line(&mut line)
            .map_err(|e| AuditError::io(&path, &e))?
        {
            if kind != Line::Complete {
                continue;
            }
            let Ok(record) = serde_json::from_slice::<Record>(&line) else {
                continue;
            };
            if !filter.matches(&record) {
                continue;
            }
            if out.len() == max {
                // One more exists: the next page starts with it.
                return Ok((
                    out,
                    Some(Cursor {
                        day: day.clone(),
                        offset: start + line.len() as u64 + 1,
                    }),
                ));
            }
            out.push(Found {
                record,
                line: String::from_utf8_lossy(&line).into_owned(),
            });
        }
    }
    Ok((out, None))
}
