//! ARN patterns, as the `Resource` element and the `Arn…` condition operators match them.
//!
//! IAM User Guide, "IAM JSON policy elements: Resource" and "Condition operators" (ARN): an ARN
//! is `arn:partition:service:region:account:resource`; each of the six colon-delimited parts is
//! matched on its own, case-sensitively, with `*` and `?`; the resource part keeps any further
//! colons and its `*` spans `/` and `:`. A pattern that stops early with a part ending in `*`
//! (`arn:aws:iam::*`) lets that `*` run over the remaining colons ("when `*` is the last
//! character of a segment it can expand beyond the colon boundary").

use crate::context::RequestContext;
use crate::template::{Reading, Template};

/// Split an ARN-shaped text into its six parts (the last keeps any further colons).
pub(crate) fn split_arn(text: &str) -> Option<[&str; 6]> {
    let mut parts = [""; 6];
    let mut rest = text;
    for part in parts.iter_mut().take(5) {
        let (head, tail) = rest.split_once(':')?;
        *part = head;
        rest = tail;
    }
    parts[5] = rest;
    Some(parts)
}

/// A value to match, split at most once however many patterns it is matched against (a
/// decision matches one resource against many statements), and only if a pattern needs it.
#[derive(Debug, Clone)]
pub(crate) struct SplitArn<'a> {
    pub(crate) whole: &'a str,
    parts: std::cell::OnceCell<Option<[&'a str; 6]>>,
}

impl<'a> SplitArn<'a> {
    pub(crate) fn new(whole: &'a str) -> SplitArn<'a> {
        SplitArn {
            whole,
            parts: std::cell::OnceCell::new(),
        }
    }

    fn parts(&self) -> Option<&[&'a str; 6]> {
        self.parts.get_or_init(|| split_arn(self.whole)).as_ref()
    }
}

/// A compiled ARN pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ArnPattern {
    /// `*`: every resource, including the `*` of actions that have no resource type.
    Any,
    /// Up to six parts. When fewer than six, the last one ends in `*` and spans the rest.
    Parts(Box<[Template]>),
}

/// Why a text is not an ARN pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ArnPatternError {
    NotArn,
}

impl ArnPattern {
    /// `variables_everywhere`: ARN condition values take variables in every part; the
    /// `Resource` element only in the resource part.
    pub(crate) fn parse(
        text: &str,
        variables: bool,
        variables_everywhere: bool,
    ) -> Result<ArnPattern, ArnPatternError> {
        if text == "*" {
            return Ok(ArnPattern::Any);
        }
        if !text.starts_with("arn:") {
            return Err(ArnPatternError::NotArn);
        }
        let mut parts: Vec<&str> = text.splitn(6, ':').collect();
        if parts.len() < 6 {
            let spans = parts.last().is_some_and(|p| p.ends_with('*'));
            if !spans {
                return Err(ArnPatternError::NotArn);
            }
        }
        let n = parts.len();
        let compiled = parts
            .drain(..)
            .enumerate()
            .map(|(i, p)| {
                let last = i + 1 == n;
                Template::parse(
                    p,
                    Reading {
                        wildcards: true,
                        variables: variables && (variables_everywhere || (last && n == 6)),
                    },
                )
            })
            .collect();
        Ok(ArnPattern::Parts(compiled))
    }

