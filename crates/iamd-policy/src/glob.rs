//! Wildcard matching as IAM uses it: `*` matches any run of characters (including none, and
//! including `/` and `:`), `?` matches exactly one character. Everything else is literal.
//!
//! A pattern is a short list of [`Seg`]ments so that policy variables can be spliced in as
//! literal text at evaluation time without building a string (substituted values are never
//! re-read as wildcards; see the variables module).

use smallvec::SmallVec;

/// One piece of a pattern, borrowed from the compiled policy or from the request context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Seg<'a> {
    Lit(&'a str),
    /// `*`
    Star,
    /// `?`
    One,
}

/// Segments of one pattern; inline storage so matching allocates nothing for common patterns.
pub(crate) type Segs<'a> = SmallVec<[Seg<'a>; 8]>;

/// Split `text` into literal runs and wildcards.
pub(crate) fn split_wildcards(text: &str, out: &mut Vec<OwnedSeg>) {
    let mut lit_start = 0;
    for (i, c) in text.char_indices() {
        if c == '*' || c == '?' {
            if lit_start < i {
                out.push(OwnedSeg::Lit(text[lit_start..i].into()));
            }
            out.push(if c == '*' {
                OwnedSeg::Star
            } else {
                OwnedSeg::One
            });
            lit_start = i + 1;
        }
    }
    if lit_start < text.len() {
        out.push(OwnedSeg::Lit(text[lit_start..].into()));
    }
}

/// The owned form of [`Seg`], kept in compiled policies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum OwnedSeg {
    Lit(Box<str>),
    Star,
    One,
}

impl OwnedSeg {
    pub(crate) fn borrow(&self) -> Seg<'_> {
        match self {
            OwnedSeg::Lit(s) => Seg::Lit(s),
            OwnedSeg::Star => Seg::Star,
            OwnedSeg::One => Seg::One,
        }
    }
}

/// A compiled wildcard pattern over plain text (no variables), with fast paths for the shapes
/// that dominate real policies: `*`, an exact name and a `prefix*`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Glob {
    Any,
    Exact(Box<str>),
    Prefix(Box<str>),
    General(Box<[OwnedSeg]>),
}

impl Glob {
    pub(crate) fn new(pattern: &str) -> Glob {
        if pattern == "*" {
            return Glob::Any;
        }
        // Fast paths without building segments: most patterns are a name or a `prefix*`.
        match pattern.find(['*', '?']) {
            None => return Glob::Exact(pattern.into()),
            Some(i) if i + 1 == pattern.len() && pattern.ends_with('*') => {
                return Glob::Prefix(pattern[..i].into());
            }
            Some(_) => {}
        }
        let mut segs = Vec::new();
        split_wildcards(pattern, &mut segs);
        match segs.as_slice() {
            [] => Glob::Exact("".into()),
            [OwnedSeg::Lit(l)] => Glob::Exact(l.clone()),
            [OwnedSeg::Lit(l), OwnedSeg::Star] => Glob::Prefix(l.clone()),
            _ => Glob::General(segs.into_boxed_slice()),
        }
    }

    /// The literal text when the pattern has no wildcard.
    pub(crate) fn as_exact(&self) -> Option<&str> {
        match self {
            Glob::Exact(s) => Some(s),
            _ => None,
        }
    }

    pub(crate) fn matches(&self, text: &str) -> bool {
        match self {
            Glob::Any => true,
            Glob::Exact(s) => &**s == text,
            Glob::Prefix(p) => text.starts_with(&**p),
            Glob::General(segs) => {
                let segs: Segs<'_> = segs.iter().map(OwnedSeg::borrow).collect();
                matches_segs(&segs, text)
            }
        }
    }
}

/// A position inside a segment list: which segment, and the byte offset inside a literal.
#[derive(Clone, Copy)]
struct Pos {
    seg: usize,
    off: usize,
}

enum Elem {
    Byte(u8),
    Star,
    One,
    End,
}

