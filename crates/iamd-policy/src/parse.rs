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

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;
use smallvec::SmallVec;

use crate::arn::ArnPattern;
use crate::condition::{Condition, Operator};
use crate::error::PolicyError;
use crate::model::{
    ActionClause, ActionPattern, Effect, Policy, PolicyKind, PolicyVersion, Position,
    PrincipalClause, ResourceClause, Statement,
};
use crate::principal::{AwsPrincipal, PrincipalSet};
use crate::suggest::nearest_name as nearest;

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

/// Line starts, to turn byte offsets into positions.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
    }

    fn position(&self, offset: usize) -> Position {
        let line = self.starts.partition_point(|s| *s <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        Position {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: u32::try_from(offset - start + 1).unwrap_or(u32::MAX),
        }
    }

    /// serde_json's (line, column) inside a slice starting at `base`, made absolute.
    fn absolute(&self, base: usize, line: usize, column: usize) -> Position {
        let origin = self.position(base);
        if line <= 1 {
            Position {
                line: origin.line,
                column: origin.column + u32::try_from(column.saturating_sub(1)).unwrap_or(0),
            }
        } else {
            Position {
                line: origin.line + u32::try_from(line - 1).unwrap_or(0),
                column: u32::try_from(column.max(1)).unwrap_or(u32::MAX),
            }
        }
    }
}

/// Parsing state shared by the visitors: the JSON path being read, and the detail of the
/// error our own checks raised (serde's error carries only a message and a position).
#[derive(Default)]
struct Ctx {
    path: RefCell<String>,
    failure: RefCell<Option<(String, String)>>,
}

impl Ctx {
    fn at(path: &str) -> Ctx {
        Ctx {
            path: RefCell::new(path.to_string()),
            failure: RefCell::new(None),
        }
    }

    /// Raise a validation error at the current path.
    fn fail<E: de::Error>(&self, message: impl Into<String>) -> E {
        let message = message.into();
        let path = self.path.borrow().clone();
        *self.failure.borrow_mut() = Some((path, message.clone()));
        E::custom(message)
    }

    /// Run `f` with `.segment` appended to the path.
    fn with<T>(&self, segment: &str, f: impl FnOnce() -> T) -> T {
        let len = {
            let mut p = self.path.borrow_mut();
            let len = p.len();
            if !p.is_empty() {
                p.push('.');
            }
            p.push_str(segment);
            len
        };
        self.finish(len, f)
    }

    /// Run `f` with `[index]` appended to the path.
    fn with_index<T>(&self, index: usize, f: impl FnOnce() -> T) -> T {
        let len = {
            let mut p = self.path.borrow_mut();
            let len = p.len();
            p.push('[');
            p.push_str(itoa(index, &mut [0u8; 20]));
            p.push(']');
            len
        };
        self.finish(len, f)
    }

    fn finish<T>(&self, len: usize, f: impl FnOnce() -> T) -> T {
        let out = f();
        // On error the path is left as it was, so the error reports where it happened.
        if self.failure.borrow().is_none() {
            self.path.borrow_mut().truncate(len);
        }
        out
    }

    fn error(&self, e: serde_json::Error, lines: &LineIndex, base: usize) -> PolicyError {
        let position = lines.absolute(base, e.line(), e.column());
        match self.failure.borrow_mut().take() {
            Some((path, message)) => PolicyError::new(&path, position, message),
            None => {
                let text = e.to_string();
                let message = match text.rfind(" at line ") {
                    Some(i) => text.get(..i).unwrap_or(&text).to_string(),
                    None => text,
                };
                let message = if e.is_syntax() || e.is_eof() {
                    format!("this policy contains invalid JSON: {message}")
                } else {
                    message
                };
                PolicyError::new(&self.path.borrow(), position, message)
            }
        }
    }
}

