//! Condition operators: their names, how each reads its values, and how a condition is
//! evaluated against a request context.
//!
//! Sources (IAM User Guide): "IAM JSON policy elements: Condition operators", "Creating a
//! condition with multiple context keys or values", "Multivalued context key examples",
//! "Single-valued vs. multivalued context keys".
//!
//! Truth table for a key that is absent from the request (or, for set operators and `Null`, a
//! key whose value is an empty list or empty string):
//!
//! | operator                    | absent key |
//! |-----------------------------|------------|
//! | any positive operator       | false      |
//! | any negated operator        | true       |
//! | `…IfExists`                 | true       |
//! | `Null: true` / `Null: false`| true / false |
//! | `ForAllValues:…`            | true       |
//! | `ForAnyValue:…`             | false (`…IfExists`: true) |

use std::fmt;

use crate::arn::{ArnPattern, SplitArn};
use crate::context::{ContextValue, RequestContext};
use crate::template::{Reading, Template, resolve_var};
use crate::values::{IpNet, parse_base64, parse_bool, parse_date, parse_ip, parse_number};

/// The operator without `IfExists` and without a set qualifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BaseOperator {
    /// `StringEquals`.
    StringEquals,
    /// `StringNotEquals`.
    StringNotEquals,
    /// `StringEqualsIgnoreCase`.
    StringEqualsIgnoreCase,
    /// `StringNotEqualsIgnoreCase`.
    StringNotEqualsIgnoreCase,
    /// `StringLike`.
    StringLike,
    /// `StringNotLike`.
    StringNotLike,
    /// `NumericEquals`.
    NumericEquals,
    /// `NumericNotEquals`.
    NumericNotEquals,
    /// `NumericLessThan`.
    NumericLessThan,
    /// `NumericLessThanEquals`.
    NumericLessThanEquals,
    /// `NumericGreaterThan`.
    NumericGreaterThan,
    /// `NumericGreaterThanEquals`.
    NumericGreaterThanEquals,
    /// `DateEquals`.
    DateEquals,
    /// `DateNotEquals`.
    DateNotEquals,
    /// `DateLessThan`.
    DateLessThan,
    /// `DateLessThanEquals`.
    DateLessThanEquals,
    /// `DateGreaterThan`.
    DateGreaterThan,
    /// `DateGreaterThanEquals`.
    DateGreaterThanEquals,
    /// `Bool`.
    Bool,
    /// `BinaryEquals`.
    BinaryEquals,
    /// `IpAddress`.
    IpAddress,
    /// `NotIpAddress`.
    NotIpAddress,
    /// `ArnEquals`.
    ArnEquals,
    /// `ArnLike`.
    ArnLike,
    /// `ArnNotEquals`.
    ArnNotEquals,
    /// `ArnNotLike`.
    ArnNotLike,
    /// `Null`.
    Null,
}

use BaseOperator as B;

/// Every base operator with its policy spelling.
pub const BASE_OPERATORS: [(BaseOperator, &str); 27] = [
    (B::StringEquals, "StringEquals"),
    (B::StringNotEquals, "StringNotEquals"),
    (B::StringEqualsIgnoreCase, "StringEqualsIgnoreCase"),
    (B::StringNotEqualsIgnoreCase, "StringNotEqualsIgnoreCase"),
    (B::StringLike, "StringLike"),
    (B::StringNotLike, "StringNotLike"),
    (B::NumericEquals, "NumericEquals"),
    (B::NumericNotEquals, "NumericNotEquals"),
    (B::NumericLessThan, "NumericLessThan"),
    (B::NumericLessThanEquals, "NumericLessThanEquals"),
    (B::NumericGreaterThan, "NumericGreaterThan"),
    (B::NumericGreaterThanEquals, "NumericGreaterThanEquals"),
    (B::DateEquals, "DateEquals"),
    (B::DateNotEquals, "DateNotEquals"),
    (B::DateLessThan, "DateLessThan"),
    (B::DateLessThanEquals, "DateLessThanEquals"),
    (B::DateGreaterThan, "DateGreaterThan"),
    (B::DateGreaterThanEquals, "DateGreaterThanEquals"),
    (B::Bool, "Bool"),
    (B::BinaryEquals, "BinaryEquals"),
    (B::IpAddress, "IpAddress"),
    (B::NotIpAddress, "NotIpAddress"),
    (B::ArnEquals, "ArnEquals"),
    (B::ArnLike, "ArnLike"),
    (B::ArnNotEquals, "ArnNotEquals"),
    (B::ArnNotLike, "ArnNotLike"),
    (B::Null, "Null"),
];