fn elem_at(segs: &[Seg<'_>], mut p: Pos) -> (Elem, Pos) {
    loop {
        match segs.get(p.seg) {
            None => return (Elem::End, p),
            Some(Seg::Star) => {
                return (
                    Elem::Star,
                    Pos {
                        seg: p.seg + 1,
                        off: 0,
                    },
                );
            }
            Some(Seg::One) => {
                return (
                    Elem::One,
                    Pos {
                        seg: p.seg + 1,
                        off: 0,
                    },
                );
            }
            Some(Seg::Lit(l)) => match l.as_bytes().get(p.off) {
                Some(b) => {
                    return (
                        Elem::Byte(*b),
                        Pos {
                            seg: p.seg,
                            off: p.off + 1,
                        },
                    );
                }
                None => {
                    p = Pos {
                        seg: p.seg + 1,
                        off: 0,
                    };
                }
            },
        }
    }
}

/// Length in bytes of the UTF-8 character starting at `text[i]`, so that `?` and star
/// back-tracking step over whole characters.
fn char_len(text: &[u8], i: usize) -> usize {
    match text.get(i) {
        Some(b) if *b < 0x80 => 1,
        Some(b) if *b >= 0xF0 => 4,
        Some(b) if *b >= 0xE0 => 3,
        Some(_) => 2,
        None => 1,
    }
}

/// Case-sensitive wildcard match of `text` against `segs`. Linear-time greedy matching with one
/// back-track point (the last `*`), which is exact for `*`/`?` patterns.
pub(crate) fn matches_segs(segs: &[Seg<'_>], text: &str) -> bool {
    let t = text.as_bytes();
    let mut ti = 0usize;
    let mut p = Pos { seg: 0, off: 0 };
    let mut star: Option<(Pos, usize)> = None;
    loop {
        let (elem, next) = elem_at(segs, p);
        if ti < t.len() {
            match elem {
                Elem::Star => {
                    star = Some((next, ti));
                    p = next;
                    continue;
                }
                Elem::One => {
                    ti += char_len(t, ti);
                    p = next;
                    continue;
                }
                Elem::Byte(b) if t.get(ti) == Some(&b) => {
                    ti += 1;
                    p = next;
                    continue;
                }
                _ => {}
            }
            match star {
                Some((after_star, st)) => {
                    let st = st + char_len(t, st);
                    star = Some((after_star, st));
                    ti = st;
                    p = after_star;
                }
                None => return false,
            }
        } else {
            // Text consumed: only trailing stars may remain.
            match elem {
                Elem::End => return true,
                Elem::Star => p = next,
                _ => return false,
            }
        }
    }
}

/// A compiled wildcard pattern as Action, Resource and the `…Like` operators read it: `*`
/// matches any run of characters, `?` exactly one; case-sensitive (lower-case both sides for
/// action names). For tools that reason about policies without evaluating them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wildcard(Glob);

impl Wildcard {
    /// Compile a pattern with `*` (any run of characters) and `?` (any one character).
    pub fn new(pattern: &str) -> Wildcard {
        Wildcard(Glob::new(pattern))
    }

    /// Whether `text` matches the whole pattern.
    pub fn matches(&self, text: &str) -> bool {
        self.0.matches(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(pattern: &str, text: &str) -> bool {
        Glob::new(pattern).matches(text)
    }

    #[test]
    fn wildcard_table() {
        let cases = [
            ("*", "", true),
            ("*", "anything/at:all", true),
            ("getuser", "getuser", true),
            ("getuser", "getusers", false),
            ("get*", "getuser", true),
            ("get*", "get", true),
            ("get*", "ge", false),
            ("*accesskey*", "createaccesskey", true),
            ("*accesskey*", "listaccesskeys", true),
            ("*accesskey*", "listusers", false),
            ("?etuser", "getuser", true),
            ("?etuser", "etuser", false),
            ("?etuser", "ggetuser", false),
            ("a*b*c", "abc", true),
            ("a*b*c", "aXbYc", true),
            ("a*b*c", "aXbY", false),
            ("a*b?c", "a-b-bXc", true),
            ("bucket/*/test/*", "bucket/1/2/test/3/x", true),
            ("bucket/*/test/*", "bucket/1/2/tes/3/x", false),
            ("**", "x", true),
            ("*?", "", false),
            ("*?", "é", true),
            ("?", "é", true),
            ("??", "é", false),
            ("é*", "éa", true),
        ];
        for (p, t, want) in cases {
            assert_eq!(m(p, t), want, "pattern {p:?} text {t:?}");
        }
    }

    #[test]
    fn segments_splice_literal_wildcard_characters() {
        // A substituted value containing '*' stays literal: it is a Lit segment.
        let segs = [Seg::Lit("user/"), Seg::Lit("a*b")];
        assert!(matches_segs(&segs, "user/a*b"));
        assert!(!matches_segs(&segs, "user/aXb"));
    }

    #[test]
    fn fast_paths_are_chosen() {
        assert_eq!(Glob::new("*"), Glob::Any);
        assert_eq!(Glob::new("abc"), Glob::Exact("abc".into()));
        assert_eq!(Glob::new("abc*"), Glob::Prefix("abc".into()));
        assert!(matches!(Glob::new("a?c"), Glob::General(_)));
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_a_reference_matcher(p in "[ab*?]{0,6}", t in "[ab]{0,6}") {
            fn reference(p: &[u8], t: &[u8]) -> bool {
                match (p.first(), t.first()) {
                    (None, _) => t.is_empty(),
                    (Some(b'*'), _) => reference(&p[1..], t) || (!t.is_empty() && reference(p, &t[1..])),
                    (Some(b'?'), Some(_)) => reference(&p[1..], &t[1..]),
                    (Some(c), Some(d)) if c == d => reference(&p[1..], &t[1..]),
                    _ => false,
                }
            }
            proptest::prop_assert_eq!(Glob::new(&p).matches(&t), reference(p.as_bytes(), t.as_bytes()));
        }
    }
}