/// Decimal digits of `n`, written into `buf` (the path is built on every element; no
/// allocation for it).
fn itoa(mut n: usize, buf: &mut [u8; 20]) -> &str {
    let mut i = buf.len();
    loop {
        i -= 1;
        if let Some(slot) = buf.get_mut(i) {
            *slot = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || i == 0 {
            break;
        }
    }
    std::str::from_utf8(buf.get(i..).unwrap_or_default()).unwrap_or_default()
}

/// A string borrowed from the input when it has no escapes.
struct StrSeed;

impl<'de> DeserializeSeed<'de> for StrSeed {
    type Value = Cow<'de, str>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(StrVisitor)
    }
}

struct StrVisitor;

impl<'de> Visitor<'de> for StrVisitor {
    type Value = Cow<'de, str>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_string()))
    }
}

/// Read a string value, with a clear error for anything else.
fn next_string<'de, A: MapAccess<'de>>(
    map: &mut A,
    ctx: &Ctx,
    what: &str,
) -> Result<Cow<'de, str>, A::Error> {
    map.next_value_seed(TypedStr { ctx, what })
}

struct TypedStr<'c> {
    ctx: &'c Ctx,
    what: &'c str,
}

impl<'de> DeserializeSeed<'de> for TypedStr<'_> {
    type Value = Cow<'de, str>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TypedStr<'_> {
    type Value = Cow<'de, str>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.what)
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_string()))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Err(self
            .ctx
            .fail(format!("expected {}, found the boolean {v}", self.what)))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Err(self
            .ctx
            .fail(format!("expected {}, found the number {v}", self.what)))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Err(self
            .ctx
            .fail(format!("expected {}, found the number {v}", self.what)))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Err(self
            .ctx
            .fail(format!("expected {}, found the number {v}", self.what)))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Err(self.ctx.fail(format!("expected {}, found null", self.what)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(self
            .ctx
            .fail(format!("expected {}, found a list", self.what)))
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(self
            .ctx
            .fail(format!("expected {}, found an object", self.what)))
    }
}

// ---------------------------------------------------------------------------------------------
// The document

struct Document<'de> {
    version: Option<PolicyVersion>,
    id: Option<Box<str>>,
    statement: Option<Statements<'de>>,
}

/// The raw text of each statement (split in the same pass that reads the document), and
/// whether `Statement` was a single object rather than a list.
struct Statements<'de> {
    items: Vec<&'de RawValue>,
    single: bool,
}

struct StatementsSeed<'c> {
    ctx: &'c Ctx,
}

impl<'de> DeserializeSeed<'de> for StatementsSeed<'_> {
    type Value = Statements<'de>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        let raw = <&'de RawValue>::deserialize(d)?;
        match raw.get().as_bytes().first() {
            Some(b'{') => Ok(Statements {
                items: vec![raw],
                single: true,
            }),
            Some(b'[') => serde_json::from_str::<Vec<&'de RawValue>>(raw.get())
                .map(|items| Statements {
                    items,
                    single: false,
                })
                .map_err(|e| self.ctx.fail(e.to_string())),
            _ => Err(self
                .ctx
                .fail("Statement must be a statement object or a list of statement objects")),
        }
    }
}

struct DocumentSeed<'c> {
    ctx: &'c Ctx,
    kind: PolicyKind,
}

const DOCUMENT_ELEMENTS: [&str; 3] = ["Version", "Id", "Statement"];

