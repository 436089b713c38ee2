//! The size rules of the code: no source file over [`MAX_FILE_LINES`] lines, no function over
//! [`MAX_FUNCTION_LINES`] unless its module doc says why in one line that names it in
//! backquotes and says it is long (`` //! `check_file` is long because … ``). Generated code
//! (`generated/` folders) is exempt: it is written by `codegen`, not read as code.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The longest a source file may be.
pub const MAX_FILE_LINES: usize = 800;

/// The longest a function may be without a reason in its module doc.
pub const MAX_FUNCTION_LINES: usize = 150;

/// One broken size rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Oversize {
    /// A file over [`MAX_FILE_LINES`].
    File {
        /// The file.
        path: PathBuf,
        /// Its lines.
        lines: usize,
    },
    /// A function over [`MAX_FUNCTION_LINES`] that its module doc does not explain.
    Function {
        /// The file.
        path: PathBuf,
        /// The function's name.
        name: String,
        /// Its lines, signature to closing brace.
        lines: usize,
    },
}

/// Every broken size rule in the `.rs` files under `dir`.
///
/// # Errors
/// When a directory or file cannot be read.
pub fn oversized(dir: &Path) -> io::Result<Vec<Oversize>> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d)? {
            let path = entry?.path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "generated") {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.extend(check_file(&path, &fs::read_to_string(&path)?));
            }
        }
    }
    found.sort_by_key(|o| format!("{o:?}"));
    Ok(found)
}

fn check_file(path: &Path, text: &str) -> Vec<Oversize> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    if lines.len() > MAX_FILE_LINES {
        found.push(Oversize::File {
            path: path.to_path_buf(),
            lines: lines.len(),
        });
    }
    let explained: Vec<&str> = lines
        .iter()
        .filter(|l| l.starts_with("//!"))
        .copied()
        .filter(|l| l.to_ascii_lowercase().contains("long"))
        .collect();
    for (name, length) in functions(&lines) {
        let named = format!("`{name}`");
        if length > MAX_FUNCTION_LINES && !explained.iter().any(|l| l.contains(&named)) {
            found.push(Oversize::Function {
                path: path.to_path_buf(),
                name,
                lines: length,
            });
        }
    }
    found
}

/// Each function with a body: its name and its length in lines, from the line of `fn` to the
/// line of the closing brace at the same indentation (rustfmt's layout).
fn functions(lines: &[&str]) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let code = line.trim_start();
        let indent = &line[..line.len() - code.len()];
        let Some(name) = function_name(code) else {
            i += 1;
            continue;
        };
        // The signature may span lines; a `;` before any `{` means no body (a trait item).
        let mut open = i;
        while open < lines.len() && !lines[open].trim_end().ends_with('{') {
            if lines[open].trim_end().ends_with(';') {
                break;
            }
            open += 1;
        }
        if open >= lines.len() || !lines[open].trim_end().ends_with('{') {
            i = open + 1;
            continue;
        }
        let close = format!("{indent}}}");
        let end = (open..lines.len())
            .find(|&j| lines[j] == close)
            .unwrap_or(open);
        out.push((name, end - i + 1));
        i += 1;
    }
    out
}

/// The name declared by a line that starts a function (`pub(crate) async fn name<…>(`).
fn function_name(code: &str) -> Option<String> {
    let mut rest = code;
    for prefix in [
        "pub(crate) ",
        "pub(super) ",
        "pub ",
        "const ",
        "async ",
        "unsafe ",
    ] {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r;
        }
    }
    for prefix in ["const ", "async ", "unsafe "] {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r;
        }
    }
    let rest = rest.strip_prefix("fn ")?;
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty()).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(name: &str, n: usize) -> String {
        let mut s = format!("pub async fn {name}(\n    a: u8,\n) -> u8 {{\n");
        for _ in 0..n {
            s.push_str("    a;\n");
        }
        s.push_str("}\n");
        s
    }

    #[test]
    fn a_long_function_needs_a_reason_in_the_module_doc() {
        let long = body("walk", 200);
        let found = check_file(Path::new("x.rs"), &long);
        assert!(
            matches!(&found[..], [Oversize::Function { name, lines: 204, .. }] if name == "walk")
        );
        let explained = format!("//! `walk` is long because it is one pass.\n\n{long}");
        assert!(check_file(Path::new("x.rs"), &explained).is_empty());
        assert!(check_file(Path::new("x.rs"), &body("short", 100)).is_empty());
        assert!(check_file(Path::new("x.rs"), "    fn item(&self) -> u8;\n").is_empty());
    }

    /// Every crate of the workspace keeps the size rules.
    #[test]
    fn no_file_or_function_is_over_its_size() {
        let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut found = Vec::new();
        for entry in fs::read_dir(&crates).unwrap() {
            let src = entry.unwrap().path().join("src");
            if src.is_dir() {
                found.extend(oversized(&src).unwrap());
            }
        }
        assert!(found.is_empty(), "over the size rules: {found:#?}");
    }
}
