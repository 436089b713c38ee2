//! Decoding of AWS Query-protocol parameters.
//!
//! A request body (or GET query string) such as
//! `Action=CreateUser&Version=2010-05-08&UserName=alice&Tags.member.1.Key=team`
//! is parsed once into [`QueryParams`], a multimap ordered by key. The generated
//! `from_query` functions then read typed inputs from it: lists as
//! `Name.member.N[.Field]`, maps as `Name.entry.N.key` / `Name.entry.N.value`, nested
//! structures as `Prefix.Field`. Constraint violations are collected in [`Violations`]
//! and reported together, in AWS's wording, as one [`ValidationError`].

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::LazyLock;

use regex::Regex;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// Form-decoded request parameters: every value of every key, keys in byte order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueryParams {
    params: BTreeMap<String, Vec<String>>,
}

impl QueryParams {
    /// Parses an `application/x-www-form-urlencoded` body or a URL query string
    /// (`+` is a space, `%XX` a UTF-8 byte; invalid UTF-8 becomes U+FFFD).
    #[must_use]
    pub fn parse(input: &[u8]) -> Self {
        let mut params: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (key, value) in form_urlencoded::parse(input) {
            params
                .entry(key.into_owned())
                .or_default()
                .push(value.into_owned());
        }
        Self { params }
    }

    /// The first value of `key`.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&str> {
        self.params
            .get(key)
            .and_then(|values| values.first())
            .map(String::as_str)
    }

    /// Every value of `key`, in the order they were sent.
    #[must_use]
    pub fn get_all(&self, key: &str) -> &[String] {
        self.params.get(key).map_or(&[], Vec::as_slice)
    }

    /// The `Action` parameter.
    #[must_use]
    pub fn action(&self) -> Option<&str> {
        self.get("Action")
    }

    /// The `Version` parameter.
    #[must_use]
    pub fn version(&self) -> Option<&str> {
        self.get("Version")
    }

    /// Whether `key` was sent (with any value, including an empty one).
    #[must_use]
    pub fn contains(&self, key: &str) -> bool {
        self.params.contains_key(key)
    }

    /// Whether some key starts with `prefix`.
    #[must_use]
    pub fn has_prefix(&self, prefix: &str) -> bool {
        self.keys_with_prefix(prefix).next().is_some()
    }

    /// All keys and their first values, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.params
            .iter()
            .filter_map(|(key, values)| values.first().map(|value| (key.as_str(), value.as_str())))
    }

    /// Number of distinct keys.
    #[must_use]
    pub fn len(&self) -> usize {
        self.params.len()
    }

    /// Whether no parameter was sent.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.params.is_empty()
    }

    fn keys_with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.params
            .range::<str, _>((
                std::ops::Bound::Included(prefix),
                std::ops::Bound::Unbounded,
            ))
            .map(|(key, _)| key.as_str())
            .take_while(move |key| key.starts_with(prefix))
    }

    /// The distinct indices `N` of keys `{prefix}N` and `{prefix}N.…`, ascending.
    fn indices(&self, prefix: &str) -> BTreeSet<u32> {
        self.keys_with_prefix(prefix)
            .filter_map(|key| {
                let rest = &key[prefix.len()..];
                let digits = rest.split('.').next().unwrap_or(rest);
                digits.parse::<u32>().ok()
            })
            .collect()
    }
}

/// One violated constraint of one input member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// Where, as AWS names it: `userName`, `tags.1.member.key`.
    pub path: String,
    /// The offending value as shown in the message; `None` for sensitive members.
    pub value: Option<String>,
    /// The constraint, e.g. `Member must have length less than or equal to 64`.
    pub constraint: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.value {
            Some(value) => write!(
                f,
                "Value '{value}' at '{}' failed to satisfy constraint: {}",
                self.path, self.constraint
            ),
            None => write!(
                f,
                "Value at '{}' failed to satisfy constraint: {}",
                self.path, self.constraint
            ),
        }
    }
}