/// How an operator compares one request value with one policy value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Test {
    StrEq,
    StrEqIgnoreCase,
    StrLike,
    Num(Cmp),
    Date(Cmp),
    Bool,
    Binary,
    Ip,
    Arn,
    Null,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cmp {
    Eq,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Cmp {
    fn holds<T: PartialOrd>(self, request: T, policy: T) -> bool {
        match self {
            Cmp::Eq => request == policy,
            Cmp::Lt => request < policy,
            Cmp::Le => request <= policy,
            Cmp::Gt => request > policy,
            Cmp::Ge => request >= policy,
        }
    }
}

impl BaseOperator {
    /// The operator's name as written in a policy (`StringEquals`).
    pub fn name(self) -> &'static str {
        BASE_OPERATORS
            .iter()
            .find(|(op, _)| *op == self)
            .map_or("", |(_, name)| name)
    }

    fn from_name(name: &str) -> Option<BaseOperator> {
        BASE_OPERATORS
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(op, _)| *op)
    }

    /// Negated operators are true for an absent key and act as NOR over the policy values.
    pub fn is_negated(self) -> bool {
        matches!(
            self,
            B::StringNotEquals
                | B::StringNotEqualsIgnoreCase
                | B::StringNotLike
                | B::NumericNotEquals
                | B::DateNotEquals
                | B::NotIpAddress
                | B::ArnNotEquals
                | B::ArnNotLike
        )
    }

    fn test(self) -> Test {
        match self {
            B::StringEquals | B::StringNotEquals => Test::StrEq,
            B::StringEqualsIgnoreCase | B::StringNotEqualsIgnoreCase => Test::StrEqIgnoreCase,
            B::StringLike | B::StringNotLike => Test::StrLike,
            B::NumericEquals | B::NumericNotEquals => Test::Num(Cmp::Eq),
            B::NumericLessThan => Test::Num(Cmp::Lt),
            B::NumericLessThanEquals => Test::Num(Cmp::Le),
            B::NumericGreaterThan => Test::Num(Cmp::Gt),
            B::NumericGreaterThanEquals => Test::Num(Cmp::Ge),
            B::DateEquals | B::DateNotEquals => Test::Date(Cmp::Eq),
            B::DateLessThan => Test::Date(Cmp::Lt),
            B::DateLessThanEquals => Test::Date(Cmp::Le),
            B::DateGreaterThan => Test::Date(Cmp::Gt),
            B::DateGreaterThanEquals => Test::Date(Cmp::Ge),
            B::Bool => Test::Bool,
            B::BinaryEquals => Test::Binary,
            B::IpAddress | B::NotIpAddress => Test::Ip,
            B::ArnEquals | B::ArnLike | B::ArnNotEquals | B::ArnNotLike => Test::Arn,
            B::Null => Test::Null,
        }
    }
}

/// `ForAllValues:` / `ForAnyValue:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SetQualifier {
    /// `ForAllValues:`: every request value must match (vacuously true for none).
    ForAllValues,
    /// `ForAnyValue:`: at least one request value must match.
    ForAnyValue,
}

/// A full condition operator as written in a policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Operator {
    /// The operator without its qualifiers.
    pub base: BaseOperator,
    /// Whether `IfExists` was appended: an absent key then satisfies the condition.
    pub if_exists: bool,
    /// The set qualifier for multivalued keys, if any.
    pub set: Option<SetQualifier>,
}

impl fmt::Display for Operator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.set {
            Some(SetQualifier::ForAllValues) => f.write_str("ForAllValues:")?,
            Some(SetQualifier::ForAnyValue) => f.write_str("ForAnyValue:")?,
            None => {}
        }
        f.write_str(self.base.name())?;
        if self.if_exists {
            f.write_str("IfExists")?;
        }
        Ok(())
    }
}

