//! The two date forms SigV4 writes: `X-Amz-Date` and the credential scope's date.

use time::{Date, OffsetDateTime, UtcOffset};

/// `YYYYMMDDTHHMMSSZ` in UTC.
pub fn format_amz_date_time(t: OffsetDateTime) -> String {
    let t = t.checked_to_offset(UtcOffset::UTC).unwrap_or(t);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// `YYYYMMDD`.
pub(crate) fn format_scope_date(date: Date) -> String {
    format!(
        "{:04}{:02}{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}