/// Why a request's parameters do not make a valid input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValidationError {
    /// A required member was not sent. `parameter` is its wire name, e.g. `UserName`
    /// or `Tags.member.1.Key`.
    #[error("The request must contain the parameter {parameter}")]
    MissingParameter {
        /// Wire name of the missing parameter.
        parameter: String,
    },
    /// One or more members violate the model's constraints (length, pattern, range,
    /// enum, list size) or cannot be read as their type.
    #[error("{}", ConstraintsMessage(.violations))]
    Constraints {
        /// Every violation, in member order.
        violations: Vec<Violation>,
    },
}

impl ValidationError {
    /// The AWS error code to answer with.
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::MissingParameter { .. } => "MissingParameter",
            Self::Constraints { .. } => "ValidationError",
        }
    }

    /// The HTTP status to answer with.
    #[must_use]
    pub fn http_status(&self) -> u16 {
        400
    }
}

struct ConstraintsMessage<'a>(&'a [Violation]);

impl fmt::Display for ConstraintsMessage<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.0.len();
        let plural = if count == 1 { "error" } else { "errors" };
        write!(f, "{count} validation {plural} detected: ")?;
        for (i, violation) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{violation}")?;
        }
        Ok(())
    }
}

/// A regular expression from the model, compiled on first use.
///
/// `source` is the pattern as the model gives it (and as error messages quote it);
/// the compiled form is the same language in the `regex` crate's syntax, anchored at
/// both ends, with Java's ASCII meaning of `\w` and `\d`. `forbidden` holds a
/// substring the model excludes by a look-ahead, which the `regex` crate lacks.
#[derive(Debug)]
pub struct Pattern {
    /// The model's pattern text.
    pub source: &'static str,
    /// A substring no match may contain.
    pub forbidden: Option<&'static str>,
    /// The compiled expression; `None` only if it failed to compile.
    pub regex: LazyLock<Option<Regex>>,
}

impl Pattern {
    /// Whether `value` matches the whole pattern. A pattern that failed to compile
    /// matches nothing.
    #[must_use]
    pub fn is_match(&self, value: &str) -> bool {
        self.regex.as_ref().is_some_and(|re| re.is_match(value))
            && self.forbidden.is_none_or(|bad| !value.contains(bad))
    }

    /// Whether the compiled form is available.
    #[must_use]
    pub fn compiles(&self) -> bool {
        self.regex.is_some()
    }
}

/// Violations gathered while decoding one input.
#[derive(Debug, Default)]
pub struct Violations {
    list: Vec<Violation>,
}

impl Violations {
    fn push(&mut self, path: &str, value: Option<String>, constraint: String) {
        self.list.push(Violation {
            path: path.to_owned(),
            value,
            constraint,
        });
    }

    /// String length bounds (counted in UTF-16 code units, as AWS counts them).
    pub fn length(
        &mut self,
        path: &str,
        value: &str,
        min: Option<usize>,
        max: Option<usize>,
        sensitive: bool,
    ) {
        let len = value.encode_utf16().count();
        let shown = || (!sensitive).then(|| value.to_owned());
        if let Some(min) = min
            && len < min
        {
            self.push(
                path,
                shown(),
                format!("Member must have length greater than or equal to {min}"),
            );
        }
        if let Some(max) = max
            && len > max
        {
            self.push(
                path,
                shown(),
                format!("Member must have length less than or equal to {max}"),
            );
        }
    }

    /// The model's regular expression.
    pub fn pattern(&mut self, path: &str, value: &str, pattern: &Pattern, sensitive: bool) {
        if !pattern.is_match(value) {
            self.push(
                path,
                (!sensitive).then(|| value.to_owned()),
                format!(
                    "Member must satisfy regular expression pattern: {}",
                    pattern.source
                ),
            );
        }
    }

    /// Membership of an enum's value set.
    pub fn one_of(&mut self, path: &str, value: &str, allowed: &[&str], sensitive: bool) {
        if !allowed.contains(&value) {
            self.push(
                path,
                (!sensitive).then(|| value.to_owned()),
                format!(
                    "Member must satisfy enum value set: [{}]",
                    allowed.join(", ")
                ),
            );
        }
    }