impl Operator {
    /// Parse an operator name; the error says what is wrong and suggests the nearest name.
    pub fn parse(text: &str) -> Result<Operator, String> {
        let (set, rest) = if let Some(r) = text.strip_prefix("ForAllValues:") {
            (Some(SetQualifier::ForAllValues), r)
        } else if let Some(r) = text.strip_prefix("ForAnyValue:") {
            (Some(SetQualifier::ForAnyValue), r)
        } else {
            (None, text)
        };
        let (if_exists, base_name) = match rest.strip_suffix("IfExists") {
            Some(b) => (true, b),
            None => (false, rest),
        };
        let unknown = || {
            let mut msg = format!("unknown condition operator \"{text}\"");
            if let Some(s) = suggest_operator(text) {
                msg.push_str(&format!(" — did you mean \"{s}\"?"));
            }
            msg
        };
        let base = BaseOperator::from_name(base_name).ok_or_else(unknown)?;
        if base == B::Null && if_exists {
            return Err(format!(
                "\"{text}\": Null has no IfExists form (Null itself tests whether the key exists)"
            ));
        }
        if base == B::Null && set.is_some() {
            return Err(format!(
                "\"{text}\": Null cannot take ForAllValues/ForAnyValue; use Null on its own"
            ));
        }
        Ok(Operator {
            base,
            if_exists,
            set,
        })
    }

    /// Whether `${…}` in a value is a policy variable for this operator. Only string and ARN
    /// operators take variables (IAM User Guide, "IAM policy elements: Variables and tags":
    /// "you can use policy variables … with string operators or ARN operators").
    /// [ambiguous] The "Condition operators" page says Bool takes variables too; that reading
    /// is also accepted (a Bool value may be a single variable, resolved at evaluation), since
    /// rejecting a policy AWS accepts would be worse than accepting one AWS rejects.
    fn takes_variables(self) -> bool {
        matches!(
            self.base.test(),
            Test::StrEq | Test::StrEqIgnoreCase | Test::StrLike | Test::Arn | Test::Bool
        )
    }
}

/// Every valid operator spelling, for suggestions.
fn all_operator_names() -> impl Iterator<Item = String> {
    BASE_OPERATORS.iter().flat_map(|(op, name)| {
        let mut v = vec![name.to_string()];
        if *op != B::Null {
            v.push(format!("{name}IfExists"));
            for prefix in ["ForAllValues:", "ForAnyValue:"] {
                v.push(format!("{prefix}{name}"));
                v.push(format!("{prefix}{name}IfExists"));
            }
        }
        v
    })
}

fn suggest_operator(text: &str) -> Option<String> {
    crate::suggest::nearest_name(text, all_operator_names())
}

/// Compiled policy values of one condition, read as the operator reads them.
#[derive(Debug, Clone, PartialEq)]
enum Values {
    Strings(Box<[Template]>),
    Numbers(Box<[f64]>),
    Dates(Box<[i128]>),
    Bools(Box<[BoolValue]>),
    Binary(Box<[Box<[u8]>]>),
    Ips(Box<[IpNet]>),
    Arns(Box<[ArnPattern]>),
    Null(Box<[bool]>),
}

#[derive(Debug, Clone, PartialEq)]
enum BoolValue {
    Lit(bool),
    Var(Template),
}

/// One `operator: { key: values }` entry of a statement's `Condition` block.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    operator: Operator,
    key: Box<str>,
    key_lower: Box<str>,
    written: Box<[Box<str>]>,
    values: Values,
}