impl<'de> DeserializeSeed<'de> for DocumentSeed<'_> {
    type Value = Document<'de>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for DocumentSeed<'_> {
    type Value = Document<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a policy document (a JSON object with Version and Statement)")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let ctx = self.ctx;
        let mut doc = Document {
            version: None,
            id: None,
            statement: None,
        };
        let mut seen: SmallVec<[Cow<'de, str>; 8]> = SmallVec::new();
        while let Some(key) = map.next_key_seed(StrSeed)? {
            if seen.contains(&key) {
                return Err(ctx.fail(format!("the element \"{key}\" appears twice")));
            }
            ctx.with(&key, || -> Result<(), A::Error> {
                match &*key {
                    "Version" => {
                        let v = next_string(&mut map, ctx, "a version string")?;
                        doc.version = Some(match &*v {
                            "2012-10-17" => PolicyVersion::V2012_10_17,
                            "2008-10-17" => PolicyVersion::V2008_10_17,
                            other => {
                                return Err(ctx.fail(format!(
                                    "\"{other}\" is not a policy language version: use \"2012-10-17\" (or the older \"2008-10-17\")"
                                )));
                            }
                        });
                    }
                    "Id" => {
                        let v = next_string(&mut map, ctx, "a string")?;
                        if self.kind.is_identity_grammar() {
                            return Err(ctx.fail(
                                "an identity-based policy must not have an Id element (Id belongs to resource-based policies)",
                            ));
                        }
                        doc.id = Some(v.into());
                    }
                    "Statement" => {
                        doc.statement = Some(map.next_value_seed(StatementsSeed { ctx })?);
                    }
                    other => return Err(ctx.fail(unknown_element(other, &DOCUMENT_ELEMENTS))),
                }
                Ok(())
            })?;
            seen.push(key);
        }
        Ok(doc)
    }
}

fn unknown_element(name: &str, valid: &[&str]) -> String {
    let mut msg = format!("unknown element \"{name}\"");
    if let Some(s) = nearest(name, valid) {
        msg.push_str(&format!(" — did you mean \"{s}\"?"));
    } else {
        msg.push_str(&format!(" (expected one of: {})", valid.join(", ")));
    }
    msg
}

// ---------------------------------------------------------------------------------------------
// Statements

const STATEMENT_ELEMENTS: [&str; 9] = [
    "Sid",
    "Effect",
    "Principal",
    "NotPrincipal",
    "Action",
    "NotAction",
    "Resource",
    "NotResource",
    "Condition",
];

struct StatementSeed<'c> {
    ctx: &'c Ctx,
    kind: PolicyKind,
    variables: bool,
}