    /// Integer bounds.
    pub fn range(&mut self, path: &str, value: i64, min: Option<i64>, max: Option<i64>) {
        if let Some(min) = min
            && value < min
        {
            self.push(
                path,
                Some(value.to_string()),
                format!("Member must have value greater than or equal to {min}"),
            );
        }
        if let Some(max) = max
            && value > max
        {
            self.push(
                path,
                Some(value.to_string()),
                format!("Member must have value less than or equal to {max}"),
            );
        }
    }

    /// List (or map) size bounds. `shown` gives the value for the message (lists of
    /// scalars are shown as `[a, b]`); it is only called on a violation.
    pub fn list_length(
        &mut self,
        path: &str,
        len: usize,
        min: Option<usize>,
        max: Option<usize>,
        shown: impl FnOnce() -> Option<String>,
    ) {
        let too_short = min.filter(|&min| len < min);
        let too_long = max.filter(|&max| len > max);
        if too_short.is_none() && too_long.is_none() {
            return;
        }
        let shown = shown();
        if let Some(min) = too_short {
            self.push(
                path,
                shown.clone(),
                format!("Member must have length greater than or equal to {min}"),
            );
        }
        if let Some(max) = too_long {
            self.push(
                path,
                shown,
                format!("Member must have length less than or equal to {max}"),
            );
        }
    }

    /// Whether nothing was violated.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// `value` if nothing was violated, else every violation as one error.
    ///
    /// # Errors
    /// [`ValidationError::Constraints`] when at least one constraint was violated.
    pub fn finish<T>(self, value: T) -> Result<T, ValidationError> {
        if self.list.is_empty() {
            Ok(value)
        } else {
            Err(ValidationError::Constraints {
                violations: self.list,
            })
        }
    }
}

/// Shows a list of scalars the way AWS quotes it in messages: `[a, b]`.
#[must_use]
pub fn show_list<T: fmt::Display>(items: &[T]) -> String {
    let mut out = String::from("[");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&item.to_string());
    }
    out.push(']');
    out
}

/// `Prefix.Name`, or `Name` at the top level.
#[must_use]
pub fn join_wire(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}.{name}")
    }
}

/// `prefix.name` in message paths, or `name` at the top level.
#[must_use]
pub fn join_path(prefix: &str, name: &str) -> String {
    join_wire(prefix, name)
}

/// The value of a required member, or [`ValidationError::MissingParameter`].
///
/// # Errors
/// When `value` is `None`.
pub fn required<T>(value: Option<T>, prefix: &str, name: &str) -> Result<T, ValidationError> {
    value.ok_or_else(|| ValidationError::MissingParameter {
        parameter: join_wire(prefix, name),
    })
}

/// Whether a nested structure was sent at `wire` (some key `wire.…`).
#[must_use]
pub fn structure_present(params: &QueryParams, wire: &str) -> bool {
    params.has_prefix(&format!("{wire}."))
}

fn malformed(path: &str, value: &str, expected: &str) -> ValidationError {
    ValidationError::Constraints {
        violations: vec![Violation {
            path: path.to_owned(),
            value: Some(value.to_owned()),
            constraint: format!("Member must be {expected}"),
        }],
    }
}

/// A string member.
///
/// # Errors
/// Never; the signature is shared with the other decoders.
pub fn string(
    params: &QueryParams,
    wire: &str,
    _path: &str,
    _errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    Ok(params.get(wire).map(str::to_owned))
}

/// A 32-bit integer member.
///
/// # Errors
/// When the value is not a decimal integer in range.
pub fn integer(
    params: &QueryParams,
    wire: &str,
    path: &str,
    _errors: &mut Violations,
) -> Result<Option<i32>, ValidationError> {
    params
        .get(wire)
        .map(|raw| {
            raw.trim()
                .parse::<i32>()
                .map_err(|_| malformed(path, raw, "an integer"))
        })
        .transpose()
}

/// A 64-bit integer member.
///
/// # Errors
/// When the value is not a decimal integer in range.
pub fn long(
    params: &QueryParams,
    wire: &str,
    path: &str,
    _errors: &mut Violations,
) -> Result<Option<i64>, ValidationError> {
    params
        .get(wire)
        .map(|raw| {
            raw.trim()
                .parse::<i64>()
                .map_err(|_| malformed(path, raw, "an integer"))
        })
        .transpose()
}

