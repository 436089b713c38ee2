//! Which events the trail already holds: what the outbox's recovery asks at start, so that a
//! record is appended once only.

use std::collections::HashSet;

use crate::error::AuditError;
use crate::lines::{Forward, Line};
use crate::log::AuditLog;
use crate::writer::{days, event_id_of, log_name};

/// Which of `wanted` (eventIDs) are in the trail's files of day `from` (`YYYY-MM-DD`) and
/// later.
pub fn present(
    log: &AuditLog,
    from: &str,
    wanted: &HashSet<&str>,
) -> Result<HashSet<String>, AuditError> {
    let mut found = HashSet::new();
    for day in days(log.dir())?.into_iter().filter(|d| d.as_str() >= from) {
        let path = log.dir().join(log_name(&day));
        // Line by line: a day's file may be of any size.
        let Some(mut reader) = Forward::open(&path)? else {
            continue;
        };
        let mut line = Vec::new();
        while let Some(kind) = reader
            .next_line(&mut line)
            .map_err(|e| AuditError::io(&path, &e))?
        {
            if kind == Line::Complete
                && let Some(id) = event_id_of(&line)
                && wanted.contains(id.as_str())
            {
                found.insert(id);
            }
        }
    }
    Ok(found)
}