impl<'de> DeserializeSeed<'de> for StatementSeed<'_> {
    type Value = Statement;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for StatementSeed<'_> {
    type Value = Statement;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a statement object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let ctx = self.ctx;
        let kind = self.kind;
        let mut sid: Option<Box<str>> = None;
        let mut effect: Option<Effect> = None;
        let mut principal: Option<PrincipalClause> = None;
        let mut actions: Option<ActionClause> = None;
        let mut resources: Option<ResourceClause> = None;
        let mut conditions: Option<Vec<Condition>> = None;
        let mut seen: SmallVec<[Cow<'de, str>; 8]> = SmallVec::new();

        while let Some(key) = map.next_key_seed(StrSeed)? {
            if seen.contains(&key) {
                return Err(ctx.fail(format!(
                    "the element \"{key}\" appears twice in one statement"
                )));
            }
            ctx.with(&key, || -> Result<(), A::Error> {
                match &*key {
                    "Sid" => {
                        let v = next_string(&mut map, ctx, "a statement id string")?;
                        // IAM allows only ASCII letters and digits (IAM JSON policy elements: Sid);
                        // other services' resource policies allow more.
                        if kind != PolicyKind::Resource && !v.bytes().all(|b| b.is_ascii_alphanumeric()) {
                            return Err(ctx.fail(format!(
                                "Sid \"{v}\" may contain only ASCII letters and digits ([0-9A-Za-z]*)"
                            )));
                        }
                        sid = Some(v.into());
                    }
                    "Effect" => {
                        let v = next_string(&mut map, ctx, "\"Allow\" or \"Deny\"")?;
                        effect = Some(match &*v {
                            "Allow" => Effect::Allow,
                            "Deny" => Effect::Deny,
                            other => {
                                let hint = nearest(other, ["Allow", "Deny"])
                                    .map(|s| format!(" — did you mean \"{s}\"? (Effect is case-sensitive)"))
                                    .unwrap_or_default();
                                return Err(ctx.fail(format!(
                                    "Effect must be \"Allow\" or \"Deny\", not \"{other}\"{hint}"
                                )));
                            }
                        });
                    }
                    "Action" | "NotAction" => {
                        if actions.is_some() {
                            return Err(ctx.fail("a statement takes Action or NotAction, not both"));
                        }
                        let patterns = map.next_value_seed(StrListSeed {
                            ctx,
                            what: "an action",
                            compile: &ActionPattern::parse,
                        })?;
                        actions = Some(ActionClause {
                            negated: &*key == "NotAction",
                            patterns: patterns.into_boxed_slice(),
                        });
                    }
                    "Resource" | "NotResource" => {
                        if kind == PolicyKind::Trust {
                            return Err(ctx.fail(format!(
                                "a role trust policy must not have {key} (the role itself is the resource)"
                            )));
                        }
                        if resources.is_some() {
                            return Err(ctx.fail("a statement takes Resource or NotResource, not both"));
                        }
                        let variables = self.variables;
                        let compile = move |text: &str| {
                            ArnPattern::parse(text, variables, false).map_err(|_| {
                                format!("\"{text}\" must be in ARN format (arn:partition:service:region:account:resource) or \"*\"")
                            })
                        };
                        let patterns = map.next_value_seed(StrListSeed {
                            ctx,
                            what: "a resource ARN",
                            compile: &compile,
                        })?;
                        resources = Some(ResourceClause {
                            negated: &*key == "NotResource",
                            patterns: patterns.into_boxed_slice(),
                        });
                    }
                    "Principal" | "NotPrincipal" => {
                        let negated = &*key == "NotPrincipal";
                        if kind.is_identity_grammar() {
                            return Err(ctx.fail(format!(
                                "an identity-based policy must not name a {key}: it applies to whoever it is attached to"
                            )));
                        }
                        if negated && kind == PolicyKind::Trust {
                            return Err(ctx.fail("a role trust policy must not use NotPrincipal"));
                        }
                        if principal.is_some() {
                            return Err(ctx.fail("a statement takes Principal or NotPrincipal, not both"));
                        }
                        let set = map.next_value_seed(PrincipalSeed { ctx })?;
                        principal = Some(PrincipalClause { negated, set });
                    }
                    "Condition" => {
                        conditions = Some(map.next_value_seed(ConditionBlockSeed {
                            ctx,
                            variables: self.variables,
                        })?);
                    }
                    other => return Err(ctx.fail(unknown_element(other, &STATEMENT_ELEMENTS))),
                }
                Ok(())
            })?;
            seen.push(key);
        }

        let Some(effect) = effect else {
            return Err(ctx.fail("missing required element Effect"));
        };
        let Some(actions) = actions else {
            return Err(ctx.fail("missing required element Action (or NotAction)"));
        };
        if kind != PolicyKind::Trust && resources.is_none() {
            return Err(ctx.fail("missing required element Resource (or NotResource)"));
        }
        if matches!(kind, PolicyKind::Resource | PolicyKind::Trust) && principal.is_none() {
            return Err(ctx.fail("missing required element Principal: a resource-based policy must say whom it applies to"));
        }
        Ok(Statement {
            sid,
            effect,
            principal,
            actions,
            resources,
            conditions: conditions.unwrap_or_default().into_boxed_slice(),
            start: Position { line: 0, column: 0 },
            end: Position { line: 0, column: 0 },
        })
    }
}

/// A string or a non-empty list of strings, each compiled as it is read.
struct StrListSeed<'c, T> {
    ctx: &'c Ctx,
    what: &'static str,
    compile: &'c dyn Fn(&str) -> Result<T, String>,
}