    /// The variables of this pattern that have no value in `ctx`.
    pub(crate) fn unresolved<'a>(
        &'a self,
        ctx: &'a RequestContext,
    ) -> impl Iterator<Item = &'a str> {
        let parts: &[Template] = match self {
            ArnPattern::Any => &[],
            ArnPattern::Parts(p) => p,
        };
        parts.iter().flat_map(move |t| t.unresolved(ctx))
    }

    /// `Some(matched)`, or `None` when a variable in the pattern has no value.
    pub(crate) fn matches(&self, value: &SplitArn<'_>, ctx: &RequestContext) -> Option<bool> {
        let parts = match self {
            ArnPattern::Any => return Some(true),
            ArnPattern::Parts(parts) => parts,
        };
        let n = parts.len();
        if n == 6 {
            let Some(v) = value.parts() else {
                return Some(false);
            };
            let mut matched = true;
            for (p, v) in parts.iter().zip(v.iter()) {
                if !p.matches(v, ctx)? {
                    matched = false;
                    break;
                }
            }
            return Some(matched);
        }
        // Short pattern: the first n-1 parts one by one, then the last over the remainder.
        let mut rest = value.whole;
        for p in parts.iter().take(n.saturating_sub(1)) {
            let Some((head, tail)) = rest.split_once(':') else {
                return Some(false);
            };
            if !p.matches(head, ctx)? {
                return Some(false);
            }
            rest = tail;
        }
        match parts.last() {
            Some(last) => last.matches(rest, ctx),
            None => Some(false),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(pattern: &str, value: &str) -> bool {
        let mut ctx = RequestContext::new();
        ctx.insert("aws:username", "alice");
        ArnPattern::parse(pattern, true, false)
            .unwrap()
            .matches(&SplitArn::new(value), &ctx)
            .unwrap_or(false)
    }

    #[test]
    fn component_matching_table() {
        let cases = [
            ("*", "*", true),
            ("*", "arn:aws:iam::123456789012:user/alice", true),
            (
                "arn:aws:iam::*:user/*",
                "arn:aws:iam::123456789012:user/alice",
                true,
            ),
            ("arn:aws:iam::*:user/*", "*", false),
            (
                "arn:aws:iam::*:user/${aws:username}",
                "arn:aws:iam::123456789012:user/alice",
                true,
            ),
            (
                "arn:aws:iam::*:user/${aws:username}",
                "arn:aws:iam::123456789012:user/bob",
                false,
            ),
            // A user with a path is not `user/${aws:username}`.
            (
                "arn:aws:iam::*:user/${aws:username}",
                "arn:aws:iam::123456789012:user/division_abc/alice",
                false,
            ),
            // Case-sensitive.
            (
                "arn:aws:iam::*:user/Alice",
                "arn:aws:iam::123456789012:user/alice",
                false,
            ),
            // `*` in the resource part spans `/` and `:`.
            (
                "arn:aws:s3:::bucket/*/test/*",
                "arn:aws:s3:::bucket/1/2/test/3/x",
                true,
            ),
            (
                "arn:aws:sns:*:*:topic",
                "arn:aws:sns:us-east-1:1:topic",
                true,
            ),
            (
                "arn:aws:logs:*:*:log-group:*",
                "arn:aws:logs:us-east-1:1:log-group:a:log-stream:b",
                true,
            ),
            // `*` inside a non-resource part does not span colons.
            (
                "arn:aws:svc:*:111122223333:finance/*",
                "arn:aws:svc:us-east-2:999999999999:store/abc:111122223333:finance/doc.txt",
                false,
            ),
            // A short pattern whose last part ends with `*` spans the rest.
            (
                "arn:aws:iam::*",
                "arn:aws:iam::123456789012:user/alice",
                true,
            ),
            ("arn:aws:s3:*", "arn:aws:s3:::bucket", true),
            ("arn:aws:s3:*", "arn:aws:iam::1:user/a", false),
            (
                "arn:aws:iam::123456789012:*",
                "arn:aws:iam::123456789012:mfa/alice",
                true,
            ),
        ];
        for (p, v, want) in cases {
            assert_eq!(m(p, v), want, "pattern {p:?} value {v:?}");
        }
    }

    #[test]
    fn unresolved_variables_are_reported() {
        let ctx = RequestContext::new();
        let p = ArnPattern::parse("arn:aws:iam::*:user/${aws:username}", true, false).unwrap();
        assert_eq!(
            p.matches(&SplitArn::new("arn:aws:iam::1:user/alice"), &ctx),
            None
        );
    }

    #[test]
    fn not_arns_are_rejected() {
        assert!(ArnPattern::parse("user/alice", true, false).is_err());
        assert!(ArnPattern::parse("arn:aws:iam", true, false).is_err());
        assert!(ArnPattern::parse("arn:aws:iam::1:user/a", true, false).is_ok());
    }
}