impl Condition {
    /// Compile one condition; `variables` is whether the policy version enables variables.
    /// The error names the offending value.
    pub(crate) fn compile(
        operator: Operator,
        key: &str,
        written: Vec<Box<str>>,
        variables: bool,
    ) -> Result<Condition, String> {
        let reading = Reading {
            wildcards: operator.base.test() == Test::StrLike,
            variables: variables && operator.takes_variables(),
        };
        let op = operator;
        let bad = |v: &str, what: &str| format!("{op} expects {what}, got \"{v}\"");
        let values = match op.base.test() {
            Test::StrEq | Test::StrEqIgnoreCase | Test::StrLike => Values::Strings(
                written
                    .iter()
                    .map(|v| Template::parse(v, reading))
                    .collect(),
            ),
            Test::Num(_) => Values::Numbers(
                written
                    .iter()
                    .map(|v| parse_number(v).ok_or_else(|| bad(v, "a number")))
                    .collect::<Result<_, _>>()?,
            ),
            Test::Date(_) => Values::Dates(
                written
                    .iter()
                    .map(|v| {
                        parse_date(v).ok_or_else(|| {
                            bad(
                                v,
                                "a date (ISO 8601 such as 2026-11-22T15:00:00Z, or epoch seconds)",
                            )
                        })
                    })
                    .collect::<Result<_, _>>()?,
            ),
            Test::Bool => Values::Bools(
                written
                    .iter()
                    .map(|v| match parse_bool(v) {
                        Some(b) => Ok(BoolValue::Lit(b)),
                        None if reading.variables && v.contains("${") => {
                            Ok(BoolValue::Var(Template::parse(v, reading)))
                        }
                        None => Err(bad(v, "\"true\" or \"false\"")),
                    })
                    .collect::<Result<_, _>>()?,
            ),
            Test::Binary => Values::Binary(
                written
                    .iter()
                    .map(|v| {
                        parse_base64(v)
                            .map(Vec::into_boxed_slice)
                            .ok_or_else(|| bad(v, "base64-encoded bytes"))
                    })
                    .collect::<Result<_, _>>()?,
            ),
            Test::Ip => Values::Ips(
                written
                    .iter()
                    .map(|v| {
                        IpNet::parse(v).ok_or_else(|| {
                            bad(
                                v,
                                "an IPv4 or IPv6 address or CIDR block such as 203.0.113.0/24",
                            )
                        })
                    })
                    .collect::<Result<_, _>>()?,
            ),
            Test::Arn => Values::Arns(
                written
                    .iter()
                    .map(|v| {
                        ArnPattern::parse(v, reading.variables, true).map_err(|_| {
                            bad(
                                v,
                                "an ARN (arn:partition:service:region:account:resource) or \"*\"",
                            )
                        })
                    })
                    .collect::<Result<_, _>>()?,
            ),
            Test::Null => Values::Null(
                written
                    .iter()
                    .map(|v| parse_bool(v).ok_or_else(|| bad(v, "\"true\" or \"false\"")))
                    .collect::<Result<_, _>>()?,
            ),
        };
        Ok(Condition {
            operator,
            key: key.into(),
            key_lower: key.to_ascii_lowercase().into(),
            written: written.into_boxed_slice(),
            values,
        })
    }

    /// Whether `value` reads as a value of `operator`'s type (a number for the Numeric
    /// operators, a date for the Date operators, …): the simulator checks context values of
    /// each `ContextKeyType` with it.
    pub fn check_value(operator: Operator, value: &str) -> bool {
        Condition::compile(operator, "k:k", vec![value.into()], false).is_ok()
    }

    /// The operator as written.
    pub fn operator(&self) -> Operator {
        self.operator
    }

    /// The key as written in the policy.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The values as written in the policy.
    pub fn policy_values(&self) -> impl Iterator<Item = &str> {
        self.written.iter().map(|v| &**v)
    }

