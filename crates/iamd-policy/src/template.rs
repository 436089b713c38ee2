//! Text with policy variables (`${aws:username}`, `${aws:PrincipalTag/team, 'default'}`,
//! `${*}`, `${?}`, `${$}`) and, for the `…Like` operators and resources, wildcards.
//!
//! Source: IAM User Guide, "IAM policy elements: Variables and tags". Variable names are
//! case-insensitive; a substituted value is literal text (never re-read as a wildcard); a
//! variable whose key is absent (and has no default) or is multivalued leaves the whole text
//! unresolved, which callers treat as "matches nothing".

use crate::context::RequestContext;
use crate::glob::{Glob, OwnedSeg, Seg, Segs, matches_segs, split_wildcards};

/// A reference to a context key inside `${…}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct VarRef {
    /// Lower-cased key, as the context stores keys.
    pub(crate) key: Box<str>,
    /// The key as written, for messages.
    pub(crate) name: Box<str>,
    pub(crate) default: Option<Box<str>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    Seg(OwnedSeg),
    Var(VarRef),
}

/// Compiled text: a plain [`Glob`] when there are no variables (the common case), else pieces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Template {
    Plain(Glob),
    Vars(Box<[Piece]>),
}

/// How to read the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Reading {
    /// `*` and `?` are wildcards (Like operators, Resource, ARN operators).
    pub(crate) wildcards: bool,
    /// `${…}` is a variable (policy Version 2012-10-17 and an operator that takes variables).
    pub(crate) variables: bool,
}

impl Template {
    pub(crate) fn parse(text: &str, reading: Reading) -> Template {
        // The common case: no variable syntax at all.
        if !reading.variables || !text.contains("${") {
            return Template::Plain(if reading.wildcards {
                Glob::new(text)
            } else {
                Glob::Exact(text.into())
            });
        }
        let mut pieces: Vec<Piece> = Vec::new();
        let mut has_var = false;
        let mut rest = text;
        let mut literal = String::new();
        while !rest.is_empty() {
            let var = if reading.variables {
                rest.find("${").and_then(|start| {
                    let close = rest[start..].find('}')?;
                    Some((start, start + close))
                })
            } else {
                None
            };
            let Some((start, close)) = var else {
                literal.push_str(rest);
                break;
            };
            literal.push_str(&rest[..start]);
            let inner = &rest[start + 2..close];
            match inner {
                // Fixed variables: the character itself, as a literal.
                "*" | "?" | "$" => {
                    flush(&mut literal, &mut pieces, reading);
                    pieces.push(Piece::Seg(OwnedSeg::Lit(inner.into())));
                }
                _ => {
                    flush(&mut literal, &mut pieces, reading);
                    pieces.push(Piece::Var(parse_var(inner)));
                    has_var = true;
                }
            }
            rest = &rest[close + 1..];
        }
        if !has_var {
            // Fixed variables were pushed as literal pieces; fold everything back to a glob over
            // literal text, keeping `${*}` literal by matching on segments.
            let mut segs = Vec::new();
            let mut all_plain = true;
            for piece in pieces.drain(..) {
                match piece {
                    Piece::Seg(seg) => segs.push(seg),
                    Piece::Var(_) => all_plain = false,
                }
            }
            if reading.wildcards {
                split_wildcards(&literal, &mut segs);
            } else if !literal.is_empty() {
                segs.push(OwnedSeg::Lit(std::mem::take(&mut literal).into()));
            }
            if all_plain {
                return Template::Plain(glob_from_segs(segs));
            }
        }
        flush(&mut literal, &mut pieces, reading);
        Template::Vars(pieces.into_boxed_slice())
    }

    /// Segments with variables substituted from `ctx`; `None` when a variable has no value.
    pub(crate) fn resolve<'a>(&'a self, ctx: &'a RequestContext) -> Option<Segs<'a>> {
        let mut out = Segs::new();
        match self {
            Template::Plain(glob) => glob.push_segs(&mut out),
            Template::Vars(pieces) => {
                for piece in pieces.iter() {
                    match piece {
                        Piece::Seg(s) => out.push(s.borrow()),
                        Piece::Var(v) => out.push(Seg::Lit(resolve_var(v, ctx)?)),
                    }
                }
            }
        }
        Some(out)
    }

    /// The variables without a value in `ctx` (as written), for `MissingContextValues`.
    pub(crate) fn unresolved<'a>(
        &'a self,
        ctx: &'a RequestContext,
    ) -> impl Iterator<Item = &'a str> {
        let pieces: &[Piece] = match self {
            Template::Vars(p) => p,
            Template::Plain(_) => &[],
        };
        pieces.iter().filter_map(move |p| match p {
            Piece::Var(v) if resolve_var(v, ctx).is_none() => Some(&*v.name),
            _ => None,
        })
    }

    /// Wildcard match of `text`; `None` when a variable could not be resolved.
    pub(crate) fn matches(&self, text: &str, ctx: &RequestContext) -> Option<bool> {
        match self {
            Template::Plain(glob) => Some(glob.matches(text)),
            Template::Vars(_) => {
                let segs = self.resolve(ctx)?;
                Some(matches_segs(&segs, text))
            }
        }
    }
}

