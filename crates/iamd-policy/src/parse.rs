//! Parsing and validating policy documents, with errors that name the JSON path, the line and
//! the column, and say what is wrong.
//!
//! The document is read by serde_json through hand-written visitors, so that each check runs
//! while the reader stands on the offending token (serde_json then reports its line and
//! column), duplicate keys are seen (a map type would silently keep the last), and strings are
//! borrowed from the input. Each statement is first taken as a raw slice of the input: its
//! offset gives the statement's start and end positions, which simulation results report.
//!
//! Grammar source: IAM User Guide, "Grammar of the IAM JSON policy language" and the
//! per-element pages.

use std::collections::HashSet;

use serde::de::DeserializeSeed;

use crate::error::PolicyError;
use crate::model::{Policy, PolicyKind, PolicyVersion, Position};

mod conditions;
mod context;
mod document;
mod principal;
mod scalars;
mod statement;

use context::*;
use document::*;
use statement::*;

/// Parse, validate and compile a policy document used as `kind`.
pub fn parse_policy(text: &str, kind: PolicyKind) -> Result<Policy, PolicyError> {
    let lines = LineIndex::new(text);
    check_characters(text, &lines)?;
    if text.trim().is_empty() {
        return Err(PolicyError::new(
            "",
            Position { line: 1, column: 1 },
            "the policy document is empty",
        ));
    }
    let ctx = Ctx::default();
    let mut de = serde_json::Deserializer::from_str(text);
    let top = DocumentSeed { ctx: &ctx, kind }
        .deserialize(&mut de)
        .and_then(|top| de.end().map(|()| top))
        .map_err(|e| ctx.error(e, &lines, 0))?;

    let version = top.version.unwrap_or(PolicyVersion::Absent);
    let Some(Statements { items, single }) = top.statement else {
        return Err(PolicyError::new(
            "",
            lines.position(text.len()),
            "missing required element Statement",
        ));
    };

    let mut statements = Vec::with_capacity(items.len());
    let mut sids: HashSet<Box<str>> = HashSet::new();
    for (index, item) in items.iter().enumerate() {
        let path = if single {
            "Statement".to_string()
        } else {
            format!("Statement[{index}]")
        };
        let stmt_text = item.get();
        let offset = offset_in(text, stmt_text);
        if !stmt_text.starts_with('{') {
            return Err(PolicyError::new(
                &path,
                lines.position(offset),
                "a statement must be a JSON object",
            ));
        }
        let ctx = Ctx::at(&path);
        let mut de = serde_json::Deserializer::from_str(stmt_text);
        let mut stmt = StatementSeed {
            ctx: &ctx,
            kind,
            variables: version.has_variables(),
        }
        .deserialize(&mut de)
        .map_err(|e| ctx.error(e, &lines, offset))?;
        // Both positions are just past the brace, as IAM's simulation results report them
        // (the aws CLI's simulate-custom-policy example: a statement whose `{` is the 37th
        // character starts at column 38).
        stmt.start = lines.position(offset + 1);
        // Just past the closing brace, as IAM's simulation results report it.
        stmt.end = lines.position(offset + stmt_text.len());
        if let Some(sid) = stmt.sid.as_deref()
            && !sid.is_empty()
            && !sids.insert(sid.into())
        {
            {
                return Err(PolicyError::new(
                    &format!("{path}.Sid"),
                    stmt.start,
                    format!(
                        "Sid \"{sid}\" is used by an earlier statement; statement IDs (SID) in a single policy must be unique"
                    ),
                ));
            }
        }
        statements.push(stmt);
    }
    Ok(Policy {
        version,
        id: top.id,
        kind,
        statements,
    })
}

/// Byte offset of `part` (a slice of `whole`) within `whole`.
fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize)
}

/// Only U+0009, U+000A, U+000D and U+0020–U+00FF may appear (IAM and AWS STS quotas).
fn check_characters(text: &str, lines: &LineIndex) -> Result<(), PolicyError> {
    // Fast path: printable ASCII and the three allowed controls.
    if text
        .bytes()
        .all(|b| (0x20..0x80).contains(&b) || b == b'\t' || b == b'\n' || b == b'\r')
    {
        return Ok(());
    }
    for (i, c) in text.char_indices() {
        let ok = matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{FF}');
        if !ok {
            return Err(PolicyError::new(
                "",
                lines.position(i),
                format!(
                    "character U+{:04X} is not allowed in a policy document (allowed: tab, line feed, carriage return and U+0020 to U+00FF)",
                    u32::from(c)
                ),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