impl<'de, T> DeserializeSeed<'de> for StrListSeed<'_, T> {
    type Value = Vec<T>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, T> Visitor<'de> for StrListSeed<'_, T> {
    type Value = Vec<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} or a list of them", self.what)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        (self.compile)(v)
            .map(|t| vec![t])
            .map_err(|m| self.ctx.fail(m))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        loop {
            let item = self.ctx.with_index(out.len(), || {
                seq.next_element_seed(ItemSeed {
                    ctx: self.ctx,
                    what: self.what,
                    compile: self.compile,
                })
            })?;
            match item {
                Some(t) => out.push(t),
                None => break,
            }
        }
        if out.is_empty() {
            return Err(self
                .ctx
                .fail(format!("the list is empty: give at least {}", self.what)));
        }
        Ok(out)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Err(self.ctx.fail(format!(
            "expected {} or a list of them, found the boolean {v}",
            self.what
        )))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Err(self.ctx.fail(format!(
            "expected {} or a list of them, found the number {v}",
            self.what
        )))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Err(self.ctx.fail(format!(
            "expected {} or a list of them, found the number {v}",
            self.what
        )))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Err(self.ctx.fail(format!(
            "expected {} or a list of them, found the number {v}",
            self.what
        )))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Err(self.ctx.fail(format!(
            "expected {} or a list of them, found null",
            self.what
        )))
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(self.ctx.fail(format!(
            "expected {} or a list of them, found an object",
            self.what
        )))
    }
}

struct ItemSeed<'c, T> {
    ctx: &'c Ctx,
    what: &'static str,
    compile: &'c dyn Fn(&str) -> Result<T, String>,
}

impl<'de, T> DeserializeSeed<'de> for ItemSeed<'_, T> {
    type Value = T;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        let s = TypedStr {
            ctx: self.ctx,
            what: self.what,
        }
        .deserialize(d)?;
        (self.compile)(&s).map_err(|m| self.ctx.fail(m))
    }
}

// ---------------------------------------------------------------------------------------------
// Principal

struct PrincipalSeed<'c> {
    ctx: &'c Ctx,
}

const PRINCIPAL_TYPES: [&str; 4] = ["AWS", "Service", "Federated", "CanonicalUser"];

impl<'de> DeserializeSeed<'de> for PrincipalSeed<'_> {
    type Value = PrincipalSet;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for PrincipalSeed<'_> {
    type Value = PrincipalSet;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"*\" or an object such as {\"AWS\": \"arn:aws:iam::123456789012:root\"}")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        if v == "*" {
            Ok(PrincipalSet::Everyone)
        } else {
            Err(self.ctx.fail(format!(
                "a principal written as a string must be \"*\"; write {{\"AWS\": \"{v}\"}} to name a principal"
            )))
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let ctx = self.ctx;
        let mut aws = Vec::new();
        let mut service = Vec::new();
        let mut federated = Vec::new();
        let mut canonical = Vec::new();
        let mut seen: SmallVec<[Cow<'de, str>; 8]> = SmallVec::new();
        while let Some(key) = map.next_key_seed(StrSeed)? {
            if seen.contains(&key) {
                return Err(ctx.fail(format!("the principal type \"{key}\" appears twice")));
            }
            ctx.with(&key, || -> Result<(), A::Error> {
                match &*key {
                    "AWS" => {
                        aws = map.next_value_seed(StrListSeed {
                            ctx,
                            what: "an AWS principal",
                            compile: &AwsPrincipal::parse,
                        })?;
                    }
                    "Service" | "Federated" | "CanonicalUser" => {
                        let compile = |s: &str| -> Result<Box<str>, String> {
                            if s.is_empty() {
                                Err("a principal must not be empty".to_string())
                            } else {
                                Ok(s.into())
                            }
                        };
                        let list = map.next_value_seed(StrListSeed {
                            ctx,
                            what: "a principal name",
                            compile: &compile,
                        })?;
                        match &*key {
                            "Service" => service = list,
                            "Federated" => federated = list,
                            _ => canonical = list,
                        }
                    }
                    other => return Err(ctx.fail(unknown_element(other, &PRINCIPAL_TYPES))),
                }
                Ok(())
            })?;
            seen.push(key);
        }
        if seen.is_empty() {
            return Err(ctx.fail("the principal object is empty"));
        }
        Ok(PrincipalSet::Listed {
            aws,
            service,
            federated,
            canonical,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Condition

struct ConditionBlockSeed<'c> {
    ctx: &'c Ctx,
    variables: bool,
}

impl<'de> DeserializeSeed<'de> for ConditionBlockSeed<'_> {
    type Value = Vec<Condition>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ConditionBlockSeed<'_> {
    type Value = Vec<Condition>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object of condition operators, such as {\"Bool\": {\"aws:MultiFactorAuthPresent\": \"true\"}}")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let ctx = self.ctx;
        let mut out = Vec::new();
        let mut seen: SmallVec<[Cow<'de, str>; 8]> = SmallVec::new();
        while let Some(name) = map.next_key_seed(StrSeed)? {
            if seen.contains(&name) {
                return Err(ctx.fail(format!("the condition operator \"{name}\" appears twice")));
            }
            let operator = Operator::parse(&name).map_err(|m| ctx.fail::<A::Error>(m))?;
            ctx.with(&name, || {
                map.next_value_seed(OperatorBlockSeed {
                    ctx,
                    operator,
                    variables: self.variables,
                    out: &mut out,
                })
            })?;
            seen.push(name);
        }
        Ok(out)
    }
}

struct OperatorBlockSeed<'c> {
    ctx: &'c Ctx,
    operator: Operator,
    variables: bool,
    out: &'c mut Vec<Condition>,
}

impl<'de> DeserializeSeed<'de> for OperatorBlockSeed<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for OperatorBlockSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object of condition keys and values, such as {\"aws:username\": \"alice\"}")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let ctx = self.ctx;
        let mut seen: SmallVec<[Cow<'de, str>; 8]> = SmallVec::new();
        while let Some(key) = map.next_key_seed(StrSeed)? {
            if seen.contains(&key) {
                return Err(ctx.fail(format!(
                    "the condition key \"{key}\" appears twice under {}",
                    self.operator
                )));
            }
            if key.is_empty() {
                return Err(ctx.fail("a condition key must not be empty"));
            }
            ctx.with(&key, || -> Result<(), A::Error> {
                let values = map.next_value_seed(ConditionValuesSeed { ctx })?;
                let cond = Condition::compile(self.operator, &key, values, self.variables)
                    .map_err(|m| ctx.fail::<A::Error>(m))?;
                self.out.push(cond);
                Ok(())
            })?;
            seen.push(key);
        }
        if seen.is_empty() {
            return Err(ctx.fail(format!("{} has no condition keys", self.operator)));
        }
        Ok(())
    }
}