/// A boolean member: `true` or `false` (any case).
///
/// # Errors
/// When the value is neither.
pub fn boolean(
    params: &QueryParams,
    wire: &str,
    path: &str,
    _errors: &mut Violations,
) -> Result<Option<bool>, ValidationError> {
    params
        .get(wire)
        .map(|raw| {
            let trimmed = raw.trim();
            if trimmed.eq_ignore_ascii_case("true") {
                Ok(true)
            } else if trimmed.eq_ignore_ascii_case("false") {
                Ok(false)
            } else {
                Err(malformed(path, raw, "a boolean (true or false)"))
            }
        })
        .transpose()
}

/// A timestamp member in ISO 8601 (RFC 3339) form, e.g. `2026-11-22T15:46:58Z`.
///
/// # Errors
/// When the value is not such a timestamp.
pub fn timestamp(
    params: &QueryParams,
    wire: &str,
    path: &str,
    _errors: &mut Violations,
) -> Result<Option<OffsetDateTime>, ValidationError> {
    params
        .get(wire)
        .map(|raw| {
            OffsetDateTime::parse(raw.trim(), &Rfc3339)
                .map_err(|_| malformed(path, raw, "an ISO 8601 timestamp"))
        })
        .transpose()
}

/// A blob member, base64 on the wire.
///
/// # Errors
/// When the value is not valid base64.
pub fn blob(
    params: &QueryParams,
    wire: &str,
    path: &str,
    _errors: &mut Violations,
) -> Result<Option<Vec<u8>>, ValidationError> {
    params
        .get(wire)
        .map(|raw| {
            data_encoding::BASE64
                .decode(raw.trim().as_bytes())
                .map_err(|_| malformed(path, raw, "base64-encoded"))
        })
        .transpose()
}

/// The signature shared by all member decoders: parameters, wire name, message path,
/// violations so far.
pub type Decoder<T> =
    fn(&QueryParams, &str, &str, &mut Violations) -> Result<Option<T>, ValidationError>;

/// A list member, `Name.member.N[...]`; an empty list is sent as the bare `Name=`.
/// Elements are taken in ascending `N`.
///
/// # Errors
/// Whatever decoding an element returns.
pub fn list<T>(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
    element: Decoder<T>,
) -> Result<Option<Vec<T>>, ValidationError> {
    let member_prefix = format!("{wire}.member.");
    let indices = params.indices(&member_prefix);
    if indices.is_empty() {
        return Ok(params.contains(wire).then(Vec::new));
    }
    let mut items = Vec::with_capacity(indices.len());
    for index in indices {
        let element_wire = format!("{member_prefix}{index}");
        let element_path = format!("{path}.{index}.member");
        if let Some(item) = element(params, &element_wire, &element_path, errors)? {
            items.push(item);
        }
    }
    Ok(Some(items))
}

/// A map member, `Name.entry.N.key` / `Name.entry.N.value`.
///
/// # Errors
/// When an entry lacks its key or value, or decoding a value fails.
pub fn map<V>(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
    key: Decoder<String>,
    value: Decoder<V>,
) -> Result<Option<BTreeMap<String, V>>, ValidationError> {
    let entry_prefix = format!("{wire}.entry.");
    let indices = params.indices(&entry_prefix);
    if indices.is_empty() {
        return Ok(params.contains(wire).then(BTreeMap::new));
    }
    let mut entries = BTreeMap::new();
    for index in indices {
        let entry_wire = format!("{entry_prefix}{index}");
        let entry_path = format!("{path}.{index}");
        let k = key(
            params,
            &join_wire(&entry_wire, "key"),
            &join_path(&entry_path, "key"),
            errors,
        )?;
        let k = required(k, &entry_wire, "key")?;
        let v = value(
            params,
            &join_wire(&entry_wire, "value"),
            &join_path(&entry_path, "value"),
            errors,
        )?;
        let v = required(v, &entry_wire, "value")?;
        entries.insert(k, v);
    }
    Ok(Some(entries))
}