/// Substituted text of one variable, or `None` when the key has no single value.
pub(crate) fn resolve_var<'a>(v: &'a VarRef, ctx: &'a RequestContext) -> Option<&'a str> {
    match ctx.single(&v.key) {
        Some(value) => Some(value),
        None => v.default.as_deref(),
    }
}

fn parse_var(inner: &str) -> VarRef {
    // `key, 'default'`: comma, optional spaces, a single-quoted default.
    if let Some((key, default)) = inner.split_once(',') {
        let default = default.trim();
        if default.len() >= 2 && default.starts_with('\'') && default.ends_with('\'') {
            return VarRef {
                key: key.trim().to_ascii_lowercase().into(),
                name: key.trim().into(),
                default: Some(default[1..default.len() - 1].into()),
            };
        }
    }
    VarRef {
        key: inner.trim().to_ascii_lowercase().into(),
        name: inner.trim().into(),
        default: None,
    }
}

fn flush(literal: &mut String, pieces: &mut Vec<Piece>, reading: Reading) {
    if literal.is_empty() {
        return;
    }
    let mut segs = Vec::new();
    if reading.wildcards {
        split_wildcards(literal, &mut segs);
    } else {
        segs.push(OwnedSeg::Lit(literal.as_str().into()));
    }
    pieces.extend(segs.into_iter().map(Piece::Seg));
    literal.clear();
}

fn glob_from_segs(segs: Vec<OwnedSeg>) -> Glob {
    match segs.as_slice() {
        [] => Glob::Exact("".into()),
        [OwnedSeg::Star] => Glob::Any,
        [OwnedSeg::Lit(l)] => Glob::Exact(l.clone()),
        [OwnedSeg::Lit(l), OwnedSeg::Star] => Glob::Prefix(l.clone()),
        _ => Glob::General(segs.into_boxed_slice()),
    }
}

impl Glob {
    pub(crate) fn push_segs<'a>(&'a self, out: &mut Segs<'a>) {
        match self {
            Glob::Any => out.push(Seg::Star),
            Glob::Exact(s) => out.push(Seg::Lit(s)),
            Glob::Prefix(p) => {
                out.push(Seg::Lit(p));
                out.push(Seg::Star);
            }
            Glob::General(segs) => out.extend(segs.iter().map(OwnedSeg::borrow)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIKE: Reading = Reading {
        wildcards: true,
        variables: true,
    };

    fn ctx() -> RequestContext {
        let mut c = RequestContext::new();
        c.insert("aws:username", "alice");
        c.insert("aws:PrincipalTag/Team", "red");
        c.insert_list("aws:TagKeys", ["a", "b"]);
        c
    }

    #[test]
    fn variables_substitute_as_literal_text() {
        let t = Template::parse("arn:aws:iam::*:user/${aws:username}", LIKE);
        let c = ctx();
        assert_eq!(t.matches("arn:aws:iam::1:user/alice", &c), Some(true));
        assert_eq!(t.matches("arn:aws:iam::1:user/bob", &c), Some(false));
        // Key names are case-insensitive, tag suffix included.
        let t = Template::parse("${AWS:PrincipalTag/team}", LIKE);
        assert_eq!(t.matches("red", &c), Some(true));
    }

    #[test]
    fn missing_and_multivalued_keys_leave_text_unresolved() {
        let c = ctx();
        assert_eq!(
            Template::parse("${aws:userid}", LIKE).matches("x", &c),
            None
        );
        assert_eq!(
            Template::parse("${aws:TagKeys}", LIKE).matches("a", &c),
            None
        );
    }

    #[test]
    fn defaults_and_fixed_variables() {
        let c = ctx();
        let t = Template::parse("${aws:PrincipalTag/dept, 'company-wide'}", LIKE);
        assert_eq!(t.matches("company-wide", &c), Some(true));
        let t = Template::parse("a${*}b", LIKE);
        assert_eq!(t.matches("a*b", &c), Some(true));
        assert_eq!(t.matches("aXb", &c), Some(false));
        let t = Template::parse("${?}${$}", LIKE);
        assert_eq!(t.matches("?$", &c), Some(true));
    }

    #[test]
    fn without_variables_the_text_is_literal() {
        let c = ctx();
        let t = Template::parse(
            "user/${aws:username}",
            Reading {
                wildcards: true,
                variables: false,
            },
        );
        assert_eq!(t.matches("user/${aws:username}", &c), Some(true));
        assert_eq!(t.matches("user/alice", &c), Some(false));
    }
}