    /// The request's value for this condition's key, if any.
    pub fn request_value<'c>(&self, ctx: &'c RequestContext) -> Option<&'c ContextValue> {
        ctx.get_lower(&self.key_lower)
    }

    /// Evaluate against the request context.
    pub fn evaluate(&self, ctx: &RequestContext) -> bool {
        let op = self.operator;
        let value = ctx.get_lower(&self.key_lower);
        if op.base == B::Null {
            let absent = value.is_none_or(ContextValue::is_empty);
            return self.null_matches(absent);
        }
        match op.set {
            None => match value {
                None => op.if_exists || op.base.is_negated(),
                Some(ContextValue::List(list)) if list.is_empty() => {
                    op.if_exists || op.base.is_negated()
                }
                Some(v) => {
                    let any = v.iter().any(|r| self.matches_any(r, ctx));
                    any != op.base.is_negated()
                }
            },
            Some(set) => {
                let present = value.filter(|v| !v.is_empty());
                match (set, present) {
                    (SetQualifier::ForAllValues, None) => true,
                    (SetQualifier::ForAnyValue, None) => op.if_exists,
                    (SetQualifier::ForAllValues, Some(v)) => v.iter().all(|r| self.single(r, ctx)),
                    (SetQualifier::ForAnyValue, Some(v)) => v.iter().any(|r| self.single(r, ctx)),
                }
            }
        }
    }

    /// The operator applied to one request value: OR over policy values, NOR when negated.
    fn single(&self, request: &str, ctx: &RequestContext) -> bool {
        self.matches_any(request, ctx) != self.operator.base.is_negated()
    }

    fn null_matches(&self, absent: bool) -> bool {
        match &self.values {
            Values::Null(wanted) => wanted.contains(&absent),
            _ => false,
        }
    }

    /// Whether `request` satisfies the positive form of the operator for any policy value.
    /// A policy value with an unresolved variable matches nothing.
    fn matches_any(&self, request: &str, ctx: &RequestContext) -> bool {
        match (&self.values, self.operator.base.test()) {
            (Values::Strings(vals), Test::StrEq) => vals.iter().any(|t| {
                t.resolve(ctx)
                    .is_some_and(|segs| segs_equal(&segs, request, false))
            }),
            (Values::Strings(vals), Test::StrEqIgnoreCase) => vals.iter().any(|t| {
                t.resolve(ctx)
                    .is_some_and(|segs| segs_equal(&segs, request, true))
            }),
            (Values::Strings(vals), _) => vals
                .iter()
                .any(|t| t.matches(request, ctx).unwrap_or(false)),
            (Values::Numbers(vals), Test::Num(cmp)) => {
                parse_number(request).is_some_and(|r| vals.iter().any(|p| cmp.holds(r, *p)))
            }
            (Values::Dates(vals), Test::Date(cmp)) => {
                parse_date(request).is_some_and(|r| vals.iter().any(|p| cmp.holds(r, *p)))
            }
            (Values::Bools(vals), _) => parse_bool(request).is_some_and(|r| {
                vals.iter().any(|p| match p {
                    BoolValue::Lit(b) => *b == r,
                    BoolValue::Var(t) => bool_var(t, ctx) == Some(r),
                })
            }),
            (Values::Binary(vals), _) => {
                parse_base64(request).is_some_and(|r| vals.iter().any(|p| **p == *r))
            }
            (Values::Ips(vals), _) => {
                parse_ip(request).is_some_and(|ip| vals.iter().any(|net| net.contains(ip)))
            }
            (Values::Arns(vals), _) => {
                let value = SplitArn::new(request);
                vals.iter().any(|p| p.matches(&value, ctx).unwrap_or(false))
            }
            _ => false,
        }
    }
}

fn bool_var(t: &Template, ctx: &RequestContext) -> Option<bool> {
    match t {
        Template::Vars(pieces) => match pieces.first() {
            Some(crate::template::Piece::Var(v)) if pieces.len() == 1 => {
                resolve_var(v, ctx).and_then(parse_bool)
            }
            _ => None,
        },
        Template::Plain(_) => None,
    }
}

/// Compare literal segments (wildcards are literal here) with `text`, optionally ignoring case.
fn segs_equal(segs: &[crate::glob::Seg<'_>], text: &str, ignore_case: bool) -> bool {
    use crate::glob::Seg;
    let mut rest = text;
    for seg in segs {
        let lit = match seg {
            Seg::Lit(l) => *l,
            Seg::Star => "*",
            Seg::One => "?",
        };
        if ignore_case {
            let Some(n) = prefix_len_ignore_case(rest, lit) else {
                return false;
            };
            rest = rest.get(n..).unwrap_or("");
        } else {
            let Some(r) = rest.strip_prefix(lit) else {
                return false;
            };
            rest = r;
        }
    }
    rest.is_empty()
}

/// If `text` starts with `prefix` ignoring case, the byte length of that prefix in `text`.
fn prefix_len_ignore_case(text: &str, prefix: &str) -> Option<usize> {
    let mut t = text.char_indices();
    for pc in prefix.chars() {
        let (_, tc) = t.next()?;
        if pc != tc && !pc.to_lowercase().eq(tc.to_lowercase()) {
            return None;
        }
    }
    Some(t.next().map_or(text.len(), |(i, _)| i))
}

#[cfg(test)]
mod tests;