/// A condition value or a non-empty list of them: strings, numbers or booleans (quotes are
/// optional for numbers and booleans), kept as written.
struct ConditionValuesSeed<'c> {
    ctx: &'c Ctx,
}

impl<'de> DeserializeSeed<'de> for ConditionValuesSeed<'_> {
    type Value = Vec<Box<str>>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ConditionValuesSeed<'_> {
    type Value = Vec<Box<str>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a condition value (string, number or boolean) or a list of them")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(vec![v.into()])
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(vec![v.to_string().into()])
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(vec![v.to_string().into()])
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(vec![v.to_string().into()])
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(vec![v.to_string().into()])
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Err(self.ctx.fail("a condition value must not be null"))
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(self.ctx.fail("a condition value must be a string, number or boolean, or a list of them; found an object"))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        loop {
            let seg = format!("[{}]", out.len());
            let item = self
                .ctx
                .with(&seg, || seq.next_element_seed(ScalarSeed { ctx: self.ctx }))?;
            match item {
                Some(v) => out.push(v),
                None => break,
            }
        }
        if out.is_empty() {
            return Err(self.ctx.fail("the list of condition values is empty"));
        }
        Ok(out)
    }
}

struct ScalarSeed<'c> {
    ctx: &'c Ctx,
}

impl<'de> DeserializeSeed<'de> for ScalarSeed<'_> {
    type Value = Box<str>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ScalarSeed<'_> {
    type Value = Box<str>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string, number or boolean")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(v.to_string().into())
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(v.to_string().into())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(v.to_string().into())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(v.to_string().into())
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Err(self.ctx.fail("a condition value must not be null"))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(self.ctx.fail("condition values cannot be nested lists"))
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(self
            .ctx
            .fail("a condition value must be a string, number or boolean; found an object"))
    }
}

#[cfg(test)]
mod tests;
