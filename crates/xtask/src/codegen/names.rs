//! Rust names and literals from the model's: snake case, field names, string literals, doc
//! lines, and model patterns as the `regex` crate reads them.

use std::fmt::Write as _;

use super::spec::*;

pub(crate) const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "static", "struct", "super", "trait", "true", "try", "type", "typeof", "unsafe",
    "unsized", "use", "virtual", "where", "while", "yield",
];

/// `OpenIDConnectProviderArn` → `open_id_connect_provider_arn`.
pub(crate) fn snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() {
            let prev = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
            let next = chars.get(i + 1).copied();
            let boundary = match prev {
                None | Some('_') => false,
                Some(p) if p.is_ascii_lowercase() || p.is_ascii_digit() => true,
                Some(p) if p.is_ascii_uppercase() => next.is_some_and(|n| n.is_ascii_lowercase()),
                Some(_) => false,
            };
            if boundary {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

pub(crate) fn field_name(member: &str) -> String {
    let name = snake(member);
    if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

pub(crate) fn upper_first(name: &str) -> String {
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// `UserName` → `userName`, as AWS names members in validation messages.
pub(crate) fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_ascii_lowercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

pub(crate) fn screaming(name: &str) -> String {
    snake(name).to_ascii_uppercase()
}

/// A Rust string literal.
pub(crate) fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// Text for a doc comment: one line, backticks kept balanced.
pub(crate) fn doc_line(out: &mut String, text: &str) {
    let _ = writeln!(out, "/// {}", text.replace('\n', " "));
}

// ---------------------------------------------------------------------------------
// Regular expressions

/// Translates a model (Java) pattern into the `regex` crate's syntax: anchored, with
/// `\w`, `\d`, `\s` in their ASCII meaning.
pub(crate) fn translate_pattern(pattern: &str) -> Result<(String, Option<&'static str>), String> {
    let (body, forbidden) = PATTERN_REWRITES
        .iter()
        .find(|(model, _, _)| *model == pattern)
        .map_or((pattern, None), |(_, rewritten, forbidden)| {
            (*rewritten, *forbidden)
        });
    if body.contains("(?=") || body.contains("(?!") || body.contains("(?<") {
        return Err(format!(
            "pattern {pattern:?} uses look-around; add it to PATTERN_REWRITES"
        ));
    }
    let mut out = String::with_capacity(body.len() + 16);
    let mut in_class = false;
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(escaped) = chars.next() else {
                    return Err(format!("pattern {pattern:?} ends with a backslash"));
                };
                let class = match escaped {
                    'w' => Some("0-9A-Za-z_"),
                    'd' => Some("0-9"),
                    's' => Some(" \\t\\n\\x0B\\x0C\\r"),
                    'W' | 'D' | 'S' if in_class => {
                        return Err(format!(
                            "pattern {pattern:?}: negated class escape inside a class"
                        ));
                    }
                    _ => None,
                };
                match (class, escaped) {
                    (Some(set), _) if in_class => out.push_str(set),
                    (Some(set), _) => {
                        out.push('[');
                        out.push_str(set);
                        out.push(']');
                    }
                    (None, 'W') => out.push_str("[^0-9A-Za-z_]"),
                    (None, 'D') => out.push_str("[^0-9]"),
                    (None, 'S') => out.push_str("[^ \\t\\n\\x0B\\x0C\\r]"),
                    (None, other) => {
                        out.push('\\');
                        out.push(other);
                    }
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push(c);
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    Ok((format!("^(?:{out})$"), forbidden))
}
